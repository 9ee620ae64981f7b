"""A foreign holder of a home ministry's office: the ministry is his country's, which the article names.

"Bộ trưởng Quốc phòng Lloyd Austin" after "Tổng thống Mỹ Joe Biden": the office names its field alone, which
the knowledge base reads as the home state's Bộ Quốc phòng; a foreign holder is no officer of it, and his
ministry is that of his own country. The country is the one another office of his names ("Thứ trưởng Ngoại
giao Séc A … Bộ trưởng Nội vụ A" → Bộ Nội vụ Séc), else the one foreign country the article writes most, at least
twice as often as any other (persons/countries.tsv); with none or several, the office stays as it was.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from unionfacts.extract.persons import countries, is_family_name, strongly_foreign
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import load_orgbase
from unionfacts.resources import read_words
from unionfacts.types import RoleMention

_HOME_MINISTRY_LEVEL = "ministry"
_DOMINANCE = 2  # the article's country is written at least twice as often as any other foreign one


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{countries()})(?![^\W_])")


@lru_cache(maxsize=1)
def _country_forms() -> dict[str, str]:
    """Folded country → as written in countries.tsv."""
    base = load_orgbase()  # "Nhà Trắng", "Điện Kremlin" stand for a body there, no country
    return {fold_for_matching(form): form for form in read_words("persons/countries.tsv", "country")
            if base.lookup(form) is None}


def _home_ministry(role: RoleMention) -> bool:
    org = load_orgbase().orgs.get(role.org_id) if role.org_id else None
    return org is not None and org.level == _HOME_MINISTRY_LEVEL


def _foreign_holder(person: str) -> bool:
    words = person.split(" ")
    return not is_family_name(words[0]) and strongly_foreign(words)


def _country_ending(name: str | None) -> str | None:
    """The foreign country a body's name ends with ("Bộ Ngoại giao Séc" → "Séc")."""
    words = (name or "").split(" ")
    for size in range(min(3, len(words) - 1), 0, -1):
        written = " ".join(words[-size:])
        if _country_forms().get(fold_for_matching(written)) == written:  # as written: "Bộ Tư pháp" ends in no "Pháp"
            return written
    return None


def _article_country(text: str) -> str | None:
    """The foreign country the article writes most, at least twice as often as the next one."""
    forms = _country_forms()
    counts = Counter(folded for match in _country_pattern().finditer(text)
                     if (folded := fold_for_matching(match.group())) in forms)
    ranked = counts.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] < _DOMINANCE * ranked[1][1]:
        return None
    return _country_forms().get(ranked[0][0])


def with_holders_countries(text: str, roles: list[RoleMention]) -> list[RoleMention]:
    """``roles`` with a foreign holder's home ministry made his country's (see the module's docstring)."""
    if not any(_home_ministry(role) and _foreign_holder(role.person) for role in roles):
        return roles
    own = {role.person: country for role in roles if (country := _country_ending(role.organization))}
    article = _article_country(text)
    base = load_orgbase()
    placed = []
    for role in roles:
        country = own.get(role.person, article) if _home_ministry(role) and _foreign_holder(role.person) else None
        if country is None:
            placed.append(role)
            continue
        name = f"{role.organization} {country}"
        placed.append(replace(role, organization=name, org_id=base.lookup(name)))
    return placed
