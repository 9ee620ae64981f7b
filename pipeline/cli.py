"""The ``unionfacts`` command: a thin layer over the library.

Each command parses its arguments, calls one library function, and turns domain
errors into a one-line message and a non-zero exit code.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from unionfacts.store.database import DEFAULT_DB

try:
    from typer import _click as _click_api  # recent typer carries its own copy of click
except ImportError:  # older typer uses click itself
    import click as _click_api

_ClickException = _click_api.exceptions.ClickException
_UsageError = _click_api.exceptions.UsageError
_NoArgsIsHelp = getattr(_click_api.exceptions, "NoArgsIsHelpError", ())
_Abort = (typer.Abort, getattr(_click_api.exceptions, "Abort", typer.Abort))

log = logging.getLogger("unionfacts")

# user:password@ in any URL a message carries (a database URL, a scheduler address).
_URL_PASSWORD = re.compile(r"(?P<head>\b[A-Za-z][\w+.-]*://[^\s:/@]*:)[^\s@/]+@")


def mask_passwords(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    return _URL_PASSWORD.sub(r"\g<head>***@", text)


@dataclass
class _Settings:
    """What the global options chose, for the error handler and the output helpers."""

    verbosity: int = 0  # -1 quiet, 0 warnings, 1 info, 2 debug

    @property
    def quiet(self) -> bool:
        return self.verbosity < 0


settings = _Settings()
# Ids, titles, paths and facts come from the archive: no console interprets them as rich
# markup ("[/x]" would raise, "[link=…]" would make a link) or emoji codes.
err = Console(stderr=True, markup=False, emoji=False, highlight=False)
out = Console(markup=False, emoji=False, highlight=False)

# Control characters of data (an ESC starts a terminal escape sequence) are shown, not sent.
_CONTROLS = {code: f"\\x{code:02x}" for code in (*range(32), *range(127, 160)) if code not in (9, 10)}


def printable(text: str) -> str:
    """``text`` with its control characters written out ("\\x1b"), safe to print on a terminal."""
    return text.translate(_CONTROLS)


def _one_line(text: str, limit: int = 400) -> str:
    line = " ".join(part.strip() for part in str(text).splitlines() if part.strip())
    return mask_passwords(line if len(line) <= limit else line[: limit - 1] + "…")


def _print_error(message: str) -> None:
    err.print(Text.assemble(("error:", "red"), " " + printable(_one_line(message))), soft_wrap=True)


class _OneLineErrors(TyperGroup):
    """Every error is one line on stderr: usage errors exit 2, anything else 1.

    An unexpected exception shows its traceback only with ``--verbose``.
    """

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        settings.verbosity = 0
        try:
            code = super().main(args=args, prog_name=prog_name, complete_var=complete_var, standalone_mode=False,
                                **extra)
            code = code if isinstance(code, int) else 0
        except _NoArgsIsHelp as error:  # a bare group prints its help (exit 2, as click does)
            error.show()
            code = error.exit_code
        except _ClickException as error:
            where = getattr(getattr(error, "ctx", None), "command_path", None)
            hint = f" (see '{where} --help')" if isinstance(error, _UsageError) and where else ""
            _print_error(error.format_message() + hint)
            code = error.exit_code
        except _Abort:
            _print_error("aborted")
            code = 1
        except Exception as error:
            if settings.verbosity > 0:
                raise
            _print_error(f"{type(error).__name__}: {error} (run with --verbose for the traceback)")
            code = 1
        if not standalone_mode:
            return code
        sys.exit(code)


app = typer.Typer(
    name="unionfacts",
    cls=_OneLineErrors,
    help="Turn Vietnamese trade-union news into structured, queryable facts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help texts are plain text: "unionfacts[serve]" is no markup
)
query_app = typer.Typer(help="Ask the database: facts as a table, CSV, JSON or JSON lines.", no_args_is_help=True,
                        rich_markup_mode=None)
app.add_typer(query_app, name="query")

DbOption = Annotated[str, typer.Option("--db", help="SQLAlchemy URL or SQLite file path.")]


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class ExportFormat(str, Enum):
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"


def _version(value: bool) -> None:
    if value:
        from unionfacts import __version__

        out.print(f"unionfacts {__version__}")
        raise typer.Exit()


class _MaskPasswords(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = mask_passwords(record.getMessage()), None
        return True


def _configure_logging(verbosity: int) -> None:
    """Log records of the ``unionfacts`` loggers to stderr, at the level -v/-q chose."""
    handler = logging.StreamHandler()  # bound to the current stderr
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_MaskPasswords())
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel({-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG))


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True,
                                         help="Say more: -v progress notes, -vv debugging; tracebacks on errors.")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors: no progress bar, no summaries.")] = False,
) -> None:
    """Turn Vietnamese trade-union news into structured, queryable facts."""
    if verbose and quiet:
        raise typer.BadParameter("--verbose and --quiet exclude each other", param_hint="'-v' / '-q'")
    settings.verbosity = -1 if quiet else verbose
    _configure_logging(settings.verbosity)


def fail(message: str, code: int = 1) -> None:
    """Stop with a one-line error (passwords masked): 1 for a failure, 2 for a usage error."""
    _print_error(message)
    raise typer.Exit(code)


def usage_error(message: str) -> None:
    fail(message, code=2)


def _open_existing(db: str):
    """A read-only engine on an existing database (query and export never write)."""
    from unionfacts.store.database import DatabaseError, connect, views_ready

    try:
        engine = connect(db, create=False, read_only=True)
    except DatabaseError as error:
        fail(f"{error}; run `unionfacts run PATH --db {db}` first" if str(error).startswith("no database")
             else str(error))
    except Exception as error:  # a bad URL, a missing driver, a server that is down
        fail(f"cannot open database {db}: {_first_line(error)}")
    try:
        ready = views_ready(engine)
    except Exception as error:
        fail(f"cannot read database {db}: {_first_line(error)}")
    if not ready:
        fail(f"the database {db} has no schema of this version yet; a `unionfacts run … --db {db}` "
             "creates or migrates it (stored articles are not redone)")
    return engine


def _first_line(error: Exception) -> str:
    message = str(getattr(error, "orig", None) or error).strip()
    return message.splitlines()[0] if message else type(error).__name__


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs or .jsonl manifests.")],
    db: DbOption = DEFAULT_DB,
    replace: Annotated[bool, typer.Option(help="Re-extract articles already stored.")] = False,
    workers: Annotated[int | None, typer.Option(help="Extraction processes (default: all cores).", min=1)] = None,
    executor: Annotated[str, typer.Option(help="'local' processes, or 'dask' for a Dask cluster.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (with --executor dask).")] = None,
    batch_size: Annotated[int, typer.Option(help="Articles per transaction: what a crash can lose.", min=1)] = 50,
    max_seconds: Annotated[float, typer.Option(
        "--max-seconds", min=0,
        help="Time budget of an article, in seconds per 10,000 characters; an article past it is recorded as a "
             "'timeout' failure and the run goes on (0: no budget).")] = 5.0,
) -> None:
    """Process articles into the database: all cores, progress bar, resumable, a summary at the end.

    Exit code 0 when every input was stored or was stored already, 1 when any input
    failed (each is listed, and recorded in the failures table), 130/143 when stopped by
    Ctrl-C/SIGTERM (the batch in hand is rolled back; the same command resumes).
    """
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)
    from sqlalchemy.exc import SQLAlchemyError

    from unionfacts.ingest import count_documents
    from unionfacts.query import summary as db_summary
    from unionfacts.run import Interrupted, RunSummary, default_workers, run_batch, stop_on_signals
    from unionfacts.store.database import DatabaseError, connect, is_transient

    if is_transient(db):
        fail(f"--db {db!r} is a database that keeps nothing after the run; give a file path or a database URL")
    try:
        engine = connect(db)
    except DatabaseError as error:
        fail(str(error))
    except Exception as error:
        fail(f"cannot open database {db}: {_first_line(error)}")
    pool = client = None
    if executor == "dask":
        client = _dask_client(scheduler)
        pool = client.get_executor()
    elif executor != "local":
        usage_error(f"unknown executor {executor!r}; choose 'local' or 'dask'")
    workers = workers or default_workers()
    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TaskProgressColumn(), TextColumn("{task.fields[rate]} articles/s"), TimeElapsedColumn(),
               TextColumn("ETA"), TimeRemainingColumn())
    result = RunSummary()
    resume = "run the same command again to resume"
    with Progress(*columns, console=err, transient=True, disable=settings.quiet or not err.is_terminal) as progress:
        total = count_documents(paths)
        log.info("inputs: %d, workers: %d, database: %s", total, workers, db)
        task = progress.add_task("articles", total=total, rate="–")

        def advance(_source: str) -> None:
            progress.advance(task)
            speed = progress.tasks[0].speed
            progress.update(task, rate=f"{speed:.1f}" if speed else "–")

        try:
            with stop_on_signals():
                run_batch(paths, engine, replace=replace, on_progress=advance, workers=workers, executor=pool,
                          batch_size=batch_size, max_seconds=max_seconds or None, summary=result)
        except Interrupted as stop:
            progress.stop()
            err.print(f"stopped: {result.stored} stored this run; {resume}")
            raise typer.Exit(stop.exit_code) from None
        except (SQLAlchemyError, OSError) as error:  # a full disk, a database gone away
            progress.stop()
            fail(f"cannot write to the database: {_first_line(error)}; {result.stored} stored this run; "
                 f"{resume} once that is fixed")
        finally:
            if client is not None:
                client.close()
    if settings.quiet:
        _report_failures(result)
        return
    table = Table(title=printable(f"unionfacts run → {mask_passwords(db)}"))
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_row("articles stored", str(result.stored))
    table.add_row("skipped: content already stored", str(result.skipped))
    if result.replaced:
        table.add_row("replaced", str(result.replaced))
    table.add_row("failed", str(len(result.failed)))
    if result.notes:
        table.add_row("noted in failures (duplicates, repaired bytes)", str(len(result.notes)))
    for kind, number in sorted(result.facts.items()):
        table.add_row(f"{kind} mentions", str(number))
    _print_table(table)
    totals = Table(title="database now holds")
    totals.add_column("table")
    totals.add_column("rows", justify="right")
    for row in db_summary(engine).itertuples():
        totals.add_row(row.table, str(row.rows))
    _print_table(totals)
    _report_failures(result)


def _report_failures(result) -> None:
    """A line per note (duplicate, repaired) and per failure; exit 1 if any input failed."""
    for note in result.notes:
        err.print(printable(_one_line(f"{note.reason.value}: {note.source}: {note.detail}")), soft_wrap=True)
    for failure in result.failed:
        err.print(printable(_one_line(f"failed: {failure.source}: {failure.reason.value}: {failure.detail}")),
                  soft_wrap=True)
    if result.failed:
        raise typer.Exit(1)


def _dask_client(scheduler: str | None):
    """A Dask distributed client for the given scheduler; its executor extracts on the cluster."""
    if not scheduler:
        usage_error("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    try:
        from distributed import Client
    except ImportError:
        fail("the dask executor needs the 'dask' extra: pip install 'unionfacts[dask]'")
    try:
        return Client(scheduler, timeout="10s")
    except Exception as error:
        fail(f"cannot reach the Dask scheduler at {scheduler}: {error}")


STDIN = "-"


def _stdin_document():
    """The article piped in on standard input (``extract -``), or a Failure."""
    from unionfacts.types import Failure, RawDocument, SkipReason

    data = typer.get_binary_stream("stdin").read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Failure("<stdin>", SkipReason.ENCODING, "standard input is not UTF-8")
    if not text.strip():
        return Failure("<stdin>", SkipReason.EMPTY, "standard input is empty")
    return RawDocument(source="<stdin>", doc_id="stdin", text=text, kind="txt")


def _inputs(paths: list[str]):
    """Documents of ``paths`` in order, ``-`` standing for standard input."""
    from unionfacts.api import read_documents

    if paths.count(STDIN) > 1:
        usage_error("'-' (standard input) can be given once")
    for path in paths:
        if path == STDIN:
            yield _stdin_document()
        else:
            yield from read_documents([path])


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs or .jsonl manifests; '-' reads one "
                                                    "article from standard input.")],
    indent: Annotated[int | None, typer.Option(help="Pretty-print with this indent.")] = None,
    body: Annotated[bool, typer.Option("--body", help="Include the normalized body the offsets point into.")] = False,
) -> None:
    """Print one facts JSON object per article on stdout (no database); exit 1 if any input failed."""
    from unionfacts.api import process_document
    from unionfacts.types import Failure

    failures = 0
    for item in _inputs(paths):
        if isinstance(item, Failure):
            failures += 1
            _print_error(f"{item.source}: {item.reason.value}: {item.detail}")
            continue
        for note in item.notes:
            err.print(printable(_one_line(f"repaired: {item.source}: {note}")), soft_wrap=True)
        processed = process_document(item)
        facts = processed.facts
        if body:
            facts["body"] = processed.article.body
        sys.stdout.write(json.dumps(facts, ensure_ascii=False, indent=indent) + "\n")
    if failures:
        raise typer.Exit(1)


@app.command()
def show(
    article: Annotated[str, typer.Argument(help="A .txt or .html page, a .jsonl manifest (pick a record with --id), "
                                                "or '-' for standard input.")],
    html: Annotated[Path | None, typer.Option("--html", help="Write the page to this file instead of stdout.")] = None,
    doc_id: Annotated[str | None, typer.Option("--id", help="The manifest record to show.")] = None,
) -> None:
    """One article as an HTML page: its text with every fact marked (displaCy), then the facts as tables."""
    from unionfacts.display import article_page
    from unionfacts.language import load, process_raw
    from unionfacts.types import Failure

    documents = list(_inputs([article]))
    for item in documents:
        if isinstance(item, Failure):
            fail(f"{item.source}: {item.reason.value}: {item.detail}")
    if doc_id is not None:
        documents = [item for item in documents if item.doc_id == doc_id]
        if not documents:
            usage_error(f"{article} has no article with id {doc_id!r}")
    if len(documents) != 1:
        usage_error(f"{article} holds {len(documents)} articles; choose one with --id")
    page = article_page(process_raw(load(), documents[0]))
    if html is None:
        sys.stdout.write(page)
        return
    html.write_text(page, encoding="utf-8")
    if not settings.quiet:
        err.print(printable(f"wrote {html}"), highlight=False, soft_wrap=True)


# Columns a terminal table shows (csv and json carry every column).
TABLE_COLUMNS = {
    "money": ("doc_id", "sentence_index", "text", "amount", "currency", "qualifier"),
    "counts": ("doc_id", "sentence_index", "text", "value", "unit", "qualifier"),
    "dates": ("doc_id", "sentence_index", "text", "value", "granularity"),
    "person": ("person", "title", "organization", "former", "first_published", "last_published", "articles",
               "evidence"),
    "officials": ("person", "title", "organization", "former", "articles", "first_published", "last_published"),
    "chairs": ("person", "office", "meeting", "date", "organizer", "location", "doc_id", "evidence"),
    "meetings": ("meeting", "date", "location", "organizer", "chairs", "attendees", "doc_id"),
    "documents": ("kind", "number", "issuer", "title", "doc_id"),
}
WIDE = 100_000  # a piped table keeps its natural width instead of folding at 80 columns


def _cell(value) -> str:
    if value is None or value != value:  # None or NaN
        return ""
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return f"{value:,}" if isinstance(value, int) else printable(str(value))


def _print_table(table: Table) -> None:
    console = out if out.is_terminal else Console(width=WIDE, highlight=False, markup=False, emoji=False)
    console.print(table)


def _json_value(value):
    """A pandas/numpy cell as a JSON value: NaN and NA as null, numpy numbers as numbers."""
    if value is None or (not isinstance(value, (str, list, dict)) and value != value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value.item() if hasattr(value, "item") else value


def _records(frame) -> list[dict]:
    return [{column: _json_value(value) for column, value in zip(frame.columns, row)}
            for row in frame.itertuples(index=False, name=None)]


def _show(frame, fmt: OutputFormat, title: str, limit: int | None = None, raw: bool = False) -> None:
    if limit is not None:
        frame = frame.head(limit)
    if fmt is OutputFormat.csv:
        from unionfacts.export import neutralize_formulas

        sys.stdout.write((frame if raw else neutralize_formulas(frame)).to_csv(index=False))
    elif fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(_records(frame), ensure_ascii=False) + "\n")
    elif fmt is OutputFormat.jsonl:
        for record in _records(frame):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        columns = [column for column in TABLE_COLUMNS.get(title, frame.columns) if column in frame.columns]
        table = Table(title=f"{title} ({len(frame)} rows)")
        for column in columns:
            table.add_column("sent." if column == "sentence_index" else column, overflow="fold",
                             justify="right" if column in {"amount", "value", "sentence_index"} else "left")
        for row in frame[columns].itertuples(index=False):
            table.add_row(*(printable(_cell(value)) for value in row))
        _print_table(table)


FormatOption = Annotated[OutputFormat, typer.Option(
    "--format", help="table, csv, json (one array) or jsonl (one object a line).")]
LimitOption = Annotated[int | None, typer.Option("--limit", min=0, help="Show at most this many rows.")]
RawOption = Annotated[bool, typer.Option(
    "--raw", help="CSV: write cells beginning with = + - @ tab or CR as they are (default: a leading ' keeps "
                  "spreadsheets from running them as formulas).")]


def _query_command(kind: str):
    def command(db: DbOption = DEFAULT_DB, format: FormatOption = OutputFormat.table, limit: LimitOption = None,
                raw: RawOption = False):
        from unionfacts.query import fact_table

        _show(fact_table(_open_existing(db), kind, limit), format, kind, raw=raw)

    command.__doc__ = f"List every {kind} fact with its article and evidence span."
    return command


for _kind in ("money", "counts", "dates"):
    query_app.command(name=_kind)(_query_command(_kind))


@query_app.command(name="person")
def query_person(
    name: Annotated[str, typer.Argument(help="The person's name or part of it; case and accents do not matter "
                                            "(\"tran quang huy\" finds Trần Quang Huy).")],
    db: DbOption = DEFAULT_DB,
    format: FormatOption = OutputFormat.table,
    limit: LimitOption = None,
    raw: RawOption = False,
) -> None:
    """Each office the texts give a person, once: first and last date, articles, and the first evidence sentence."""
    from unionfacts.query import person

    frame = person(_open_existing(db), name)
    if frame.empty and not settings.quiet:
        err.print(printable(f"no offices found for {name!r}"), highlight=False)
    _show(frame, format, "person", limit, raw)


SinceOption = Annotated[str | None, typer.Option("--since", help="Only meetings on or after this ISO date.")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Only meetings on or before this ISO date.")]
OrganizerOption = Annotated[str | None, typer.Option("--org", help="Only meetings whose organizer's name contains this.")]
UndatedOption = Annotated[bool, typer.Option(
    "--include-undated", help="With --since/--until, also show meetings whose year is unknown (undated archives).")]


def _check_period(since: str | None, until: str | None) -> None:
    """A --since/--until that is no date is a usage error (exit 2), before any database is opened."""
    from unionfacts.query import DateBoundError, check_date_bound

    try:
        check_date_bound(since, "--since")
        check_date_bound(until, "--until")
    except DateBoundError as error:
        usage_error(str(error))


def _note_undated(frame) -> None:
    """Say how many rows of unknown year a period left out: they are never dropped silently."""
    from unionfacts.query import UNDATED_LEFT_OUT

    left_out = frame.attrs.get(UNDATED_LEFT_OUT, 0)
    if left_out and not settings.quiet:
        err.print(f"{left_out} row(s) of unknown year left out (undated archives); --include-undated shows them",
                  highlight=False)


@query_app.command(name="chairs")
def query_chairs(
    person: Annotated[str | None, typer.Option("--person", help="Only this person (case and tone marks do not matter).")] = None,
    org: OrganizerOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    include_undated: UndatedOption = False,
    db: DbOption = DEFAULT_DB,
    format: FormatOption = OutputFormat.table,
    limit: LimitOption = None,
    raw: RawOption = False,
) -> None:
    """Who chaired which meeting: office at the time, date, organizer, place, article and evidence."""
    from unionfacts.query import chairs

    _check_period(since, until)
    frame = chairs(_open_existing(db), person, org, since, until, include_undated=include_undated)
    _note_undated(frame)
    _show(frame, format, "chairs", limit, raw)


@query_app.command(name="meetings")
def query_meetings(
    org: OrganizerOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    include_undated: UndatedOption = False,
    db: DbOption = DEFAULT_DB,
    format: FormatOption = OutputFormat.table,
    limit: LimitOption = None,
    raw: RawOption = False,
) -> None:
    """Every meeting reported as held, with date, place, organizer, chairs and attendees."""
    from unionfacts.query import meetings

    _check_period(since, until)
    frame = meetings(_open_existing(db), org, since, until, include_undated=include_undated)
    _note_undated(frame)
    _show(frame, format, "meetings", limit, raw)


@query_app.command(name="documents")
def query_documents(db: DbOption = DEFAULT_DB, format: FormatOption = OutputFormat.table,
                    limit: LimitOption = None, raw: RawOption = False) -> None:
    """Every document named by number (Nghị quyết số …), with its issuer and title."""
    from unionfacts.query import documents

    _show(documents(_open_existing(db)), format, "documents", limit, raw)


@query_app.command(name="officials")
def query_officials(
    org: Annotated[str | None, typer.Option("--org", help="Only offices in organizations whose name contains this.")] = None,
    db: DbOption = DEFAULT_DB,
    format: FormatOption = OutputFormat.table,
    limit: LimitOption = None,
    raw: RawOption = False,
) -> None:
    """Who holds which office in which organization, with how many articles say so."""
    from unionfacts.query import officials

    _show(officials(_open_existing(db), org), format, "officials", limit, raw)


@query_app.command(name="organizations")
def query_organizations(
    name: Annotated[str | None, typer.Option("--name", help="Only organizations whose name contains this "
                                                            "(case and accents do not matter).")] = None,
    db: DbOption = DEFAULT_DB,
    format: FormatOption = OutputFormat.table,
    limit: LimitOption = None,
) -> None:
    """Every organization with how many articles and mentions name it, most mentioned first."""
    from unionfacts.query import organizations

    frame = organizations(_open_existing(db), name)
    _show(frame.head(limit) if limit else frame, format, "organizations")


@app.command()
def export(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder to write into.")],
    format: Annotated[ExportFormat, typer.Option("--format", help="csv, parquet or jsonl.")] = ExportFormat.jsonl,
    excel: Annotated[bool, typer.Option("--excel", help="CSV with a byte-order mark, so Excel reads the "
                                                        "Vietnamese right.")] = False,
    db: DbOption = DEFAULT_DB,
    force: Annotated[bool, typer.Option("--force", help="Overwrite files the folder holds already.")] = False,
    raw: RawOption = False,
) -> None:
    """Export the database: one typed CSV/Parquet file per table and view with datapackage.json, or facts JSONL.

    CSV cells beginning with = + - @ tab or CR get a leading ' (OWASP's rule against
    formula injection: article text is untrusted); --raw writes them as they are. Files
    the folder holds already are overwritten only with --force; a link is never followed.
    """
    from unionfacts.export import ExportError
    from unionfacts.export import export as export_database

    if excel and format is not ExportFormat.csv:
        usage_error("--excel applies to --format csv only")
    try:
        paths = export_database(_open_existing(db), format.value, out_dir, excel=excel, force=force, raw=raw)
    except ExportError as error:
        fail(str(error))
    for path in paths:
        log.info("wrote %s", path)
    if not settings.quiet:
        err.print(printable(f"wrote {out_dir}"), highlight=False, soft_wrap=True)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8001,
    metadata_file: Annotated[Path | None, typer.Option(
        "--metadata", help="Write datasette's metadata (descriptions, canned queries) to this file "
                           "(default: beside the database).")] = None,
    prepare_only: Annotated[bool, typer.Option(
        "--prepare-only", help="Build the search index and write the metadata, print the datasette command, "
                               "and stop.")] = False,
) -> None:
    """Browse the database in datasette: descriptions, canned queries, accent-blind search (needs unionfacts[serve])."""
    import shlex
    import subprocess

    from unionfacts.serve import build_search_index, metadata
    from unionfacts.store.database import database_url

    url = database_url(db)
    if not url.startswith("sqlite:///"):
        usage_error("serve needs a SQLite database (datasette reads SQLite files)")
    path = Path(url.removeprefix("sqlite:///"))
    if not path.is_file():
        fail(f"no database at {path}; run `unionfacts run PATH --db {db}` first")
    try:
        import datasette  # noqa: F401
    except ImportError:
        fail("serve needs datasette: pip install 'unionfacts[serve]'")
    indexed = build_search_index(path)
    log.info("search index: %d articles", indexed)
    metadata_file = metadata_file or path.with_name(f"{path.stem}.metadata.json")
    metadata_file.write_text(json.dumps(metadata(path.stem), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "datasette", "serve", str(path), "--metadata", str(metadata_file),
               "--host", host, "--port", str(port)]
    if prepare_only:
        sys.stdout.write(shlex.join(command) + "\n")
        return
    if not settings.quiet:
        err.print(printable(f"serving {path} at http://{host}:{port}/ (Ctrl-C stops)"), highlight=False, soft_wrap=True)
    try:
        code = subprocess.run(command).returncode
    except KeyboardInterrupt:
        code = 0
    raise typer.Exit(code)


@app.command()
def evaluate(
    gold: Annotated[list[Path], typer.Option("--gold", help="Gold JSONL file(s); repeat the option for several.")],
    extra_gold: Annotated[list[Path] | None, typer.Argument(help="More gold files.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    errors: Annotated[list[str] | None, typer.Option(
        "--errors", help="Also list the items of this field scored wrong (missed gold, extra predicted), "
                         "per document; repeat for several fields.")] = None,
) -> None:
    """Run the pipeline on gold texts; print precision, recall and F1 per field, for each file and for all.

    Each gold file is scored apart (the rules' own development articles next to newer
    ones), then all together; a document with "fields" is scored on those kinds only.
    """
    from unionfacts.evaluate import FIELDS, GoldError, evaluate_files, mismatches, score

    paths = list(gold) + list(extra_gold or [])
    for path in paths:
        if not path.is_file():
            usage_error(f"gold file not found: {path}")
    for field in errors or []:
        if field not in FIELDS:
            usage_error(f"unknown field {field!r} for --errors (one of: {', '.join(FIELDS)})")
    try:
        per_file = evaluate_files(paths)
    except (GoldError, ValueError) as error:
        fail(str(error))
    all_pairs = [pair for _, pairs in per_file.values() for pair in pairs]
    overall = score(all_pairs)
    wrong = [(path, m) for path, (_, pairs) in per_file.items() for m in mismatches(pairs, errors or [])]
    if as_json:
        payload: dict = _scores_json(overall)
        payload["files"] = {path: _scores_json(scores) for path, (scores, _) in per_file.items()}
        if errors:
            payload["errors"] = [{"file": path, "id": m.doc_id, "field": m.field, "kind": m.kind, "item": m.item}
                                 for path, m in wrong]
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return
    if errors:
        listing = Table(title="scored wrong (in the form each field is compared in)")
        for column in ("id", "field", "kind", "item"):
            listing.add_column(column)
        for _, m in wrong:
            listing.add_row(printable(m.doc_id), m.field, m.kind, printable(m.item))
        _print_table(listing)
    for path, (scores, pairs) in per_file.items():
        _print_table(_scores_table(f"{path} ({len(pairs)} documents)", scores))
    if len(per_file) > 1:
        _print_table(_scores_table(f"all {len(paths)} files ({len(all_pairs)} documents)", overall))


def _scores_json(scores) -> dict:
    return {s.field: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.true_positives,
                      "predicted": s.predicted, "gold": s.gold} for s in scores}


def _scores_table(title: str, scores) -> Table:
    table = Table(title=title)
    for column in ("field", "precision", "recall", "F1", "tp", "predicted", "gold"):
        table.add_column(column, justify="right" if column != "field" else "left")
    for s in scores:
        if not s.gold and not s.predicted:
            continue  # a field no document of the file was annotated for
        table.add_row(s.field, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.true_positives),
                      str(s.predicted), str(s.gold))
    return table


# The global options, accepted after the command too ("unionfacts run DIR -q"), as users
# of sqlite-utils and spaCy expect; they are moved before it for Click.
_GLOBAL_FLAGS = frozenset({"-v", "-vv", "-vvv", "--verbose", "-q", "--quiet"})


def hoist_global_flags(argv: list[str]) -> list[str]:
    """``argv`` with the global flags found after the command moved to the front (not after ``--``)."""
    end = argv.index("--") if "--" in argv else len(argv)
    flags = [arg for arg in argv[:end] if arg in _GLOBAL_FLAGS]
    rest = [arg for arg in argv[:end] if arg not in _GLOBAL_FLAGS]
    return flags + rest + argv[end:]


def main() -> None:
    app(args=hoist_global_flags(sys.argv[1:]), prog_name="unionfacts")


if __name__ == "__main__":
    main()
