"""Organizations: find every span that names one, by the knowledge base and by pattern.

Three finders, longest span first where they overlap:

- the knowledge base (models/orgs/): every canonical name, alias and province form,
  matched at word starts (acronyms case-sensitively, longer forms ignoring case);
- provincial templates with a name read from the text ("LĐLĐ quận Long Biên");
- a head word and the capitalized words after it, for organizations the base lacks
  ("Công ty TNHH May Xuất khẩu Đại Nghĩa", "Trường Đại học Y Dược Thái Bình"); the
  segmenter's words decide where a capitalized name ends.

Finding only: acronyms the text defines, typos of known acronyms and references such
as "LĐLĐ Tỉnh" are resolved to identities by ``unionfacts.resolve.organizations``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from unionfacts.extract.backrefs import find_union_pointers, unions_before_workplaces
from unionfacts.extract.acronym_names import find_named_before_acronym
from unionfacts.extract.national_forms import (VIETNAMESE_SYLLABLE, as_foreign_bodies, as_foreign_party_organs,
                                                as_other_parties, countries, foreign_country_after, lower_case_parties,
                                                home_country_forms, home_country_pattern, lower_case_common_noun,
                                                with_home_country, with_seat_at_home)
from unionfacts.extract.base import Extractor, capitalized_tokens, facts_of, text_of, token_spans
from unionfacts.extract.foreign_bodies import (find_coordinated_bodies, find_foreign_bodies, find_papers_by_classifier,
                                               without_family_names)
from unionfacts.extract.local_bodies import find_lower_case_local_bodies, find_lower_case_party_organs
from unionfacts.extract.numbered_units import find_numbered_units
from unionfacts.extract.org_lists import find_listed_bodies
from unionfacts.extract.own_names import barest_own_name, brands_of_companies, legal_form_before, own_names_again
from unionfacts.extract.products import without_products
from unionfacts.extract.seats import without_venues
from unionfacts.extract.persons import given_name_led, is_family_name, strongly_foreign
from unionfacts.extract.shared_place import bodies_sharing_place, places_after
from unionfacts.extract.steering import find_steering_committees
from unionfacts.extract.patterns import (PROPER_NAME, UPPER, alternation, first_letters, next_word, occurrences, stop_words,
                                         trie_alternation, word_pattern)
from unionfacts.extract.spanindex import SpanIndex, span_index
from unionfacts.extract.titles import standalone_ban, titles, unit_owner
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import (
    OrgBase,
    Template,
    credit_words,
    expand_abbreviations,
    load_orgbase,
    local_name,
    place_kind_alternation,
    place_kinds,
    short_form,
    trim_name,
)
from unionfacts.resources import read_mapping, read_table, read_words
from unionfacts.segment import known_words
from unionfacts.types import OrgMention

_WORD_START = re.compile(r"(?<![\w&])[\w&]")
_MAX_NAME_WORDS = 8
# How a company's own foreign name inside the span its head opens is found ("công ty [Sino Global
# Logistics]"): one more form of the same body, an alias.
OWN_NAME = "own_name"


_FIRST_KEY = re.compile(r"[^\s,;:()“”\"]+")


def _first_key(text: str) -> str:
    """The lower-cased first word, the key known forms are indexed by ("t.ư" of "T.Ư Đảng")."""
    match = _FIRST_KEY.match(text)
    return match.group().lower().rstrip(".") if match else ""


@lru_cache(maxsize=1)
def _surface_index() -> dict[str, list[tuple[str, str, bool]]]:
    """Known forms by their folded first two words (one for one-word forms), longest first:
    (form, org id, case-sensitive). Two words keep the candidates at "công …" few."""
    base = load_orgbase()
    index: dict[str, list[tuple[str, str, bool]]] = {}
    for form, org_id in base.exact.items():
        index.setdefault(_key(form), []).append((form, org_id, True))
    for form, org_id in base.folded.items():
        index.setdefault(_key(form), []).append((form, org_id, False))
    for forms in index.values():
        forms.sort(key=lambda item: len(item[0]), reverse=True)
    return index


@lru_cache(maxsize=1)
def _forms_by_length() -> dict[str, tuple[tuple[int, dict[str, str], dict[str, str]], ...]]:
    """``_surface_index`` grouped by form length, longest first: (length, case-sensitive forms ->
    org id, lower-case forms -> org id). A key like "sở lao" holds two thousand forms (one
    per province and spelling): the text at a length is looked up, not compared with each."""
    grouped: dict[str, tuple[tuple[int, dict[str, str], dict[str, str]], ...]] = {}
    for key, forms in _surface_index().items():
        by_length: dict[int, tuple[dict[str, str], dict[str, str]]] = {}
        for form, org_id, exact in forms:
            by_length.setdefault(len(form), ({}, {}))[0 if exact else 1].setdefault(form, org_id)
        grouped[key] = tuple((length, *by_length[length]) for length in sorted(by_length, reverse=True))
    return grouped


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    """First words of every known form: a word not among them starts no known name."""
    return frozenset(key.split(" ")[0] for key in _surface_index())


def _key(form: str) -> str:
    words = _FIRST_KEY.findall(form.lower(), 0, 80)
    return " ".join(word.rstrip(".") for word in words[:2])


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() or text[end] == "&")


@lru_cache(maxsize=1)
def _starter_pattern() -> re.Pattern[str]:
    """A word that starts some known form, as a whole word of the lower-cased text."""
    starters = sorted(_starters())
    return re.compile(rf"(?<![^\s,;:()“”\"]){first_letters(starters)}(?:{trie_alternation(starters, ignore_case=False)})"
                      r"(?=\.*(?:[\s,;:()“”\"]|$))")


def _word_after(lowered: str, position: int) -> str:
    """The next word (as known forms are keyed) after ``position``."""
    for match in _FIRST_KEY.finditer(lowered, position):
        if lowered[match.start()].isalnum() or lowered[match.start()] == "&":
            return match.group().rstrip(".")
    return ""


@lru_cache(maxsize=1)
def _compound_words() -> frozenset[str]:
    return frozenset(fold_for_matching(form) for form in read_words("orgs/compound_words.tsv", "form"))


def _opens_generic(lowered: str, start: int, end: int, base: OrgBase) -> bool:
    """Whether a known form and the word after it make another word: "Đảng" in "Đảng ủy" or
    "Đảng bộ" is a Party organ whose body the text must name, not the Party (compound_words.tsv)."""
    following = _FIRST_KEY.match(lowered, end + 1) if lowered.startswith(" ", end) else None
    return bool(following) and fold_for_matching(lowered[start:following.end()]) in _compound_words()


@lru_cache(maxsize=1)
def _compounds_before() -> frozenset[str]:
    return frozenset(fold_for_matching(word) for word in read_words("orgs/compound_before.tsv", "word"))


def _glued_to_word_before(lowered: str, start: int) -> bool:
    """Whether the word before ``start`` and the first syllable there make one word ("cán [bộ] công an",
    compound_before.tsv): the known form matched in lower case is no body then."""
    before = lowered.rfind(" ", 0, max(0, start - 1))
    first = _FIRST_KEY.match(lowered, start)
    return start > 0 and first is not None and lowered[start - 1] == " " \
        and fold_for_matching(f"{lowered[before + 1:start - 1]} {first.group()}") in _compounds_before()


def _lowered(text: str) -> str:
    """The text in lower case, offsets kept; as written when a character's lower case is longer."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


def find_known(text: str, base: OrgBase) -> list[OrgMention]:
    """Spans whose text is a form the knowledge base knows.

    Only words that start some known form are looked at (one regex pass finds them).
    """
    index = _forms_by_length()
    lowered = _lowered(text)
    found = []
    position = 0
    for word in _starter_pattern().finditer(lowered):
        start = word.start()
        if start < position:
            continue
        first = word.group()
        token = _FIRST_KEY.match(lowered, start)
        second = _word_after(lowered, token.end()) if token else ""
        match = next(_known_forms_at(text, lowered, start, (*index.get(f"{first} {second}", ()), *index.get(first, ())),
                                     base), None)
        if match is not None:
            end, org_id = match
            found.append(OrgMention(start, end, text[start:end], base.orgs[org_id].name, org_id, "kb"))
            position = end
    return found


def _known_forms_at(text: str, lowered: str, start: int,
                    groups: Iterable[tuple[int, dict[str, str], dict[str, str]]], base: OrgBase
                    ) -> Iterator[tuple[int, str]]:
    """(end, org id) of each known form of ``groups`` (``_forms_by_length``) written at ``start`` that
    ends a word and names the body there, longest first; at one length, the form as written before
    its lower-case form."""
    for length, exact, folded in groups:
        end = start + length
        org_id = exact.get(text[start:end])
        if org_id is None:
            org_id = folded.get(lowered[start:end])
            if org_id is not None and (lower_case_common_noun(text, start, lowered[start:end])
                                       or _glued_to_word_before(lowered, start)):
                org_id = None
        if org_id is not None and _ends_word(text, end) and not _opens_generic(lowered, start, end, base) \
                and not _acronym_goes_on(text, start, end, base.orgs[org_id].level, base) \
                and not _brand_goes_on(text, start, end, base.orgs[org_id].level):
            yield end, org_id


_CAPITALS_WORD = re.compile(rf"[ ]{UPPER}{{2,}}(?![\w])")
_PLACE_AFTER = re.compile(rf"[ ]({UPPER}[^\W\d_]*[ ]{UPPER}[^\W\d_]*(?:[ ]{UPPER}[^\W\d_]*)?)")


def _acronym_goes_on(text: str, start: int, end: int, level: str, base: OrgBase) -> bool:
    """Whether a company's known acronym is the first word of a subsidiary's, another capitals word after
    it ("[EVN HANOI]", "EVN SPC": the Hanoi and southern power corporations, not EVN), or of a team's or a
    branch's, a province after it ("SHB Đà Nẵng" is a football club); an institution's stays itself before a
    common acronym ("ASEAN FTA")."""
    if level != "other" or not text[start:end].isupper() or " " in text[start:end]:
        return False
    if _CAPITALS_WORD.match(text, end):
        return True
    place = _PLACE_AFTER.match(text, end)
    return place is not None and any(base.province(" ".join(place.group(1).split(" ")[:size])) is not None
                                     for size in (2, 3))


_LATIN_WORD_AFTER = re.compile(r"[ ]([A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z]{2,}[a-z]*|[A-Z]\d)(?![^\W_])")  # "Ford [EcoSport]"
_LATIN_WORD_BEFORE = re.compile(r"(?<![^\W_])(?:[A-Z][a-z]+|[A-Z]\.)[ ]$")  # "[Maruti] Suzuki", "[Gerald R.] Ford"


def _brand_goes_on(text: str, start: int, end: int, level: str) -> bool:
    """Whether a company's brand (alone, or after its head: "Tập đoàn Samsung") is part of a longer name: another
    company's or a product's in Latin letters ("Samsung [Life Insurance]", "[Maruti] Suzuki", "Apple Watch", "BMW
    X5"), or its subsidiary in a country ("Samsung Việt Nam", "Tập đoàn Samsung Hàn Quốc"); not before a Vietnamese
    syllable ("Tổng giám đốc Vinamilk Mai Kiều Liên") nor after an office, whose holder's name follows it."""
    written = text[start:end]
    if level != "other" or not written.rsplit(" ", 1)[-1].isascii():
        return False
    if foreign_country_after(text, end) is not None:
        return True  # "Tập đoàn Samsung Hàn Quốc"
    if _office_before(text, start):
        return False  # "Người phát ngôn Kremlin Dmitry Peskov": the office's body before its holder's name
    after = _LATIN_WORD_AFTER.match(text, end)
    if after is not None and not VIETNAMESE_SYLLABLE.fullmatch(after.group(1).lower()):
        return True
    if home_country_pattern().match(text, end + 1) is not None and text.startswith(" ", end):
        return True
    if " " in written:
        return False  # "Tập đoàn Samsung": a head of its own before the brand
    before = _LATIN_WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and not VIETNAMESE_SYLLABLE.fullmatch(before.group().strip().lower())


_WORDS_BEFORE_OFFICE = (1, 2, 3, 4)


def _office_before(text: str, start: int) -> bool:
    """Whether an office (persons/titles.tsv) ends right before ``start`` ("Giám đốc điều hành [Google]")."""
    words = text[max(0, start - 40):start].split()
    return any(fold_for_matching(" ".join(words[-size:])) in titles() for size in _WORDS_BEFORE_OFFICE if len(words) >= size)


# An acronym defined inside a name: "Công đoàn (CĐ) Việt Nam", "Bảo hiểm xã hội (BHXH) Việt Nam".
_INNER_DEFINITION = re.compile(r"[ ]\([A-ZĐ][A-ZĐ&.\-]{0,12}\)(?=[ ])")


def find_known_across_definitions(text: str, base: OrgBase) -> list[OrgMention]:
    """Known names interrupted by an acronym definition, matched as if it were not there."""
    cuts = list(_INNER_DEFINITION.finditer(text))
    if not cuts:
        return []
    kept: list[str] = []
    origin: list[int] = []  # position in ``text`` of each kept character
    position = 0
    for cut in cuts:
        kept.append(text[position:cut.start()])
        origin.extend(range(position, cut.start()))
        position = cut.end()
    kept.append(text[position:])
    origin.extend(range(position, len(text)))
    found = []
    for mention in find_known("".join(kept), base):
        start, end = origin[mention.start], origin[mention.end - 1] + 1
        if end - start != mention.end - mention.start:  # it spans a definition
            found.append(replace(mention, start=start, end=end, text=text[start:end]))
    return found


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, str], ...]:
    rows = read_table("orgs/pattern_heads.tsv")
    return tuple(sorted(((row["head"], row["kind"]) for row in rows), key=lambda item: len(item[0]), reverse=True))


@lru_cache(maxsize=1)
def organ_heads() -> tuple[str, ...]:
    """The heads of a union's, a Party organ's or a mass organization's name ("Công đoàn", "Đảng ủy", "Chi bộ",
    "Chi đoàn"), longest first."""
    return tuple(head for head, kind in _heads() if kind in _ORGAN_KINDS - {"association"})  # not "Liên minh [HTX] …"


@lru_cache(maxsize=1)
def _heads_by_first_word() -> dict[str, tuple[tuple[str, str], ...]]:
    """Pattern heads by their lower-cased first word, longest first."""
    index: dict[str, list[tuple[str, str]]] = {}
    for head, kind in _heads():
        index.setdefault(head.split(" ")[0].lower(), []).append((head, kind))
    return {word: tuple(heads) for word, heads in index.items()}


@lru_cache(maxsize=1)
def _opening_heads_by_first_word() -> dict[str, tuple[tuple[str, str], ...]]:
    """The heads a name read by pattern may open with, by their lower-cased first word, longest first: those of
    pattern_heads.tsv and the common words of common_heads.tsv (kind ``common``), which open a name but never end
    another name or stand for a title's unit ("Trưởng phòng [Tổ chức] và Hành chính")."""
    index = {word: list(heads) for word, heads in _heads_by_first_word().items()}
    for head in read_words("orgs/common_heads.tsv", "head"):
        index.setdefault(head.split(" ")[0].lower(), []).append((head, "common"))
    return {word: tuple(sorted(heads, key=lambda item: len(item[0]), reverse=True)) for word, heads in index.items()}


@lru_cache(maxsize=1)
def _common_head_pattern() -> re.Pattern[str]:
    """A head of common_heads.tsv as written, then a capitalized word: another body's name ("… và [Tổ chức X]")."""
    return re.compile(rf"(?:{alternation(read_words('orgs/common_heads.tsv', 'head'))})[ ]{UPPER}")


def _opens_common_head(text: str, position: int) -> bool:
    """Whether a body's name opening with a common word's head starts at ``position`` ("Phòng Cảnh sát Hình sự và
    [Tổ chức Rồng Xanh]"): after "và" it is another body, as after any head."""
    return bool(_common_head_pattern().match(text, position))


@lru_cache(maxsize=1)
def _head_word_pattern() -> re.Pattern[str]:
    """The first word of any head, as a whole word: where a name found by pattern can start."""
    return word_pattern(_opening_heads_by_first_word())


@lru_cache(maxsize=1)
def _provincial_heads() -> frozenset[str]:
    """Heads of a province's bodies (provincial_heads.tsv), in lower case: no company has such a unit."""
    return frozenset(head.lower() for head in read_words("orgs/provincial_heads.tsv", "head"))


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    return read_words("orgs/name_connectors.tsv")


@lru_cache(maxsize=1)
def _name_verbs() -> frozenset[str]:
    return read_words("orgs/name_verbs.tsv")


@lru_cache(maxsize=1)
def _term_words() -> frozenset[str]:
    return read_words("orgs/term_words.tsv")


@lru_cache(maxsize=1)
def _glued_term() -> re.Pattern[str]:
    """A term word (term_words.tsv) after a syllable of the same token: the space before it."""
    return re.compile(rf"(?<=\w)[ ](?:{alternation(_term_words())})(?!\w)")


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    kinds = {form for form in place_kinds() if form.islower()}
    return frozenset(kinds | read_words("orgs/place_words.tsv"))


def _is_name_word(word: str) -> bool:
    """A capitalized word, or a number of two digits or more ("Bệnh viện 199"; not "3,2", "5.067.000")."""
    return bool(word) and (word[0].isupper() or word[0].isdigit() and len(word) > 1 and "," not in word
                           and "." not in word)


_INITIAL_BEFORE = re.compile(r"[\s.]\w\.")
# One capital and a full stop that no sentence's end is (a comma or a lower-case word after it): the initial of a
# body the paper leaves unnamed ("công ty G., có trụ sở", "Như tại công ty G. luôn kín việc").
_ANONYMOUS_INITIAL = re.compile(rf"{UPPER}\.(?=,|[ ]+[a-zđà-ỹ])")


@lru_cache(maxsize=1)
def _field_words() -> dict[str, str]:
    """Lower-case nouns of a field of work inside names (field_words.tsv): word → field | level | noun
    (a unit's field only, "tham mưu", is also a verb: it names units in titles, never a body; a `body` field,
    "doanh nghiệp", reads as a field inside names)."""
    return {word: "field" if kind == "body" else kind
            for word, kind in read_mapping("orgs/field_words.tsv", "word", "kind").items() if kind != "unit"}


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """Capitalized words that open a sentence ("Theo", "Tại"): sentence_openers.tsv."""
    return read_words("orgs/sentence_openers.tsv")


@lru_cache(maxsize=1)
def _body_openers() -> frozenset[str]:
    """Capitalized words that open a sentence on whose behalf someone acts ("Thay mặt", "Đại diện"), after
    which a body's name begins: body_openers.tsv."""
    return read_words("orgs/body_openers.tsv")


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    """Words that end a name read after a head: a sentence's opener, or a programme's or document's
    noun (named_things.tsv)."""
    return _openers() | read_words("orgs/named_things.tsv")


_RUN_JOINERS = frozenset({"và", "các", "cấp", "-", "–"})  # between the field words of a sentence-case name


def _lower_run(text: str, spans: list[tuple[int, int]], start: int, capitals: int, joined: bool = False,
               capital_fields: int = 0, unit_head: bool = False) -> int:
    """How many tokens from ``start`` a name goes on over lower-case words (0: it ends there).

    A run of field words, with "và", "các" or a dash between them, stands inside a name when a
    capitalized word of the name follows it, not a number ("Chi cục Hải quan quản lý các KCN Bắc
    Giang", "Trung tâm Dự báo nguồn nhân lực và Thông tin …", not "Sở Y tế [kiểm tra 20] cơ sở";
    one field word only after a name of several
    capitalized words: "Công ty Canon Việt Nam [xây dựng] Nhà máy" starts another body), and ends
    a sentence-case name (one capitalized word so far) when it ends with a level word ("Viện
    Dinh dưỡng quốc gia"), or has two field words and no object follows ("Cục Quản lý nhà và thị
    trường bất động sản", not "Sở Y tế [xây dựng kế hoạch]"); after "và" (``joined``) one field word
    ends the second field before a punctuation mark, as the first ("Cục Quản lý giá và Thẩm định giá,").
    ``capital_fields`` counts the field words written capitalized after the first in a name of field words
    only ("Cục Quản lý Đăng ký [kinh doanh]"): fields of the run as well. After a unit's head written in
    sentence case (``unit_head``, sentence_case_heads.tsv), its capitalized words fields too, one field word
    ends the name before a clear stop ("Cục Xúc tiến [thương mại] tổ chức …", "Vụ Đào tạo [chính quy],"; not
    "Bộ Công Thương thương mại hóa", "Viện Mercator nghiên cứu về")."""
    fields = _field_words()
    end = start
    kinds: list[str] = []
    while end < len(spans) and end - start < _MAX_NAME_WORDS:
        word = text[spans[end][0]:spans[end][1]]
        glued = text[spans[end - 1][0]:spans[end][1]].lower() if end > 0 else ""  # "Truyền | máu"
        if glued not in fields:  # "CP Gốm | sứ": the segmenter glued a field's first syllable to an acronym
            glued = glued.rsplit(" ", 2)[-2] + " " + word if glued.count(" ") >= 2 else glued
        if end > start and word in _name_verbs():
            break  # "Sở Giao thông vận tải [tổ chức] hội thi": what the body does ends its name, as in _name_after
        ahead = text[spans[end][0]:spans[end + 1][1]] if end + 1 < len(spans) else ""  # "bình | chọn"
        if word not in fields and ahead in fields and text[spans[end][1]:spans[end + 1][0]] == " ":
            kinds.append(fields[ahead])
            end += 2
            continue
        if word in fields or glued in fields and text[spans[end - 1][1]:spans[end][0]] == " ":
            kinds.append(fields.get(word) or fields[glued])
        elif word not in _RUN_JOINERS or not kinds and (word in "-–" or word == "và" and capitals > 1):
            break
        end += 1
    if start + 2 < len(spans) and text[spans[start][0]:spans[start][1]] == "và" \
            and text[spans[start + 1][0]:spans[start + 1][1]] in _plural_words() \
            and fields.get(text[spans[start + 2][0]:spans[start + 2][1]]) == "level":
        return 0  # "Cơ quan X châu Âu [và các quốc gia] …": the countries, no words of this one's name (not "Ban Quản
        # lý Khu kinh tế X và các khu công nghiệp")
    while end > start and text[spans[end - 1][0]:spans[end - 1][1]] in _RUN_JOINERS:
        end -= 1  # a name never ends with "và", "các" or a dash
    if not kinds or end == start:
        return 0
    after = end
    if after + 1 < len(spans) and text[spans[after][0]:spans[after][1]] in _RUN_JOINERS and capitals <= 1 \
            and not (text[spans[after][0]] in "-–" and text[spans[after + 1][0]:spans[after + 1][1]].isupper()):
        after += 1  # "… nguồn nhân lực [và] Thông tin …": the name goes on after the joiner, not "- [CIEM]"
    following = text[spans[after][0]:spans[after][1]] if after < len(spans) else ""
    if _is_name_word(following) and following[0].isalpha() and following not in _sentence_openers() \
            and not _opens_head_token(text, spans[after]) and not _known_starts_at(text, spans[after][0]):
        # after several capitalized words, one field only (of one token or two: "Lọc [hóa dầu] Bình Sơn")
        return after - start if capitals <= 1 or len(kinds) == 1 and end - start <= 2 else 0
    following = text[spans[end][0]:spans[end][1]] if end < len(spans) else ""
    object_follows = following[:1].isalpha() and following.islower() and following not in stop_words()
    object_follows = object_follows and following not in place_kinds()  # "… và nhân văn [thành phố] Hồ Chí Minh"
    clause_ends = end >= len(spans) or not text[spans[end][0]].isalnum()
    second_field = text[spans[start][0]:spans[start][1]] == "và" and len(kinds) == 1  # "Sở Thông tin [và truyền thông]"
    if capitals <= 1 and (kinds[-1] in ("level", "noun") or len(kinds) + capital_fields >= 2 and not object_follows
                          or joined and clause_ends or second_field and not object_follows):
        return end - start
    if unit_head and capitals <= 1 and len(kinds) == 1 and kinds[0] in ("field", "body") and (
            clause_ends or following in stop_words() or following in _name_verbs() or following in place_kinds()):
        return end - start  # "Vụ Đào tạo [chính quy] của Bộ", "Cục Xúc tiến [thương mại] tổ chức …"
    if kinds[-1] == "level" and clause_ends:
        return end - start  # "Viện Nghiên cứu Quản lý [kinh tế trung ương] -": a level word closes the name
    return 0


def _place_closes(text: str, spans: list[tuple[int, int]], start: int) -> bool:
    """Whether the name read so far, up to token ``start``, ends with a kind of place and its capitalized name
    ("… [TP Hồ Chí Minh]", "… [tỉnh Kiên Giang]"): lower-case words after it are no field of the name."""
    at = start - 1
    while at > 0 and _is_name_word(text[spans[at][0]:spans[at][1]]) and text[spans[at][0]].isalpha():
        if at < start - 1 and text[spans[at][0]:spans[at][1]] in place_kinds():
            return True  # "TP Hồ Chí Minh", "Tỉnh Kiên Giang"
        at -= 1
    return at < start - 1 and text[spans[at][0]:spans[at][1]] in place_kinds()


def _placed(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a name names a place or a known body ("ban Dân vận Thành ủy", "phòng GD&ĐT huyện
    Can Lộc", "ban Quản lý các KCN Hà Nội"): a unit a title begins is a body of the state or the
    Party then, not a company's department ("Trưởng phòng Xuất nhập khẩu của công ty")."""
    for start, end in spans:
        word = text[start:end]
        if word in place_kinds() or word in _place_words() or _is_place(word) \
                or _relative_form().match(text, start) or _known_starts_at(text, start):
            return True
    return False


def _named_up_to_place(text: str, spans: list[tuple[int, int]], after: int, end: int) -> bool:
    """Whether the name read after a state agency's head written in lower case opens with a capitalized word that
    is no place and ends with a kind of place and its name ("sở Nông nghiệp & Phát triển nông thôn [TP. HCM]",
    "phòng Giáo dục và Đào tạo [quận Hai Bà Trưng]"): the body of that place, in the lower case news often writes
    its head in; not a common noun ("trung tâm thành phố Hà Nội", "phòng họp"), nor a body's organ written in lower
    case before the body ("cơ quan điều tra Công an tỉnh X")."""
    if after >= len(spans) or spans[after][0] >= end:
        return False
    first = text[spans[after][0]:spans[after][1]]
    if not first[:1].isupper() or first in place_kinds() or first in _place_words() or _is_place(first) \
            or _opens_head(text, spans[after][0]) or _known_starts_at(text, spans[after][0]) \
            or text.startswith(_template_short_forms(), spans[after][0]):
        return False  # "cơ quan điều tra [Công an tỉnh X]": an organ of the body named after it
    inside = [index for index in range(after + 1, len(spans)) if spans[index][1] <= end]
    return any((text[spans[index][0]:spans[index][1]] in place_kinds() or text[spans[index][0]:spans[index][1]] in _place_words())
               and index + 1 in inside for index in inside)  # "[tỉnh] X", "[thôn] Y"


@lru_cache(maxsize=1)
def kind_alone_after() -> re.Pattern[str]:
    """A kind of place written alone after a name, no place's name after it ("Phòng Nội vụ [huyện].", "Hội
    Nông dân [tỉnh] và …"): the article's place of that kind, which the resolver names."""
    return re.compile(rf"[ ]+(?P<kind>{place_kind_alternation()})(?!\w|\.\w)(?![ ]+(?:{UPPER}|\d))")


@lru_cache(maxsize=1)
def _relative_form() -> re.Pattern[str]:
    """A form that names a body of the article's place ("Thành ủy", relative.tsv)."""
    return word_pattern(read_words("orgs/relative.tsv", "form"))


def _joins_fields(text: str, spans: list[tuple[int, int]], index: int, at: int) -> bool:
    """Whether "và" at token ``at`` joins two fields inside one name ("Học viện Báo chí [và] Tuyên
    truyền", "Sở Tài nguyên [và] Môi trường"), not two bodies or places ("Phòng … huyện Ba Vì [và]
    UBND xã …", "Đại học Princeton [và] New York"): Vietnamese words on both sides, no place before
    it (an abbreviation glued before the word counts: "Hội KHKT Lạnh [và] Điều hòa …"), and no other body,
    office or sentence after it."""
    before, after = text[spans[at - 1][0]:spans[at - 1][1]], text[spans[at + 1][0]:spans[at + 1][1]]
    placed = any(text[a:b] in place_kinds() or text[a:b] in _place_words() for a, b in spans[index:at])
    return not placed and not _is_place(before) and _vietnamese_words(before, abbreviated=True) \
        and _vietnamese_words(after) and after not in place_kinds() and (not _opens_other(text, spans[at + 1]) or _head_before_verb(text, spans[at + 1][0]))


def _comma_joins_fields(text: str, spans: list[tuple[int, int]], index: int, at: int) -> bool:
    """Whether the comma at token ``at`` lists fields inside one name: one or two fields in sentence
    case, field words (field_words.tsv), then "và" and a last one ("Sở Văn hóa[,] Thể thao và Du lịch",
    "Sở Khoa học[,] Công nghệ và Môi trường tỉnh X"), none a place, a person, a body, an office or the
    next sentence ("Sở Y tế, Công an và Quân đội" are three)."""
    conjunction = next((k for k in range(at + 2, min(at + 4, len(spans) - 1)) if text[spans[k][0]:spans[k][1]] == "và"), None)
    if conjunction is None or not _joins_fields(text, spans, index, conjunction):
        return False
    fields = [text[a:b] for a, b in spans[at + 1:conjunction]] + [text[spans[conjunction + 1][0]:spans[conjunction + 1][1]]]
    listed = fields[:-1]  # the fields between the comma and "và" are known fields ("Công nghệ", not "Công an"),
    # none a level word that closes a name ("các trường Bách khoa, Kinh tế [Quốc dân] và Thủy lợi" are three)
    return all(_sentence_case(field) and _vietnamese_words(field) and not _is_place(field) for field in fields) \
        and all(_field_words().get(field.lower()) not in (None, "level") for field in listed) \
        and not any(_opens_other(text, span) for span in spans[at + 1:conjunction])


def _comma_joins_lower_fields(text: str, spans: list[tuple[int, int]], at: int) -> bool:
    """Whether the comma at token ``at`` lists lower-case fields inside a name in sentence case: a field word
    before it, then one or two field words, "và" and a last one ("Viện Nghiên cứu xã hội[,] kinh tế và môi
    trường"), none a level word that closes a name."""
    conjunction = next((k for k in range(at + 2, min(at + 4, len(spans) - 1)) if text[spans[k][0]:spans[k][1]] == "và"), None)
    if conjunction is None:
        return False
    fields = [text[a:b] for a, b in [spans[at - 1], *spans[at + 1:conjunction], spans[conjunction + 1]]]
    return all(field.islower() and _field_words().get(field) in ("field", "noun") for field in fields)


def _sentence_case(word: str) -> bool:
    """A field written in sentence case ("Công nghệ"), not a person's or place's name ("Trần Văn An")."""
    first, *rest = word.split(" ")
    return first[:1].isupper() and first[1:].islower() or len(first) == 1 and first.isupper() \
        if not rest else first[:1].isupper() and all(part.islower() for part in rest)


def _vietnamese_words(word: str, abbreviated: bool = False) -> bool:
    """Vietnamese syllables; with ``abbreviated``, abbreviations of Vietnamese words too (abbreviations.tsv:
    "KHKT Lạnh", as the segmenter may glue them)."""
    abbreviations = load_orgbase().abbreviations if abbreviated else {}
    return all(s in abbreviations or VIETNAMESE_SYLLABLE.fullmatch(fold_for_matching(s)) for s in word.split(" "))


def _is_place(word: str) -> bool:
    """A province's or the country's name: a name that ends with one is whole ("Công ty Canon Việt
    Nam [và] Samsung …" names two companies)."""
    return bool(load_orgbase().province(word)) or fold_for_matching(word) in ("việt nam", "vn")


def _opens_other(text: str, span: tuple[int, int]) -> bool:
    """Whether the capitalized token ``span`` opens something other than the rest of a name: another
    body (a head or a known name), an office or the next sentence, as after a
    verb that ends a name ("Sở Tư pháp [báo cáo] UBND …", "… [trả lời] Bí thư …"). A person's name
    may follow a lower-case word inside a name ("Trường THPT chuyên Lê Hồng Phong")."""
    start, end = span
    token = text[start:end]
    if token in _sentence_openers() or _opens_head(text, start) or _known_starts_at(text, start) \
            or _is_degree_or_dash(token.split(" ")[0]):
        return True  # … "[đối với] TS Trần Văn A": a degree opens a person's name
    base = load_orgbase()
    first = token.split(" ")[0]
    if first.isupper() and (first in base.abbreviations or first in base.exact or fold_for_matching(first) in base.generic):
        return True  # "UBND …", "BHXH …": a body written short
    return _opens_title(text, start)


def _opens_title(text: str, position: int, head_end: int | None = None) -> bool:
    """Whether an office of the lexicon starts at ``position`` ("Phó Giám đốc", "Chủ tịch"); with
    ``head_end``, one that goes on past that head ("Vụ Trưởng", not "Đại sứ" of "Đại sứ quán")."""
    words = text[position:position + 40].split()
    shortest = len(text[position:head_end].split()) + 1 if head_end is not None else 1
    return bool(words) and words[0][:1].isupper() and any(
        fold_for_matching(" ".join(words[:size])) in titles() for size in range(shortest, 4))


def _descriptive_only(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a name only says what kind of school or company it is ("Trường [THPT]", "Công ty [Cổ
    phần]", "các trường [Mầm non]"); a head after a head points back instead ("Công đoàn [Bộ]")."""
    return all(fold_for_matching(text[a:b]) in _descriptive_words() for a, b in spans)


@lru_cache(maxsize=1)
def _descriptive_words() -> frozenset[str]:
    return frozenset(fold_for_matching(w) for w in read_words("orgs/type_words.tsv") | _connectors())


def _type_words_only(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the tokens [start, end) only say what kind of body it is ("Công ty [Cổ phần] - Tổng
    công ty X", a legal form before the name)."""
    return all(fold_for_matching(text[a:b]) in _type_words() for a, b in spans[start:end])


def _known_starts_at(text: str, position: int) -> bool:
    """Whether a form the knowledge base knows starts at ``position`` ("và [UBND tỉnh X]")."""
    lowered = text[position:position + 120]
    first = _FIRST_KEY.match(lowered.lower())
    if first is None:
        return False
    candidates = _surface_index().get(_key(lowered), []) + _surface_index().get(first.group().rstrip("."), [])
    return any((lowered if exact else lowered.lower()).startswith(form) and _ends_word(lowered, len(form))
               and not _brand_ends_name(lowered, form, org_id)
               and not _brand_goes_on(lowered, 0, len(form), load_orgbase().orgs[org_id].level)
               for form, org_id, exact in candidates)


def _brand_ends_name(text: str, form: str, org_id: str) -> bool:
    """Whether a company's one-word brand ends the name it is written in ("Trung tâm Không gian mạng
    [Viettel]", "Công ty An ninh mạng [Viettel]"): the owner's name in its unit's, no body after it."""
    return " " not in form and load_orgbase().orgs[org_id].level == "other" \
        and not text[len(form) + 1:len(form) + 2].isupper()


_NUMBER_ENDS_NAME = re.compile(r"[ ]?(?:[,.;:)!?”\"]|[ ][-–]|$|\n)")


def _numbered(text: str, spans: list[tuple[int, int]], at: int) -> bool:
    """Whether token ``at`` is a one-digit number that ends a name ("Cienco 4", "Sông Đà 5"): after a
    capitalized word, and before punctuation or a word that counts nothing (a function word or a verb of what a
    body does: "Công ty CP Sông Đà [5] cho biết", "… [5] đã"), not a count ("Công ty X [5] năm qua")."""
    start, end = spans[at]
    if not (end - start == 1 and text[start].isdigit() and _is_name_word(text[spans[at - 1][0]:spans[at - 1][1]])):
        return False
    if _NUMBER_ENDS_NAME.match(text, end):
        return True
    following = next_word(text, end)
    if following in _DATE_WORDS:  # "Trường Sĩ quan Lục quân 1 [năm 2026]", "… 5 [ngày 5/12]", not "… 5 ngày qua"
        return bool(_DATE_AFTER.match(text, end))
    return following in stop_words() or any(verb.split(" ")[0] == following for verb in _name_verbs()) \
        or _no_counted_noun(text[end + 1:end + 40])


_DATE_WORDS = ("ngày", "năm")
_DATE_AFTER = re.compile(r" (?:ngày \d{1,2}[/-]\d{1,2}|năm (?:19|20)\d\d)\b")
_HONORIFICS = ("ông ", "bà ", "đồng chí ")


def _no_counted_noun(after: str) -> bool:
    """Whether the words after a number count nothing: a verb of what a body does ("Công ty May 10 [phát động]
    …", not "10 phát" shots) or a person's honorific and name ("Công ty CP Sông Đà 5 [ông] Nguyễn Văn A"): the
    number ends the name before them."""
    honorific = next((h for h in _HONORIFICS if after.startswith(h)), None)
    if honorific:
        return after[len(honorific):len(honorific) + 1].isupper()
    return any(" " in verb and (after.startswith(verb + " ") or after == verb) for verb in _name_verbs())


def _opens_head(text: str, position: int) -> bool:
    """Whether a pattern head starts at ``position`` (another body's name starts there)."""
    return bool(_head_ends(text, position))


def _opens_head_token(text: str, span: tuple[int, int]) -> bool:
    """Whether a pattern head opens the token ``span``, not as the first syllable of a two-syllable
    place name the segmenter made one word ("Văn hóa thông tin [Hội An]", "[Đài Loan]")."""
    start, end = span
    ends = _head_ends(text, start)
    place_name = end - start <= 12 and text.count(" ", start, end) == 1 and text[start:end].istitle() \
        and all(" " not in text[start:head_end] and text[head_end:end] == " " + text[head_end + 1:end]
                for head_end in ends)
    return bool(ends) and not place_name


def _field_goes_on(text: str, position: int) -> bool:
    """Whether a field word of two or three syllables (field_words.tsv) starts at ``position``, the second syllable
    of a token the segmenter glued to a head: "Hội Người | cao tuổi" is a body's head and its field, not a place
    of two syllables as "Hội An"."""
    syllables = text[position:position + 30].lower().split(" ")[:3]
    return any(" ".join(syllables[:size]).rstrip(",.;:") in _field_words() for size in (2, 3) if len(syllables) >= size)


def _head_ends(text: str, position: int) -> list[int]:
    """Where the pattern heads that start at ``position`` end."""
    first = _FIRST_KEY.match(text, position)
    heads = _heads_by_first_word().get(first.group().lower(), ()) if first else ()
    return [position + len(head) for head, _ in heads
            if text[position:position + len(head)].lower() == head.lower() and _ends_word(text, position + len(head))]


def _head_before_verb(text: str, position: int) -> bool:
    """Whether only a head that is also a field (field_words.tsv) with a lower-case verb after it starts
    at ``position`` ("Vụ Pháp chế và [Thanh tra] hướng dẫn": a field of the name before "và", no body)."""
    ends = _head_ends(text, position)
    return bool(ends) and all(text[position:end].lower() in _field_words() and _verb_follows(text, end) for end in ends) \
        and not _known_starts_at(text, position)


def _verb_follows(text: str, position: int) -> bool:
    """Whether a lower-case word that is no part of a name (a connector, a kind of place, a field word)
    follows ``position`` after one space."""
    following = _LOWER_WORD_AFTER.match(text, position)
    if following is None or not following.group(1).islower():
        return False
    word = following.group(1)
    two = text[following.start(1):].split(" ", 2)
    pair = " ".join(two[:2])
    return not (word in _connectors() or word in place_kinds() or word in _place_words()
                or word in _field_words() or pair in _field_words() or pair in _connectors())


def _name_after(text: str, spans: list[tuple[int, int]], index: int, glued_tails: frozenset[int] = frozenset(),
                unit_head: bool = False) -> int:
    """Index of the token after the name that starts at token ``index``: capitalized words, with
    the lower-case words a name may hold (connectors, kinds of place, field words); ``unit_head``: the head
    names a unit in sentence case (sentence_case_heads.tsv)."""
    connectors = _connectors()
    end = index
    words = capitals = fields = forms = 0  # fields: the capitalized words that are field words ("Quản lý")
    joined = False  # forms: the capitalized connectors, a company's legal form ("TNHH", "MTV", "CP")
    while end < len(spans) and words < _MAX_NAME_WORDS:
        word = text[spans[end][0]:spans[end][1]]
        if word in _name_verbs() or word in _term_words() or spans[end][0] in glued_tails:
            break  # "do Báo Lao động Thủ đô tổ chức Tham gia …", "Hoàng Long [thưởng] Tết": what the body does
            # ends its name; so does a term ("Đảng bộ huyện X [nhiệm kỳ] III")
        if word in credit_words() and text.startswith(":", spans[end][1]):
            break  # "Công đoàn TP Ảnh: Hồng Đào": a caption's credit, not the name's last word
        if end > index and (skip := _inner_definition(text, spans, end)):
            end += skip  # "CĐ Khu Kinh tế (KKT) Hải Phòng": an acronym defined inside the name
            continue
        if end > index and (word in _sentence_openers() and not _second_field(text, spans, end)
                            or _opens_title(text, spans[end][0])):
            break  # "Công ty X [Theo lãnh đạo] …": the next sentence, run on; "Trung tâm X [Phó Giám đốc] Y"
        if end == index and (line := _line_of_business(text, spans, index)):
            end += line  # "Công ty TNHH [xi măng] Long Sơn": the line of business after a legal form, then the name
            words += line
            continue
        if _is_name_word(word) and word[0].isalnum() or end > index and _numbered(text, spans, end):
            end += 1
            words += 1
            capitals += 1
            forms += word in connectors
            fields += _field_words().get(word.lower()) in ("field", "noun")  # a level word closes a name
            continue
        next_is_name = end + 1 < len(spans) and text[spans[end + 1][0]:spans[end + 1][0] + 1].isupper()
        if word in _place_words() and next_is_name:
            end += 1  # "Đảng ủy xã Cổ Tiết": a kind of place before its name, even first
            continue
        if end > index and " " in word and word.split(" ", 1)[0] in _place_words() and word.split(" ", 1)[1][:1].isupper():
            end += 1  # "Cơ quan Vũ trụ [châu Âu]": a kind of place and its name, one word of the segmenter's
            words += 1
            continue
        if end > index and (spread := _spread_connector(text, spans, end)):
            end += spread  # "Công ty [trách nhiệm | hữu hạn] MTV X": a legal form written out, in several words
            continue
        if end > index and next_is_name and (word in connectors or word == "và" and _joins_fields(text, spans, index, end)) \
                and (not (_opens_head(text, spans[end + 1][0]) or word == "và" and (_opens_common_head(text, spans[end + 1][0])
                                                                          or _placed_template_at(text, spans[end + 1][0])))
                     or _type_words_only(text, spans, index, end)
                     or word == "và" and _head_before_verb(text, spans[end + 1][0])) \
                and not (word in "-–" and (_country_at(text, spans[end + 1]) and not _country_before(text, spans[end][0])
                                           or _acronym_closes(text, spans[end + 1])
                                           or _zone_after_dash(text, spans[index][0], spans[end + 1][0]))):
            end += 1  # "Công ty cổ phần Hợp tác JA Việt", "Trung tâm Dự báo … và Thông tin …", not "… - [Bộ] X"
            capitals, forms = (0, 0) if word == "và" else (capitals, forms)  # each side of "và" is in sentence case
            joined = joined or word == "và"
            continue
        if word == "và" and end > index and next_is_name and _levels_joined(text, spans, index, end):
            end += 1  # "Trường Tiểu học [và] THCS X", "Trường PTDT Nội trú THCS [và] THPT Y": one school of two levels
            continue
        if word == "," and end > index and capitals and (_comma_joins_fields(text, spans, index, end)
                                                          or _comma_joins_lower_fields(text, spans, end)):
            end += 1  # "Sở Khoa học[,] Công nghệ và Môi trường": a list of fields inside one name
            continue
        previous = text[spans[end - 1][0]:spans[end - 1][1]] if end > index else ""
        if word.islower() and fold_for_matching(f"{previous} {word}") in _school_kinds():
            end += 1  # "Trường THPT Dân tộc [nội trú] huyện X": the rest of a kind of school written in sentence case
            words += 1
            continue
        if next_is_name and _is_name_word(previous) and word.replace(" ", "").isalpha() \
                and word not in stop_words() and not _opens_other(text, spans[end + 1]) \
                and not _place_closes(text, spans, end):  # "Viện X TP Hồ Chí Minh [hỗ trợ] Kiên Giang": a verb
            end += 1  # "Bệnh viện Bệnh [nhiệt đới] Trung ương", "Trường THPT [chuyên] Lê Hồng Phong"
            words += 1
            continue
        fields_only = capitals and fields == capitals  # "Cục [Quản lý Đăng ký] kinh doanh": sentence case, capitalized
        # A legal form is no word of the own name: "Công ty TNHH MTV [Dịch vụ] khảo sát …" is in sentence case.
        run = _lower_run(text, spans, end, 1 if fields_only else capitals - forms, joined, fields - 1 if fields_only else 0,
                         unit_head and not joined and fields == capitals)  # "Viện Mercator [nghiên cứu] về": a field
        if run == 0:
            break
        end += run  # "Trung tâm Dự báo nguồn nhân lực và Thông tin thị trường lao động"
        words += run
        if text[spans[end - 1][0]:spans[end - 1][1]] == "và":
            capitals = forms = 0  # each side of "và" is written in sentence case
            joined = True
    numbered = end < len(spans) and text[spans[end][0]].isdigit()  # "Bệnh viện X [cơ sở] 2": a campus, no level
    while end > index and text[spans[end - 1][0]:spans[end - 1][1]] in connectors \
            and (numbered or text[spans[end - 1][0]:spans[end - 1][1]] not in _field_words()):
        end -= 1  # "Công ty giấy A.F.C [-] Ảnh: …": a name never ends with a connector, but with a level ("Cục Văn
        # hóa cơ sở")
    return end if capitals else index  # field words alone are a common noun ("Trung tâm dịch vụ")


def _line_of_business(text: str, spans: list[tuple[int, int]], index: int) -> int:
    """How many lower-case tokens from ``index`` name a company's line of business between its legal form and its
    own name ("Công ty cổ phần [xe khách] Phương Trang", "Công ty TNHH [giày da] Thành Công"): one or two words of
    letters that are no stop word and no verb ending a name, right after a legal form, with a capitalized word
    opening no other thing after them; 0 if there are none."""
    if not legal_form_before(text, spans[index][0]):
        return 0
    for size in (1, 2):
        if index + size >= len(spans):
            return 0
        word = text[spans[index + size - 1][0]:spans[index + size - 1][1]]
        if not (word.replace(" ", "").isalpha() and word.islower()) or word in stop_words() or word in _name_verbs() \
                or word in place_kinds() or text[spans[index + size - 1][1]:spans[index + size][0]] != " ":
            return 0
        following = text[spans[index + size][0]:spans[index + size][1]]
        if following[:1].isupper() and _is_name_word(following) and not _opens_other(text, spans[index + size]):
            return size
    return 0


def _spread_connector(text: str, spans: list[tuple[int, int]], at: int) -> int:
    """How many words from token ``at`` on a connector of several words of the segmenter's spans (name_connectors.tsv:
    "trách nhiệm | hữu hạn") when a name or a legal form goes on after it; 0 if none does."""
    for connector in _spread_connectors():
        end = spans[at][0] + len(connector)
        if not text.startswith(connector, spans[at][0]):
            continue
        last = next((k for k in range(at + 1, min(len(spans), at + len(connector.split()))) if spans[k][1] == end), None)
        if last is None or last + 1 >= len(spans):
            continue
        following = text[spans[last + 1][0]:spans[last + 1][1]]
        if following[:1].isupper() or _spread_connector(text, spans, last + 1):
            return last + 1 - at  # then the name, or another form ("… hữu hạn [một thành viên] X")
    return 0


@lru_cache(maxsize=1)
def _spread_connectors() -> tuple[str, ...]:
    """The connectors of several words, longest first."""
    return tuple(sorted((word for word in _connectors() if " " in word), key=len, reverse=True))


def _levels_joined(text: str, spans: list[tuple[int, int]], index: int, at: int) -> bool:
    """Whether "và" at token ``at`` joins two levels of one school ("Trường Tiểu học [và] THCS X", "Trường THCS [và]
    THPT Y"): the name read so far and the word after "và" only say what kind of school it is (type_words.tsv), and
    the school's own name follows (not "các trường Tiểu học và THCS trên địa bàn")."""
    kinds = _school_kinds()
    own = text[spans[at + 2][0]:spans[at + 2][1]] if at + 2 < len(spans) else ""
    return fold_for_matching(text[spans[at + 1][0]:spans[at + 1][1]]) in kinds \
        and all(fold_for_matching(text[a:b]) in kinds for a, b in spans[index:at]) \
        and _is_name_word(own) and own[:1].isalnum() and fold_for_matching(own) not in kinds  # then the school's own name


@lru_cache(maxsize=1)
def _school_kinds() -> frozenset[str]:
    """The words of type_words.tsv: kinds of school and of body, without the heads and legal forms."""
    return frozenset(fold_for_matching(word) for word in read_words("orgs/type_words.tsv"))


def _second_field(text: str, spans: list[tuple[int, int]], at: int) -> bool:
    """Whether a programme's or document's noun at token ``at`` is a field after a dash inside a name
    ("Phòng Tài chính - [Kế hoạch] huyện X"): a field word (field_words.tsv) with a kind of place, a
    punctuation mark or the end after it, not a document's number ("Kế hoạch 199/KH")."""
    if at == 0 or text[spans[at - 1][0]:spans[at - 1][1]] not in "-–" \
            or text[spans[at][0]:spans[at][1]].lower() not in _field_words():
        return False
    following = text[spans[at + 1][0]:spans[at + 1][1]] if at + 1 < len(spans) else ""
    return not following or not following[0].isalnum() or following in place_kinds() or following in _place_words()


def _country_at(text: str, token: tuple[int, int]) -> bool:
    """Whether a country's name, and no longer name, starts at the token ``token`` ("– [Cộng hòa Liên
    bang Đức]", not "[Anh] Tuấn"); it holds the whole token at least, so no word the segmenter made of
    a country's syllable and another is one ("- [Pháp luật]")."""
    names, longest = countries()
    position = token[0]
    words = text[position:position + 60].split(" ")
    for size in range(min(longest, len(words)), 0, -1):
        if fold_for_matching(" ".join(words[:size]).rstrip(".,;:)")) in names \
                and position + len(" ".join(words[:size])) >= token[1]:
            following = words[size] if size < len(words) else ""
            return " ".join(words[:size])[-1:].isalpha() is False or not following[:1].isupper()
    return False


@lru_cache(maxsize=1)
def _pairing_countries() -> frozenset[str]:
    """Folded forms a bilateral name pairs across a dash: countries, the home country, short forms."""
    return countries()[0] | home_country_forms() \
        | frozenset(fold_for_matching(form) for form in read_words("orgs/bilateral_forms.tsv", "form"))


def _country_before(text: str, dash: int) -> bool:
    """Whether the words right before the dash at ``dash`` end in a country, so that a country after it
    pairs with it inside one name ("Bệnh viện Việt Nam - Thụy Điển", "Trường Đại học Việt - Đức")."""
    words = text[max(0, dash - 40):dash].split()
    pairing = _pairing_countries()
    return any(fold_for_matching(" ".join(words[-size:])) in pairing for size in range(1, min(4, len(words)) + 1))


@lru_cache(maxsize=1)
def _zone_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(read_words('orgs/zone_words.tsv'))})(?!\w)", re.IGNORECASE)


def _zone_after_dash(text: str, name_start: int, after: int) -> bool:
    """Whether a zone opens the word after a dash in a name (zone_words.tsv: "Công ty X - [Khu công nghệ cao]"),
    where the company is, while the name before the dash holds no zone it would pair with."""
    return _zone_pattern().match(text, after) is not None and _zone_pattern().search(text, name_start, after) is None


def _acronym_closes(text: str, span: tuple[int, int]) -> bool:
    """Whether the token ``span`` is an acronym that closes a bracket ("(Viện X - [CIEM])"): the name's
    acronym, given after a dash, no word of the name."""
    word = text[span[0]:span[1]]
    return len(word) > 1 and word.isupper() and text.startswith(")", span[1])


_SEAT_WORDS = (" tại ", " ở ")  # "Đại sứ quán Nga [tại] Washington", "đại sứ quán Trung Quốc [ở] Australia"
_SEAT_AS_NAMED = re.compile(r"[ ]ở[ ](?=\S+$|\S+ \S+$)")  # the seat word of a mission's name ends it: "tại" in full
_CLOSING = ".,;:)”\"'’!?"  # punctuation glued to the last word of a seat
_MAX_CITY_WORDS = 2  # "Moscow", "Bắc Kinh", "New Delhi": more is a name after the city ("tại Moscow [Alexei Ivanov]")


def _seat_abroad(text: str, start: int, end: int, base: OrgBase) -> int | None:
    """Where " tại <country>" (or " ở") after a mission's name ends, if a country follows at ``end``: a foreign
    one, or the home country for a foreign mission ("Đại sứ quán Úc tại Việt Nam"); or a foreign city, the
    mission's seat that tells it from the country's others ("Đại sứ quán Mỹ tại Moscow", "tổng lãnh sự quán Nga ở
    New York"). A city of Viet Nam is where a foreign mission sits, no part of its name ("Đại sứ quán Nhật Bản
    [tại Hà Nội]"); so is a city where the article names the mission with its country too ("Đại sứ quán Việt
    Nam tại Hà Lan" … "tại La Hay": one mission)."""
    country = _country_seat_end(text, end)
    if country is not None or not any(text.startswith(word, end) for word in _SEAT_WORDS):
        return country
    name = text[start:end]
    if any(_country_seat_end(text, at + len(name)) for at in occurrences(text, name)):
        return None
    seat = next(word for word in _SEAT_WORDS if text.startswith(word, end))
    return _foreign_city_end(text[end + len(seat):end + len(seat) + 60].split("\n", 1)[0].split(" "), end + len(seat), base)


_BEFORE_ACRONYM = re.compile(r"(?:[ ][a-zđà-ỹ][a-zđà-ỹ\-]*){1,3}(?:[ ][A-ZĐ][a-zđà-ỹ]+)?(?=[ ]\((?P<acronym>[A-ZĐ][A-ZĐ&]{1,8})\))")


def _lower_case_words_before_acronym(text: str, end: int, base: OrgBase) -> int | None:
    """Where a name read up to ``end`` goes on over lower-case words (and a place) written before the acronym
    it defines: a translated name in sentence case ("Liên đoàn Lực lượng [công nhân] (FO)", "Liên minh Bolivar
    [cho châu Mỹ] (ALBA)"). None when no acronym closes them, or a place's or a known body's does."""
    match = _BEFORE_ACRONYM.match(text, end)
    if match is None or base.province(match.group("acronym")) is not None or base.lookup(match.group("acronym")) is not None:
        return None
    words = match.group().split()
    if any(word in stop_words() or word in _name_verbs() for word in words) \
            or any(" ".join(words[i:i + 2]) in _name_verbs() for i in range(len(words) - 1)):
        return None  # "Sở Y tế [cho biết] (PV)": a verb or a function word, no word of a name
    return match.end()


def _country_seat_end(text: str, end: int) -> int | None:
    """Where " tại <country>" (or " ở") at ``end`` ends, the country followed by no other capitalized word."""
    seat = next((word for word in _SEAT_WORDS if text.startswith(word, end)), None)
    if seat is None:
        return None
    start = end + len(seat)
    names, longest = countries()
    words = text[start:start + 60].split("\n", 1)[0].split(" ")  # a headline's line ends its name
    for size in range(min(longest, len(words)), 0, -1):
        country = " ".join(words[:size]).rstrip(_CLOSING)
        folded = fold_for_matching(country)
        if (folded in names or folded in home_country_forms()) \
                and (size == len(words) or not words[size][:1].isupper() or country != " ".join(words[:size])):
            return start + len(country)
    return None


def _foreign_city_end(words: list[str], start: int, base: OrgBase) -> int | None:
    """Where a foreign city's name written from ``start`` (its ``words``) ends: capitalized words, no more than
    a city's, closed by punctuation, a lower-case word or the line's end; None for a province or a kind of place
    of Viet Nam, or a run of capitalized words too long for a city (a person's name after it)."""
    size, closed = 0, False
    while size < len(words) and words[size][:1].isupper() and not closed:
        closed = words[size] != words[size].rstrip(_CLOSING)  # "Moscow[,] Nga": the comma closes the city
        size += 1
    if not size or size > _MAX_CITY_WORDS or not closed and size < len(words) and words[size][:1].isupper():
        return None
    city = " ".join(words[:size]).rstrip(_CLOSING)
    if base.province(city) is not None or city.split(" ")[0].lower() in place_kinds() or city.split(" ")[0] in place_kinds():
        return None
    return start + len(city)


@lru_cache(maxsize=1)
def _named_parents() -> dict[str, tuple[str, ...]]:
    """Committee heads and the parent bodies they carry in their name after "của" (orgs/named_parents.tsv)."""
    parents: dict[str, tuple[str, ...]] = {}
    for row in read_table("orgs/named_parents.tsv"):
        parents[row["head"].lower()] = parents.get(row["head"].lower(), ()) + (f" của {row['parent']}",)
    return parents


def _named_parent_after(text: str, head: str, end: int) -> int | None:
    """Where " của <parent>" after a committee's name ends ("Ủy ban Kinh tế [của Quốc hội]"), with a country
    after the parent ("… của Quốc hội Lào"); None where another capitalized name follows the parent (its
    member's or another body's) or no listed parent does."""
    for parent in _named_parents().get(head.lower(), ()):
        if not text.startswith(parent, end):
            continue
        close = end + len(parent)
        if close < len(text) and (text[close].isalnum() or text[close] in "-–"):
            return None  # "của Quốc hội[khóa]" glued, or the parent goes on
        words = text[close + 1:close + 60].split(" ") if text.startswith(" ", close) else []
        if words and words[0][:1].isupper():
            names, longest = countries()
            for size in range(min(longest, len(words)), 0, -1):
                country = " ".join(words[:size]).rstrip(".,;:)")
                if fold_for_matching(country) in names:
                    return close + 1 + len(country)
            return None  # "của Quốc hội Trần Văn A": a name after the parent
        return close
    return None


@lru_cache(maxsize=1)
def _person_name_shape() -> tuple[frozenset[str], frozenset[str]]:
    """Family names (folded), and the folded capitalized sequences that begin with one but name a place."""
    surnames = frozenset(fold_for_matching(s) for s in read_words("persons/surnames.tsv", "surname"))
    # Places (after a head "Hồ Chí Minh" is the city's) and eponyms ("Trường THPT Lê Hồng Phong") stay in the name.
    places = frozenset(fold_for_matching(row["name"]) for row in read_table("persons/not_person_names.tsv")
                       if row["kind"] in ("place", "year", "person_place"))
    eponyms = frozenset(fold_for_matching(name) for name in read_words("persons/eponyms.tsv", "name"))
    return surnames, places | eponyms


@lru_cache(maxsize=1)
def _middle_names() -> frozenset[str]:
    """Middle names after which the word before is a family name (persons/middle_names.tsv), folded."""
    return frozenset(fold_for_matching(name) for name in read_words("persons/middle_names.tsv", "middle"))


@lru_cache(maxsize=1)
def _type_words() -> frozenset[str]:
    """Words that say what kind of body a name is, not which: heads and company forms ("Đại học", "TNHH")."""
    words = {fold_for_matching(head) for head, _ in _heads()} | {fold_for_matching(w) for w in _connectors()}
    return frozenset(words | {fold_for_matching(w) for w in read_words("orgs/type_words.tsv")})


def _before_person(text: str, spans: list[tuple[int, int]], after: int, stop: int) -> int | None:
    """Where a name read after a head ends when a person's full name closes it ("Công đoàn
    Công Thương Việt Nam [Trần Quang Huy]", "Bệnh viện X [PGS.TS Nguyễn Văn Y]"): before the
    last three or four capitalized syllables that begin with a family name (a verb glued to
    them may follow, "Doan dự"), and before the degrees and dashes in front of them, once a
    word that names the body (not only says its kind: "Trường Đại học [Nguyễn Tất Thành]")
    stands before them. Places and eponyms ("Trường THPT Lê Hồng Phong") stay in the name."""
    surnames, places = _person_name_shape()
    spans = spans[:after] + _capitalized_syllables(text, spans[after:stop])
    stop = len(spans)
    for k in range(after + 1, stop):
        rest = text[spans[k][0]:spans[stop - 1][1]].split()
        size = 0  # the capitalized words the rest begins with (a name is at most eight words: k takes few values)
        while size < len(rest) and _is_name_word(rest[size]) and rest[size][0].isalpha():
            size += 1
        tail = rest[size:]
        if not 3 <= size <= 4 or len(tail) > 2 or not all(w.isalpha() and w.islower() for w in tail):
            continue
        name = [fold_for_matching(w) for w in rest[:size]]
        if (name[0] not in surnames and name[1] not in _middle_names()) \
                or any(" ".join(name[:n]) in places for n in range(2, size + 1)):
            continue  # a family name no list holds opens a name before "Văn"/"Thị" ("Sở Y tế Cam Văn Lâm")
        before = fold_for_matching(text[spans[after][0]:spans[k - 1][1]])
        if before in _type_words() or all(word in _type_words() for word in before.split()):
            break
        while k - 1 > after and (text[spans[k - 1][0]:spans[k - 1][1]].islower()
                                 and text[spans[k - 1][0]:spans[k - 1][1]] not in _connectors()
                                 and text[spans[k - 1][0]:spans[k - 1][1]] not in place_kinds()
                                 and _field_words().get(text[spans[k - 1][0]:spans[k - 1][1]]) not in ("noun", "level")):
            k -= 1  # "Công ty X [yêu cầu] Lý Văn Y": a verb, no word of the name; a kind of place stays,
            # the body is the article's place's ("Giám đốc Sở Y tế [tỉnh] Lê Văn Y", relative.tsv), and so
            # does a field no verb writes ("Cục Chống [tham nhũng] Phạm Văn Y")
        start, end = spans[after][0], spans[k - 1][1]
        words = text[start:end].split(" ")
        while len(words) > 1 and _is_degree_or_dash(words[-1]):
            end -= len(words.pop()) + 1  # "Bệnh viện K [PGS.TS] Nguyễn Văn Y", "Tập đoàn X [-] Phạm Văn Y"
        return end
    return None


_FOREIGN_NAME_WORDS = (3, 2)  # the words of a foreign officer's name after a body's, the longest first


def _before_foreign_officer(text: str, spans: list[tuple[int, int]], after: int, stop: int, kind: str,
                            base: OrgBase) -> int | None:
    """Where a name read after a head ends when a foreign person's name closes it ("Bộ Thống nhất Hàn Quốc [Lee
    Eugene]", "Hội đồng Hiến pháp [Laurent Fabius]"): before two or three words no Vietnamese name is made of,
    written after a country, or after Vietnamese words only when the body bears no one's name (a state's or
    an association's body, not "Viện Tiến hóa Max Planck"). A workplace keeps its foreign name ("Công ty Mỹ
    Kryptos Logic", "Đại học Johns Hopkins"), unless its own name and then a country, the home one too, stand
    before the officer's ("Công ty Honda Việt Nam [Toshio Kuwahara]"), or its own foreign name does and a common
    given name opens the officer's ("Đại học Harvard [Larry Bacow]")."""
    workplace = kind in _WORKPLACE_KINDS
    start = spans[after][0]
    words = text[start:spans[stop - 1][1]].split(" ")
    glued = text[spans[stop - 1][0]:spans[stop - 1][1]].split(" ")
    while len(glued) > 1 and glued[-1].isalpha() and glued[-1].islower() and glued[0][:1].isupper():
        glued.pop()  # "Maksim Oreshkin [nhân]": a word after the name the segmenter glued to its last word
        words.pop()
    names, longest = countries()
    for size in _FOREIGN_NAME_WORDS:
        tail = words[-size:]
        if len(words) <= size or any(word.isupper() or not word[:1].isupper() for word in tail) \
                or words[-size - 1] in place_kinds() or base.province(" ".join(tail)) is not None \
                or not strongly_foreign(tail):
            continue  # a place ("tỉnh Đắk Lắk", "Sở X Đắk Lắk"), or a short form in capitals ("TP HCM", "(ATGT) TP.HCM")
        folded = [fold_for_matching(word) for word in words]
        if any(" ".join(folded[-size:][first:first + n]) in names for first in range(size) for n in range(1, longest + 1)):
            continue  # "Bộ Văn hóa và Thể thao [Israel] Miri Regev": the country is the body's, the name shorter
        before = words[:-size]
        folded = folded[:-size]
        if workplace:
            country = next((n for n in range(1, min(longest, len(folded) - 1) + 1)
                            if " ".join(folded[-n:]) in names | home_country_forms()), 0)
            if country and before[-country][:1].isupper():
                return start + len(" ".join(before))
            if given_name_led(tail) and all(word[:1].isupper() and not _vietnamese_words(word) for word in before):
                return start + len(" ".join(before))  # "Đại học Harvard [Larry Bacow]", "Apple [Tim Cook]": a
                # foreign name of its own, then one a given name opens
            continue
        after_country = any(" ".join(folded[-n:]) in names for n in range(1, min(longest, len(folded)) + 1))
        # An acronym may end the body before a name a given name opens: "Ủy ban Đạo đức FIFA [Michael Garcia]".
        if after_country or kind not in _EPONYM_KINDS and all(
                _vietnamese_words(word) or word.isupper() and given_name_led(tail) for word in before):
            return start + len(" ".join(before))
    return None


def _capitalized_syllables(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tokens, a capitalized token that is no word of the segmenter's dictionary but begins with
    one of two syllables or more split after that word, and its syllables after it: the segmenter glues
    a place's name to the family name after it ("huyện [Thường Xuân Cầm] Bá Thể"); a word it knows
    stays whole ("Bệnh viện [Nhi Đồng]", "[Bạch Mai]")."""
    known = known_words()
    parts = []
    for start, end in spans:
        syllables = text[start:end].split(" ")
        lowered = [s.lower() for s in syllables]
        first = next((n for n in range(len(syllables) - 1, 1, -1) if " ".join(lowered[:n]) in known), 0)
        if not first or " ".join(lowered) in known or not all(s[:1].isupper() for s in syllables):
            parts.append((start, end))
            continue
        parts.append((start, start + len(" ".join(syllables[:first]))))
        start = parts[-1][1] + 1
        for syllable in syllables[first:]:
            parts.append((start, start + len(syllable)))
            start += len(syllable) + 1
    return parts


@lru_cache(maxsize=1)
def _degrees() -> frozenset[str]:
    return frozenset(fold_for_matching(row["word"]) for row in read_table("persons/honorifics.tsv"))


_EPONYM_KINDS = frozenset({"company", "school", "hospital", "institute", "fund", "media"})  # may bear a person's name


def _person_first(text: str, spans: list[tuple[int, int]], after: int, stop: int) -> bool:
    """Whether the words read after a head begin with a person's full name (a family name and two
    or three more capitalized syllables, no place or eponym): a body of the state, the Party or a
    union is not named after a person, so the head stands alone before its officer's name."""
    surnames, places = _person_name_shape()
    words = text[spans[after][0]:spans[stop - 1][1]].split()
    size = 0
    while size < len(words) and size < 4 and _is_name_word(words[size]) and words[size][0].isalpha():
        size += 1
    folded = [fold_for_matching(w) for w in words[:size]]
    return 3 <= size and folded[0] in surnames and not any(" ".join(folded[:n]) in places for n in range(2, size + 1))


def _first_capitalized(text: str, spans: list[tuple[int, int]], after: int, stop: int) -> int:
    """Where the words read after a head begin, past the lower-case fields before them ("ôtô [Nhật Bản]"); a
    level word among them makes them part of one body's name ("Tập đoàn đóng tàu quốc gia Trung Quốc")."""
    for k in range(after, stop):
        word = text[spans[k][0]:spans[k][1]]
        if word[:1].isupper():
            return spans[k][0]
        if _field_words().get(word) == "level":
            break
    return spans[after][0]


def _is_degree_or_dash(word: str) -> bool:
    """A form of address, degree or rank written before a name ("TS.", "PGS.TS", "Ca sĩ"), or a dash."""
    folded = fold_for_matching(word).strip(".")
    return folded in _degrees() or all(ch in "-–—" for ch in folded)


def _without_function_word_tail(text: str, last: tuple[int, int], head_end: int) -> int:
    """Where a name ends whose last word underthesea glued to a function word after it
    ("Đại [Nghĩa là]" = "nghĩa là"): before the lower-case function words, which no name
    ends with ("Thoát nước" keeps its "nước")."""
    start, end = last
    syllables = text[start:end].split(" ")
    if len(syllables) > 1 and f"{syllables[-2].lower()} {syllables[-1]}" in _field_words():
        return end  # "Cảng Hàng [không]": a field written capitalized on its first syllable only ends the name
    while len(syllables) > 1 and syllables[-1] in stop_words() and end - len(syllables[-1]) - 1 > head_end:
        end -= len(syllables.pop()) + 1
    if len(syllables) > 1 and syllables[-1] in _sentence_openers() and text[end + 1:end + 2].isdigit():
        return end - len(syllables[-1]) - 1  # "Phù Mỹ [Ngày] 26.6": the date opening the next sentence, glued on
    capitalized = next((i for i, syllable in enumerate(syllables) if not syllable[:1].isupper()), len(syllables))
    if capitalized >= 2 and start > head_end:  # "Can Lộc [kí]": a verb glued to a place of two syllables
        end = start + len(" ".join(syllables[:capitalized]))
    return end


def _ends_generic_phrase(text: str, start: int, head_end: int, generic: frozenset[str]) -> bool:
    """Whether the head at ``start`` ends a generic phrase begun by the words before it
    ("các cấp công đoàn", "công đoàn cấp trên")."""
    before = text[max(text.rfind("\n", 0, start) + 1, start - _GENERIC_REACH):start].split()
    head = expand_abbreviations(text[start:head_end], load_orgbase().abbreviations)  # "các cấp CĐ"
    return any(fold_for_matching(" ".join(before[-size:]) + " " + head) in generic
               for size in range(1, min(3, len(before)) + 1))


def _is_generic(folded: str, generic: frozenset[str]) -> bool:
    """A generic group or an internal organ, alone or heading the name ("Ban Thường vụ LĐLĐ …"); a
    bare head is generic alone only, a committee (committees.tsv) unless a body's name follows.

    A generic form followed by a named workplace is that workplace's body ("Công đoàn cơ
    sở Công ty …"), not a generic group.
    """
    if folded in generic:
        return True
    if any(folded.startswith(organ) and folded[len(organ):].startswith(_party_committee_heads()) for organ in _party_organs()):
        return False  # "Ủy ban Kiểm tra Tỉnh ủy X": a Party committee's inspection committee is a body (party_organs.tsv)
    workplaces = tuple(fold_for_matching(head) + " " for head, kind in _heads() if kind in _WORKPLACE_KINDS)
    unions = tuple(fold_for_matching(head) for head, kind in _heads() if kind == "union")
    if any(folded.startswith(form + " ") and not (form.startswith(unions) and folded[len(form) + 1:].startswith(workplaces))
           and not any(head.startswith(form + " ") and folded.startswith(head) for head in _association_heads())
           for form in _organ_prefixes(generic)):
        return True  # "Ban Thường vụ Tỉnh ủy X", "Hội đồng quản trị Công ty X", not "Công đoàn cơ sở Công ty X", nor
        # "Khối thi đua X" (a head of its own that opens with the generic "Khối")
    for form in _committees():
        rest = folded[len(form) + 1:]
        if folded == form or folded.startswith(form + " ") and (
                not _names_a_body(rest) or rest.startswith(tuple(fold_for_matching(head) for head in _MEDIA_HEADS))):
            return True  # "Ban Tổ chức [hội thi]", not "Ban Tổ chức Tỉnh ủy X"; "Ban Biên tập Tạp chí X": the
            # magazine's own board, an internal organ (NOTES 15)
    return False


@lru_cache(maxsize=1)
def _party_organs() -> tuple[str, ...]:
    """The organs a Party committee has as bodies (party_organs.tsv), folded, each with the space after it."""
    return tuple(fold_for_matching(word) + " " for word in read_words("orgs/party_organs.tsv"))


@lru_cache(maxsize=1)
def _party_committee_heads() -> tuple[str, ...]:
    """The heads of a Party committee's name (pattern_heads.tsv, kind party), folded."""
    return tuple(fold_for_matching(head) for head, kind in _heads() if kind == "party")


def _names_a_body(folded: str) -> bool:
    """Whether a (folded) name begins with a body: a head that is no part of a compound word ("phòng
    chống"), a known name or a relative form ("tỉnh ủy")."""
    for head, _ in _heads():
        head = fold_for_matching(head)
        if folded.startswith(head + " "):
            following = _FIRST_KEY.match(folded, len(head) + 1)
            compound = f"{head} {following.group()}" if following else head
            return compound not in _compound_words()
    return bool(load_orgbase().lookup(folded) or _relative_form().match(folded))


@lru_cache(maxsize=1)
def _committees() -> frozenset[str]:
    return frozenset(fold_for_matching(word) for word in read_words("orgs/committees.tsv"))


@lru_cache(maxsize=1)
def _association_heads() -> tuple[str, ...]:
    """The heads of associations and blocs (pattern_heads.tsv), folded, each with the space after it: one may open
    with a word that alone is generic ("Khối thi đua" and "Khối")."""
    return tuple(fold_for_matching(head) + " " for head, kind in _heads() if kind == "association")


@lru_cache(maxsize=4)
def _organ_prefixes(generic: frozenset[str]) -> frozenset[str]:
    """The generic forms that stay generic with a name after them: a bare head alone only points
    back ("Sở", "CĐ", NOTES.md item 3), but followed by a name it names a body ("Sở Xây dựng"). A Party
    organ that is a head too ("UBKT") stays generic before any other name ("UBKT Tổng LĐLĐ": a union's organ,
    NOTES.md item 15); before a Party committee's name _is_generic has already taken it as a body."""
    organs = {organ.strip() for organ in _party_organs()}
    return generic - {fold_for_matching(head) for head, _ in _heads()} - organs | organs & generic


_WORKPLACE_KINDS = frozenset({"company", "school", "hospital"})
# Heads written in lower case before a capitalized name by news usage: a workplace's ("công ty TNHH X"),
# a newspaper's ("phóng viên báo Người Đưa Tin"); others in lower case are common nouns unless after a title.
_LOWER_CASE_KINDS = _WORKPLACE_KINDS | {"media"}
_MISSION_KINDS = frozenset({"mission", "embassy"})  # a mission abroad named with its seat; an embassy in lower case
# too ("đại sứ quán Nga ở Washington"): the country after it is which embassy, not what kind of body
# A union's or a Party organ's head in lower case names the body of the body or place after it (NOTES 29: "công
# đoàn Công ty X", "chi bộ Trường THCS Y", "đảng ủy xã Z"); before other capitalized words only when they are
# named up to a place, as a state agency's ("công đoàn Viên chức tỉnh X").
_ORGAN_KINDS = frozenset({"union", "party", "mass_org", "association"})
_PLACED_KINDS = _ORGAN_KINDS | {"agency"}
_GENERIC_REACH = 40  # characters before a head searched for the start of a generic phrase


def _title_ends_inside(text: str, start: int, head: str) -> bool:
    """Whether a title ends with the first word of a head of several words at ``start`` and not with the head: the
    head names a body of its own, written in lower case after the title ("Trưởng [ban] quản lý Khu du lịch X")."""
    return " " in head and _ends_a_title_token(text, start + head.index(" ")) \
        and not _ends_a_title_token(text, start + len(head))


def _ends_a_title_token(text: str, end: int) -> bool:
    """Whether a head that ends at ``end`` is the last word of a title ("Trưởng [ban] Quản lý các KCN …",
    "Trưởng [Phòng] GD&ĐT …", "Chánh [thanh tra] Bộ X", whichever way the segmenter cut them): the
    body's name starts at that head."""
    words = text[max(0, end - 40):end].split()
    if not words or fold_for_matching(words[-1]) not in _title_last_words():
        return False  # no title ends with this word: most heads are read here
    return any(fold_for_matching(" ".join(words[-size:])) in titles() for size in range(2, min(4, len(words)) + 1))


@lru_cache(maxsize=1)
def _title_last_words() -> frozenset[str]:
    """The last words of the titles of the lexicon (folded): a quick test before joining words to look a title up."""
    return frozenset(title.rsplit(" ", 1)[-1] for title in titles())


def _verb_glued_to_name(text: str, start: int, end: int) -> int | None:
    """Where a token of capitalized syllables ends whose last syllables underthesea took from the
    verb after it ("Hoàng Long thưởng", "Tiến tặng quà"): before the lower-case syllables, unless
    the token, or its last capitalized syllable with the next ones, is a word of the segmenter's
    dictionary written in sentence case ("Ban Chấp hành", "Bộ Tài chính")."""
    syllables = text[start:end].split(" ")
    capitals = next((i for i, syllable in enumerate(syllables) if not syllable[:1].isupper()), len(syllables))
    lower = [syllable.lower() for syllable in syllables]
    words = known_words()
    if 0 < capitals < len(syllables) and " ".join(syllables[capitals:]) in _name_verbs() \
            and " ".join(lower[capitals - 1:]) not in words:
        return start + len(" ".join(syllables[:capitals]))  # "Vingroup | kiêm": a listed verb, not "Giải thưởng"
    if capitals == 1 and len(syllables) == 3 and words and syllables[2].isalpha() and syllables[2].islower() \
            and text[end + 1:end + 2].islower() and " ".join(lower) not in words \
            and " ".join(lower[:2]) in words and " ".join(lower[1:]) in words:
        return start + len(" ".join(syllables[:2]))  # "Xã hội | đồng chủ trì": a field in sentence case whose
        # last syllable makes another word with the next one ("hội đồng"), the first of a lower-case verb
    if capitals == 1 < len(syllables) and len(syllables[0]) > 1 and syllables[0].isupper() and syllables[1].isalpha() \
            and " ".join(syllables[1:]) not in _field_words() and syllables[1] not in _field_words() \
            and syllables[1] not in place_kinds() and syllables[1] not in _connectors() \
            and syllables[0] not in load_orgbase().abbreviations:
        return start + len(syllables[0])  # "BSR | vinh dự", "QLĐB | tước": a word glued to an acronym, which no
        # field written in sentence case is; not a field or a place after it ("UBND tỉnh", "TAND tối cao"), nor after
        # a head or a legal form written short, whose name goes on ("CĐCS khối Giáo dục", "Công ty CP sứ Bát Tràng")
    if capitals < 2 or capitals == len(syllables) or not syllables[capitals][:1].isalpha():
        return None  # one capitalized syllable: a field in sentence case as often ("Văn hóa", "Dệt may")
    if not words or " ".join(lower) in words or " ".join(lower[capitals - 1:capitals + 1]) in words \
            or " ".join(lower[capitals - 1:]) in words:
        return None
    return start + len(" ".join(syllables[:capitals]))


def _split_glued_heads(text: str, spans: list[tuple[int, int]], capitalized: list[int], head_words: list[re.Match[str]]
                       ) -> tuple[list[tuple[int, int]], frozenset[int]]:
    """Tokens cut where a head that starts a token ends inside a later one, so that the name after
    the head is read as after any other ("CĐ Meiko", "Hội đồng bình | chọn", "Đảng | ủy khối"), and
    after a "và" glued to the name word after it ("và Công nghệ"), and after fields written short glued
    to the lower-case word after them ("GD&ĐT | rút kinh nghiệm"). ``head_words``: the matches of
    ``_head_word_pattern`` in ``text``."""
    starts = [start for start, _ in spans]
    cuts: set[int] = set()
    glued_tails: set[int] = set()
    heads = _opening_heads_by_first_word()
    for word in head_words:
        index = bisect.bisect_left(starts, word.start())
        if index == len(starts) or starts[index] != word.start() or not _opens_a_body(text, spans, index):
            continue
        for head, _ in heads.get(word.group().lower(), ()):
            end = word.start() + len(head)
            if text[word.start():end].lower() != head.lower() or not text.startswith(" ", end):
                continue
            if " " not in head and not head.isupper() and text[end + 1:end + 2].islower():
                break  # "Báo chí", "Phòng vệ": a one-syllable head word begins many a word
            token_end = spans[bisect.bisect_right(starts, end) - 1][1]
            if " " not in head and not head.isupper() and text[end + 1:end + 2].isupper() \
                    and " " not in text[end + 1:token_end] and not text[end + 1:token_end].isupper() \
                    and text[end + 2:token_end].islower() and not _field_goes_on(text, end + 1):
                break  # "Đài Loan", "Hội An": a one-syllable head word begins many a two-syllable place name; a
                # brand with a capital inside begins none ("Quỹ VinFuture"), nor does a head whose field goes on
                # after the second syllable ("Hội Người | cao tuổi")
            inside = bisect.bisect_right(starts, end) - 1
            if starts[inside] < end < spans[inside][1]:
                cuts.add(end)
            break
    for index in capitalized:  # "và Công nghệ": the segmenter glued a joiner to the next name word
        start, end = spans[index]
        if text.find(" ", start, end) < 0:
            continue  # every cut below falls inside a word of two syllables or more, next to a capital
        if text.startswith("và ", start) and end > start + 4 and text[start + 3].isupper():
            cuts.add(start + 2)
        if text.endswith(" và", start, end) and text[start].isupper():
            cuts.add(end - 3)  # "Thương binh và | Xã hội": the joiner glued to the name word before it
        if text[start].isupper() and (kind := _glued_place_kind().search(text, start, end)) and kind.end() == end:
            cuts.add(kind.start())  # "Kinh tế | thị xã": a kind of place glued to the field before it
        if text[start].islower() and (capital := _FIRST_CAPITAL.search(text, start, end)) \
                and text[start:capital.start() - 1] in _field_words():
            cuts.add(capital.start() - 1)  # "Bệnh viện dã chiến | Tiên Du": a field glued to the place after it
        glued = _FIELDS_ACRONYM.match(text, start, end)  # "GD&ĐT rút": fields written short glued to a verb
        if glued and text.startswith(" ", glued.end()) and text[glued.end() + 1:glued.end() + 2].islower():
            cuts.add(glued.end())
        for term in _glued_term().finditer(text, start, end):
            if text[text.rfind(" ", start, term.start()) + 1].isupper():
                cuts.add(term.start())  # "Krông Nô | nhiệm kỳ": a term glued to the name word before it
        if text[start].isupper() and (cut := _title_glued_to_head(text, start, end)) is not None:
            cuts.add(cut)  # "Bí thư Thị ủy | Ninh Hòa": a body's head glued to the title before it
        if text[start].isupper() and (cut := _verb_glued_to_name(text, start, end)) is not None:
            cuts.add(cut)
            glued_tails.add(cut + 1)
    if not cuts:
        return spans, frozenset()
    inside: dict[int, list[int]] = {}  # token index -> the cuts inside it (few tokens have any)
    for cut in cuts:
        index = bisect.bisect_right(starts, cut) - 1
        if index >= 0 and starts[index] < cut < spans[index][1]:
            inside.setdefault(index, []).append(cut)
    split = []
    done = 0
    for index in sorted(inside):
        start, end = spans[index]
        if " " not in text[start:end]:
            continue
        split.extend(spans[done:index])
        for cut in sorted(inside[index]):
            split.append((start, cut))
            start = cut + 1
        split.append((start, end))
        done = index + 1
    split.extend(spans[done:])
    return split, frozenset(glued_tails)


def _title_glued_to_head(text: str, start: int, end: int) -> int | None:
    """Where a capitalized head of two syllables or more that ends the token [start, end) begins, when what
    comes before it in the token is a title ("Bí thư Thị ủy" | "Ninh Hòa"), or a head of one syllable when the token
    is no title itself ("TGĐ | Cty Thép …"; "Trưởng Ban" stays whole): the space to cut at."""
    words = text[start:end].split(" ")
    for size in range(1, min(4, len(words) - 1) + 1):
        head = " ".join(words[-size:])
        if head[:1].isupper() and any(h == head for h, _ in _heads_by_first_word().get(words[-size].lower(), ())) \
                and fold_for_matching(" ".join(words[:-size])) in titles():
            if size == 1 and fold_for_matching(text[start:end]) in titles():
                continue  # "Trưởng Ban": a title of its own, whose last word is no head cut off it
            return end - len(head) - 1
    return None


def _glued_after_lower(text: str, start: int, token_starts: list[int]) -> bool:
    """Whether a capitalized head at ``start`` is glued to the lower-case word before it, which
    opens its token ("giao | Phòng Nội vụ huyện …", "chuyên | Đại học Khoa học Tự nhiên")."""
    token_start = token_starts[bisect.bisect_right(token_starts, start) - 1]
    return text[start].isupper() and text[token_start].islower() and text[start - 1] == " "


def _opens_a_body(text: str, spans: list[tuple[int, int]], index: int) -> bool:
    """Whether token ``index`` may begin a body's name: it follows no capitalized word but an office
    ("[Quỹ Dân số] Liên hiệp quốc" is inside a name, "Bí thư [Đảng ủy khối]" begins one)."""
    if index == 0:
        return True
    previous = text[spans[index - 1][0]:spans[index - 1][1]]
    if not previous[:1].isupper() or previous in _openers() or previous in _body_openers():
        return True  # "Theo [Phòng Văn hóa] thông tin …", "Thay mặt [Hội …]": an opener is no word of a name
    words = text[max(0, spans[index - 1][0] - 30):spans[index - 1][1]].split()
    return any(fold_for_matching(" ".join(words[-size:])) in titles() for size in range(1, 6))  # "Phó Bí thư Thường trực" 


def _opens_body_after(text: str, start: int, head: str, kind: str) -> bool:
    """Whether a union's or a Party organ's head written in lower case at ``start`` opens a name (NOTES 29): before
    a workplace, a kind of place, another body's head or a known body ("công đoàn [Công ty] X", "chi bộ [Trường]
    THCS Y", "đảng ủy [Bộ] Chỉ huy …", "chi bộ [thôn] Z"), or after a head that ends with a word that opens a
    sector's name ("công đoàn ngành [Giáo dục] …", name_connectors.tsv)."""
    end = start + len(head)
    if not text.startswith(" ", end) or not text[end + 1:end + 2].isalpha():
        return False
    if _opens_workplace(text, end):
        return True
    capitalized = text[end + 1].isupper()
    if kind == "association":
        return False  # "liên minh [NATO]": the body itself, in apposition; an association is named up to its place
    return capitalized and (_opens_head(text, end + 1) or _known_starts_at(text, end + 1)
                            or text.startswith(_template_short_forms(), end + 1)
                            or any(head.lower().endswith(" " + word) for word in _connectors()))


def _opens_workplace(text: str, position: int) -> bool:
    """Whether a workplace's head or a kind of place follows ``position`` (after one space): a union
    head in lower case names a body then ("công đoàn [Công ty] X", "công đoàn [xã] Y")."""
    if not text.startswith(" ", position):
        return False
    first = _FIRST_KEY.match(text, position + 1)
    if first is None:
        return False
    return first.group() in _place_words() or first.group() in place_kinds() or _opens_workplace_head(text, position)


def _opens_workplace_head(text: str, position: int) -> bool:
    """Whether a workplace's head ("Công ty", "công ty TNHH") follows ``position`` after one space."""
    first = _FIRST_KEY.match(text, position + 1) if text.startswith(" ", position) else None
    return first is not None and any(kind in _WORKPLACE_KINDS and text[position + 1:position + 1 + len(head)].lower() == head.lower()
               for head, kind in _heads_by_first_word().get(first.group().lower(), ()))


def find_by_pattern(doc: Doc, base: OrgBase) -> list[OrgMention]:
    """Head word + capitalized name: organizations the base may not list.

    A workplace's head may be written in lower case ("công ty TNHH May Xuất khẩu Đại
    Nghĩa"): the capitalized name after it makes it a name, and the full name capitalizes
    the head. Other heads in lower case are common nouns ("hoạt động công đoàn Quý III").
    """
    text = text_of(doc)
    head_words = list(_head_word_pattern().finditer(text))  # read twice: the text is scanned once
    spans, glued_tails = _split_glued_heads(text, token_spans(doc), capitalized_tokens(doc), head_words)
    # A number the counts read as counting a common noun after it is no word of a name: "BV Đống Đa [10 bệnh
    # nhân]" (a capitalized word after it may be the name's: "Bệnh viện 115 Nghệ An").
    glued_tails |= {count.start for count in facts_of(doc, "counts") if count.unit[:1].islower()
                    and not _no_counted_noun(count.unit)}
    ends = {end: index for index, (_, end) in enumerate(spans)}
    token_starts = {start for start, _ in spans}
    starts_before = [start for start, _ in spans]
    found = []
    heads_by_word = _opening_heads_by_first_word()
    lowered = _lowered(text)
    for word in head_words:
        start = word.start()
        heads = heads_by_word.get(word.group().lower())
        if not heads:
            continue
        # A head the segmenter glued to the title before it, or written in lower case after one
        # ("Trưởng [phòng] GD&ĐT", "Chánh [thanh tra] Bộ X").
        # A head of several words may be written in lower case after a title that ends with its first word
        # ("Trưởng [ban quản lý] Khu du lịch X": the title "Trưởng ban", the body "Ban quản lý Khu du lịch X").
        in_title = (start not in token_starts or text[start].islower()) and any(
            start + len(head) in ends and text[start:start + len(head)].lower() == head.lower()
            and (_ends_a_title_token(text, start + len(head)) or _title_ends_inside(text, start, head)) for head, _ in heads)
        if start not in token_starts and not in_title and not _glued_after_lower(text, start, starts_before):
            continue
        if text[start].islower() and _glued_to_word_before(lowered, start):
            continue  # "Ủy viên Thường [vụ] Bộ Chính trị": the syllable ends another word (compound_before.tsv)
        lower_written = not text[start].isupper() and not in_title
        after_title: bool | None = None  # "Cục trưởng [cục] Chống tham nhũng"; read only for a head that needs it
        for head, kind in heads:
            lower = lower_written and not _rest_as_listed(text, start, head)
            if lower and kind == "embassy" and _plural_before(text, start):
                continue  # "các đại sứ quán Liên Xô": the country's embassies, no one body
            by_title = lower and kind not in _LOWER_CASE_KINDS and kind != "embassy" and not (kind in _ORGAN_KINDS and _opens_body_after(text, start, head, kind))
            if by_title and after_title is None:
                after_title = _ends_a_title_token(text, start - 1)
            # "chi cục Thú y TP. HCM", "công đoàn Viên chức tỉnh X": named up to its place
            placed_only = by_title and not after_title and kind in _PLACED_KINDS
            if by_title and not after_title and not placed_only:
                continue
            head_end = start + len(head)
            if head_end not in ends or text[start:head_end].lower() != head.lower():
                continue
            if _ends_generic_phrase(text, start, head_end, base.generic):
                break  # "các cấp Công đoàn Thủ đô": every level of the unions, no one body
            if _opens_generic(lowered, start, head_end, base) or _opens_title(text, start, head_end):
                break  # "Bộ Luật Tố tụng", "Vụ Trưởng Vụ X": the head is the first syllable of another word
            after = ends[head_end] + 1
            after += _inner_definition(text, spans, after)  # "Công đoàn (CĐ) Công ty X"
            first_word = text[spans[after][0]:spans[after][1]] if after < len(spans) else ""
            if first_word == "các" and after + 1 < len(spans) and _opens_head(text, spans[after + 1][0]) \
                    and kind != "association":
                break  # "Thanh tra [các Sở] GTVT": the bodies of a kind, no one body; an association is named by
                # the bodies it groups ("Liên hiệp các Hội Khoa học …", "Khối thi đua các Công đoàn ngành …")
            if in_title and after < len(spans) and text[spans[after][0]:spans[after][0] + len(head)].lower() == head.lower():
                break  # "Trưởng phòng [Phòng Nội vụ] …": the title's head word, then the body's own head
            if kind == "common" and _common_head_is_word(text, start, text[start:head_end] != head, spans, after):
                break  # "Tổ chức Hội nghị …" (the verb), "Trưởng ban Tổ chức …", "Cơ quan Bộ X" (its office)
            if first_word in _connectors() and first_word[:1].isalpha():
                after += 1  # "Công ty cổ phần …", "Công đoàn cơ sở …" (a name never opens with a dash)
            elif after < len(spans) and (spread := _spread_connector(text, spans, after)):
                after += spread  # "Công ty trách nhiệm hữu hạn MTV …": a legal form written out
            if lower and kind == "media" and after < len(spans) and (
                    _opens_head(text, spans[after][0]) or _known_starts_at(text, spans[after][0])
                    or text.startswith(_template_short_forms(), spans[after][0])):
                break  # "báo [Công an]": a verb before a body; "báo [VnExpress]": the known paper, by its cue
            stop = _name_after(text, spans, after, glued_tails, not lower and text[start:head_end].capitalize() in _sentence_case_heads())
            if stop <= after or (kind not in _EPONYM_KINDS or lower) and _person_first(text, spans, after, stop):
                break  # "Bí thư Thành ủy [Đinh La Thăng]": the officer's name, the body named without one
            end = _before_person(text, spans, after, stop) or _before_foreign_officer(text, spans, after, stop, kind, base) \
                or _without_function_word_tail(text, spans[stop - 1], head_end)
            if text[end - 1] == "." and end - 1 > head_end and not _INITIAL_BEFORE.match(text, end - 3, end):
                end -= 1  # the full stop glued to the last word ("Cục Thuế TP.HCM."), not an initial's ("P.K.")
            if lower and kind == "media" or kind == "mass_org":
                end = _without_lower_case_tail(text, start + len(head), end)  # "báo Sankei [dẫn]", "Chi đoàn Đại học
                # … Moscow [vô địch]": the verb glued on
            if kind in _MISSION_KINDS and (seat := _seat_abroad(text, start, end, base)):
                end = seat  # "Đại sứ quán Việt Nam [tại Cộng hòa Liên bang Đức]": where a mission sits is in its name
            if not lower and (defined := _lower_case_words_before_acronym(text, end, base)) is not None:
                end = defined  # "Liên đoàn Lực lượng [công nhân] (FO)": the name runs up to the acronym it defines
            if (parent := _named_parent_after(text, head, end)) is not None:
                end = parent  # "Ủy ban Văn hóa xã hội [của Quốc hội]": the parent is in a committee's name
            if kind == "armed" and (country := foreign_country_after(text, spans[after][0] - 1)) is not None \
                    and country < end:
                end = country  # "Không quân Mỹ [và các quốc gia]", "Hải quân Mỹ [USS Gerald R. Ford]": a country closes it
            if placed_only and not _named_up_to_place(text, spans, after, end) \
                    and not _provincial_department(text, start, head, end):
                break  # "các phòng [Khám] …", "trung tâm [thành phố]": a common noun in lower case
            surface = text[start:end]
            if head in _vietnamese_named_heads() and not all(
                    _vietnamese_words(word) for word in text[spans[after][0]:end].split() if word[:1].isupper()):
                break  # "tạp chí [Science]": a journal's foreign title, no body; "Tạp chí Mặt trận" is one
            if _ANONYMOUS_INITIAL.match(text, _first_capitalized(text, spans, after, stop)):
                break  # "công ty du lịch [G.], có trụ sở …": a body the paper leaves unnamed, its initial only
            if kind == "legislature" and fold_for_matching(text[spans[after][0]:end]) not in countries()[0]:
                break  # "Hạ viện [Nancy Pelosi]": a chamber is named by its country, a foreign name after it is a member's
            if kind in _LOWER_CASE_KINDS and fold_for_matching(text[_first_capitalized(text, spans, after, stop):end]) \
                    in countries()[0]:
                break  # "một trường đại học [Hoa Kỳ]", "các công ty [Nhật Bản]", "liên doanh ôtô [Nhật Bản]", "báo
                # [Thái Lan]": what country, not which body
            if _descriptive_only(text, spans[after:stop]) or lower and not any(
                    text[a].isalpha() and text[a].isupper() for a, _ in spans[after:stop]):
                break  # "các trường [Mầm non]", "đại học [27]%": what kind of body, not which one
            if in_title and not _title_ends_inside(text, start, head) and not _placed(text, spans[after:stop]) \
                    and not _state_fields(text, spans[after:stop]) \
                    and not kind_alone_after().match(text, spans[stop - 1][1]) and head.lower() not in _provincial_heads():
                break  # "Trưởng [phòng Tổ chức] Công ty X": a unit of a company, which the title keeps; not
                # "Trưởng phòng Nội vụ [huyện]", the body of the article's district, nor "Giám đốc [sở Nội vụ]": a
                # province's department (provincial_heads.tsv), which no company has; nor a head of several words
                # the title ends inside, a body's own ("Trưởng [ban quản lý] Khu du lịch X")
            if _plural_before(text, start) and _fields_only(text, spans[after:stop]):
                break  # "các Sở [Giao thông vận tải]", "63 Sở [Giáo dục và Đào tạo]": bodies of a kind, no one body
            if by_title and not placed_only and not (kind == "armed" and fold_for_matching(text[spans[after][0]:end])
                                                     in countries()[0]) \
                    and not all(_vietnamese_words(word) for word in text[spans[after][0]:end].split() if word[:1].isupper()):
                break  # "giám đốc [quỹ] đầu tư Bill Hwang": the officer's foreign name, no body's
            if f"{head} " in _ministry_unit_heads() and not lower and after < len(spans) \
                    and not (first := text[spans[after][0]:spans[after][1]].split(" ")[0]).isupper() \
                    and not _vietnamese_words(first):
                break  # "Vụ [Omar]", "Vụ [Neymar] khiến …": an affair named by a foreign name; a ministry's unit is
                # named by Vietnamese fields or an acronym ("Vụ Pháp chế", "Cục CSGT")
            if _descriptive_heads().get(head) == "any" and (base.lookup(text[spans[after][0]:end]) is not None
                                                            or _plural_before(text, start)):
                break  # "hãng hàng không [Vietnam Airlines]": a known body, found by itself; "các hãng [A, B và C]":
                # the bodies of a list, each named by itself (org_lists.py)
            if not _is_generic(fold_for_matching(surface), base.generic):
                paper = base.lookup(text[start + len(head) + 1:end]) if kind == "media" else None
                if paper is not None and base.orgs[paper].level == "media":  # "Báo [VNExpress]": the known paper
                    found.append(OrgMention(start, end, surface, base.orgs[paper].name, paper, "pattern"))
                    break
                name = pattern_name(text, start, end, base)
                if kind in _MISSION_KINDS:
                    name = _SEAT_AS_NAMED.sub(" tại ", name)  # "đại sứ quán Nga ở Washington": one mission "tại"
                found.append(OrgMention(start, end, surface, name, base.lookup(surface), "pattern"))
                written = _descriptive_heads().get(head)
                if written in (("any", "lower") if lower else ("any",)) and (own := _foreign_name(
                        text, _first_capitalized(text, spans, after, stop), end, written == "any")) is not None:
                    found.append(OrgMention(own, end, text[own:end], name, None, OWN_NAME))
            break
    return found


_SENTENCE_BREAK = re.compile(r"(?:^|[.!?:;\n\"“”–-])\s*$")


@lru_cache(maxsize=1)
def _vietnamese_named_heads() -> frozenset[str]:
    """Heads that make a body only before a name in Vietnamese words (orgs/vietnamese_named_heads.tsv)."""
    return read_words("orgs/vietnamese_named_heads.tsv", "head")


def _rest_as_listed(text: str, start: int, head: str) -> bool:
    """Whether a head of several words written with a lower-case first word has its other words as listed, one of
    them capitalized ("cơ quan [CSĐT] Công an huyện X", "cơ quan [Cảnh sát điều tra] …"): the body's own head, in
    the lower case news often opens it with, not a common noun ("cơ quan điều tra Công an tỉnh X")."""
    first, _, rest = head.partition(" ")
    return bool(rest) and rest != rest.lower() and text.startswith(rest, start + len(first) + 1)


def _common_head_is_word(text: str, start: int, recased: bool, spans: list[tuple[int, int]], after: int) -> bool:
    """Whether a head that is also a common word (kind ``common``: the verb "tổ chức", the noun "cơ quan")
    is that word here, not a body's head: at a sentence's start ("Tổ chức Hội nghị …"), after a unit's head
    or a title whose field it is ("Trưởng ban Tổ chức Thành ủy", "phòng Tổ chức Hành chính"), or before a
    body's name or a meeting's, whose office or occasion it is ("Cơ quan Bộ Công Thương", "Cơ quan CĐCTVN");
    ``recased``: the head is not written as listed, as in a heading in title case ("Địa Điểm Tổ Chức Sự Kiện")."""
    if recased or _SENTENCE_BREAK.search(text, max(0, start - 3), start):
        return True
    previous = text[max(0, start - 30):start].split()
    if previous and (previous[-1].lower() in _heads_by_first_word() or _ends_a_title_token(text, start - 1)):
        return True
    if after >= len(spans) or not text[spans[after][0]].isupper():
        return True  # "Cơ quan quản lý Trung Quốc": the regulators of a country, no body's name
    position = spans[after][0]
    return _opens_head(text, position) or _known_starts_at(text, position) \
        or text[position:spans[after][1]] in _sentence_openers()


def _provincial_department(text: str, start: int, head: str, end: int) -> bool:
    """Whether a province's head written in lower case and the name after it up to ``end`` are, capitalized, the words
    a template names a province's department with before its place ("phối hợp [sở Y tế] chỉ đạo", "cùng [sở Tài
    chính] rà soát"): the department of the article's province (provincial_heads.tsv), which the resolver places,
    not a common noun; a name that goes on past the template's words ("sở Y tế và …") is left to the place rule, and
    one of many provinces ("sở Y tế [các] tỉnh", "sở Tài chính [của 63] tỉnh") is no one body."""
    return head.lower() in _provincial_heads() and text[start:start + len(head)].lower() == head.lower() \
        and f"{head[:1].upper()}{head[1:]}{text[start + len(head):end]} " in _template_short_forms() \
        and not _MANY_PLACES_AFTER.match(text, end)


_MANY_PLACES_AFTER = re.compile(r"[ ]+(?:của[ ]+|ở[ ]+|tại[ ]+)?(?:các|những|nhiều|mọi|\d)")


@lru_cache(maxsize=1)
def _template_short_forms() -> tuple[str, ...]:
    """The words of templates.tsv forms before their place ("Công an", "UBND"): a body's name opens with them."""
    return tuple({short_form(form) + " " for template in load_orgbase().templates for form in template.forms
                  if short_form(form)})


def _placed_template_at(text: str, position: int) -> bool:
    """Whether a local body's name built on a template starts at ``position``: a template's words before its place
    and a kind of place ("và [Công an huyện] X", "và [Đoàn Thanh niên xã] Y"); after "và" it is another body, not a
    field of the name before ("Trường Đại học Vinh và Công an huyện Quỳnh Lưu" are two)."""
    for form in _template_short_forms():
        if form[0].isupper() and text.startswith(form, position):
            rest = text[position + len(form):position + len(form) + 12]
            if any(rest.startswith(kind + " ") for kind in place_kinds()):
                return True
    return False


def _without_lower_case_tail(text: str, head_end: int, end: int) -> int:
    """The end of a name without the lower-case words after its last capitalized word when that is a
    foreign one: the segmenter glues a verb to a foreign word ("báo Sankei [dẫn]")."""
    words = list(re.finditer(r"\S+", text[head_end:end]))
    last = len(words)
    while last > 1 and words[last - 1].group().islower() and words[last - 1].group() not in _field_words():
        last -= 1
    if last == len(words) or _vietnamese_words(words[last - 1].group()):
        return end  # "báo Đại biểu [nhân dân]", "Sức khỏe [đời sống]": Vietnamese words of the paper's name
    return head_end + words[last - 1].end()


@lru_cache(maxsize=1)
def _descriptive_heads() -> dict[str, str]:
    """Heads that only say what kind of company follows (descriptive_heads.tsv): head → how written."""
    return read_mapping("orgs/descriptive_heads.tsv", "word", "written")


def _one_body_per_own_name(chosen: list[OrgMention], own_names: list[OrgMention]
                           ) -> tuple[list[OrgMention], list[OrgMention]]:
    """Bodies read after heads that only say what kind of company follows (descriptive_heads.tsv) with the
    same own name are one ("Ngân hàng đầu tư JP Morgan", "ngân hàng JP Morgan"): named as the first."""
    heads = tuple(fold_for_matching(head) + " " for head in _descriptive_heads())
    first: dict[str, str] = {}
    for own in sorted(own_names, key=lambda m: m.start):
        key = " " + fold_for_matching(own.text)
        earliest = min((m for m in chosen if m.org_id is None and fold_for_matching(m.name).endswith(key)
                        and fold_for_matching(m.name).startswith(heads)), key=lambda m: m.start, default=own)
        first.setdefault(key, earliest.name)
    renamed = {m.name: first[key] for m in chosen for key in first
               if m.org_id is None and fold_for_matching(m.name).endswith(key) and m.name != first[key]
               and fold_for_matching(m.name).startswith(heads)}
    if not renamed:
        return chosen, own_names
    return ([replace(m, name=renamed[m.name]) if m.org_id is None and m.name in renamed else m for m in chosen],
            [replace(m, name=renamed.get(m.name, m.name)) for m in own_names])


def _foreign_name(text: str, start: int, end: int, acronym: bool) -> int | None:
    """Where a body's own name in a foreign language starts in ``text[start:end]``, read after a head that
    only says what kind of company it is (descriptive_heads.tsv: "hãng hàng không [Sichuan Airlines]",
    "công ty [Sino Global Logistics]"), past the country written in Vietnamese it belongs to ("hãng viễn
    thông Mỹ [Verizon]"; not "Qatar [Airways]", "Hong Kong [Airlines]"): unaccented capitalized words, one
    at least no Vietnamese syllable ("Hoa Sen" is Vietnamese unaccented), not a country alone ("Hãng Thông
    tấn [Czech]") nor initials ("A."); a lone acronym only where ``acronym`` ("công ty [AFC]" is a form
    of a Vietnamese company's name, written A.F.C too)."""
    words = [(word.start(), word.group()) for word in re.finditer(r"\S+", text[start:end])]
    names, longest = countries()
    for size in range(min(longest, len(words)), 0, -1):
        country = " ".join(word for _, word in words[:size])
        if fold_for_matching(country) in names:
            if size == len(words):
                return None
            if not country.isascii() or len(words) - size > 1 and all(
                    VIETNAMESE_SYLLABLE.fullmatch(word.lower()) for word in country.split()):
                words = words[size:]
            break
    if not words or not all(word.isascii() and word[:1].isupper() for _, word in words) \
            or all(VIETNAMESE_SYLLABLE.fullmatch(word.lower()) for _, word in words) \
            or all(len(word.rstrip(".")) < 2 for _, word in words) \
            or not acronym and len(words) == 1 and words[0][1].isupper():
        return None
    return start + words[0][0]


@lru_cache(maxsize=1)
def _plural_words() -> frozenset[str]:
    return frozenset(fold_for_matching(word) for word in read_words("orgs/plural_words.tsv"))


_WORDS_BEFORE = re.compile(r"(?:(\S+)[ ])?(\S+)[ ]$")


def _plural_before(text: str, position: int) -> bool:
    """Whether a plural word (plural_words.tsv) or a count of two or more ("63", not a year or "ngày 10")
    stands right before ``position``."""
    before = _WORDS_BEFORE.search(text, max(0, position - 30), position)
    if before is None:
        return False
    last, pair = before.group(2), f"{before.group(1) or ''} {before.group(2)}"
    counted = last.isdigit() and 2 <= int(last) < 1000 and (before.group(1) or "").lower() not in _numbering_words()
    return fold_for_matching(last) in _plural_words() or fold_for_matching(pair) in _plural_words() or counted


@lru_cache(maxsize=1)
def _numbering_words() -> frozenset[str]:
    """Words after which a number is no count ("ngày 10 Sở Y tế …"): numbering_words.tsv."""
    return frozenset(read_words("orgs/numbering_words.tsv"))


def _fields_only(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a name read after a head holds only fields of work (field_words.tsv) and joiners ("Giáo dục
    và Đào tạo", "Y tế"): what kind of body, not which."""
    fields = _field_words()
    parts = [part for a, b in spans for part in _JOINED.split(text[a:b].lower())]  # "Giáo dục và Đào tạo" is one token
    return bool(parts) and all(part in fields or part in _RUN_JOINERS for part in parts)


_JOINED = re.compile(r"[ ](?:và|-|–)[ ]")


_ACRONYM_TOKEN = re.compile(r"[A-ZĐ][A-ZĐ&.\-]{1,12}")
_FIELDS_ACRONYM = re.compile(r"[A-ZĐ]{1,4}(?:[&\-][A-ZĐ]{1,4})+")  # "GD&ĐT", "TN&MT", "LĐ-TB&XH"
_FIRST_CAPITAL = re.compile(rf"(?<=[ ]){UPPER}")  # the first capitalized syllable inside a token ("[À-Ỹ]" holds "ở", "ư" …)


@lru_cache(maxsize=1)
def _glued_place_kind() -> re.Pattern[str]:
    """A kind of place of two syllables ("thị xã", "thành phố") that ends a token: one syllable ("xã")
    ends words as often ("Hợp tác xã")."""
    kinds = sorted((kind for kind in place_kinds() if kind.islower() and " " in kind), key=len, reverse=True)
    return re.compile(rf"[ ](?:{'|'.join(re.escape(kind) for kind in kinds)})$")


def _state_fields(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a name is only the fields of a state department written short ("Trưởng Phòng [GD&ĐT]"):
    the department of the article's place, not a company's unit."""
    return bool(spans) and bool(_FIELDS_ACRONYM.fullmatch(text[spans[0][0]:spans[-1][1]]))  # one word, however cut
INNER_DEFINITION = re.compile(r"[ ]?\([ ]?(?P<acronym>[A-ZĐ][A-ZĐ&.\-]{1,12})[ ]?\)")


def _inner_definition(text: str, spans: list[tuple[int, int]], at: int) -> int:
    """3 when the tokens from ``at`` are an acronym in brackets followed by more of the name ("(KKT)
    Hải Phòng"), else 0."""
    if at + 3 >= len(spans) or text[spans[at][0]:spans[at][1]] != "(" or text[spans[at + 2][0]:spans[at + 2][1]] != ")":
        return 0
    following = text[spans[at + 3][0]:spans[at + 3][1]]
    if following in place_kinds() and at + 4 < len(spans):
        following = text[spans[at + 4][0]:spans[at + 4][1]]  # "Sở Thông tin và Truyền thông (TTTT) [tỉnh] X"
    # The name goes on in Vietnamese words ("Hải Phòng", "Công ty X"), not into a foreign name
    # ("Cục Điều tra Liên bang (FBI) [Christopher Wray]").
    return 3 if _ACRONYM_TOKEN.fullmatch(text[spans[at + 1][0]:spans[at + 1][1]]) and _is_name_word(following) \
        and (_vietnamese_words(following) or _is_place(following)) else 0


def pattern_name(text: str, start: int, end: int, base: OrgBase, abbreviations: dict[str, str] | None = None) -> str:
    """The full name of a body read after a head: abbreviations written out (``abbreviations``:
    those of the knowledge base, and the article's own), an acronym defined inside left out, and a
    known body right after the head named by its canonical name ("Ban Cán sự Đảng NHNN" → "Ban cán
    sự đảng Ngân hàng Nhà nước Việt Nam")."""
    surface = INNER_DEFINITION.sub("", text[start:end])
    first = _FIRST_KEY.match(surface)
    for head, kind in _heads_by_first_word().get(first.group().lower() if first else "", ()):
        if surface.lower().startswith(head.lower() + " ") and kind != "media":  # "Báo Chính phủ" is a title
            inner = base.lookup(surface[len(head) + 1:])
            if inner is not None:
                return f"{_canonical_head(head)} {base.orgs[inner].name}"
            canonical = _canonical_head(head)
            written = surface[:len(head)]
            if canonical.lower() == written.lower() and _capitals(canonical) > _capitals(written):
                surface = canonical + surface[len(head):]  # "Liên đoàn lao động huyện X": the head as the base writes it
            break
    return _with_canonical_province(expand_abbreviations(surface[:1].upper() + surface[1:],
                                                         abbreviations or base.abbreviations), base)


def _with_canonical_province(name: str, base: OrgBase) -> str:
    """A name that ends with a province written short, after its kind or with the kind in it ("… thành phố HCM",
    "… TP.HCM"), ends with the province's kind and name as the base writes them ("… thành phố Hồ Chí Minh"), so
    that one body has one name whichever way the article wrote its place."""
    words = name.split(" ")
    for index in range(len(words) - 1, 0, -1):
        written = " ".join(words[index:])
        province = base.province(written)
        if province is None:
            continue
        before = " ".join(words[:index])
        if fold_for_matching(before).endswith(" " + province.kind):
            before = before[:len(before) - len(province.kind) - 1]
        elif fold_for_matching(written) == fold_for_matching(province.name) \
                or not fold_for_matching(written).startswith(tuple(fold_for_matching(kind) for kind in place_kinds())):
            return name  # "… Hà Nội": no kind written, the name as it is
        return f"{before} {province.kind} {province.name}"
    return name


@lru_cache(maxsize=None)
def _capitals(text: str) -> int:
    """How many upper-case letters ``text`` has."""
    return sum(char.isupper() for char in text)


def _canonical_head(head: str) -> str:
    """A head as its first spelling in pattern_heads.tsv writes it ("Ban cán sự đảng"), abbreviations
    written in full ("CĐ" → "Công đoàn")."""
    folded = fold_for_matching(head)
    first = next((h for h, _ in read_table_heads() if fold_for_matching(h) == folded), head)
    return expand_abbreviations(first, load_orgbase().abbreviations)


def read_table_heads() -> list[tuple[str, str]]:
    """The heads in file order (``_heads`` sorts them longest first)."""
    return [(row["head"], row["kind"]) for row in read_table("orgs/pattern_heads.tsv")]


@lru_cache(maxsize=1)
def _template_patterns() -> tuple[tuple[re.Pattern[str], Template, str], ...]:
    """Template forms with a kind and a name read from the text ("LĐLĐ quận Long Biên")."""
    base = load_orgbase()
    kinds = place_kind_alternation()
    name = rf"(?P<name>{PROPER_NAME}|\d{{1,2}}(?![\d,.]\d))"  # numbered districts and wards: "TAND quận 5"
    patterns = []
    for template in base.templates:
        for form in template.forms:
            if "{name}" not in form or ("{kind}" not in form and "{KIND}" not in form):
                continue
            regex = re.escape(form).replace(r"\{kind\}", f"(?P<kind>{kinds})").replace(r"\{KIND\}", f"(?P<kind>{kinds})")
            # Any space but a line break: a name never runs on into the next line ("LĐLĐ TP.\nBà A").
            regex = regex.replace(r"\{name\}", name).replace(r")\ (?P<name>", r")[^\S\n]?(?P<name>")
            regex = regex.replace(r"\ ", r"[^\S\n]")
            literal = short_form(form)  # text every match contains: a cheap test first
            if regex[:1].isalnum():  # the look behind after the first letter: the engine then skips to that letter
                regex = rf"{regex[0]}(?<!\w{regex[0]}){regex[1:]}"
            else:
                regex = rf"(?<!\w){regex}"
            patterns.append((re.compile(rf"{regex}(?!\w)"), template, literal))
    return tuple(patterns)


@lru_cache(maxsize=1)
def _template_literals() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """The literals of the template forms as one alternation, longest first, and the literals
    each one holds (itself included)."""
    literals = sorted({literal for _, _, literal in _template_patterns() if literal}, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, literals)))
    return pattern, {literal: frozenset(inner for inner in literals if inner in literal) for literal in literals}


def _literals_in(text: str) -> set[str]:
    """The template literals ``text`` holds, found in one scan instead of a substring test per
    literal. Every place a literal starts is visited (the scan goes on one character after each
    match), and there the longest literal starting there matches, which holds the shorter ones."""
    pattern, held = _template_literals()
    present: set[str] = set()
    position = 0
    while (match := pattern.search(text, position)) is not None:
        present |= held[match.group()]
        position = match.start() + 1
    return present


def find_by_template(text: str, base: OrgBase) -> list[OrgMention]:
    found = []
    present = _literals_in(text)
    for pattern, template, literal in _template_patterns():
        if literal and literal not in present:
            continue
        for match in pattern.finditer(text):
            kind = place_kinds()[match.group("kind")]
            if not template.applies_to(kind):
                continue
            name = trim_name(match.group("name"), base, text[match.end("name"):match.end("name") + 40])
            if not name:
                continue
            end = match.start("name") + len(name)
            org_id = base.lookup(text[match.start():end])
            canonical_name = base.orgs[org_id].name if org_id else local_name(template, kind, name)
            found.append(OrgMention(match.start(), end, text[match.start():end], canonical_name, org_id, "pattern"))
            found.extend(bodies_sharing_place(text, match.start(), kind, name, base))  # "HĐND, [UBND tỉnh X]"
    return found


def _crosses_any(mention: OrgMention, known: SpanIndex[OrgMention]) -> bool:
    """Whether ``mention`` overlaps a known name without containing it or lying inside it: a
    head-and-name guess that starts inside a known name ("Ban Cán sự [Đảng Bộ Công Thương
    xây dựng Chương trình]") misreads where that name ends."""
    return any(not (mention.start <= start and end <= mention.end) and not (start <= mention.start and mention.end <= end)
               for start, end, _ in known.overlapping(mention.start, mention.end))


_LOWER_WORD_AFTER = re.compile(r"[ ]([^\W\d_]+)")


def _place_follows(text: str, position: int) -> bool:
    """Whether a kind of place or a province's name comes next ("Hội Nông dân [tỉnh Nam Định]")."""
    words = text[position:position + 40].split()
    if not words:
        return False
    base = load_orgbase()
    return words[0] in place_kinds() or any(base.province(" ".join(words[:size])) for size in (1, 2, 3))


def _joins_inside(text: str, word: re.Match[str], mention: OrgMention) -> bool:
    """Whether the lower-case word after a known body is "và" that the name read on past, to a
    capitalized field ("Cục Công tác Đảng [và] Công tác quần chúng"): the reader took it as joining
    two fields of one name (no other body, office or place after it), so the known body is no end."""
    return word.group(1) == "và" and word.end() + 2 < mention.end and text[word.end() + 1:word.end() + 2].isupper()


def _ended_by_known(mention: OrgMention, known: SpanIndex[OrgMention], text: str) -> OrgMention:
    """A name read after a head ends with a known body inside it when a lower-case word follows
    that body: "Ban Cán sự Đảng Bộ Công Thương [xây dựng Chương trình …]" (a known name is
    whole; lower-case words after it are the sentence's, unless they say a kind of place); a
    name that begins with a known name of two words or more is that name unless a place follows
    ("Bộ Y tế [GS.TS Lâm Thị Hoa thăm]", where the segmenter glued the name to a verb)."""
    for start, end, org in known.overlapping(mention.start, mention.end):
        if mention.start < start and end == mention.end and _ministry_unit(mention, org, text):
            cut = len(text[mention.start:start].rstrip(" -–,"))  # "Vụ Thanh toán [Ngân hàng Nhà nước]"
            return replace(mention, end=mention.start + cut, text=text[mention.start:mention.start + cut],
                           name=pattern_name(text, mention.start, mention.start + cut, load_orgbase()))
        if mention.start <= start and end < mention.end:
            word = _LOWER_WORD_AFTER.match(text, end)
            if word and word.group(1).islower() and word.group(1) not in _place_words() \
                    and word.group(1) not in _connectors() and not _joins_inside(text, word, mention) \
                    or start == mention.start and " " in text[start:end] and not _place_follows(text, end):
                return replace(mention, end=end, text=text[mention.start:end],
                               name=pattern_name(text, mention.start, end, load_orgbase()))
    return mention


@lru_cache(maxsize=1)
def _sentence_case_heads() -> frozenset[str]:
    return read_words("orgs/sentence_case_heads.tsv", "head")


@lru_cache(maxsize=1)
def _ministry_unit_heads() -> tuple[str, ...]:
    return tuple(f"{head} " for head in read_words("orgs/ministry_unit_heads.tsv", "head"))


def _ministry_unit(mention: OrgMention, parent: OrgMention, text: str) -> bool:
    """Whether a name read after a unit's head ends with the ministry it belongs to ("Vụ Thanh toán Ngân
    hàng Nhà nước", "Cục Quản lý X - Bộ Y"): the unit is named without it (ministry_unit_heads.tsv)."""
    org = load_orgbase().orgs.get(parent.org_id or "")
    return org is not None and org.level == "ministry" and mention.text.startswith(_ministry_unit_heads()) \
        and len(text[mention.start:parent.start].split()) >= 2


_GOVERNING_LEVELS = frozenset({"party", "state", "ministry"})  # whose Ban are bodies of their own (NOTES.md 33)


def _union_department(mention: OrgMention, known: SpanIndex[OrgMention], base: OrgBase, text: str) -> bool:
    """Whether a "Ban X" found by pattern is a department of a union or an association named inside
    it ("Ban Tuyên giáo LĐLĐ tỉnh Y", "Ban Pháp chế VCCI"): an internal organ, no organization
    (NOTES.md 15); its head's office keeps the unit ("Trưởng Ban Tuyên giáo" of the LĐLĐ). A Party
    committee's or a state body's Ban is a body (NOTES.md 33)."""
    if not fold_for_matching(mention.text).startswith("ban "):
        return False
    # The body may follow the name where that stopped short of it, over lower-case words of the
    # department's field ("Ban Quan hệ [lao động] Tổng LĐLĐ Việt Nam"), and over a link ("Ban Quan hệ lao
    # động [của] Tổng LĐLĐ", "Ban Nữ công [(]LĐLĐ tỉnh X)") unless the Ban is a body of its own ("Ban chỉ đạo").
    tail = _field_tail_end(text, mention.end)
    if any(start > mention.start and org.org_id and base.orgs[org.org_id].level not in _GOVERNING_LEVELS
           for start, _, org in known.overlapping(mention.start, tail + 2)):  # over the space, into the body
        return True
    # Over a link, only a union's or an association's department ("Ban Quan hệ lao động [của] Tổng LĐLĐ", "Ban Nữ
    # công [(]LĐLĐ tỉnh X)"; persons/unit_bodies.tsv), never a body of its own ("Ban chỉ đạo …").
    link = _DEPARTMENT_LINK.match(text, tail)
    return link is not None and not standalone_ban().match(text, mention.start + 3) and any(
        start > mention.start and org.org_id and unit_owner(org.org_id)
        for start, _, org in known.overlapping(link.end(), link.end() + 2))


@lru_cache(maxsize=1)
def _department_heads() -> dict[str, tuple[str, ...]]:
    """Heads of an office's department, folded with a space after, and the first words of the bodies whose
    department is a body of its own (department_heads.tsv)."""
    return {fold_for_matching(row["head"]) + " ": tuple(f"{own} " for own in row["own"].split("|"))
            for row in read_table("orgs/department_heads.tsv")}


def office_department(mention: OrgMention, known: SpanIndex[OrgMention], text: str, tokens: dict[int, int]
                      ) -> int | None:
    """Where the body starts whose department a "Phòng X" found by pattern is, named after its fields inside the
    name or past a link ("Phòng Thanh tra [Chi cục Thủy sản tỉnh Y]", "Phòng Kế hoạch tài chính ([Sở Y tế] …)"): the
    department is a unit, no organization (NOTES.md 33), and its fields open no body ("[Thanh tra] Chi cục …");
    None for a district government's or the police's department, a body of its own ("Phòng Nội vụ UBND huyện X",
    "Phòng Cảnh sát giao thông Công an tỉnh X"), for one before a comma, which may list the next body ("Phòng
    Tài nguyên và Môi trường, Phòng NN-PTNT, UBND xã X"), and for any other name. ``tokens``: each token's end by
    its start ("Phòng Văn hóa thông tin [Hội An]" is a place's token, no body's head)."""
    head = next((h for h in _department_heads() if fold_for_matching(mention.text).startswith(h)), None)
    if head is None:
        return None
    words = list(re.finditer(r"\S+", text[mention.start:mention.end]))[2:]  # past the head and its first field
    starts = [mention.start + word.start() for word in words]
    link = _DEPARTMENT_LINK.match(text, _field_tail_end(text, mention.end))
    if link is not None and link.group() != ",":
        starts.append(link.end() + (text[link.end()] == " "))
    for start in starts:
        if fold_for_matching(text[start:start + len(head)]) == head:
            continue  # "Phòng Cảnh sát [Phòng] cháy …": a field, not the body
        if text[start].isupper() and (_opens_head_token(text, (start, tokens.get(start, start)))
                                      or any(s == start for s, _, _ in known.overlapping(start, start + 1))):
            return None if text.startswith(_department_heads()[head], start) else start
    return None


_DEPARTMENT_LINK = re.compile(r"[ ](?:của|thuộc)(?=[ ])|[ ]?[(](?=\w)|,(?=[ ])|[ ][-–](?=[ ])")


def _field_tail_end(text: str, end: int) -> int:
    """Where the lower-case field words (field_words.tsv) written right after ``end`` end ("Ban Quan hệ[
    lao động] Tổng LĐLĐ"); ``end`` when none is."""
    fields = _field_words()
    while text.startswith(" ", end):
        words = text[end + 1:end + 40].split(" ")[:3]
        size = next((size for size in range(len(words), 0, -1) if " ".join(words[:size]) in fields), 0)
        if not size:
            break
        end += 1 + len(" ".join(words[:size]))
    return end


def select_longest(mentions: list[OrgMention]) -> list[OrgMention]:
    """Drop mentions inside or overlapping a longer one; knowledge-base matches win ties."""
    chosen: SpanIndex[OrgMention] = SpanIndex()
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.org_id is None, m.start)):
        if not chosen.overlaps(mention.start, mention.end):
            chosen.add(mention.start, mention.end, mention)
    return list(chosen)


def nested_workplaces(chosen: list[OrgMention], text: str, base: OrgBase) -> list[OrgMention]:
    """The workplace inside its union's or Party organ's name: "Công đoàn [Công ty TNHH Canon Việt Nam]",
    "Đảng ủy [Tổng công ty X]" name the company too (NOTES.md items 29, 34: a company and its grassroots
    union are two entries; a known body named inside another's name is listed as well)."""
    unions = organ_heads()
    workplaces = tuple(head for head, kind in _heads() if kind in _WORKPLACE_KINDS)
    nested = []
    for outer in chosen:
        if outer.org_id is not None:
            continue  # a known body: "Công đoàn Ngân hàng Việt Nam" is the sector union, no bank's
        surface = outer.text.lower()  # "công đoàn Công ty X" as "Công đoàn Công ty X"
        union = next((h for h in unions if surface.startswith(h.lower() + " ")), None)
        if union is None:
            continue
        start = outer.start + len(union) + 1
        definition = INNER_DEFINITION.match(text, start - 1)  # "Công đoàn (CĐ) Công ty X"
        start = definition.end() + 1 if definition else start
        if not (text.startswith(workplaces, start) or _opens_inner_body(text, start, outer.end)) or start >= outer.end:
            continue
        inner = text[start:outer.end]
        if fold_for_matching(inner) in {fold_for_matching(head) for head in workplaces}:
            continue  # "Công đoàn Công ty": the company's union, pointing back; "Công ty" alone names none
        org_id = base.lookup(inner)
        name = base.orgs[org_id].name if org_id else expand_abbreviations(inner, base.abbreviations)
        nested.append(OrgMention(start, outer.end, inner, name, org_id, "pattern"))
    return nested


def _opens_inner_body(text: str, start: int, end: int) -> bool:
    """Whether a body's own head (a state agency's, an institute's: no common noun) opens the words after a union's
    or a Party organ's head and a place ends them ("Chi đoàn [Phòng] CSGT Công an tỉnh X", "Công đoàn [Sở] Y tế tỉnh
    Z"); not a company's department ("Chi bộ Phòng Tổ chức Công ty Y", an internal unit, NOTES 29)."""
    first = _FIRST_KEY.match(text, start)
    placed = any(word in place_kinds() or word in _place_words() for word in text[start:end].split(" "))
    return first is not None and placed and any(kind not in ("common", "association") and text[start:start + len(head)] == head
                                     and start + len(head) < end and _ends_word(text, start + len(head))
                                     for head, kind in _heads_by_first_word().get(first.group().lower(), ()))


def nested_known(chosen: list[OrgMention], text: str, base: OrgBase) -> list[OrgMention]:
    """Known bodies named inside a longer name: "Đoàn Chủ tịch [Tổng LĐLĐVN]", "Công đoàn [Bộ Công Thương]";
    inside a name read after a head, also a place's body ("Cơ quan Cảnh sát điều tra [Công an tỉnh X]")."""
    nested = []
    for outer in chosen:
        if outer.org_id and base.orgs[outer.org_id].level == "media" or outer.text.startswith(_MEDIA_HEADS):
            continue  # "Báo Chính phủ", "Báo Quân đội nhân dân": a newspaper's title, no mention of the body
        first_word = _WORD_START.search(text, outer.start + 1, outer.end)
        skip = text.find(" ", outer.start, outer.end)
        if first_word is None or skip < 0:
            continue
        inner_text = text[skip + 1:outer.end]
        placed = find_by_template(inner_text, base) if outer.how == "pattern" else []  # "Cơ quan CSĐT [Công an tỉnh X]"
        for inner in find_known(inner_text, base) + placed + _chamber_at_end(inner_text):
            if " " in inner.text and (inner.org_id is None or inner.org_id != outer.org_id) and inner.name != outer.name \
                    and not _same_company(outer, inner, len(inner_text)):
                nested.append(replace(inner, start=skip + 1 + inner.start, end=skip + 1 + inner.end))
    return nested


def _same_company(outer: OrgMention, inner: OrgMention, length: int) -> bool:
    """Whether a known company ending a company's name read by its head is that company under its longer legal
    name: "Công ty Cổ phần [Tập đoàn Masan]" is Masan, no second body."""
    if outer.how != "pattern" or inner.end != length:
        return False
    own = barest_own_name(outer.text)
    return own is not None and own == barest_own_name(inner.text)


def _chamber_at_end(text: str) -> list[OrgMention]:
    """A foreign parliament's chamber and its country ending a committee's name: "Ủy ban Tình báo [Thượng viện
    Mỹ]" (pattern_heads.tsv, kind legislature)."""
    for head, kind in _heads():
        at = text.find(f"{head} ") if kind == "legislature" else -1
        if at >= 0 and fold_for_matching(text[at + len(head) + 1:]) in countries()[0]:
            return [OrgMention(at, len(text), text[at:], text[at:], None, "pattern")]
    return []


def _initials(name: str) -> str:
    """The initials of a name's syllables ("Mặt trận Tổ quốc" → "MTTQ")."""
    return "".join(syllable[0] for syllable in name.split()).upper()


def nested_parents(chosen: list[OrgMention], text: str, base: OrgBase) -> list[OrgMention]:
    """A known body's parent written inside the body's name, by its initials or in full: "Ủy ban Trung ương
    [MTTQ]", "Ủy ban [Mặt trận Tổ quốc] tỉnh X" name Mặt trận Tổ quốc Việt Nam too (NOTES.md item 34), as
    "Ủy ban Trung ương [MTTQ Việt Nam]" does; not where the parent's name opens the body's ("Hội LHPN tỉnh X")."""
    nested = []
    for outer in chosen:
        org = base.orgs.get(outer.org_id or "")
        parent = base.orgs.get(org.parent or "") if org else None
        if parent is None:
            continue
        home = home_country_pattern().sub("", parent.name).strip()  # "Mặt trận Tổ quốc [Việt Nam]"
        forms = {_initials(parent.name), _initials(home)} if home else {_initials(parent.name)}
        for word in _ACRONYM_TOKEN.finditer(outer.text):
            if word.start() > 0 and word.group() in forms and _ends_word(outer.text, word.end()) \
                    and outer.text[word.start() - 1] != "(":  # "Kho bạc Nhà nước (KBNN) tỉnh X": the name defined
                start = outer.start + word.start()
                nested.append(OrgMention(start, start + len(word.group()), word.group(), parent.name, parent.org_id, "kb"))
        if home and " " in home and (written := _written_inside(home).search(outer.text, 1)):
            start, end = outer.start + written.start(), outer.start + written.end()  # "Ủy ban [Mặt trận Tổ quốc] tỉnh X"
            nested.append(OrgMention(start, end, text[start:end], parent.name, parent.org_id, "kb"))
    return nested


@lru_cache(maxsize=64)
def _written_inside(name: str) -> re.Pattern[str]:
    """A name written out as a word run of a longer name, in any case."""
    return re.compile(rf"(?<=[ ]){re.escape(name)}(?!\w)", re.IGNORECASE)


_MEDIA_HEADS = ("Báo ", "Tạp chí ", "Đài ")


def _media_short_names(heads: tuple[str, ...]) -> dict[str, str]:
    """Media bodies of the base by their name without one of ``heads`` ("Tiền Phong" of "Báo Tiền Phong")
    or an alias, folded: name → id."""
    base = load_orgbase()
    names: dict[str, str] = {}
    for org_id, org in base.orgs.items():
        if org.level == "media":
            for head in heads:
                if org.name.startswith(head):
                    names.setdefault(fold_for_matching(org.name[len(head):]), org_id)
    for form, org_id in base.exact.items():
        if base.orgs[org_id].level == "media":
            names.setdefault(fold_for_matching(form), org_id)
    return names


@lru_cache(maxsize=1)
def _media_by_short_name() -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
    """Media bodies found by a short name next to a cue: a newspaper or broadcaster after one of
    media_cues.tsv ("PV Tiền Phong", "trang Zing"); any media body, news agencies too, as the source a
    sentence quotes or speaks to (media_speech.tsv: "AFP dẫn lời", "nói với CNBC"), where a bare agency
    is no credit ("Theo AFP"); the national agency by its short form after its reporter ("phóng viên TTXVN")."""
    names = _media_short_names(_MEDIA_HEADS)
    cue_words = read_words("orgs/media_cues.tsv")
    # A lookahead for the first letters lets the engine skip the positions no cue or name starts at.
    by_cue = re.compile(rf"{first_letters(cue_words)}(?<!\w)(?:{alternation(cue_words)})[ ]+(?P<name>{alternation(names)})(?!\w)",
                        re.IGNORECASE)
    speech = read_mapping("orgs/media_speech.tsv", "words", "side")
    # The national agency's short forms (agency_short_forms.tsv) name it after a reporter's word ("phóng viên
    # TTXVN") or quoted as a source ("TTXVN dẫn tin"), never bare: a bare one is a credit.
    short = read_mapping("orgs/agency_short_forms.tsv", "form", "org")
    forms = {fold_for_matching(form): org_id for form, org_id in short.items() if org_id != "-"}
    reporters = [form for form, org_id in short.items() if org_id == "-"]
    by_reporter = re.compile(rf"{first_letters(reporters)}(?<!\w)(?:{alternation(reporters)})[ ]+"
                             rf"(?-i:(?P<name>{alternation(form for form, org_id in short.items() if org_id != '-')}))(?!\w)",
                             re.IGNORECASE)
    agencies = _media_short_names(_MEDIA_HEADS + tuple(f"{head} " for head in _descriptive_heads())) | forms
    before = alternation(words for words, side in speech.items() if side == "before")
    after = alternation(words for words, side in speech.items() if side == "after")
    # The verb after the name in lower case ("AFP dẫn lời"): a capitalized one opens a name or a sentence.
    sources = trie_alternation(agencies, ignore_case=True)
    before_starts = first_letters([words for words, side in speech.items() if side == "before"])
    capitals = "".join(sorted({re.escape(name[0].upper()) for name in agencies if name}))
    by_speech = re.compile(rf"{before_starts}(?<!\w)(?:{before})[ ]+(?P<name>{sources})(?!\w)", re.IGNORECASE)
    # The source's own name is capitalized (checked on the match): only capitals can open it.
    by_source = re.compile(rf"(?-i:(?=[{capitals}]))(?<!\w)(?P<source>{sources})[ ]+(?:{after})(?!\w)", re.IGNORECASE)
    return (by_cue, names), (by_speech, agencies), (by_source, agencies), (by_reporter, forms)


@lru_cache(maxsize=1)
def _brand_before_holder() -> re.Pattern[str]:
    """A company's office (persons/company_offices.tsv), then one word in Latin letters, then a Vietnamese
    full name of two to four capitalized words ("Chủ tịch [Habeco] Trần Đình Thanh")."""
    words = read_words("persons/company_offices.tsv", "title")
    # scanned over every article: a lookahead for the offices' first letters skips every other position
    return re.compile(rf"{first_letters(words)}(?i:(?<![^\W_])(?:{alternation(words)}))[ ]+(?P<brand>[A-Z][a-z]{{2,}}(?:[A-Z][a-z]+)?)[ ]+"
                      rf"(?P<holder>{UPPER}[^\W\d_]*(?:[ ]{UPPER}[^\W\d_]*){{1,3}})(?![^\W_])")


def find_brands_before_holders(text: str, base: OrgBase) -> list[OrgMention]:
    """A company named by its brand alone between an office and its holder's Vietnamese full name ("Tổng giám
    đốc Vinamilk Mai Kiều Liên"): a word no Vietnamese syllable makes, before a family name and Vietnamese
    syllables only, is the workplace the office is of; a word the knowledge base knows is found as known."""
    found = []
    for match in _brand_before_holder().finditer(text):
        brand, holder = match.group("brand"), match.group("holder").split(" ")
        if VIETNAMESE_SYLLABLE.fullmatch(fold_for_matching(brand)) or not is_family_name(holder[0]) \
                or not all(_vietnamese_words(word) for word in holder) or base.lookup(brand) is not None:
            continue
        found.append(OrgMention(match.start("brand"), match.end("brand"), brand, brand, None, "pattern"))
    return found


def find_media_by_cue(text: str, base: OrgBase) -> list[OrgMention]:
    found = []
    for pattern, names in _media_by_short_name():
        for match in pattern.finditer(text):
            group = "source" if "source" in pattern.groupindex else "name"
            name = match.group(group)
            if name[:1].isupper() and (group == "name" or text[match.end(group) + 1:match.end(group) + 2].islower()):
                org_id = names[fold_for_matching(name)]
                found.append(OrgMention(match.start(group), match.end(group), name, base.orgs[org_id].name, org_id, "kb"))
    return found


@lru_cache(maxsize=1)
def _credit_pattern() -> re.Pattern[str]:
    """A photo or source credit: "Ảnh: …" or "Nguồn: …" that ends its bracket, line or sentence within 40
    characters (a caption's credit run on into the next sentence is left alone: "Ảnh: Ngọc Tiến Phó Chủ
    tịch LĐLĐ TPHCM …"), but for its one Latin word before the next sentence ("Ảnh: AFP Tờ Le Parisien"),
    and a bracket opened by a credit word that ends a paragraph ("… (theo TTXVN)"); not "(theo quy định
    của Bộ Y tế)" inside a sentence."""
    words = alternation(credit_words())
    # Each match opens with a credit word as written or a bracket: a lookahead for those lets the
    # engine skip every other position of the text.
    opening = "".join(sorted({re.escape(word[0]) for word in credit_words() if word})) + r"\("
    return re.compile(rf"(?=[{opening}])(?:(?<!\w)(?:{words})[ ]?:[^()\n.;“\"]{{1,40}}(?=[).;\n“\"]|$)|\((?i:{words})[ ][^()\n]{{1,60}}\)[ .]*(?=\n|$)"
                      rf"|(?<!\w)(?:{words})[ ]?:[ ]?[A-Z][A-Za-z]+(?=[ ]+{UPPER}))")  # "Ảnh: AFP  Tờ Le Parisien …"


# The source a text ends with, after its last sentence: "… ông nói. Theo Hà Nội Mới", "… 1/7. VnExpress".
_FINAL_CREDIT = re.compile(r"(?:(?<=[.!?…”\"])[ ]+|\n[ ]*)(?:(?i:theo|nguồn)[ ]+)?[^\s.!?…”\"][^!?…\n]{0,40}?[ .]*$")


def _source_line(segment: str) -> bool:
    """Whether the words after a text's last sentence name its source: a credit word opens them ("Theo Hà
    Nội Mới."), or a few words with no full stop ("VnExpress", "Đức Hùng/VnExpress.net"), not a last
    sentence of its own ("Phe cầm quyền giành đa số ở Quốc hội.")."""
    words = segment.split()
    return words[0].lower() in ("theo", "nguồn") or len(words) <= 5 and not segment.rstrip().endswith(".")


def _credit_spans(text: str) -> list[tuple[int, int]]:
    """Where the credits are: a body named there is the source of a photo or a text, no mention of it
    (NOTES.md items 12, 28: "(Ảnh: Ban Tuyên giáo)", "(theo VnExpress)", a source after the last sentence)."""
    final = _FINAL_CREDIT.search(text, max(0, len(text) - 60))
    spans = [final.span()] if final and _source_line(final.group()) else []
    if ":" not in text and "(" not in text:
        return spans
    return spans + [match.span() for match in _credit_pattern().finditer(text)]


@lru_cache(maxsize=1)
def _branch_heads() -> tuple[str, ...]:
    return tuple(head.lower() + " " for head in read_words("orgs/branch_heads.tsv", "head"))


def _branches_of(chosen: list[OrgMention], text: str) -> list[OrgMention]:
    """A branch written after a known parent in lower case ("Ngân hàng Chính sách xã hội chi nhánh
    tỉnh Hà Giang", models/orgs/branch_heads.tsv) is one body, a branch of the parent (NOTES.md item
    29), not the parent and a bare "Chi nhánh tỉnh Hà Giang"."""
    by_end = {mention.end: mention for mention in chosen}
    found = []
    for mention in chosen:
        parent = by_end.get(mention.start - 1)
        written = text[mention.start:mention.end]
        head = next((h for h in _branch_heads() if written.lower().startswith(h)), None)
        if parent is not None and head is not None and mention.org_id is None and text[parent.end] == " ":
            mention = replace(mention, start=parent.start, text=text[parent.start:mention.end],
                              name=f"{parent.name} {head}{written[len(head):]}", how="pattern")
        found.append(mention)
    return found


@lru_cache(maxsize=1)
def _company_heads() -> tuple[str, ...]:
    """The heads of a company's name (pattern_heads.tsv, kind company), folded, each with the space after it."""
    return tuple(fold_for_matching(head) + " " for head, kind in _heads() if kind == "company")


@lru_cache(maxsize=1)
def _no_body_words() -> frozenset[str]:
    """Words no name in Latin letters listed beside a body holds (folded): generic words, forms of address and
    degrees ("GS", "TS"), the abbreviations of names, the kinds of place and the provinces ("TP", "KCN", "TPHCM"), a
    foreign legal form alone ("Inc")."""
    base = load_orgbase()
    return base.generic | _degrees() | frozenset(fold_for_matching(word) for word in base.abbreviations) \
        | frozenset(fold_for_matching(kind) for kind in place_kinds()) \
        | frozenset(fold_for_matching(word) for word in read_words("orgs/foreign_heads.tsv", "word")) \
        | frozenset(fold_for_matching(name) for province in base.provinces for name in (province.name, *province.variants))


def _is_company(mention: OrgMention, base: OrgBase) -> bool:
    """Whether a body is a company or a paper: named by a company's head, or a group, bank, brand or paper the base
    knows (levels ``other`` and ``media``)."""
    if mention.org_id is not None and mention.org_id in base.orgs:
        return base.orgs[mention.org_id].level in ("other", "media")
    return fold_for_matching(mention.name).startswith(_company_heads())


class OrganizationFinder(Extractor):
    """Candidate organization spans; ``unionfacts.resolve.organizations`` gives them identities."""

    provides = "org_candidates"
    requires = ("counts",)  # a number a count reads ends a name

    def find(self, doc: Doc) -> list[OrgMention]:
        base = load_orgbase()
        text = text_of(doc)
        known = find_known(text, base) + find_known_across_definitions(text, base) + find_media_by_cue(text, base)
        known_index = span_index(known)
        brands = [m for m in find_brands_before_holders(text, base) if not known_index.overlaps(m.start, m.end)]
        listed = find_listed_bodies(text, base, lambda position: _opens_head(text, position) or _known_starts_at(text, position))
        by_pattern = [_ended_by_known(m, known_index, text) for m in find_by_pattern(doc, base)]
        tokens = dict(token_spans(doc))
        departments = [(m.start, body) for m in by_pattern if (body := office_department(m, known_index, text, tokens))]
        by_pattern = [m for m in by_pattern if not _union_department(m, known_index, base, text)
                      and not any(start <= m.start < body for start, body in departments)]  # NOTES.md 33
        own_names = [m for m in by_pattern if m.how == OWN_NAME]
        by_pattern = [m for m in by_pattern if m.how != OWN_NAME]
        chosen = _branches_of(select_longest(known + brands + find_by_template(text, base) + find_union_pointers(text)
                                             + [m for m in by_pattern if not _crosses_any(m, known_index)]
                                             + [m for m in listed if not _crosses_any(m, known_index)]
                                             + [m for m in find_lower_case_local_bodies(text, token_spans(doc), base)
                                                if not _crosses_any(m, known_index)]
                                             + find_lower_case_party_organs(text, base)
                                             + [m for m in find_steering_committees(text, base)
                                                if not _crosses_any(m, known_index)]
                                             + [m for m in find_numbered_units(text, base)
                                                if not _crosses_any(m, known_index)]
                                             + [m for m in find_named_before_acronym(text, base)  # "Viện nghiên cứu …
                                                if not _crosses_any(m, known_index)  # quốc tế (IISS)"
                                                and not _is_generic(fold_for_matching(m.name), base.generic)]
                                             + [m for m in find_foreign_bodies(text, by_pattern)
                                                if not _crosses_any(m, known_index)]
                                             + [m for m in find_papers_by_classifier(text)  # "tờ [CNN] Indonesia": the known
                                                if not _crosses_any(m, known_index)  # paper; "tờ New [Straits Times]": another
                                                and not any(s == m.start for s, _, _ in known_index.overlapping(m.start, m.end))]), text)
        chosen_index = span_index(chosen)
        chosen += [m for m in find_coordinated_bodies(text, chosen, lambda m: _is_company(m, base), _no_body_words())
                   if not chosen_index.overlaps(m.start, m.end)]  # "Tập đoàn X và [Honeywell Việt Nam]"
        organs = as_foreign_party_organs(chosen, text, base)  # "Bộ Chính trị [Đảng Cộng sản Trung Quốc]"
        foreign_organs = [(m.start, m.end) for m, before in zip(organs, chosen) if m is not before]
        chosen = organs
        chosen = as_foreign_bodies(chosen, text, base)  # "Chính phủ [Nga]": that country's, not Vietnam's
        chosen = as_other_parties(chosen, text, base)  # "Đảng [Cộng hòa]": another party, not Vietnam's
        chosen += lower_case_parties(chosen, text, base)  # "nghị sĩ đảng Cộng hòa"
        chosen = with_home_country(chosen, text, base)  # "Bộ Ngoại giao [Việt Nam]": the same body
        chosen = with_seat_at_home(chosen, text)  # "Hiệp hội Doanh nghiệp Nhật Bản [tại Việt Nam]": a branch of its own
        chosen += unions_before_workplaces(chosen, text)  # "công đoàn [công ty TNHH X]"
        spans: dict[tuple[int, int], OrgMention] = {}
        credits = _credit_spans(text)
        nested = [m for m in as_foreign_bodies(nested_known(chosen, text, base), text, base)  # "Ủy ban X Quốc hội [Iran]"
                  if not any(start <= m.start and m.end < end for start, end in foreign_organs)]  # not Vietnam's Trung ương
        listed_places = places_after(chosen, text, base)  # "LĐLĐ Bình Dương, [Tây Ninh]"
        chosen_bodies = {(m.end, m.name) for m in chosen}
        own_names = [m for m in own_names if (m.end, m.name) in chosen_bodies]  # "Sino Global Logistics" of its company
        chosen, own_names = _one_body_per_own_name(chosen, own_names)
        chosen = brands_of_companies(chosen, base)  # "Công ty Coteccons … Coteccons": one body, not the brand's
        again = own_names_again(chosen + nested + own_names + listed_places, text, base)  # "… Hoàng Anh Gia Lai cho biết"
        for mention in chosen + nested + nested_workplaces(chosen, text, base) + own_names + listed_places + again:
            if not any(start <= mention.start and mention.end <= end for start, end in credits):
                spans.setdefault((mention.start, mention.end), mention)
        kept = without_products(without_venues(list(spans.values()), text), text, base)
        kept = without_family_names(kept, text, lambda word: base.lookup(word) is not None)
        return sorted(kept, key=lambda m: (m.start, -m.end))
