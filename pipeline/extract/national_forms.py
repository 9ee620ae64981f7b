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

import re
from dataclasses import replace
from functools import lru_cache

from unionfacts.extract.name_runs import name_end
from unionfacts.extract.patterns import UPPER
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import OrgBase
from unionfacts.resources import read_words
from unionfacts.types import OrgMention

# A syllable of Vietnamese (onset, vowels, coda), tone marks kept: foreign names are no field.
VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
                                 r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}"
                                 r"(?:ng|nh|ch|[cmnpt])?")

_NATIONAL_LEVELS = frozenset({"state", "ministry", "party"})  # bodies every country has one of


@lru_cache(maxsize=1)
def countries() -> tuple[frozenset[str], int]:
    """Countries (folded: persons/countries.tsv and the long forms of orgs/countries.tsv) and the longest in words."""
    names = frozenset(fold_for_matching(name) for name in read_words("orgs/countries.tsv", "name")
                      | read_words("persons/countries.tsv", "country"))
    return names, max(len(name.split()) for name in names)


@lru_cache(maxsize=1)
def home_country_forms() -> frozenset[str]:
    """How the articles' own country is written (persons/home_country.tsv), folded."""
    return frozenset(fold_for_matching(form) for form in read_words("persons/home_country.tsv", "form"))


@lru_cache(maxsize=1)
def capitalized_only() -> frozenset[str]:
    """Known forms (folded) that name a body only when capitalized (capitalized_only.tsv)."""
    return frozenset(fold_for_matching(form) for form in read_words("orgs/capitalized_only.tsv", "form"))


def lower_case_common_noun(text: str, start: int, form: str) -> bool:
    """Whether the known ``form`` matched at ``start`` is written in lower case where it is a common noun;
    not before a foreign country, whose body it names then ("chính phủ Ba Lan": as_foreign_bodies)."""
    return text[start].islower() and fold_for_matching(form) in capitalized_only() \
        and foreign_country_after(text, start + len(form)) is None


@lru_cache(maxsize=1)
def _state_forms() -> frozenset[str]:
    return frozenset(fold_for_matching(word) for word in read_words("orgs/state_forms.tsv"))


def _state_form(words: list[str], at: int) -> int:
    """How many words from ``at`` are a state's form (state_forms.tsv), 0 if none."""
    return next((size for size in (3, 2, 1) if fold_for_matching(" ".join(words[at:at + size])) in _state_forms()), 0)


def foreign_country_after(text: str, end: int) -> int | None:
    """Where a foreign country's name written right after ``end`` (after one space) ends: the longest
    country that starts there, not Vietnam; a one-word country written as a Vietnamese syllable only
    before no capitalized word, since such are given names or begin place names too ("Nga Sơn", "Mỹ Tho")."""
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
        if folded in home_country_forms():
            return None
        following = words[size] if size < len(words) and country == written else ""
        if size == 1 and following[:1].isupper() and VIETNAMESE_SYLLABLE.fullmatch(folded) \
                and VIETNAMESE_SYLLABLE.fullmatch(fold_for_matching(following.rstrip(".,;:)”\"!?"))):
            return None  # "Nga Sơn", "Mỹ Tho"; not "Brazil Torquato Jardim", "Nga [Maria Zakharova]"
        return end + 1 + len(country)
    return None


_PARTY_WORD = "Đảng"
_MAX_PARTY_NAME = 4  # words between "Đảng" and the country: "Nhân dân Cách mạng [Lào]"


def _foreign_party_end(text: str, end: int) -> int | None:
    """Where a foreign party's name right after a Party organ ends ("Bộ Chính trị [Đảng Cộng sản Trung
    Quốc]", "Ban Chấp hành Trung ương Đảng [Nhân dân Cách mạng Lào]"): words, the first capitalized, then a foreign
    country (the same country the whole name ends with, whatever follows it: "Lào Thongloun …")."""
    position = end
    if not text[:end].endswith(_PARTY_WORD):
        if not text.startswith(f" {_PARTY_WORD} ", end):
            return None
        position = end + len(_PARTY_WORD) + 1
    names, longest = countries()
    words = text[position + 1:position + 121].split(" ")
    if not words[0][:1].isupper():
        return None
    for count in range(1, min(_MAX_PARTY_NAME, len(words)) + 1):
        if not words[count - 1].isalpha():
            return None  # the party's name is words, no punctuation: "Đảng [, Nhà nước] Trung Quốc" is not one
        for size in range(min(longest, len(words) - count), 0, -1):
            country = " ".join(words[count:count + size]).rstrip(".,;:)”\"!?")
            folded = fold_for_matching(country)
            if folded in names and country[:1].isupper() and folded not in home_country_forms():
                return position + 1 + len(" ".join(words[:count])) + 1 + len(country)
    return None


def as_foreign_party_organs(mentions: list[OrgMention], text: str, base: OrgBase) -> list[OrgMention]:
    """Vietnam's central Party organs as the base knows them, followed by a foreign party's name, as that
    party's organs, named as written ("Bộ Chính trị Đảng Cộng sản Trung Quốc"), not Vietnam's."""
    found = []
    for mention in mentions:
        org = base.orgs.get(mention.org_id or "")
        if org is not None and org.level == "party" and (end := _foreign_party_end(text, mention.end)):
            surface = text[mention.start:end]
            mention = replace(mention, end=end, text=surface, name=" ".join(surface.split()), org_id=None, how="pattern")
        found.append(mention)
    return found


_SENTENCE_CASE_TAIL = re.compile(r"(?:[ ][^\W\d_]+){1,5}(?=[ ]?\([A-Z])")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return read_words("persons/surnames.tsv", "surname")


def as_other_parties(mentions: list[OrgMention], text: str, base: OrgBase) -> list[OrgMention]:
    """"Đảng" written alone, which the base reads as Vietnam's Party, followed by a party's name of
    capitalized words ("Đảng Cộng hòa", "Đảng Dân chủ Xã hội"), or of words in sentence case before its
    acronym ("Đảng Nền cộng hòa tiến bước (REM)"): that other party, named as written; not before a
    person's name ("Đảng Nguyễn …"), a known body or a word that opens the next clause."""
    found = []
    for mention in mentions:
        end = name_end(text, mention.end + 1, numbers=False) if text.startswith(" ", mention.end) else None
        if mention.org_id == _HOME_PARTY and mention.text == _PARTY_WORD and end is not None:
            words = text[mention.end + 1:end].split(" ")
            vietnamese = next((i for i, w in enumerate(words) if not VIETNAMESE_SYLLABLE.fullmatch(fold_for_matching(w))), len(words))
            vietnamese += _country_words(words[vietnamese:])  # "Đảng Nhân dân [Campuchia]": its country goes on
            name = " ".join(words[:vietnamese])  # "Đảng Lao động [Kimberley Kitching]": a foreign person's name after it
            end = mention.end + 1 + len(name)
            if vietnamese == len(words) and (tail := _SENTENCE_CASE_TAIL.match(text, end)) and tail.group().islower():
                end = tail.end()  # "Đảng Nền [cộng hòa tiến bước] (REM)"
            if name and name.split(" ")[0] not in _surnames() and not base.lookup(name) \
                    and not _ROMAN_NUMERAL.fullmatch(name.split(" ")[0]) \
                    and not f"{name.lower()} ".startswith(_NOT_PARTY_NAMES):
                mention = replace(mention, end=end, text=text[mention.start:end], name=text[mention.start:end],
                                  org_id=None, how="pattern")
        found.append(mention)
    return found


def _country_words(words: list[str]) -> int:
    """How many of ``words`` a country's name takes at their start (0 for none)."""
    names, longest = countries()
    return next((size for size in range(min(longest, len(words)), 0, -1)
                 if fold_for_matching(" ".join(words[:size])) in names), 0)


_LOWER_PARTY_WORD = re.compile(rf"(?={_PARTY_WORD[0].lower()})(?<!\w){_PARTY_WORD.lower()}(?= {UPPER})")  # a capitalized word after it


def lower_case_parties(mentions: list[OrgMention], text: str, base: OrgBase) -> list[OrgMention]:
    """"đảng" in lower case before a party's capitalized name ("các nghị sĩ đảng Cộng hòa"): that party, read
    as as_other_parties reads "Đảng" capitalized and named with it; in lower case "đảng" is never Vietnam's
    Party by itself, so a word after it that names no other party leaves no body ("đảng Nguyễn …")."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for word in _LOWER_PARTY_WORD.finditer(text):
        if any(start <= word.start() < end for start, end in taken):
            continue
        party = as_other_parties([OrgMention(word.start(), word.end(), _PARTY_WORD, _PARTY_WORD, _HOME_PARTY)], text, base)[0]
        named = party.text.split(" ", 1)[1] if party.org_id is None else ""
        if named and named.split(" ")[0] not in read_words("orgs/sentence_openers.tsv") \
                and _country_words(named.split(" ")) < len(named.split(" ")):  # not "lưỡng đảng [Mỹ]"
            found.append(replace(party, name=_PARTY_WORD + party.name[len(_PARTY_WORD):]))
    return found


_HOME_PARTY = "dang-csvn"
# "Đại hội Đảng XII": the Party's congress by its ordinal, which names no other party.
_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
# Words after "Đảng" that begin no other party's name: the Party's own organs and forms ("Đảng Bộ Công Thương"
# after "Ban cán sự", "Đảng Cộng sản"), "Nhà nước" and "Chính phủ" run on without a comma.
_NOT_PARTY_NAMES = ("bộ ", "ủy ", "uỷ ", "đoàn ", "cộng sản ", "nhà nước ", "chính phủ ", "quốc hội ")


@lru_cache(maxsize=1)
def home_country_pattern() -> re.Pattern[str]:
    forms = sorted(read_words("persons/home_country.tsv", "form"), key=len, reverse=True)
    # scanned over every article: a lookahead for the forms' first characters skips every other position
    firsts = "".join(sorted({re.escape(form[0]) for form in forms if form}))
    return re.compile(rf"(?=[{firsts}])(?<!\w)(?:{'|'.join(re.escape(form) for form in forms)})(?!\w)")


def _names_home_country(text: str, mentions: list[OrgMention]) -> bool:
    """Whether the text writes Vietnam's name outside the bodies' names it holds."""
    return any(not any(m.start <= match.start() < m.end for m in mentions) for match in home_country_pattern().finditer(text))


def as_foreign_bodies(mentions: list[OrgMention], text: str, base: OrgBase) -> list[OrgMention]:
    """Known national bodies followed by a foreign country, as that country's bodies; and the same short
    form written alone after it, in a text that names Vietnam only inside bodies' names (news of another
    country, not of two), as that body again ("Quốc hội Pháp … [Quốc hội]": the text is about France's)."""
    found = []
    foreign: dict[str, set[str]] = {}  # short form as written (folded) -> the foreign bodies it began
    first: dict[str, int] = {}  # where each short form was first written with a foreign country
    for mention in mentions:
        org = base.orgs.get(mention.org_id or "")
        if org is not None and org.level in _NATIONAL_LEVELS and (end := foreign_country_after(text, mention.end)):
            short = fold_for_matching(mention.text)
            surface = text[mention.start:end]
            name = " ".join(surface.split())
            mention = replace(mention, end=end, text=surface, name=name[:1].upper() + name[1:], org_id=None, how="pattern")
            foreign.setdefault(short, set()).add(fold_for_matching(mention.name))
            first[short] = min(first.get(short, mention.start), mention.start)
        found.append(mention)
    if not foreign or _names_home_country(text, found):
        return found  # a bilateral text: "Bộ Y tế" alone may be Vietnam's as well as the other country's
    named = {fold_for_matching(m.name): m.name for m in found if m.org_id is None}
    home = {m.org_id for m in found if m.org_id and home_country_pattern().search(m.text)}  # "Chính phủ Việt Nam"
    resolved = []
    for mention in found:
        short = fold_for_matching(mention.text)
        bodies = foreign.get(short, set())
        if mention.org_id and mention.org_id not in home and len(bodies) == 1 and mention.start > first[short]:
            mention = replace(mention, name=named[next(iter(bodies))], org_id=None, how="pattern")
        resolved.append(mention)
    return resolved


def with_home_country(mentions: list[OrgMention], text: str, base: OrgBase) -> list[OrgMention]:
    """Known national bodies followed by Vietnam's name, with the name in their span ("Bộ Ngoại giao [Việt
    Nam]"): the same body, so an office before it reaches the name after it ("Người phát ngôn Bộ Ngoại giao
    Việt Nam Lê Thị A")."""
    found = []
    for mention in mentions:
        org = base.orgs.get(mention.org_id or "")
        if org is not None and org.level in _NATIONAL_LEVELS and text.startswith(" ", mention.end) \
                and (home := home_country_pattern().match(text, mention.end + 1)):
            mention = replace(mention, end=home.end(), text=text[mention.start:home.end()])
        found.append(mention)
    return found


_SEAT_AT_HOME = " tại "


def _ends_with_foreign_country(written: str) -> bool:
    """Whether a body's name as written ends with a country other than Vietnam ("Hiệp hội Doanh nghiệp [Nhật Bản]")."""
    names, longest = countries()
    words = written.split()
    return any(fold_for_matching(" ".join(words[-size:])) in names
               and fold_for_matching(" ".join(words[-size:])) not in home_country_forms()
               for size in range(1, min(longest, len(words) - 1) + 1))


def with_seat_at_home(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """A foreign body's branch named with its seat in Vietnam, the seat in its span and its name ("Hiệp hội Doanh
    nghiệp Nhật Bản [tại Việt Nam]", "Phòng Thương mại Mỹ [tại Việt Nam] (AmCham)"): a body of its own. Not a body
    the base knows, whose office in Vietnam the text names by the body ("Quỹ Nhi đồng Liên Hợp Quốc [tại Việt Nam]")."""
    found = []
    for mention in mentions:
        seat_at = mention.end + len(_SEAT_AT_HOME)
        if mention.org_id is None and text.startswith(_SEAT_AT_HOME, mention.end) \
                and _ends_with_foreign_country(mention.text) and (home := home_country_pattern().match(text, seat_at)):
            seat = text[mention.end:home.end()]
            mention = replace(mention, end=home.end(), text=text[mention.start:home.end()], name=mention.name + seat)
        found.append(mention)
    return found
