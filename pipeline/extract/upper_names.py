"""Full names written in capitals, as interviews and opinion columns head each speaker's words:
"* TS VŨ MINH TIẾN (phó viện trưởng Viện Công nhân và Công đoàn):", "Ông LÊ ĐÌNH QUẢNG (…)". A reader's
name signing a letter at the end of a text is its byline, which the persons extractor leaves out.

The persons extractor reads names in sentence case only, so these go unseen. A run of two to four
capital syllables of the Vietnamese shape whose first is a family name is such a name when a form of
address, a degree or an office precedes it, or when it opens its line or sentence (after a bullet
perhaps) and a bracket, a dash or a colon follows it (a reader signing a letter: "ĐỖ VĂN AN (bạn đọc)"); brands and titles written in capitals inside a sentence ("hãng
taxi MAI LINH (Hà Nội)") are neither. Datelines and
headlines write places and slogans in capitals too ("HÀ NỘI (TTXVN) -"), so a run the persons lexicon
reads as a place or another thing (``is_other``) is none, and so is a run inside a line written all in
capitals. The name is reported in sentence case ("Vũ Minh Tiến"), its mention spans the capitals.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from unionfacts.extract.patterns import UPPER
from unionfacts.extract.spanindex import SpanIndex
from unionfacts.normalize import fold_for_matching
from unionfacts.types import PersonMention

_UPPER_SYLLABLE = rf"{UPPER}{{1,7}}"
# Opens with a capital (the look behind after it) so the engine skips to capitals.
_RUN = re.compile(rf"{UPPER}(?<![^\W_]{UPPER}){UPPER}{{0,6}}[ ](?:{_UPPER_SYLLABLE}[ ]){{0,4}}{_UPPER_SYLLABLE}(?![^\W_])")
_MAX_SYLLABLES = 4
_AFTER_BODY_SYLLABLES = 3  # a full name of three or four, right after a body's name: its officer's
_SET_OFF_AFTER = re.compile(r"[ ]?[(:–-]")
# An answer's heading or a letter's signature opens its line or sentence, perhaps after a bullet.
_HEADING_BEFORE = re.compile(r"(?:^|.*[.!?…][ ]+)(?:[*•–-][ ]*)?$")


def upper_case_names(text: str, taken: SpanIndex, surnames: frozenset[str],
                     shaped: Callable[[str], bool], is_other: Callable[[tuple[str, ...]], bool],
                     cued: Callable[[str, int], object]) -> list[PersonMention]:
    """The capitalized full names of ``text`` that touch no span of ``taken``. ``shaped(syllable)`` says
    whether a syllable has the Vietnamese shape, ``is_other(folded)`` whether the words name a place or a
    thing, ``cued(text, start)`` whether a form of address or an office stands right before ``start``."""
    found = []
    for match in _RUN.finditer(text):
        words = match.group().split(" ")
        folded = tuple(fold_for_matching(word) for word in words)
        first = next((index for index, word in enumerate(folded) if word in surnames), len(words))
        words, folded = words[first:], folded[first:]  # "TS [VŨ MINH TIẾN]": a degree's acronym before the name
        start = match.end() - len(" ".join(words))
        if not 2 <= len(words) <= _MAX_SYLLABLES or not all(shaped(word.capitalize()) for word in words) \
                or taken.overlaps(start, match.end()) or any(is_other(folded[index:]) for index in range(len(folded))):
            continue  # "HOÀNG ANH GIA LAI": a run that ends with a place names the place's team or firm
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        line_prefix = text[line_start:start]
        if not any(character.islower() for character in line):
            continue  # a headline or a dateline written all in capitals
        if not cued(text, start) and not (_SET_OFF_AFTER.match(text, match.end()) and _HEADING_BEFORE.match(line_prefix)) \
                and not (len(words) >= _AFTER_BODY_SYLLABLES and _after_body(text, start, taken)):
            continue  # "hãng taxi MAI LINH (Hà Nội)": a brand, not an answer's heading
        name = " ".join(word.capitalize() for word in words)
        found.append(PersonMention(start, match.end(), text[start:match.end()], name))
    return found


def _after_body(text: str, start: int, taken: SpanIndex) -> bool:
    """Whether a body's name (a span of ``taken``) ends one space before ``start``: "Chủ tịch Liên đoàn Lao động
    TP. HCM [TRẦN THỊ DIỆU THÚY]" names the officer after the body, as in sentence case."""
    return start >= 2 and text[start - 1] == " " and any(end == start - 1 for _, end, _ in taken.overlapping(start - 2, start - 1))
