"""Roles: every (person, title, organization) the text states.

The news gives offices in a few shapes, all read by one left-to-right pass over the
persons, titles and organizations of the body:

- appositive, after the name: "Trần Quang Huy - Chủ tịch CĐVTVN", "Nguyễn Đình Khang,
  Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Tổng Liên đoàn …" (a chain of
  "title [organization]" joined by commas, dashes or brackets);
- before the name: "Phó Chủ tịch LĐLĐ TP Đặng Thị Phương Hoa", "Ủy viên Bộ Chính
  trị, Bí thư Thành ủy TP HCM Đinh La Thăng", "các phó chủ tịch Tổng LĐLĐ Việt Nam
  Ngọ Duy Hiểu và Phan Văn Anh";
- fused with the body: "Tỉnh ủy viên" → Ủy viên of the article's Tỉnh ủy.

A title's organization is the organization mention right after it; "Ủy viên Ban
Chấp hành Trung ương Đảng" is "Ủy viên" of the Ban Chấp hành because that body is an
organization, while "Ủy viên Ban Chấp hành Công đoàn X" keeps the longer title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc

from unionfacts.extract.base import Extractor, facts_of, text_of
from unionfacts.extract.patterns import alternation, word_pattern
from unionfacts.extract.spanindex import SpanIndex, span_index
from unionfacts.normalize import fold_for_matching
from unionfacts.resources import read_table, read_words
from unionfacts.types import OrgMention, PersonMention, RoleMention

# What may stand between the links of a chain of offices: punctuation, and an acronym in
# brackets after a body ("Phó Chủ tịch Phòng Thương mại … (VCCI) Hoàng Quang Phòng").
_SEPARATOR = re.compile(r"(?:[\s,;:(\-–—]|\([A-ZĐ][A-ZĐ&.\-]{1,12}\))*")
_BEFORE_NAME = re.compile(r"[ ]{1,2}|:[ ]")  # "Phó Chủ tịch LĐLĐ TP Đặng Thị Phương Hoa"
# Titles shared by a list of names: "các phó chủ tịch … Ngọ Duy Hiểu và Phan Văn Anh",
# "các đồng chí Ủy viên T.Ư Đảng: Uông Chu Lưu, …; Phan Đình Trạc, …".
_PLURAL = re.compile(r"(?i)(?:các|hai|ba)(?:[ ]đồng chí|[ ]ông|[ ]bà)?[ ]$")
_LIST_GAP = re.compile(r"[\s,;:]*(?:và[ ])?[ ]*")


@dataclass(frozen=True)
class _Title:
    start: int
    end: int  # end of the title, or of its organization when one follows
    title: str
    organization: OrgMention | None
    fixed_organization: str | None = None  # from a fused form or an implied body
    former: bool = False  # "nguyên Chủ tịch …"


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    """Folded title → (title as written in the data)."""
    return {fold_for_matching(row["title"]): row["title"] for row in read_table("persons/titles.tsv")}


@lru_cache(maxsize=1)
def _implied() -> dict[str, str]:
    return {fold_for_matching(row["title"]): row["implies"] for row in read_table("persons/titles.tsv") if row["implies"]}


@lru_cache(maxsize=1)
def _title_pattern() -> re.Pattern[str]:
    return word_pattern(row["title"] for row in read_table("persons/titles.tsv"))


@lru_cache(maxsize=1)
def _fused() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for every fused form, and what each form (folded) stands for."""
    rows = read_table("persons/fused_titles.tsv")
    pattern = word_pattern(row["form"] for row in rows)
    return pattern, {fold_for_matching(row["form"]): (row["title"], row["organization"]) for row in rows}


def _org_at(orgs: SpanIndex[OrgMention], position: int) -> OrgMention | None:
    """The organization mention that starts right after ``position`` (one space)."""
    return next(iter(orgs.starting_in(position, position + 2)), (None, None, None))[2]


@lru_cache(maxsize=1)
def _former_pattern() -> re.Pattern[str]:
    words = read_words("persons/former_markers.tsv")
    return re.compile(rf"(?<!\w)(?:{alternation(words)})[ ]$", re.IGNORECASE)


def _former_start(text: str, title_start: int) -> int | None:
    """Where "nguyên" or "cựu" starts when one stands right before the title (a former office)."""
    window = max(0, title_start - 12)
    match = _former_pattern().search(text, window, title_start)
    return match.start() if match else None


def find_titles(text: str, mentions: list[OrgMention]) -> list[_Title]:
    orgs = span_index(mentions)
    titles: list[_Title] = []
    taken: SpanIndex[None] = SpanIndex()
    fused, meanings = _fused()
    for match in fused.finditer(text):
        title, organization = meanings[fold_for_matching(match.group())]
        inside = max((o for _, _, o in orgs.starting_in(match.start(), match.end())),
                     key=lambda o: o.end - o.start, default=None)
        name = inside.name if inside else organization
        former = _former_start(text, match.start())
        titles.append(_Title(match.start() if former is None else former, match.end(), title, None, name,
                             former is not None))
        taken.add(match.start(), match.end(), None)
    for match in _title_pattern().finditer(text):
        start, end = match.start(), match.end()
        if taken.overlaps(start, end):
            continue
        # A body that begins inside the title ends it: "Ủy viên [Ban Chấp hành Trung ương Đảng]".
        # ("Trưởng Ban [Ban Nội chính T.Ư]" shares its last word with the body: keep both.)
        inner = next((o for _, _, o in orgs.starting_in(start + 1, end)), None)
        if inner is not None and fold_for_matching(text[start:inner.start]) in _titles():
            end = inner.start - 1
        title = _titles().get(fold_for_matching(text[start:end]))
        if title is None:
            continue
        organization = inner if inner is not None and inner.start < end else _org_at(orgs, end)
        former = _former_start(text, start)
        titles.append(_Title(start if former is None else former, organization.end if organization else end, title,
                             organization, former=former is not None))
    return sorted(titles, key=lambda t: t.start)


def _implied_bodies(orgs: list[OrgMention]) -> dict[str, OrgMention]:
    """For each title that implies a body ("Khối trưởng"), the article's first body of that kind."""
    heads = {title: fold_for_matching(head) for title, head in _implied().items()}
    found: dict[str, OrgMention] = {}
    for org in orgs:
        folded = fold_for_matching(org.name)
        for title, head in heads.items():
            if title not in found and folded.startswith(head):
                found[title] = org
    return found


def _role(person: PersonMention, title: _Title, implied: dict[str, OrgMention]) -> RoleMention:
    organization = title.organization or implied.get(fold_for_matching(title.title))
    start, end = min(person.start, title.start), max(person.end, title.end)
    if organization is not None:
        return RoleMention(start, end, "", person.name, title.title, organization.name, organization.org_id,
                           title.former)
    return RoleMention(start, end, "", person.name, title.title, title.fixed_organization, former=title.former)


def find_roles(text: str, persons: list[PersonMention], orgs: list[OrgMention]) -> list[RoleMention]:
    titles = find_titles(text, orgs)
    implied = _implied_bodies(orgs)
    person_starts = {p.start for p in persons}
    items = sorted([(t.start, 0, t) for t in titles] + [(p.start, 1, p) for p in persons], key=lambda i: (i[0], i[1]))
    roles: list[RoleMention] = []
    person: PersonMention | None = None  # the person an appositive chain belongs to
    pending: list[_Title] = []  # titles waiting for the name that follows them
    plural = False
    chain_end = -1
    for _, _, item in items:
        gap = text[chain_end:item.start] if chain_end >= 0 else "\n"
        if isinstance(item, _Title):
            if item.start < chain_end:
                continue
            joined = _SEPARATOR.fullmatch(gap) is not None and "\n" not in gap
            # A title right before a name is that name's: "X, Phó Chủ tịch Tổng LĐLĐ Việt Nam Trần Văn Lý".
            names_next = any(item.end + step in person_starts and not text[item.end:item.end + step].strip()
                             for step in (1, 2))
            if person is not None and joined and not names_next:
                roles.append(_role(person, item, implied))
            elif pending and joined:
                pending.append(item)
            else:
                person, pending = None, [item]
                plural = bool(_PLURAL.search(text[max(0, item.start - 15):item.start]))
            chain_end = item.end
        else:
            if pending and (_BEFORE_NAME.fullmatch(gap) or plural and _LIST_GAP.fullmatch(gap)):
                roles.extend(_role(item, title, implied) for title in pending)
                if not plural:
                    pending = []
            else:
                pending, plural = [], False
            person, chain_end = item, item.end
    return [replace(r, text=text[r.start:r.end]) for r in roles]


class RoleExtractor(Extractor):
    provides = "roles"
    requires = ("persons", "organizations")

    def find(self, doc: Doc) -> list[RoleMention]:
        return find_roles(text_of(doc), facts_of(doc, "persons"), facts_of(doc, "organizations"))
