"""Foreign persons: names no Vietnamese family name begins ("Tổng thống Mỹ Donald Trump",
"Thủ tướng Đức Angela Merkel", "ông Putin", "Chủ tịch Trung Quốc Tập Cận Bình").

A foreign name is read only right after a cue — an office or a form of address — and, in
between, the country whose office it is (``models/persons/countries.tsv``, with up to
three capitalized words of the office before it: "Bộ trưởng Ngoại giao Nga Sergey Lavrov").
What may follow:

- after a country, a run of one to four capitalized words of any shape: an office held
  abroad names a foreigner ("Tập Cận Bình", "Hun Sen"); a single word must not be
  Vietnamese-shaped;
- with no country, a run with a word no Vietnamese syllable is shaped like ("Donald
  Trump", "Von der Leyen"); a single word only after a form of address ("ông Putin") or
  when it repeats the last word of a longer foreign name of the article, since an office
  before one foreign word is as often a company's ("Giám đốc Samsung").

Lower-case name particles ("von der", "bin", "da") may stand inside a name; company and
institution words ("Group", "Electronics") make the run a body's name, no person.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

from unionfacts.extract.patterns import UPPER, alternation
from unionfacts.normalize import fold_for_matching
from unionfacts.resources import read_words

_MAX_WORDS = 4  # "Luiz Inácio Lula da Silva" counts four words besides its particle
_MAX_OFFICE_WORDS = 3  # capitalized words of an office between its cue and its country


class ForeignName(NamedTuple):
    start: int
    end: int
    display: str
    honorific: str | None


@lru_cache(maxsize=1)
def _runs() -> re.Pattern[str]:
    """Runs of capitalized words, lower-case name particles allowed between them."""
    word = rf"{UPPER}[^\W_]*(?:[-'’][^\W_]+)*"
    particles = alternation(read_words("persons/name_particles.tsv", "particle"))
    return re.compile(rf"(?<![^\W_]){word}(?:[ ](?:(?:{particles})[ ])*{word})*(?![^\W_])")


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(fold_for_matching(c) for c in read_words("persons/countries.tsv", "country"))


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    return frozenset(fold_for_matching(w) for w in read_words("persons/foreign_org_words.tsv", "word"))


@lru_cache(maxsize=1)
def _foreign_offices() -> frozenset[str]:
    return frozenset(fold_for_matching(t) for t in read_words("persons/foreign_offices.tsv", "title"))


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return read_words("persons/name_particles.tsv", "particle")


def _country_at(words: list[tuple[int, int, str]], index: int) -> int:
    """How many words from ``index`` on spell a country (0 if none): the longest first."""
    for size in (3, 2, 1):
        if index + size <= len(words) and \
                fold_for_matching(" ".join(w for _, _, w in words[index:index + size])) in _countries():
            return size
    return 0


def find_foreign_names(text: str, cue: Callable[[str, int], tuple[str, str, int] | None],
                       vietnamese_shaped: Callable[[str], bool],
                       free: Callable[[int, int], bool]) -> list[ForeignName]:
    """Foreign names in ``text``: ``cue(text, position)`` gives the cue word ending one space
    before a position as (written, kind, start); ``free(start, end)`` says no organization,
    credit or person already holds the span."""
    found: list[ForeignName] = []
    single: list[ForeignName] = []  # one word after an office, kept if a longer name ends with it
    for run in _runs().finditer(text):
        words = [(m.start() + run.start(), m.end() + run.start(), m.group())
                 for m in re.finditer(r"\S+", run.group())]
        if all(_vietnamese_word(w[2], vietnamese_shaped) for w in words) and not _prefix_anywhere(words):
            continue  # most runs: Vietnamese names and bodies, no country or acronym to lead a foreign name
        index = 0
        while index < len(words):
            name = _name_at(text, words, index, cue, vietnamese_shaped)
            if name is None:
                index += 1
                continue
            (start, end, honorific, alone), index = name
            if free(start, end):
                mention = ForeignName(start, end, text[start:end], honorific)
                (single if alone and honorific is None else found).append(mention)
    spelling = _one_spelling([name.display for name in found])
    found = [name._replace(display=spelling[name.display]) for name in found]
    longer = {name.display.split()[-1]: name.display for name in found if " " in name.display}
    found += [name for name in single if name.display in longer]
    return sorted(name._replace(display=longer.get(name.display, name.display)) for name in found)


_SAME_SPELLING = 0.7  # how alike two given names must be to be one name spelt two ways


def _one_spelling(displays: list[str]) -> dict[str, str]:
    """Each name to the spelling the article uses most for it: a transliterated name is often
    spelt two ways in one text ("Thoonglun Sisoulith", "Thongloun Sisoulith"). Two names are one
    when they have the same last word and as many words, and their other words are alike
    ("Donald Trump" and "Melania Trump" are two)."""
    counts = Counter(displays)
    chosen: dict[str, str] = {}
    for display in sorted(counts, key=lambda d: (-counts[d], displays.index(d))):
        same = next((kept for kept in dict.fromkeys(chosen.values()) if _spelt_alike(kept, display)), None)
        chosen[display] = same or display
    return chosen


def _spelt_alike(one: str, other: str) -> bool:
    """The same number of words, the last alike (letters without marks: "Siphandone" and
    "Siphanđone"), the others alike enough to be one name ("Thoonglun" and "Thongloun")."""
    one_words, other_words = _bare(one).split(), _bare(other).split()
    if len(one_words) != len(other_words) or len(one_words) < 2:
        return False
    return SequenceMatcher(None, one_words[-1], other_words[-1]).ratio() >= _SAME_LAST and \
        SequenceMatcher(None, " ".join(one_words[:-1]), " ".join(other_words[:-1])).ratio() >= _SAME_SPELLING


_SAME_LAST = 0.85


def _bare(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
                   if not unicodedata.combining(c))


def _vietnamese_word(word: str, vietnamese_shaped) -> bool:
    return all(vietnamese_shaped(part) for part in re.split(r"[-'’]", word) if part)


def _prefix_anywhere(words: list[tuple[int, int, str]]) -> bool:
    return any(_acronym(w[2]) or _country_at(words, i) for i, w in enumerate(words))


def _name_at(text: str, words: list[tuple[int, int, str]], index: int, cue, vietnamese_shaped):
    """The foreign name a cue before ``words[index]`` introduces: ((start, end, honorific,
    one word with no country), the index after it), or None."""
    start = words[index][0]
    found = cue(text, start)
    prefix, foreign = _prefix_size(words, index)
    if found is None and prefix:
        found = _office_cue(text, start, cue)
    if found is None:
        return None
    first = index + prefix
    name: list[tuple[int, int, str]] = []
    for word in words[first:]:
        if fold_for_matching(word[2]) in _org_words():
            return None  # "Giám đốc Samsung Electronics": a company's name
        if word[2] not in _particles() and sum(w[2] not in _particles() for w in name) == _MAX_WORDS:
            break
        name.append(word)
    while name and name[-1][2] in _particles():
        name.pop()
    if not name or name[0][2] in _particles() or any(_acronym(w[2]) or len(w[2]) < 2 for w in name) \
            or text.startswith(".", name[-1][1]) and len(name[-1][2]) < 3:
        return None  # an acronym, or initials standing for someone unnamed ("bà L.", "ông N.")
    shaped = [_vietnamese_word(w[2], vietnamese_shaped) for w in name if w[2] not in _particles()]
    if all(shaped) and (not foreign or len(shaped) == 1):
        return None  # a Vietnamese-shaped name with no foreign country is persons.py's, or no one's
    honorific = found[0] if found[1] == "honorific" else None
    if honorific is None and not foreign and fold_for_matching(found[0]) not in _foreign_offices():
        return None  # "Chủ tịch Real Madrid", "Giám đốc Cen Land": a company's office before its name
    return (name[0][0], name[-1][1], honorific, len(shaped) == 1 and not foreign), first + len(name)


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _prefix_size(words: list[tuple[int, int, str]], index: int) -> tuple[int, bool]:
    """How many words from ``index`` on name the country or the acronym of the body an office
    serves ("Mỹ", "Trung Quốc", "LHQ", "NATO") before the name, and whether a foreign country
    is among them (Việt Nam is not: a Vietnamese official's name is persons.py's)."""
    size, foreign = 0, False
    while index + size < len(words):
        country = _country_at(words, index + size)
        if country:
            name = fold_for_matching(" ".join(w[2] for w in words[index + size:index + size + country]))
            foreign = foreign or name not in _HOME
            size += country
        elif _acronym(words[index + size][2]):
            size += 1
        else:
            break
    return size, foreign


_HOME = frozenset({fold_for_matching("Việt Nam"), fold_for_matching("VN")})


_OFFICE_WORD = re.compile(r"[^\W\d_]+[ ]$")


def _office_cue(text: str, position: int, cue):
    """The cue a few words of the office stand between ("Bộ trưởng Ngoại giao [Nga]")."""
    for _ in range(_MAX_OFFICE_WORDS):
        word = _OFFICE_WORD.search(text, max(0, position - 30), position)
        if word is None:
            return None
        position = word.start()
        found = cue(text, position)
        if found is not None:
            return found
    return None
