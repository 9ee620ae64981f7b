"""Bodies of a place whose name between the head and the place is written in lower case: "Hội nạn nhân
chất độc da cam xã Quảng Yên", "Hội đồng chính sách xã X", "Ban chỉ huy quân sự huyện Y"; and a Party committee's
organs written so before the committee and its place: "Uỷ ban kiểm tra Tỉnh uỷ Hậu Giang".

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

from unionfacts.extract.patterns import PROPER_NAME, UPPER, alternation, stop_words
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import OrgBase, place_kinds, trim_name
from unionfacts.resources import read_table, read_words
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


@lru_cache(maxsize=1)
def _organ_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = read_table("orgs/committee_organs.tsv")
    names = {fold_for_matching(row["form"]): row["name"] for row in rows}
    # the committee after the organ: a Party committee's head of pattern_heads.tsv that ends in "ủy" ("Tỉnh ủy",
    # "Thành ủy", "Đảng ủy"; the text is normalized to that spelling), then its place
    committees = alternation(row["head"] for row in read_table("orgs/pattern_heads.tsv")
                             if row["kind"] == "party" and fold_for_matching(row["head"]).endswith(" ủy"))
    organs = alternation(row["form"] for row in rows)
    return re.compile(rf"(?<!\w)(?={UPPER})(?P<organ>(?i:{organs}))[ ](?:{committees})[ ](?P<name>{PROPER_NAME})"), names


def find_lower_case_party_organs(text: str, base: OrgBase) -> list[OrgMention]:
    """A Party committee's organ in sentence case before the committee and its place ("Uỷ ban kiểm tra Tỉnh uỷ
    Hậu Giang"): one body, as its title-case form is."""
    pattern, names = _organ_pattern()
    found = []
    for match in pattern.finditer(text):
        name = trim_name(match.group("name"), base, text[match.end("name"):match.end("name") + 40])
        if not name:
            continue
        end = match.start("name") + len(name)
        surface = text[match.start():end]
        # the organ named in title case, as its other forms are ("Ủy ban Kiểm tra Tỉnh ủy X")
        titled = " ".join((names[fold_for_matching(match.group("organ"))] + surface[len(match.group("organ")):]).split())
        found.append(OrgMention(match.start(), end, surface, titled, base.lookup(surface), "pattern"))
    return found
