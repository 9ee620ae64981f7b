"""Resolve partial dates: fill a missing year from the same occasion or the publication date.

A date as written ("Sáng ngày 29/9", "Quý III", "chiều 10-2") often leaves out the
year. The year comes, in this order, from

0. in a dated article, the publication year for a day within a week of publication, unless
   its sentence states a year near publication for it (the news reports what just happened:
   "Sáng nay (28/4)" beside "(30/4/1975 - 30/4/2021)", "dịp 30/4" beside "so với 30/4 năm
   2020", "vào ngày 28/4" beside "kỷ niệm 46 năm Ngày toàn thắng 30/4/1975");
1. a full date of the same occasion: a day-month-year in the text with the same month
   and a day at most three days apart ("sáng 10.6" beside "(11.6.1948 - 11.6.2017)",
   "ngày 11/5" beside "ngày 11/5/2017"); the latest such year wins;
2. a sibling in the same sentence with the same granularity that states its year
   ("Quý III và … Quý IV năm 2021"), for a day only a day within a month of it (not a
   document's "Nghị quyết số 20-NQ/TW ngày 28/1/2008" beside "Ngày 20/5") or one joined to it
   ("các ngày 11/11 và 28/12/2020"), a run's later end
   first ("Sáng 10/6 … (21/6/1925 - 21/6/2017)" → 2017);
3. an occasion named with its year whose months hold the day or month ("Tết Đinh Dậu
   2017" dates "ngày 6/2" and "tháng 2"; models/dates/seasons.tsv);
4. the publication date (a day more than 300 days after publication is last year's:
   "ngày 28/12" in an article of 3 January);
5. otherwise the year is unknown and written "XXXX" (GOLD.md), as NOTES item 22 asks
   for undated articles whose text does not tie a year to the occasion.

A relative year ("tháng 6 sang năm", "quý III năm nay") counts from the publication
year; in an undated article "năm nay" is the year of the full dates of the same month
("giữa tháng 2 năm nay" beside "ngày 15/2/2017"), else unknown.

Never the clock. A stated year in the sentence that is not a full date (a term of
office, a target year, "năm 1988" in anniversary arithmetic) is not used.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from unionfacts.extract.base import Extractor, facts_of, published_of, text_of
from unionfacts.types import CalendarParts, DateFact, DateMention

UNKNOWN_YEAR = "XXXX"
# A partial day this far after (before) the publication date belongs to the year before (after).
_WRAP_DAYS = 300
# Days apart that still count as the same occasion ("sáng 10.6" for the 11.6 anniversary).
_OCCASION_DAYS = 3
# A sibling day further than this from a day gives it no year: it is another occasion's (a document's day).
_SIBLING_DAYS = 31
# A sibling day this close after a day is joined to it ("11/11 và 28/12/2020"): its year is the day's, however far.
_JOINED_GAP = 6
# Days around the publication day whose bare day-month is this year's (NOTES.md item 35 dates
# "chiều qua" by the publication day too).
_RECENT_DAYS = 7
# A sibling's year more than this far from the publication year is history's, not the news's.
_HISTORY_YEARS = 1


def parse_published(published: str | None) -> date | None:
    """The publication day of an ISO date or date-time string; None if absent or malformed."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


# "Đúng 90 năm trước, ngày 28/7/1929, …": a full day told as so many years before the present one, in its clause.
_YEARS_AGO = re.compile(r"(?<![\w/.-])(?P<years>\d{1,3})[ ]+năm[ ]+(?:về[ ]+)?trước(?!\w)[^.;!?\n]{0,40}\Z", re.IGNORECASE)


def resolve_dates(mentions: list[DateMention], published: str | None, text: str = "") -> list[DateFact]:
    """DateFacts with ISO values, in text order; years filled in as the module says."""
    published_day = parse_published(published)
    anchors = [_present_of(m, text) for m in mentions if _is_full_day(m.first)]
    anchors += [m.last for m in mentions if m.last is not None and _is_full_day(m.last)]
    seasons = [m for m in mentions if m.season is not None]
    by_sentence: dict[int, list[DateMention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    facts = []
    for mention in sorted(mentions, key=lambda m: m.start):
        first, last = mention.first, mention.last
        if last is not None and last.year is not None and first.year is None and first.year_offset is None:
            # "từ 1.3 – 31.5.2017": the closing year dates the opening point too.
            first = replace(first, year=last.year - (1 if _later_in_year(first, last) else 0))
        siblings = by_sentence[mention.sentence]
        first = _with_year(first, mention, siblings, anchors, seasons, published_day)
        value = _format(first)
        granularity = first.granularity
        if last is not None:
            last = _with_year(last, mention, siblings, anchors, seasons, published_day)
            value = f"{value}/{_format(last)}"
            granularity = "span"
        facts.append(DateFact(mention.start, mention.end, mention.text, value, granularity))
    return facts


def _present_of(mention: DateMention, text: str) -> CalendarParts:
    """A full day as the anchor of a partial one: the day itself, or, told as so many years before ("90 năm trước,
    ngày 28/7/1929"), its anniversary in the present year (2019-07-28), the year of the occasion the text reports."""
    ago = _YEARS_AGO.search(text, max(0, mention.start - 60), mention.start) if text else None
    return replace(mention.first, year=mention.first.year + int(ago.group("years"))) if ago else mention.first


def _is_full_day(parts: CalendarParts) -> bool:
    return parts.granularity == "day" and parts.year is not None


def _later_in_year(first: CalendarParts, last: CalendarParts) -> bool:
    return (first.month or 0, first.day or 0) > (last.month or 0, last.day or 0)


def _with_year(
    parts: CalendarParts,
    mention: DateMention,
    siblings: list[DateMention],
    anchors: list[CalendarParts],
    seasons: list[DateMention],
    published: date | None,
) -> CalendarParts:
    if parts.year is not None or parts.granularity == "year":
        return parts
    if parts.year_offset is not None:
        if published is not None:
            return replace(parts, year=published.year + parts.year_offset)
        this_year = _this_year(parts, anchors) if parts.year_offset == 0 else None
        return replace(parts, year=this_year) if this_year is not None else parts
    sibling = _sibling_year(parts, mention, siblings)
    if published is not None and _is_recent(parts, published) \
            and (sibling is None or abs(sibling - published.year) > _HISTORY_YEARS):
        # "Sáng nay (28/4)" beside "(30/4/1975 - …)"; "vào ngày 28/4" beside "kỷ niệm … Ngày toàn thắng 30/4/1975":
        # a year long before the news is the day commemorated, not the day reported
        return replace(parts, year=published.year)
    year = _occasion_year(parts, anchors) or sibling
    year = year or _season_year(parts, mention, seasons)
    if year is None and published is not None:
        year = _publication_year(parts, published)
    return replace(parts, year=year) if year is not None else parts


def _is_recent(parts: CalendarParts, published: date) -> bool:
    """A day within a week of the publication day, read in the publication year: the news
    reports it, whatever other year's full date of that occasion the text gives."""
    if parts.granularity != "day" or parts.month is None or parts.day is None:
        return False
    try:
        day = date(published.year, parts.month, parts.day)
    except ValueError:
        return False
    return abs((day - published).days) <= _RECENT_DAYS


def _occasion_year(parts: CalendarParts, anchors: list[CalendarParts]) -> int | None:
    if parts.granularity != "day":
        return None
    years = [
        anchor.year
        for anchor in anchors
        if anchor.month == parts.month and abs((anchor.day or 0) - (parts.day or 0)) <= _OCCASION_DAYS
    ]
    return max(years) if years else None


def _this_year(parts: CalendarParts, anchors: list[CalendarParts]) -> int | None:
    """The year "năm nay" means in an undated article: that of a full date in the same month
    ("giữa tháng 2 năm nay" beside "công bố ngày 15/2/2017" → 2017), if all such dates agree."""
    if parts.granularity not in ("day", "month"):
        return None
    years = {anchor.year for anchor in anchors if anchor.month == parts.month}
    return years.pop() if len(years) == 1 else None


def _season_year(parts: CalendarParts, mention: DateMention, seasons: list[DateMention]) -> int | None:
    """The year of the nearest occasion named with its year whose months hold this day or month
    ("ngày 6/2" beside "Tết Đinh Dậu 2017" → 2017, NOTES.md item 32)."""
    if parts.granularity not in ("day", "month"):
        return None
    fitting = [s for s in seasons if s.season[0] <= parts.month <= s.season[1]]
    if not fitting:
        return None
    return min(fitting, key=lambda s: abs(s.start - mention.start)).first.year


def _sibling_year(parts: CalendarParts, mention: DateMention, siblings: list[DateMention]) -> int | None:
    """The year of the nearest mention of the same kind in ``siblings`` (its sentence) that states one."""
    accepted = {"day": ("day",), "month": ("month", "day")}.get(parts.granularity, (parts.granularity,))
    best: tuple[int, int] | None = None
    for other in siblings:
        if other is mention:
            continue
        for point in (other.first, other.last):
            if point is None or point.year is None or point.granularity not in accepted:
                continue
            if parts.granularity == "day" and not _near_day(parts, point) \
                    and not 0 < other.start - mention.end <= _JOINED_GAP:  # not "các ngày 11/11 và 28/12/2020"
                continue  # "Ngày 20/5, … Nghị quyết số 20-NQ/TW ngày 28/1/2008": another occasion's day
            distance = abs(other.start - mention.start)
            # on a tie, a run's later end ("(21/6/1925 - 21/6/2017)")
            if best is None or (distance, -point.year) < (best[0], -best[1]):
                best = (distance, point.year)
    return best[1] if best else None


def _near_day(parts: CalendarParts, point: CalendarParts) -> bool:
    """Whether the day ``parts`` lies within a month of the day ``point`` in ``point``'s year (one occasion)."""
    if point.granularity != "day":
        return True
    try:
        apart = date(point.year, parts.month, parts.day) - date(point.year, point.month, point.day)
        return abs(apart.days) <= _SIBLING_DAYS
    except (TypeError, ValueError):
        return False


def _publication_year(parts: CalendarParts, published: date) -> int | None:
    """The publication year; the year before for a day well after publication ("ngày 28/12" in January),
    the year after for a day well before it ("ngày 2/1" on 30 December).

    None when the day does not exist in that year (29 February).
    """
    year = published.year
    if parts.granularity not in ("day", "month"):
        return year
    day = parts.day or 1
    offset = (date(year, parts.month, min(day, 28 if parts.month == 2 else day)) - published).days
    # a day well after publication is last year's; one well before it is next year's
    candidates = (year - 1,) if offset > _WRAP_DAYS else (year + 1,) if offset < -_WRAP_DAYS else (year, year - 1)
    for candidate in candidates:
        if parts.month == 2 and day == 29 and not calendar.isleap(candidate):
            continue
        return candidate
    return None


def _format(parts: CalendarParts) -> str:
    year = f"{parts.year:04d}" if parts.year is not None else UNKNOWN_YEAR
    if parts.granularity == "day":
        return f"{year}-{parts.month:02d}-{parts.day:02d}"
    if parts.granularity == "month":
        return f"{year}-{parts.month:02d}"
    if parts.granularity == "quarter":
        return f"{year}-Q{parts.part}"
    if parts.granularity == "half":
        return f"{year}-H{parts.part}"
    return year


class DateResolver(Extractor):
    """Pipeline component: resolve the date mentions found by the extractor into values."""

    provides = "dates"
    requires = ("date_mentions",)

    def find(self, doc: Doc) -> list[DateFact]:
        return resolve_dates(facts_of(doc, "date_mentions"), published_of(doc), text_of(doc))
