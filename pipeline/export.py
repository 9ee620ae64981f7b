"""Export the database: typed CSV or Parquet (one file per table and view, with datapackage.json), or facts JSONL."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, selectinload

from unionfacts.facts import FACT_KINDS, build_contract
from unionfacts.schema import DERIVE, TableSchema, schemas
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

log = logging.getLogger(__name__)
_PANDAS_TYPES = {"integer": "Int64", "number": "Float64", "string": "string"}
_ARROW_TYPES = {"integer": pa.int64(), "number": pa.float64(), "string": pa.string(), "date": pa.date32(),
                "datetime": pa.timestamp("ms", tz="UTC")}


def read_typed(connection, schema: TableSchema) -> pd.DataFrame:
    """A table or view as a DataFrame with exactly its declared columns and types."""
    stored = [column for column in schema.columns if column.derived_from is None]
    # Every column, NULLs first, so SQLite and PostgreSQL give the same order.
    order = ", ".join(f"{position} NULLS FIRST" for position in range(1, len(stored) + 1))
    query = f"SELECT * FROM {schema.name} ORDER BY " + ("id" if schema.primary_key else order)
    frame = pd.read_sql_query(text(query), connection,
                              dtype={c.name: _PANDAS_TYPES[c.type] for c in stored if c.type in _PANDAS_TYPES})
    return typed_frame(schema, frame)


def typed_frame(schema: TableSchema, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the derived columns added, and every declared column, in order, of its declared type."""
    result = {}
    for column in schema.columns:
        if column.derived_from is not None:
            derive = DERIVE[column.name]
            values = frame[column.derived_from].map(lambda value: derive(value if isinstance(value, str) else None))
        elif column.name in frame.columns:
            values = frame[column.name]
        else:
            values = pd.Series([None] * len(frame), index=frame.index, dtype=object)
        if column.type == "datetime":
            values = pd.to_datetime(values, utc=True).astype("datetime64[ms, UTC]")
        elif column.type == "date":
            values = values.astype(object).where(values.notna(), None)
        else:
            values = values.astype(_PANDAS_TYPES[column.type])
        result[column.name] = values
    return pd.DataFrame(result, index=frame.index)


def arrow_schema(schema: TableSchema) -> pa.Schema:
    return pa.schema([pa.field(c.name, _ARROW_TYPES[c.type]) for c in schema.columns])


def _arrow_table(frame: pd.DataFrame, schema: TableSchema) -> pa.Table:
    with warnings.catch_warnings():  # pyarrow reads tz-aware columns through an API pandas 3.1 deprecates
        warnings.filterwarnings("ignore", message="Series.values returning an ndarray")
        return pa.Table.from_pandas(frame, schema=arrow_schema(schema), preserve_index=False)


def _csv_frame(frame: pd.DataFrame, schema: TableSchema) -> pd.DataFrame:
    """Dates and instants as ISO 8601 text (instants in UTC with a Z), as datapackage.json declares them."""
    frame = frame.copy()
    for column in schema.columns:
        if column.type == "datetime":
            frame[column.name] = frame[column.name].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        elif column.type == "date":
            frame[column.name] = frame[column.name].map(lambda day: day.isoformat() if day else None)
    return frame


def _write_csv(frame: pd.DataFrame, path: Path, excel: bool) -> None:
    # Excel reads UTF-8 only after a byte-order mark; other tools do not want one.
    frame.to_csv(path, index=False, encoding="utf-8-sig" if excel else "utf-8")


def export_tables(engine: Engine, fmt: str, out_dir: str | Path, excel: bool = False, force: bool = False,
                  raw: bool = False) -> list[Path]:
    """Write every table and view to ``out_dir`` as ``<name>.csv`` or ``<name>.parquet``, and ``datapackage.json``.

    Each file has the declared columns and types (``unionfacts.schema``) whatever the data,
    so exports of different corpora concatenate. CSV cells that a spreadsheet would run as
    formulas are neutralized unless ``raw``; files there already are overwritten only with
    ``force``.
    """
    out = output_folder(out_dir)
    declared = schemas()
    paths = {name: out / f"{name}.{fmt}" for name in declared}
    package = out / "datapackage.json"
    check_targets([*paths.values(), package], force)
    with engine.connect() as connection:
        for name, schema in declared.items():
            frame = read_typed(connection, schema)
            path = paths[name]
            if fmt == "csv":
                cells = _csv_frame(frame, schema)
                cells = cells if raw else neutralize_formulas(cells)
                write_file(path, lambda target: _write_csv(cells, target, excel))
            else:
                write_file(path, lambda target: pq.write_table(_arrow_table(frame, schema), target))
            log.info("%s: %d rows → %s", name, len(frame), path)
    description = json.dumps(datapackage(declared.values(), fmt, excel), ensure_ascii=False, indent=1) + "\n"
    write_file(package, lambda target: target.write_text(description, encoding="utf-8"))
    return [*paths.values(), package]


def datapackage(declared, fmt: str, excel: bool = False) -> dict:
    """A Frictionless Data Package describing the exported files."""
    resources = []
    for schema in declared:
        fields = [{"name": c.name, "type": c.type, "description": c.description} for c in schema.columns]
        table_schema: dict = {"fields": fields}
        if schema.primary_key:
            table_schema["primaryKey"] = [schema.primary_key]
        if schema.foreign_keys:
            table_schema["foreignKeys"] = [{"fields": [column], "reference": {"resource": table, "fields": [target]}}
                                           for column, table, target in schema.foreign_keys]
        resource = {"name": schema.name, "path": f"{schema.name}.{fmt}", "profile": "tabular-data-resource",
                    "description": schema.description, "schema": table_schema}
        if fmt == "csv":
            resource.update(format="csv", mediatype="text/csv", encoding="utf-8-sig" if excel else "utf-8")
        else:
            resource.update(format="parquet", mediatype="application/vnd.apache.parquet")
        resources.append(resource)
    return {"profile": "tabular-data-package", "name": "unionfacts",
            "title": "Facts from Vietnamese trade-union news (unionfacts export)", "resources": resources}


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
                                       r.organization.kb_id if r.organization else None, bool(r.former)))
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


def export(engine: Engine, fmt: str, out_dir: str | Path, excel: bool = False, force: bool = False,
           raw: bool = False) -> list[Path]:
    """Export the database: typed tables and views (csv, parquet) or the facts contract (jsonl).

    Raises ``ExportError`` when ``out_dir`` is a link or a file, when it holds the files
    already (without ``force``), or when a file cannot be written (a full disk).
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}")
    if excel and fmt != "csv":
        raise ValueError("--excel applies to CSV only")
    if fmt == "jsonl":
        return export_jsonl(engine, out_dir, force)
    return export_tables(engine, fmt, out_dir, excel, force, raw)
