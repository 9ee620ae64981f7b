"""Write processed articles and failures; the same input twice leaves the database identical."""

from __future__ import annotations

from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.store.models import FACT_TABLES, ArticleRow, FailureRow
from pipeline.types import Article, Failure


class StoreResult(str, Enum):
    STORED = "stored"
    SKIPPED = "skipped"  # already present (same content hash)
    REPLACED = "replaced"


def known_hashes(session: Session) -> set[str]:
    """Content hashes already stored: what a resumed run need not redo."""
    return set(session.scalars(select(ArticleRow.content_hash)))


def _fact_columns(fact: Any) -> dict[str, Any]:
    columns = {key: getattr(fact, key) for key in fact.__dataclass_fields__}
    return columns


def store_article(
    session: Session, article: Article, mentions: dict[str, list[tuple[int, Any]]], replace: bool = False
) -> StoreResult:
    """Insert ``article`` with every fact mention; skip it if its content is already stored."""
    existing = session.scalar(select(ArticleRow).where(ArticleRow.content_hash == article.content_hash))
    if existing is not None and not replace:
        return StoreResult.SKIPPED
    if existing is not None:
        session.delete(existing)
        session.flush()
    row = ArticleRow(
        content_hash=article.content_hash,
        doc_id=article.doc_id,
        source=article.source,
        title=article.title,
        published=article.published,
        author=article.author,
        url=article.url,
        body=article.body,
    )
    for kind, table in FACT_TABLES.items():
        facts = getattr(row, kind)
        for sentence, fact in mentions.get(kind, []):
            facts.append(table(sentence_index=sentence, **_fact_columns(fact)))
    session.add(row)
    session.execute(FailureRow.__table__.delete().where(FailureRow.source == article.source))
    return StoreResult.REPLACED if existing is not None else StoreResult.STORED


def store_failure(session: Session, failure: Failure) -> None:
    """Record why an input failed (one row per source; a later failure updates it)."""
    row = session.scalar(select(FailureRow).where(FailureRow.source == failure.source))
    if row is None:
        session.add(FailureRow(source=failure.source, reason=failure.reason.value, detail=failure.detail))
    else:
        row.reason, row.detail = failure.reason.value, failure.detail
