"""Read Vietnamese numbers: one grammar for money, counts and dates.

Digits: Vietnamese writes "." between thousands and "," before decimals ("12.326" =
12326, "2,375" = 2.375); only a number whose whole shape is English ("1,250,000",
"1,250.5") groups with commas. Number words compose ("hai mươi lăm" = 25, "ba mươi
mốt" = 31, "hai trăm linh năm" = 205, "Mười bốn" = 14), scale words multiply and
compose with each other ("250 nghìn tỷ" = 2.5 × 10¹⁴, "một triệu hai trăm nghìn",
"2 tỷ rưỡi" = 2.5 × 10⁹, "3tr", "200K"). The words and their roles live in
``models/numbers/``; this module holds the grammar that reads them.

``find_numbers`` returns every number phrase of a text in one left-to-right pass
(linear in the text); ``number_at`` reads the phrase that starts at a position
(the second bound of a range). Values are ``Decimal`` so "5,9 tỷ" is exactly
5,900,000,000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from unionfacts.resources import read_table, read_words

# A number as written in the news: digits with "." / "," groups or decimals.
NUMBER_PATTERN = r"\d+(?:[.,]\d+)*"
# More digits than any amount or count has: such a run is an identifier or noise, and
# reading it would only risk Python's int-string limit and float overflow.
MAX_DIGITS = 18
_MAX_VALUE = Decimal(10) ** MAX_DIGITS
_MAX_SCALE = 10**15  # "nghìn tỷ" is the largest compound scale the news writes


# --- digits ----------------------------------------------------------------------------


def parse_decimal(text: str) -> Decimal | None:
    """Value of a digit string, deciding "." and "," from the whole number's shape; None if no number."""
    text = text.strip()
    if not re.fullmatch(NUMBER_PATTERN, text) or sum(ch.isdigit() for ch in text) > MAX_DIGITS:
        return None
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        # The mark that comes last is the decimal mark, written once; the other groups thousands.
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        whole, _, fraction = text.rpartition(decimal_mark)
        if decimal_mark in whole or not _is_grouped(whole.split(group_mark)):
            return None
        return Decimal(whole.replace(group_mark, "") + "." + fraction)
    if not dots and not commas:
        return Decimal(text)
    mark = "." if dots else ","
    groups = text.split(mark)
    if len(groups) > 2:  # "12.326.000", "1,250,000": thousands, or no number at all ("1.2.3")
        return Decimal("".join(groups)) if _is_grouped(groups) else None
    if mark == "." and _is_grouped(groups):
        return Decimal("".join(groups))  # "1.411", "12.326"
    return Decimal(groups[0] + "." + groups[1])  # "5,9", "2,375", "52,5"; English "4.0"


def _is_grouped(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def comma_grouped(text: str) -> Decimal | None:
    """The thousands reading of a number written "d,ddd" ("500,000 đồng", "4,753 người").

    Vietnamese reads "2,375" as 2.375; where the quantity cannot have three decimals
    (đồng, people, a trailing ",000") the caller asks for the English reading instead.
    """
    match = re.fullmatch(r"([1-9]\d{0,2}),(\d{3})", text)
    return Decimal(match.group(1) + match.group(2)) if match else None


def parse_number(text: str) -> float | None:
    """Value of a digit string written the Vietnamese way; None if it is not a number."""
    value = parse_decimal(text)
    return float(value) if value is not None else None


def as_int_if_whole(value: float | Decimal) -> int | float:
    return int(value) if value == int(value) else float(value)


# --- the lexicon -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Word:
    value: Decimal
    role: str  # digit | ten | tens | hundred | zero | half | scale
    follows: frozenset[str] = frozenset()
    form: str = "word"  # scale words: word | short | glued
    money_only: bool = False


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, _Word]:
    words = {}
    for row in read_table("numbers/number_words.tsv"):
        follows = frozenset(part for part in row["follows"].split(",") if part and part != "-")
        words[row["word"].lower()] = _Word(Decimal(row["value"]), row["role"], follows)
    for row in read_table("numbers/scale_words.tsv"):
        words[row["word"].lower()] = _Word(
            Decimal(row["multiplier"]), "scale", form=row["form"], money_only=row["reads"] == "money"
        )
    return words


@lru_cache(maxsize=1)
def scale_words() -> dict[str, int]:
    """Scale words written as words of their own, and their multiplier ("tỷ" → 10⁹)."""
    return {
        row["word"]: int(row["multiplier"]) for row in read_table("numbers/scale_words.tsv") if row["form"] != "glued"
    }


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """Number words with a whole value ("ba" → 3, "mười" → 10, "trăm" → 100)."""
    return {
        row["word"]: int(Decimal(row["value"]))
        for row in read_table("numbers/number_words.tsv")
        if Decimal(row["value"]) == int(Decimal(row["value"]))
    }


@lru_cache(maxsize=1)
def standalone_number_words() -> frozenset[str]:
    """Number words that count alone, before a noun ("hai", "mười"; number_words.tsv, standalone)."""
    return frozenset(row["word"] for row in read_table("numbers/number_words.tsv") if row["standalone"] == "1")


def parse_number_word(word: str) -> int | None:
    """Value of a single number word ("ba" → 3); None otherwise."""
    return number_words().get(word.lower())


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a token at a position, where a phrase may start), from the lexicon."""
    lexicon = _lexicon()
    glued = _alternation(w for w, e in lexicon.items() if e.role == "scale" and e.form in ("glued", "short"))
    spaced = _alternation(w for w, e in lexicon.items() if e.form != "glued")
    starts = [w for w, e in lexicon.items() if "start" in e.follows]
    # A scale word opening a longer word ("triệu chứng", "tỷ lệ") is no scale word.
    compounds = _alternation(read_words("numbers/not_scale.tsv"))
    token = re.compile(
        rf"(?P<numeral>{NUMBER_PATTERN})(?!\d)(?:(?P<glued>{glued})(?P<tail>\d{{1,3}})?(?![^\W_]))?"
        rf"|(?!(?:{compounds})(?!\w))(?P<word>{spaced})(?!\w)",
        re.IGNORECASE,
    )
    letters = "".join(sorted({ch for word in starts for ch in (word[0].lower(), word[0].upper())}))
    # The first characters any alternative can start with, looked ahead for first: the regex
    # engine then skips the other positions without trying each alternative there.
    first = re.escape(letters + "-−âÂ")
    start = re.compile(
        rf"(?=[\d{first}])(?:"
        rf"(?<![\w.,-])(?<!\d:)\d|(?<![\w-])(?=[{re.escape(letters)}])(?:{_alternation(starts)})(?!\w)"
        rf"|(?P<minus>(?<=[ (:])[-−](?=\d)|(?<!\w)âm[ ](?=\d)))",  # not at a line start: "-200 suất quà" is a list item
        re.IGNORECASE,
    )
    return token, start


_SPACES = re.compile(r"[ \u00a0]*")


# --- the grammar -----------------------------------------------------------------------


@dataclass(frozen=True)
class NumberPhrase:
    """A number as written: its span, value, and what it is made of."""

    start: int
    end: int
    value: Decimal
    words: int  # number and scale words in it ("hai mươi lăm" has 3)
    numerals: int  # digit groups in it ("2 tỷ 500 triệu" has 2)
    scale: int  # the multiplier of its last scaled chunk (1 if none): "3,5 - 3,7 triệu" shares it
    money_only: bool = False  # uses shorthand read only for money ("200K")
    negative: bool = False  # "-5 độ C", "âm 5 độ C": the value is below zero

    @property
    def scaled(self) -> bool:
        return self.scale != 1

    @property
    def is_single_word(self) -> bool:
        return self.words == 1 and self.numerals == 0


class _Reader:
    """The state of one number phrase read token by token; ``step`` refuses a token that cannot follow."""

    def __init__(self) -> None:
        self.done = Decimal(0)  # scaled chunks read so far ("hai triệu" in "hai triệu ba trăm nghìn")
        self.chunk = Decimal(0)  # the last scaled chunk, which a following scale word multiplies
        self.chunk_scale = 0  # its multiplier ("nghìn tỷ" = 10¹²)
        self.word_scale = 0  # the multiplier of the last scale word alone
        self.hundreds = Decimal(0)
        self.small = Decimal(0)
        self.pending = Decimal(0)  # a digit waiting for what follows it
        self.pending_tenth = False  # may that digit end the number as tenths of the scale ("hai triệu tư")
        self.state = "begin"
        self.words = self.numerals = 0
        self.money_only = False

    def value(self) -> Decimal | None:
        """The value if the phrase may end here, else None."""
        state = self.state
        if state in ("numeral", "digit", "teen", "tens", "unit", "hundred", "half"):
            return self.done + self.hundreds + self.small
        if state == "scale":
            return self.done
        if state == "scale_digit" and self.pending and self.pending_tenth:  # "hai triệu tư" = 2.4 million
            return self.done + self.pending * self.chunk_scale / 10
        return None

    def step(self, token: re.Match[str]) -> bool:
        if token.group("numeral") is not None:
            value = parse_decimal(token.group("numeral"))
            if value is None or not self._numeral(value):
                return False
            self.numerals += 1
            glued = token.group("glued")
            if glued is None:
                return True
            if not self._scale(_lexicon()[glued.lower()]):
                return False
            tail = token.group("tail")
            if tail:  # "1tr5" = 1.5 million, "2k5" = 2,500: the digits after the scale are its fraction
                self.done += Decimal("0." + tail) * self.chunk_scale
                self.state = "half"  # nothing follows such a number
            return True
        entry = _lexicon()[token.group("word").lower()]
        self.words += 1
        if entry.role == "scale":
            if entry.form != "word" and self.state != "numeral":
                return False  # "tr" only after digits
            return self._scale(entry)
        return self._word(entry)

    def _numeral(self, value: Decimal) -> bool:
        if self.state == "begin":
            self.small, self.state = value, "numeral"
            return True
        if self.state == "scale" and value == int(value) and value < 1000:
            self.pending, self.state = value, "scale_numeral"  # "2 tỷ 500 triệu": needs a smaller scale
            return True
        return False

    def _word(self, entry: _Word) -> bool:
        state, role, value = self.state, entry.role, entry.value
        if role == "digit":
            context = {"begin": "start", "teen": "ten", "tens": "ten", "zero": "zero", "scale": "scale",
                       "hundred": "hundred"}.get(state)
            if context is None or context not in entry.follows:
                return False
            if state == "begin":
                self.small, self.state = value, "digit"
            elif state in ("teen", "tens", "zero"):
                self.small, self.state = self.small + value, "unit"
            else:  # after trăm it waits for mươi; after a scale word it opens a group or gives tenths
                self.pending, self.state = value, ("hundred_digit" if state == "hundred" else "scale_digit")
                self.pending_tenth = "tenth" in entry.follows  # "triệu mốt", never "triệu một" ("5 triệu một chiếc")
            return True
        if role == "ten":
            context = {"begin": "start", "scale": "scale", "hundred": "hundred"}.get(state)
            if context is None or context not in entry.follows:
                return False
            self.small, self.state = value, "teen"
            return True
        if role == "tens":
            digit = self.small if state == "digit" else self.pending if state in ("hundred_digit", "scale_digit") else 0
            if not 2 <= digit <= 9:  # "hai mươi"; ten itself is "mười"
                return False
            self.small, self.state = digit * value, "tens"
            return True
        if role == "hundred":
            if state in ("digit", "numeral") and self.small == int(self.small) and 0 <= self.small <= 9:
                digit = self.small
            elif state == "scale_digit":
                digit = self.pending
            else:
                return False
            self.hundreds, self.small, self.state = digit * value, Decimal(0), "hundred"
            return True
        if role == "zero":
            if state not in ("hundred", "scale"):
                return False
            self.state = "zero"
            return True
        if role == "half":
            if state == "scale":
                self.done += Decimal(self.chunk_scale) / 2  # "2 tỷ rưỡi"
            elif state == "hundred":
                self.small = Decimal(50)  # "một trăm rưỡi"
            else:
                return False  # "4 rưỡi sáng" is a time, "năm rưỡi" a year and a half
            self.state = "half"
            return True
        return False

    def _scale(self, entry: _Word) -> bool:
        multiplier = int(entry.value)
        self.money_only = self.money_only or entry.money_only
        if self.state == "scale":  # "nghìn tỷ": the scale words multiply
            if multiplier <= self.word_scale or self.chunk_scale * multiplier > _MAX_SCALE:
                return False
            self.done += self.chunk * (multiplier - 1)
            self.chunk *= multiplier
            self.chunk_scale *= multiplier
            self.word_scale = multiplier
            return True
        if self.state in ("scale_digit", "scale_numeral"):
            group = self.pending
        elif self.state in ("numeral", "digit", "teen", "tens", "unit", "hundred"):
            group = self.hundreds + self.small
        else:
            return False
        if self.chunk_scale and multiplier >= self.chunk_scale:
            return False  # "một triệu hai triệu" is two numbers
        if self.chunk_scale == 0 and group == 0 and self.state != "numeral":
            return False
        self.chunk = group * multiplier
        self.done += self.chunk
        self.chunk_scale = self.word_scale = multiplier
        self.hundreds = self.small = self.pending = Decimal(0)
        self.state = "scale"
        return True


_GROUP_PIECE = re.compile(r"(?<=\d[ \u00a0\u202f])0\d")


def is_group_piece(text: str, position: int) -> bool:
    """The digits at ``position`` are a later group of a number grouped by spaces ("000" in
    "1 000 000 đồng"), not a number of their own (which would be read as 0)."""
    return _GROUP_PIECE.match(text, position) is not None


def number_at(text: str, position: int) -> NumberPhrase | None:
    """The longest number phrase that starts exactly at ``position``, or None."""
    token_pattern, _ = _patterns()
    reader = _Reader()
    best: NumberPhrase | None = None
    cursor = position
    while True:
        token = token_pattern.match(text, cursor)
        if token is None or not reader.step(token):
            break
        value = reader.value()
        if value is not None and value < _MAX_VALUE:
            best = NumberPhrase(position, token.end(), value, reader.words, reader.numerals,
                                reader.chunk_scale or 1, reader.money_only)
        cursor = _SPACES.match(text, token.end()).end()
        if cursor == token.end() and token.group("numeral") is None:
            break  # words are separated by spaces; only digits may be glued to a scale word ("5tỷ")
    return best


def find_numbers(text: str) -> list[NumberPhrase]:
    """Every number phrase in ``text``, left to right, none overlapping; linear in the text."""
    return list(_find_numbers_cached(text))


@lru_cache(maxsize=8)
def _find_numbers_cached(text: str) -> tuple[NumberPhrase, ...]:
    # Money and counts both read the same body; the phrases are found once.
    _, start_pattern = _patterns()
    found = []
    position = 0
    while True:
        start = start_pattern.search(text, position)
        if start is None:
            break
        if start.group("minus"):  # "-5 độ C", "âm 5 độ C": the number after the sign, below zero
            phrase = number_at(text, start.end())
            if phrase is not None:
                phrase = replace(phrase, start=start.start(), value=-phrase.value, negative=True)
        else:
            phrase = number_at(text, start.start())
        if phrase is None:
            position = start.end()
            continue
        found.append(phrase)
        position = phrase.end
    return tuple(found)


def words_value(text: str) -> int | None:
    """The whole value of ``text`` if it is exactly one number ("mười một" → 11, "Tư" → 4), else None.

    A single digit word counts even where it opens no number in running text ("tháng Tư").
    """
    entry = _lexicon().get(text.lower())
    if entry is not None and entry.role in ("digit", "ten"):
        return int(entry.value)
    phrase = number_at(text, 0)
    if phrase is None or phrase.end != len(text) or phrase.value != int(phrase.value):
        return None
    return int(phrase.value)


def scaled(value: float, scale_word: str | None) -> float:
    """Multiply by a scale word ("tỷ", "ngàn"); exact for amounts like 5,9 tỷ."""
    if not scale_word:
        return value
    multiplier = scale_words()[scale_word.lower()]
    return float(Decimal(str(value)) * multiplier)
