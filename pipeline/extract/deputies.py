"""Deputies of the National Assembly written by a mark and their province: "ĐB Trương Văn An
(Khánh Hòa)", "Đại biểu Lê Thị B (đoàn TP Hồ Chí Minh)". In a text that names the Quốc hội, the
name is a deputy's: title "Đại biểu" of Quốc hội Việt Nam (NOTES.md item 34); "đại biểu" of a
congress has no province in brackets after the name."""

from __future__ import annotations

import re
from functools import lru_cache

from unionfacts.extract.patterns import alternation
from unionfacts.orgbase import load_orgbase, place_kind_alternation
from unionfacts.resources import read_words
from unionfacts.types import OrgMention, PersonMention, RoleMention

_ASSEMBLY_ID = "quoc-hoi-vn"
_TITLE = "Đại biểu"
_MARK_REACH = 12  # characters before a name a mark may take


@lru_cache(maxsize=1)
def _mark_before() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(read_words('persons/deputy_marks.tsv', 'mark'))})[ ]+$")


@lru_cache(maxsize=1)
def _province_after() -> re.Pattern[str]:
    delegations = alternation(read_words("persons/deputy_delegations.tsv", "word"))
    return re.compile(rf"[ ]*\((?:(?:{delegations})[ ]+)?(?:(?:{place_kind_alternation()})\.?[ ]*)?"
                      rf"(?P<place>[^()\n]{{2,30}}?)\)")


def deputies(text: str, persons: list[PersonMention], orgs: list[OrgMention]) -> list[RoleMention]:
    """The roles of the deputies named with a mark and a province, in a text that names the Quốc hội."""
    if not any(org.org_id == _ASSEMBLY_ID for org in orgs):
        return []
    base = load_orgbase()
    assembly = base.orgs[_ASSEMBLY_ID].name
    found = []
    for person in persons:
        mark = _mark_before().search(text, max(0, person.start - _MARK_REACH), person.start)
        bracket = _province_after().match(text, person.end)
        if mark and bracket and base.province(bracket.group("place").strip()) is not None:
            found.append(RoleMention(mark.start(), bracket.end(), text[mark.start():bracket.end()], person.name,
                                     _TITLE, assembly, _ASSEMBLY_ID))
    return found
