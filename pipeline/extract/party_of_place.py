"""The Party committee of a place, named from the place's state body (models/orgs/party_committees.tsv).

"Trần Văn A, Bí thư, Chủ tịch UBND huyện Tuy Đức": the Party office shares the place with the state
office after it, not its body; it is the Bí thư of Huyện ủy Tuy Đức.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unionfacts.extract.patterns import alternation
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import load_orgbase, local_name, place_kinds, template_org_id
from unionfacts.resources import read_table


@lru_cache(maxsize=1)
def _rows() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in read_table("orgs/party_committees.tsv"):
        found.setdefault(row["kind"], []).append(row["form"])
    return found


@lru_cache(maxsize=1)
def _state_body() -> re.Pattern[str]:
    kinds = alternation(place_kinds())
    return re.compile(rf"(?i)(?:{alternation(_rows()['state'])})[ ](?P<kind>{kinds})[ ](?P<name>.+)$")


@lru_cache(maxsize=1)
def _party_offices() -> frozenset[str]:
    return frozenset(fold_for_matching(office) for office in _rows()["office"])


def is_party_office(title: str) -> bool:
    return fold_for_matching(title) in _party_offices()


def party_committee_of(state_body: str) -> str | None:
    """The name of the Party committee of the place a state body serves ("Ủy ban nhân dân huyện Tuy
    Đức" → "Huyện ủy Tuy Đức"), None when the body is no place's state body."""
    match = _state_body().match(state_body)
    if match is None:
        return None
    kind, name = place_kinds().get(match.group("kind")), match.group("name")
    base = load_orgbase()
    template = next((t for t in base.templates if t.template_id in _rows()["party"] and kind in t.kinds), None) \
        if kind else None
    if template is None:
        return None
    province = next((p for p in base.provinces if p.kind == kind and p.name == name), None)
    if province is not None and (known := base.orgs.get(template_org_id(template, province))) is not None:
        return known.name
    return local_name(template, kind, name)


@lru_cache(maxsize=1)
def _committee_heads() -> str:
    """The heads of the Party committees' templates ("Tỉnh ủy", "Huyện ủy", "Đảng ủy"), as an alternation."""
    return alternation({template.canonical.split("{")[0].strip() for template in load_orgbase().templates
                        if template.template_id in _rows()["party"]})


@lru_cache(maxsize=1)
def _committee_inside() -> re.Pattern[str]:
    """A Party committee's name after an organ's words: the heads of the committees' templates."""
    return re.compile(rf"[ ](?P<committee>(?:{_committee_heads()})[ ]\S.*)$")


@lru_cache(maxsize=1)
def _committee_name() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{_committee_heads()})[ ]\S")


def is_party_committee(body: str) -> bool:
    """Whether a body's name is a Party committee's ("Tỉnh ủy Thanh Hóa", "Đảng ủy Khối X")."""
    return _committee_name().match(body) is not None


def committee_of_organ(body: str) -> str | None:
    """The Party committee whose organ a body is ("Ban Tổ chức Huyện ủy Yên Thành" → "Huyện ủy Yên
    Thành", "Ủy ban Kiểm tra Đảng ủy Khối X" → "Đảng ủy Khối X"), None for any other body."""
    match = _committee_inside().search(body)
    return match.group("committee") if match else None


__all__ = ["committee_of_organ", "is_party_committee", "is_party_office", "party_committee_of"]
