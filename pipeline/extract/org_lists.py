"""Bodies listed after the plural of their kind: "các trường THCS: Chu Văn An, Thanh Xuân và Cầu Giấy".

News names several bodies of one kind by writing the kind once, in the plural, and then only their
names ("các hãng Vietjet, Pacific Airlines, Bamboo Airways"; "7 trường này gồm: A (quận X); B").
Each name of such a list is a body of that kind (models/orgs/list_heads.tsv): its full name is the
kind's head and the name ("Trường THCS Chu Văn An"), or the name alone for kinds that go by it (an
airline). A list needs two names at least, and none of them a place or a country ("các công ty Nhật
Bản, Hàn Quốc" names where the companies are from, not which); a name that opens with a head of its
own or that the knowledge base knows is left to the other finders.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unionfacts.extract.national_forms import countries
from unionfacts.extract.name_runs import name_end
from unionfacts.extract.patterns import alternation
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import OrgBase, place_kinds
from unionfacts.resources import read_mapping, read_table, read_words
from unionfacts.types import OrgMention

_GLOSS = re.compile(r"[ ]?\([^()\n]{1,40}\)")  # "Chu Văn An (quận Tây Hồ)": where it is, no word of its name
_SEPARATOR = re.compile(r"[ ]*[,;][ ]*|[ ]+và[ ]+")


@lru_cache(maxsize=1)
def _list_heads() -> dict[str, str]:
    """Kind as written after the plural (folded) → the head of each body's full name (list_heads.tsv)."""
    return {fold_for_matching(head): name for head, name in read_mapping("orgs/list_heads.tsv", "head", "name").items()}


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern[str]:
    """The plural of a kind and what may stand between it and the list ("các trường THCS gồm:")."""
    words = read_words("orgs/plural_words.tsv")
    plural = alternation(words) + r"|\d+"
    heads = alternation(read_mapping("orgs/list_heads.tsv", "head", "name"))
    # A lookahead for what a list opens with (a plural word in either case, a number) skips every other position.
    opening = "(?=[" + "".join(sorted({re.escape(ch) for word in words for ch in (word[0].lower(), word[0].upper())})) + r"\d])"
    return re.compile(rf"{opening}(?<![\w.])(?i:{plural})[ ]+(?P<head>{heads})(?:[ ]+(?:này|như|gồm|gồm có|là))*[ ]*:?[ ]*")


@lru_cache(maxsize=1)
def _known_only() -> frozenset[str]:
    """Kinds whose listed names count only where the knowledge base knows them (list_heads.tsv, `known`)."""
    return frozenset(fold_for_matching(row["head"]) for row in read_table("orgs/list_heads.tsv") if row["known"] == "1")


_LOWER_WORD = re.compile(r"[ ]([a-zđà-ỹ]+)(?![\w-])")
_MAX_LOWER_WORDS = 3


def _known_name(text: str, head: str, start: int, end: int, base: OrgBase) -> tuple[int, str | None]:
    """The end of a listed name the base knows with its head, over lower-case words after it ("[Giao thông]
    vận tải"), and the body's id; else ``end`` and None."""
    position, best = end, (end, base.lookup(f"{head} {text[start:end]}"))
    for _ in range(_MAX_LOWER_WORDS):
        word = _LOWER_WORD.match(text, position)
        if word is None:
            break
        position = word.end()
        if (org_id := base.lookup(f"{head} {text[start:position]}")) is not None:
            best = (position, org_id)
    return best


def _listed_names(text: str, start: int) -> list[tuple[int, int]]:
    """The names of a list that starts at ``start``, each with a gloss in brackets perhaps, between commas,
    semicolons and "và"."""
    names = []
    while (end := name_end(text, start)) is not None:
        names.append((start, end))
        gloss = _GLOSS.match(text, end)
        separator = _SEPARATOR.match(text, gloss.end() if gloss else end)
        if separator is None:
            break
        start = separator.end()
    return names


@lru_cache(maxsize=1)
def _type_words() -> frozenset[str]:
    """Words that say what kind of school or company a name is (type_words.tsv: "THPT", "Đại học")."""
    return frozenset(fold_for_matching(word) for word in read_words("orgs/type_words.tsv"))


def _kind_only(name: str) -> bool:
    """Whether a name only says what kind of school it is ("ĐH", "TH-THCS")."""
    return fold_for_matching(name) in _type_words() \
        or all(fold_for_matching(word) in _type_words() for word in re.split(r"[ \-]", name))


def _is_place(name: str, base: OrgBase) -> bool:
    folded = fold_for_matching(name)
    return bool(base.province(name)) or folded in countries()[0] or folded in ("việt nam", "vn") \
        or name.split(" ")[0] in place_kinds()


def find_listed_bodies(text: str, base: OrgBase, opens_body) -> list[OrgMention]:
    """Bodies named in a list after the plural of their kind. ``opens_body(position)`` says whether a
    head of its own or a known form starts there (that name is left to the other finders)."""
    found: list[OrgMention] = []
    for match in _head_pattern().finditer(text):
        items = _listed_names(text, match.end())
        if len(items) < 2 or any(_is_place(text[a:b], base) or _kind_only(text[a:b]) for a, b in items):
            continue  # "các công ty Nhật Bản, Hàn Quốc": where from; "các trường ĐH, CĐ": kinds, no names
        head = _list_heads()[fold_for_matching(match.group("head"))]
        known_only = fold_for_matching(match.group("head")) in _known_only()
        for start, end in items:
            if known_only:
                end, org_id = _known_name(text, head, start, end, base)
                if org_id is not None:
                    found.append(OrgMention(start, end, text[start:end], base.orgs[org_id].name, org_id, "pattern"))
                continue
            written = text[start:end]
            if opens_body(start):
                continue
            if head and _kind_only(written.split(" ")[0]):
                name = f"{head.split(' ')[0]} {written}"  # "các trường THCS [THCS Dương Đông 1] và …": the kind again
            else:
                name = f"{head} {written}" if head else written
            found.append(OrgMention(start, end, written, name, base.lookup(name), "pattern"))
    return found
