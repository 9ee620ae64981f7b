"""Write processed articles and failures; the same input twice leaves the database identical."""

from __future__ import annotations

from enum import Enum
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from unionfacts.normalize import fold_for_matching
from unionfacts.store.models import (
    FACT_TABLES,
    ArticleRow,
    DocumentRow,
    EventRow,
    FailureRow,
    OrganizationMentionRow,
    OrganizationRow,
    PersonMentionRow,
    ParticipantRow,
    PersonRow,
    RoleRow,
)
from unionfacts.types import Article, Failure


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


def person_key(name: str) -> str:
    return fold_for_matching(name)


def organization_key(name: str, org_id: str | None) -> str:
    """One identity per organization: its knowledge-base id, else its folded full name."""
    return f"kb:{org_id}" if org_id else fold_for_matching(name)


class _Pending(str):
    """The key of a person or organization whose row id is not known yet (resolved at flush)."""


_IDENTITY_COLUMNS = ("person_id", "organization_id", "organizer_id", "issuer_id")
_KEYS_PER_QUERY = 500  # keys per "IN (...)": well under every database's parameter limit


class _Identities:
    """Person and organization rows by key; one cache per session.

    Names met for the first time are collected and resolved together when the buffer is
    flushed: one query per table for the keys already stored, one bulk insert for the
    new ones, instead of a look-up and an insert per name.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids: dict[Any, dict[str, int]] = {PersonRow: {}, OrganizationRow: {}}
        self.pending: dict[Any, dict[str, dict[str, Any]]] = {PersonRow: {}, OrganizationRow: {}}

    @classmethod
    def of(cls, session: Session) -> _Identities:
        identities = session.info.get("unionfacts_identities")
        if identities is None:
            identities = session.info["unionfacts_identities"] = cls(session)
        return identities

    def person(self, name: str) -> int | _Pending:
        return self._get(PersonRow, person_key(name), {"name": name})

    def organization(self, name: str, org_id: str | None) -> int | _Pending:
        return self._get(OrganizationRow, organization_key(name, org_id), {"kb_id": org_id, "name": name})

    def _get(self, table: Any, key: str, values: dict[str, Any]) -> int | _Pending:
        found = self.ids[table].get(key)
        if found is not None:
            return found
        self.pending[table].setdefault(key, values)
        return _Pending(key)

    def resolve(self) -> None:
        """Give every pending key its row id, inserting the rows that do not exist yet."""
        for table, pending in self.pending.items():
            if not pending:
                continue
            keys = list(pending)
            self._look_up(table, keys)
            new = [{"key": key, **pending[key]} for key in keys if key not in self.ids[table]]
            if new:
                self.session.execute(insert(table), new)
                self._look_up(table, [row["key"] for row in new])
            pending.clear()

    def _look_up(self, table: Any, keys: list[str]) -> None:
        for first in range(0, len(keys), _KEYS_PER_QUERY):
            chunk = keys[first:first + _KEYS_PER_QUERY]
            self.ids[table].update(self.session.execute(select(table.key, table.id).where(table.key.in_(chunk))).all())

    def fill(self, row: dict[str, Any]) -> None:
        """Replace the pending keys of ``row`` by row ids (after ``resolve``)."""
        for column in _IDENTITY_COLUMNS:
            value = row.get(column)
            if isinstance(value, _Pending):
                row[column] = self.ids[OrganizationRow if column != "person_id" else PersonRow][value]


def forget_session_caches(session: Session) -> None:
    """Drop what the session remembers of the database (after a rollback it may be wrong)."""
    session.info.pop("unionfacts_identities", None)
    session.info.pop("unionfacts_failed", None)


def _span(sentence: int, mention: Any) -> dict[str, Any]:
    return {"sentence_index": sentence, "start": mention.start, "end": mention.end, "text": mention.text}


class _Ref:
    """A row of this buffer whose id the database gives at flush (an article or a meeting)."""

    __slots__ = ("table", "index")

    def __init__(self, table: Any, index: int) -> None:
        self.table, self.index = table, index


_REFERENCE_COLUMNS = ("article_id", "event_id")


class RowBuffer:
    """Rows of many articles, written table by table when flushed.

    A whole batch goes to the database in one bulk insert per table instead of ten
    statements per article. Ids of articles and meetings come from the database
    (``INSERT … RETURNING``), so two runs writing at once never pick the same id; rows
    that point at them hold a reference until the flush. Persons and organizations are
    looked up or created at once: later rows point at them.
    """

    ORDER = (ArticleRow, EventRow, *FACT_TABLES.values(), PersonMentionRow, OrganizationMentionRow, RoleRow,
             ParticipantRow, DocumentRow)
    _RETURNING = (ArticleRow, EventRow)

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[Any, list[dict[str, Any]]] = {table: [] for table in self.ORDER}

    def add(self, article: Article, mentions: dict[str, list[tuple[int, Any]]],
            evidence: dict[int, str] | None = None) -> None:
        """Buffer ``article`` and its mentions (``evidence``: sentence index → text, for roles)."""
        identities = _Identities.of(self.session)
        rows = self.rows
        article_id = _Ref(ArticleRow, len(rows[ArticleRow]))
        rows[ArticleRow].append({
            "content_hash": article.content_hash, "doc_id": article.doc_id,
            "source": article.source, "title": article.title, "published": article.published,
            "author": article.author, "url": article.url, "body": article.body})
        for kind, table in FACT_TABLES.items():
            rows[table].extend({"article_id": article_id, "sentence_index": sentence, **_fact_columns(fact)}
                               for sentence, fact in mentions.get(kind, []))
        rows[PersonMentionRow].extend(
            {"article_id": article_id, "person_id": identities.person(m.name), "honorific": m.honorific,
             **_span(s, m)} for s, m in mentions.get("persons", []))
        rows[OrganizationMentionRow].extend(
            {"article_id": article_id, "organization_id": identities.organization(m.name, m.org_id), "how": m.how,
             **_span(s, m)} for s, m in mentions.get("organizations", []))
        rows[RoleRow].extend(
            {"article_id": article_id, "person_id": identities.person(r.person),
             "organization_id": identities.organization(r.organization, r.org_id) if r.organization else None,
             "title": r.title, "organization_name": r.organization, "former": r.former,
             "evidence": (evidence or {}).get(s, r.text), **_span(s, r)} for s, r in mentions.get("roles", []))
        for sentence, event in mentions.get("events", []):
            event_id = _Ref(EventRow, len(rows[EventRow]))
            organizer = identities.organization(event.organizer, event.organizer_id) if event.organizer else None
            rows[EventRow].append({
                "article_id": article_id, "name": event.name, "kind": event.kind, "date": event.date,
                "location": event.location, "organizer_id": organizer, "organizer_name": event.organizer,
                "ordinal": event.ordinal, "term": event.term, **_span(sentence, event)})
            rows[ParticipantRow].extend(
                {"event_id": event_id, "person_id": identities.person(part.person), "part": part.part,
                 "start": part.start, "end": part.end, "evidence": article.body[part.start:part.end].strip()}
                for part in event.parts)
        rows[DocumentRow].extend(
            {"article_id": article_id, "kind": d.kind, "number": d.number,
             "issuer_id": identities.organization(d.issuer, d.issuer_id) if d.issuer else None,
             "issuer_name": d.issuer, "title": d.title, **_span(s, d)} for s, d in mentions.get("documents", []))
        failed = _failed_sources(self.session)
        if article.source in failed:  # it failed before and has now gone through
            self.session.execute(delete(FailureRow).where(FailureRow.source == article.source))
            failed.discard(article.source)

    def flush(self) -> None:
        """Write every buffered row, parents before children."""
        identities = _Identities.of(self.session)
        identities.resolve()
        ids: dict[Any, list[int]] = {}
        for table in self.ORDER:
            rows = self.rows[table]
            if not rows:
                continue
            for row in rows:
                identities.fill(row)
                for column in _REFERENCE_COLUMNS:
                    reference = row.get(column)
                    if isinstance(reference, _Ref):
                        row[column] = ids[reference.table][reference.index]
            if table in self._RETURNING:
                statement = insert(table).returning(table.id, sort_by_parameter_order=True)
                ids[table] = list(self.session.scalars(statement, rows))
            else:
                self.session.execute(insert(table), rows)
            self.rows[table] = []


def store_article(
    session: Session,
    article: Article,
    mentions: dict[str, list[tuple[int, Any]]],
    replace: bool = False,
    evidence: dict[int, str] | None = None,
    unseen: bool = False,
) -> StoreResult:
    """Insert ``article`` with every fact mention; skip it if its content is already stored.

    ``evidence`` maps a sentence index to the sentence's text, kept with each role;
    ``unseen`` says the caller knows the content is not stored yet (saves a look-up).
    A batch of articles is better written through one ``RowBuffer``.
    """
    existing = None if unseen else session.scalar(
        select(ArticleRow.id).where(ArticleRow.content_hash == article.content_hash))
    if existing is not None and not replace:
        return StoreResult.SKIPPED
    if existing is not None:
        session.execute(delete(ArticleRow).where(ArticleRow.id == existing))
    buffer = RowBuffer(session)
    buffer.add(article, mentions, evidence)
    buffer.flush()
    return StoreResult.REPLACED if existing is not None else StoreResult.STORED


def _failed_sources(session: Session) -> set[str]:
    """Sources the failures table holds, read once per session."""
    sources = session.info.get("unionfacts_failed")
    if sources is None:
        sources = session.info["unionfacts_failed"] = set(session.scalars(select(FailureRow.source)))
    return sources


def store_failure(session: Session, failure: Failure) -> None:
    """Record why an input failed (one row per source; a later failure updates it)."""
    _failed_sources(session).add(failure.source)
    row = session.scalar(select(FailureRow).where(FailureRow.source == failure.source))
    if row is None:
        session.add(FailureRow(source=failure.source, reason=failure.reason.value, detail=failure.detail))
    else:
        row.reason, row.detail = failure.reason.value, failure.detail
