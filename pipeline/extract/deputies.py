"""Deputies of the National Assembly written by a mark and their province: "ĐB Trương Văn An
(Khánh Hòa)", "Đại biểu Lê Thị B (đoàn TP Hồ Chí Minh)", or by the mark inside the brackets: "Lê Văn C
(Đoàn ĐBQH tỉnh X)", "Lê Văn D (ĐBQH Hải Dương)". In a text that names the Quốc hội, the
name is a deputy's: title "Đại biểu" of Quốc hội Việt Nam (NOTES.md item 34); "đại biểu" of a
congress has no province in brackets after the name, and the plain word inside the brackets ("Bà A (đại
biểu Nghệ An)") names no deputy by itself: a congress writes its delegates that way too."""

from __future__ import annotations

import re
from functools import lru_cache

from unionfacts.extract.patterns import alternation
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import load_orgbase, place_kind_alternation
from unionfacts.resources import read_table, read_words
from unionfacts.types import OrgMention, PersonMention, RoleMention

_ASSEMBLY_ID = "quoc-hoi-vn"
_TITLE = "Đại biểu"
_MARK_REACH = 12  # characters before a name a mark may take


@lru_cache(maxsize=1)
def _mark_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(_marks())})[ ]+$")


def _opens_word(text: str, position: int) -> bool:
    """Whether a word begins at ``position``: after no letter or digit, or as a capital glued to a small
    letter, a heading run into the text ("… tiếp cận[Đ]ại biểu A (TP. HCM)")."""
    before = text[position - 1:position]
    return not (before.isalnum() or before == "_") or (before.islower() and text[position].isupper())


@lru_cache(maxsize=1)
def _marks() -> frozenset[str]:
    return read_words("persons/deputy_marks.tsv", "mark")


@lru_cache(maxsize=1)
def _province_after() -> re.Pattern[str]:
    # A delegation that is written with a mark names the deputy by itself ("A (Đoàn ĐBQH TP Hà Nội)", "A
    # (đại biểu Hải Dương)"); "đoàn" alone needs the mark before the name.
    delegations = alternation(read_words("persons/deputy_delegations.tsv", "word") | _marks())
    return re.compile(rf"[ ]*\((?:(?P<delegation>{delegations})[ ]+)?(?:(?:{place_kind_alternation()})\.?[ ]*)?"
                      rf"(?P<place>[^()\n]{{2,30}}?)\)")


@lru_cache(maxsize=1)
def _names_deputy_in_brackets() -> frozenset[str]:
    """What, opening the bracket after a name, marks a deputy with no mark before the name: a delegation that
    names the Assembly ("(Đoàn ĐBQH tỉnh X)") or a mark that does alone ("(ĐBQH Nghệ An)"); not the plain word
    "đại biểu", which a congress writes for its delegates too."""
    return frozenset(row["word"] for row in read_table("persons/deputy_delegations.tsv") if row["names_assembly"] == "yes") \
        | frozenset(row["mark"] for row in read_table("persons/deputy_marks.tsv") if row["in_brackets"] == "yes")


def _names_no_congress(text: str) -> bool:
    """Whether the text names no congress ("đại hội"), whose delegates are written as deputies are."""
    return _CONGRESS.search(fold_for_matching(text)) is None


_JOINED_NAME = re.compile(r"[ ]*(?:,|và)[ ]*")
_CONGRESS = re.compile(r"(?<!\w)đại hội(?!\w)")


@lru_cache(maxsize=1)
def _sitting() -> re.Pattern[str]:
    words = alternation(fold_for_matching(word) for word in read_words("persons/assembly_sittings.tsv"))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


def _reports_sitting(text: str) -> bool:
    """Whether the text reports the Assembly sitting (assembly_sittings.tsv: "kỳ họp", "phiên thảo luận"): its
    "đại biểu A" are the deputies who spoke, a congress named beside it or not."""
    return _sitting().search(fold_for_matching(text)) is not None


def deputies(text: str, persons: list[PersonMention], orgs: list[OrgMention]) -> list[RoleMention]:
    """The roles of the deputies named with a mark and a province, in a text that names the Quốc hội; in one that
    names no congress as well, or that reports the Assembly sitting, a mark alone before the name ("Đại biểu A - Phó
    Chủ tịch X"; in lower case too in a sitting: "ý kiến của đại biểu A") or the plain word with a province in the
    brackets ("Trung tướng B (đại biểu Hải Dương)") is enough."""
    if not any(org.org_id == _ASSEMBLY_ID for org in orgs):
        return []
    base = load_orgbase()
    assembly = base.orgs[_ASSEMBLY_ID].name
    sitting = _reports_sitting(text)
    no_congress = sitting or _names_no_congress(text)
    found = []
    marked_end = -1  # where the last deputy named by a mark alone ends: a name joined to it shares the mark
    for person in sorted(persons, key=lambda mention: mention.start):
        mark = _mark_before().search(text, max(0, person.start - _MARK_REACH), person.start)
        if mark is not None and not _opens_word(text, mark.start()):
            mark = None
        bracket = _province_after().match(text, person.end)
        if bracket is None or base.province(bracket.group("place").strip()) is None:
            if mark is not None and no_congress and (sitting or mark.group()[0].isupper()) \
                    and not any(org.start <= mark.start() < org.end for org in orgs):  # "Ban Công tác đại biểu"
                found.append(RoleMention(mark.start(), person.end, text[mark.start():person.end], person.name, _TITLE,
                                         assembly, _ASSEMBLY_ID))
                marked_end = person.end
            elif mark is None and marked_end >= 0 and _JOINED_NAME.fullmatch(text, marked_end, person.start):
                # "của đại biểu A và B": one mark before names joined by "và" or a comma
                found.append(RoleMention(person.start, person.end, person.text, person.name, _TITLE, assembly,
                                         _ASSEMBLY_ID))
                marked_end = person.end
            continue
        if mark is None and bracket.group("delegation") not in _names_deputy_in_brackets() and not (
                no_congress and bracket.group("delegation") in _marks()):
            continue  # "đoàn" or "đại biểu" alone in the bracket needs a mark before the name, or no congress
        start = person.start if mark is None else mark.start()
        found.append(RoleMention(start, bracket.end(), text[start:bracket.end()], person.name, _TITLE, assembly,
                                 _ASSEMBLY_ID))
    return found
