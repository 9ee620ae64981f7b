"""The ``unionfacts`` command: a thin layer over the library.

Each command parses its arguments, calls one library function, and turns domain
errors into a one-line message and a non-zero exit code.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from unionfacts.store.database import DEFAULT_DB

app = typer.Typer(
    name="unionfacts",
    help="Turn Vietnamese trade-union news into structured, queryable facts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
query_app = typer.Typer(help="Ask the database: facts as a table, CSV or JSON.", no_args_is_help=True)
app.add_typer(query_app, name="query")

err = Console(stderr=True)
out = Console()

DbOption = Annotated[str, typer.Option("--db", help="SQLAlchemy URL or SQLite file path.")]


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(str, Enum):
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"


def _version(value: bool) -> None:
    if value:
        from unionfacts import __version__

        out.print(f"unionfacts {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn Vietnamese trade-union news into structured, queryable facts."""


def fail(message: str) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)


def _open_existing(db: str):
    from unionfacts.store.database import connect, database_url

    url = database_url(db)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        fail(f"no database at {url.removeprefix('sqlite:///')}; run `unionfacts run PATH --db {db}` first")
    try:
        return connect(db)
    except Exception as error:  # a bad URL, a missing driver, a server that is down
        fail(f"cannot open database {db}: {error}")


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs or .jsonl manifests.")],
    db: DbOption = DEFAULT_DB,
    replace: Annotated[bool, typer.Option(help="Re-extract articles already stored.")] = False,
    workers: Annotated[int | None, typer.Option(help="Extraction processes (default: all cores).", min=1)] = None,
    executor: Annotated[str, typer.Option(help="'local' processes, or 'dask' for a Dask cluster.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (with --executor dask).")] = None,
    batch_size: Annotated[int, typer.Option(help="Articles per transaction: what a crash can lose.", min=1)] = 50,
) -> None:
    """Process articles into the database: all cores, progress bar, resumable, a summary at the end."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    from unionfacts.ingest import count_documents
    from unionfacts.query import summary as db_summary
    from unionfacts.run import default_workers, run_batch
    from unionfacts.store.database import connect

    try:
        engine = connect(db)
    except Exception as error:
        fail(f"cannot open database {db}: {error}")
    pool = client = None
    if executor == "dask":
        client = _dask_client(scheduler)
        pool = client.get_executor()
    elif executor != "local":
        fail(f"unknown executor {executor!r}; choose 'local' or 'dask'")
    workers = workers or default_workers()
    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TaskProgressColumn(), TextColumn("{task.fields[rate]} articles/s"), TimeElapsedColumn(),
               TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("articles", total=count_documents(paths), rate="–")

        def advance(_source: str) -> None:
            progress.advance(task)
            speed = progress.tasks[0].speed
            progress.update(task, rate=f"{speed:.1f}" if speed else "–")

        try:
            result = run_batch(paths, engine, replace=replace, on_progress=advance, workers=workers, executor=pool,
                               batch_size=batch_size)
        finally:
            if client is not None:
                client.close()
    table = Table(title=f"unionfacts run → {db}")
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_row("articles stored", str(result.stored))
    table.add_row("skipped: content already stored", str(result.skipped))
    if result.replaced:
        table.add_row("replaced", str(result.replaced))
    table.add_row("failed", str(len(result.failed)))
    for kind, number in sorted(result.facts.items()):
        table.add_row(f"{kind} mentions", str(number))
    out.print(table)
    totals = Table(title="database now holds")
    totals.add_column("table")
    totals.add_column("rows", justify="right")
    for row in db_summary(engine).itertuples():
        totals.add_row(row.table, str(row.rows))
    out.print(totals)
    for failure in result.failed:
        err.print(f"failed: {failure.source}: {failure.reason.value}: {failure.detail}", highlight=False)


def _dask_client(scheduler: str | None):
    """A Dask distributed client for the given scheduler; its executor extracts on the cluster."""
    if not scheduler:
        fail("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    try:
        from distributed import Client
    except ImportError:
        fail("the dask executor needs the 'dask' extra: pip install 'unionfacts[dask]'")
    try:
        return Client(scheduler, timeout="10s")
    except Exception as error:
        fail(f"cannot reach the Dask scheduler at {scheduler}: {error}")


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs or .jsonl manifests.")],
    indent: Annotated[int | None, typer.Option(help="Pretty-print with this indent.")] = None,
    body: Annotated[bool, typer.Option("--body", help="Include the normalized body the offsets point into.")] = False,
) -> None:
    """Print one facts JSON object per article on stdout (no database)."""
    from unionfacts.api import process_document, read_documents
    from unionfacts.types import Failure

    failures = 0
    for item in read_documents(paths):
        if isinstance(item, Failure):
            failures += 1
            err.print(f"error: {item.source}: {item.reason.value}: {item.detail}", highlight=False)
            continue
        processed = process_document(item)
        facts = processed.facts
        if body:
            facts["body"] = processed.article.body
        sys.stdout.write(json.dumps(facts, ensure_ascii=False, indent=indent) + "\n")
    if failures:
        raise typer.Exit(1)


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


def _cell(value) -> str:
    if value is None or value != value:  # None or NaN
        return ""
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _show(frame, fmt: OutputFormat, title: str) -> None:
    if fmt is OutputFormat.csv:
        sys.stdout.write(frame.to_csv(index=False))
    elif fmt is OutputFormat.json:
        sys.stdout.write(frame.to_json(orient="records", force_ascii=False, lines=True))
    else:
        columns = [column for column in TABLE_COLUMNS.get(title, frame.columns) if column in frame.columns]
        table = Table(title=f"{title} ({len(frame)} rows)")
        for column in columns:
            table.add_column("sent." if column == "sentence_index" else column, overflow="fold",
                             justify="right" if column in {"amount", "value", "sentence_index"} else "left")
        for row in frame[columns].itertuples(index=False):
            table.add_row(*(_cell(value) for value in row))
        out.print(table)


FormatOption = Annotated[OutputFormat, typer.Option("--format", help="table, csv or json (one object a line).")]
LimitOption = Annotated[int | None, typer.Option(help="Show at most this many rows.")]


def _query_command(kind: str):
    def command(db: DbOption = DEFAULT_DB, format: FormatOption = OutputFormat.table, limit: LimitOption = None):
        from unionfacts.query import fact_table

        _show(fact_table(_open_existing(db), kind, limit), format, kind)

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
) -> None:
    """Each office the texts give a person, once: first and last date, articles, and the first evidence sentence."""
    from unionfacts.query import person

    frame = person(_open_existing(db), name)
    if frame.empty:
        err.print(f"no offices found for {name!r}", highlight=False)
    _show(frame, format, "person")


SinceOption = Annotated[str | None, typer.Option("--since", help="Only meetings on or after this ISO date.")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Only meetings on or before this ISO date.")]
OrganizerOption = Annotated[str | None, typer.Option("--org", help="Only meetings whose organizer's name contains this.")]


@query_app.command(name="chairs")
def query_chairs(
    person: Annotated[str | None, typer.Option("--person", help="Only this person (case and tone marks do not matter).")] = None,
    org: OrganizerOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = DEFAULT_DB,
    format: FormatOption = OutputFormat.table,
) -> None:
    """Who chaired which meeting: office at the time, date, organizer, place, article and evidence."""
    from unionfacts.query import chairs

    _show(chairs(_open_existing(db), person, org, since, until), format, "chairs")


@query_app.command(name="meetings")
def query_meetings(
    org: OrganizerOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = DEFAULT_DB,
    format: FormatOption = OutputFormat.table,
) -> None:
    """Every meeting reported as held, with date, place, organizer, chairs and attendees."""
    from unionfacts.query import meetings

    _show(meetings(_open_existing(db), org, since, until), format, "meetings")


@query_app.command(name="documents")
def query_documents(db: DbOption = DEFAULT_DB, format: FormatOption = OutputFormat.table) -> None:
    """Every document named by number (Nghị quyết số …), with its issuer and title."""
    from unionfacts.query import documents

    _show(documents(_open_existing(db)), format, "documents")


@query_app.command(name="officials")
def query_officials(
    org: Annotated[str | None, typer.Option("--org", help="Only offices in organizations whose name contains this.")] = None,
    db: DbOption = DEFAULT_DB,
    format: FormatOption = OutputFormat.table,
) -> None:
    """Who holds which office in which organization, with how many articles say so."""
    from unionfacts.query import officials

    _show(officials(_open_existing(db), org), format, "officials")


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
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export the database: one CSV/Parquet file per table, or facts JSONL."""
    from unionfacts.export import export as export_database

    for path in export_database(_open_existing(db), format.value, out_dir):
        out.print(f"wrote {path}", highlight=False)


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
            fail(f"gold file not found: {path}")
    for field in errors or []:
        if field not in FIELDS:
            fail(f"unknown field {field!r} for --errors (one of: {', '.join(FIELDS)})")
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
            listing.add_row(m.doc_id, m.field, m.kind, m.item)
        out.print(listing)
    for path, (scores, pairs) in per_file.items():
        out.print(_scores_table(f"{path} ({len(pairs)} documents)", scores))
    if len(per_file) > 1:
        out.print(_scores_table(f"all {len(paths)} files ({len(all_pairs)} documents)", overall))


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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
