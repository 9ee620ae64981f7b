"""Where a proper name written after a head ends, read on the characters alone.

A name is capitalized words, with a lower-case syllable that makes one word of the segmenter's dictionary
with the capitalized syllable before it (names in sentence case: "Bách khoa", "Cộng hòa", "Dân chủ"),
and a dash between two parts ("Hà Nội - Amsterdam").
"""

from __future__ import annotations

import re

from unionfacts.extract.patterns import UPPER
from unionfacts.segment import known_words

_WORD = re.compile(rf"{UPPER}[\w'&.\-]*\w|{UPPER}|\d+\w*")  # a capitalized word of a name, or a number
_LOWER_SYLLABLE = re.compile(r"[^\W\d_]+")
_DASH = re.compile(r"[ ][-–][ ]")
MAX_WORDS = 6


def name_end(text: str, start: int, numbers: bool = True) -> int | None:
    """Where the name that starts at ``start`` ends; None if no capitalized word (or number) starts there."""
    word = _WORD.match(text, start)
    if word is None or not numbers and word.group()[0].isdigit():
        return None
    end, last, words = word.end(), word.start(), 1
    while words < MAX_WORDS:
        dash = _DASH.match(text, end)
        after = dash.end() if dash else end + 1
        following = _WORD.match(text, after) if dash or text.startswith(" ", end) else None
        if following and (numbers or not following.group()[0].isdigit()):
            end, last, words = following.end(), following.start(), words + 1
            continue
        lower = _LOWER_SYLLABLE.match(text, end + 1) if text.startswith(" ", end) else None
        if lower and lower.group().islower() and f"{text[last:end]} {lower.group()}".lower() in known_words():
            end, last, words = lower.end(), lower.end(), words + 1
            continue
        break
    return end
