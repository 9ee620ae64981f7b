"""The day of a meeting: read from its own clause or sentence, the date-only sentence before it
("Ngày 14/8/2023, tại thành phố Cao Bằng."), a relative day ("chiều qua", "đang diễn ra" = the
publication day), the meeting reported just before it ("Chiều cùng ngày"), or the lead's day for a
meeting reported in the sentence right after the lead (``Dating.lead_day``).

A meeting held over several days gets the run of days the text gives: its first day and how long
("diễn ra trong 2 ngày, từ 6/6"), its first and last day ("khai mạc sáng 2/10 và kéo dài đến ngày
7/10"), its closing day and how long ("sau 4 ngày làm việc, … bế mạc"), also said in a later
sentence right after its name (``Dating.lasting``). In an undated article its day takes a year only
from a full day or run of days that a sentence about the meeting gives within a month of it
(``Dating.with_year``, NOTES.md item 22).

Only a day dates a meeting, or a run of days ("từ ngày 6 - 8/6/2017", "14 và 15/8/2023" →
2023-08-14/2023-08-15): a month or a year in its sentence is what it reviews or plans ("tổng
kết năm 2016", "kế hoạch năm 2017"), never its date (NOTES.md item 31). A day is not the
meeting's either when it is a holiday's or an anniversary's ("kỷ niệm 88 năm Ngày thành lập
Đảng (3/2/2018)") or a limit ("đến ngày 6-2", "từ ngày 1/6").

Relative days are no dates of their own (NOTES.md item 35) but date a meeting when the
publication date is known: the rules find the short span ("chiều qua", "thứ Tư tuần trước"),
and dateparser resolves it with ``RELATIVE_BASE`` = the publication date (one parser per base
day, cached for the process). Unknown publication date: no day.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from unionfacts.extract import meeting_lexicon as lexicon
from unionfacts.extract.meeting_layout import Layout
from unionfacts.extract.patterns import PROPER_NAME, UPPER, alternation
from unionfacts.normalize import fold_for_matching
from unionfacts.resources import read_table, read_words
from unionfacts.resolve.dates import UNKNOWN_YEAR, parse_published
from unionfacts.types import DateFact

# A day after a meeting's name dates it only this close ("Phiên họp thường kỳ Chính phủ ngày 3/6", "… do UBND TP
# phối hợp LĐLĐ TP tổ chức sáng 19.5").
_AFTER_REACH = 100
_NAMED_DAY_GAP = 2  # a day this close after a meeting's name is written as part of it
# "Hội thảo X, Y và Z do Tổng LĐLĐ phối hợp với … tổ chức ngày 23/5": the organizer's clause ends at the day,
# which is the meeting's however long the name and the organizers are
_HELD_BY_REACH = 300
_PAST_REACH = 24  # how far before a meeting word its tense marker and organizing verb reach ("đã tổ chức ")


def _held_by_before(text: str, end: int, day_start: int) -> bool:
    return day_start - end <= _HELD_BY_REACH and lexicon.held_by_before().search(text, end, day_start) is not None
# "… tại kỳ họp thứ 7 nhiều đại biểu cho rằng việc lấy ngày 27/7 …": the day is in what is said
_SAYS = re.compile(r"(?<!\w)(?:cho rằng|cho biết|nói|khẳng định|nhấn mạnh|đề nghị|đề xuất|kiến nghị|là)(?!\w)")
# What is said, quoted in full right before a day: the day is the clause's again ("… tổ chức gặp báo chí và cho rằng
# “…” vào chiều 10-6")
_QUOTED_THEN_DAY = re.compile(r"[ ]*[“\"][^”\"\n]*[”\"][ ,]*(?:(?:vào|hồi)[ ]+)?\Z")
# A day written as ahead ("… vào ngày 1/4 tới"): never the day of a meeting reported held
_AHEAD_AFTER = re.compile(r"[ ]+tới(?=[ ]*(?:[,.;:]|$))", re.MULTILINE)


def said_before(text: str, end: int, position: int) -> bool:
    """Whether a verb of saying between a meeting's name and a later position (a day, a plan) makes what stands there
    part of what is said."""
    said = None
    for said in _SAYS.finditer(text, end, position):
        pass
    return said is not None and not _QUOTED_THEN_DAY.match(text, said.end(), position)


# A full day this close to a meeting's day of unknown year, in a sentence about the meeting, gives it its year.
_TIED_DAYS = 31
# A day this close after a document's name is the document's ("Quyết định số 12/QĐ-TLĐ ngày 3/5/2016").
_DOCUMENT_REACH = 40
# A document's number right before a day: the day is the document's ("… số 12/QĐ-TLĐ ngày 3/5/2016"), and so is one
# after a document's code written without "số" ("quyết định 1177/QĐ-BGDĐT ngày 5/4/2021", "Nghị định 01/2021/NĐ-CP
# ngày 4/1/2021": a number, a slash and the upper-case letters of the issuing body, which no day has).
_NUMBERED_BEFORE = re.compile(r"(?<!\w)(?:(?i:số)[ ]+\d(?:[\w/.-]*\w)?|\d+(?:/\d+)*/[ ]?[A-ZĐ][\w&.-]*(?:[ ]+[A-ZĐ][\w&-]*)?)"
                              r"[ ]*,?[ ]*(?:(?i:ngày)[ ]+)?\Z")
# Before a day that is an origin, not the occasion: a birth or a founding ("sinh ngày 12/5/1960", "ngày thành lập
# (15/5/1941)"); a run from the founding ("Ngày thành lập … (28/7/1929 - 28/7/2017)") ends on the anniversary.
_ORIGIN_BEFORE = re.compile(r"(?<!\w)(?:sinh|thành lập|ra đời)(?!\w)[^.;:!?\n]*\Z", re.IGNORECASE)
# A year that is not a leap year, to count days in when the year is unknown.
_COMMON_YEAR = 2001
# A run of days longer than this is a period (a campaign, a month of action), not a meeting.
_MAX_MEETING_DAYS = 14
# Before a day: it is a limit ("đến ngày 6-2") or a holiday's / anniversary's day.
# A limit, not an occasion ("nghỉ hưu từ ngày 1/7"); but "bắt đầu từ ngày 26/6" is a meeting's first day.
_LIMIT_BEFORE = re.compile(r"(?<!\w)(?<!bắt đầu )(?<!Bắt đầu )(?:từ|đến|tới|trước|sau|hết|kể từ|tính đến|tính từ)[ ]+"
                           r"(?:ngày[ ]+)?\Z", re.IGNORECASE)
_OCCASION_VERB = re.compile(r"(?<!\w)(?:do|tổ chức|diễn ra|tại|vào)(?!\w)")
_LIMIT_IN_TEXT = re.compile(r"(?:từ|đến|tới|trước|sau|hết|kể từ|tính đến)[ ]+(?:ngày[ ]+)?\d", re.IGNORECASE)
# "14 và 15/8/2023", "ngày 9-10/6", "hai ngày 9 và 10-2", "các ngày 25, 26 và 27/9/2014": days joined before one month.
# A match opens only at the first day of a list (not after "1,"), so a long run of numbers is scanned once.
# The first digit comes before the looks behind it (each then reaches one digit further back): a pattern
# that opens with a digit lets the regex engine skip to the digits instead of trying every position.
_COORDINATED = re.compile(
    r"(?P<first>\d(?<![\d/.-]\d)(?<!\d,\d)(?<!\d, \d)\d?)(?:[ ]*,[ ]*\d{1,2})*[ ]*(?:và|,|&|-|–)[ ]*(?P<last>\d{1,2})[ ]*[/.-][ ]*"
    r"(?P<month>\d{1,2})"
    r"(?:[ ]*[/.-][ ]*(?P<year>\d{4}))?(?![\d])")
_DAY_WORD_BEFORE = re.compile(r"ngày[ ]+$|ngày[ ]+\w+[ ]+ngày[ ]+$|(?:hai|2|ba|3)[ ]+ngày[ ]+$", re.IGNORECASE)
_MONTH = re.compile(r"(?:\d{4}|XXXX)-\d{2}")
_YEAR = re.compile(r"\d{4}")
_STATED_AT_REACH = 60  # characters before a meeting searched for the verb of a statement made at it
# the day of a statement: right before its verb ("ngày 22/4 cho biết") or opening its sentence, its subject between
_STATED_RIGHT_AFTER = re.compile(r"[ ]+(?:(?:đã|cũng|lại)[ ]+)?")
_STATED_DAY_REACH = 90
# a day opening the statement's sentence, perhaps after the bracketed credit of a photo ("(Nguồn: AFP) Ngày 18/6, …")
_OPENS_STATEMENT = re.compile(r"(?:\([^()\n]{0,60}\)[ ]*)?[\W_]*(?:(?:vào|trong|hồi)[ ]+)?", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()“”\"\n]")


@lru_cache(maxsize=1)
def _stated_at() -> re.Pattern[str]:
    """After a verb of statement up to a meeting word: a few words, "tại" or "trong" and perhaps a classifier ("nói tại
    Bali trong [cuộc] họp báo", "được đưa ra trong"; classifiers.tsv)."""
    classifiers = alternation(lexicon.classifier_words())
    return re.compile(rf"(?:[ ]+[^\W\d_][\w.-]*){{0,3}}?[ ]+(?:tại|trong)[ ]+(?:(?:{classifiers})[ ]+)?", re.IGNORECASE)


_LEAD_REACH = 3  # how many sentences may open the body before the one that dates what a bare "Tại cuộc họp" presupposes
_OPENS_CLAUSE = re.compile(r"[\W_]*(?:(?:vào|trong|hồi|từ)[ ]+)?", re.IGNORECASE)
_IN_BRACKETS_AFTER = re.compile(r"[ ]*(?:\([ ]*(?:vào[ ]+)?|(?:vào|hồi)[ ]+)")
# Who chaired or held the meeting, right after its name ("do Thủ tướng A chủ trì", "được tổ chức"), if written.
_HELD_BY = r"(?:[ ]+do[ ][^,;.()\n]{1,80}?[ ](?:chủ trì|chủ tọa|tổ chức)|[ ]+(?:được[ ]+)?tổ chức)?"
# What may stand between a meeting's name and the month its own clause gives it: who chaired or held it and where
# ("Hội nghị về du lịch do Thủ tướng A chủ trì tại Hội An tháng 8/2016", "… tổ chức tại Bình Dương hồi tháng 3/2017").
_OWN_CLAUSE_BEFORE_MONTH = re.compile(
    rf"{_HELD_BY}(?:[ ]+(?:tại|ở)(?:[ ]+{UPPER}[^\s,;.()]*)+)[ ]*(?:(?:vào|hồi)[ ]+)?")
# What may stand between a meeting's name and the year its own clause gives it: who held it, then "vào" or "hồi"
# ("Hội thảo X do Khoa Y tổ chức vào giữa năm 2019", "hội thảo … được tổ chức hồi năm 2016"); a year right after the name is
# what the meeting reviews ("tổng kết năm 2016") and dates nothing.
_OWN_CLAUSE_OR_TIME_BEFORE_YEAR = re.compile(rf"{_HELD_BY}[ ]+(?:vào|hồi)[ ]+")
# The edition a meeting's name gives as a bare year after a proper word of it ("lễ trao giải Grammy 2014", "Hội nghị
# thượng đỉnh G20 2019"): a word written with a capital or a digit right before the year, no "năm" (what the meeting
# reviews or plans: "tổng kết năm 2016") and no lower-case word ("Bộ luật Lao động 2019", "Kế hoạch 2017").
_EDITION_BEFORE = re.compile(rf"(?<!\w)[^\W_]*[{UPPER[1:-1]}\d][^\W_]*[ ]+$")
# How far after the end of a meeting's name the year of its edition may stand ("(ĐHĐCĐ) thường niên năm 2021").
_EDITION_REACH = 40
# A year written in a name, bare or after "năm"; not a part of a run of years, a number or a code ("2018-2023").
_YEAR_IN_NAME = re.compile(r"(?<![\w/.,-])(?:19|20)\d{2}(?![\w/%]|[.,/-]\d|[ ]*[-–][ ]*\d)")
# What goes on a name up to that year: words and short names in brackets, no punctuation that ends it.
_NAME_GOES_ON = re.compile(r"(?:[^,;.:!?\n()“”\"]|\([^()\n]*\))*")
# "năm" after a word of a name written with a capital or a digit, or after a closing bracket or quote ("… Hà Nội
# năm 2017", "(World Mobile Broadband & ICT) năm 2021", "“Tết sum vầy” năm 2019").
_NAMED_BEFORE_YEAR = re.compile(rf"(?:(?<!\w)[^\W_]*[{UPPER[1:-1]}\d][^\W_]*|[)”\"])[ ]+(?:năm[ ]+)?$")
# "vào tháng trước", "hồi tháng trước", "Tháng trước, …": the month before publication (NOTES.md item 35); not
# "2 tháng trước" (a count of months) nor "trong tháng trước" (a period)
# Scanned over every article: the lookahead for its first letter lets the engine skip every other position
# before trying the four look behinds.
_MONTH_BEFORE = re.compile(r"(?=[Tt])(?:(?<=vào )|(?<=hồi )|(?<=\. )|(?<=\n)|^)tháng trước(?!\w)", re.IGNORECASE | re.MULTILINE)
_ISO_DAY = re.compile(r"(\d{4}|XXXX)-(\d{2})-(\d{2})")
# A sentence that gives nothing but a day, perhaps after a dateline's place or before the place ("Chiều ngày
# 12/6/2022.", "Hà Nội, ngày 25/7/2017.", "Ngày 25/7, tại thành phố Hà Tĩnh."): the day of what follows
_DATELINE_BEFORE = re.compile(rf"(?:{PROPER_NAME}[ ]*,[ ]*)?(?:[\W_]|(?:ngày|vào|sáng|chiều|tối|trưa|đêm|hôm)(?!\w))*",
                              re.IGNORECASE)
_DATELINE_AFTER = re.compile(r"[\W_]*(?:(?:tại|ở)[ ]+[^\W\d_][^,;:!?\n]{0,60}?)?[\W_]*")
_DATELINE_LENGTH = 120


@lru_cache(maxsize=1)
def _month_next() -> re.Pattern[str]:
    """What closes a month or a year opening a clause: its comma, perhaps after a word that keeps it
    (models/meetings/time_tails.tsv: "Tháng 3 vừa qua, …")."""
    return re.compile(rf"(?:[ ]+(?:{alternation(read_words('meetings/time_tails.tsv'))}))?[ ]*,", re.IGNORECASE)


@dataclass(frozen=True)
class Day:
    """A day (or a run of days) that can date a meeting, where the text gives it."""

    start: int
    end: int
    value: str  # "2021-09-29", "XXXX-02-09/XXXX-02-10"
    stated: bool = False  # a run the text says a meeting lasts ("trong 2 ngày 5-6/12", "bế mạc … sau 3 ngày làm việc")


def _parts(value: str) -> tuple[str, int, int] | None:
    match = _ISO_DAY.fullmatch(value)
    return (match.group(1), int(match.group(2)), int(match.group(3))) if match else None


def _days_apart(first: str, last: str) -> int | None:
    a, b = _parts(first), _parts(last)
    if a is None or b is None:
        return None
    year_a = int(a[0]) if a[0] != UNKNOWN_YEAR else 2000
    year_b = int(b[0]) if b[0] != UNKNOWN_YEAR else year_a
    try:
        return (date(year_b, b[1], b[2]) - date(year_a, a[1], a[2])).days
    except ValueError:
        return None


# Days a meeting may start after the publication date and still be reported held: archives
# often date a page by when it was created ("…-20210416….htm" for a working session "sáng 19/4").
_PUBLISHED_SLACK = 3
# The longest run of days a sentence naming a meeting may give as its length (a session of the National Assembly
# lasts about three weeks); a longer one is a period the meeting plans or reviews ("kế hoạch từ 7/8 đến 31/12").
_LONGEST_MEETING_DAYS = 24


def starts_after(value: str | None, published: str | None) -> bool:
    """Whether a meeting's date begins well after the article was published: such a meeting
    is announced, not reported held. A date of unknown year never does."""
    day = parse_published(published)
    if not value or day is None or value.startswith(UNKNOWN_YEAR):
        return False
    first = value.partition("/")[0]
    if _MONTH.fullmatch(first):
        return first > (day + timedelta(days=_PUBLISHED_SLACK)).isoformat()[:7]
    if _YEAR.fullmatch(first):  # "lễ trao giải MAMA 2024" on a page of 2023: the edition ahead
        return first > (day + timedelta(days=_PUBLISHED_SLACK)).isoformat()[:4]
    return len(first) == 10 and first > (day + timedelta(days=_PUBLISHED_SLACK)).isoformat()


def is_month(value: str | None) -> bool:
    return bool(value) and _MONTH.fullmatch(value) is not None


def is_year(value: str | None) -> bool:
    return bool(value) and _YEAR.fullmatch(value) is not None


def is_day(value: str | None) -> bool:
    """A single day or a short run of days: what can date a meeting."""
    if not value:
        return False
    if "/" in value:
        first, _, last = value.partition("/")
        apart = _days_apart(first, last)
        return apart is not None and 0 < apart <= _MAX_MEETING_DAYS
    return _parts(value) is not None


@lru_cache(maxsize=1)
def _holiday_before() -> re.Pattern[str]:
    """A holiday or an anniversary named right before a day ("kỷ niệm …", "Quốc khánh 2/9", "Ngày Quốc tế Phụ nữ
    8/3", "Tết"): the occasion words of models/dates/cues.tsv, but for those that also name a meeting ("lễ")."""
    meeting_words = {fold_for_matching(word) for word in lexicon.kinds()[1]}
    words = [r["word"] for r in read_table("dates/cues.tsv")
             if "occasion" in r["kind"].split(",") and fold_for_matching(r["word"]) not in meeting_words]
    return re.compile(rf"(?:(?<!\w)(?:{alternation(words)})(?!\w)|Ngày[ ]+(?!\d)\w+|Tết)[^,;.:!?\n\d]{{0,60}}[ (]*\Z")


def _usable(text: str, fact: DateFact) -> bool:
    if not is_day(fact.value):
        return False
    before = text[max(0, fact.start - 70):fact.start]
    if _LIMIT_BEFORE.search(before[-20:]) and "/" not in fact.value:
        return False
    if "/" not in fact.value and _LIMIT_IN_TEXT.match(fact.text):
        return False
    if _NUMBERED_BEFORE.search(before):
        return False  # "Quyết định số 12/QĐ-TLĐ ngày 3/5/2016": the document's day
    holiday = _holiday_before().search(before)
    # "… Tết sum vầy do Tổng LĐLĐ tổ chức ngày 6/1": a verb between, the day is the occasion's; so is a day with a part
    # of the day ("lễ kỷ niệm Ngày Thầy thuốc Việt Nam sáng 27/2"): a holiday's day is written bare
    return holiday is None or _OCCASION_VERB.search(holiday.group()) is not None \
        or _day_part_opening().match(fact.text) is not None


@lru_cache(maxsize=1)
def _day_part_opening() -> re.Pattern[str]:
    """A part of the day opening a date's text ("sáng 12/7"; day_parts.tsv): the time of an occasion."""
    return re.compile(rf"(?:{alternation(read_words('meetings/day_parts.tsv'))})(?!\w)", re.IGNORECASE)


def _year_for(month: int, day: int, published: date | None) -> str:
    if published is None:
        return UNKNOWN_YEAR
    try:
        candidate = date(published.year, month, day)
    except ValueError:
        return UNKNOWN_YEAR
    return str(published.year - 1 if (candidate - published).days > 300 else published.year)


def _coordinated(text: str, facts: list[DateFact], published: date | None) -> list[Day]:
    """Runs of days joined before one month, read from the text; they replace the one day
    the dates component may have read from their last part."""
    found = []
    for match in _COORDINATED.finditer(text):
        first, last, month = int(match.group("first")), int(match.group("last")), int(match.group("month"))
        joined = text[match.end("first"):match.start("last")]
        if not 1 <= first < last <= 31 or not 1 <= month <= 12 or last - first > _MAX_MEETING_DAYS:
            continue
        if "-" in joined or "–" in joined or "," in joined:  # "9-10/6" is a run of days only after "ngày"
            if not _DAY_WORD_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
                continue
        year = match.group("year")
        if year is None:
            inner = next((f for f in facts if match.start("last") <= f.start < match.end() and _parts(f.value)), None)
            year = _parts(inner.value)[0] if inner else _year_for(month, last, published)
        if last > calendar.monthrange(int(year) if year != UNKNOWN_YEAR else 2000, month)[1]:
            continue
        value = f"{year}-{month:02d}-{first:02d}/{year}-{month:02d}-{last:02d}"
        found.append(Day(match.start(), match.end(), value))
    return found


# A day and month alone in brackets, as a meeting's day is written after its name ("… hội nghị lần thứ 2 (17/3) …");
# with a slash only: a hyphen writes scores, a dot amounts.
_BRACKETED_DAY = re.compile(r"\([ ]*(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}))?[ ]*\)")


def _bracketed(text: str, facts: list[DateFact], published: date | None) -> list[Day]:
    """Days written alone in brackets that the dates component leaves out (a bare "17/3" may be a ratio)."""
    found = []
    for match in _BRACKETED_DAY.finditer(text):
        if any(f.start < match.end() and match.start() < f.end for f in facts):
            continue
        day, month = int(match.group("day")), int(match.group("month"))
        year = match.group("year") or _year_for(month, day, published)
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(int(year) if year != UNKNOWN_YEAR else 2000,
                                                                          month)[1]:
            continue
        found.append(Day(match.start("day"), match.end(), f"{year}-{month:02d}-{day:02d}"))
    return found


@lru_cache(maxsize=1)
def _count_words() -> dict[str, int]:
    """Number words that alone count days ("hai ngày", "ba ngày"; models/numbers/number_words.tsv)."""
    return {row["word"]: int(row["value"]) for row in read_table("numbers/number_words.tsv")
            if row["standalone"] == "1" and row["role"] == "digit"}


# How long a meeting lasts, written before its first day ("diễn ra trong 3 ngày, từ 6/6", "Trong hai ngày (từ ngày
# 6/6)") or after it in its clause ("khai mạc sáng 12/7 và sẽ diễn ra trong 3 ngày"), or before or after its last day
# ("Chiều 14/7, sau 3 ngày làm việc, Kỳ họp … bế mạc"); the last day written after the first ("khai mạc sáng 5/5 và
# kéo dài đến ngày 10/5", "khai mạc sáng 12/7 và bế mạc chiều 13/7").
_COUNT = r"(?P<count>\d{1,2}|\w+)[ ]+ngày(?:[ ]+làm việc)?"
# Within one sentence, no day between: a number that is no day may stand there, as in the meeting's name ("Chiều 5/12,
# Hội nghị lần thứ 8 … bế mạc sau hai ngày làm việc").
_NO_DAY = r"(?:[^.;:!?\n\d]|\d+(?![\d/-]))"
_LENGTH_BEFORE = re.compile(rf"(?:trong|kéo dài|diễn ra)[ ]+{_COUNT}[ ]*[,(]?[ ]*(?:bắt đầu[ ]+)?từ[ ]+(?:ngày[ ]+)?$",
                            re.IGNORECASE)
_LENGTH_AFTER = re.compile(rf"{_NO_DAY}{{0,80}}?(?<!\w)(?:diễn ra|kéo dài|làm việc)[ ]+(?:trong[ ]+)?{_COUNT}(?!\w)",
                           re.IGNORECASE)
_CLOSING_AFTER = re.compile(rf"{_NO_DAY}{{0,80}}?(?<!\w)sau[ ]+{_COUNT}(?!\w)", re.IGNORECASE)
_CLOSING_BEFORE = re.compile(rf"(?<!\w)sau[ ]+{_COUNT}[ ]*,?{_NO_DAY}{{0,80}}$", re.IGNORECASE)
_LAST_DAY_BETWEEN = re.compile(rf"{_NO_DAY}{{0,60}}?(?<!\w)(?:kéo dài|diễn ra|làm việc)[ ]+(?:đến|tới)[ ]+(?:hết[ ]+)?"
                               r"(?:ngày[ ]+)?", re.IGNORECASE)
_CLOSES = r"bế mạc|kết thúc|khép lại"  # the verbs a meeting closes with
_CLOSING = re.compile(rf"(?<!\w)(?:{_CLOSES})(?!\w)", re.IGNORECASE)
# Its last day said by the close after its first ("khai mạc sáng 12/7 và bế mạc chiều 13/7").
_CLOSING_BETWEEN = re.compile(rf"{_NO_DAY}{{0,60}}?(?<!\w)(?:{_CLOSES})(?!\w){_NO_DAY}{{0,20}}", re.IGNORECASE)


# Its sessions, before "làm việc" ("Đại hội sẽ tiếp tục các phiên làm việc đến hết ngày 30-6").
_SESSIONS = r"(?:(?:các[ ]+)?phiên[ ]+)?"


# Said of a meeting right after its name in a later sentence ("Kỳ họp sẽ diễn ra trong 3 ngày", "Kỳ họp diễn ra đến
# hết ngày 14/7"): how long the meeting dated by its first day lasts.
_LASTS_AFTER_NAME = re.compile(
    rf"[ ]*(?:(?:sẽ|đã|được|dự kiến|chính thức|tiếp tục)[ ]+)*(?:diễn ra|kéo dài|{_SESSIONS}làm việc)[ ]+"
    rf"(?:(?:trong[ ]+)?{_COUNT}(?!\w)|(?P<until>(?:đến|tới)[ ]+(?:hết[ ]+)?))", re.IGNORECASE)


# Said of a meeting right after its name on a later day: it closes or goes on ("Đại hội bế mạc", "Kỳ họp sẽ bế mạc
# vào ngày 14/7", "Đại hội tiếp tục làm việc", "Hội nghị bước vào ngày làm việc thứ hai").
_GOES_ON_AFTER_NAME = re.compile(rf"[ ]*(?:(?:đã|đang|sẽ|chính thức|tiếp tục)[ ]+)*(?:{_CLOSES}|{_SESSIONS}làm việc|"
                                 rf"bước vào ngày làm việc)(?!\w)", re.IGNORECASE)


# Between a meeting's name and a run of days, its own verb and how long it lasts ("Lễ hội X diễn ra trong 2 ngày
# 5-6/12", "… diễn ra từ ngày 5 đến 6/12", "… bế mạc hôm 5/12 sau ba ngày làm việc"): the run is the meeting's
# whatever its kind.
_OWN_RUN_BEFORE = re.compile(rf"[ ]*(?:(?:đã|được|sẽ|vừa|chính thức)[ ]+)*(?:diễn ra|kéo dài|tổ chức|{_CLOSES})[ ]+"
                             r"(?:trong[ ]+(?:(?:\d{1,2}|\w+)[ ]+)?)?(?:ngày(?:[ ]+làm việc)?[ ]+)?(?:(?:vào|từ|hôm)[ ]+)?"
                             r"(?:ngày[ ]+)?", re.IGNORECASE)


# How long, right before a run of days or opening it: the run is a meeting's stated length ("Trong 2 ngày (5-6/12), Lễ
# hội X đã diễn ra", "Trong hai ngày 5 và 6/12"; not "Trong các ngày 23-29/4", a period), which dates a meeting of any
# kind (``Day.stated``).
@lru_cache(maxsize=1)
def _stated_length() -> re.Pattern[str]:
    counts = rf"\d{{1,2}}|{alternation(_count_words())}"
    return re.compile(rf"(?<!\w)(?:trong|kéo dài|diễn ra)[ ]+(?:{counts})[ ]+ngày(?:[ ]+làm việc)?[ ]*[(,]?[ ]*"
                      r"(?:(?:từ[ ]+)?ngày[ ]+)?(?=\d)", re.IGNORECASE)


# A day counted from the one just reported ("Trước đó 1 ngày", "hai ngày sau đó"): before (-) or after (+) it.
# "đó" may be left out before the comma that closes the count ("Một ngày sau, …").
_OFFSET = re.compile(rf"(?<!\w)(?:(?P<way>trước|sau)[ ]+đó[ ]+{_COUNT}|{_COUNT.replace('count', 'count2')}[ ]+"
                     rf"(?P<way2>trước|sau)(?:[ ]+đó|(?=[ ]*,)))(?!\w)", re.IGNORECASE)
_MAX_OFFSET_DAYS = 7


def offset_day(text: str, low: int, high: int, value: str | None) -> str | None:
    """The day a sentence in [low, high) counts from the day ``value`` just reported ("Trước đó 1 ngày, đoàn … làm lễ
    đón nhận …" the day before), if it counts one."""
    match = _OFFSET.search(text, low, high)
    parts = _parts(value) if value and "/" not in value else None
    if match is None or parts is None:
        return None
    count = match.group("count") or match.group("count2")
    days = int(count) if count.isdigit() else _count_words().get(count.lower(), 1 if count.lower() == "một" else None)
    if days is None or not 1 <= days <= _MAX_OFFSET_DAYS:
        return None
    year, month, day = parts
    try:
        shifted = _stand_in(year, month, day) + timedelta(days=days if (match.group("way") or match.group("way2"))
                                                          .lower() == "sau" else -days)
    except ValueError:
        return None
    shown = str(shifted.year) if year != UNKNOWN_YEAR else UNKNOWN_YEAR
    return f"{shown}-{shifted.month:02d}-{shifted.day:02d}"


def _stand_in(year: str, month: int, day: int) -> date:
    """The day in its year, or in a common year when the year is unknown (a run of days across the end of February
    is then read as most years have it). Raises ValueError for a day the year does not have."""
    return date(int(year) if year != UNKNOWN_YEAR else _COMMON_YEAR, month, day)


def _nearest_year(month: int, day: int, low: date, high: date) -> int | None:
    """The year that puts the day ``month``/``day`` within ``_TIED_DAYS`` of the run of days [low, high] (a run's
    later end first: "(11/6/1948 - 11/6/2017)" dates "sáng 10/6" in 2017), if one does."""
    for year in (high.year, high.year - 1, high.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (low - candidate).days <= _TIED_DAYS and (candidate - high).days <= _TIED_DAYS:
            return year
    return None


def _days_of(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    count = match.group("count")
    days = int(count) if count.isdigit() else _count_words().get(count.lower())
    return days if days is not None and 2 <= days <= _MAX_MEETING_DAYS else None


def _lasting(text: str, facts: list[DateFact]) -> list[Day]:
    """Runs of days a meeting lasts, from one day and how long it lasts or its last day (see the patterns above)."""
    found = []
    singles = [f for f in facts if "/" not in f.value and _parts(f.value)]
    for index, fact in enumerate(singles):
        year, month, day = _parts(fact.value)
        try:
            point = _stand_in(year, month, day)
        except ValueError:
            continue
        following = singles[index + 1] if index + 1 < len(singles) else None
        limit = following.start if following is not None else len(text)
        before = text[max(0, fact.start - 60):fact.start]
        after = _LENGTH_AFTER.match(text, fact.end, limit)
        lasts = _days_of(_LENGTH_BEFORE.search(before)) or _days_of(after)
        if lasts:
            # stated of the meeting the day is of, not of what a later clause reports ("Sáng 12/7, Bộ trưởng tiếp Đoàn
            # …, sau đó Đoàn làm việc 3 ngày")
            stated = after is None or "," not in text[fact.end:after.start("count")]
            found.append(Day(fact.start, fact.end, _span(year, point, point + timedelta(days=lasts - 1)), stated))
            continue
        closing = _CLOSING.search(text, max(0, fact.start - 100), min(limit, fact.end + 100))
        lasted = _days_of(_CLOSING_AFTER.match(text, fact.end, limit)) or _days_of(_CLOSING_BEFORE.search(before))
        if closing and lasted:
            found.append(Day(fact.start, fact.end, _span(year, point - timedelta(days=lasted - 1), point), True))
            continue
        if following is not None and (_LAST_DAY_BETWEEN.fullmatch(text, fact.end, following.start)
                                      or _CLOSING_BETWEEN.fullmatch(text, fact.end, following.start)):
            run = _until((year, month, day), _parts(following.value))
            if run is not None:
                found.append(Day(fact.start, following.end, run, True))
    return found


def _until(first: tuple[str, int, int], last: tuple[str, int, int] | None) -> str | None:
    """The run of days from ``first`` to ``last`` (year, month, day) of the same month, if it is a meeting's."""
    year, month, day = first
    if last is None or last[1] != month or not day < last[2] <= day + _MAX_MEETING_DAYS \
            or UNKNOWN_YEAR not in (year, last[0]) and last[0] != year:
        return None
    known = year if year != UNKNOWN_YEAR else last[0]
    return f"{known}-{month:02d}-{day:02d}/{known}-{month:02d}-{last[2]:02d}"


def _span(year: str, first: date, last: date) -> str:
    """ISO run of days; ``year`` XXXX keeps both ends unknown (the dates were computed in a stand-in year)."""
    if year == UNKNOWN_YEAR:
        return f"{UNKNOWN_YEAR}-{first:%m-%d}/{UNKNOWN_YEAR}-{last:%m-%d}"
    return f"{first:%Y-%m-%d}/{last:%Y-%m-%d}"


@lru_cache(maxsize=256)
def _parser(base: date):
    """A dateparser parser relative to ``base`` (built once per base day in a process)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["vi"], settings={
        "RELATIVE_BASE": datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past"})


_CLOSED = re.compile(r"\s*[,.;:()]")


def resolve_relative(span: str, published: date, closed: bool = True) -> str | None:
    """The day a relative span means ("chiều qua" → the day before ``published``), ISO, or None; ``closed``:
    punctuation follows the span in its text."""
    pattern, meanings = lexicon.relative_days()
    match = pattern.fullmatch(" ".join(span.split()))
    if match is None:
        return None
    meaning = meanings.get(fold_for_matching(match.group("day")))
    if meaning is None or not (meaning.alone or match.group("part")) or meaning.closing and not closed:
        return None
    base = published - timedelta(days=published.weekday()) if meaning.base == "week_start" \
        else published + timedelta(days=meaning.base == "day_after")
    parsed = _parser(base).get_date_data(meaning.phrase)
    if parsed is None or parsed.date_obj is None:
        return None
    day = parsed.date_obj.date()
    if meaning.span == "weekend":
        return f"{day - timedelta(days=1):%Y-%m-%d}/{day:%Y-%m-%d}"
    return f"{day:%Y-%m-%d}"


_QUOTE_REACH = 2_000  # characters back to a quoted paragraph's start


def _inside_quote(text: str, position: int) -> bool:
    """Whether ``position`` is inside a quotation that opens its paragraph and has not closed before it ("“Hy vọng
    cuộc gặp của chúng ta ngày hôm nay …”, Bộ trưởng X nói"): a relative day there counts from the day the words
    were said, which the text may not give. Not a quoted name inside a sentence of the reporter's ("Hội nghị
    "Triển khai …" do Bộ tổ chức sáng nay")."""
    opened = text.rfind("\n", max(0, position - _QUOTE_REACH), position)
    if opened < 0 and position > _QUOTE_REACH:
        return False  # a paragraph too long to be one quotation (and scanning it for every day would be quadratic)
    line = text[opened + 1:position].lstrip()
    if line[:1] == "“":
        return "”" not in line
    return line[:1] == '"' and line.count('"') % 2 == 1


def _relative(text: str, published: date | None, taken: list[Day]) -> list[Day]:
    if published is None:
        return []  # NOTES.md item 35: without a publication date the day is unknown
    pattern, _ = lexicon.relative_days()
    starts = [d.start for d in taken]
    found = []
    match = pattern.search(text)
    while match is not None:
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and taken[index].end > match.start():
            match = pattern.search(text, match.end())  # "Chiều nay (21/6)": the dates component read the day already
            continue
        if _inside_quote(text, match.start()):
            match = pattern.search(text, match.end())  # "“… cuộc gặp của chúng ta ngày hôm nay …”": the speaker's day
            continue
        value = resolve_relative(match.group(), published, _CLOSED.match(text, match.end()) is not None)
        if value:
            found.append(Day(match.start(), match.end(), value))
            match = pattern.search(text, match.end())
        else:  # a form that means no day may begin a longer one that does ("hôm thứ Sáu vừa qua")
            match = pattern.search(text, match.start("day") + 1)
    return found


class Dating:
    """The days of an article that can date a meeting, looked up by position."""

    def __init__(self, layout: Layout, facts: list[DateFact], published: str | None) -> None:
        self.layout = layout
        self.published = published
        text = layout.text
        published_day = parse_published(published)
        runs = [f for f in facts if "/" in f.value]
        coordinated = [d for d in _coordinated(text, facts, published_day)
                       if not any(f.start <= d.start and d.end <= f.end for f in runs)]
        covered = [(d.start, d.end) for d in coordinated]
        days = list(coordinated) + _lasting(text, facts) + _bracketed(text, facts, published_day)
        for fact in facts:
            if any(start <= fact.start < end for start, end in covered) or not _usable(text, fact):
                continue
            days.append(Day(fact.start, fact.end, fact.value,
                            "/" in fact.value and _stated_length().search(text, max(0, fact.start - 30), fact.end) is not None))
        days.sort(key=lambda d: d.start)
        days += _relative(text, published_day, days)
        # a run of days a meeting lasts comes before the day it was read from: it wins when both are as near
        self.days = sorted(days, key=lambda d: (d.start, "/" not in d.value))
        self._starts = [d.start for d in self.days]
        # months that can date a meeting held over one, or named only by its month (NOTES.md: "2014-03")
        months = [Day(f.start, f.end, f.value) for f in facts if _MONTH.fullmatch(f.value)]
        # a year a clause opens with dates the meeting it reports as a month does ("Năm 2016, Công đoàn … tổ chức
        # Đại hội"; NOTES.md items 22 and 23: a year the text gives the occasion itself)
        self.years = [Day(f.start, f.end, f.value) for f in facts if is_year(f.value)]
        if published_day is not None:
            before = published_day.replace(day=1) - timedelta(days=1)
            months += [Day(m.start(), m.end(), f"{before.year:04d}-{before.month:02d}")
                       for m in _MONTH_BEFORE.finditer(text)]
        self.months = sorted(months, key=lambda d: d.start)
        self._month_starts = [d.start for d in self.months]

    def lasting(self, value: str | None, ends: list[int]) -> str | None:
        """``value``, a meeting's first day, made the run of days the meeting lasts when one of its mentions (ending
        at ``ends``) says how long or until when, right after its name ("Sáng 12/7, Kỳ họp … khai mạc. Kỳ họp sẽ diễn
        ra trong 3 ngày." → the 12th to the 14th; "Chiều 14/7, Kỳ họp … bế mạc. Kỳ họp đã diễn ra trong 3 ngày." →
        the 12th to the 14th)."""
        first = _parts(value) if value else None
        if first is None or first[1:] == (2, 29):
            return value
        year, month, day = first
        text = self.layout.text
        for end in ends:
            match = _LASTS_AFTER_NAME.match(text, end)
            if match is None:
                continue
            if match.group("until") is not None:
                after = self.layout.dates.within(match.end(), match.end() + 12)
                run = _until(first, _parts(after[0].value) if after else None)
                if run is not None:
                    return run
                continue
            lasts = _days_of(match)
            if lasts:
                point = _stand_in(year, month, day)
                if _CLOSING.search(text, *self.layout.sentence_span(self.layout.sentence_of(ends[0]))):
                    return _span(year, point - timedelta(days=lasts - 1), point)  # the day it closed, reported first
                return _span(year, point, point + timedelta(days=lasts - 1))
        return value

    def closing(self, value: str | None, ends: list[int]) -> str | None:
        """``value``, a meeting's first day, made the run of days up to a later day on which a later mention of it
        (ending at ``ends``) says it closes or goes on ("Sáng 12/7, Đại hội … khai mạc. … Chiều 13/7, Đại hội bế
        mạc" → the 12th and 13th; "Kỳ họp sẽ bế mạc vào ngày 14/7"; "Chiều 13/7, Đại hội tiếp tục làm việc"):
        NOTES.md item 31, a meeting held over several days has the span."""
        first = _parts(value) if value and "/" not in value else None
        if first is None:
            return value
        text = self.layout.text
        run = None
        for end in ends:
            if not _GOES_ON_AFTER_NAME.match(text, end):
                continue
            for day in self.within(*self.layout.sentence_span(self.layout.sentence_of(end))):
                if "/" not in day.value:
                    run = _until(first, _parts(day.value)) or run
        return run or value

    def spanning(self, value: str | None, starts: list[int], stated_only: bool = False) -> str | None:
        """``value``, a meeting's day, made the run of days a sentence naming the meeting (at ``starts``)
        gives around that day, whatever its tense ("Chiều 22/6, Hội nghị … khai mạc. Trong hai ngày làm việc 22-23/6,
        chương trình của Hội nghị sẽ …" → the 22nd and 23rd; "Sáng 30/6, tại phiên bế mạc Đại hội … Đại hội diễn ra
        từ ngày 28 đến 30/6" → the 28th to the 30th; NOTES.md item 31): a run holding the meeting's day is how long
        it lasts. ``stated_only``: only a run the text says the meeting lasts (``Day.stated``), for a kind of meeting
        that lasts one day unless the text says otherwise."""
        first = _parts(value) if value else None
        if first is None:
            return value
        sentences = dict.fromkeys(self.layout.sentence_of(start) for start in starts)  # each once: a meeting named
        # over and over in one long sentence would scan its days as many times
        for sentence in sentences:
            for day in self.within(*self.layout.sentence_span(sentence)):
                if stated_only and not day.stated or "/" not in day.value:
                    continue
                opening, _, closing = day.value.partition("/")
                head, tail = _parts(opening), _parts(closing)
                if head is None or tail is None or not head[1:] <= first[1:] <= tail[1:] \
                        or UNKNOWN_YEAR not in (head[0], first[0]) and head[0] != first[0]:
                    continue
                if not 0 < (_days_apart(opening, closing) or 0) <= _LONGEST_MEETING_DAYS:
                    continue
                if first[0] == UNKNOWN_YEAR:
                    return day.value
                return f"{opening.replace(UNKNOWN_YEAR, first[0])}/{closing.replace(UNKNOWN_YEAR, first[0])}"
        return value

    def with_year(self, value: str | None, starts: list[int]) -> str | None:
        """``value``, a meeting's day or run of days of unknown year, in the year of a full day or run of days that a
        sentence of one of its mentions (at ``starts``), or the sentence after that speaks of the same occasion
        ("Đây là hoạt động …", occasion_pronouns.tsv), gives within a month of it (NOTES.md item 22: a stated year
        tied to the same occasion: "Sáng 30/5, Bộ tổ chức Lễ phát động … Lễ phát động là một trong các sự kiện của
        Tháng hành động, từ ngày 1/6 đến 30/6/2017"); a run's last day ("(11/6/1948 - 11/6/2017)"); not a document's
        day ("Quyết định số 12 ngày 3/5/2016"), a birth or a founding, a limit, and never a year alone, a month, a term
        or a period of years (what the meeting reviews or plans)."""
        if not value or not value.startswith(UNKNOWN_YEAR):
            return value
        first = _parts(value.partition("/")[0])
        if first is None or first[1:] == (2, 29):
            return value
        layout, text = self.layout, self.layout.text
        sentences = {layout.sentence_of(start) for start in starts}
        pronouns = lexicon.words_anywhere("occasion_pronouns")
        sentences |= {sentence + 1 for sentence in sentences if sentence + 1 < len(layout.starts)
                      and pronouns.match(text, layout.sentence_span(sentence + 1)[0])}  # "Đây là hoạt động …"
        years = set()
        for sentence in sorted(sentences):
            low, high = layout.sentence_span(sentence)
            for fact in layout.dates.within(low, high):
                before = max(low, fact.start - _DOCUMENT_REACH)
                if lexicon.documents().search(text, before, fact.start) or _NUMBERED_BEFORE.search(text, before, fact.start) \
                        or "/" not in fact.value and _ORIGIN_BEFORE.search(text, before, fact.start) \
                        or "/" not in fact.value and _LIMIT_BEFORE.search(text, max(low, fact.start - 20), fact.start):
                    continue  # nor a limit ("nghỉ hưu từ ngày 1/7/2017"); a period is ("từ ngày 1/6 đến 30/6/2017")
                points = [_parts(value) for value in fact.value.split("/")]
                if None in points or any(point[0] == UNKNOWN_YEAR for point in points):
                    continue
                low_day, high_day = (date(int(p[0]), p[1], p[2]) for p in (points[0], points[-1]))
                year = _nearest_year(first[1], first[2], low_day, high_day)
                if year is not None:
                    years.add(year)
        if not years:
            return value
        year = str(max(years))
        return value.replace(UNKNOWN_YEAR, year)

    def edition_year(self, value: str | None, spans: list[tuple[int, int]]) -> str | None:
        """``value``, a meeting's day or run of days of unknown year, in the year one of its names (at ``spans``)
        gives as the edition the meeting is of (``edition``); a meeting with no date at all takes that year alone
        ("Tọa đàm về tiền lương … tỉnh Hưng Yên năm 2016" → 2016, as "Lễ trao giải Grammy 2014")."""
        if value is None:
            return self.edition(spans)
        if not value.startswith(UNKNOWN_YEAR):
            return value
        first = _parts(value.partition("/")[0])
        if first is None or first[1:] == (2, 29):
            return value
        year = self.edition(spans)
        return value.replace(UNKNOWN_YEAR, year) if year else value

    def edition(self, spans: list[tuple[int, int]]) -> str | None:
        """The year one of a meeting's names (at ``spans``) gives as the edition the meeting is of: after an edition
        word ("Đại hội đồng cổ đông (ĐHĐCĐ) thường niên năm 2021"), after "năm" right after a word written with a
        capital, a digit, a closing bracket or quote ("Hội nghị đối thoại … Hà Nội năm 2017", "Hội thảo X (World
        Mobile Broadband) năm 2021") or bare after such a word ("Lễ trao giải BAFTA 2021"); not a year the meeting
        reviews or plans ("Hội nghị tổng kết công tác năm 2016", "lương tối thiểu vùng năm 2018", edition_words.tsv),
        nor a document's, nor a year before one its sentences give (a fiscal year). Only a name with no punctuation
        between it and the year."""
        text = self.layout.text
        edition, reviews = lexicon.edition_words()
        for start, end in spans:
            # a bare year in a name is no date fact ("thường niên 2021"): read from the text
            for year in _YEAR_IN_NAME.finditer(text, start + 1, min(len(text), end + _EDITION_REACH)):
                if not _NAME_GOES_ON.fullmatch(text, min(end, year.start()), year.start()):
                    break
                before = text[max(start, year.start() - 30):year.start()]
                if not (edition.search(before) or _NAMED_BEFORE_YEAR.search(before)) \
                        or reviews.search(text, start, year.start()) or lexicon.documents().search(text, start, year.start()):
                    continue
                if self._plans_later(year.group(), spans):
                    return None  # "ĐHĐCĐ thường niên năm 2016 … thông qua kế hoạch kinh doanh năm 2017": a fiscal year
                return year.group()
        return None

    def page_edition(self, value: str | None, spans: list[tuple[int, int]]) -> bool:
        """Whether ``value``, a meeting's year alone, is the edition one of its names (at ``spans``) gives and the year
        of the article's publication: "ĐHĐCĐ thường niên 2021" on a page of 2021 is this year's meeting, and the text
        gives no time for it (NOTES.md item 31: the year of a meeting comes from a date given for the meeting itself;
        the study gold leaves such a meeting undated). A past edition ("Hội nghị thượng đỉnh G7 2019" on a page of
        2020) and an undated page's edition keep their year."""
        published = parse_published(self.published)
        if not is_year(value) or published is None or value != str(published.year):
            return False
        if self.edition(spans) == value:
            return True
        text = self.layout.text
        return any(start < year.start and year.end <= end and year.value == value
                   and _YEAR.fullmatch(text, year.start, year.end)
                   and _EDITION_BEFORE.search(text, max(start, year.start - 30), year.start) is not None
                   for start, end in spans for year in self.years)

    def _plans_later(self, year: str, spans: list[tuple[int, int]]) -> bool:
        """Whether a sentence naming the meeting (at ``spans``) gives a year after ``year``: the meeting plans it, so
        the year its name gives is the one it reviews (a fiscal year), held the next."""
        sentences = {self.layout.sentence_of(start) for start, _ in spans}
        return any(self.layout.sentence_of(fact.start) in sentences and fact.value > year for fact in self.years)

    def _month_or_year(self, start: int, end: int) -> str | None:
        """The month of a meeting its clause opens with ("Tháng 3/2014, Hội X tổ chức Hội nghị …") or that follows
        its name in brackets or after "vào" ("Hội nghị lần thứ 7 … (tháng 5/2013)", "cuộc đàm phán vào tháng
        trước"), else the year its clause opens with ("Cuối năm 2019, trường đã tổ chức hội thảo …"); not a month
        or a year the meeting reviews or plans ("tổng kết công tác tháng 5", "kế hoạch tháng 6")."""
        text = self.layout.text
        low, high = self.layout.clause_span(start)
        index = bisect.bisect_left(self._month_starts, low)
        for month in self.months[index:]:
            if month.start >= high:
                break
            if month.end <= start and _OPENS_CLAUSE.fullmatch(text, low, month.start) \
                    and _month_next().match(text, month.end):
                return month.value
            if month.start >= end and (_IN_BRACKETS_AFTER.fullmatch(text, end, month.start)
                                       or _OWN_CLAUSE_BEFORE_MONTH.fullmatch(text, end, month.start)):
                return month.value
        for year in self.years:  # few per article
            if low <= year.start and year.end <= start and _OPENS_CLAUSE.fullmatch(text, low, year.start) \
                    and _month_next().match(text, year.end):
                return year.value  # "Năm 2016, Công đoàn … tổ chức Đại hội …"
            if end <= year.start < high and _OWN_CLAUSE_OR_TIME_BEFORE_YEAR.fullmatch(text, end, year.start):
                return year.value  # "Hội thảo X do Khoa Y tổ chức vào giữa năm 2019"
        for year in self.years:
            if start < year.start and year.end <= end and _YEAR.fullmatch(text, year.start, year.end) \
                    and _EDITION_BEFORE.search(text, max(start, year.start - 30), year.start) \
                    and not lexicon.documents().search(text, start, year.start):
                return year.value  # "Tại lễ trao giải Grammy 2014, …": the edition its name gives
        return None

    def within(self, low: int, high: int) -> list[Day]:
        return self.days[bisect.bisect_left(self._starts, low):bisect.bisect_left(self._starts, high)]

    def named_day(self, end: int) -> str | None:
        """The day written right after a meeting's name ending at ``end`` ("tại kỳ họp ngày 23/4", "Hội nghị sáng
        5/6"): the meeting's own day, whatever verb its sentence reports."""
        index = bisect.bisect_left(self._starts, end)
        if index < len(self.days) and self.days[index].start - end <= _NAMED_DAY_GAP \
                and not self.layout.text[end:self.days[index].start].strip():
            return self.days[index].value
        return None

    def in_clause(self, position: int) -> bool:
        return bool(self.within(*self.layout.clause_span(position)))

    def in_sentence(self, position: int) -> bool:
        """Whether the sentence gives a day, or puts what it says on the day already reported ("cùng ngày") or on
        one counted from it ("Hai ngày sau, …")."""
        low, high = self.layout.sentence_window(position)
        return bool(self.within(low, high)) or lexicon.sequence_cues().search(self.layout.text, low, high) is not None \
            or _OFFSET.search(self.layout.text, low, high) is not None

    def last_before(self, position: int) -> Day | None:
        index = bisect.bisect_left(self._starts, position) - 1
        return self.days[index] if index >= 0 else None

    def for_mention(self, start: int, end: int, others: list[int], runs: bool = True,
                    after_only: bool = False, held_only: bool = False, placed: bool = False) -> str | None:
        """The day of the meeting named at [start, end): the nearest day in its clause, else in its
        sentence, with no other meeting named between them (``others``: starts of the other
        mentions), a day written as its own right after its name ("… diễn ra ngày 20/3", "… (ngày 20/3)") winning
        over a nearer one before it, another meeting's; else the day of a sentence that gives nothing but a date,
        right before. A run of days
        dates only a meeting that can last days (``runs``): talks held during a visit "từ ngày 8-11/7"
        are not dated by the visit's days. A frame (``after_only``: "trong khuôn khổ chuyến thăm …") takes only a
        day given after its name: the day before it is what happens inside it; a backdrop (``held_only``: "bên lề
        Hội nghị X") only a day its own verb gives ("diễn ra ngày 27/4"), every other being the side meeting's. A meeting
        the sentence is placed at or after (``placed``: "Tại buổi làm việc, …", "Sau buổi làm việc, …") takes no day
        written as ahead in a later phrase ("… công ty hứa tăng lương vào ngày 1/4 tới"): that is what is promised."""
        layout = self.layout
        phrase_high = layout.phrase_span(end)[1] if placed else len(layout.text)
        for low, high in (layout.clause_span(start), layout.sentence_window(start)):
            best = None
            for day in self.within(low, high):
                before = day.end <= start
                if not runs and "/" in day.value and not day.stated \
                        and (before or not _OWN_RUN_BEFORE.fullmatch(layout.text, end, day.start)):
                    continue
                if placed and day.start >= phrase_high and _AHEAD_AFTER.match(layout.text, day.end):
                    continue
                if before and said_before(layout.text, day.end, start) \
                        and lexicon.past_before().search(layout.text, max(0, start - _PAST_REACH), start):
                    continue  # "Chiều 8/2, ông A cho biết xã đã tổ chức họp kiểm điểm …": the day of the saying, the
                    # meeting said to have been held before it
                if before and after_only:
                    continue  # a frame's day is given after its name ("trong khuôn khổ Hội nghị X, diễn ra ngày 27/4")
                if held_only and (before or not (lexicon.own_day_before().fullmatch(layout.text, end, day.start)
                                                 or _held_by_before(layout.text, end, day.start))):
                    continue
                if not before and (day.start - end > _AFTER_REACH and not _held_by_before(layout.text, end, day.start)
                                   or lexicon.documents().search(layout.text, end, day.start)
                                   or said_before(layout.text, end, day.start)):
                    continue  # a day far after the name, after a document's or in what someone says is another thing's
                near, far = sorted((day.end, start) if before else (end, day.start))
                if bisect.bisect_right(others, near) < bisect.bisect_left(others, far):
                    continue  # another meeting is named between: the day is that one's
                distance = 2 * (far - near) + (0 if before else 1)
                if not before and lexicon.own_day_before().fullmatch(layout.text, end, day.start):
                    distance = -1  # "… và hội nghị lần thứ 2 diễn ra ngày 20/3": its own day, not the nearer one before
                if best is None or distance < best[0]:
                    best = (distance, day.value)
            if best is not None:
                return best[1]
        month = self._month_or_year(start, end)
        if month is not None:
            return month
        sentence = layout.sentence_of(start)
        if sentence > 0 and not after_only:
            low, high = layout.sentence_span(sentence - 1)
            days = [d for d in self.within(low, high) if runs or "/" not in d.value]
            if len(days) == 1 and high - low < _DATELINE_LENGTH \
                    and _DATELINE_BEFORE.fullmatch(layout.text, low, days[0].start) \
                    and _DATELINE_AFTER.fullmatch(layout.text, days[0].end, high) \
                    and not lexicon.cues()["held"].search(layout.text, days[0].end, high):  # no "tại X diễn ra Lễ …"
                return days[0].value  # "Chiều ngày 12/6/2022. Công đoàn … tổ chức Đại hội"
        return None

    def told_next(self, positions: list[int]) -> str | None:
        """The day the sentence right after one naming a meeting (at ``positions``) gives it when that sentence opens
        with a word for the occasion just reported and its verb of holding (occasion_pronouns.tsv: "… vừa tổ chức
        Hội nghị X. Sự kiện diễn ra sáng 5/12 …", "… Sự kiện diễn ra trong hai ngày 5 và 6/12"); not a day ahead
        ("Sự kiện sẽ diễn ra …")."""
        layout, text = self.layout, self.layout.text
        pronouns = lexicon.words_anywhere("occasion_pronouns")
        for sentence in sorted({layout.sentence_of(position) + 1 for position in positions}):
            if sentence >= len(layout.starts):
                continue
            low, high = layout.sentence_span(sentence)
            opener = pronouns.match(text, low)
            days = self.within(opener.end(), high) if opener else []
            if not days or not lexicon.cues()["held"].search(text, opener.end(), days[0].start) \
                    or lexicon.elsewhen_cues("ahead").search(text, opener.end(), days[0].start):
                continue
            if lexicon.own_day_before().fullmatch(text, opener.end(), days[0].start) \
                    or _OWN_RUN_BEFORE.fullmatch(text, opener.end(), days[0].start):
                return days[0].value
        return None

    def statement_day(self, positions: list[int]) -> str | None:
        """The day of the statement the sentence right before reports, for a meeting first named (at ``positions``)
        as where someone states something ("Cảnh sát Philippines ngày 4/6 thông báo … . Phát biểu tại buổi họp báo,
        Cảnh sát trưởng A nêu rõ …"; "Tư lệnh A ngày 22/4 cho biết … . “…”, ông A nói tại Bali trong cuộc họp báo"):
        what is reported and then placed is said on one occasion. The day dates the statement: right before its verb
        ("ngày 4/6 thông báo") or opening the sentence whose verb it is ("Ngày 18/6, ông A khẳng định …")."""
        layout, text = self.layout, self.layout.text
        verbs = lexicon.statement_verbs()
        for position in positions:
            low = max(layout.clause_span(position)[0], position - _STATED_AT_REACH)
            if not any(_stated_at().fullmatch(text, verb.end(), position) for verb in verbs.finditer(text, low, position)) \
                    or lexicon.elsewhen_cues().search(text, layout.sentence_window(position)[0], position):
                continue  # not "Trước đó, phát biểu tại hội nghị …": another time's
            opening = text.rfind("\n", max(0, position - _QUOTE_REACH), position) + 1
            if (opening or position <= _QUOTE_REACH) and text.startswith(("“", '"'), opening) \
                    and any(mark in text[layout.sentence_window(position)[0]:position] for mark in '”"'):
                position = opening  # "“… . …”, ông A nói tại cuộc họp báo": the quotation opens the statement
            sentence = layout.sentence_of(position) - 1
            while sentence >= 0:
                low, high = layout.sentence_span(sentence)
                stated = set()
                for day in self.within(low, high):
                    if "/" in day.value:
                        continue
                    verb = verbs.search(text, day.end, min(high, day.end + _STATED_DAY_REACH))
                    if verb is None:
                        continue
                    between = text[day.end:verb.start()]
                    if _STATED_RIGHT_AFTER.fullmatch(between) or _OPENS_STATEMENT.fullmatch(text, low, day.start) \
                            and between.startswith(",") and not _CLAUSE_BREAK.search(between, 1):
                        stated.add(day.value)
                if len(stated) == 1:
                    return stated.pop()
                if stated or not layout.is_aside(sentence):
                    break
                sentence -= 1  # a photo caption between, or one the statement runs on from ("Ảnh: Reuters Cảnh sát …")
        return None

    def lead_day(self, position: int, end: int, runs: bool = True, later: bool = False) -> str | None:
        """The day of the lead for a meeting first reported in the sentence right after it (or in the lead, after a
        headline that gives the day), when its own sentence gives no day, no date outside the meeting's name at
        [position, end) ("Hội nghị sơ kết 6 tháng đầu năm" is what it reviews) and does not put it at another time:
        the lead dates what the article reports ("Sáng 25/7, Chủ tịch nước đến thăm tỉnh Hà Tĩnh. Tại đây, Chủ tịch
        nước dự Lễ khánh thành …"; not "… Trước đó, Bộ đã tổ chức hội nghị …"). ``later``: the meeting may be first
        reported further on, by a mention that presupposes it ("Chiều 30/4, … Thủ tướng nhận định … . Tại cuộc họp,
        …": the occasion of the lead)."""
        layout = self.layout
        lead = layout.lead_sentence() or 0
        sentence = layout.sentence_of(position)
        if later:
            # an intertitle, a summary or a video credit may open the body before the sentence that dates the
            # occasion ("Chỉ một người lơ là, cả xã hội vất vả"; "Video: A"): the first of the next few to give a day
            lead = next((s for s in range(lead, min(sentence, lead + _LEAD_REACH + 1))
                         if self.within(*layout.sentence_span(s))), lead)
        following = lead + 1
        while following < sentence and layout.is_aside(following):
            following += 1  # a photo caption between them ("… cho biết … . Máy bay X cất cánh. Ảnh: Y Phát biểu tại …")
        if sentence == following or later and sentence > lead:
            before = lead
        elif sentence == lead and lead > 0 and layout.is_headline(layout.starts[lead - 1]):
            before = lead - 1
        else:
            return None
        low, high = layout.sentence_span(sentence)
        text = layout.text
        # what the meeting is for says nothing of when it is held ("… tổ chức Hội nghị X nhằm đánh giá kết quả năm qua")
        purpose = lexicon.words_anywhere("purpose_words").search(text, end, high)
        # nor does what someone says or undertakes there ("Tại buổi lễ, ông A cho biết sẽ …")
        said = lexicon.words_anywhere("report_verbs").search(text, end, high)
        told = min(clause.start() for clause in (purpose, said) if clause) if purpose or said else high
        end = max(end, layout.phrase_span(end)[1])  # "tại lễ công bố quà Tết năm 2019, …": its phrase names it
        if self.within(low, high) or any(d.end <= position or d.start >= end for d in layout.dates.within(low, high)) \
                or lexicon.sequence_cues().search(text, low, high) \
                or lexicon.elsewhen_cues().search(text, low, told) \
                or _SAYS.search(text, low, position):  # "Bộ trưởng cho biết hội nghị …": what is said is another time's
            return None
        low, high = layout.sentence_span(before)
        opening = {d.value for d in self.within(low, high)}
        if sentence > before + 1 and any(not starts_after(day.value, self.published) and not (
                "/" in day.value and day.value.split("/")[0] in opening) for day in self.within(
                layout.sentence_span(before + 1)[0], layout.sentence_span(sentence)[0])):
            return None  # "… vào ngày 30/4 (Ảnh: …). Ngày 1/5, Công an … Tại buổi làm việc, …": another day was given
            # since (not a day ahead: "… bầu cử vào ngày 23/5 tới"; nor a run of days from the lead's day: "Trưa
            # 4/6, … đón tàu X … Từ ngày 4 đến 8/6, …")
        if lexicon.elsewhen_cues("ahead", "cutoff").search(text, low, high):
            return None  # "… trước khi lên đường công du vào đầu tuần tới, ngày 19/5": the lead's day is ahead;
            # "tính đến 18h ngày 27/4, …": the day a count runs to
        values = {d.value for d in self.within(low, high) if runs or "/" not in d.value}
        return values.pop() if len(values) == 1 else None


__all__ = ["Dating", "Day", "is_day", "is_month", "is_year", "offset_day", "resolve_relative", "said_before"]
