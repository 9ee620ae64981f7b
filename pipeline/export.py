"""Export the database as CSV, Parquet (one file per table) or facts-contract JSONL."""

from __future__ import annotations

import json
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


def export_tables(engine: Engine, fmt: str, out_dir: str | Path) -> list[Path]:
    """Write each table to ``out_dir`` as ``<table>.csv`` or ``<table>.parquet``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with engine.connect() as connection:
        for table in TABLES:
            frame = pd.read_sql_query(text(f"SELECT * FROM {table} ORDER BY id"), connection)
            path = out / f"{table}.{fmt}"
            if fmt == "csv":
                frame.to_csv(path, index=False)
            else:
                frame.to_parquet(path, index=False)
            written.append(path)
    return written


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


def export_jsonl(engine: Engine, out_dir: str | Path) -> list[Path]:
    """Write ``facts.jsonl``: one facts contract object per stored article."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "facts.jsonl"
    with Session(engine) as session, path.open("w", encoding="utf-8") as handle:
        query = select(ArticleRow).order_by(ArticleRow.id).options(
            *(selectinload(getattr(ArticleRow, kind)) for kind in FACT_TABLES),
            selectinload(ArticleRow.person_mentions), selectinload(ArticleRow.organization_mentions),
            selectinload(ArticleRow.roles), selectinload(ArticleRow.events), selectinload(ArticleRow.documents),
        )
        for row in session.scalars(query).yield_per(200):
            handle.write(json.dumps(article_facts(row), ensure_ascii=False) + "\n")
    return [path]


def export(engine: Engine, fmt: str, out_dir: str | Path) -> list[Path]:
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}")
    return export_jsonl(engine, out_dir) if fmt == "jsonl" else export_tables(engine, fmt, out_dir)
