"""The database schema: articles, one table per fact kind, and failed inputs.

Every fact row points at its article (ON DELETE CASCADE) and carries the sentence
index and the character span it came from; CHECK constraints hold what must hold.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Float, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    doc_id: Mapped[str] = mapped_column(String(512), index=True)
    source: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32), index=True)
    author: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)

    money: Mapped[list[MoneyRow]] = relationship(back_populates="article", cascade="all, delete-orphan",
                                                 passive_deletes=True)
    counts: Mapped[list[CountRow]] = relationship(back_populates="article", cascade="all, delete-orphan",
                                                  passive_deletes=True)
    dates: Mapped[list[DateRow]] = relationship(back_populates="article", cascade="all, delete-orphan",
                                                passive_deletes=True)
    person_mentions: Mapped[list[PersonMentionRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True)
    organization_mentions: Mapped[list[OrganizationMentionRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True)
    roles: Mapped[list[RoleRow]] = relationship(back_populates="article", cascade="all, delete-orphan",
                                                passive_deletes=True)
    events: Mapped[list[EventRow]] = relationship(back_populates="article", cascade="all, delete-orphan",
                                                  passive_deletes=True)
    documents: Mapped[list[DocumentRow]] = relationship(back_populates="article", cascade="all, delete-orphan",
                                                        passive_deletes=True)


class _FactColumns:
    """Provenance every fact row carries."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sentence_index: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


def _span_checks(table: str) -> tuple:
    return (
        CheckConstraint("start >= 0 AND start < \"end\"", name=f"ck_{table}_span"),
        CheckConstraint("sentence_index >= 0", name=f"ck_{table}_sentence"),
        Index(f"ix_{table}_article", "article_id"),
    )


class MoneyRow(_FactColumns, Base):
    __tablename__ = "money"
    __table_args__ = (*_span_checks("money"), CheckConstraint("amount >= 0", name="ck_money_amount"))

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    amount: Mapped[int] = mapped_column(BigInteger)  # 14.000 tỷ đồng does not fit 32 bits
    currency: Mapped[str] = mapped_column(String(8))
    qualifier: Mapped[str | None] = mapped_column(String(32))
    bound: Mapped[str | None] = mapped_column(String(8))
    article: Mapped[ArticleRow] = relationship(back_populates="money")


class CountRow(_FactColumns, Base):
    __tablename__ = "counts"
    __table_args__ = (*_span_checks("counts"), CheckConstraint("value >= 0", name="ck_counts_value"))

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(Text)
    qualifier: Mapped[str | None] = mapped_column(String(32))
    bound: Mapped[str | None] = mapped_column(String(8))
    article: Mapped[ArticleRow] = relationship(back_populates="counts")


class DateRow(_FactColumns, Base):
    __tablename__ = "dates"
    __table_args__ = _span_checks("dates")

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    value: Mapped[str] = mapped_column(String(32), index=True)
    granularity: Mapped[str] = mapped_column(String(16))
    article: Mapped[ArticleRow] = relationship(back_populates="dates")


class PersonRow(Base):
    """One row per person across all articles, keyed by the folded full name."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(256), unique=True)
    name: Mapped[str] = mapped_column(Text)


class OrganizationRow(Base):
    """One row per organization across all articles: its knowledge-base id, else its folded name."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(512), unique=True)
    kb_id: Mapped[str | None] = mapped_column(String(128), index=True)
    name: Mapped[str] = mapped_column(Text)


class PersonMentionRow(_FactColumns, Base):
    __tablename__ = "person_mentions"
    __table_args__ = _span_checks("person_mentions")

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    honorific: Mapped[str | None] = mapped_column(String(32))
    article: Mapped[ArticleRow] = relationship(back_populates="person_mentions")
    person: Mapped[PersonRow] = relationship()


class OrganizationMentionRow(_FactColumns, Base):
    __tablename__ = "organization_mentions"
    __table_args__ = _span_checks("organization_mentions")

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    how: Mapped[str] = mapped_column(String(16))
    article: Mapped[ArticleRow] = relationship(back_populates="organization_mentions")
    organization: Mapped[OrganizationRow] = relationship()


class RoleRow(_FactColumns, Base):
    """An office the text gives a person, with the sentence that says so."""

    __tablename__ = "roles"
    __table_args__ = _span_checks("roles")

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    organization_name: Mapped[str | None] = mapped_column(Text)
    former: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # "nguyên Chủ tịch …"
    evidence: Mapped[str] = mapped_column(Text)
    article: Mapped[ArticleRow] = relationship(back_populates="roles")
    person: Mapped[PersonRow] = relationship()
    organization: Mapped[OrganizationRow | None] = relationship()


class EventRow(_FactColumns, Base):
    """A meeting an article reports as held; its span is the first mention of its name."""

    __tablename__ = "events"
    __table_args__ = _span_checks("events")

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(64))
    date: Mapped[str | None] = mapped_column(String(32), index=True)
    location: Mapped[str | None] = mapped_column(Text)
    organizer_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    organizer_name: Mapped[str | None] = mapped_column(Text)
    ordinal: Mapped[str | None] = mapped_column(String(16))
    term: Mapped[str | None] = mapped_column(String(16))
    article: Mapped[ArticleRow] = relationship(back_populates="events")
    organizer: Mapped[OrganizationRow | None] = relationship()
    participants: Mapped[list[ParticipantRow]] = relationship(back_populates="event", cascade="all, delete-orphan",
                                                              passive_deletes=True)


class ParticipantRow(Base):
    """A person's part in a meeting (chair, attendee) with the sentence that says so."""

    __tablename__ = "event_participants"
    __table_args__ = (CheckConstraint("part IN ('chair', 'attendee')", name="ck_participant_part"),
                      CheckConstraint("start >= 0 AND start < \"end\"", name="ck_participant_span"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    part: Mapped[str] = mapped_column(String(16))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text)
    event: Mapped[EventRow] = relationship(back_populates="participants")
    person: Mapped[PersonRow] = relationship()


class DocumentRow(_FactColumns, Base):
    """A document named by number: kind, number, issuer, title."""

    __tablename__ = "documents"
    __table_args__ = _span_checks("documents")

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(64), index=True)
    issuer_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    issuer_name: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    article: Mapped[ArticleRow] = relationship(back_populates="documents")
    issuer: Mapped[OrganizationRow | None] = relationship()


class FailureRow(Base):
    """An input that produced no article, and why. One row per source."""

    __tablename__ = "failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text, unique=True)
    reason: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text)


FACT_TABLES = {"money": MoneyRow, "counts": CountRow, "dates": DateRow}
