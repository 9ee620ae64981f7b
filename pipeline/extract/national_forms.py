"""The short forms of Vietnam's national bodies are also every country's common nouns.

The knowledge base names the Government, the National Assembly, the ministries and the Party by
their short forms ("Chính phủ", "Quốc hội", "Bộ Tư pháp", "Đảng Cộng sản"), as Vietnamese news
writes them for Vietnam's own. The same words name any country's body:

- followed by a foreign country's name they are that country's body ("Chính phủ Nga", "Bộ Quốc
  phòng Hàn Quốc", "Quốc hội Cuba"): named as written, with no identity in the base;
- written in lower case, some are common nouns (``models/orgs/capitalized_only.tsv``: "chính phủ
  các nước", "người đứng đầu chính phủ", "cho quốc hội biết"), which name no body.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import OrgBase
from unionfacts.resources import read_words
from unionfacts.types import OrgMention

_NATIONAL_LEVELS = frozenset({"state", "ministry", "party"})  # bodies every country has one of


@lru_cache(maxsize=1)
def countries() -> tuple[frozenset[str], int]:
    """Countries (folded: persons/countries.tsv and the long forms of orgs/countries.tsv) and the longest in words."""
    names = frozenset(fold_for_matching(name) for name in read_words("orgs/countries.tsv", "name")
                      | read_words("persons/countries.tsv", "country"))
    return names, max(len(name.split()) for name in names)


@lru_cache(maxsize=1)
def _home_country() -> frozenset[str]:
    return frozenset(fold_for_matching(form) for form in read_words("persons/home_country.tsv", "form"))


@lru_cache(maxsize=1)
def capitalized_only() -> frozenset[str]:
    """Known forms (folded) that name a body only when capitalized (capitalized_only.tsv)."""
    return frozenset(fold_for_matching(form) for form in read_words("orgs/capitalized_only.tsv", "form"))


def lower_case_common_noun(text: str, start: int, form: str) -> bool:
    """Whether the known ``form`` matched at ``start`` is written in lower case where it is a common noun."""
    return text[start].islower() and fold_for_matching(form) in capitalized_only()


@lru_cache(maxsize=1)
def _state_forms() -> frozenset[str]:
    return frozenset(fold_for_matching(word) for word in read_words("orgs/state_forms.tsv"))


def _state_form(words: list[str], at: int) -> int:
    """How many words from ``at`` are a state's form (state_forms.tsv), 0 if none."""
    return next((size for size in (3, 2, 1) if fold_for_matching(" ".join(words[at:at + size])) in _state_forms()), 0)


def foreign_country_after(text: str, end: int) -> int | None:
    """Where a foreign country's name written right after ``end`` (after one space) ends: the longest
    country that starts there, not Vietnam; a one-word country only before no capitalized word, since
    many are given names or begin place names too ("Nga Sơn", "Mỹ Tho")."""
    if not text.startswith(" ", end):
        return None
    names, longest = countries()
    words = text[end + 1:end + 81].split(" ")
    forms = 0
    while forms < len(words) - 1 and words[forms][:1].isupper() and (size := _state_form(words, forms)):
        forms += size  # "Chính phủ [Vương quốc] Hà Lan"
    end += sum(len(word) + 1 for word in words[:forms])
    words = words[forms:]
    for size in range(min(longest, len(words)), 0, -1):
        written = " ".join(words[:size])
        country = written.rstrip(".,;:)”\"!?")
        folded = fold_for_matching(country)
        if folded not in names or not country[:1].isupper():
            continue
        if folded in _home_country():
            return None
        following = words[size] if size < len(words) and country == written else ""
        if size == 1 and following[:1].isupper():
            return None
        return end + 1 + len(country)
    return None


def as_foreign_bodies(mentions: list[OrgMention], text: str, base: OrgBase) -> list[OrgMention]:
    """Known national bodies followed by a foreign country, as that country's bodies."""
    found = []
    for mention in mentions:
        org = base.orgs.get(mention.org_id or "")
        if org is not None and org.level in _NATIONAL_LEVELS and (end := foreign_country_after(text, mention.end)):
            surface = text[mention.start:end]
            name = " ".join(surface.split())
            mention = replace(mention, end=end, text=surface, name=name[:1].upper() + name[1:], org_id=None, how="pattern")
        found.append(mention)
    return found
