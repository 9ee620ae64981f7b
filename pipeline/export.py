"""Export the database as CSV, Parquet (one file per table) or facts-contract JSONL."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, selectinload

from unionfacts.facts import FACT_KINDS, build_contract
from unionfacts.store.models import FACT_TABLES, ArticleRow
from unionfacts.types import (
    Article,
    Count,
    DateFact,
    DocumentMention,
    EventMention,
    Money,
    OrgMention,
    Participation,
    PersonMention,
    RoleMention,
)

EXPORT_FORMATS = ("csv", "parquet", "jsonl")
TABLES = ("articles", "money", "counts", "dates", "persons", "organizations", "person_mentions",
          "organization_mentions", "roles", "events", "event_participants", "documents", "failures")
_FACT_TYPES = {"money": Money, "counts": Count, "dates": DateFact}
# OWASP's CSV injection rule: a cell beginning with one of these is a formula to a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """The output cannot be written where it was asked to go (the message says why, in one line)."""


def neutralize_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells beginning with = + - @ tab or CR start with a ``'``.

    Article text is untrusted: "=HYPERLINK(…)" in a title must reach a spreadsheet as
    text, not run as a formula. Numbers are left alone (-5 stays a number).
    """
    frame = frame.copy()
    for column in frame.columns:
        dtype = frame[column].dtype
        if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype):
            frame[column] = frame[column].map(
                lambda value: "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value)
    return frame


def output_folder(out_dir: str | Path) -> Path:
    """``out_dir``, created if missing; refused if it is a symbolic link or not a folder."""
    out = Path(out_dir)
    if out.is_symlink():
        raise ExportError(f"--out {out} is a symbolic link; give the folder it points to")
    if out.exists() and not out.is_dir():
        raise ExportError(f"--out {out} is a file, not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"cannot create folder {out}: {error.strerror or error}") from error
    return out


def check_targets(paths: list[Path], force: bool) -> None:
    """Refuse to overwrite an existing file (or any symbolic link) unless ``force``."""
    existing = [path for path in paths if path.exists() or path.is_symlink()]
    if existing and not force:
        names = ", ".join(path.name for path in existing[:3]) + (" …" if len(existing) > 3 else "")
        raise ExportError(f"{existing[0].parent} already holds {names}; use --force to overwrite")


def write_file(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file renamed onto ``path``: a link at ``path`` is replaced,
    never followed, and a failed write (a full disk) leaves no half file behind."""
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        os.close(handle)
        os.chmod(temporary, 0o666 & ~_umask())  # the mode a plain open() would give
        write(Path(temporary))
        os.replace(temporary, path)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
    finally:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def export_tables(engine: Engine, fmt: str, out_dir: str | Path, force: bool = False, raw: bool = False) -> list[Path]:
    """Write each table to ``out_dir`` as ``<table>.csv`` or ``<table>.parquet``.

    CSV cells that a spreadsheet would run as formulas are neutralized unless ``raw``.
    """
    out = output_folder(out_dir)
    paths = [out / f"{table}.{fmt}" for table in TABLES]
    check_targets(paths, force)
    with engine.connect() as connection:
        for table, path in zip(TABLES, paths):
            frame = pd.read_sql_query(text(f"SELECT * FROM {table} ORDER BY id"), connection)
            if fmt == "csv":
                frame = frame if raw else neutralize_formulas(frame)
                write_file(path, lambda target: frame.to_csv(target, index=False))
            else:
                write_file(path, lambda target: frame.to_parquet(target, index=False))
    return paths


def _mentions(rows, fact_type) -> list[tuple[int, object]]:
    fields = fact_type.__dataclass_fields__
    return [(row.sentence_index, fact_type(**{name: getattr(row, name) for name in fields})) for row in rows]


def article_facts(row: ArticleRow) -> dict:
    """The facts contract object for a stored article."""
    article = Article(doc_id=row.doc_id, source=row.source, body=row.body, content_hash=row.content_hash,
                      title=row.title, published=row.published, author=row.author, url=row.url)
    mentions = {kind: _mentions(getattr(row, kind), _FACT_TYPES[kind]) for kind in FACT_KINDS}
    mentions["persons"] = [(m.sentence_index, PersonMention(m.start, m.end, m.text, m.person.name, m.honorific))
                           for m in row.person_mentions]
    mentions["organizations"] = [
        (m.sentence_index, OrgMention(m.start, m.end, m.text, m.organization.name, m.organization.kb_id, m.how))
        for m in row.organization_mentions
    ]
    mentions["roles"] = [
        (r.sentence_index, RoleMention(r.start, r.end, r.text, r.person.name, r.title, r.organization_name,
                                       r.organization.kb_id if r.organization else None))
        for r in row.roles
    ]
    mentions["events"] = [
        (e.sentence_index, EventMention(
            e.start, e.end, e.text, e.name, e.kind, e.date, e.location, e.organizer_name,
            e.organizer.kb_id if e.organizer else None, e.ordinal, e.term,
            tuple(Participation(p.person.name, p.part, p.start, p.end) for p in e.participants)))
        for e in row.events
    ]
    mentions["documents"] = [
        (d.sentence_index, DocumentMention(d.start, d.end, d.text, d.kind, d.number, d.issuer_name,
                                           d.issuer.kb_id if d.issuer else None, d.title))
        for d in row.documents
    ]
    return build_contract(article, mentions)


def export_jsonl(engine: Engine, out_dir: str | Path, force: bool = False) -> list[Path]:
    """Write ``facts.jsonl``: one facts contract object per stored article."""
    path = output_folder(out_dir) / "facts.jsonl"
    check_targets([path], force)
    write_file(path, lambda target: _write_jsonl(engine, target))
    return [path]


def _write_jsonl(engine: Engine, path: Path) -> None:
    with Session(engine) as session, path.open("w", encoding="utf-8") as handle:
        query = select(ArticleRow).order_by(ArticleRow.id).options(
            *(selectinload(getattr(ArticleRow, kind)) for kind in FACT_TABLES),
            selectinload(ArticleRow.person_mentions), selectinload(ArticleRow.organization_mentions),
            selectinload(ArticleRow.roles), selectinload(ArticleRow.events), selectinload(ArticleRow.documents),
        )
        for row in session.scalars(query).yield_per(200):
            handle.write(json.dumps(article_facts(row), ensure_ascii=False) + "\n")


def export(engine: Engine, fmt: str, out_dir: str | Path, force: bool = False, raw: bool = False) -> list[Path]:
    """Export every table (csv, parquet) or the facts contract (jsonl) into ``out_dir``.

    Raises ``ExportError`` when ``out_dir`` is a link or a file, when it holds the files
    already (without ``force``), or when a file cannot be written (a full disk).
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}")
    if fmt == "jsonl":
        return export_jsonl(engine, out_dir, force)
    return export_tables(engine, fmt, out_dir, force, raw)
