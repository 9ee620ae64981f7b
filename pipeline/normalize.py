"""Normalize text: Unicode NFC, one tone-mark placement, HTML character references, clean whitespace.

The normalized body is the text every fact offset points into, so this stage runs
once, before segmentation, and everything downstream reads its output.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

# Characters that look like Vietnamese letters but are not (Icelandic eth for đ),
# and spaces that are not ordinary spaces.
_CHAR_MAP = {"ð": "đ", "Ð": "Đ", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "", "\ufeff": "", "\t": " "}

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng

# An open syllable ending in oa / oe / uy whose tone sits on the last vowel ("hoà",
# "Uỷ", "khoẻ"). Closed syllables ("hoàng", "thuyết") place the tone the same way in
# both styles, so only the open ones are rewritten.
_OPEN_DIPHTHONG = re.compile(
    r"(?<![^\W\d_])([^\W\d_]*?)([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![^\W\d_])"
)
_CONSONANTS_ONLY = re.compile(r"^[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]*$")


def _move_tone(match: re.Match[str]) -> str:
    onset, first, second, tone = match.groups()
    pair = (first + second).lower()
    if pair not in {"oa", "oe", "uy"} or not _CONSONANTS_ONLY.match(onset):
        return match.group(0)
    if pair == "uy" and onset.lower().endswith("q"):  # "quý": u belongs to the onset
        return match.group(0)
    return onset + first + tone + second


# In NFC text, the only places a tone may need moving: o/u followed by a toned a, e or y.
_MAYBE_OLD_STYLE = re.compile(r"[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]")


_WORD_REST = re.compile(r"\w*")


def normalize_tone_marks(text: str) -> str:
    """Move tone marks to one placement: "hoà" → "hòa", "Uỷ" → "Ủy" (as the gold writes them).

    Only the words that may need it are decomposed and rewritten, not the whole text:
    each place that may need it is found by a fast scan and widened to its word.
    """
    composed = unicodedata.normalize("NFC", text)
    found = _MAYBE_OLD_STYLE.search(composed)
    if not found:
        return text
    pieces: list[str] = []
    done = 0
    while found:
        start = found.start()
        while start > done and _is_word_char(composed[start - 1]):
            start -= 1
        end = _WORD_REST.match(composed, found.end()).end()
        pieces.append(composed[done:start])
        pieces.append(_move_tones_in(composed[start:end]))
        done = end
        found = _MAYBE_OLD_STYLE.search(composed, end)
    pieces.append(composed[done:])
    return "".join(pieces)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


def _move_tones_in(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    if not any(ch in _TONE_MARKS for ch in decomposed):
        return text
    return unicodedata.normalize("NFC", _OPEN_DIPHTHONG.sub(_move_tone, decomposed))


# Character references a scraper left in plain text or JSON ("Sở LĐ-TB&amp;XH", "&quot;"), and the bare
# "&amp" some dumps keep without its semicolon before a letter ("Tập đoàn T&ampT Group").
_CHARACTER_REFERENCE = re.compile(r"&(?:amp|quot|apos|lt|gt|nbsp|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});|&amp(?=[^\W\d_])")


def _unescape_references(text: str) -> str:
    """Replace character references until none is left, so normalizing twice changes nothing
    ("&amp;amp;" → "&")."""
    while True:
        unescaped = _CHARACTER_REFERENCE.sub(lambda match: html.unescape(match.group()), text)
        if unescaped == text:
            return text
        text = unescaped


_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_MANY_SPACES = re.compile(r"[ ]{2,}")


def normalize_text(text: str) -> str:
    """Return the normalized form of ``text`` (idempotent: normalizing twice changes nothing)."""
    if "&" in text:
        text = _unescape_references(text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for odd, plain in _CHAR_MAP.items():  # str.replace per character: far faster than translate
        if odd in text:
            text = text.replace(odd, plain)
    text = normalize_tone_marks(text)
    if "  " in text:
        text = _MANY_SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = "\n".join(line.strip(" ") for line in text.split("\n"))
    if "\n\n\n" in text:
        text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


@lru_cache(maxsize=1 << 16)  # called for every syllable and name; the same few thousand recur
def fold_for_matching(text: str) -> str:
    """Fold a name for comparison: NFC, one tone placement, lower case, single spaces."""
    return " ".join(normalize_tone_marks(unicodedata.normalize("NFC", text)).lower().split())


# Vietnamese syllable shape (onset, one to three vowels, coda) on letters without marks: foreign words and
# abbreviations ("Cty", "Yamaha", "Hwa") have another.
_VIETNAMESE_SHAPE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


def vietnamese_shaped(word: str) -> bool:
    """Whether ``word``, its tone marks and the hats of its vowels stripped, has the shape of a Vietnamese
    syllable."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    return bool(_VIETNAMESE_SHAPE.fullmatch(bare))
