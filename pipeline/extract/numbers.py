"""Read Vietnamese numerals: "12.326" = 12326, "5,9" = 5.9, "11 ngàn" = 11000, "Ba" = 3.

Vietnamese writes "." between thousands and "," before decimals. A lone "." or ","
followed by exactly three digits is a thousands separator ("1.411"); otherwise it
is a decimal mark ("5,9", "52,5"). English-style input ("1,411.5") is read too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unionfacts.resources import read_mapping

# A number as written in the news: digits with "." / "," groups or decimals.
NUMBER_PATTERN = r"\d+(?:[.,]\d+)*"
# Larger than any amount or count the news reports, and below what a 64-bit column holds.
MAX_NUMBER = 1e18


@lru_cache(maxsize=1)
def scale_words() -> dict[str, int]:
    return {word: int(value) for word, value in read_mapping("numbers/scale_words.tsv", "word", "multiplier").items()}


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    return {word: int(value) for word, value in read_mapping("numbers/number_words.tsv", "word", "value").items()}


def parse_number(text: str) -> float | None:
    """Value of a digit string written the Vietnamese way; None if it is not a number."""
    text = text.strip()
    if not re.fullmatch(NUMBER_PATTERN, text):
        return None
    try:
        value = _parse_marks(text)
    except ValueError:  # marks in no order a number is written in ("2,8112.812")
        return None
    # A run of hundreds of digits is no quantity (and 1e309 is infinite): not a number.
    return value if value is None or value < MAX_NUMBER else None


def _parse_marks(text: str) -> float | None:
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        # The mark that comes last is the decimal mark.
        if text.rfind(",") > text.rfind("."):
            return float(text.replace(".", "").replace(",", "."))
        return float(text.replace(",", ""))
    mark = "." if dots else "," if commas else None
    if mark is None:
        return float(text)
    groups = text.split(mark)
    if len(groups) > 2 or all(len(group) == 3 for group in groups[1:]) and len(groups[0]) <= 3:
        if all(len(group) == 3 for group in groups[1:]):
            return float("".join(groups))
        return None
    return float(text.replace(",", "."))


def as_int_if_whole(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def scaled(value: float, scale_word: str | None) -> float:
    """Multiply by a scale word ("tỷ", "ngàn"); exact for amounts like 5,9 tỷ."""
    if not scale_word:
        return value
    multiplier = scale_words()[scale_word.lower()]
    return round(value * multiplier, 6)


def parse_number_word(word: str) -> int | None:
    """Value of a single number word ("ba" → 3); None otherwise."""
    return number_words().get(word.lower())
