"""The exported schema, declared once: every table and view, its columns' types and what they mean.

Exports (CSV, Parquet, ``datapackage.json``) and the datasette metadata are written from
it, so a table has the same columns and types whatever the data. Types are Frictionless
names: ``integer`` (pandas ``Int64``), ``number`` (``Float64``), ``string``, ``date``
(a calendar day) and ``datetime`` (an instant, in UTC). Base tables take their types from
the SQLAlchemy models; views declare theirs. A few columns are derived on export, typed:
``published`` (ISO text as the source gives it) gets ``published_at`` (the instant, where
the source gives a time and offset) and ``published_date`` (the day as published), and a
date value ("2021-09-29", "2021-Q3", "2018/2023") gets ``date_start``/``date_end``, the
first and last day of the period it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import Boolean, Float, Integer

from unionfacts.resolve.dates import parse_published as published_day  # the day as published
from unionfacts.store.models import Base


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # integer | number | string | date | datetime
    description: str
    derived_from: str | None = None  # the stored column a derived column is computed from (DERIVE)


@dataclass(frozen=True)
class TableSchema:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: str | None = None
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, referenced table, referenced column)

    @property
    def is_view(self) -> bool:
        return self.name.startswith("v_")

    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]


TABLE_DESCRIPTIONS = {
    "articles": "One row per article: metadata and the normalized body every offset points into.",
    "money": "Every amount of money an article states (a range gives one row per bound).",
    "counts": "Every count of things an article states (people, gifts, units, percentages).",
    "dates": "Every date an article states, resolved against its publication date.",
    "persons": "One row per person, across all articles.",
    "organizations": "One row per organization, across all articles (kb_id: the knowledge base's id).",
    "person_mentions": "Every place an article names a person.",
    "organization_mentions": "Every place an article names an organization, and how it was recognized.",
    "roles": "Every office an article gives a person (title, organization) with the evidence sentence.",
    "events": "Every meeting an article reports as held.",
    "event_participants": "Who chaired or attended each meeting, with the evidence sentence.",
    "documents": "Every document an article names by number (Nghị quyết số …).",
    "failures": "Inputs that produced no article, with the reason.",
    "v_money": "Money with its article.",
    "v_counts": "Counts with their article.",
    "v_dates": "Dates with their article.",
    "v_roles": "Who holds which office according to which article, with the evidence sentence.",
    "v_meetings": "Meetings with their article.",
    "v_meeting_chairs": "Who chaired which meeting: the office the article gives the chair, date, organizer, place.",
    "v_meeting_attendees": "Everyone who chaired or attended a meeting.",
    "v_documents": "Documents named by number, with their article.",
    "v_persons": "Persons: in how many articles, how many mentions, first and last publication.",
    "v_organizations": "Organizations: in how many articles and how many mentions.",
}

# What a column means, by name; (table, column) entries win over plain names.
DESCRIPTIONS = {
    "id": "Row id (stable within one database, not across databases).",
    "article_id": "The article (articles.id).",
    "doc_id": "The article's id: the file name or the manifest's id.",
    "sentence_index": "Index of the sentence, from 0, in the article's body.",
    "start": "Offset of the first character in the article's normalized body.",
    "end": "Offset after the last character: body[start:end] is the text.",
    "text": "The text as the article writes it.",
    "title": "The article's title.",
    "article_title": "The article's title.",
    "published": "Publication date-time as the source gives it (ISO 8601, +07:00 where a time is known).",
    "published_at": "Publication instant in UTC, where the source gives a time; empty otherwise.",
    "published_date": "Publication day, as published.",
    "qualifier": "Hedge or bound word before the number ('trên', 'gần', 'khoảng'), never in the value.",
    "bound": "'low' or 'high' for a bound of a range (both bounds are one amount); empty otherwise.",
    "evidence": "The sentence that states the fact.",
    "person": "The person's full name.",
    "organizer": "The organization that held the meeting.",
    "meeting": "The meeting's name.",
    "date": "The meeting's date (ISO 8601; a period or XXXX for an unknown year when the text gives no more).",
    "date_start": "First day of the date or period.",
    "date_end": "Last day of the date or period.",
    "location": "Where the meeting took place.",
    "kind": "Kind of meeting or document (Hội nghị, Đại hội …; Nghị quyết, Quyết định …).",
    "organization": "The organization's canonical name.",
    "kb_id": "The organization's id in models/orgs/ (empty for one found by pattern only).",
    "articles": "Number of articles.",
    "mentions": "Number of mentions.",
    "part": "'chair' or 'attendee'.",
    "issuer": "The body that issued the document.",
    "number": "The document's number as written (12-NQ/TW).",
    "ordinal": "The meeting's ordinal (lần thứ 19 → 19).",
    "term": "The term the meeting belongs to (2018/2023).",
    "office": "The office the same article gives the chair (title and organization).",
    "event_id": "The meeting (events.id).",
    "first_published": "Earliest publication date among the articles.",
    "last_published": "Latest publication date among the articles.",
    ("articles", "content_hash"): "SHA-256 of the normalized body: the same content is stored once.",
    ("articles", "source"): "Where the article was read from (path, or path#Lline for a manifest record).",
    ("articles", "title"): "Title.",
    ("articles", "author"): "Byline.",
    ("articles", "url"): "Source URL.",
    ("articles", "body"): "The normalized body (NFC, one tone-mark placement) every offset points into.",
    ("money", "amount"): "Amount in units of the currency (VND: đồng).",
    ("money", "currency"): "ISO 4217 code (VND, USD …). Amounts in different currencies never add up.",
    ("counts", "value"): "The number counted.",
    ("counts", "unit"): "What is counted (người, suất quà, %).",
    ("dates", "value"): "The date as GOLD.md writes it: 2021-09-29, 2021-09, 2021, 2021-Q3, 2021-H1, 2018/2023, XXXX-09-29.",
    ("dates", "granularity"): "day, month, quarter, half, year or span.",
    ("persons", "key"): "Matching key of the name (case and tone marks folded).",
    ("persons", "name"): "Full name.",
    ("organizations", "key"): "Matching key (kb id, or the folded name).",
    ("organizations", "name"): "Canonical name.",
    ("person_mentions", "person_id"): "The person (persons.id).",
    ("person_mentions", "honorific"): "Form of address before the name (đồng chí, ông, bà).",
    ("organization_mentions", "organization_id"): "The organization (organizations.id).",
    ("organization_mentions", "how"): "kb (knowledge base), pattern, acronym (defined in the text), typo or relative.",
    ("roles", "person_id"): "The person (persons.id).",
    ("roles", "organization_id"): "The organization (organizations.id), when it is known.",
    ("roles", "title"): "The office (Chủ tịch, Phó Chủ tịch …).",
    ("roles", "organization_name"): "The organization as resolved or as written.",
    ("roles", "former"): "1 for an office held before (\"nguyên Chủ tịch …\"), else 0.",
    ("events", "name"): "The meeting's name.",
    ("events", "organizer_id"): "The organizer (organizations.id), when it is known.",
    ("events", "organizer_name"): "The organizer's name.",
    ("event_participants", "event_id"): "The meeting (events.id).",
    ("event_participants", "person_id"): "The person (persons.id).",
    ("event_participants", "start"): "Offset of the evidence sentence in the article's body.",
    ("event_participants", "end"): "End of the evidence sentence.",
    ("documents", "issuer_id"): "The issuer (organizations.id), when it is known.",
    ("documents", "issuer_name"): "The issuer's name.",
    ("documents", "title"): "The document's title, when the text gives it.",
    ("failures", "source"): "The input that failed.",
    ("failures", "reason"): "unreadable, not_found, empty, binary, encoding, too_large, bad_record or pipeline_error.",
    ("failures", "detail"): "What went wrong, for a person to act on.",
    ("v_dates", "value"): "The date as GOLD.md writes it (see dates.value).",
    ("v_dates", "granularity"): "day, month, quarter, half, year or span.",
    ("v_money", "amount"): "Amount in units of the currency.",
    ("v_money", "currency"): "ISO 4217 code.",
    ("v_counts", "value"): "The number counted.",
    ("v_counts", "unit"): "What is counted.",
    ("v_roles", "title"): "The office.",
    ("v_roles", "former"): "1 for an office held before (\"nguyên Chủ tịch …\"), else 0.",
    ("v_documents", "title"): "The document's title, when the text gives it.",
}

# Column types of the views, in their SQL order (store/views.py); tests check they match.
_SPAN = {"sentence_index": "integer", "start": "integer", "end": "integer", "text": "string"}
_ARTICLE = {"doc_id": "string", "title": "string", "published": "string"}
VIEW_TYPES: dict[str, dict[str, str]] = {
    "v_money": {**_ARTICLE, **_SPAN, "amount": "integer", "currency": "string", "qualifier": "string",
                "bound": "string"},
    "v_counts": {**_ARTICLE, **_SPAN, "value": "number", "unit": "string", "qualifier": "string", "bound": "string"},
    "v_dates": {**_ARTICLE, **_SPAN, "value": "string", "granularity": "string"},
    "v_roles": {"person": "string", "title": "string", "organization": "string", "former": "integer", "doc_id": "string",
                "article_title": "string", "published": "string", **_SPAN, "evidence": "string"},
    "v_meetings": {"event_id": "integer", "meeting": "string", "kind": "string", "date": "string",
                   "location": "string", "organizer": "string", "ordinal": "string", "term": "string",
                   "doc_id": "string", "article_title": "string", "published": "string", "sentence_index": "integer",
                   "start": "integer", "end": "integer"},
    "v_meeting_chairs": {"person": "string", "office": "string", "meeting": "string", "date": "string",
                         "organizer": "string", "location": "string", "doc_id": "string", "article_title": "string",
                         "published": "string", "evidence": "string"},
    "v_meeting_attendees": {"person": "string", "part": "string", "meeting": "string", "date": "string",
                            "organizer": "string", "doc_id": "string", "evidence": "string"},
    "v_documents": {"kind": "string", "number": "string", "issuer": "string", "title": "string", "doc_id": "string",
                    "published": "string", "text": "string"},
    "v_persons": {"person": "string", "articles": "integer", "mentions": "integer", "first_published": "string",
                  "last_published": "string"},
    "v_organizations": {"organization": "string", "kb_id": "string", "articles": "integer", "mentions": "integer"},
}

# Typed columns added after a source column on export: (source, [(name, type)]).
_PUBLISHED = [("published_at", "datetime"), ("published_date", "date")]
_PERIOD = [("date_start", "date"), ("date_end", "date")]
DATE_VALUE_TABLES = ("dates", "v_dates")  # where `value` is a date


def derived_columns(table: str, column: str) -> list[tuple[str, str]]:
    if column == "published":
        return _PUBLISHED
    if column == "date" or (column == "value" and table in DATE_VALUE_TABLES):
        return _PERIOD
    return []


def _description(table: str, column: str) -> str:
    return DESCRIPTIONS.get((table, column)) or DESCRIPTIONS.get(column) or ""


def _with_derived(table: str, typed: list[tuple[str, str]]) -> tuple[Column, ...]:
    columns = []
    for name, kind in typed:
        columns.append(Column(name, kind, _description(table, name)))
        for extra, extra_kind in derived_columns(table, name):
            columns.append(Column(extra, extra_kind, _description(table, extra), derived_from=name))
    return tuple(columns)


def _sql_type(column) -> str:
    if isinstance(column.type, (Integer, Boolean)):  # BigInteger is an Integer; a flag is 0 or 1
        return "integer"
    if isinstance(column.type, Float):
        return "number"
    return "string"


def _table_schema(name: str) -> TableSchema:
    table = Base.metadata.tables[name]
    typed = [(column.name, _sql_type(column)) for column in table.columns]
    keys = tuple((fk.parent.name, fk.column.table.name, fk.column.name) for fk in table.foreign_keys)
    return TableSchema(name, TABLE_DESCRIPTIONS[name], _with_derived(name, typed), primary_key="id",
                       foreign_keys=tuple(sorted(keys)))


TABLES = ("articles", "money", "counts", "dates", "persons", "organizations", "person_mentions",
          "organization_mentions", "roles", "events", "event_participants", "documents", "failures")
VIEWS = tuple(VIEW_TYPES)


def schemas() -> dict[str, TableSchema]:
    """Every exported table and view, by name."""
    result = {name: _table_schema(name) for name in TABLES}
    for name, types in VIEW_TYPES.items():
        result[name] = TableSchema(name, TABLE_DESCRIPTIONS[name], _with_derived(name, list(types.items())))
    return result


# ---- typed values of the derived columns ----

def published_instant(value: str | None) -> datetime | None:
    """The UTC instant of an ISO publication date-time with an offset; None for a bare day or no offset."""
    if not value or "T" not in value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.astimezone(timezone.utc) if parsed.tzinfo else None


def _point_bounds(value: str) -> tuple[date, date] | None:
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 1, 1), date(year, 12, 31)
        if parts[1].startswith("Q") and len(parts) == 2:
            quarter = int(parts[1][1:])
            first = date(year, 3 * quarter - 2, 1)
            return first, _month_end(year, 3 * quarter)
        if parts[1].startswith("H") and len(parts) == 2:
            half = int(parts[1][1:])
            return date(year, 6 * half - 5, 1), _month_end(year, 6 * half)
        month = int(parts[1])
        if len(parts) == 2:
            return date(year, month, 1), _month_end(year, month)
        if len(parts) == 3:
            day = date(year, month, int(parts[2]))
            return day, day
    except ValueError:
        return None
    return None


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def period_bounds(value: str | None) -> tuple[date | None, date | None]:
    """First and last day of an ISO date or period (2021-09-29, 2021-09, 2021, 2021-Q3, 2021-H1, 2018/2023).

    A value with an unknown year (XXXX-09-29) or any other shape has no bounds.
    """
    if not value:
        return None, None
    first_text, _, last_text = value.partition("/")
    first = _point_bounds(first_text)
    last = _point_bounds(last_text) if last_text else first
    if first is None or last is None:
        return None, None
    return first[0], last[1]


DERIVE = {
    "published_at": published_instant,
    "published_date": published_day,
    "date_start": lambda value: period_bounds(value)[0],
    "date_end": lambda value: period_bounds(value)[1],
}
