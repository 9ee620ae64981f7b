"""Resolve organization mentions to identities: acronyms the text defines, typos of
known acronyms, and references such as "LĐLĐ Tỉnh" or "Thành ủy" that name a body
of the place the article is about.

"Bảo hiểm xã hội (BHXH)" teaches BHXH for this article only. An all-caps word one
letter away from exactly one known acronym is that acronym mistyped (CĐVTVN →
CĐCTVN). "LĐLĐ Tỉnh" in an article that names "tỉnh Quảng Ninh" is Liên đoàn Lao
động tỉnh Quảng Ninh (NOTES.md item 11).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from unionfacts.extract.backrefs import resolve_union_pointers
from unionfacts.extract.base import Extractor, facts_of, text_of
from unionfacts.extract.national_forms import capitalized_only
from unionfacts.extract.organizations import INNER_DEFINITION, kind_alone_after, nested_parents, organ_heads, pattern_name
from unionfacts.extract.shared_place import bodies_sharing_place
from unionfacts.extract.patterns import PROPER_NAME, UPPER, first_characters, word_pattern
from unionfacts.extract.spanindex import span_index
from unionfacts.extract.steering import steering_pointers
from unionfacts.extract.titles import titles
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import (OrgBase, Province, expand_abbreviations, load_orgbase, local_name, place_kind_alternation, place_kinds,
                                template_org_id, trim_name)
from unionfacts.resources import read_table, read_words
from unionfacts.types import OrgMention

_ACRONYM = re.compile(r"(?=[A-ZĐ])(?<![\w&])[A-ZĐ][A-ZĐ&]{2,}(?![\w&])")  # the lookahead first: the engine skips to capitals
_UNION_FOLDED = "công đoàn"  # the head whose abbreviations may open a union's short name ("CĐ", "CĐCS")
# On the same line; a brand written in mixed case with two capitals or more defines one too ("(VietBank)").
_DEFINED_FORMS = r"[A-ZĐ][A-ZĐ&\-.]{1,12}|[A-ZĐ][a-zđ]*[A-ZĐ][A-Za-zĐđ]{1,12}"


@lru_cache(maxsize=1)
def _definition() -> re.Pattern[str]:
    """A short name defined in brackets after a body; a union's may open with its head's abbreviation
    ("Công đoàn Tổng công ty X (CĐ TCTX)"; the abbreviations of abbreviations.tsv that stand for "Công đoàn")."""
    heads = sorted((short for short, full in load_orgbase().abbreviations.items()
                    if fold_for_matching(full).startswith(_UNION_FOLDED) and short.isupper()), key=len, reverse=True)
    head = rf"(?:(?:{'|'.join(map(re.escape, heads))})[ ](?=[A-ZĐ]{{2}}))?" if heads else ""
    return re.compile(rf"[ ]?\((?P<acronym>{head}(?:{_DEFINED_FORMS}))\)")


def _is_union(mention: OrgMention) -> bool:
    """Whether a body is named as a union: what a short name opening with a union head's abbreviation ("CĐ TCTX",
    "CĐCS X") may define; "Công ty X (CĐ X)" names the company's union, which the text does not name whole."""
    return fold_for_matching(mention.name).startswith(_UNION_FOLDED + " ")


_DASH_DEFINITION = re.compile(r"[ ]?[-–][ ]?(?P<acronym>[A-ZĐ][A-ZĐ&]{1,12})(?=\))")  # "(Viện X - CIEM)"
_MIN_TYPO_LENGTH = 5


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    """A kind of place and the name after it: "tỉnh Quảng Ninh", "Thành phố Hạ Long"."""
    return re.compile(rf"{first_characters(place_kinds())}(?<!\w)(?P<kind>{place_kind_alternation()})[ ](?P<name>{PROPER_NAME})")


def kind_places(text: str, base: OrgBase) -> list[tuple[int, str, str]]:
    """Every place written with its kind ("tỉnh Quảng Ninh", "huyện Hậu Lộc"): where the kind word starts, the
    kind, the name."""
    found = []
    for match in _place_pattern().finditer(text):
        name = trim_name(match.group("name"), base, text[match.end("name"):match.end("name") + 40])
        if name:
            found.append((match.start(), place_kinds()[match.group("kind")], name))
    return found


def context_places(text: str, candidates: list[OrgMention], base: OrgBase,
                   written: list[tuple[int, str, str]] | None = None) -> dict[str, str]:
    """The first place of each kind the article names ("tỉnh" → "Quảng Ninh").

    Places come from a kind word before a name ("tỉnh Quảng Ninh", "Thành phố Hạ Long")
    and from provincial bodies already recognized ("Thành ủy TPHCM" → Hồ Chí Minh). The dict
    keeps the order in which the article first names each kind.
    """
    found = list(kind_places(text, base) if written is None else written)  # ``written``: kind_places, read already
    for match in _written_with_kind().finditer(text):  # "TP.HCM", "TPHCM": a city written with its kind
        province = base.province(match.group())
        if province is not None:
            found.append((match.start(), province.kind, province.name))
    for mention in candidates:
        province = base.province_of_template_id(mention.org_id) if mention.org_id else None
        if province is not None:
            found.append((mention.start, province.kind, province.name))
    places: dict[str, str] = {}
    for _, kind, name in sorted(found):
        places.setdefault(kind, name)
    if not any((province := base.province(name)) is not None and province.kind == kind for kind, name in places.items()) \
            and (alone := _only_province_named(text, base)) is not None:
        places.setdefault(alone.kind, alone.name)  # "Hà Tĩnh hiện có …; Sở Y tế tỉnh": the one province named
    return places


@lru_cache(maxsize=1)
def _province_names() -> re.Pattern[str]:
    """Every province's name and variant of two words or more, written capitalized ("Hà Tĩnh", "TP.HCM")."""
    base = load_orgbase()
    names = {form for province in base.provinces for form in (province.name, *province.variants)
             if " " in form.strip() or not form.isalpha()}
    return word_pattern(names)


def _only_province_named(text: str, base: OrgBase) -> Province | None:
    """The province an article names without its kind when it names no other ("Bác sỹ Hà Tĩnh …"):
    the place its bodies written with a bare "tỉnh" belong to. None when it names two or none."""
    named = {province.province_id: province for match in _province_names().finditer(text)
             if (province := base.province(match.group())) is not None}
    return next(iter(named.values())) if len(named) == 1 else None


def _sentence_province(text: str, position: int, kind: str, base: OrgBase) -> str | None:
    """The one province of ``kind`` named (by a name of two words or more) in the sentence before ``position``."""
    start = max(text.rfind(mark, 0, position) for mark in ".!?\n") + 1
    named = {province.name for match in _province_names().finditer(text, start, position)
             if (province := base.province(match.group())) is not None and province.kind == kind}
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=1)
def _written_with_kind() -> re.Pattern[str]:
    """The variants of provinces.tsv that begin with a kind of place ("TP.HCM", "TP HCM")."""
    base = load_orgbase()
    kinds = tuple(form for form in place_kinds() if len(form) > 1)
    variants = {variant for province in base.provinces for variant in province.variants if variant.startswith(kinds)}
    return word_pattern(variants) if variants else re.compile(r"(?!)")


def article_province(text: str, candidates: list[OrgMention], base: OrgBase,
                     places: dict[str, str] | None = None) -> Province | None:
    """The province (or centrally-run city) the article names first (``places``: its context_places)."""
    places = context_places(text, candidates, base) if places is None else places
    for kind, name in places.items():
        province = base.province(name)
        if province is not None and province.kind == kind:
            return province
    return None


@lru_cache(maxsize=1)
def _provincial_heads() -> tuple[str, ...]:
    return tuple(fold_for_matching(head) + " " for head in read_words("orgs/provincial_heads.tsv", "head"))


def _placed_in_province(mentions: list[OrgMention], province: Province | None, base: OrgBase) -> list[OrgMention]:
    """A provincial body named without its place ("Sở Xây dựng"), or any body named with the kind of
    the article's province but not its name ("Đảng ủy khối Dân – Chính Đảng TP"), as that province's."""
    if province is None:
        return mentions
    placed = []
    for mention in mentions:
        folded = fold_for_matching(mention.name)
        ends_with_kind = folded.endswith(" " + province.kind)  # "Đảng ủy khối X TP": the kind is written
        if mention.how == "pattern" and mention.org_id is None and (folded.startswith(_provincial_heads())
                                                                    or ends_with_kind) \
                and not _names_a_place(mention.name, base):
            if folded.endswith(" " + province.kind):  # "Sở Y tế TP": the kind is written, the name is not
                name = f"{mention.name} {province.name}"
            elif any(folded.endswith(" " + kind) for kind in place_kinds()):
                placed.append(mention)
                continue  # the article's province is of another kind
            else:
                name = f"{mention.name} {province.kind} {province.name}"
            org_id = base.lookup(name)
            mention = replace(mention, name=base.orgs[org_id].name if org_id else name, org_id=org_id, how="relative")
        placed.append(mention)
    return placed


def _with_kind_after(text: str, mentions: list[OrgMention], province: Province | None,
                     places: dict[str, str], base: OrgBase) -> list[OrgMention]:
    """A body found by pattern and followed by a kind of place alone: the body of the article's place of that
    kind. Of its province ("Hội Liên hiệp Phụ nữ tỉnh", "Công đoàn ngành Giáo dục tỉnh") the kind joins the
    name, which ``_placed_in_province`` completes; of its district ("Phòng Nội vụ huyện" after "UBND huyện
    Mê Linh") the district's name follows."""
    if province is None and not places:
        return mentions
    extended = []
    for mention in mentions:
        if mention.org_id is not None and base.orgs[mention.org_id].level == "sector_union" \
                and (after := kind_alone_after().match(text, mention.end)) \
                and (place_kinds().get(after.group("kind")) in places or province is not None
                     and place_kinds().get(after.group("kind")) == province.kind):
            # "Công đoàn Y tế [tỉnh]": a national sector union has no place; with the article's it is its local union
            mention = replace(mention, name=mention.text, org_id=None, how="pattern")
        after = kind_alone_after().match(text, mention.end) if mention.how == "pattern" and mention.org_id is None else None
        kind = place_kinds().get(after.group("kind")) if after is not None else None
        if kind is None or any(fold_for_matching(mention.name).endswith(" " + form) for form in place_kinds()):
            extended.append(mention)
            continue
        if province is not None and kind == province.kind:
            mention = replace(mention, end=after.end(), text=text[mention.start:after.end()], name=f"{mention.name} {kind}")
        elif kind in places:
            mention = replace(mention, end=after.end(), text=text[mention.start:after.end()],
                              name=f"{mention.name} {kind} {places[kind]}", how="relative")
        extended.append(mention)
    return extended


def _names_a_place(name: str, base: OrgBase) -> bool:
    """Whether a name holds a province's name or a kind of place with a name after it ("Sở Y tế [Hà
    Nội]", "Sở Y tế [huyện] X"); a kind it ends with asks for the place ("Sở Y tế TP")."""
    words = name.split(" ")
    return any(base.province(" ".join(words[i:i + size])) for i in range(len(words)) for size in (1, 2, 3)) \
        or _kind_then_name().search(name) is not None


@lru_cache(maxsize=1)
def _kind_then_name() -> re.Pattern[str]:
    """A kind of place with a name after it ("huyện Can Lộc", "quận 5"), not a word that only looks like one
    ("Lao động - Thương binh và Xã hội")."""
    return re.compile(rf"(?<!\w)(?:{place_kind_alternation()})[ ]+(?:{UPPER}|\d)")


@lru_cache(maxsize=1)
def _relative_forms() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for every relative form, and the (template, kind) each (folded) stands for."""
    rows = read_table("orgs/relative.tsv")
    pattern = word_pattern(row["form"] for row in rows)
    return pattern, {fold_for_matching(row["form"]): (row["template"], row["kind"]) for row in rows}


def _names_its_place(text: str, end: int, base: OrgBase) -> bool:
    """Whether a relative form is followed by the province it belongs to ("Tỉnh ủy [Nghệ An]"): it
    names its place, and is relative no more (relative.tsv)."""
    words = text[end:end + 40].split()
    return text.startswith(" ", end) and any(
        base.province(" ".join(w.strip(".,;:)") for w in words[:size])) is not None for size in (1, 2, 3, 4) if size <= len(words))


_PLURAL_ACRONYM = re.compile(r"[A-ZĐ]{2,}s")  # "(SDGs)": things of a kind, no body's short name
_MIN_DEFINED = 3  # a bracketed pair of capitals ("(PV)", "(PT)") is a credit or a code as often as a body


def _names_no_body(acronym: str, base: OrgBase) -> bool:
    """Whether a bracketed form after a body names something else: a place ("Bệnh viện X (TP.HCM)"), a
    plural, or two letters only."""
    return len(acronym) < _MIN_DEFINED or base.province(acronym) is not None or bool(_PLURAL_ACRONYM.fullmatch(acronym))


def _defined_uses(text: str, definitions: dict[str, OrgMention]) -> Iterator[re.Match[str]]:
    """Every use of an acronym the text defines, as defined ("PVC.KBC"); a brand in mixed case in any case
    ("VietBank", "Vietbank")."""
    if not definitions:
        return iter(())
    exact = [word for word in definitions if not any(letter.islower() for letter in word)]
    mixed = [word for word in definitions if word not in exact]
    forms = [re.escape(word) for word in sorted(exact, key=len, reverse=True)]
    forms += [f"(?i:{re.escape(word)})" for word in sorted(mixed, key=len, reverse=True)]
    return re.finditer(rf"(?<![\w&.])(?:{'|'.join(forms)})(?![\w&]|\.\w)", text)


def _mixed_case_key(definitions: dict[str, OrgMention], word: str) -> str:
    return next(key for key in definitions if key.lower() == word.lower())


def _one_substitution_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def _typo_target(word: str, base: OrgBase) -> str | None:
    if len(word) < _MIN_TYPO_LENGTH:
        return None
    targets = {org_id for form, org_id in base.acronyms_of_length(len(word)) if _one_substitution_apart(word, form)}
    return targets.pop() if len(targets) == 1 else None


def resolve_organizations(text: str, candidates: list[OrgMention], base: OrgBase) -> list[OrgMention]:
    index = span_index(candidates)
    dropped: set[int] = set()  # ids of candidates a relative form replaced
    renamed: dict[int, str] = {}  # ids of organs of a relative body, and their full names

    def overlapping(start: int, end: int) -> list[OrgMention]:
        return [m for _, _, m in index.overlapping(start, end) if id(m) not in dropped]

    definitions: dict[str, OrgMention] = {}
    tails: dict[str, str] = {}  # acronyms of the words after a body's head, and those words
    for mention in candidates:
        definition = _definition().match(text, mention.end) or _DASH_DEFINITION.match(text, mention.end)
        if definition and definition.re is _DASH_DEFINITION and (base.province(definition.group("acronym"))
                                                                 or base.lookup(definition.group("acronym"))):
            continue  # "(Trường ĐH X - TPHCM)": a place or another body after the dash, no acronym of this one
        if definition and not _names_no_body(definition.group("acronym"), base):
            acronym, earlier = definition.group("acronym"), definitions.get(definition.group("acronym"))
            if " " in acronym and not _is_union(mention):
                continue
            if (phrase := _spelled_tail(mention.text, acronym)) is not None:
                tails.setdefault(acronym, phrase)  # "Cục An toàn thực phẩm (ATTP)": the field's, not the body's
                continue
            if " " not in acronym or earlier is None or earlier.end != mention.end or mention.start < earlier.start:
                definitions[acronym] = mention  # "CĐ TCTX" after a union named with its company: the union's
    known_by_acronym = _named_by_known_acronym(candidates, definitions, base)
    for match in _defined_uses(text, definitions):
        word = match.group()
        if base.lookup(word):
            continue
        source = definitions.get(word) or definitions[_mixed_case_key(definitions, word)]
        start, touching = match.start(), overlapping(match.start(), match.end())
        if touching and " " in word and all((m.start, m.end) == match.span() and m.how == "pattern" and m.org_id is None
                                            for m in touching):
            dropped.update(id(m) for m in touching)  # "CĐ TCTX" read by its head as a body of its own: the one defined
        elif touching:
            if _ACRONYM.fullmatch(word) or any(m.end >= match.end() for m in touching):
                continue  # read already, or inside a longer name ("Sở NN-PTNT")
            # A name read up to a word inside the defined form runs to its end: "Công ty [XLĐ].MT" → "Công ty XLĐ.MT".
            dropped.update(id(m) for m in touching)
            start = min(m.start for m in touching)
        index.add(start, match.end(), OrgMention(start, match.end(), text[start:match.end()], source.name, source.org_id,
                                                 "acronym"))
    for match in _ACRONYM.finditer(text):
        word = match.group()
        if overlapping(match.start(), match.end()) or base.lookup(word) or word in definitions or word in tails:
            continue
        if (target := _typo_target(word, base)) is not None:
            index.add(match.start(), match.end(),
                      OrgMention(match.start(), match.end(), word, base.orgs[target].name, target, "typo"))
    written_places = kind_places(text, base)
    places = context_places(text, candidates, base, written_places)
    # A form that ends with its kind of place followed by the place's name names its own place ("Liên đoàn lao
    # động [huyện Hậu Lộc]"), not the article's place of that kind: kind word's start → (kind, name).
    own_places = {start: (kind, name) for start, kind, name in written_places}
    templates = {template.template_id: template for template in base.templates}
    pattern, meanings = _relative_forms()
    for match in pattern.finditer(text):
        template_id, kind = meanings[fold_for_matching(match.group())]
        template = templates.get(template_id)
        # A head-and-name candidate that is exactly the relative form ("Công đoàn TP") gives way to it.
        touching = overlapping(*match.span())
        same = [m for m in touching if (m.start, m.end) == match.span() and m.how == "pattern" and m.org_id is None]
        kind_start = match.end() - len(match.group().rsplit(" ", 1)[-1])
        own = own_places.get(kind_start) if text.startswith(" ", match.end()) else None
        if own is None and match.group()[0].islower() and fold_for_matching(match.group()) in capitalized_only():
            continue  # "đồn công an huyện": the police of a district in general (capitalized_only.tsv)
        # No place of its kind in the article's context: the one province of that kind its sentence names
        # before it ("Tại tổ đại biểu Quốc hội Đồng Nai, chủ tịch [Liên đoàn Lao động tỉnh]").
        place = own[1] if own and own[0] == kind else places.get(kind) or _sentence_province(text, match.start(), kind, base)
        if template is None or place is None or not own and _names_its_place(text, match.end(), base):
            continue  # "Tỉnh ủy Nghệ An" in a credit the finder left out: no relative form
        end = match.end() + 1 + len(place) if own and own[0] == kind else match.end()
        province = base.province(place)
        if province is not None and province.kind == kind:
            org_id = template_org_id(template, province)
            name = base.orgs[org_id].name
        else:
            org_id, name = None, local_name(template, kind, place)
        # A name read after a head that ends with the relative form is an organ of that body
        # ("Ban Dân vận [Thành ủy]" → "Ban Dân vận Thành ủy thành phố Hồ Chí Minh").
        # The organ's name may stop inside the form ("Ban Dân vận Tỉnh| ủy"): it runs to the form's end.
        ending = [m for m in touching if match.start() < m.end <= match.end() and m.start < match.start()
                  and m.how == "pattern" and m.org_id is None]
        if len(ending) == 1 and len(touching) == 1:
            organ = ending[0]
            if organ.end < match.end():
                dropped.add(id(organ))
                organ = replace(organ, end=match.end(), text=text[organ.start:match.end()])
                index.add(organ.start, organ.end, organ)
            prefix = expand_abbreviations(organ.text[:match.start() - organ.start], base.abbreviations)
            renamed[id(organ)] = prefix[:1].upper() + prefix[1:] + name
            # The body named inside the organ's name is listed as well (NOTES.md item 34).
            index.add(match.start(), match.end(), OrgMention(match.start(), match.end(), match.group(), name, org_id, "relative"))
            continue
        if len(same) != len(touching):
            continue
        dropped.update(id(m) for m in same)
        index.add(match.start(), end, OrgMention(match.start(), end, text[match.start():end], name, org_id, "relative"))
        for shared in bodies_sharing_place(text, match.start(), kind, place, base):
            if not overlapping(shared.start, shared.end):
                index.add(shared.start, shared.end, replace(shared, how="relative"))  # "[Đảng bộ] và HĐND tỉnh"
    mentions = [_known_by_name(replace(m, name=renamed[id(m)]) if id(m) in renamed else known_by_acronym.get(id(m), m), base)
                for m in index if id(m) not in dropped]
    mentions = _with_inner_definitions(text, _organs_of_defined_bodies(mentions, definitions), base, tails)
    mentions = _short_forms_point_back(_variants_agree(mentions))
    province = article_province(text, candidates, base, places)
    mentions = _placed_in_province(_with_kind_after(text, mentions, province, places, base), province, base)
    mentions = _named_as_written(_variants_agree(resolve_union_pointers(mentions, text)))
    mentions += offices_of_bodies(mentions, text)  # "[Văn phòng] UBND tỉnh X"
    mentions += bare_organs(mentions, text, base)  # "Thay mặt [Đoàn Chủ tịch], …" in a Tổng LĐLĐ article
    mentions += steering_pointers(text, mentions)  # "[Trưởng] Ban chỉ đạo Lê Văn A": the committee named before
    return mentions + nested_parents(mentions, text, base)  # "Ủy ban Trung ương [MTTQ]": known only now


@lru_cache(maxsize=1)
def _bare_organ_pattern() -> re.Pattern[str]:
    forms = sorted(read_words("orgs/bare_organs.tsv", "form"), key=len, reverse=True)
    return re.compile(rf"{first_characters(forms)}(?<!\w)(?:{'|'.join(re.escape(form) for form in forms)})(?![ ]*{UPPER})(?!\w)")


def bare_organs(mentions: list[OrgMention], text: str, base: OrgBase) -> list[OrgMention]:
    """An organ named bare ("Đoàn Chủ tịch", bare_organs.tsv) is the organ of a body the article names
    when the base knows it by the form and that body's name; outside any name already read ("Ủy viên
    [Đoàn Chủ tịch Tổng LĐLĐ Việt Nam]")."""
    found = []
    for match in _bare_organ_pattern().finditer(text):
        if any(m.start <= match.start() < m.end for m in mentions):
            continue
        organs = {org_id for m in mentions if (org_id := base.lookup(f"{match.group()} {m.name}")) in base.orgs}
        if len(organs) == 1:
            org_id = organs.pop()
            found.append(OrgMention(match.start(), match.end(), match.group(), base.orgs[org_id].name, org_id, "short"))
    return found


@lru_cache(maxsize=1)
def _office_bodies() -> tuple[str, ...]:
    return tuple(fold_for_matching(head) + " " for head in read_words("orgs/office_bodies.tsv", "head"))


_OFFICE = "Văn phòng "
_VENUE_WORD = "tại"


def offices_of_bodies(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """The office of a governing body written right before the body's name ("Văn phòng UBND tỉnh X",
    office_bodies.tsv) is a body of its own, named after the body's full name; not after an office
    that ends with "Văn phòng" ("Chánh Văn phòng UBND tỉnh X": its head, whose body is the UBND)."""
    found = []
    for mention in mentions:
        start = mention.start - len(_OFFICE)
        if start < 0 or text[start:mention.start] != _OFFICE or not fold_for_matching(mention.name).startswith(_office_bodies()):
            continue
        before = text[max(0, start - 30):start].split()
        if any(fold_for_matching(" ".join([*before[-size:], _OFFICE.strip()])) in titles() for size in (1, 2)):
            continue
        if before and before[-1] == _VENUE_WORD:
            continue  # "tại Văn phòng Tỉnh ủy X": the building a meeting is held in (NOTES.md 18)
        end, name = mention.end, mention.name
        if (joined := _joined_body(mention, mentions, text)) is not None:  # "Văn phòng HĐND [và UBND] tỉnh X"
            end, name = joined.end, f"{_without_shared_tail(mention.name, joined.name)} và {joined.name}"
        found.append(OrgMention(start, end, text[start:end], _OFFICE + name, None, "pattern"))
    return found


_BODY_JOINER = re.compile(r"[ ]?[-–][ ]?|[ ]và[ ]")


def _joined_body(mention: OrgMention, mentions: list[OrgMention], text: str) -> OrgMention | None:
    """The second governing body of a joint office, joined to the first by "và" or a dash ("Văn phòng Đoàn
    ĐBQH [và HĐND] tỉnh X", "Văn phòng HĐND[-UBND] huyện Y"): one office of both."""
    joiner = _BODY_JOINER.match(text, mention.end)
    if joiner is None:
        return None
    return next((m for m in mentions if m.start == joiner.end() and m is not mention
                 and fold_for_matching(m.name).startswith(_office_bodies())), None)


def _without_shared_tail(first: str, second: str) -> str:
    """``first`` without the place it ends with in common with ``second`` ("Hội đồng nhân dân [tỉnh X]")."""
    words, others = first.split(" "), second.split(" ")
    shared = 0
    while shared < min(len(words), len(others)) - 1 and words[-1 - shared] == others[-1 - shared]:
        shared += 1
    kind = next((i for i in range(len(words) - shared, len(words)) if words[i] in place_kinds()), None)
    return " ".join(words[:kind]) if kind else first


def _named_as_written(mentions: list[OrgMention]) -> list[OrgMention]:
    """A known body whose full name the article writes with its dashes spaced otherwise ("Hội đồng
    Thi đua-Khen thưởng Trung ương" for "Thi đua - Khen thưởng") is named as the article writes it."""
    written: dict[str, str] = {}
    for mention in mentions:
        surface = " ".join(INNER_DEFINITION.sub("", mention.text).split())
        if mention.org_id and surface != mention.name and _DASHES.sub("-", surface) == _DASHES.sub("-", mention.name):
            written.setdefault(mention.org_id, surface)
    return [replace(m, name=written[m.org_id]) if m.org_id in written else m for m in mentions] if written else mentions


_TAIL_LETTERS = re.compile(r"[.\-&]")


def _spelled_tail(name: str, acronym: str) -> str | None:
    """The words at the end of a body's name that a bracketed acronym after it spells, when they are a common
    phrase after the body's head and not the whole name ("Ban Chỉ đạo Trung ương về [Phòng, chống thiên tai]
    (PCTT)", "Cục [An toàn thực phẩm] (ATTP)"): the acronym abbreviates the field, whose words the article writes
    after the head again ("Ban Chỉ đạo Trung ương về PCTT"). A proper name the tail is ("Công ty Cổ phần [Hoàng Anh
    Gia Lai] (HAGL)", every word capitalized) is the body's short name; None then, and when the letters spell no tail."""
    letters = _TAIL_LETTERS.sub("", acronym)
    words = INNER_DEFINITION.sub("", name).split(" ")
    if not letters.isupper() or len(letters) < 2 or len(words) <= len(letters):
        return None
    phrase = words[-len(letters):]
    if any(word[:1].upper() != letter for word, letter in zip(phrase, letters)) \
            or any(word[:1].isupper() for word in phrase[1:]):
        return None
    return " ".join(phrase)


def _with_inner_definitions(text: str, mentions: list[OrgMention], base: OrgBase,
                            tails: dict[str, str] | None = None) -> list[OrgMention]:
    """An acronym a name defines inside it ("CĐ Khu Kinh tế (KKT) Hải Phòng": KKT = Khu Kinh tế, the
    words before it whose initials it spells) written out in the article's other names ("CĐ KKT"
    → "Công đoàn Khu Kinh tế", a short form of the first); ``tails``: acronyms defined after a name for
    its last words (``_spelled_tail``), written out the same way."""
    learned: dict[str, str] = dict(tails or {})
    for mention in mentions:
        if mention.how == "pattern" and "(" in mention.text:
            for match in INNER_DEFINITION.finditer(mention.text):
                words = mention.text[:match.start()].split(" ")
                letters = match.group("acronym").replace(".", "").replace("-", "")
                phrase = words[-len(letters):] if len(words) > len(letters) else []
                if phrase and all(w[:1].upper() == c for w, c in zip(phrase, letters)):
                    learned.setdefault(match.group("acronym"), " ".join(phrase))
    if not learned:
        return mentions
    abbreviations = {**base.abbreviations, **learned}
    return [replace(m, name=pattern_name(text, m.start, m.end, base, abbreviations))
            if m.how == "pattern" and m.org_id is None and any(word in learned for word in m.text.split(" ")) else m
            for m in mentions]


def _organs_of_defined_bodies(mentions: list[OrgMention], definitions: dict[str, OrgMention]) -> list[OrgMention]:
    """A union's or a Party organ's name that ends with an acronym the text defines for a body ("Đảng ủy BSR"
    after "Công ty Cổ phần Lọc hóa dầu Bình Sơn (BSR)") is named with the body's full name, the acronym written
    out (NOTES.md 29); the form as written stays its alias."""
    if not definitions:
        return mentions
    heads = {fold_for_matching(head) for head in organ_heads()}
    named = []
    for mention in mentions:
        head, _, last = mention.text.rpartition(" ")
        source = definitions.get(last)
        if mention.how == "pattern" and mention.org_id is None and source is not None and source is not mention \
                and fold_for_matching(head) in heads:
            mention = replace(mention, name=f"{head} {source.name}")
        named.append(mention)
    return named


_NAMED_BY_ACRONYM_LEVELS = ("international", "media", "other")


def _named_by_known_acronym(mentions: list[OrgMention], definitions: dict[str, OrgMention],
                            base: OrgBase) -> dict[int, OrgMention]:
    """A foreign or international body, a company or an outlet the text names in words of its own and defines by
    an acronym the knowledge base knows ("Cơ quan Quản lý Dược và Thực phẩm Hoa Kỳ (FDA)", "Quỹ Bảo vệ Thiên nhiên
    Quốc tế (WWF)"): the base's body, its name as written one more form of it (id of the mention → the mention
    resolved; the same name written again too), so that the acronym's other uses and the name are one body."""
    named = {}
    for acronym, mention in definitions.items():
        org_id = base.lookup(acronym)
        if org_id is not None and mention.org_id is None and mention.how == "pattern" \
                and base.orgs[org_id].level in _NAMED_BY_ACRONYM_LEVELS:
            named[fold_for_matching(mention.text)] = org_id
    return {id(mention): replace(mention, name=base.orgs[org_id].name, org_id=org_id) for mention in mentions
            if mention.org_id is None and (org_id := named.get(fold_for_matching(mention.text))) is not None}


def _known_by_name(mention: OrgMention, base: OrgBase) -> OrgMention:
    """A name built by pattern that the base knows is that known organization."""
    if mention.org_id is None and (org_id := base.lookup(mention.name) or base.lookup(_written_out(mention.name))):
        return replace(mention, org_id=org_id, name=base.orgs[org_id].name)
    return mention


def _written_out(name: str) -> str:
    """A name with its words written short in full ("Ngân hàng Công thương VN" → "… Việt Nam")."""
    return " ".join(_SAME_WORDS.get(word.lower(), word) for word in name.split(" "))


_MAX_LONGER_FORMS = 16  # longer names a short form is compared with: more is no one body anyway


def _short_forms_point_back(mentions: list[OrgMention]) -> list[OrgMention]:
    """A name found by pattern that begins longer names in the article, all of one body, is a
    short form of it ("Công đoàn Bộ" after "Công đoàn Bộ Công Thương", NOTES.md item 3; "Sở
    Xây dựng" after "Sở Xây dựng TP" and "Sở Xây dựng TP.HCM"). Longer names are resolved
    first, so a short form of a short form points at the body too."""
    names: dict[str, OrgMention] = {}
    for mention in mentions:
        names.setdefault(fold_for_matching(mention.name), mention)
    keys = sorted(names)  # the names a short form begins are one run of the sorted keys
    for key in sorted(keys, key=len, reverse=True):
        mention = names[key]
        if mention.how != "pattern" or mention.org_id is not None:
            continue
        first = bisect.bisect_left(keys, key + " ")
        last = min(bisect.bisect_left(keys, key + " \U0010ffff"), first + _MAX_LONGER_FORMS + 1)
        bodies = {(names[k].org_id or fold_for_matching(names[k].name)): names[k] for k in keys[first:last]}
        if len(bodies) == 1 and last - first <= _MAX_LONGER_FORMS:
            longer = next(iter(bodies.values()))
            names[key] = replace(mention, name=longer.name, org_id=longer.org_id, how="short")
    resolved = []
    for mention in mentions:
        target = names[fold_for_matching(mention.name)]
        if mention.how == "pattern" and mention.org_id is None and target.how == "short":
            mention = replace(mention, name=target.name, org_id=target.org_id, how="short")
        resolved.append(mention)
    return resolved


_DASHES = re.compile(r"\s*[-–—]\s*")
_ACRONYM_DOTS = re.compile(r"(?<=^\w)\.(?=\w)|(?<=\.\w)\.(?=\w)")  # "a.f.c" is "afc"


@lru_cache(maxsize=1)
def _optional_words() -> frozenset[str]:
    """Words a name may leave out (optional_words.tsv), and the kinds of place written in lower case
    before a place's name ("Phòng GD&ĐT [huyện] Can Lộc")."""
    kinds = {fold_for_matching(form) for form in place_kinds() if form.islower()}
    return frozenset(fold_for_matching(word) for word in read_words("orgs/optional_words.tsv")) | kinds


_KIND_DOT = re.compile(r"(?<![^\s])(tp|tx|q|h)\.(?=\w)")  # a kind of place written short, glued to the name
_GROUP_HEADS = ("tập đoàn", "tổng công")  # company heads a company's legal form may be written before
_SAME_WORDS = {"vn": "việt nam", "&": "và", "tp": "thành phố", "tp.": "thành phố"}  # written short in a name, or in full: one name


def _loose_key(name: str) -> str:
    """A name without dashes, dots inside an acronym ("A.F.C") and optional words (of one word or
    more: "ngành", "cơ sở", "một thành viên"), "VN" and "&" read as "Việt Nam" and "và"."""
    folded = _KIND_DOT.sub(r"\1. ", fold_for_matching(_DASHES.sub(" ", name)))  # "TP.Hồ Chí Minh" = "TP. Hồ Chí Minh"
    words = " ".join(_SAME_WORDS.get(word, word) for word in (_ACRONYM_DOTS.sub("", w) for w in folded.split())).split()
    kept: list[str] = []
    index = 0
    while index < len(words):
        size = next((size for size in (3, 2, 1) if " ".join(words[index:index + size]) in _optional_words()), 0)
        if size:
            index += size
        else:
            kept.append(words[index])
            index += 1
    if kept[:2] == ["công", "ty"] and " ".join(kept[2:4]) in _GROUP_HEADS:
        del kept[:2]  # "Công ty CP [Tập đoàn Đèo Cả]": the group's legal form before its own head, one body
    return " ".join(kept)


def _variants_agree(mentions: list[OrgMention]) -> list[OrgMention]:
    """Names found by pattern that differ only by optional words and dashes ("Công đoàn
    Ngành Dệt - May Hà Nội", "Công đoàn Dệt May Hà Nội") are one body, named by the longest; so
    are names that leave out the second of two fields joined by "và" ("Phòng Giáo dục huyện X" for
    "Phòng Giáo dục và Đào tạo huyện X"), when one name of the article has it; and names of the same
    words in another order ("Công ty TNHH May Xuất khẩu X", "công ty TNHH XK May X"), a slip of the pen."""
    same_words: dict[str, str] = {}

    def key_of(name: str) -> str:
        key = _loose_key(name)
        if " tại " in f" {key} ":
            return key  # "Đại sứ quán Úc tại Việt Nam", "Đại sứ quán Việt Nam tại Úc": the order says whose
        return same_words.setdefault(" ".join(sorted(key.split(" "))), key)

    longest: dict[str, str] = {}
    for mention in mentions:
        if mention.org_id is None and mention.how in _VARIABLE:
            key = key_of(mention.name)
            if len(mention.name) > len(longest.get(key, "")):
                longest[key] = mention.name
    fuller: dict[str, set[str]] = {}
    for key in longest:
        for short in _without_a_joined_field(key):
            fuller.setdefault(short, set()).add(key)

    def name_of(key: str) -> str:
        longer = fuller.get(key, set())
        return longest[next(iter(longer))] if len(longer) == 1 else longest[key]

    return [replace(m, name=name_of(key_of(m.name))) if m.org_id is None and m.how in _VARIABLE else m
            for m in mentions]


_VARIABLE = ("pattern", "short", "pointer", "relative")  # how names are found that may be written several ways
_MAX_JOINED_FIELD = 3


def _without_a_joined_field(key: str) -> list[str]:
    """A loose key without "và" and the one to three words after it ("phòng giáo dục [và đào tạo] can lộc")."""
    words = key.split(" ")
    return [" ".join(words[:index] + words[index + 1 + size:])
            for index, word in enumerate(words) if word == "và"
            for size in range(1, _MAX_JOINED_FIELD + 1) if index + 1 + size <= len(words)]


class OrganizationResolver(Extractor):
    provides = "organizations"
    requires = ("org_candidates",)

    def find(self, doc: Doc) -> list[OrgMention]:
        return resolve_organizations(text_of(doc), facts_of(doc, "org_candidates"), load_orgbase())


__all__ = ["OrganizationResolver", "context_places", "resolve_organizations"]
