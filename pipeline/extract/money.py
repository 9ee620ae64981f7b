"""Money: amounts read by the number grammar, with currencies, ranges, qualifiers and prices.

"70 tỷ đồng" → 70,000,000,000 VND; "5,9 tỷ đồng" → 5,900,000,000; "một trăm hai mươi
triệu đồng" → 120,000,000; "$2.500", "15$", "USD 50", "2.345.000₫" carry their
currency before or after; "3,5 - 3,7 triệu đồng/người/tháng", "30.000đ-80.000đ",
"từ 130.000 đồng đến 180.000 đồng" and "giữa 3.000 và 5.000 đồng" give two facts (low
and high bound) sharing the range's text; "trên 178 tỷ đồng" keeps "trên" as its
qualifier. A scaled number with no currency ("1,5 triệu", "3tr") is money only where a
money word (giá, lương, …) stands just before it or an amount was just named, and no
counted noun follows it ("2 triệu đoàn viên" is a count); "200K" is thousands of đồng.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from spacy.tokens import Doc

from unionfacts.extract.base import Extractor, text_of, token_spans
from unionfacts.extract.numbers import NumberPhrase, comma_grouped, find_numbers, is_group_piece, number_at
from unionfacts.extract.patterns import (
    END_OF_WORD,
    alternation,
    currencies,
    currency_words,
    is_identifier,
    next_word,
    qualifier_before,
    stop_words,
)
from unionfacts.resources import read_words
from unionfacts.types import Money

_CUE_WINDOW = 40  # characters before an amount searched for a money word
_DISCOURSE_WINDOW = 150  # an amount this close after another one continues the same talk of money
_BETWEEN = re.compile(r"(?<!\w)giữa[ \u00a0]+\Z", re.IGNORECASE)  # "giữa 3.000 và 5.000 đồng": "và" joins a range
_MAX_RANGE_RATIO = 1000  # "từ 10.000 đồng đến 1 triệu đồng" is a range; "năm 2022 - 1,5 tỉ USD" is not
_MIN_WORD_AMOUNT = 100  # "ba cọc ba đồng", "một đồng xu": small sums in words are idioms


@dataclass(frozen=True)
class _Currency:
    code: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _currency_after_pattern() -> re.Pattern[str]:
    return re.compile(rf"[ \u00a0]*(?P<currency>{alternation(currency_words('after'))}){END_OF_WORD}")


@lru_cache(maxsize=1)
def _currency_before_pattern() -> re.Pattern[str]:
    # Searched in the few characters before a number: a code or a symbol right before it.
    return re.compile(rf"(?<![^\W\d_])(?P<currency>{alternation(currency_words('before'))})[ \u00a0]?\Z")


_JOINER = re.compile(r"[ \u00a0]*[-–—][ \u00a0]*|[ \u00a0]+(?:đến|tới)[ \u00a0]+")
_AND_JOINER = re.compile(r"[ \u00a0]+và[ \u00a0]+")
# A price per unit: "/tháng", "mỗi m2", "một ngày" ("Lương 200K một ngày" is 200K per day)
_PER = re.compile(r"(?:\s?(?:/|mỗi\s|một\s)\s?(?:m\s?2(?!\d)|[^\W\d_]+))+")


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(read_words('money/cue_words.tsv'))}){END_OF_WORD}", re.IGNORECASE)


def _currency_after(text: str, position: int, phrase: NumberPhrase, word_ends: frozenset[int] | None) -> _Currency | None:
    match = _currency_after_pattern().match(text, position)
    if match is None:
        return None
    word = match.group("currency")
    if word[0].isalpha() and not phrase.scaled and word_ends is not None and match.end() not in word_ends:
        return None  # "11 đồng chí"; after a scale word "đồng" is the currency ("tỷ đồng bằng …")
    return _Currency(currencies()[word], match.start("currency"), match.end())


def _currency_before(text: str, position: int) -> _Currency | None:
    window_start = max(0, position - 6)
    match = _currency_before_pattern().search(text[window_start:position])
    if match is None:
        return None
    return _Currency(currencies()[match.group("currency")], window_start + match.start(), position)


@lru_cache(maxsize=1)
def _priced_thing_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(read_words('money/priced_things.tsv'))})\s+$", re.IGNORECASE)


def _has_cue(text: str, start: int) -> bool:
    window = text[max(0, start - _CUE_WINDOW):start]
    window = re.split(r"[.;:!?\n]", window)[-1]
    return bool(_cue_pattern().search(window))


def _bare_amount_is_money(text: str, start: int, end: int, priced: bool, previous: list[Money]) -> bool:
    """A scaled number with no currency is money when it reads as a price or a sum.

    That is: priced per unit ("15 triệu/m2", "15 triệu mỗi m2"), or with no counted
    noun after it and either a money word just before it ("giá 100 - 200 triệu"), the
    goods it is the price of right before it ("nhà ở 100 triệu"), or an amount with a
    currency just before it ("… 4,7 triệu đồng. … được khoảng gần 7 triệu").
    """
    if priced:
        return True
    following = next_word(text, end)
    if re.match(r"[^\W\d_]", following) and following.lower() not in stop_words():
        return False
    recent_amount = any(0 <= start - fact.end <= _DISCOURSE_WINDOW for fact in previous)
    priced = _priced_thing_pattern().search(text[max(0, start - 12):start]) is not None  # "nhà ở 100 triệu"
    return recent_amount or priced or _has_cue(text, start)


@dataclass(frozen=True)
class _Amount:
    start: int
    end: int
    currency: str
    qualifier: str | None
    values: tuple[Decimal, ...]  # one, or the low and high bound of a range


def _range_after(
    text: str, position: int, low: NumberPhrase, between: bool, word_ends: frozenset[int] | None
) -> tuple[NumberPhrase, _Currency | None, tuple[Decimal, Decimal]] | None:
    """The high bound of a range opened by ``low`` at ``position``: its phrase, currency and both values."""
    joiner = (_AND_JOINER if between else _JOINER).match(text, position)
    if joiner is None:
        return None
    before_high = _currency_before(text, joiner.end())  # "$10 - $20"
    high = number_at(text, joiner.end())
    if high is None:
        return None
    currency = _currency_after(text, high.end, high, word_ends)
    low_value, high_value = _value(text, low), _value(text, high)
    if low.scale == 1 and high.scale > 1 and low_value * high.scale <= high_value:
        low_value = low_value * high.scale  # "3,5 - 3,7 triệu": the scale word serves both bounds
    elif low.scale == 1 and high.scale == 1:
        low_value = _shared_thousands(text, low, low_value, high_value)
    if not low_value <= high_value <= max(low_value, 1) * _MAX_RANGE_RATIO:
        return None
    return high, currency or before_high, (low_value, high_value)


def _shared_thousands(text: str, low: NumberPhrase, low_value: Decimal, high_value: Decimal) -> Decimal:
    """"120-180.000 đồng", "từ 60 đến 80.000": the high bound's thousands serve the low one too."""
    if not text[low.start:low.end].isdigit() or not 0 < low_value < 1000 or high_value <= 0:
        return low_value
    factor = 1
    while high_value % (factor * 1000) == 0 and low_value * factor * 1000 <= high_value:
        factor *= 1000
    return low_value * factor if factor > 1 and high_value <= low_value * factor * 10 else low_value


def _value(text: str, phrase: NumberPhrase) -> Decimal:
    """An amount has no thousandths: without a scale word "500,000 đồng" is five hundred thousand."""
    if not phrase.scaled:
        grouped = comma_grouped(text[phrase.start:phrase.end])
        if grouped is not None:
            return grouped
    return phrase.value


# "2 triệu 5", "1 tỷ 2 đồng", "2 triệu 500": digits right after a scale word, with no smaller
# scale word, are the next digits of the amount (2.5 million, 1.2 billion, 2.5 million).
_TAIL = re.compile(r"[ \u00a0]+(?P<digits>\d{1,3})(?!\d|[.,:/-]\d|[ \u00a0]*[-–—%])")


def _with_tail(text: str, phrase: NumberPhrase, word_ends: frozenset[int] | None) -> NumberPhrase:
    """``phrase`` extended by the shorthand digits after its scale word, where nothing but a
    currency, a unit price or punctuation follows them ("giá 2 triệu 5.", "1 tỷ 2 đồng")."""
    if not phrase.scaled or phrase.money_only or text[phrase.end - 1].isdigit():
        return phrase
    tail = _TAIL.match(text, phrase.end)
    if tail is None or 10 ** len(tail.group("digits")) > phrase.scale:
        return phrase
    following = next_word(text, tail.end())
    ends_here = not re.match(r"[^\W\d_]", following) or following.lower() in stop_words()
    if not (ends_here or _currency_after(text, tail.end(), phrase, word_ends) or _PER.match(text, tail.end())):
        return phrase  # "2 triệu 5 người" is two numbers
    digits = tail.group("digits")
    value = phrase.value + Decimal(digits) * phrase.scale / 10 ** len(digits)
    return replace(phrase, end=tail.end(), value=value, numerals=phrase.numerals + 1)


_SPACE_GROUPS = re.compile(r"(?:[ \u00a0\u202f]\d{3})+(?![\d.,])")


def _space_grouped(text: str, phrase: NumberPhrase, word_ends: frozenset[int] | None) -> NumberPhrase:
    """"1 000 000 đồng", "2 500 USD": thousands grouped by spaces, read whole where a currency
    closes them (without one, "lớp 12 500 học sinh" stays two numbers)."""
    digits = text[phrase.start:phrase.end]
    if not (digits.isdigit() and len(digits) <= 3 and digits[0] != "0"):
        return phrase
    groups = _SPACE_GROUPS.match(text, phrase.end)
    if groups is None or _currency_after(text, groups.end(), phrase, word_ends) is None:
        return phrase
    value = Decimal(digits + re.sub(r"\D", "", groups.group()))
    return replace(phrase, end=groups.end(), value=value)


def _amount_at(
    text: str, low: NumberPhrase, word_ends: frozenset[int] | None, previous: list[Money]
) -> _Amount | None:
    low = _with_tail(text, _space_grouped(text, low, word_ends), word_ends)
    qualifier, start = qualifier_before(text, low.start)
    before = _currency_before(text, low.start) if low.numerals else None  # "$2.500", not "USD một ca"
    if before is not None:
        qualifier, start = qualifier_before(text, before.start)
    low_currency = _currency_after(text, low.end, low, word_ends)
    end = low_currency.end if low_currency else low.end
    values: tuple[Decimal, ...] = (_value(text, low),)
    currency = low_currency or before
    scaled = low.scaled
    between = _BETWEEN.search(text[max(0, low.start - 8):low.start]) is not None
    ranged = _range_after(text, end, low, between, word_ends)
    if ranged is not None:
        high, high_currency, bounds = ranged
        consistent = (
            low_currency is None or high_currency is not None and high_currency.code == low_currency.code
        )
        if consistent and (currency is None or high_currency is None or high_currency.code == currency.code):
            values, end, scaled = bounds, high_currency.end if high_currency else high.end, scaled or high.scaled
            currency = high_currency or currency
    if not low.numerals and values[0] < _MIN_WORD_AMOUNT:
        return None
    per = _PER.match(text, end)
    if per is not None:
        end = per.end()
    if currency is not None:
        code = currency.code
    elif scaled and not is_identifier(text, low.start) and _bare_amount_is_money(
        text, start, end, per is not None, previous
    ):
        code = "VND"  # "giá 1,5 triệu/tháng"; "200K" is thousands of đồng
    else:
        return None
    return _Amount(start, end, code, qualifier, values)


def find_money(text: str, word_ends: frozenset[int] | None = None) -> list[Money]:
    """Every amount of money in ``text``, a range giving one fact per bound.

    ``word_ends`` (character offsets where a segmented word ends) keeps a currency
    word from being read inside a longer word: "11 đồng chí" is no amount.
    """
    facts: list[Money] = []
    read_until = 0
    for phrase in find_numbers(text):
        if phrase.start < read_until or phrase.negative or is_group_piece(text, phrase.start):
            continue  # the high bound of a range just read; a sum below zero is a loss; "1 000 000"
        amount = _amount_at(text, phrase, word_ends, facts)
        if amount is None:
            continue
        read_until = amount.end
        bounds = ("low", "high") if len(amount.values) == 2 else (None,)
        for bound, value in zip(bounds, amount.values):
            facts.append(
                Money(
                    start=amount.start,
                    end=amount.end,
                    text=text[amount.start:amount.end],
                    amount=int(value.to_integral_value()),
                    currency=amount.currency,
                    qualifier=amount.qualifier,
                    bound=bound,
                )
            )
    return facts


class MoneyExtractor(Extractor):
    provides = "money"

    def find(self, doc: Doc) -> list[Money]:
        return find_money(text_of(doc), frozenset(end for _, end in token_spans(doc)))
