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


def first_characters(words) -> str:
    """A lookahead for the first characters of ``words`` as written, for a pattern that heeds case:
    opening a pattern, before its look behind, it lets the regex engine skip every position no word
    starts at. (When the words start with many letters, a look behind for a word start first,
    as in ``word_pattern``, rejects most positions sooner.)"""
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words if word})) + "])"


def word_pattern(words) -> re.Pattern[str]:
    """Any of ``words`` as whole words, ignoring case, longest first."""
    words = list(words)
    return re.compile(rf"(?<!\w){first_letters(words)}(?:{trie_alternation(words, ignore_case=True)})(?!\w)",
                      re.IGNORECASE)


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any spacing."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in word.split()) for word in ordered)


_SPACING = object()  # a space between words, which matches any spacing


def trie_alternation(words, ignore_case: bool) -> str:
    """What ``alternation(words)`` matches, written as a trie ("Phó (?:Chủ tịch|Bí thư)").

    The regex engine tries a flat alternation's words one by one at every position
    where the first letter fits, and a lexicon holds hundreds of words; a trie tries
    each letter once. The words a text can match at one position are prefixes of one
    another and the trie tries the longer continuation first, so the match is the
    flat longest-first one. That holds only if no two words differ by case alone
    where the pattern ignores case: ``ignore_case`` (the pattern's flag) lower-cases
    the words first, and words holding a letter the regex engine folds otherwise
    (or a blank word) are written as the flat alternation.
    """
    words = set(words)
    if any(not word.split() for word in words) or ignore_case and any(
            _folds_apart(char) for word in words for char in word):
        return alternation(words)  # a blank word, or case the regex folds otherwise than str.lower
    trie: dict = {}
    for word in words:
        if ignore_case:
            word = "".join(map(str.lower, word))  # letter by letter: no final sigma
        node = trie
        for index, part in enumerate(word.split()):
            if index:
                node = node.setdefault(_SPACING, {})
            for char in part:
                node = node.setdefault(char, {})
        if node is not trie:
            node[None] = {}  # a word ends here
    return _trie_pattern(trie)


def _folds_apart(char: str) -> bool:
    """Whether the regex engine, ignoring case, may take ``char`` for a letter its lower case
    is not ("ſ" for "s", "µ" for "μ", "ς" for "σ") or lower-cases it to several ("İ")."""
    lower = char.lower()
    return len(lower) != 1 or char.upper().lower() != lower


def _trie_pattern(node: dict) -> str:
    """The regex of a trie node: its branches, each a literal run and the node it leads to,
    optional as a whole where a word ends (greedy, so the longer word is tried first)."""
    branches = []
    for step, child in sorted(node.items(), key=lambda item: "" if item[0] is _SPACING else item[0] or ""):
        if step is None:
            continue
        literal = [step]
        while len(child) == 1 and None not in child:  # a chain of single steps is one literal
            (step, child), = child.items()
            literal.append(step)
        text = "".join(r"\s+" if item is _SPACING else re.escape(item) for item in literal)
        branches.append(text + _trie_pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if None in node else body


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


def occurrences(text: str, part: str) -> list[int]:
    """Where ``part`` is written in ``text``, left to right and not overlapping (``re.finditer`` of the escaped
    text would compile a pattern per searched string, each article's own)."""
    found, start = [], text.find(part)
    while start >= 0:
        found.append(start)
        start = text.find(part, start + len(part))
    return found
