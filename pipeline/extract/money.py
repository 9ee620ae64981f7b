"""Money: amounts with scale words, Vietnamese number format, currencies, ranges, qualifiers.

"70 tỷ đồng" → 70,000,000,000 VND; "5,9 tỷ đồng" → 5,900,000,000; "3,5 - 3,7 triệu
đồng/người/tháng" → two facts (low and high bound) sharing the range's text; "trên
178 tỷ đồng" keeps "trên" as its qualifier. A bare "1,5 triệu" with no currency is
money only where a money word (giá, lương, …) stands just before it and no counted
noun follows it ("2 triệu đoàn viên" is a count).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from unionfacts.extract.base import Extractor, text_of, token_spans
from unionfacts.extract.numbers import MAX_NUMBER, parse_number, scale_words
from unionfacts.extract.patterns import (
    END_OF_WORD,
    NUMBER,
    NUMBER_TAIL,
    RANGE_JOINERS,
    alternation,
    currencies,
    next_word,
    qualifier_before,
    scales,
    stop_words,
)
from unionfacts.resources import read_words
from unionfacts.types import Money

_CUE_WINDOW = 40  # characters before an amount searched for a money word
_DISCOURSE_WINDOW = 150  # an amount this close after another one continues the same talk of money


@lru_cache(maxsize=1)
def _amount_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<low>{NUMBER})(?:\s*(?P<low_scale>{scales()}){END_OF_WORD})?"
        rf"(?:{RANGE_JOINERS}(?P<high>{NUMBER_TAIL}))?"
        rf"(?:\s*(?P<scale>{scales()}){END_OF_WORD})?"
        rf"(?:\s*(?P<currency>{alternation(currencies())}){END_OF_WORD})?"
        r"(?P<per>(?:\s?(?:/|mỗi\s)\s?(?:m\s?2(?!\d)|[^\W\d_]+))*)"
    )


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(read_words('money/cue_words.tsv'))}){END_OF_WORD}", re.IGNORECASE)


def _has_cue(text: str, start: int) -> bool:
    window = text[max(0, start - _CUE_WINDOW):start]
    window = re.split(r"[.;:!?\n]", window)[-1]
    return bool(_cue_pattern().search(window))


def _bare_amount_is_money(text: str, match: re.Match[str], previous: list[Money]) -> bool:
    """A scaled number with no currency is money when it reads as a price or a sum.

    That is: priced per unit ("15 triệu/m2", "15 triệu mỗi m2"), or with no counted
    noun after it and either a money word just before it ("giá 100 - 200 triệu") or an
    amount with a currency just before it ("… 4,7 triệu đồng. … được khoảng gần 7 triệu").
    """
    if not match.group("scale") and not match.group("low_scale"):
        return False
    if match.group("per"):
        return True
    following = next_word(text, match.end())
    followed_by_noun = bool(re.match(r"[^\W\d_]", following)) and following.lower() not in stop_words()
    if followed_by_noun:
        return False
    recent_amount = any(0 <= match.start() - fact.end <= _DISCOURSE_WINDOW for fact in previous)
    return recent_amount or _has_cue(text, match.start())


def _scale_value(word: str | None) -> int:
    return scale_words()[" ".join(word.lower().split())] if word else 1


def find_money(text: str, word_ends: frozenset[int] | None = None) -> list[Money]:
    """Every amount of money in ``text``, a range giving one fact per bound.

    ``word_ends`` (character offsets where a segmented word ends) keeps a currency
    word from being read inside a longer word: "11 đồng chí" is no amount.
    """
    facts: list[Money] = []
    for match in _amount_pattern().finditer(text):
        currency_word = match.group("currency")
        scaled = match.group("scale") or match.group("low_scale")
        if currency_word and not scaled and word_ends is not None and match.end("currency") not in word_ends:
            continue  # "11 đồng chí"; after a scale word "đồng" is the currency ("tỷ đồng bằng …")
        if currency_word:
            currency = currencies()[" ".join(currency_word.split())]
        elif _bare_amount_is_money(text, match, facts):
            currency = "VND"
        else:
            continue
        scale = _scale_value(match.group("scale"))
        low_scale = _scale_value(match.group("low_scale")) if match.group("low_scale") else scale
        bounds = [("low", match.group("low"), low_scale)]
        if match.group("high"):
            bounds.append(("high", match.group("high"), scale))
        values = [(bound, parse_number(number), multiplier) for bound, number, multiplier in bounds]
        if any(value is None or value * multiplier >= MAX_NUMBER for _, value, multiplier in values):
            continue  # no number, or more than a 64-bit amount column holds
        qualifier, start = qualifier_before(text, match.start())
        end = match.end("per") if match.group("per") else max(
            match.end(group) for group in ("low", "low_scale", "high", "scale", "currency") if match.group(group)
        )
        is_range = len(values) > 1
        for bound, value, multiplier in values:
            facts.append(
                Money(
                    start=start,
                    end=end,
                    text=text[start:end],
                    amount=int(round(value * multiplier)),
                    currency=currency,
                    qualifier=qualifier,
                    bound=bound if is_range else None,
                )
            )
    return facts


class MoneyExtractor(Extractor):
    provides = "money"

    def find(self, doc: Doc) -> list[Money]:
        return find_money(text_of(doc), frozenset(end for _, end in token_spans(doc)))
