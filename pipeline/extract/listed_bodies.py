"""Offices listed one after another share the body the list names once: "Chủ trì hội nghị gồm các đồng chí:
A – Chủ tịch; B – Phó Chủ tịch Công đoàn X" (A is Chủ tịch of Công đoàn X), "đồng chí C, Chủ tịch Công đoàn Y
và đồng chí D, Phó Chủ tịch thường trực" (D is Phó Chủ tịch Thường trực of Công đoàn Y). An office with no body
takes the body of the office listed right next to it when nothing but a joiner (";", ",", "và") and a form of
address stands between the two, and both are of one rank (Chủ tịch and Phó Chủ tịch, Giám đốc and Phó Giám
đốc) but not both an office one person holds (two Chủ tịch head two bodies): the one after it first, as a list
names its body at its end, else the one before it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from unionfacts.extract.elections import office_rank
from unionfacts.extract.titles import is_shared_office
from unionfacts.normalize import fold_for_matching
from unionfacts.resources import read_table
from unionfacts.types import RoleMention

_JOINERS = frozenset({";", ",", ":", "và", "các"})
_WORD = re.compile(r"[;,:]|[^\s;,:]+")
_BARE_END = re.compile(r"[ ]*(?:[;,.:)]|và(?!\w)|\n|\Z)")  # nothing of a body after the office


@lru_cache(maxsize=1)
def _address_words() -> frozenset[str]:
    """The words of the forms of address (honorifics.tsv), folded."""
    return frozenset(word for row in read_table("persons/honorifics.tsv") if row["kind"] == "honorific"
                     for word in fold_for_matching(row["word"]).split())


def _listed_together(text: str, first: RoleMention, second: RoleMention) -> bool:
    gap = _WORD.findall(fold_for_matching(text[first.end:second.start]))
    return bool(gap) and any(word in _JOINERS for word in gap) \
        and all(word in _JOINERS or word in _address_words() for word in gap)


def _may_share_body(first: str, second: str) -> bool:
    """Whether two offices may be of one body: of one rank, and not both the one office a single person holds ("A,
    Chủ tịch UBND tỉnh X, và B, Chủ tịch": B heads another body)."""
    if office_rank(first) != office_rank(second):
        return False
    return fold_for_matching(first) != fold_for_matching(second) or is_shared_office(first)


def _name_first(text: str, role: RoleMention) -> bool:
    """Whether the role is written name first ("A – Chủ tịch …"), as the entries of such a list are; an office
    before its holder's name ("Bộ trưởng An ninh Nội địa A") has its body, or its field, in between."""
    return text.startswith(role.person, role.start)


def with_listed_bodies(text: str, roles: list[RoleMention]) -> list[RoleMention]:
    ordered = sorted(roles, key=lambda r: r.start)
    placed: dict[int, RoleMention] = {}
    for index, role in enumerate(ordered):
        if role.organization is not None or role.former or not _name_first(text, role) \
                or not _BARE_END.match(text, role.end):
            continue  # "B - Chủ tịch FPT; …": a body written after the office, only not known
        neighbours = [ordered[i] for i in (index + 1, index - 1) if 0 <= i < len(ordered)]
        for other in neighbours:
            first, second = (role, other) if other.start > role.start else (other, role)
            if other.organization is not None and not other.former and other.person != role.person \
                    and _name_first(text, other) and _may_share_body(other.title, role.title) \
                    and _listed_together(text, first, second):
                placed[id(role)] = replace(role, organization=other.organization, org_id=other.org_id)
                break
    return [placed.get(id(role), role) for role in roles]


__all__ = ["with_listed_bodies"]
