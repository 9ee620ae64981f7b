"""Types that travel between stages: raw inputs, articles, facts and failures."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from enum import Enum


class FactKind(str, Enum):
    MONEY = "money"
    COUNTS = "counts"
    DATES = "dates"


class SkipReason(str, Enum):
    """Why an input produced no article. Recorded in the ``failures`` table."""

    UNREADABLE = "unreadable"
    NOT_FOUND = "not_found"
    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "encoding"
    TOO_LARGE = "too_large"
    BAD_RECORD = "bad_record"
    PIPELINE_ERROR = "pipeline_error"
    TIMEOUT = "timeout"  # extraction took longer than its budget (run --max-seconds)
    DUPLICATE = "duplicate"  # the same text under another id, or an id given to two texts
    REPAIRED = "repaired"  # stored, after a repair the detail names (a bad byte replaced)


@dataclass(frozen=True)
class RawDocument:
    """One input document as read from disk, before metadata and normalization."""

    source: str  # path, or path#line for a manifest record
    doc_id: str  # manifest id or file stem
    text: str
    kind: str  # "txt" | "html" | "jsonl"
    published: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None  # from manifest or HTML metadata; overrides the page's byline
    notes: tuple[str, ...] = ()  # what reading it repaired ("invalid utf-8 byte ff at byte offset 12 …")


@dataclass(frozen=True)
class Failure:
    """An input that could not become an article, with the reason a user can act on."""

    source: str
    reason: SkipReason
    detail: str


@dataclass(frozen=True)
class Article:
    """A normalized article: metadata plus the body every offset points into."""

    doc_id: str
    source: str
    body: str
    content_hash: str
    title: str | None = None
    published: str | None = None  # ISO date or date-time, "+07:00" when a time is known
    author: str | None = None
    url: str | None = None
    notes: tuple[str, ...] = ()  # what reading it repaired; recorded with reason "repaired"


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    text: str
    amount: int
    currency: str
    qualifier: str | None = None
    bound: str | None = None  # "low"/"high" for a range, else None


@dataclass(frozen=True)
class Count:
    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: str | None = None
    bound: str | None = None


@dataclass(frozen=True)
class DateFact:
    start: int
    end: int
    text: str
    value: str  # ISO as GOLD.md writes it: 2021-09-29, 2021-09, 2021, 2021-Q3, 2021-H1, 2018/2023, XXXX-09-29
    granularity: str  # day | month | quarter | half | year | span


@dataclass(frozen=True)
class CalendarParts:
    """One calendar point as written; None where the text gives no value."""

    granularity: str  # day | month | quarter | half | year
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: int | None = None  # quarter 1–4 or half 1–2
    year_offset: int | None = None  # relative year: publication year + offset

    def is_valid(self) -> bool:
        if self.year is not None and not 1000 <= self.year <= 2999:
            return False
        if self.granularity in ("day", "month") and not (self.month and 1 <= self.month <= 12):
            return False
        if self.granularity == "day":
            days = calendar.monthrange(self.year or 2000, self.month)[1]  # 2000: 29 Feb is possible
            return bool(self.day and 1 <= self.day <= days)
        if self.granularity == "quarter":
            return self.part in (1, 2, 3, 4)
        if self.granularity == "half":
            return self.part in (1, 2)
        return True


@dataclass(frozen=True)
class DateMention:
    """A date expression found in the body: one point, or a span from ``first`` to ``last``."""

    start: int
    end: int
    text: str
    sentence: int
    first: CalendarParts
    last: CalendarParts | None = None
    # The months of its year an occasion named with a year brings ("Tết Đinh Dậu 2017": 1–2).
    season: tuple[int, int] | None = None

    def is_valid(self) -> bool:
        return self.first.is_valid() and (self.last is None or self.last.is_valid())


# How an organization only an office names is found ("Bộ trưởng Quốc phòng Mỹ"): its mention is the role's span,
# which names the body without being a form of its name.
IMPLIED_BY_ROLE = "role"


@dataclass(frozen=True)
class OrgMention:
    """An organization named in the body, resolved to one identity where possible."""

    start: int
    end: int
    text: str
    name: str  # canonical full name ("Công đoàn Công Thương Việt Nam"), or the form as written
    org_id: str | None = None  # knowledge-base id; None for an organization found by pattern only
    how: str = "kb"  # kb | pattern | acronym (defined in the text) | typo | relative | role (IMPLIED_BY_ROLE)


@dataclass(frozen=True)
class PersonMention:
    """A person named in the body; ``name`` is the full name a short mention resolves to."""

    start: int
    end: int
    text: str
    name: str
    honorific: str | None = None  # "đồng chí", "ông", "bà", … as written before the name


@dataclass(frozen=True)
class RoleMention:
    """An office the text gives a person: (person, title, organization), with the evidence span."""

    start: int
    end: int
    text: str
    person: str
    title: str
    organization: str | None = None
    org_id: str | None = None
    former: bool = False  # "nguyên Chủ tịch …": an office held before (NOTES.md item 34)


@dataclass(frozen=True)
class Participation:
    """A person's part in a meeting (chair, attendee), with the sentence that says so."""

    person: str
    part: str  # "chair" | "attendee"
    start: int  # the sentence the part is read from
    end: int


@dataclass(frozen=True)
class EventMention:
    """A meeting the article reports as held: first mention's span, merged attributes."""

    start: int
    end: int
    text: str
    name: str
    kind: str
    date: str | None = None
    location: str | None = None
    organizer: str | None = None
    organizer_id: str | None = None
    ordinal: str | None = None
    term: str | None = None
    parts: tuple[Participation, ...] = ()

    def people(self, part: str) -> list[str]:
        seen: list[str] = []
        for participation in self.parts:
            if participation.part == part and participation.person not in seen:
                seen.append(participation.person)
        return seen


@dataclass(frozen=True)
class DocumentMention:
    """A document a text names by number: "Nghị quyết số 12-NQ/TW của Bộ Chính trị"."""

    start: int
    end: int
    text: str
    kind: str
    number: str
    issuer: str | None = None
    issuer_id: str | None = None
    title: str | None = None
