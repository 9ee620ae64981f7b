"""Dates: days, months, quarters, half-years, years and spans, found by regex over the body.

"Sáng ngày 29/9" → 2021-09-29 (published 2021-09-30), "Quý IV năm 2021" → 2021-Q4,
"6 tháng đầu năm 2020" → 2020-H1, "nhiệm kỳ 2018-2023" → 2018/2023, "(11.6.1948 -
11.6.2017)" → 1948-06-11/2017-06-11. Finding yields the calendar parts as written;
``unionfacts.resolve.dates`` fills in a missing year (same occasion, publication date,
else "XXXX"), as its own pipeline component after this one.

A number is a date only in a date shape or next to a date cue: a bare "8/3" needs an
occasion cue ("kỷ niệm 8/3, 20/10"), a bare year a year cue, a name or a list of
years ("tới 2020 … và 2030"). Ages, durations, clock times, fractions ("47/56"),
grades ("bậc 6/6"), document numbers, digits in URLs and lunar days are not dates.
The words live in ``models/dates/``. dateparser is not used: every shape here is
numeric, and its Vietnamese search does not segment these texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from unionfacts.extract.base import Extractor, text_of
from unionfacts.extract.spanindex import TakenSpans
from unionfacts.extract.numbers import number_words, scale_words, words_value
from unionfacts.extract.patterns import alternation, first_letters, trie_alternation
from unionfacts.resources import read_mapping, read_table, read_words
from unionfacts.segment import sentence_index
from unionfacts.types import CalendarParts, DateMention

# A number not glued to a word, a number or a date/clock separator ("Covid-19", "07:47").
_BEFORE = r"(?<![\w.,/:-])"
# ... and not running on into another number, word or path ("12/2017/NĐ-CP").
_AFTER = r"(?![\w/]|[.,:-]\d)"
_YEAR = r"\d{4}"
_PLAUSIBLE_YEARS = range(1800, 2200)
_BARE_YEARS = range(1900, 2100)
# Anchored at a token start: an unanchored leading \S* is quadratic on one long token.
_URL = re.compile(r"(?<!\S)\S*?(?:://|www\.|\.html?\b|\.(?:vn|com|net|org)/)\S*", re.IGNORECASE)
# What every match of _URL holds, lower-cased: a text with none of them holds no URL, and few
# articles hold one, so the regex (tried at every word start) is spared on most.
_URL_MARKS = ("://", "www.", ".htm", ".vn/", ".com/", ".net/", ".org/")
# Where a clause ends, looking back from a number: sentence punctuation or a line break.
_CLAUSE_END = re.compile(r"[!?;\n]|\.\s")
_WORD = re.compile(r"[^\W_]+|%", re.UNICODE)
# Dates listed before the one looked at ("8/3, 20/10"), stripped from its cue window.
_LISTED_DATES = re.compile(r"(?:\d{1,2}\s?[/.-]\s?\d{1,2}\s*(?:,|và|–|-)\s*)+$")
_ANY_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True)
class _Lexicon:
    """Date words from models/dates/ as regex alternations and lookup tables."""

    parts_of_day: str
    day_words: str
    deictics: str
    modifiers: str
    joiners: frozenset[str]
    year_cues: tuple[str, ...]
    time_prepositions: tuple[str, ...]
    followers: frozenset[str]
    named: tuple[str, ...]
    occasion: re.Pattern[str]
    halves: dict[str, int]
    halves_pattern: str
    quarter_word: str
    month_word: str
    roman: dict[str, int]
    month_words: dict[str, int]
    lowercase_months: frozenset[str]
    weak_day_words: frozenset[str]
    weekdays: str
    day_markers: str
    seasons: dict[str, tuple[int, int]]
    first_months: str
    last_months: str
    decades: str
    centuries: str
    before_common_era: re.Pattern[str]
    ordinal_heads: frozenset[str]
    span_labels: str
    relative: dict[str, int]
    relative_pattern: str
    excluded_before: dict[str, str]
    excluded_after: dict[str, str]


def _trie(words) -> str:
    """``alternation(words)`` as a trie, for the case-insensitive shapes: tried at every word start
    a window holds, a flat alternation tries each word in turn."""
    return trie_alternation(words, ignore_case=True)


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    cues: dict[str, list[str]] = {}
    for row in read_table("dates/cues.tsv"):
        for kind in row["kind"].split(","):
            cues.setdefault(kind, []).append(row["word"])
    periods = read_table("dates/periods.tsv")
    halves = {_fold(row["phrase"]): int(row["value"]) for row in periods if row["kind"] == "half"}
    quarter = [row["phrase"] for row in periods if row["kind"] == "quarter"]
    month = [row["phrase"] for row in periods if row["kind"] == "month"]
    occasion_words = alternation(cues["occasion"])
    exclusions = read_table("dates/exclusions.tsv")
    relative_years = read_mapping("dates/relative.tsv", "word", "offset")
    relative = {_fold(word): int(offset) for word, offset in relative_years.items()}
    roman = read_mapping("dates/roman_numerals.tsv", "numeral", "value")
    months = [row for row in read_table("dates/months.tsv") if row["calendar"] == "solar"]
    return _Lexicon(
        parts_of_day=_trie(read_words("dates/parts_of_day.tsv")),
        day_words=_trie(cues["day"] + cues["day_weak"]),
        weak_day_words=frozenset(_fold(word) for word in cues["day_weak"]),
        deictics=_trie(cues["deictic"]),
        modifiers=_trie(cues["modifier"]),
        joiners=frozenset(_fold(word) for word in cues["joiner"]),
        year_cues=tuple(sorted((_fold(word) for word in cues["year"]), key=len, reverse=True)),
        time_prepositions=tuple(_fold(word) for word in cues["time_preposition"]),
        followers=frozenset(_fold(word) for word in cues["follower"] + cues["year"] + cues["joiner"]),
        named=tuple(_fold(word) for word in cues["named"]),
        # A cue word, or "ngày" that may start a holiday name (checked in _occasion_cue).
        occasion=re.compile(
            rf"(?<!\w)(?:(?P<cue>{occasion_words})|(?P<day>ngày)(?=\s+(?P<next>\w)))(?!\w)", re.IGNORECASE
        ),
        halves=halves,
        halves_pattern=alternation(halves),
        quarter_word=alternation(quarter),
        month_word=alternation(month),
        roman={numeral: int(value) for numeral, value in roman.items()},
        month_words={_fold(row["word"]): int(row["month"]) for row in months},
        lowercase_months=frozenset(_fold(row["word"]) for row in months if row["lowercase"] == "1"),
        weekdays=_trie(read_words("dates/weekdays.tsv")),
        day_markers=_trie(cues["day_marker"]),
        seasons={
            row["word"]: (int(row["first_month"]), int(row["last_month"])) for row in read_table("dates/seasons.tsv")
        },
        first_months=alternation(row["phrase"] for row in periods if row["kind"] == "first_months"),
        last_months=alternation(row["phrase"] for row in periods if row["kind"] == "last_months"),
        decades=_trie(row["phrase"] for row in periods if row["kind"] == "decade"),
        centuries=alternation(row["phrase"] for row in periods if row["kind"] == "century"),
        before_common_era=re.compile(
            rf"\s*(?:{alternation(row['phrase'] for row in periods if row['kind'] == 'before_common_era')})(?!\w)",
            re.IGNORECASE,
        ),
        ordinal_heads=frozenset(_fold(word) for word in cues["ordinal"]),
        span_labels=alternation(read_words("dates/span_labels.tsv")),
        relative=relative,
        relative_pattern=alternation(relative),
        excluded_before={_fold(row["word"]): row["reason"] for row in exclusions if row["position"] == "before"},
        excluded_after={_fold(row["word"]): row["reason"] for row in exclusions if row["position"] == "after"},
    )


@lru_cache(maxsize=1)
def _quarter_words() -> dict[str, int]:
    """Number words that name a quarter ("quý hai", "quý tư"), from the number grammar's lexicon."""
    return {word: value for word, value in number_words().items() if 1 <= value <= 4}


def _dm(n: str = "", spaced: str = "") -> str:
    """Day and month; ``spaced`` adds another separator ("Ngày 2 - 5": a dash between spaces, read only after a
    day's cue, since "2 - 5" alone is a range)."""
    return rf"(?P<d{n}>\d{{1,2}})(?P<s{n}>\s?/\s?|[-.]{spaced})(?P<m{n}>\d{{1,2}})"


_SPACED_DASH = "|[ ][-–][ ]"


def _dmy(n: str = "") -> str:
    return (
        rf"(?P<d{n}>\d{{1,2}})(?P<s{n}>\s*/\s*|[-.]|[ ][-–][ ])(?P<m{n}>\d{{1,2}})(?P<t{n}>\s*/\s*|[-.]|[ ][-–][ ])"
        rf"(?P<y{n}>{_YEAR})"
    )


# Blanks within one line: the words before a day never reach over a line's end.
_SPACE = r"[^\S\n]"
_SPACES = rf"{_SPACE}+"


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The date shapes, most specific first (ties between overlapping matches go to the earlier)."""
    lex = _lexicon()
    roman_quarters = "|".join(sorted((r for r, v in lex.roman.items() if v <= 4), key=len, reverse=True))
    month_words = alternation(lex.month_words)
    rel = lex.relative_pattern
    prefix = (
        rf"(?<!\w)(?:(?P<pod>{lex.parts_of_day}){_SPACES}(?:(?P<deic>{lex.deictics})(?:{_SPACE}*,)?{_SPACES})?)?"
        rf"(?:(?P<wd>{lex.weekdays})(?!\w){_SPACE}*,?{_SPACE}*)?"
        rf"(?:(?P<dayw>{lex.day_words}){_SPACES})?(?:(?P<mark>{lex.day_markers}){_SPACES})?(?P<open>\(\s*)?"
    )  # a line's end parts them: "Hội nghị lần thứ 4[\n]Ngày 10/7, …" has no weekday
    year_after = rf"(?:\s*,?\s*(?:năm\s+)?(?P<y>{_YEAR}))"
    quarter_words = alternation(w for w, v in _quarter_words().items())
    number_word = alternation(number_words())
    day_number_words = rf"(?:{number_word})(?:\s+(?:{number_word})){{0,2}}"  # "mười lăm", "hai mươi mốt"
    close = r"(?(open)\s*\))"
    mod = rf"(?:(?P<mod>{lex.modifiers})\s+)?"
    joiner = r"(?:\s*[-–—]\s*|\s+(?:đến|tới)\s+(?:ngày\s+)?)"
    shapes = {
        "span_dmy": rf"{_BEFORE}{_dmy('1')}{joiner}{_dmy('2')}{_AFTER}",
        "span_dm": (
            rf"(?<!\w)(?:từ\s+(?:ngày\s+)?|ngày\s+){_BEFORE}{_dm('1')}\s*(?:[-–—]|đến|tới)\s*(?:ngày\s+)?"
            rf"{_dm('2')}(?:(?P<t2>\s?/\s?|[-.])(?P<y2>{_YEAR}))?{_AFTER}"
        ),
        "day_range": (
            rf"(?<!\w)(?:từ\s+(?:ngày\s+)?|(?:(?P<both>hai|ba|các)\s+)?ngày\s+)(?P<d1>\d{{1,2}})"
            rf"(?P<listed>(?:\s*,\s*\d{{1,2}})*)\s*(?:[-–—]|đến|tới|(?P<and>và|,))\s*(?:ngày\s+)?"
            rf"{_dm('2')}(?:(?P<t2>\s?/\s?|[-.])(?P<y2>{_YEAR}))?{_AFTER}"
        ),
        # two days of one month with no "ngày" before them, the month after a slash: "(8-9/5)", "14-15/8/2023"
        "bare_day_range": (
            rf"{_BEFORE}(?P<d1>\d{{1,2}})(?P<listed>)(?P<and>)\s?[-–]\s?(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})"
            rf"(?:/(?P<y2>{_YEAR}))?{_AFTER}"
        ),
        "term": (
            rf"(?<!\w)(?P<label>{lex.span_labels})\s*:?\s*(?P<open>\(\s*)?"
            rf"(?P<y1>{_YEAR})\s*[-–—/]\s*(?P<y2>{_YEAR}){_AFTER}{close}"
        ),
        "span_month_year": (
            rf"{_BEFORE}(?:(?P<m1>\d{{1,2}})(?P<s1>/|\.))?(?P<y1>{_YEAR})\s*[-–—]\s*"
            rf"(?:(?P<m2>\d{{1,2}})(?P<s2>/|\.))?(?P<y2>{_YEAR}){_AFTER}"
        ),
        "year_range": rf"(?<!\w)(?:năm\s+)?{_BEFORE}(?P<y1>{_YEAR})\s*[-–—]\s*(?P<y2>{_YEAR}){_AFTER}",
        "day_words": (
            rf"{prefix}{_BEFORE}(?P<d>\d{{1,2}})\s+(?P<t>{lex.month_word})\s+(?:(?P<m>\d{{1,2}})|(?P<mw>{month_words}))"
            rf"{year_after}?{_AFTER}{close}"
        ),
        "dmy": rf"{prefix}{_BEFORE}{_dmy()}{_AFTER}{close}",
        # A day written in words after "ngày"/"mồng" ("ngày mười lăm tháng ba năm 2021")
        "day_in_words": (
            rf"(?<!\w)(?:(?P<pod>{lex.parts_of_day})\s+)?(?P<dayw>ngày)\s+(?:(?P<mark>{lex.day_markers})\s+)?"
            rf"(?P<dw>{day_number_words})\s+(?P<t>{lex.month_word})\s+(?:(?P<m>\d{{1,2}})|(?P<mw>{month_words}))"
            rf"{year_after}?{_AFTER}"
        ),
        # A dateline opening an article: "Hà Nội, 12/3 - …", "TP.HCM, 12/3/2021 – …"
        "dateline": (
            rf"(?m)^(?P<place>[^\W\d_][\w.]*(?:[ ][^\W\d_][\w.]*){{0,4}})[ ]*,[ ]*(?:ngày[ ]+)?"
            rf"(?P<d>\d{{1,2}})(?P<s>/|-|\.)(?P<m>\d{{1,2}})(?:(?P=s)(?P<y>{_YEAR}))?[ ]*(?=[-–—][ ])"
        ),
        # ISO 8601 as a page or a dump writes it ("2021-03-15", "2021-03-15T07:47:00+07:00")
        "iso": rf"{_BEFORE}(?P<y>{_YEAR})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:(?=T\d\d:)|{_AFTER})",
        "months_of_year": (
            rf"(?<![\w.,])(?P<n>\d{{1,2}}|{quarter_words}|{month_words})\s+"
            rf"(?:(?P<first>{lex.first_months})|(?P<last>{lex.last_months}))"
            rf"(?:\s+(?P<rel>{rel})(?!\w)|\s*(?P<y>{_YEAR}){_AFTER})?(?!\w)"
        ),
        # "những năm 1800" is the century, not a decade: only years ending in 10 … 90, and 2000;
        # two digits are the last century's ("thập niên 90"), from the twenties on.
        "decade": rf"(?<!\w){mod}(?P<dec>{lex.decades})\s+(?P<y>1[89][1-9]0|20[0-9]0|[2-9]0){_AFTER}",
        "century": (
            rf"(?<!\w){mod}(?P<c>{lex.centuries})\s+(?:thứ\s+)?(?P<n>[IVXL]{{1,6}}|\d{{1,2}})(?![\w/]|[.,-]\d)"
        ),
        "half": (
            rf"(?<![\w.,])(?P<h>{lex.halves_pattern})(?!\s*học)"
            rf"(?:\s+(?P<rel>{rel})(?!\w)|\s*(?P<y>{_YEAR}){_AFTER})?(?!\w)"
        ),
        "quarter": (
            rf"(?<!\w){mod}(?P<q>{lex.quarter_word})\s+(?P<n>{roman_quarters}|[1-4]|{quarter_words})(?!\w)"
            rf"(?:\s*[/.-]\s*(?P<y>{_YEAR}){_AFTER}|\s+(?:của\s+)?năm\s+(?P<y2>{_YEAR}){_AFTER}"
            rf"|\s+(?P<rel>{rel})(?!\w))?"
        ),
        "month_year": (
            rf"(?<!\w){mod}(?P<t>{lex.month_word})\s+(?P<m>\d{{1,2}})(?:\s*[-–]\s*(?P<m2>\d{{1,2}}))?"
            rf"(?:\s*[/.-]\s*|\s+năm\s+)(?P<y>{_YEAR}){_AFTER}"
        ),
        "month_word": (
            rf"(?<!\w){mod}(?P<t>{lex.month_word})\s+(?P<mw>{month_words})"
            rf"(?:\s*,?\s+năm\s+(?P<y>{_YEAR})|\s+(?P<rel>{rel})(?!\w))?(?!\w)"
        ),
        "year": rf"(?<!\w){mod}(?P<t>năm)\s*(?P<y>{_YEAR})(?!\s*[-–—]\s*{_YEAR}){_AFTER}",
        "dm": (
            rf"{prefix}{_BEFORE}{_dm(spaced=_SPACED_DASH)}{_AFTER}{close}"
            rf"(?:\s+(?P<rel>{rel})(?!\w)|\s+năm\s+(?P<y>{_YEAR}){_AFTER})?"  # "1/8 năm nay", "12/3 năm 2021"
        ),
        "month": (
            rf"(?<!\w){mod}(?P<t>{lex.month_word})\s+(?P<m>\d{{1,2}})(?![\w/]|[.,-]\d|\s*[-–]\s*\d)"
            rf"(?:\s+(?P<rel>{rel})(?!\w))?"
        ),
        "month_slash_year": rf"{_BEFORE}(?P<m>\d{{1,2}})\s?/\s?(?P<y>{_YEAR}){_AFTER}",
        "bare_year": rf"{_BEFORE}(?P<y>(?:19|20)\d\d){_AFTER}",
    }
    return tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in shapes.items())


class DateExtractor(Extractor):
    """Finds date expressions as written; ``unionfacts.resolve.dates`` turns them into values."""

    provides = "date_mentions"

    def find(self, doc: Doc) -> list[DateMention]:
        text = text_of(doc)
        return join_ranges(text, _select(find_mentions(text, lambda char: sentence_index(doc, char))))


def find_mentions(text: str, sentence_of: Callable[[int], int] = lambda char: 0) -> list[DateMention]:
    """Every candidate date expression in ``text``, overlapping ones included, preferred first.

    ``sentence_of`` maps a character offset to its sentence index (for the resolver).
    """
    urls = TakenSpans((m.start(), m.end()) for m in _url_matches(text))
    windows = _digit_windows(text)
    anchors = _anchors()
    month_windows = None
    found = []
    for priority, (name, pattern) in enumerate(_patterns()):
        reader = _READERS[name]
        if name in anchors:
            regions = _windows(text, anchors[name], _REACH, _WORDS_REACH)
        elif name in _MONTH_WORD_SHAPES:  # a digit and "tháng": only around "tháng"
            if month_windows is None:
                month_windows = _windows(text, anchors["month_word"], _WORDS_REACH, _WORDS_REACH)
            regions = month_windows
        else:
            regions = windows
        for match in (m for start, end in regions for m in pattern.finditer(text, start, end)):
            if urls.overlaps(match.start(), match.end()):
                continue
            read = reader(match, text)
            if read is None:
                continue
            start, end, first, last = read
            season = _season_before(text, start) if first.granularity == "year" and last is None else None
            mention = DateMention(start, end, text[start:end], sentence_of(start), first, last, season)
            if mention.is_valid() and not _lunar_after(text, end):
                found.append((priority, mention))
    return [mention for _, mention in sorted(found, key=lambda item: (-(item[1].end - item[1].start), item[0]))]


def _url_matches(text: str) -> list[re.Match[str]]:
    lowered = text.lower()
    if not any(mark in lowered for mark in _URL_MARKS):
        return []
    return list(_URL.finditer(text))


@lru_cache(maxsize=1)
def _anchors() -> dict[str, re.Pattern[str]]:
    """The word each shape written without a digit cannot lack ("Quý III", "tháng Giêng",
    "sáu tháng đầu năm", "thế kỷ XX", "ngày mười lăm tháng ba"). Those shapes are looked
    for only around their word: scanning a whole article with each of them (a lookbehind
    and an alternation tried at every character) cost as much as all the digit shapes."""
    lex = _lexicon()
    words = {
        # The halves open with a digit or one of two letters ("6 tháng", "sáu tháng", "nửa"): a
        # lookahead for them lets the engine skip the other positions (each anchor scans the whole text).
        "half": first_letters(lex.halves) + f"(?:{lex.halves_pattern})",
        "quarter": lex.quarter_word,
        "month_word": lex.month_word,
        "century": lex.centuries,
        "day_in_words": "ngày",  # the pattern's own literal
    }
    return {name: re.compile(word, re.IGNORECASE) for name, word in words.items()}


# Every shape not in ``_anchors`` holds a digit, so it is only looked for around digits; these
# also hold the month word ("tháng 5", "15 tháng 3"), so only around it.
_MONTH_WORD_SHAPES = frozenset({"day_words", "month_year", "month"})
_DIGITS = re.compile(r"\d+(?:[\s./-]{1,3}\d+)*")
_REACH = 28  # characters a date's words reach before its first digit or after its last
_WORDS_REACH = 64  # characters a date reaches after its anchor word ("ngày hai mươi mốt tháng Mười Hai năm 2021")
_WHITESPACE = re.compile(r"\s")


def _digit_windows(text: str) -> list[tuple[int, int]]:
    return _windows(text, _DIGITS, _REACH, _REACH)


def _windows(text: str, anchor: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    """Stretches of text around the anchor's matches, merged, each ending at a space or a line end.

    The whitespace a window runs to is found once and reused by every later anchor
    before it, so a long token with many digits ("1,1,1,…", base64) is scanned once.
    """
    windows: list[tuple[int, int]] = []
    space_at = -1  # the first whitespace at or after the last window's reach
    for match in anchor.finditer(text):
        start = max(0, match.start() - before)
        end = min(len(text), match.end() + after)
        if end > space_at:
            found = _WHITESPACE.search(text, end)
            space_at = found.start() if found else len(text)
        end = space_at
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _select(candidates: list[DateMention]) -> list[DateMention]:
    """Longest first, then most specific shape; one mention per stretch of text."""
    covered = bytearray(max((m.end for m in candidates), default=0))
    taken: list[DateMention] = []
    for mention in candidates:
        if not any(covered[mention.start:mention.end]):
            covered[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
            taken.append(mention)
    return sorted(taken, key=lambda m: m.start)


# -- two points written as a range ---------------------------------------------------------

# What stands between the two points of a range: a dash, "đến", "tới", "đến hết".
_RANGE_BETWEEN = re.compile(r"\s*(?:[-–—]|(?:đến|tới)(?:\s+hết)?)\s*", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<!\w)từ\s+$", re.IGNORECASE)
_RANGE_GRANULARITIES = frozenset({"day", "month", "year"})


def join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Two points written as a range become one span: "từ tháng 8/2007 đến tháng 6/2010",
    "2008 - 9/2010", "Từ năm 2012 đến tháng 2/2014", "từ tháng 1 đến tháng 5 năm 2020".

    The range shows by what stands between the points (a dash, "đến", "tới") and either
    "từ" before the first or a year stated on both sides; without them two dates beside
    each other stay two ("dịp 30/4 - 1/5"). ``mentions`` are in text order, one per stretch.
    """
    joined: list[DateMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        if second is not None and _is_range(text, first, second):
            joined.append(DateMention(first.start, second.end, text[first.start:second.end], first.sentence,
                                      first.first, second.first))
            index += 2
            continue
        joined.append(first)
        index += 1
    return joined


def _is_range(text: str, first: DateMention, second: DateMention) -> bool:
    if first.last is not None or second.last is not None or first.season or second.season:
        return False
    low, high = first.first, second.first
    if not {low.granularity, high.granularity} <= _RANGE_GRANULARITIES:
        return False
    if not _RANGE_BETWEEN.fullmatch(text, first.end, second.start):
        return False
    opened = bool(_FROM_BEFORE.search(text, max(0, first.start - 8), first.start)) or _fold(first.text)[:3] == "từ "
    if not (opened or low.year is not None and high.year is not None):
        return False
    if low.granularity == "year" and high.granularity == "year" and not opened:
        return False  # "2016 - 2020" is read by its own shape, with its own checks
    if high.year is None:  # "từ 10/4 đến hết 31/12": a year is filled in later, so the days must be in order
        return low.year is None and low.granularity == high.granularity != "year" and (
            (low.month, low.day or 0) < (high.month, high.day or 0))
    return low.year is None and low.year_offset is None or _in_order(low, high)


def _in_order(low: CalendarParts, high: CalendarParts) -> bool:
    """``low`` ends before ``high`` begins, or begins earlier at the finer of the two."""
    if low.year is None or high.year is None:
        return False
    if low.year != high.year:
        return low.year < high.year
    if "year" in (low.granularity, high.granularity):
        return False  # "năm 2014 đến tháng 2/2014" is no range
    return (low.month, low.day or 0) < (high.month, high.day or 0)


# -- readers: a regex match → (start, end, first, last) or None ---------------------------

_Read = tuple[int, int, CalendarParts, CalendarParts | None] | None


def _int(match: re.Match[str], group: str) -> int | None:
    value = match.group(group)
    return int(value) if value else None


def _same_separator(*separators: str | None) -> bool:
    return len({s.strip() for s in separators if s is not None}) == 1


def _day(match: re.Match[str], n: str = "") -> CalendarParts:
    return CalendarParts("day", _int(match, f"y{n}"), _int(match, f"m{n}"), _int(match, f"d{n}"))


def _has_prefix(match: re.Match[str]) -> bool:
    return bool(match.group("pod") or match.group("dayw") or match.group("wd") or match.group("mark"))


def _only_weak_prefix(match: re.Match[str], text: str) -> bool:
    """The date's only cue is a weak day word ("vào"), which also stands before fractions."""
    dayw = match.group("dayw")
    strong = match.group("pod") or match.group("wd") or match.group("mark")
    return bool(dayw) and _fold(dayw) in _lexicon().weak_day_words and not strong


def _prefix_start(match: re.Match[str], text: str, *rest: str) -> int | None:
    """Where a date with a part of day, weekday or "ngày" before it starts; None for a weekday
    that is an ordinal ("lần thứ hai (…)")."""
    if match.group("wd") and not match.group("pod"):
        before = _words_before(text, match.start("wd"), 1)
        if before and _fold(before[0]) in _lexicon().ordinal_heads:
            return None
    return _start_of(match, "pod", "wd", "dayw", "mark", *rest)


def _start_of(match: re.Match[str], *groups: str) -> int:
    """Start of the first group that matched (the span includes "cuối", "Sáng", "ngày" …)."""
    for group in groups:
        if match.group(group):
            return match.start(group)
    return match.start()


def _read_span_dmy(match: re.Match[str], text: str) -> _Read:
    if not all(_same_separator(match.group(f"s{n}"), match.group(f"t{n}")) for n in "12"):
        return None
    return match.start(), match.end(), _day(match, "1"), _day(match, "2")


def _read_span_dm(match: re.Match[str], text: str) -> _Read:
    first = CalendarParts("day", None, _int(match, "m1"), _int(match, "d1"))
    last = CalendarParts("day", _int(match, "y2"), _int(match, "m2"), _int(match, "d2"))
    if _is_unit_after(text, match.end()):
        return None
    return match.start("d1"), match.end(), first, last


def _read_day_range(match: re.Match[str], text: str) -> _Read:
    if not _int(match, "d1") < _int(match, "d2"):
        return None
    days = [_int(match, "d1"), *map(int, re.findall(r"\d+", match.group("listed"))), _int(match, "d2")]
    listed = match.group("and") or len(days) > 2
    if listed and (match.group(0)[:2].lower() == "từ" or days != list(range(days[0], days[0] + len(days)))):
        # Days listed after "ngày" are one span when they follow each other: "(hai) ngày 9 và 10-2",
        # "các ngày 25, 26 và 27/9"; not "ngày 5 và 16/4".
        return None
    year, month = _int(match, "y2"), _int(match, "m2")
    first = CalendarParts("day", year, month, _int(match, "d1"))
    return match.start(), match.end(), first, CalendarParts("day", year, month, _int(match, "d2"))


def _read_term(match: re.Match[str], text: str) -> _Read:
    first, last = _int(match, "y1"), _int(match, "y2")
    if not (first in _PLAUSIBLE_YEARS and last in _PLAUSIBLE_YEARS and first < last):
        return None
    return match.start(), match.end(), CalendarParts("year", first), CalendarParts("year", last)


def _read_span_month_year(match: re.Match[str], text: str) -> _Read:
    """"6/1970-12/1979", "8.2007-6.2010", "2008 - 9/2010": the months of a biography, as one span."""
    separators = {match.group("s1"), match.group("s2")} - {None}
    if len(separators) != 1 or _excluded_before(text, match.start()):
        return None  # a year on both sides ("2016-2020") is ``year_range``'s
    first, last = (
        CalendarParts("month" if match.group(f"m{n}") else "year", _int(match, f"y{n}"), _int(match, f"m{n}"))
        for n in "12"
    )
    if not _in_order(first, last):
        return None
    return match.start(), match.end(), first, last


def _read_year_range(match: re.Match[str], text: str) -> _Read:
    first, last = _int(match, "y1"), _int(match, "y2")
    if not (first in _BARE_YEARS and last in _BARE_YEARS and 0 < last - first <= 50):
        return None
    if _excluded_before(text, match.start()) or _is_unit_after(text, match.end()):
        return None
    return match.start(), match.end(), CalendarParts("year", first), CalendarParts("year", last)


def _read_day_words(match: re.Match[str], text: str) -> _Read:
    """"ngày 24 tháng 07 năm 2019", "ngày 9 tháng Tư", "15 tháng 11 năm 2016", "12 Tháng 3 2016"."""
    if not (_has_prefix(match) or match.group("y")):
        return None  # "3 tháng 1 lần" is a frequency; a day and month alone need "ngày" or a year
    month = _int(match, "m") if match.group("m") else _lexicon().month_words[_fold(match.group("mw"))]
    start = _prefix_start(match, text, "d")
    if start is None:
        return None
    return start, match.end(), CalendarParts("day", _int(match, "y"), month, _int(match, "d")), None


def _read_day_in_words(match: re.Match[str], text: str) -> _Read:
    day = words_value(match.group("dw"))
    if day is None or not 1 <= day <= 31 or _next_word(text, match.end()) == "lần":
        return None  # "ngày hai tháng một lần" is a frequency
    month = _int(match, "m") if match.group("m") else _lexicon().month_words[_fold(match.group("mw"))]
    start = match.start("pod") if match.group("pod") else match.start("dayw")
    return start, match.end(), CalendarParts("day", _int(match, "y"), month, day), None


def _read_dmy(match: re.Match[str], text: str) -> _Read:
    if not _same_separator(match.group("s"), match.group("t")):
        return None
    if not _has_prefix(match) and _excluded_before(text, match.start("d")):
        return None
    start = _prefix_start(match, text, "d")
    if start is None:
        return None
    end = match.end() if _has_prefix(match) or not match.group("open") else match.end("y")
    return start, end, _day(match), None


def _read_dateline(match: re.Match[str], text: str) -> _Read:
    words = match.group("place").split(" ")
    if not (words[0][0].isupper() and words[-1][0].isupper()):
        return None  # a place name: "Hà Nội", "TP.HCM", "HÀ NỘI", "Thành phố Hồ Chí Minh"
    end = match.end("y") if match.group("y") else match.end("m")
    return match.start("d"), end, _day(match), None


def _read_iso(match: re.Match[str], text: str) -> _Read:
    return match.start(), match.end(), _day(match), None


def _read_months_of_year(match: re.Match[str], text: str) -> _Read:
    """"5 tháng đầu năm 2017" → 2017-01/2017-05; three months are a quarter, twelve the year (six: ``half``)."""
    count = int(match.group("n")) if match.group("n").isdigit() else words_value(match.group("n"))
    if count is None or not 1 <= count <= 12 or count == 6:
        return None
    year, offset = _int(match, "y"), _offset(match)
    if count == 12:
        if year is None:
            return None
        return match.start(), match.end(), CalendarParts("year", year), None
    if count == 3:
        quarter = 1 if match.group("first") else 4
        return match.start(), match.end(), CalendarParts("quarter", year, part=quarter, year_offset=offset), None
    first_month, last_month = (1, count) if match.group("first") else (13 - count, 12)
    first = CalendarParts("month", year, first_month, year_offset=offset)
    return match.start(), match.end(), first, CalendarParts("month", year, last_month, year_offset=offset)


def _read_decade(match: re.Match[str], text: str) -> _Read:
    """"những năm 1990", "thập niên 1980", "thập niên 90" → the ten years as a span."""
    year = _int(match, "y")
    if year < 100:
        if _is_unit_after(text, match.end()):
            return None  # "những năm 20 tuổi"
        year += 1900
    first, last = CalendarParts("year", year), CalendarParts("year", year + 9)
    return _start_of(match, "mod", "dec"), match.end(), first, last


def _read_century(match: re.Match[str], text: str) -> _Read:
    """"thế kỷ XX" → 1901/2000, "đầu thế kỷ 21" → 2001/2100; not before the Common Era ("thế kỷ V TCN")."""
    numeral = match.group("n")
    number = int(numeral) if numeral.isdigit() else roman_value(numeral)
    if number is None or not 1 <= number <= 30 or _lexicon().before_common_era.match(text, match.end()):
        return None
    first, last = CalendarParts("year", (number - 1) * 100 + 1), CalendarParts("year", number * 100)
    return _start_of(match, "mod", "c"), match.end(), first, last


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_SHAPE = re.compile(r"L?X{0,3}(?:IX|IV|V?I{0,3})")


def roman_value(numeral: str) -> int | None:
    """The value of an upper-case Roman numeral up to 89 ("XXI" → 21); None if it is not one."""
    if not numeral or not _ROMAN_SHAPE.fullmatch(numeral):
        return None
    values = [_ROMAN[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _read_half(match: re.Match[str], text: str) -> _Read:
    half = _lexicon().halves[_fold(match.group("h"))]
    parts = CalendarParts("half", _int(match, "y"), part=half, year_offset=_offset(match))
    return match.start(), match.end(), parts, None


def _read_quarter(match: re.Match[str], text: str) -> _Read:
    numeral = match.group("n")
    if numeral.isdigit():
        quarter = int(numeral)
    elif numeral in _lexicon().roman:
        quarter = _lexicon().roman[numeral]
    elif numeral.lower() in _quarter_words():
        quarter = _quarter_words()[numeral.lower()]  # "quý hai"
    else:
        return None
    parts = CalendarParts("quarter", _int(match, "y") or _int(match, "y2"), part=quarter, year_offset=_offset(match))
    return _start_of(match, "mod", "q"), match.end(), parts, None


def _read_month_year(match: re.Match[str], text: str) -> _Read:
    year = _int(match, "y")
    first = CalendarParts("month", year, _int(match, "m"))
    last = CalendarParts("month", year, _int(match, "m2")) if match.group("m2") else None
    return _start_of(match, "mod", "t"), match.end(), first, last


def _read_month_word(match: re.Match[str], text: str) -> _Read:
    word = match.group("mw")
    if not (match.group("y") or word[0].isupper() or _fold(word) in _lexicon().lowercase_months):
        return None  # "tháng năm" is also "months and years", "mỗi tháng hai lần" a frequency
    if not (match.group("y") or match.group("rel") or word[0].isupper()) and (
        _is_unit_after(text, match.end("mw")) or _next_word(text, match.end("mw")) in scale_words()
    ):
        return None  # "lương tháng sáu triệu"
    parts = CalendarParts("month", _int(match, "y"), _lexicon().month_words[_fold(word)], year_offset=_offset(match))
    return _start_of(match, "mod", "t"), match.end(), parts, None


def _read_year(match: re.Match[str], text: str) -> _Read:
    year = _int(match, "y")
    if year not in _PLAUSIBLE_YEARS:
        return None
    return _start_of(match, "mod", "t"), match.end(), CalendarParts("year", year), None


_MONTH_NEXT = re.compile(r"\s*(?:tháng|năm|[/.-]\s?\d)", re.IGNORECASE)


def _spaced_range(match: re.Match[str], text: str, end: int) -> bool:
    """Whether a day and month written with a dash between spaces are a range instead: "2 - 5" is a day and a
    month only after a day's cue ("Ngày 2 - 5,", "Sáng 12 - 5"), not "ngày 2 - 3 tháng 5", the lunar days "mồng
    7 - 8 Tết", nor a count a day's word heads ("uống ngày 2 - 3 lần", "mỗi ngày 2 - 3 giờ")."""
    separator = match.group("s")
    if separator.strip() not in "-–" or separator == separator.strip():
        return False
    return not (match.group("pod") or match.group("dayw")) or bool(match.group("mark")) \
        or _only_weak_prefix(match, text) or _MONTH_NEXT.match(text, end) is not None \
        or not (match.group("rel") or match.group("y")) and _is_unit_after(text, end)


def _read_dm(match: re.Match[str], text: str) -> _Read:
    """"Sáng 6-12", "hôm nay (23/5)", "kỷ niệm 8/3", "trước 30/8 sẽ …", "ngày 2/9 năm nay"."""
    parts = CalendarParts("day", _int(match, "y"), _int(match, "m"), _int(match, "d"), year_offset=_offset(match))
    # A year, relative or not, closes the date ("1/8 năm nay", "12/3 năm 2021"); else it ends with the month.
    end = match.end() if match.group("rel") or match.group("y") else match.end("m")
    if _spaced_range(match, text, end):
        return None
    if _has_prefix(match) and not _only_weak_prefix(match, text):
        start = _prefix_start(match, text)
        return (start, match.end(), parts, None) if start is not None else None
    if _has_prefix(match):  # "vào 5-2, …", but not "vào 2/3 số ghế", "vào 3/4 diện tích"
        return (match.start("dayw"), match.end(), parts, None) if _ends_phrase(text, end) else None
    start = match.start("d")
    if _excluded_before(text, start) or not (match.group("rel") or match.group("y")) and _is_unit_after(text, end):
        return None
    cue = _occasion_cue(text, match.start())
    if cue is None:
        if _standalone_day(match, text, start, end):
            return start, end, parts, None
        # "trước 30/8 sẽ báo cáo", "từ 16/5, …": a time preposition, a slash, and the phrase ends
        # there (not "từ 1/3 số hộ", "sau 2/3 thời gian"; "dẫn trước 2-1" is a score, "từ 6-7:" a scale).
        slashed = match.group("s").strip() == "/"
        if slashed and _after_time_preposition(text, start) and _ends_phrase(text, end):
            return start, end, parts, None
        return None
    cue_start, is_name = cue
    if match.group("open") and is_name:
        # "ngày Thương binh liệt sĩ (27-7)": the holiday name is part of the expression.
        return cue_start, match.end(), parts, None
    return start, end, parts, None


def _read_month(match: re.Match[str], text: str) -> _Read:
    start = _start_of(match, "mod", "t")
    if _previous_word_reason(text, start) == "distributive":
        return None
    if not match.group("rel") and _is_unit_after(text, match.end("m")):
        return None
    if _next_word(text, match.end("m")) in scale_words():
        return None
    parts = CalendarParts("month", None, _int(match, "m"), year_offset=_offset(match))
    return start, match.end(), parts, None


def _read_month_slash_year(match: re.Match[str], text: str) -> _Read:
    if _excluded_before(text, match.start()):
        return None
    return match.start(), match.end(), CalendarParts("month", _int(match, "y"), _int(match, "m")), None


def _read_bare_year(match: re.Match[str], text: str) -> _Read:
    start, end = match.span()
    if _excluded_before(text, start) or _previous_word_reason(text, start) in ("quantity", "distributive"):
        return None
    if _is_unit_after(text, end):
        return None
    if not (_after_year_cue(text, start) or _in_year_list(text, start, end) or _in_name(text, start, end)):
        return None
    return start, end, CalendarParts("year", _int(match, "y")), None


_READERS = {
    "span_dmy": _read_span_dmy,
    "span_dm": _read_span_dm,
    "day_range": _read_day_range,
    "bare_day_range": _read_day_range,
    "term": _read_term,
    "span_month_year": _read_span_month_year,
    "year_range": _read_year_range,
    "day_words": _read_day_words,
    "dmy": _read_dmy,
    "day_in_words": _read_day_in_words,
    "iso": _read_iso,
    "dateline": _read_dateline,
    "months_of_year": _read_months_of_year,
    "decade": _read_decade,
    "century": _read_century,
    "half": _read_half,
    "quarter": _read_quarter,
    "month_year": _read_month_year,
    "month_word": _read_month_word,
    "year": _read_year,
    "dm": _read_dm,
    "month": _read_month,
    "month_slash_year": _read_month_slash_year,
    "bare_year": _read_bare_year,
}


# -- context ----------------------------------------------------------------------------


def _offset(match: re.Match[str]) -> int | None:
    rel = match.group("rel")
    return _lexicon().relative[_fold(rel)] if rel else None


def _clause_before(text: str, position: int, limit: int = 80) -> str:
    window = text[max(0, position - limit):position]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


def _words_before(text: str, position: int, count: int) -> list[str]:
    return [m.group() for m in _WORD.finditer(_clause_before(text, position))][-count:]


def _next_word(text: str, position: int, lower: bool = True) -> str:
    match = re.match(r"[ \t]*(%|[^\W_]+)", text[position:position + 40])
    word = match.group(1) if match else ""
    return word.lower() if lower else word


def _previous_word_reason(text: str, position: int) -> str | None:
    """Why the words right before ``position`` make a number no date, if they do."""
    before = _fold(text[max(0, position - 30):position])
    excluded = _lexicon().excluded_before
    for word, reason in excluded.items():
        if before.endswith(word) and (len(before) == len(word) or not before[-len(word) - 1].isalnum()):
            return reason
    return None


def _excluded_before(text: str, position: int) -> bool:
    """A document number, grade, street name or lunar day ("số 02/…", "bậc 6/6", "mùng 6")."""
    return _previous_word_reason(text, position) in ("document", "measure", "place", "lunar")


def _is_unit_after(text: str, position: int) -> bool:
    """A lowercase unit follows ("5-7 năm", "2000 người"); a capital starts a new sentence."""
    word = _next_word(text, position, lower=False)
    return not word[:1].isupper() and _lexicon().excluded_after.get(word.lower()) == "unit"


def _lunar_after(text: str, position: int) -> bool:
    after = _fold(text[position:position + 20]).lstrip(" (")
    return any(after.startswith(word) for word, reason in _lexicon().excluded_after.items() if reason == "lunar")


def _occasion_cue(text: str, position: int) -> tuple[int, bool] | None:
    """The holiday cue in the clause before a bare "8/3": (its start, whether it is a "Ngày …" name).

    Dates listed just before ("kỷ niệm 8/3, 20/10") are skipped over to find the cue.
    "ngày" counts as a cue when it starts a name: capitalized mid-sentence ("…, Ngày truyền
    thống thi đua yêu nước (11.6)") or followed by a capitalized word ("ngày Thương binh
    liệt sĩ (27-7)").
    """
    window_start = max(0, position - 80)
    window = text[window_start:position]
    ends = list(_CLAUSE_END.finditer(window))
    offset = sentence_offset = ends[-1].end() if ends else 0
    clause = window[offset:]
    listed = _LISTED_DATES.search(clause)
    if listed:
        clause = clause[: listed.start()]
    comma = clause.rfind(",")
    if comma >= 0:
        offset += comma + 1
        clause = clause[comma + 1:]
    for cue in reversed(list(_lexicon().occasion.finditer(clause))):
        if len(_WORD.findall(clause[cue.start():])) > 10:
            return None
        if cue.group("cue"):
            return window_start + offset + cue.start(), False
        mid_sentence = window[sentence_offset: offset + cue.start()].strip()
        if cue.group("day")[0] == "N" and mid_sentence or cue.group("next").isupper():
            return window_start + offset + cue.start(), True
    return None


def _season_before(text: str, position: int) -> tuple[int, int] | None:
    """The months an occasion named just before a year brings ("Tết Nguyên đán Đinh Dậu 2017")."""
    words = _words_before(text, position, 5)
    for word in reversed(words):
        season = _lexicon().seasons.get(word)
        if season is not None:
            return season
    return None


def _after_time_preposition(text: str, position: int) -> bool:
    before = _fold(text[max(0, position - 20):position])
    return any(before.endswith(" " + word) or before == word for word in _lexicon().time_prepositions)


def _after_year_cue(text: str, position: int) -> bool:
    before = _fold(text[max(0, position - 20):position])
    return any(before.endswith(" " + cue) or before == cue for cue in _lexicon().year_cues)


def _in_year_list(text: str, start: int, end: int) -> bool:
    """Another year earlier in the sentence, and this one listed or closing a phrase.

    "tới 2020 … và 2030 phấn đấu"; "hoạt động năm 2016 và kế hoạch 2017."
    """
    if not _ANY_YEAR.search(_clause_before(text, start, 200)):
        return False
    words = _words_before(text, start, 1)
    joined = bool(words) and _fold(words[-1]) in _lexicon().joiners or text[:start].rstrip().endswith(",")
    return joined or _ends_phrase(text, end)


_BEFORE_PAREN_DAY = re.compile(r"[^\W\d_]\s*\(\s*\Z")


def _standalone_day(match: re.Match[str], text: str, start: int, end: int) -> bool:
    """A bare day and month that stands alone as the day of what is told: opening a line before a comma (the
    dateline shape "19-7, UBND tỉnh …") or alone in brackets after a word with a slash or a dot ("UBND tỉnh X (17/3) tổ
    chức …"; "Việt Nam - Tajikistan (4-2)" is a score), not a fraction heading a phrase ("1/3 số hộ", "(2/3 tổng số)").
    """
    if match.group("rel") or match.group("y"):
        return False
    before = text[max(0, start - 8):start].rstrip(" \t")  # a bounded look back: linear time
    if text[end:end + 1] == "," and (before.endswith("\n") or not before and start <= 8):
        return True
    return bool(match.group("open")) and match.group("s").strip() in "/." and text[end:end + 1] == ")" \
        and _BEFORE_PAREN_DAY.search(text, max(0, start - 40), start) is not None


def _ends_phrase(text: str, end: int) -> bool:
    """Punctuation, a line end or a function word follows position ``end``."""
    after = text[end:end + 3].lstrip(" ")
    return not after or after[:1] in ".,;:!?)”\"'\n" or _next_word(text, end) in _lexicon().followers


def _in_name(text: str, start: int, end: int) -> bool:
    """A year closing a name ("Tết Nguyên đán 2017 đạt", "“Tết sum vầy 2017”", "Luật Nhà ở 2014,").

    The name shows by an open quote, a capitalized word or a name cue ("Tết", "kế
    hoạch") among the five words before the year.
    """
    if not _ends_phrase(text, end):
        return False
    clause = _clause_before(text, start)
    opened = clause.rfind("“") > clause.rfind("”") or clause.count('"') % 2 == 1
    words = _WORD.findall(clause)[-5:]
    recent = " " + _fold(" ".join(words)) + " "
    named = any(f" {cue} " in recent for cue in _lexicon().named)
    return opened or named or any(word[0].isupper() for word in words)
