"""The body of an office the passage has named before, for an office written against a name without one;
and a bare office that only repeats a fuller one of the same person.

"Bí thư Tỉnh ủy Thừa Thiên Huế và đoàn công tác đã đến thăm … Tại các chốt, Bí thư Lê Trường Lưu
biểu dương …": the article names the office with its body first, then its holder with the bare office;
the holder's office is that body's. Only an office one person holds at a time (no deputy or member,
shared_offices.tsv; no office that names its body itself, whole_titles.tsv), only when the article
named exactly one body for it before, written apart from any holder, and no other person holds that
office of that body. Historical figures (eponyms.tsv, and the persons of not_person_names.tsv whose
name is also a place's) keep their bare office ("Chủ tịch Hồ Chí Minh"), and so do foreign officials,
whose bodies are their countries' ("Ngoại trưởng Ukraine A" in a passage on "Ngoại trưởng EU B"): only a
name led by a Vietnamese family name takes a body so.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from unionfacts.extract.persons import is_family_name, is_foreign_name
from unionfacts.extract.titles import Title, held_modifiers
from unionfacts.normalize import fold_for_matching
from unionfacts.resources import read_table, read_words
from unionfacts.types import RoleMention


@lru_cache(maxsize=1)
def _one_holder_exceptions() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Whole titles, first words of shared offices, and historical figures, folded."""
    return (frozenset(fold_for_matching(t) for t in read_words("persons/whole_titles.tsv", "title")),
            tuple(fold_for_matching(w) for w in read_words("persons/shared_offices.tsv", "word")),
            frozenset(fold_for_matching(n) for n in read_words("persons/eponyms.tsv", "name"))
            | {fold_for_matching(row["name"]) for row in read_table("persons/not_person_names.tsv")
               if row["kind"] == "person_place"})


def with_passage_bodies(roles: list[RoleMention], titles: list[Title]) -> list[RoleMention]:
    whole, shared, eponyms = _one_holder_exceptions()
    held = {(fold_for_matching(r.title), fold_for_matching(r.organization)): r.person for r in roles if r.organization}
    # Offices written with their body outside every role's evidence: the passage naming the office alone.
    apart = [t for t in titles if t.organization is not None and t.organization.name
             and not any(r.start <= t.start and t.end <= r.end for r in roles)]
    found = []
    for role in roles:
        office = fold_for_matching(role.title)
        if role.organization is not None or office in whole or office.startswith(shared) \
                or fold_for_matching(role.person) in eponyms or is_foreign_name(role.person) \
                or not is_family_name(role.person.split(" ")[0]):
            found.append(role)
            continue
        bodies = {(t.organization.name, t.organization.org_id) for t in apart
                  if t.start < role.start and fold_for_matching(t.title) == office}
        if len(bodies) == 1:
            name, org_id = bodies.pop()
            if held.get((office, fold_for_matching(name)), role.person) == role.person:
                role = replace(role, organization=name, org_id=org_id)
        found.append(role)
    return found


def without_bare_repeats(roles: list[RoleMention]) -> list[RoleMention]:
    """A bare office with no body is a short mention of a fuller office the same person holds in the
    article ("Chủ tịch Trần Đại Quang" after "Chủ tịch nước Trần Đại Quang", "Chủ tịch Hiển" of the
    Chủ tịch HĐQT): no office of its own; so is an office written without the modifier that follows it in
    the same person's office in the same body ("Phó Chủ tịch UBND TP A" after "A, Phó Chủ tịch Thường trực
    UBND TP"; title_modifiers.tsv, position after). "Ủy viên dự khuyết" is another office than "Ủy viên"."""
    held: dict[str, set[str]] = {}
    held_in: dict[tuple[str, str], set[str]] = {}
    for role in roles:
        held.setdefault(role.person, set()).add(fold_for_matching(role.title))
        if role.organization is not None:
            held_in.setdefault((role.person, role.organization), set()).add(fold_for_matching(role.title))
    return [role for role in roles if not (
        any(other.startswith(fold_for_matching(role.title) + " ") for other in held[role.person])
        if role.organization is None else
        any(f"{fold_for_matching(role.title)} {modifier}" in held_in[(role.person, role.organization)]
            for modifier in _modifiers_after()))]


@lru_cache(maxsize=1)
def _modifiers_after() -> tuple[str, ...]:
    return tuple(fold_for_matching(modifier) for modifier in held_modifiers(("after",)))


__all__ = ["with_passage_bodies", "without_bare_repeats"]
