"""Bodies named only through an office: listed as organizations too.

An office may name its body without the body's own name: by its field ("Bộ trưởng
[Ngoại giao]" → Bộ Ngoại giao) or by the place it governs ("Chủ tịch [TP Hội An]" → the
city's Ủy ban nhân dân). The gold lists every role's body among the organizations (NOTES.md
item 34: a known body named inside another name is listed as well), so once the roles are
known, each such body a role holds that no mention lists yet is added, pointing at the words
that name it. Its written form ("Ngoại giao", "TP Hội An") names the body only with the office
before it, so it is no alias (``how`` "office").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from unionfacts.extract.base import Extractor, facts_of, text_of
from unionfacts.extract.persons import is_family_name
from unionfacts.extract.titles import find_titles
from unionfacts.normalize import fold_for_matching
from unionfacts.types import OrgMention, RoleMention

_NAMED_BY_OFFICE = frozenset({"field", "place", "foreign"})  # how titles.py names a body from its office


def _key(name: str, org_id: str | None) -> str:
    return org_id or fold_for_matching(name)


def bodies_of_roles(text: str, orgs: list[OrgMention], roles: list[RoleMention]) -> list[OrgMention]:
    """The bodies roles hold that only an office names, one mention per office that names them."""
    listed = {_key(org.name, org.org_id) for org in orgs}
    missing = {_key(role.organization, role.org_id) for role in roles if role.organization} - listed
    if not missing:
        return []
    held = [(role.start, role.end) for role in roles if role.organization]
    # A home body only for a Vietnamese holder: "Bộ trưởng Ngoại giao [Rex Tillerson]" is another state's
    # minister, whose ministry the office alone does not name ("Bộ Quốc phòng Mỹ" names its state).
    home_held = [span for span, role in zip(held, (r for r in roles if r.organization))
                 if is_family_name(role.person.split(" ")[0])]
    found = []
    for title in find_titles(text, orgs):
        body = title.organization
        if body is None or body.how not in _NAMED_BY_OFFICE or _key(body.name, body.org_id) not in missing:
            continue
        holders = home_held if body.org_id else held
        if any(start <= body.start and body.end <= end for start, end in holders):  # an office a person holds
            found.append(replace(body, how="office"))
    return found


class RoleBodies(Extractor):
    """The organizations, with the bodies only the roles' offices name (runs after the roles)."""

    provides = "organizations"
    requires = ("organizations", "roles")

    def find(self, doc: Doc) -> list[OrgMention]:
        orgs = facts_of(doc, "organizations")
        return orgs + bodies_of_roles(text_of(doc), orgs, facts_of(doc, "roles"))


__all__ = ["RoleBodies", "bodies_of_roles"]
