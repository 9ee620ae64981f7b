"""The bodies the offices name without naming them in full: organizations too.

"Bộ trưởng Quốc phòng Mỹ" names the Bộ Quốc phòng Mỹ, "Phó Chủ tịch xã Cát Lâm" the Ủy ban nhân dân
xã Cát Lâm, "ông A, Bí thư, Chủ tịch UBND huyện X" the Huyện ủy X: the roles extractor gives these
offices their body, but no organization mention holds it, so the article's organizations would lack
a body its roles name (the gold lists the organization of nearly every role: 151 of 152 in the dev
files). Each such body becomes an organization whose mention is the role's span — the words that
name it — marked ``how=IMPLIED_BY_ROLE`` so that the span is no alias of its name. A body of the knowledge
base that is a Vietnamese one (not a foreign body, a company or a paper) only for a holder with a Vietnamese
family name: "Bộ trưởng Ngoại giao Rex Tillerson" names another state's ministry, which the office alone does
not name. A foreign state's ministry that only its minister's office names ("Bộ trưởng Quốc phòng Mỹ Mark Esper",
"Thứ trưởng Quốc phòng Philippines A") stays the role's body but is no organization of the article: the blind
study gold lists a foreign ministry where the text writes it as a body ("Bộ Quốc phòng Mỹ cho biết") and leaves it
out where only a minister's title names it (11 of 13 such bodies in study13 and study16, aud-org100).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from unionfacts.extract.base import Extractor, facts_of
from unionfacts.extract.persons import is_family_name
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import load_orgbase
from unionfacts.resources import read_mapping
from unionfacts.types import IMPLIED_BY_ROLE, OrgMention, RoleMention


_FOREIGN_OR_ANY_LEVELS = frozenset({"international", "other", "media"})  # foreign bodies, companies, the press


def _home_body(org_id: str) -> bool:
    """Whether a body of the knowledge base is one of the home state's, Party's or unions' (not "Bộ Quốc phòng Mỹ",
    a company or a paper, whose foreign officers are theirs)."""
    org = load_orgbase().orgs.get(org_id)
    return org is not None and org.level not in _FOREIGN_OR_ANY_LEVELS


@lru_cache(maxsize=1)
def _ministry_heads() -> tuple[tuple[str, bool], ...]:
    """The heads of orgs/ministry_heads.tsv, longest first, each with whether it opens a ministry's name."""
    heads = read_mapping("orgs/ministry_heads.tsv", "head", "ministry")
    return tuple((head, ministry == "1") for head, ministry in sorted(heads.items(), key=lambda item: -len(item[0])))


def _ministry(name: str) -> bool:
    """Whether a body is a ministry ("Bộ Quốc phòng Nga"), not a chamber, a party organ or a command: by the
    longest head of orgs/ministry_heads.tsv its name opens with."""
    return next((ministry for head, ministry in _ministry_heads() if f"{name} ".startswith(f"{head} ")), False)


def bodies_of_roles(orgs: list[OrgMention], roles: list[RoleMention]) -> list[OrgMention]:
    """``orgs`` and, for each body a role names that none of them is, a mention at the role's span."""
    known_ids = {org.org_id for org in orgs if org.org_id}
    known_names = {fold_for_matching(org.name) for org in orgs} | {fold_for_matching(org.text) for org in orgs}
    implied = []
    for role in sorted(roles, key=lambda r: r.start):
        if not role.organization or role.org_id in known_ids or fold_for_matching(role.organization) in known_names:
            continue
        foreign_holder = not is_family_name(role.person.split(" ")[0])
        if role.org_id and foreign_holder and _home_body(role.org_id):
            continue  # "Bộ trưởng Ngoại giao [Rex Tillerson]": another state's minister, not of the home body
        if foreign_holder and _ministry(role.organization) and not (role.org_id and _home_body(role.org_id)):
            continue  # "Bộ trưởng Quốc phòng Nga [Sergei Shoigu]": a foreign ministry only its minister's title names
        implied.append(OrgMention(role.start, role.end, role.text, role.organization, role.org_id, IMPLIED_BY_ROLE))
        known_names.add(fold_for_matching(role.organization))
        if role.org_id:
            known_ids.add(role.org_id)
    return sorted(orgs + implied, key=lambda org: (org.start, org.end)) if implied else orgs


class RoleBodies(Extractor):
    """The article's organizations with the bodies its roles name (see the module's docstring)."""

    provides = "organizations"
    requires = ("organizations", "roles")

    def find(self, doc: Doc) -> list[OrgMention]:
        return bodies_of_roles(facts_of(doc, "organizations"), facts_of(doc, "roles"))
