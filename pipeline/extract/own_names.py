"""A company named again by its own name alone: "Tập đoàn Hoàng Anh Gia Lai … Hoàng Anh Gia Lai cho biết".

Business news names a company once in full, a head ("Tập đoàn", "Công ty") and perhaps its legal form
("Cổ phần", "TNHH": orgs/own_name_parts.tsv) before its own name, then by the own name alone. Those later
mentions are the same body (an alias, NOTES.md item 3), and no person's name either ("Ban Tổng Giám đốc
Hoàng Anh Gia Lai" is no officer "Hoàng Anh"). Only own names that tell one body from any other word are
read: two capitalized words or more, or one word no Vietnamese syllable makes ("Vingroup"); not a place,
a country (Vietnam too: "Công ty TNHH CP Việt Nam") or a known body's form, and not a Vietnamese full name
of two words ("Công ty Hoàng Anh"), which is as often a person's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unionfacts.extract.national_forms import VIETNAMESE_SYLLABLE, countries, home_country_forms
from unionfacts.extract.patterns import occurrences
from unionfacts.extract.persons import is_family_name
from unionfacts.extract.spanindex import span_index
from unionfacts.normalize import fold_for_matching, vietnamese_shaped
from unionfacts.orgbase import OrgBase, place_kinds
from unionfacts.resources import read_table
from unionfacts.types import OrgMention

_MIN_LETTERS = 3  # a one-word own name ("FPT", "Vingroup") is no initial nor a two-letter code
_MAX_WORDS = 6
_CAPITALIZED = re.compile(r"[A-ZĐÀ-Ỹ0-9]")


@lru_cache(maxsize=None)  # one entry per kind: "head" and "legal" alternate on every name
def _parts(kind: str) -> tuple[str, ...]:
    """The heads (`head`) or legal forms (`legal`) of orgs/own_name_parts.tsv, folded, longest first."""
    forms = {fold_for_matching(row["form"]) for row in read_table("orgs/own_name_parts.tsv") if row["kind"] == kind}
    return tuple(sorted(forms, key=len, reverse=True))


def legal_form_before(text: str, position: int) -> bool:
    """Whether a company's legal form (`legal` in orgs/own_name_parts.tsv: "TNHH", "cổ phần", "MTV") ends right
    before ``position``, after one space."""
    if text[position - 1:position] != " ":
        return False
    before = fold_for_matching(text[max(0, position - 30):position - 1])
    return any(
        before.endswith(form) and (len(before) == len(form) or not before[-len(form) - 1].isalnum())
        for form in _parts("legal"))


def _strip_words(words: list[str], folded_forms: tuple[str, ...]) -> list[str]:
    """``words`` without the longest of ``folded_forms`` they open with, if any."""
    folded = [fold_for_matching(word) for word in words]
    for form in folded_forms:
        size = form.count(" ") + 1
        if " ".join(folded[:size]) == form:
            return words[size:]
    return words


def own_name(name: str) -> str | None:
    """The own name of a company's full name ("Hoàng Anh Gia Lai" of "Tập đoàn Hoàng Anh Gia Lai"), or None
    when the name has no company head or nothing after its head and legal form tells the body apart."""
    words = name.split()
    rest = _strip_words(words, _parts("head"))
    if len(rest) == len(words):
        return None
    for _ in range(2):  # "TNHH MTV", "Cổ phần Đầu tư …" keeps "Đầu tư": only legal forms are taken off
        rest = _strip_words(rest, _parts("legal"))
    if not rest or len(rest) > _MAX_WORDS or not all(_CAPITALIZED.match(word) for word in rest):
        return None
    if len(rest) == 1:
        word = rest[0]
        if len(word) < _MIN_LETTERS or not word.isalnum() or VIETNAMESE_SYLLABLE.fullmatch(fold_for_matching(word)):
            return None
    elif len(rest) == 2 and is_family_name(rest[0]) and all(VIETNAMESE_SYLLABLE.fullmatch(fold_for_matching(w)) for w in rest):
        return None
    return " ".join(rest)


def _word_boundary(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands as words of their own: no word glued to it and no capitalized word
    right before or after it, which would make it part of a longer name."""
    before, after = text[start - 1:start], text[end:end + 1]
    if before.isalnum() or after.isalnum() or after == "-" or before == "-":
        return False
    word_before = text[max(0, start - 24):start].rstrip().rsplit(None, 1)[-1:] if before == " " else []
    word_after = text[end:end + 24].lstrip().split(None, 1)[:1] if after == " " else []
    return not any(word[:1].isupper() and word[-1:].isalnum() for word in word_before + word_after)


def own_names_again(chosen: list[OrgMention], text: str, base: OrgBase) -> list[OrgMention]:
    """Mentions of a company found by its head (not the knowledge base) by its own name alone, elsewhere in the
    text: the body's, named as in full."""
    taken = span_index(chosen)
    found: list[OrgMention] = []
    seen: set[str] = set()
    names, _ = countries()
    for mention in chosen:
        if mention.org_id is not None or mention.how != "pattern":
            continue
        own = own_name(mention.name)
        if own is None or own in seen:
            continue
        folded = fold_for_matching(own)
        if folded in names or folded in home_country_forms() or base.lookup(own) is not None or base.province(own) is not None:
            continue
        seen.add(own)
        positions = occurrences(text, own)
        if any(_after_place_kind(text, position) for position in positions):
            continue  # "huyện Hiệp Hòa": the own name is a place's here too ("Công ty Hiệp Hòa")
        for position in positions:
            end = position + len(own)
            if not taken.overlaps(position, end) and _word_boundary(text, position, end):
                found.append(OrgMention(position, end, own, mention.name, None, "pattern"))
                taken.add(position, end, None)
    return found


def barest_own_name(name: str) -> str | None:
    """The own name left once every company head and legal form is taken off ("Masan" of "Công ty Cổ phần Tập
    đoàn Masan"), folded; None when the name has no head."""
    own = None
    while (shorter := own_name(name)) is not None and shorter != name:
        own = name = shorter
    return fold_for_matching(own) if own else None


def brands_of_companies(chosen: list[OrgMention], base: OrgBase) -> list[OrgMention]:
    """``chosen`` with a brand the knowledge base names alone ("Coteccons", level other) read as the company the
    text names by its head with that own name ("Công ty Coteccons", "Công ty Cổ phần Tập đoàn Masan"): one body,
    no second one for the brand."""
    companies: dict[str, str] = {}
    for mention in chosen:
        if mention.org_id is None and mention.how == "pattern" and (own := barest_own_name(mention.name)):
            companies.setdefault(own, mention.name)
    if not companies:
        return chosen
    rewritten = []
    for mention in chosen:
        org = base.orgs.get(mention.org_id or "")
        company = companies.get(fold_for_matching(mention.text)) if org is not None and org.level == "other" else None
        if company is not None and fold_for_matching(mention.text) == fold_for_matching(org.name):
            mention = OrgMention(mention.start, mention.end, mention.text, company, None, "pattern")
        rewritten.append(mention)
    return rewritten


def _after_place_kind(text: str, position: int) -> bool:
    """Whether a kind of place ("huyện", "tỉnh", "thành phố") is written right before ``position``."""
    before = text[max(0, position - 16):position].rstrip().lower()
    return any(before.endswith(kind) and (len(before) == len(kind) or not before[-len(kind) - 1].isalnum())
               for kind in _place_kinds_lower())


@lru_cache(maxsize=1)
def _place_kinds_lower() -> tuple[str, ...]:
    return tuple({kind.lower() for kind in place_kinds()})


@lru_cache(maxsize=1)
def _kind_words() -> tuple[tuple[str, ...], ...]:
    """Kinds of body written before a name the body goes by alone (orgs/list_heads.tsv, no `name` head: "hãng
    tin", "hãng hàng không"), folded word by word, longest first."""
    kinds = {tuple(fold_for_matching(row["head"]).split()) for row in read_table("orgs/list_heads.tsv") if not row["name"]}
    return tuple(sorted(kinds, key=len, reverse=True))


def _foreign_word(word: str) -> bool:
    """A word of a brand or a foreign name: not a Vietnamese syllable ("Reuters", "Sichuan"), or an acronym ("AP")."""
    letters = word.strip(".,")
    return len(letters) > 1 and (letters.isupper() or not vietnamese_shaped(letters))


def _country_words(words: list[str]) -> int:
    """How many of ``words`` a country in Vietnamese opens ("[Hàn Quốc] Yonhap"); 0 for none, or for a country in its
    own language, which may be a word of the name ("Malaysia Airlines")."""
    names, longest = countries()
    for size in range(min(longest, len(words)), 0, -1):
        if fold_for_matching(" ".join(words[:size])) in names and not any(_foreign_word(word) for word in words[:size]):
            return size
    return 0


def name_after_kind(written: str) -> str | None:
    """The name a body goes by, written after its kind and perhaps its country: "Reuters" of "hãng tin Reuters",
    "Yonhap" of "hãng thông tấn Hàn Quốc Yonhap", "VietJet Air" of "Hãng hàng không VietJet Air": readers and the
    press write it alone. Only a name in a foreign language or an acronym: "Hãng Thông tấn Quốc gia" is named by
    the kind with Vietnamese words, no name of its own. None when no kind opens the form."""
    words = written.split()
    folded = [fold_for_matching(word) for word in words]
    kind = next((kind for kind in _kind_words() if tuple(folded[:len(kind)]) == kind), None)
    if kind is None:
        return None
    rest = words[len(kind):]
    rest = rest[_country_words(rest):]
    if rest and rest[0][:1].isupper() and any(_foreign_word(word) for word in rest):
        return " ".join(rest)
    return None
