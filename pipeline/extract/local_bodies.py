"""Bodies of a place whose name between the head and the place is written in lower case: "Hội nạn nhân
chất độc da cam xã Quảng Yên", "Hội đồng chính sách xã X", "Ban chỉ huy quân sự huyện Y".

Local news writes the bodies of a commune or a district in sentence case, often with no capital letter
between the head and the place, so the pattern finder (a head and the capitalized words after it) reads
no name there. Here a head of models/orgs/local_body_heads.tsv (none that opens a common phrase at a
sentence's start: "Vụ cháy", "Ban đêm"), standing as a word of its own, then one to six lower-case words
and a kind of place with its name make one body. None of the words between is a function word (counts/stop_words.tsv), a plural or a kind
of place, so a clause ("Hội đồng [đã họp tại] xã X") never passes for a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unionfacts.extract.patterns import PROPER_NAME, alternation, stop_words
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import OrgBase, place_kinds, trim_name
from unionfacts.resources import read_words
from unionfacts.types import OrgMention

_MAX_WORDS = 6


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    heads = read_words("orgs/local_body_heads.tsv", "head")
    kinds = [form for form in place_kinds() if form.islower()]
    # The head opens the pattern (no look behind before it), so the engine skips to its first letters; the
    # character before it is checked on the match.
    return re.compile(rf"(?P<head>{alternation(heads)})(?P<run>(?:[ ]\w+){{1,{_MAX_WORDS}}}?)"
                      rf"[ ](?P<kind>{alternation(kinds)})[ ](?P<name>{PROPER_NAME})")


@lru_cache(maxsize=1)
def _no_name_words() -> frozenset[str]:
    """Words no such name holds: function words, plurals ("Ban chỉ đạo [các] xã": bodies of a kind), kinds of place."""
    return stop_words() | read_words("orgs/plural_words.tsv") | frozenset(place_kinds())


def find_lower_case_local_bodies(text: str, token_spans: list[tuple[int, int]], base: OrgBase) -> list[OrgMention]:
    """Bodies named by a head, lower-case words and a place ("Hội đồng chính sách xã Quảng Yên");
    ``token_spans`` are the segmenter's tokens."""
    found = []
    token_ends: set[int] | None = None
    for match in _pattern().finditer(text):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "._"):
            continue  # inside a word or an abbreviation
        if token_ends is None:
            token_ends = {end for _, end in token_spans}
        if match.end("head") not in token_ends:
            continue  # "[Hội] trường xã", "[Ban] hành": the head is the first syllable of another word
        words = match.group("run").split()
        if any(word in _no_name_words() or not word.islower() for word in words):
            continue
        if fold_for_matching(f"{match.group('head')} {' '.join(words)}") in base.generic:
            continue  # a generic body (generic.tsv: "Hội đồng quản trị"), no name
        name = trim_name(match.group("name"), base, text[match.end("name"):match.end("name") + 40])
        if not name:
            continue
        end = match.start("name") + len(name)
        surface = text[match.start():end]
        found.append(OrgMention(match.start(), end, surface, " ".join(surface.split()), base.lookup(surface), "pattern"))
    return found
