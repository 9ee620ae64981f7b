"""Bare heads that point back to a body named before them (models/orgs/back_references.tsv).

"Chủ tịch Công đoàn công ty" chairs the union of the company the passage is about; "Chủ tịch
HĐQT công ty" that company's board; "làm chủ tịch CĐ" heads the union named before. The body
meant is the nearest one of the head's kind named before the head: kinds come from the heads of
models/orgs/pattern_heads.tsv a body's name begins with ("Công ty TNHH X" is a company).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from unionfacts.extract.patterns import alternation, first_letters, trie_alternation
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import load_orgbase
from unionfacts.resources import read_mapping, read_table, read_words
from unionfacts.types import OrgMention

WORKPLACE_KINDS = ("company", "school", "hospital", "institute")
_NEXT_WORD = re.compile(r"[ ]+(\S+)")


@lru_cache(maxsize=1)
def back_references() -> dict[str, str]:
    """Folded bare head → the kind of body it points back to."""
    return {fold_for_matching(row["form"]): row["kind"] for row in read_table("orgs/back_references.tsv")}


@lru_cache(maxsize=1)
def _target_heads() -> dict[str, str | None]:
    """Folded bare head → the (folded) head the body it points to begins with, None for any."""
    return {fold_for_matching(row["form"]): fold_for_matching(row["head"]) or None
            for row in read_table("orgs/back_references.tsv")}


def pointed_body(bodies: "BodiesBefore", bare_head: str, position: int) -> OrgMention | None:
    """The body a bare head written at ``position`` points back to ("công ty" → the Công ty named last)."""
    folded = fold_for_matching(bare_head)
    kind = back_references().get(folded)
    return bodies.nearest(kind, position, _target_heads().get(folded)) if kind else None


@lru_cache(maxsize=1)
def _kinds_by_head() -> tuple[tuple[str, str], ...]:
    """Pattern heads (folded, with a trailing space) and their kind, longest first."""
    rows = read_table("orgs/pattern_heads.tsv")
    return tuple(sorted(((fold_for_matching(row["head"]) + " ", row["kind"]) for row in rows),
                        key=lambda item: len(item[0]), reverse=True))


@lru_cache(maxsize=1)
def _kind_of_head() -> dict[str, str]:
    """Folded pattern head (with a trailing space) → its kind; a head listed twice keeps its first row."""
    kinds: dict[str, str] = {}
    for head, kind in _kinds_by_head():
        kinds.setdefault(head, kind)
    return kinds


def body_kind(name: str) -> str | None:
    """The kind of body a full name names, by the longest head it begins with ("Công ty TNHH X" → company).

    A head ends with a space, so only the name's beginnings that end at a space are looked up,
    longest first, instead of testing every head."""
    folded = fold_for_matching(name) + " "
    kinds = _kind_of_head()
    end = len(folded)
    while end > 0:
        kind = kinds.get(folded[:end])
        if kind is not None:
            return kind
        end = folded.rfind(" ", 0, end - 1) + 1
    return None


@lru_cache(maxsize=1)
def lower_workplace_heads() -> frozenset[str]:
    """Bare heads of a workplace written in lower case ("công ty", "nhà trường"), folded: unlike a union's,
    an organ's or an association's head, which as often opens a lower-case name ("công đoàn Trần Hưng
    Đạo"), one written right after an office points back even when the officer's full name follows it
    ("Giám đốc công ty Phan Văn A"), unless bodies of its kind are often named after a person ("trường")."""
    return frozenset(fold_for_matching(row["form"]) for row in read_table("orgs/back_references.tsv")
                     if row["kind"] in WORKPLACE_KINDS and row["form"].islower() and row["eponymous"] != "1")


@lru_cache(maxsize=1)
def _name_continuers() -> frozenset[str]:
    return frozenset(read_words("orgs/name_connectors.tsv"))


def names_nothing_after(text: str, end: int) -> bool:
    """Whether no name follows a head ending at ``end``: not a capitalized word, a digit or a
    connector ("Công ty [TNHH] …"); a head followed by a name is that name's, not a pointer."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return True
    word = following.group(1).rstrip(",.;:)”\"")
    return not (word[:1].isupper() or word[:1].isdigit() or word in _name_continuers())


@lru_cache(maxsize=1)
def _union_of_workplace() -> re.Pattern[str]:
    forms = [row["form"] for row in read_table("orgs/back_references.tsv")]
    unions = [form for form in forms if back_references()[fold_for_matching(form)] in ("union", "organ")]
    workplaces = [form for form in forms if back_references()[fold_for_matching(form)] in WORKPLACE_KINDS]
    return re.compile(rf"{first_letters(unions)}(?<!\w)(?:{trie_alternation(unions, ignore_case=True)})[ ]"
                      rf"(?:{trie_alternation(workplaces, ignore_case=True)})(?!\w)", re.IGNORECASE)


def find_union_pointers(text: str) -> list[OrgMention]:
    """"Công đoàn công ty", "CĐ Cty": the union of a workplace named before (resolved later)."""
    return [OrgMention(match.start(), match.end(), match.group(), match.group(), None, "pointer")
            for match in _union_of_workplace().finditer(text) if names_nothing_after(text, match.end())]


@lru_cache(maxsize=1)
def _union_heads() -> dict[str, str]:
    """The bare heads of a workplace's union (back_references.tsv rows of kind union pointing at a Công đoàn),
    folded → the organ they write, in full (abbreviations.tsv: "CĐCS" → "Công đoàn cơ sở")."""
    full = dict(read_mapping("orgs/abbreviations.tsv", "abbreviation", "expansion"))
    heads = {}
    for row in read_table("orgs/back_references.tsv"):
        if row["kind"] == "union" and fold_for_matching(row["head"]) == "công đoàn":
            written = full.get(row["form"], row["form"])
            heads[fold_for_matching(row["form"])] = written[:1].upper() + written[1:]
    return heads


@lru_cache(maxsize=1)
def _union_head_before() -> re.Pattern[str]:
    """A union head written just before a workplace's name, whatever its case: "công đoàn công ty TNHH X"."""
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(_union_heads())})[ ]\Z")


def unions_before_workplaces(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """The union of a workplace whose name opens with a lower-case head ("Chủ tịch công đoàn [công ty
    TNHH X]"): the union head before it and the workplace make one name ("Công đoàn Công ty TNHH X"),
    which the name finder cannot read over the lower-case head. Mentions already covering the union
    head are left as they are."""
    found = []
    for mention in mentions:
        if body_kind(mention.name) not in WORKPLACE_KINDS:
            continue
        head = _union_head_before().search(text, max(0, mention.start - 16), mention.start)
        if head is None or any(other.start <= head.start() < other.end for other in mentions):
            continue
        organ = _union_heads()[fold_for_matching(" ".join(head.group().split()))]
        found.append(OrgMention(head.start(), mention.end, text[head.start():mention.end], f"{organ} {mention.name}",
                                None, "pattern"))
    return found


def _state_body(org_id: str | None) -> bool:
    """Whether the base lists a body as other than an enterprise (its state groups and banks are of level
    "other": "Tập đoàn Dầu khí Quốc gia Việt Nam" is a company; "Ngân hàng Nhà nước" a ministry)."""
    known = load_orgbase().orgs.get(org_id) if org_id else None
    return known is not None and known.level != "other"


class BodiesBefore:
    """The bodies of an article by kind, in text order: the nearest one before a position."""

    def __init__(self, mentions: list[OrgMention], text: str) -> None:
        self._by_kind: dict[str, list[OrgMention]] = {}
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.how != "pointer" and (kind := body_kind(mention.name)) is not None \
                    and not (kind == "company" and _state_body(mention.org_id)):  # "Ngân hàng Nhà nước" is no company
                self._by_kind.setdefault(kind, []).append(mention)
        self._ends = {kind: [m.end for m in found] for kind, found in self._by_kind.items()}
        self._by_start = {m.start: m for m in mentions if m.how != "pointer"}
        # Groups and banks of the base the article is about: named by their head and again, or with a
        # short form defined after it ("Ngân hàng TMCP Sài Gòn - Hà Nội (SHB) … SHB", "Ngân hàng TMCP
        # Quân đội (MB - mã: MBB)"); one named once may be a guest's.
        named = Counter(m.org_id for m in self._by_kind.get("company", ()) if m.org_id)
        self._headed = {m.org_id for m in self._by_kind.get("company", ())
                        if m.org_id and body_kind(m.text) == "company"
                        and (named[m.org_id] > 1 or text[m.end:m.end + 2].lstrip().startswith("("))}

    def nearest(self, kind: str, position: int, head: str | None = None) -> OrgMention | None:
        """The body of ``kind`` named last before ``position`` (wholly before it); with ``head``,
        the last whose name begins with that head ("Công đoàn Tổng công ty": a Tổng công ty)."""
        index = bisect.bisect_right(self._ends.get(kind, []), position)
        for found in reversed(self._by_kind[kind][max(0, index - _LOOK_BACK):index] if index else []):
            if head is None and found.org_id and kind == "company" and found.org_id not in self._headed:
                continue  # a group or bank of the base only when named by its head, here ("Tổng Giám đốc [Tập đoàn]"),
                # or when the article is about it
            if head is None or fold_for_matching(found.name).startswith(head + " "):
                return found
        return None

    def starting_at(self, position: int) -> OrgMention | None:
        """The body named from ``position`` on, if one is."""
        return self._by_start.get(position)

    def sole(self, kind: str, position: int) -> OrgMention | None:
        """The body of ``kind`` named before ``position`` when the article has named only one (by name or id)."""
        index = bisect.bisect_right(self._ends.get(kind, []), position)
        named = {m.org_id or fold_for_matching(m.name) for m in self._by_kind.get(kind, [])[:index]}
        return self._by_kind[kind][index - 1] if len(named) == 1 else None


_LOOK_BACK = 8  # bodies of a kind looked back over for one with the head a pointer names


def _workplace_head(pointer: str) -> str:
    """The bare workplace head a union pointer ends with ("CĐ Cty" → "cty")."""
    folded = fold_for_matching(pointer)
    forms = sorted((f for f, kind in back_references().items() if kind in WORKPLACE_KINDS), key=len, reverse=True)
    return next(form for form in forms if folded.endswith(" " + form))


def _organ_of(pointer: str) -> str:
    """The union or Party organ a pointer begins with, written in full ("CĐ Cty" → "Công đoàn")."""
    folded = fold_for_matching(pointer)
    if folded.startswith(("công đoàn cơ sở", "cđcs")):
        return "Công đoàn cơ sở"
    if folded.startswith(("công đoàn", "cđ")):
        return "Công đoàn"
    organ = next((form for form, kind in back_references().items() if kind == "organ" and folded.startswith(form + " ")), "")
    return pointer[:len(organ)][:1].upper() + pointer[1:len(organ)] if organ else pointer.split(" ")[0]


def resolve_union_pointers(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """Each "Công đoàn công ty" ("Đảng ủy Trường") as the union (Party organ) of the workplace named
    last before it ("Công đoàn Công ty TNHH X") in ``text``; one with no workplace before it names none
    and is dropped."""
    bodies = BodiesBefore(mentions, text)
    resolved = []
    for mention in mentions:
        if mention.how != "pointer":
            resolved.append(mention)
            continue
        workplace = pointed_body(bodies, _workplace_head(mention.text), mention.start)
        if workplace is not None:
            name = f"{_organ_of(mention.text)} {workplace.name}"
            resolved.append(OrgMention(mention.start, mention.end, mention.text, name, None, "pointer"))
    return resolved
