"""Write processed articles and failures; the same input twice leaves the database identical."""

from __future__ import annotations

from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.normalize import fold_for_matching
from pipeline.store.models import (
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
from pipeline.types import Article, Failure, OrgMention


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


def organization_key(mention: OrgMention | None = None, name: str | None = None, org_id: str | None = None) -> str:
    """One identity per organization: its knowledge-base id, else its folded full name."""
    if mention is not None:
        name, org_id = mention.name, mention.org_id
    return f"kb:{org_id}" if org_id else fold_for_matching(name or "")


class _Identities:
    """Get-or-create person and organization rows, cached for one session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.persons: dict[str, PersonRow] = {}
        self.organizations: dict[str, OrganizationRow] = {}

    def person(self, name: str) -> PersonRow:
        key = person_key(name)
        row = self.persons.get(key) or self.session.scalar(select(PersonRow).where(PersonRow.key == key))
        if row is None:
            row = PersonRow(key=key, name=name)
            self.session.add(row)
        self.persons[key] = row
        return row

    def organization(self, name: str, org_id: str | None) -> OrganizationRow:
        key = organization_key(name=name, org_id=org_id)
        row = self.organizations.get(key) or self.session.scalar(
            select(OrganizationRow).where(OrganizationRow.key == key))
        if row is None:
            row = OrganizationRow(key=key, kb_id=org_id, name=name)
            self.session.add(row)
        self.organizations[key] = row
        return row


def _span(sentence: int, mention: Any) -> dict[str, Any]:
    return {"sentence_index": sentence, "start": mention.start, "end": mention.end, "text": mention.text}


def store_article(
    session: Session,
    article: Article,
    mentions: dict[str, list[tuple[int, Any]]],
    replace: bool = False,
    evidence: dict[int, str] | None = None,
) -> StoreResult:
    """Insert ``article`` with every fact mention; skip it if its content is already stored.

    ``evidence`` maps a sentence index to the sentence's text, kept with each role.
    """
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
    identities = _Identities(session)
    for sentence, mention in mentions.get("persons", []):
        row.person_mentions.append(PersonMentionRow(person=identities.person(mention.name),
                                                    honorific=mention.honorific, **_span(sentence, mention)))
    for sentence, mention in mentions.get("organizations", []):
        row.organization_mentions.append(OrganizationMentionRow(
            organization=identities.organization(mention.name, mention.org_id), how=mention.how,
            **_span(sentence, mention)))
    for sentence, role in mentions.get("roles", []):
        organization = identities.organization(role.organization, role.org_id) if role.organization else None
        row.roles.append(RoleRow(person=identities.person(role.person), organization=organization,
                                 title=role.title, organization_name=role.organization,
                                 evidence=(evidence or {}).get(sentence, role.text), **_span(sentence, role)))
    body = article.body
    for sentence, event in mentions.get("events", []):
        organizer = identities.organization(event.organizer, event.organizer_id) if event.organizer else None
        event_row = EventRow(name=event.name, kind=event.kind, date=event.date, location=event.location,
                             organizer=organizer, organizer_name=event.organizer, ordinal=event.ordinal,
                             term=event.term, **_span(sentence, event))
        for part in event.parts:
            event_row.participants.append(ParticipantRow(person=identities.person(part.person), part=part.part,
                                                         start=part.start, end=part.end,
                                                         evidence=body[part.start:part.end].strip()))
        row.events.append(event_row)
    for sentence, document in mentions.get("documents", []):
        issuer = identities.organization(document.issuer, document.issuer_id) if document.issuer else None
        row.documents.append(DocumentRow(kind=document.kind, number=document.number, issuer=issuer,
                                         issuer_name=document.issuer, title=document.title,
                                         **_span(sentence, document)))
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
