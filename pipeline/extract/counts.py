"""Counts: a number and the thing it counts ("400 suất quà", "11 ngàn đoàn viên", "52,5% KH").

A count is a number followed by a counted noun, a percentage, or a number word
before a noun ("Ba khâu đột phá" = 3). Numbers that belong to a date or an amount
of money (earlier components), ordinals and identifiers ("lần thứ 19", "Nghị quyết
số 02", "Khối thi đua 11"), durations and ages ("10 tháng", "30 tuổi") are not
counts. Ranges ("45-60 m 2") and fractions ("47/56 đơn vị") give one fact per number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from spacy.tokens import Doc

from unionfacts.extract.base import Extractor, facts_of, text_of, token_spans
from unionfacts.extract.numbers import (
    NumberPhrase,
    as_int_if_whole,
    comma_grouped,
    find_numbers,
    is_group_piece,
    number_at,
    standalone_number_words,
    words_value,
)
from unionfacts.extract.patterns import RANGE_JOINERS, UPPER, alternation, is_identifier, qualifier_before, stop_words
from unionfacts.extract.spanindex import TakenSpans
from unionfacts.normalize import fold_for_matching
from unionfacts.resources import read_words
from unionfacts.types import Count

# Where each segmented word that starts at a character ends ({start: end}); empty when the
# text was not segmented (then no word is looked up as a whole).
WordEnds = Mapping[int, int]
_NO_WORDS: WordEnds = {}

_MAX_UNIT_WORDS = 5  # syllables: "Công đoàn ngành Trung ương"
_GAP = re.compile(r"[ ]*[“\"]?")  # spaces, and a quote opening the noun ("4 “Mái ấm Công đoàn”")
_NEXT_WORD = re.compile(r" ([^\s]+)")
_PARENTHETICAL = re.compile(r" ?\([^()\n]{1,30}\)")
_WORD = re.compile(r"m\s?2(?!\d)|[^\W\d_][\w&]*(?:[-–][^\W\d_][\w&]*)*")


_LOW_PERCENT = re.compile(r"\s?%(?=\s*[-–])")  # "70%-75%"
_SLASH = re.compile(r"\s*/\s*|[ ]+trong(?:[ ]+số)?[ ]+")  # "47/56 đơn vị", "1 trong 3 xã"
# "một phần ba", "2 phần 5": a fraction written in words ("phần trăm" is a percentage).
_FRACTION = re.compile(r"[ ]+phần[ ]+(?!(?:trăm|nghìn|ngàn|vạn|triệu)(?!\w))(?P<denominator>\d+|[^\W\d_]+)", re.IGNORECASE)
_ALTERNATIVE = re.compile(r",[ ]")  # "khoảng 13, 14 độ C": two numbers of one unit
_RANGE = re.compile(RANGE_JOINERS)
_PERCENT = re.compile(r"\s?(?:%|phần\s+trăm(?!\w))")
_QUOTE_BEFORE = frozenset("“\"")
# A clock time: "15h30", "6h45", "9g05", "14:30", "8 giờ 15" — hours and minutes, no count.
_CLOCK_AFTER = re.compile(r"[ ]?(?:[hHgG:]|giờ[ ])[ ]?[0-5]\d(?!\d)")


@lru_cache(maxsize=1)
def _parts_of_day() -> frozenset[str]:
    return read_words("dates/parts_of_day.tsv")


@lru_cache(maxsize=1)
def _measure_units() -> frozenset[str]:
    return frozenset(word.lower() for word in read_words("counts/measure_units.tsv"))


@lru_cache(maxsize=1)
def _quantifiers() -> tuple[str, ...]:
    return tuple(word.lower() for word in read_words("counts/quantifiers.tsv", "phrase"))


@lru_cache(maxsize=1)
def _share_nouns() -> tuple[str, ...]:
    return tuple(read_words("counts/share_nouns.tsv"))


_CAPITALIZED_BEFORE = re.compile(rf"{UPPER}[^\W\d_]*[ ]$")
_CAPITALIZED_AFTER = re.compile(rf"[ ]{UPPER}(?!{UPPER})[^\W\d_]")  # "Hai Bà Trưng", not an acronym ("Hai DN")


def _is_name_part(text: str, start: int, end: int) -> bool:
    """A capitalized number word between capitalized words is a name ("Nguyễn Xuân Mười", "Hai Bà Trưng")."""
    if not text[start].isupper():
        return False
    before = text[max(0, start - 20):start]
    return bool(_CAPITALIZED_BEFORE.search(before) or _CAPITALIZED_AFTER.match(text, end))


@lru_cache(maxsize=1)
def _not_units() -> frozenset[str]:
    return read_words("counts/not_units.tsv")


@lru_cache(maxsize=1)
def _allowed_units() -> tuple[str, ...]:
    return tuple(read_words("counts/units_allowed.tsv", "unit"))


@lru_cache(maxsize=1)
def _number_word_units() -> frozenset[str]:
    return read_words("counts/number_word_units.tsv")


@lru_cache(maxsize=1)
def _predicates() -> frozenset[str]:
    return frozenset(fold_for_matching(word) for word in read_words("counts/predicates.tsv"))


@lru_cache(maxsize=1)
def _nouns_opened_by_stop_words() -> frozenset[str]:
    return frozenset(word.lower() for word in read_words("counts/stop_word_nouns.tsv"))


def _says_what_it_does(text: str, start: int, two_words: str, word_ends: WordEnds) -> bool:
    """The word at ``start`` is a verb or an adjective ("5.000 xuống", "2-8 dễ mắc bệnh", "2021
    diễn ra"), not the counted noun. A whole segmented word is looked up, so "học sinh" is no
    "học"; two syllables are looked up too, where the segmenter split a verb ("diễn ra")."""
    end = word_ends.get(start)
    if end is not None and fold_for_matching(text[start:end]) in _predicates():
        return True
    return " " in two_words and fold_for_matching(two_words) in _predicates()


def _unit_after(text: str, position: int, word_ends: WordEnds = _NO_WORDS) -> tuple[str, int]:
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
        if not words:
            second = _WORD.match(text, match.end() + 1) if following else None
            pair = f"{lowered} {second.group().lower()}" if second else ""
            if _says_what_it_does(text, match.start(), pair, word_ends):
                return "", position
            if pair in _nouns_opened_by_stop_words():
                words.append(text[match.start():second.end()])  # "3 bị cáo", "11 bị can"
                cursor = end = second.end()
                continue
        if lowered in stop_words() or two_words in stop_words():
            if not words:
                return "", position
            break
        if match.group().islower() and number_at(text, match.start()) is not None:
            if not words:
                return "", position  # "ba bốn năm": two numbers of an estimate, no noun yet
            break  # "2 lần một tháng", "300 lao động năm 2020": a number ends the noun
        words.append(match.group())
        cursor = end = match.end()
    return " ".join(words), end


def _is_not_unit(unit: str) -> bool:
    first_word = unit.split(" ")[0]
    if len(first_word) == 1 and (first_word.isupper() or first_word not in _measure_units()):
        return True  # "4G", "765G", "1A", "5 K", "9x": a number with one letter is a name or a code
    lowered = unit.lower()
    if any(lowered == allowed or lowered.startswith(allowed + " ") for allowed in _allowed_units()):
        return False
    first = lowered.split(" ")[0] if lowered else ""
    return first in _not_units() or " ".join(lowered.split(" ")[:2]) in _not_units()


_AFTER_SHARE = re.compile(r"[ ]+trở[ ]+(?:lên|xuống)(?!\w)", re.IGNORECASE)  # "80% trở lên CĐ cơ sở"
_FREQUENCY = re.compile(r"\s*(?:/|[ ]mỗi[ ]|[ ]một[ ])\s*(?:\d+\s*)?([^\W\d_]+)")  # "/ tháng", "mỗi năm", "một tuần"


def _percent_text_end(text: str, end: int, word_ends: WordEnds) -> int:
    """Percentages keep the noun they are a share of ("80% trở lên CĐ cơ sở", "95% người lao
    động"), up to a function word ("13,3% thì …" is the share alone)."""
    bound = _AFTER_SHARE.match(text, end)
    noun, noun_end = _unit_after(text, bound.end() if bound else end, word_ends)
    if noun:
        return noun_end
    return bound.end() if bound else end


def _is_frequency(text: str, end: int, unit: str) -> bool:
    """"1 lần/ tháng", "3 tháng/lần", "3 lần mỗi năm": a rate per period is no count; in words
    only how often something happens ("7.200 tấn mỗi ngày" still counts tonnes)."""
    per = _FREQUENCY.match(text, end)
    if per is None:
        return False
    period = per.group(1).lower()
    if "/" not in per.group():
        return unit.lower() == "lần" and period in _not_units()
    return period in _not_units() or period == "lần"


def _is_clock(text: str, phrase: NumberPhrase, unit: str) -> bool:
    """"15h30", "lúc 9g sáng", "14:30": a time of day, not a count of hours or grams."""
    if phrase.words or phrase.value > 24:
        return False
    if _CLOCK_AFTER.match(text, phrase.end):
        return True
    words = unit.lower().split(" ")
    return words[0] in ("h", "g") and (len(words) == 1 or words[1] in _parts_of_day())


def _value(text: str, phrase: NumberPhrase, unit: str) -> Decimal:
    """The value of a number of ``unit``: things counted one by one have no thousandths.

    "4,753 người", "10,000 máy tính" and any "140,000" are English thousands; "6,528
    inches" and "2,375 ha" keep the Vietnamese decimal comma (models/counts/measure_units.tsv).
    """
    if phrase.scaled:
        return phrase.value
    raw = text[phrase.start:phrase.end]
    grouped = comma_grouped(raw)
    if grouped is None:
        return phrase.value
    measured = unit == "%" or unit.lower().split(" ")[0] in _measure_units()
    return grouped if raw.endswith(",000") or not measured else phrase.value


def _is_share(unit: str) -> bool:
    """"3/4 số đại biểu": a fraction of a whole, not two counts."""
    lowered = unit.lower()
    return any(lowered == noun or lowered.startswith(noun + " ") for noun in _share_nouns())


def _is_address(unit: str) -> bool:
    """"123/4 Lê Lợi": a house number before a street name (a capitalized word, not an acronym)."""
    first = unit.split(" ")[0]
    return len(first) > 1 and first[0].isupper() and first[1:].islower()


@lru_cache(maxsize=1)
def _address_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an address head ending the text before a number, a place kind opening the text after it)."""
    heads = alternation(read_words("counts/address_heads.tsv"))
    places = alternation(read_words("orgs/place_kinds.tsv", "form") | read_words("counts/address_heads.tsv"))
    return re.compile(rf"(?<!\w)(?:{heads})[ ]+$", re.IGNORECASE), re.compile(rf"(?:{places})(?!\w)")


def _in_address(text: str, start: int, unit_start: int) -> bool:
    """"tổ 44 phường Yên Thịnh", "thôn 3 xã Tân Lập": the number of a hamlet or a lane, in an
    address that goes on with a larger place; "mỗi tổ 5 người" still counts people."""
    head, place = _address_parts()
    return bool(head.search(text, max(0, start - 16), start)) and bool(place.match(text, unit_start))


def find_counts(text: str, taken: list[tuple[int, int]], word_ends: WordEnds = _NO_WORDS) -> list[Count]:
    """Counts in ``text``, skipping numbers inside the ``taken`` spans (dates, money).

    ``word_ends`` holds the segmented words, which tell a verb after a number from the
    first syllable of a noun; without them no word after a number is refused as a verb.
    """
    facts: list[Count] = []
    taken_index = TakenSpans(taken)
    reserved = TakenSpans()  # the counts' own numbers and units, added in text order
    read_until = 0
    for phrase in find_numbers(text):
        if phrase.start < read_until or phrase.money_only:
            continue
        if taken_index.overlaps(phrase.start, phrase.end) or reserved.overlaps(phrase.start, phrase.end):
            continue
        if is_group_piece(text, phrase.start):
            continue  # "000" of "1 000 000 đồng"
        fraction = _fraction_end(text, phrase)
        if fraction is not None:
            read_until = fraction  # "hai phần ba diện tích" is a share of a whole, no count
            continue
        if phrase.is_single_word and not _SLASH.match(text, phrase.end):  # "ba trong số 60 gia đình" reads on
            if not is_identifier(text, phrase.start):
                fact = _word_count(text, phrase, word_ends)
                if fact is not None:
                    facts.append(fact)
            continue
        group = _NumberGroup.read(text, phrase)
        read_until = group.end  # a fraction or range is read whole, counted or not ("số 123/4")
        if is_identifier(text, phrase.start):
            if group.second is not None and "/" not in text[phrase.end:group.second.start]:
                read_until = phrase.end  # "về thứ 3 trong 10 vận động viên": the 10 are counted
            continue
        if any(taken_index.overlaps(p.start, p.end) for p in group.phrases):
            continue  # "khoảng 72/160 tỷ đồng": the amount is money
        if phrase.words and not phrase.numerals and _is_name_part(text, phrase.start, phrase.end):
            continue
        new_facts = _numeric_count(text, group, word_ends)
        if not new_facts:
            continue
        # Reserve the number and its unit ("m 2" holds no second count), not an aside
        # between them ("47/56 (đạt 84%) đơn vị" holds a share of its own).
        reserved.add(new_facts[0].start, group.end)
        unit, end = new_facts[0].unit, new_facts[0].end
        if unit != "%" and text[end - len(unit):end] == unit:
            reserved.add(end - len(unit), end)
        facts.extend(new_facts)
    return sorted(facts, key=lambda fact: (fact.start, fact.end))


def _fraction_end(text: str, phrase: NumberPhrase) -> int | None:
    """Where "một phần ba", "3 phần 4" ends, if ``phrase`` opens such a fraction."""
    fraction = _FRACTION.match(text, phrase.end)
    if fraction is None:
        return None
    denominator = fraction.group("denominator")
    value = int(denominator) if denominator.isdigit() else words_value(denominator)
    return fraction.end() if value is not None and value > 1 else None


@dataclass(frozen=True)
class _NumberGroup:
    """A number with what is written with it: "47/56", "45-60", "70%-75%", "52,5%"."""

    first: NumberPhrase
    second: NumberPhrase | None  # "47/56"
    high: NumberPhrase | None  # "45-60"
    low_percent: bool  # "70%-75%"
    percent: bool
    end: int

    @classmethod
    def read(cls, text: str, first: NumberPhrase) -> _NumberGroup:
        position = first.end
        low_percent = _LOW_PERCENT.match(text, position)
        if low_percent:
            position = low_percent.end()
        second = high = None
        slash = _SLASH.match(text, position)
        if slash:
            second = number_at(text, slash.end())
            # "47/56" in digits; "ba trong bốn bị cáo" in words too, a slash between words is no fraction
            if second is not None and (second.numerals or "/" not in slash.group()):
                position = second.end
            else:
                second = None
        joiner = _RANGE.match(text, position) or _alternative(text, position, first, second)
        if joiner:
            high = number_at(text, joiner.end())
            if high is not None and not high.money_only:
                position = high.end
            else:
                high = None
        percent = _PERCENT.match(text, position)
        end = percent.end() if percent else position
        return cls(first, second, high, bool(low_percent), bool(percent), end)

    @property
    def phrases(self) -> list[NumberPhrase]:
        return [phrase for phrase in (self.first, self.second, self.high) if phrase is not None]


def _alternative(text: str, position: int, first: NumberPhrase, second: NumberPhrase | None) -> re.Match[str] | None:
    """", 14" after "13": the next whole number of a "13, 14 độ C" list (two neighbours, as the news
    gives an estimate), counted with the same unit."""
    comma = _ALTERNATIVE.match(text, position)
    if comma is None or second is not None:
        return None
    following = number_at(text, comma.end())
    if following is None or following.scaled or not (first.numerals and following.numerals):
        return None
    return comma if following.value == first.value + 1 and first.value == int(first.value) else None


def _numeric_count(text: str, group: _NumberGroup, word_ends: WordEnds) -> list[Count]:
    """The count(s) of a number group: itself, a fraction "47/56 đơn vị" or a range "45-60 m 2" of a unit."""
    first, second, high = group.first, group.second, group.high
    if group.low_percent and not group.percent:
        return []
    if group.percent:
        unit, end = "%", _percent_text_end(text, group.end, word_ends)
    else:
        unit, end = _unit_after(text, group.end, word_ends)
        if not unit or _is_not_unit(unit) or _is_frequency(text, end, unit) or _is_clock(text, first, unit):
            return []
        if _in_address(text, first.start, end - len(unit)):
            return []
        if first.negative:
            return []  # "-5 độ C", "âm 5 độ C": a temperature or a change, nothing counted (and never read as 5)
        if second is not None and (_is_share(unit) or _is_address(unit)):
            return []
    values = [_value(text, phrase, unit) for phrase in group.phrases]
    if high is not None and first.scale == 1 and high.scale > 1 and values[0] * high.scale <= values[-1]:
        values[0] = values[0] * high.scale  # "10 - 20 triệu người": the scale word serves both
    if second is not None and not group.percent and values[0] > values[1]:
        return []  # "6/3" with the first larger is no part-of-whole; leave it alone
    qualifier, start = qualifier_before(text, first.start)
    bounds = ["low", "high"] if high is not None else [None] * len(values)
    return [
        Count(
            start=start,
            end=end,
            text=text[start:end],
            value=as_int_if_whole(value),
            unit=unit,
            qualifier=qualifier,
            bound=bound,
        )
        for bound, value in zip(bounds, values)
    ]


def _word_count(text: str, phrase: NumberPhrase, word_ends: WordEnds) -> Count | None:
    """A number written as one word before its noun: "Ba khâu đột phá", "hai bên", "“một lương”"."""
    start, end = phrase.start, phrase.end
    word = text[start:end].lower()
    quoted = start > 0 and text[start - 1] in _QUOTE_BEFORE
    if not (word in standalone_number_words() or quoted and phrase.value >= 1):
        return None
    if _is_name_part(text, start, end):
        return None
    unit, unit_end = _unit_after(text, end, word_ends)
    if not unit or _is_not_unit(unit):
        return None
    if f"{word} {unit.lower()} ".startswith(tuple(q + " " for q in _quantifiers())):
        return None  # "Một số doanh nghiệp" is "some", "một vài" "a few"
    if word == "năm" and unit.lower().split(" ")[0] not in _number_word_units():
        return None  # "năm" is also "year"
    if re.match(r"[^\W\d_]", text[end + 1:end + 2] or " ") is None:
        return None
    return Count(start=start, end=unit_end, text=text[start:unit_end], value=as_int_if_whole(phrase.value), unit=unit)


class CountExtractor(Extractor):
    provides = "counts"
    requires = ("dates", "money")

    def find(self, doc: Doc) -> list[Count]:
        taken = [(fact.start, fact.end) for kind in self.requires for fact in facts_of(doc, kind)]
        return find_counts(text_of(doc), taken, dict(token_spans(doc)))
