"""Names of the Central Highlands peoples ("Y Thanh Hà Niê Kđăm", "H'Yim Kđoh", "Ksor Phước Hà").

Their syllables are not of the Vietnamese shape ("Kđăm", "K'Ré") and their first words are no Kinh
family names, so the persons extractor's full-name rule misses them. A name here opens with a word
of models/persons/highland_names.tsv and runs over the capitalized words after it; an opener that is
as often another word ("Y Dược", "A Lưới") needs a form of address or an office right before it, or a
clan word inside the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from unionfacts.extract.patterns import UPPER
from unionfacts.extract.spanindex import SpanIndex
from unionfacts.normalize import fold_for_matching
from unionfacts.resources import read_table
from unionfacts.types import PersonMention

_WORD = rf"{UPPER}[^\W\d_]*(?:['’]{UPPER}[^\W\d_]*)?"
_MAX_WORDS = 6
_APOSTROPHE = re.compile(r"['’]")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """The pattern of a name, each opener (folded, a prefix without its apostrophe) → kind, and the clans."""
    rows = read_table("persons/highland_names.tsv")
    openers = sorted((row["word"] for row in rows if row["kind"] != "clan"), key=len, reverse=True)
    forms = "|".join(rf"{re.escape(word[:-1])}['’]{UPPER}[^\W\d_]*" if word.endswith("'")
                     else r"\s".join(re.escape(part) for part in word.split()) for word in openers)
    # The openers as written (case counts): a lookahead for their first letters skips every other position.
    initials = "".join(sorted({re.escape(word[0]) for word in openers}))
    pattern = re.compile(rf"(?=[{initials}])(?<![^\W_'’])(?P<opener>{forms})(?P<rest>(?:[ ]{_WORD}){{0,{_MAX_WORDS - 1}}})(?![^\W_'’])")
    kinds = {fold_for_matching(row["word"].rstrip("'")): row["kind"] for row in rows if row["kind"] != "clan"}
    clans = frozenset(fold_for_matching(row["word"]) for row in rows if row["kind"] == "clan")
    return pattern, kinds, clans


def _opener_kind(opener: str, kinds: dict[str, str]) -> str:
    prefix = re.split(r"['’]", opener, maxsplit=1)
    return kinds.get(fold_for_matching(prefix[0]), "") if len(prefix) == 2 else kinds.get(fold_for_matching(opener), "")


def _has_clan(words: list[str], clans: frozenset[str]) -> bool:
    folded = [fold_for_matching(word) for word in words]
    return any(" ".join(folded[i:i + size]) in clans for size in (1, 2) for i in range(len(folded)))


def highland_names(text: str, taken: SpanIndex, cued: Callable[[str, int], object]) -> list[PersonMention]:
    """The highland names of ``text`` that touch no span of ``taken``; ``cued(text, start)`` says whether
    a form of address or an office stands right before ``start``."""
    pattern, kinds, clans = _lexicon()
    found = []
    for match in pattern.finditer(text):
        start, end, words = match.start(), match.end("opener"), []
        if taken.overlaps(start, end):
            continue
        for word in re.finditer(r"\S+", text[match.start("rest"):match.end("rest")]):
            word_start, word_end = match.start("rest") + word.start(), match.start("rest") + word.end()
            if taken.overlaps(word_start, word_end):
                break  # a body's name right after the person's: "… Y Biêr Niê [Sở Y tế]" ends before it
            words.append(word.group())
            end = word_end
        if not words and not (_APOSTROPHE.search(match.group("opener")) and cued(text, start)):
            continue  # a name of one word is read only as "K'Nhơi" after a form of address or an office
        kind = _opener_kind(match.group("opener"), kinds)
        if kind != "strong" and not _has_clan(words, clans) and not cued(text, start):
            continue
        written = text[start:end]
        found.append(PersonMention(start, end, written, " ".join(written.split())))
    return found
