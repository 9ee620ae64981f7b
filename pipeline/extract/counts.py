"""Counts: a number and the thing it counts ("400 suất quà", "11 ngàn đoàn viên", "52,5% KH").

A count is a number followed by a counted noun, a percentage, or a number word
before a noun ("Ba khâu đột phá" = 3). Numbers that belong to a date or an amount
of money (earlier components), ordinals and identifiers ("lần thứ 19", "Nghị quyết
số 02", "Khối thi đua 11"), durations and ages ("10 tháng", "30 tuổi") are not
counts. Ranges ("45-60 m 2") and fractions ("47/56 đơn vị") give one fact per number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from unionfacts.extract.base import Extractor, facts_of, overlaps, text_of
from unionfacts.extract.numbers import (
    as_int_if_whole,
    number_words,
    parse_number,
    scale_words,
)
from unionfacts.extract.patterns import (
    END_OF_WORD,
    NUMBER,
    NUMBER_TAIL,
    RANGE_JOINERS,
    UPPER,
    alternation,
    qualifier_before,
    scales,
    stop_words,
)
from unionfacts.resources import read_table, read_words
from unionfacts.types import Count

_MAX_UNIT_WORDS = 5  # syllables: "Công đoàn ngành Trung ương"
_GAP = re.compile(r"[ ]*[“\"]?")  # spaces, and a quote opening the noun ("4 “Mái ấm Công đoàn”")
_NEXT_WORD = re.compile(r" ([^\s]+)")
_PARENTHETICAL = re.compile(r" ?\([^()\n]{1,30}\)")
_WORD = re.compile(r"m\s?2(?!\d)|[^\W\d_][\w&]*(?:[-–][^\W\d_][\w&]*)*")


@lru_cache(maxsize=1)
def _numeric_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<first>{NUMBER})(?P<low_percent>\s?%(?=\s*[-–]))?"
        rf"(?:\s*/\s*(?P<second>{NUMBER_TAIL}))?"
        rf"(?:{RANGE_JOINERS}(?P<high>{NUMBER_TAIL}))?"
        rf"(?:\s*(?P<scale>{scales()}){END_OF_WORD})?"
        r"(?P<percent>\s?(?:%|phần\s+trăm(?!\w)))?"
    )


@lru_cache(maxsize=1)
def _number_word_pattern() -> re.Pattern[str]:
    """Number words alone ("Ba khâu"), or any number word opening a quotation ("“một lương”")."""
    rows = read_table("numbers/number_words.tsv")
    alone = alternation(row["word"] for row in rows if row["standalone"] == "1")
    quoted = alternation(row["word"] for row in rows if int(row["value"]) >= 1)
    return re.compile(
        rf"(?:(?<=[“\"])(?P<quoted>{quoted})|(?<![\w-])(?P<alone>{alone})){END_OF_WORD}", re.IGNORECASE
    )


_CAPITALIZED_BEFORE = re.compile(rf"{UPPER}[^\W\d_]*[ ]$")
_CAPITALIZED_AFTER = re.compile(rf"[ ]{UPPER}(?!{UPPER})[^\W\d_]")  # "Hai Bà Trưng", not an acronym ("Hai DN")


def _is_name_part(text: str, start: int, end: int) -> bool:
    """A capitalized number word between capitalized words is a name ("Nguyễn Xuân Mười", "Hai Bà Trưng")."""
    if not text[start].isupper():
        return False
    before = text[max(0, start - 20):start]
    return bool(_CAPITALIZED_BEFORE.search(before) or _CAPITALIZED_AFTER.match(text, end))


@lru_cache(maxsize=1)
def _identifier_head() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(read_words('counts/identifier_heads.tsv'))})\s*[:.]?\s*$")


@lru_cache(maxsize=1)
def _not_units() -> frozenset[str]:
    return read_words("counts/not_units.tsv")


@lru_cache(maxsize=1)
def _allowed_units() -> tuple[str, ...]:
    return tuple(read_words("counts/units_allowed.tsv", "unit"))


@lru_cache(maxsize=1)
def _number_word_units() -> frozenset[str]:
    return read_words("counts/number_word_units.tsv")


def _unit_after(text: str, position: int) -> tuple[str, int]:
    """The counted noun after ``position`` and where it ends: words up to a stop word, punctuation or number."""
    words: list[str] = []
    cursor = position
    aside = _PARENTHETICAL.match(text, position)  # "47/56 (đạt 84%) đơn vị"
    if aside:
        cursor = aside.end()
    end = position
    while len(words) < _MAX_UNIT_WORDS:
        match = _WORD.match(text, _GAP.match(text, cursor).end())
        if not match:
            break
        lowered = match.group().lower()
        following = _NEXT_WORD.match(text, match.end())
        two_words = f"{lowered} {following.group(1).lower()}" if following else ""  # "trở lên"
        if lowered in stop_words() or two_words in stop_words():
            if not words:
                return "", position
            break
        words.append(match.group())
        cursor = end = match.end()
    return " ".join(words), end


def _is_not_unit(unit: str) -> bool:
    lowered = unit.lower()
    if any(lowered == allowed or lowered.startswith(allowed + " ") for allowed in _allowed_units()):
        return False
    first = lowered.split(" ")[0] if lowered else ""
    return first in _not_units() or " ".join(lowered.split(" ")[:2]) in _not_units()


def _is_identifier(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows an ordinal/identifier head or is list numbering."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 30):start]
    if _identifier_head().search(before):
        return True
    return before.endswith("(") and re.match(r"\d+\)", text[start:start + 4]) is not None


_PERCENT_CONTEXT = re.compile(r"(?:[ ]+(?:[^\W\d_][\w&]*|\d[\d.,]*)){1,5}")
_FREQUENCY = re.compile(r"\s*/\s*(?:\d+\s*)?([^\W\d_]+)")


def _percent_text_end(text: str, end: int) -> int:
    """Percentages keep the words that say what they are a share of ("80% trở lên CĐ cơ sở")."""
    context = _PERCENT_CONTEXT.match(text, end)
    return context.end() if context else end


def _is_frequency(text: str, end: int) -> bool:
    """"1 lần/ tháng", "3 tháng/lần": a rate per period is no count."""
    per = _FREQUENCY.match(text, end)
    return bool(per) and (per.group(1).lower() in _not_units() or per.group(1).lower() == "lần")


def find_counts(text: str, taken: list[tuple[int, int]]) -> list[Count]:
    """Counts in ``text``, skipping numbers inside the ``taken`` spans (dates, money)."""
    facts: list[Count] = []
    taken = list(taken)
    for match in _numeric_pattern().finditer(text):
        first_start = match.start("first")
        if overlaps(first_start, match.end("first"), taken) or _is_identifier(text, first_start):
            continue
        if match.group("scale") and not match.group("percent"):
            multiplier = scale_words()[" ".join(match.group("scale").lower().split())]
        else:
            multiplier = 1
        numbers = [match.group("first")] + [match.group(g) for g in ("second", "high") if match.group(g)]
        values = [parse_number(number) for number in numbers]
        if any(value is None for value in values):
            continue
        if match.group("second") and not match.group("percent") and values[0] > values[1]:
            continue  # "6/3" with the first larger is no part-of-whole; leave it alone
        if match.group("low_percent") and not match.group("percent"):
            continue
        if match.group("percent"):
            unit = "%"
            end = _percent_text_end(text, match.end())
        else:
            unit, end = _unit_after(text, match.end())
            if not unit or _is_not_unit(unit) or _is_frequency(text, end):
                continue
        qualifier, start = qualifier_before(text, match.start())
        # Reserve the number and its unit ("m 2" holds no second count), not an aside
        # between them ("47/56 (đạt 84%) đơn vị" holds a share of its own).
        taken.append((start, match.end()))
        if unit != "%" and text[end - len(unit):end] == unit:
            taken.append((end - len(unit), end))
        bound_names = ["low", "high"] if match.group("high") else [None] * len(values)
        for bound, value in zip(bound_names, values):
            facts.append(
                Count(
                    start=start,
                    end=end,
                    text=text[start:end],
                    value=as_int_if_whole(round(value * multiplier, 6)),
                    unit=unit,
                    qualifier=qualifier,
                    bound=bound,
                )
            )
    facts.extend(_number_word_counts(text, taken))
    return sorted(facts, key=lambda fact: (fact.start, fact.end))


def _number_word_counts(text: str, taken: list[tuple[int, int]]) -> list[Count]:
    facts = []
    for match in _number_word_pattern().finditer(text):
        start = match.start()
        if overlaps(start, match.end(), taken) or _is_identifier(text, start):
            continue
        if _is_name_part(text, start, match.end()):
            continue
        unit, end = _unit_after(text, match.end())
        if not unit or _is_not_unit(unit):
            continue
        word = (match.group("quoted") or match.group("alone")).lower()
        first_unit_word = unit.lower().split(" ")[0]
        if word == "năm" and first_unit_word not in _number_word_units():
            continue
        if re.match(r"[^\W\d_]", text[match.end() + 1:match.end() + 2] or " ") is None:
            continue
        facts.append(Count(start=start, end=end, text=text[start:end], value=number_words()[word], unit=unit))
    return facts


class CountExtractor(Extractor):
    provides = "counts"
    requires = ("dates", "money")

    def find(self, doc: Doc) -> list[Count]:
        taken = [(fact.start, fact.end) for kind in self.requires for fact in facts_of(doc, kind)]
        return find_counts(text_of(doc), taken)
