"""Regex building blocks shared by the number-reading extractors, built from models/ data."""

from __future__ import annotations

import re
from functools import lru_cache

from unionfacts.extract.numbers import NUMBER_PATTERN, scale_words
from unionfacts.resources import read_mapping, read_table, read_words

# A number that is not glued to a word or to another number ("F0", "Covid-19", "2.000.000").
NUMBER_TAIL = rf"(?:{NUMBER_PATTERN})(?!\d|[.,]\d)"
NUMBER = rf"(?<![\w.,-]){NUMBER_TAIL}"
RANGE_JOINERS = r"(?:\s*[-–—]\s*|\s+(?:đến|tới)\s+)"
END_OF_WORD = r"(?![^\W\d_])"
# Upper-case letters of the Latin script, Vietnamese included ("[A-ZÀ-Ỹ]" would take
# lower-case "đ" and "ủ" too, which sit inside that code-point range).
UPPER = "[" + "".join(sorted({c for c in map(chr, range(0x41, 0x1F00)) if c.isalpha() and c.isupper()})) + "]"
CAPITALIZED_WORD = rf"{UPPER}[\w]*"
# A place or body name: capitalized words, possibly joined by a dash ("Bà Rịa - Vũng Tàu").
PROPER_NAME = rf"{CAPITALIZED_WORD}(?:(?:[ ]|[ ]?[-–][ ]?){CAPITALIZED_WORD}){{0,4}}"


def first_letters(words) -> str:
    """A lookahead for the first letters of ``words`` in either case: it lets the regex
    engine skip, at almost every position, a long case-insensitive alternation."""
    letters = {ch for word in words if word for ch in (word[0].lower(), word[0].upper())}
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(letters)) + "])"


def word_pattern(words) -> re.Pattern[str]:
    """Any of ``words`` as whole words, ignoring case, longest first."""
    words = list(words)
    return re.compile(rf"(?<!\w){first_letters(words)}(?:{alternation(words)})(?!\w)", re.IGNORECASE)


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any spacing."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in word.split()) for word in ordered)


@lru_cache(maxsize=1)
def qualifiers() -> str:
    # Case-insensitive: a qualifier may open the sentence ("Trên 1 tỉ đồng").
    return f"(?i:{alternation(read_words('money/qualifiers.tsv'))})"


@lru_cache(maxsize=1)
def _qualifier_before() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?P<qualifier>{qualifiers()})\s+$")  # searched in a 24-character window


def qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    """The qualifier right before a number at ``start`` ("trên", "khoảng gần") and where it begins.

    Looked for behind each number rather than tried at every position of the text: the
    alternation of qualifiers is what made the amount patterns slow.
    """
    window_start = max(0, start - 24)
    match = _qualifier_before().search(text[window_start:start])
    if match is None:
        return None, start
    return " ".join(match.group("qualifier").split()), window_start + match.start()


@lru_cache(maxsize=1)
def scales() -> str:
    return alternation(scale_words())


@lru_cache(maxsize=1)
def currencies() -> dict[str, str]:
    """Currency words and symbols → ISO 4217 code."""
    return read_mapping("money/currencies.tsv", "word", "currency")


@lru_cache(maxsize=2)
def currency_words(position: str) -> tuple[str, ...]:
    """The currency forms written ``position`` ("after" or "before") an amount."""
    return tuple(
        row["word"] for row in read_table("money/currencies.tsv") if row["position"] in (position, "both")
    )


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    return read_words("counts/stop_words.tsv")


def next_word(text: str, position: int) -> str:
    """The next whitespace-delimited word after ``position`` on the same line ('' at a break)."""
    match = re.match(r"[ ]*([^\s]*)", text[position:position + 60])
    return match.group(1) if match else ""


@lru_cache(maxsize=1)
def _identifier_head() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(read_words('counts/identifier_heads.tsv'))})\s*[:.]?\s*$")


@lru_cache(maxsize=1)
def _count_head() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(read_words('counts/count_heads.tsv'))})\s*[:.]?\s*$")


def is_identifier(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows an ordinal/identifier head ("lần thứ 19", "Quốc lộ 1K")
    or is list numbering ("(1)"); "tổng số 66.541" is a count."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 30):start]
    if _identifier_head().search(before):
        return not _count_head().search(before)
    return before.endswith("(") and re.match(r"\d+\)", text[start:start + 4]) is not None
