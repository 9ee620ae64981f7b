"""Roles: every (person, title, organization) the text states.

Titles (``unionfacts.extract.titles``) come in runs: offices joined by commas, dashes,
brackets, "kiêm" or a short unrecognized body ("Phó Bí thư Thường trực Đảng ủy, Phó Chủ
tịch Tổng LĐLĐ Việt Nam"). A run belongs to the person it is written against:

- after the name, as an apposition or through a verb: "Trần Quang Huy - Chủ tịch CĐVTVN",
  "bà A, Chủ tịch X, Bí thư Y", "ông B được bầu giữ chức Chủ tịch X", "bà C làm chủ tịch CĐ";
- before the name: "Phó Chủ tịch LĐLĐ TP Đặng Thị Phương Hoa", "Bộ trưởng Bộ Y tế GS.TS A",
  "Bí thư Đảng ủy xã X, ông B". A whole run right before a name is that name's, unless it
  follows a person named without a title before: then only its last office is ("A, Phó Bí
  thư X, Phó Chủ tịch Y B" → A is Phó Bí thư, B Phó Chủ tịch), or the offices after its last
  semicolon ("A, Ủy viên X, Bộ trưởng Y; Ủy viên Z, Phó Chủ tịch W B" → B is both);
- over a list: "các phó chủ tịch Tổng LĐLĐ Việt Nam A và B", "Phó Chủ tịch LĐLĐ TP gồm các
  ông, bà: A, B".

A title without a body takes the body of the next office of its run ("Phó Chủ tịch, Tổng
Thư ký Ủy ban T.Ư MTTQ Việt Nam"); a bare union or party head before it names that body's
union or party organ ("Chủ tịch Công đoàn, Phó Tổng Giám đốc Công ty X" → Công đoàn Công ty X).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc

from unionfacts.extract.backrefs import WORKPLACE_KINDS, BodiesBefore, body_kind, pointed_body
from unionfacts.extract.base import Extractor, facts_of, text_of
from unionfacts.extract.career import Subjects, is_passive_agent, is_succeeded, same_passage, succession_object
from unionfacts.extract.deputies import deputies
from unionfacts.extract.elections import with_elected_bodies
from unionfacts.extract.holder_country import with_holders_countries
from unionfacts.extract.listed_bodies import with_listed_bodies
from unionfacts.extract.numbers import standalone_number_words
from unionfacts.extract.persons import (APPOSITION_CLOSES, countries, home_countries, host_countries, is_foreign_name,
                                       is_vietnamese_shaped, names_a_body, strongly_foreign)
from unionfacts.extract.passage_bodies import with_passage_bodies, without_bare_repeats
from unionfacts.extract.party_of_place import committee_of_organ, is_party_committee, is_party_office, party_committee_of
from unionfacts.extract.patterns import UPPER, alternation, stop_words
from unionfacts.extract.table_rows import row_holders
from unionfacts.extract.titles import (DROPPED_FORMER, STATE_LEVELS, Title, body_heads, body_verbs, find_titles,
                                       held_modifiers, implied_bodies, is_shared_office, office_before_modifiers,
                                       sole_workplace_titles, titles, workplace_titles)
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import load_orgbase, provincial_province, relative_templates, template_org_id
from unionfacts.resources import read_table, read_words
from unionfacts.types import OrgMention, PersonMention, RoleMention

# Between the offices of one run: punctuation, an acronym in brackets after a body ("Phó
# Chủ tịch Phòng Thương mại … (VCCI), …"), "kiêm", "đồng thời là", or a body the finder did not recognize
# (up to three capitalized words: "Phó Bí thư Thường trực Đảng ủy, Phó Chủ tịch …").
# A term after an office ("Phó Bí thư Đảng ủy [nhiệm kỳ 2020-2025], Hiệu trưởng …") does not break the run.


@lru_cache(maxsize=1)
def _term_phrase() -> str:
    """A term word (term_words.tsv) and its number or span: "nhiệm kỳ 2020-2025", "khóa XIII", "khóa XIX (2021-2026)"."""
    return (rf"[ ]+(?:{alternation(read_words('orgs/term_words.tsv'))})[ ]+[\w.]+(?:[ ]*[-–][ ]*\d[\w.]*)?"
            rf"(?:[ ]\(\d{{4}}[ ]?[-–][ ]?\d{{4}}\))?")


# Words that join two offices of one person: "kiêm", "rồi", "đồng thời là", "và hiện là" ("Phó Bí thư Đảng ủy
# nhiệm kỳ 2015-2020 và hiện là Hiệu trưởng Trường X"); so does "&" between two ("Chủ tịch HĐQT & Tổng giám đốc X").
_JOINER = r"(?:kiêm|rồi|đồng[ ]thời(?:[ ]là)?|và[ ](?:hiện[ ]|nay[ ]|cũng[ ])?là)"


@lru_cache(maxsize=1)
def _chain_gap() -> re.Pattern[str]:
    return re.compile(rf"(?:[\s,;:(\-–—]|\([A-ZĐ][A-ZĐ&.\-]{{1,12}}\)|{_JOINER})*"
                      rf"(?:(?:{UPPER}[\w&.]*(?:[ ][\w&.]+){{0,3}})?(?:{_term_phrase()})?"
                      rf"(?:[ ]?[,;\-–—][\s]*(?:{_JOINER}[ ])?|[ ](?:{_JOINER}|&)[ ])[\s]*)?")


@lru_cache(maxsize=1)
def _term_in_gap() -> re.Pattern[str]:
    return re.compile(rf"{_term_phrase()}(?=[ ]*(?:,|[ ]{_JOINER}[ ]))")


# Titles shared by a list of names: "các phó chủ tịch … A và B", "các đồng chí Ủy viên T.Ư Đảng: A; B",
# "Phó Chủ tịch LĐLĐ TP gồm các ông, bà: A, B".
_PLURAL_BEFORE = re.compile(r"(?i)(?:các|hai|ba|những|mấy|nhiều|một[ ]số)(?:[ ]đồng chí|[ ]ông|[ ]bà)?[ ]$")
# After a plural title, examples of its holders: "mấy nguyên ủy viên Trung ương như A, B, C".
_SUCH_AS = re.compile(r"(?i)[ ,]*như[ ]*(?:(?:các[ ])?(?:ông|bà|đồng chí)[ ]*)?:?[ ]*")
# After a body opening its clause: "do" and the person who heads it, then "làm" and the office ("Ban Chỉ đạo X do Phó Thủ
# tướng A làm Trưởng ban").
_LED_BY = re.compile(r"[^.;:\n]{0,40}?[ ]do[ ][^.;:\n]{3,80}?[ ]làm[ ](?=\w)")
_HEADED_SENTENCE_REACH = 300  # characters from a body to the end of its sentence when a list's heading follows
_HEADING_GAP = re.compile(r"[ ]+(?:gồm|là)(?:[ ]có)?[ ]*:[ ]*")  # "Các Phó Chủ tịch [gồm: ]Phó Chủ tịch UBND tỉnh A"
# The colon may stand before the form of address too: "5 Phó Chủ tịch gồm: ông A, ông B".
_PLURAL_AFTER = re.compile(r"(?i)[ ,]*(?:gồm|là)(?:[ ]có)?[ ]*:?[ ]*(?:các|những)?[ ]*(?:ông,?[ ]bà|đồng chí|ông|bà|anh,?[ ]chị)?[ ]*:?[ ]*$")
# A group said to hold an office, then named: "Hai ứng viên là [đại biểu Quốc hội] đương nhiệm tái cử tại đơn vị này là
# bà A và ông B", "3 trong số 4 ứng viên … là [đại biểu Quốc hội] đương nhiệm, là các ông C, D và E": a counted subject
# and "là" before the office; lower-case words qualifying it, "là" and perhaps a plural form of address after it.
_GROUP_NAMED_AFTER = re.compile(r"(?:[ ][a-zđ\u00e0-\u1ef9\d]+){0,12}[ ]*,?[ ]là[ ]+(?:(?:các|những)[ ]+)?"
                                r"(?:(?:ông,?[ ]bà|đồng chí|ông|bà)[ ]+)?")
_GROUP_REACH = 80


@lru_cache(maxsize=1)
def _group_is_before() -> re.Pattern[str]:
    """A counted subject and "là" right before an office ("3 trong số 4 ứng viên … là", "Hai ứng viên là"): a digit or
    a number word that counts alone (number_words.tsv, standalone)."""
    counts = alternation(standalone_number_words())
    return re.compile(rf"(?i)(?<!\w)(?:\d+|{counts})(?:[ ]trong[ ]số[ ]\d+)?(?:[ ][a-zđ\u00e0-\u1ef9]+){{1,8}}?[ ]là[ ]$")
# A bare head before the next office's body: "Chủ tịch [Công đoàn], Phó Tổng Giám đốc Công ty X".
# A verb between names listed and the offices after them: the subjects share them ("A và B được bầu làm …").
_VERB_BETWEEN = re.compile(r"[^\W\d_]")
_AND = re.compile(r"(?<!\w)và(?!\w)")
# A function taken for one occasion is written as what one "làm" ("do ông A làm trưởng đoàn").
_AS_FUNCTION = re.compile(r"(?i)(?<!\w)làm[ ]+\Z")
_ELLIPTIC_GAP = re.compile(rf"[ ]+(?P<head>[^\W\d_][\w ]{{0,20}}?)[ ]*(?:,[ ]*(?:{_JOINER}[ ])?|[ ]{_JOINER}[ ])[ ]*")


@lru_cache(maxsize=1)
def _next_item() -> re.Pattern[str]:
    """A semicolon and a form of address (honorifics.tsv, kind honorific): the next item of a headed list ("…; bà B,
    Trưởng Ban X; ông C, …")."""
    forms = alternation(row["word"] for row in read_table("persons/honorifics.tsv") if row["kind"] == "honorific")
    return re.compile(rf"(?i)[ ]*;[ ]*(?:{forms})[ ]+")


@lru_cache(maxsize=1)
def _honorifics() -> str:
    """Forms of address and degrees that may stand between an office and the name ("GS.TS", "ông")."""
    return alternation(row["word"] for row in read_table("persons/honorifics.tsv"))


@lru_cache(maxsize=1)
def _before_name() -> re.Pattern[str]:
    """What may stand between a run of offices and the name it belongs to."""
    address = rf"(?:(?:{_honorifics()})[.,]?(?:[ ]*[-.,][ ]*(?:{_honorifics()})\.?)*[ ]+)"
    # A bracket may close the run: an acronym the text defines, or where the body is or whose it is
    # ("Chủ tịch CĐ Ngân hàng VN (CĐNHVN) Nguyễn Văn A", "Cục trưởng Cục X (Bộ Y tế) Lương Văn B").
    # A bracket that is no acronym must be followed by the name itself, not by a dash: in "A, Cục trưởng Cục X
    # (Bộ Y) - TS B" the office is A's.
    acronym = r"(?:(?-i:[ ]\([A-ZĐ][A-ZĐ&.\-]{1,12}\))|[ ]\([^()\n]{1,40}\)(?![ ]?[-–:]))?"
    # An appointment names its holder after "đối với": "quyết định bổ nhiệm Phó Giám đốc Sở X đối với ông A".
    # How the office is or was held may stand before the name: "Chủ tịch [tiền nhiệm] A" (title_modifiers.tsv).
    held = rf"(?:[ ](?:{alternation(held_modifiers())}))?"
    # A federal state after the office, in Latin letters: "Thượng nghị sĩ [bang Arkansas] John Boozman" (state_words.tsv).
    state = rf"(?:[ ](?:{alternation(read_words('persons/state_words.tsv', 'word'))})(?-i:(?:[ ]{_STATE_NAME_WORD}){{1,2}}))?"
    # A portfolio may follow: "Phó Chủ tịch Phòng Thương mại Mỹ [phụ trách các vấn đề quốc tế] A".
    return re.compile(rf"(?i){held}{acronym}{_country_of_office()}{state}{_portfolio()}(?:[ ]{{1,2}}|:[ ]|[ ]?[-–][ ]|[ ]đối[ ]với[ ])(?:{address})?")


_STATE_NAME_WORD = r"[A-Z][a-z]+"  # a word of a state's name in Latin letters ("Arkansas", "New York")


@lru_cache(maxsize=1)
def _country_of_office() -> str:
    """A country that may stand between an office and its holder's name: "Ngoại trưởng Mỹ John Kerry".
    A state may be written in full ("Tổng thống Cộng hòa Belarus A"), and an envoy's own country before
    where the envoy serves ("Đại sứ Việt Nam tại Belarus B").
    An office may name its field before the country: "Bộ trưởng [Kinh tế] Đức A"."""
    field = rf"(?-i:[ ]{UPPER}[^\W\d_]*(?:[ ][^\W\d_]+){{0,2}}?)?"
    # Where an international body's office is held may follow its body: "Trưởng đại diện UNDP [tại Việt Nam] A".
    return (rf"(?:{field}[ ](?:(?:Cộng[ ]hòa[ ])?(?:{countries()})|(?:{home_countries()})(?=[ ]tại[ ]))"
            rf"(?:[ ]tại[ ](?:{host_countries()}))?(?=[ ,])|[ ]tại[ ](?:{host_countries()})(?=[ ,]))?")


@lru_cache(maxsize=1)
def _role_adverbs() -> str:
    """When an office is or was held, before the verb that gives it or "là" (role_verbs.tsv, kind adverb)."""
    return alternation(row["word"] for row in read_table("persons/role_verbs.tsv") if row["kind"] == "adverb")


@lru_cache(maxsize=1)
def _office_is_name() -> re.Pattern[str]:
    """An office as the subject of "là" and a name ("Giám đốc Sở X hiện nay là ông A"): a time adverb may
    stand before "là" (role_verbs.tsv, adverb), a form of address after it."""
    return re.compile(rf"(?i){_country_of_office()}[ ]+(?:(?:{_role_adverbs()})[ ]+)*là[ ]+"
                      rf"(?:(?:{_honorifics()})[ ]+)?")


@lru_cache(maxsize=1)
def _former_after() -> re.Pattern[str]:
    """A word after an office that says it was held in the past ("Chủ tịch [tiền nhiệm] A")."""
    return re.compile(rf"(?i)[ ]+(?:{alternation(held_modifiers((DROPPED_FORMER,)))})(?!\w)")


@lru_cache(maxsize=1)
def _before_name_after_comma() -> re.Pattern[str]:
    """A run with no other owner may end in a comma and a form of address: "Bí thư Đảng ủy xã X, ông B"; a foreign
    office's country may stand before the comma ("Tổng thống Pháp, ông C")."""
    return re.compile(rf"(?i){_country_of_office()},[ ]+(?:{_honorifics()})[ ]+")


@lru_cache(maxsize=1)
def _appositive() -> re.Pattern[str]:
    """What may stand between a name and the run of offices after it: punctuation, or a verb
    that gives the role (role_verbs.tsv)."""
    rows = read_table("persons/role_verbs.tsv")
    words = {kind: alternation(row["word"] for row in rows if row["kind"] == kind) for kind in ("verb", "office", "article")}
    words["adverb"] = _role_adverbs()
    verb = (rf"(?:(?:{words['adverb']})[ ]+)*(?:{words['verb']})[ ]+(?:(?:{words['article']})[ ]+)?"
            rf"(?:(?:{words['office']})[ ]+)?")
    # A bracket right after the name may say more of the person first: "A (SN 1986) - Bí thư …",
    # "A (tên thường gọi B - sinh năm 1957), Ủy viên …".
    # So may an age or a birth year set off by commas, or opening a bracket the offices go on in: "A, 45 tuổi, Giám
    # đốc …", "B, sinh năm 1970, Chủ tịch …", "C (62 tuổi, Chủ tịch Hội Nông dân xã X)".
    age = r"(?:\d{1,3}[ ]tuổi|(?:SN|sinh[ ]năm)[ ]\d{4})"
    aside = rf"(?:\([^()\n]{{1,40}}\)[ ]*|,[ ]*{age}[ ]*(?=[,\-–])|\([ ]*{age}[ ]*(?=[,;]))?"
    # A rank, degree or profession set off by commas may come before the offices: "A, Đại tá, Phó
    # Tham mưu trưởng …", "B, Bác sĩ chuyên khoa II, Phó Giám đốc …" (no roles themselves, NOTES.md 34).
    calling = rf"(?:[,\-–][ ]*(?:{_callings()})(?:[ ][^\W\d_]+){{0,3}}?[ ]*(?=,))*"
    return re.compile(rf"(?i)[ ]*{aside}{calling}(?:[,(\-–—:][ ]*)?(?:{verb})?")


@lru_cache(maxsize=1)
def _callings() -> str:
    """Ranks, degrees and professions (honorifics.tsv, kind title) that are no office of the lexicon, and the
    occupations a person is described by (appositions.tsv: "chuyên gia", "nhà nghiên cứu")."""
    offices = titles()
    words = [row["word"] for row in read_table("persons/honorifics.tsv") if row["kind"] in ("title", "calling")]
    words += [row["word"] for row in read_table("persons/appositions.tsv") if row["kind"] == "occupation"]
    return alternation(word for word in words if fold_for_matching(word) not in offices
                       and not any(fold_for_matching(word).startswith(office + " ") for office in offices))


@lru_cache(maxsize=1)
def _elliptic_heads() -> frozenset[str]:
    return frozenset(fold_for_matching(word) for word in read_words("persons/elliptic_heads.tsv"))


@lru_cache(maxsize=1)
def _whole_titles() -> frozenset[str]:
    return frozenset(fold_for_matching(title) for title in read_words("persons/whole_titles.tsv", "title"))


@dataclass
class _Run:
    titles: list[Title] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.titles[0].start

    @property
    def end(self) -> int:
        return self.titles[-1].end


def _runs_and_persons(text: str, titles: list[Title], persons: list[PersonMention]) -> list[_Run | PersonMention]:
    """Titles grouped into runs, and the persons between them, in text order."""
    items = sorted([(t.start, 0, t) for t in titles] + [(p.start, 1, p) for p in persons], key=lambda i: (i[0], i[1]))
    sequence: list[_Run | PersonMention] = []
    end = -1
    for _, _, item in items:
        if isinstance(item, Title):
            if item.start < end:
                continue  # inside the previous title's body
            gap = text[end:item.start]
            if sequence and isinstance(sequence[-1], _Run) and "\n" not in gap and (
                    _chain_gap().fullmatch(gap) and not _term_after_common_noun(text, sequence[-1], gap)
                    and not _NAME_ITEM_GAP.fullmatch(gap)
                    or _respective_and(text, sequence[-1].start, gap)
                    or _closing_and(text, sequence, gap, item)
                    or _HEADING_GAP.fullmatch(gap)
                    and _PLURAL_BEFORE.search(text, max(0, sequence[-1].start - 15), sequence[-1].start)):
                # "Các Phó Chủ tịch gồm: Phó Chủ tịch UBND tỉnh A; …": the heading of a list, with the first item's own
                # offices (_heading splits them at the colon)
                sequence[-1].titles.append(item)
            elif sequence and isinstance(sequence[-1], _Run) and (body := _unread_body(sequence[-1].titles[-1], gap)):
                # "Phó giám đốc [Trung tâm phẫu thuật nội soi Robot], Trưởng khoa X, Bệnh viện K": the body the
                # organizations finder did not read is the office's, and the run goes on over it
                last = sequence[-1].titles[-1]
                sequence[-1].titles[-1] = replace(last, end=last.end + 1 + len(body), fixed_organization=body)
                sequence[-1].titles.append(item)
            else:
                sequence.append(_Run([item]))
        else:
            sequence.append(item)
        end = item.end
    return sequence


# A body's name written after an office and before the next office of the run: a head and up to seven words.
_UNREAD_BODY_GAP = re.compile(rf"[ ](?P<body>{UPPER}[^\W\d_]*(?:[ ][^\W\d_]+){{1,7}}),[ ]")


def _unread_body(title: Title, gap: str) -> str | None:
    """The body written between an office that has none and the next office, set off by a comma, which the
    organizations finder did not read: it opens with a body's head (pattern_heads.tsv) and holds no function
    word a clause would ("Giám đốc Trung tâm cho biết, …" names no body)."""
    if title.organization is not None or title.fixed_organization is not None or title.points_back_to is not None:
        return None
    match = _UNREAD_BODY_GAP.fullmatch(gap)
    if match is None or "\n" in gap:
        return None
    body = match.group("body")
    if not (fold_for_matching(body) + " ").startswith(body_heads()) \
            or any(word in stop_words() for word in body.lower().split()):
        return None
    return body


# A list item's holder the persons finder missed, between two runs: ", Lia Riva - Giám đốc …" after "A - Trưởng phòng
# X": every word capitalized and a spaced dash before the next office, as a name is written, not a body.
_NAME_ITEM_GAP = re.compile(rf"[ ]*[,;][ ]*{UPPER}[^\W\d_]*(?:[ ]{UPPER}[^\W\d_]*){{1,3}}[ ][-–][ ]*")


def _last_item_start(text: str, run: _Run) -> int:
    """Where the offices of the name after a run begin when a person named before owns the rest: after the
    last semicolon, which ends one person's item of a list ("A, Ủy viên X, Bộ trưởng Y; Ủy viên Z, Phó
    Chủ tịch W B" → B is Ủy viên Z too), else at its last office."""
    for index in range(len(run.titles) - 1, 0, -1):
        if ";" in text[run.titles[index - 1].end:run.titles[index].start]:
            return index
    return len(run.titles) - 1


def _term_after_common_noun(text: str, run: _Run, gap: str) -> bool:
    """A term after an office written in lower case names the office as a common noun, not one's own ("bầu
    cử đại biểu Quốc hội khóa XV, Tổng Bí thư A": A is no deputy through the term)."""
    return text[run.titles[-1].start].islower() and _term_in_gap().search(gap + ",") is not None


_RESPECTIVE_BEFORE = re.compile(r"(?i)lần[ ]lượt(?:[ ]\w+){0,4}[ ]$")


def _respective_and(text: str, run_start: int, gap: str) -> bool:
    """ "và" joins the offices of a run given in order ("A và B lần lượt giữ chức Chủ tịch và Phó Chủ
    tịch X"); elsewhere it joins two persons' phrases ("A, Ủy viên X và Ủy viên Y B")."""
    return gap.strip(" ,") == "và" and bool(_RESPECTIVE_BEFORE.search(text, max(0, run_start - 40), run_start))


_APPOSITION_GAP = re.compile(r"[ ]*[,(\-–][ ]*")
# The phrase ends: a full stop, or a comma or a dash before a lower-case word (the verb), not before more offices;
# or the verb right after it ("A, nhà đồng sáng lập và Phó Chủ tịch X chia sẻ").
_CLAUSE_GOES_ON = re.compile(r"[ ]*(?:[.;)]|[,\-–][ ]+[a-zđà-ỹ])|[ ]+[a-zđà-ỹ]")


def _closing_and(text: str, sequence: list, gap: str, title: Title) -> bool:
    """ "và" joins two offices of one person set off after the name ("A, Bộ trưởng X và Bộ trưởng Y,
    cho biết"): the run stands right after a person and the office after "và" ends the phrase, no
    name after it ("A, Ủy viên X và Ủy viên Y B" gives the second office to B)."""
    return gap.strip(" ,") == "và" and len(sequence) >= 2 and isinstance(sequence[-2], PersonMention) \
        and bool(_APPOSITION_GAP.fullmatch(text, sequence[-2].end, sequence[-1].start)) \
        and bool(_CLAUSE_GOES_ON.match(text, title.end))


def _with_shared_bodies(text: str, run: _Run) -> list[tuple[Title, str | None, str | None]]:
    """Each title of a run with its organization (name, id): its own, else that of the next
    office of the run, headed by a bare union or party head written between them."""
    placed: list[tuple[Title, str | None, str | None]] = []
    following: tuple[str | None, str | None] = (None, None)
    for index in range(len(run.titles) - 1, -1, -1):
        title = run.titles[index]
        if title.organization is not None:
            following = (title.organization.name, title.organization.org_id)
            placed.append((title, *following))
            continue
        if title.fixed_organization is not None:
            head: str | None = title.fixed_organization
            if fold_for_matching(head) in _elliptic_heads():  # "Đảng ủy viên, Phó Giám đốc Công an tỉnh X": the
                # organ of the next office's body; alone, a bare organ names no body
                head = (party_committee_of(following[0]) or f"{head} {_workplace_of(following[0])}") if following[0] else None
            placed.append((title, head, None))
            continue
        if office_before_modifiers(title.title) in _whole_titles():  # "Phó Thủ tướng thứ nhất, Bộ trưởng Nội vụ"
            placed.append((title, None, None))
            continue
        name, org_id = following
        if name and index + 1 < len(run.titles):
            gap = text[title.title_end if title.title_end >= 0 else title.end:run.titles[index + 1].start]
            elliptic = _ELLIPTIC_GAP.fullmatch(_term_in_gap().sub("", gap))
            if elliptic and fold_for_matching(elliptic.group("head")) in _elliptic_heads():
                # The office before may name the same organ again: it is of the same body; a Party
                # organ of a place's state body is the place's ("Bí thư Đảng ủy, Chủ tịch HĐND xã X").
                committee = party_committee_of(name) if is_party_office(title.title) else None
                placed.append((title, committee or f"{' '.join(elliptic.group('head').split())} {_workplace_of(name)}",
                               None))
                continue
            elif elliptic or ";" in gap or ":" in gap or gap.strip()[:1].isupper():
                # another word or an item's end between: not the same body ("Đoàn 559; "), nor a list's heading's
                # ("Các Phó Chủ tịch gồm: Phó Chủ tịch UBND tỉnh A")
                name = org_id = None
            elif is_party_office(title.title) and (committee := party_committee_of(name) or committee_of_organ(name)):
                name, org_id = committee, None  # "Bí thư, Chủ tịch UBND huyện X": the Huyện ủy X; "Ủy viên
                # Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy X": the committee whose organ the next office heads
        # What this office was given is what the one before it may share: a break cuts the whole
        # run before it ("Tư lệnh kiêm Chính ủy Đoàn 559; Thứ trưởng Bộ Công an").
        following = (name, org_id)
        placed.append((title, name, org_id))
    return placed[::-1]


_COUNCIL = "hội đồng"


def _workplace_of(body: str) -> str:
    """A body without the union or Party organ it may open with: the workplace another organ of it is
    of ("Bí thư Đảng ủy, Chủ tịch [Công đoàn] Công ty X" → Đảng ủy Công ty X)."""
    folded = fold_for_matching(body)
    head = max((h for h in _elliptic_heads() if folded.startswith(h + " ")), key=len, default=None)
    if head is None or head == _COUNCIL and not body[len(head) + 1:][:1].isupper():
        return body  # a council's bare head only before a capitalized body ("Hội đồng [Đại học Huế]"),
        # not in a council's own name ("Hội đồng nhân dân")
    return body[len(head) + 1:]


def _workplace_for_office(office: str, name: str, org_id: str | None) -> tuple[str, str | None]:
    """A company's or a school's office sharing the body of the next office of its run, when that
    body is the workplace's union or Party organ, is the workplace's ("Phó Tổng Giám đốc, Chủ tịch
    Công đoàn Công ty X" → Phó Tổng Giám đốc of Công ty X, not of its union; management_titles.tsv)."""
    folded = fold_for_matching(office)
    if not any(folded == title or folded.startswith(title + " ") for title in _management_titles()):
        return name, org_id  # the title may keep its unit: "Trưởng phòng Hành chính"
    workplace = _workplace_of(name)
    if workplace == name or body_kind(workplace) not in _MANAGED_KINDS:
        return name, org_id
    return workplace, None


_MANAGED_KINDS = (*WORKPLACE_KINDS, "media")  # a newspaper's editors as a company's managers ("Báo X")


@lru_cache(maxsize=1)
def _function_titles() -> frozenset[str]:
    return frozenset(fold_for_matching(title) for title in read_words("persons/function_titles.tsv", "title"))


@lru_cache(maxsize=1)
def _management_titles() -> frozenset[str]:
    return frozenset(fold_for_matching(title) for title in read_words("persons/management_titles.tsv", "title"))


@lru_cache(maxsize=1)
def _topic_marker() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(read_words('persons/topic_markers.tsv', 'marker'))})[ ]$")


class PassageTopics:
    """Bodies a sentence is about ("Về phía Công đoàn X có …", "Đại diện LĐLĐ tỉnh Y, …", the marker
    opening a clause): an office written later in the same sentence without a body of its own is
    that body's. A list of an organ's members ("Ban Thường vụ LĐLĐ tỉnh Y khóa XV gồm: 1. Ông A –
    Chủ tịch; 2. …") is about the body to the list's end, over its numbers and semicolons."""

    _SENTENCE_END = re.compile(r"[.!?;\n]")
    _LIST_END = re.compile(r"\n|[.!?](?<!\d[.])(?=\s|$)")  # "1." numbers an item

    def __init__(self, text: str, orgs: list[OrgMention]) -> None:
        self._text = text
        topics = []
        headed: list[tuple[int, int, OrgMention]] = []  # headings of lists of a body's officers with no body
        for org in sorted(orgs, key=lambda o: o.start):
            if _list_organ().search(text, max(0, org.start - 20), org.start) and (opening := _LIST_OPENING.match(text, org.end)):
                end = self._LIST_END.search(text, opening.end())
                topics.append((org, end.start() if end else len(text)))
            elif (marker := _topic_marker().search(text, max(0, org.start - 24), org.start)) \
                    and _opens_clause(text, marker.start()):
                # "Về phía X có A, Giám đốc; B, Trưởng phòng Tổ chức": a list of the body's people runs over semicolons
                ends = self._LIST_END if _topic_list().match(text, org.end) else self._SENTENCE_END
                end = ends.search(text, org.end)
                topics.append((org, end.start() if end else len(text)))
            elif _appointing_after().match(text, org.end) and _subject_at(text, org.start):
                # "LĐLĐ tỉnh X đã bổ nhiệm ông A giữ chức Phó Chủ tịch": the body gives the office in its own world
                end = self._SENTENCE_END.search(text, org.end)
                topics.append((org, end.start() if end else len(text)))
            elif _subject_at(text, org.start) and (heading := self._heading_next(org.end)) is not None:
                # "Hội đồng X do Thủ tướng làm chủ tịch. Các Phó chủ tịch gồm: A; bà B, …": the sentence after the one
                # a body opens heads a list of its officers with no body: the heading's office is that body's, and
                # so each listed holder's (not the holders' own offices: "Phó Chủ tịch nước A")
                headed.append((heading[0], heading[1], org))
            if (led := _LED_BY.match(text, org.end)) is not None and _subject_at(text, org.start):
                # "Hội đồng X do Thủ tướng A làm chủ tịch": the office "làm" gives is the body's
                headed.append((led.end(), led.end() + 1, org))
        self._topics = topics
        self._starts = [org.end for org, _ in topics]
        self._headed = headed

    def _heading_next(self, position: int) -> tuple[int, int] | None:
        """The span of the heading of a list of officers that opens the sentence after ``position``'s ("Các Phó Chủ
        tịch gồm:"); None when that sentence opens otherwise."""
        # within reach: scanning to a far sentence end from every body of one long sentence would be quadratic
        end = self._SENTENCE_END.search(self._text, position, position + _HEADED_SENTENCE_REACH)
        if end is None or end.group() not in ".\n":
            return None
        heading = _PLURAL_HEADING.match(self._text, end.end())
        return (end.end(), heading.end()) if heading is not None else None

    def body_at(self, position: int) -> OrgMention | None:
        for start, end, org in self._headed:
            if start <= position < end:
                return org
        index = bisect.bisect_right(self._starts, position)
        if not index:
            return None
        topic, end = self._topics[index - 1]
        return topic if position < end else None


@lru_cache(maxsize=1)
def _appointing_after() -> re.Pattern[str]:
    """After a body: the verb by which it gives an office (persons/appointing_verbs.tsv), past adverbs
    (role_verbs.tsv kind adverb), an acronym in brackets and an announcement ("trao quyết định")."""
    rows = read_table("persons/appointing_verbs.tsv")
    verbs = alternation(row["words"] for row in rows if row["kind"] == "verb")
    announcements = alternation(row["words"] for row in rows if row["kind"] == "announcement")
    return re.compile(rf"(?i)(?:[ ]*\([^()\n]{{1,15}}\))?(?:[ ]+(?:{_role_adverbs()}))*(?:[ ]+(?:{announcements}))?"
                      rf"[ ]+(?:{verbs})(?!\w)")


def _subject_at(text: str, position: int) -> bool:
    """Whether a body at ``position`` is a clause's subject: it opens the clause, alone or after one of its
    organs ("Ban Thường vụ LĐLĐ tỉnh X đã điều động …")."""
    organ = _list_organ().search(text, max(0, position - 20), position)
    return _opens_clause(text, organ.start() if organ else position)


@lru_cache(maxsize=1)
def _topic_list() -> re.Pattern[str]:
    # after the body's seat, if written ("Viện X [tại Việt Nam] có …")
    seat = rf"(?:[ ](?:tại|ở)[ ]{UPPER}\S*(?:[ ]{UPPER}\S*){{0,3}})?"
    words = alternation(read_words('persons/topic_list_words.tsv', 'word'))
    return re.compile(rf"{seat}[ ]*,?[ ]*(?i:{words})(?=[ :])")


# A sentence that heads a list of officers in the plural, with no body: "Các Phó Chủ tịch gồm:", "Những ủy viên là:".
_PLURAL_HEADING = re.compile(rf"[ \n]*(?:Các|Những)[ ]+{UPPER}?[^\W\d_]+(?:[ ][^\W\d_]+){{0,4}}?[ ]+(?:gồm|là)"
                             r"(?:[ ][\w,]+){0,3}?[ ]*:")
# After the body: its term, then "gồm" with up to four words ("gồm các đồng chí", "gồm 15 đồng chí") and a colon.
_LIST_OPENING = re.compile(r"(?i)(?:[ ,]+(?:khóa|nhiệm kỳ)[ ][^:;.\n]{1,30}?)?[ ]*,?[ ]*gồm(?:[ ][\w,]+){0,4}?[ ]*:")


@lru_cache(maxsize=1)
def _list_organ() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(read_words('persons/list_organs.tsv', 'form'))})[ ]$")


def _own_province_body(title: Title, run: _Run) -> tuple[str, str] | None:
    """The body of a fused title in the province of the person's other offices ("Tỉnh ủy viên, Chủ
    tịch LĐLĐ tỉnh Bắc Ninh" → Tỉnh ủy Bắc Ninh, not the Tỉnh ủy of the article's first province)."""
    relative = relative_templates().get(fold_for_matching(title.fused_body or ""))
    if relative is None:
        return None
    base = load_orgbase()
    for other in run.titles:
        province = provincial_province(other.organization.org_id if other.organization else None)
        if province is not None and province.kind == relative[1]:
            template = next((t for t in base.templates if t.template_id == relative[0]), None)
            org_id = template_org_id(template, province) if template else None
            if org_id in base.orgs:
                return base.orgs[org_id].name, org_id
    return None


def _as_function(text: str, title: Title) -> bool:
    """Whether an office is a one-off function ("do ông A làm trưởng đoàn"), not an office of a body."""
    return fold_for_matching(title.title) in _function_titles() \
        and bool(_AS_FUNCTION.search(text, max(0, title.start - 8), title.start))


def _roles_of(person: PersonMention, titles: list[Title], run: _Run, text: str,
              implied: dict[str, OrgMention], before: BodiesBefore, topics: PassageTopics) -> list[RoleMention]:
    found = []
    for title, name, org_id in _with_shared_bodies(text, run):
        if title not in titles:
            continue
        if title.fused_body and (own := _own_province_body(title, run)) is not None:
            name, org_id = own
        if title.organization is None and name is not None:
            name, org_id = _workplace_for_office(title.title, name, org_id)
        if name is None and title.end <= person.start and (of := _OF.match(text, person.end)) is not None \
                and (body := before.starting_at(of.end())) is not None:
            name, org_id = body.name, body.org_id  # "Giám đốc điều hành Stephane Bancel của Moderna": the body after "của"
        if name is None and (body := implied.get(fold_for_matching(title.title))) is not None \
                and _implied_fits(text, title, person, body):
            name, org_id = body.name, body.org_id
        if name is None and (body := topics.body_at(title.start)) is not None and not _as_function(text, title):
            name, org_id = body.name, body.org_id  # "Về phía Công đoàn X có các đồng chí Phó Chủ tịch A, B"
        if name is None and title.points_back_to and (body := pointed_body(before, title.points_back_to, title.start)):
            name, org_id = body.name, body.org_id  # "Chủ tịch HĐQT công ty": the company named last
        if name is None and (kind := workplace_titles().get(office := fold_for_matching(title.title))) \
                and (body := before.nearest(kind, title.start) if office not in sole_workplace_titles()
                     else None if is_foreign_name(person.text) else before.sole(kind, title.start)) is not None:
            # "bà A, Tổng Giám đốc": of the company named last; "Thứ trưởng B" of the one ministry named, and only
            # a Vietnamese name's (a foreign minister's ministry is his country's, which the story may not name)
            name, org_id = body.name, body.org_id
        if name is None and _as_function(text, title):
            continue  # "do ông A làm trưởng đoàn": the head of a delegation, a function of one visit
        if org_id is not None and (country := _country_after_holder().match(text, person.end)) is not None \
                and (known := load_orgbase().orgs.get(org_id)) is not None and known.level in STATE_LEVELS:
            name, org_id = f"{name} {country.group('country')}", None  # "Bộ trưởng Quốc phòng A của Úc"
        office = title.title
        if title.organization is None and name is not None and (organ := _organ_of_body(office, name)) is not None:
            office, name, org_id = organ  # "Ủy viên Đoàn Chủ tịch, Trưởng ban X Tổng LĐLĐ Việt Nam"
        elif name is not None and (ban := _ban_of_committee(office, name)) is not None:
            office, name, org_id = ban  # "Trưởng Ban Tuyên giáo Tỉnh ủy X": the Ban is a body of its own
        start, end = min(person.start, title.start), max(person.end, title.end)
        former = title.former or bool(_former_after().match(text, title.end))
        found.append(RoleMention(start, end, "", person.name, office, name, org_id, former))
    return found


@lru_cache(maxsize=1)
def _country_word() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{host_countries()})(?![^\W_])")


@lru_cache(maxsize=1)
def _home_forms() -> frozenset[str]:
    return frozenset(fold_for_matching(form) for form in read_words("persons/home_country.tsv", "form"))


_OFFICE_PHRASE = re.compile(r"[^,;:.()\n]{0,40}")  # what an office written after its holder's name runs on with


def _implied_fits(text: str, title: Title, person: PersonMention, body: OrgMention) -> bool:
    """Whether the body an office implies is the holder's when its name holds countries ("Đại sứ quán
    Bỉ tại Hàn Quốc"): every country written between the office and the name is in it ("Đại sứ Việt Nam
    tại Ấn Độ A" holds no office of it), and the country that sends it is the holder's, as the name's
    shape tells: a foreign name no office of the home country's mission, a Vietnamese one none of a
    foreign country's. A body without a country ("Khối thi đua …") fits every holder. An office written
    after the name has its countries after it ("B (Đại sứ Việt Nam tại Campuchia)")."""
    sending = _country_word().search(body.name)
    if sending is None:
        return True
    folded = fold_for_matching(body.name)
    written = text[title.end:person.start] if title.end <= person.start else _OFFICE_PHRASE.match(text, title.end).group()
    if any(fold_for_matching(country.group()) not in folded for country in _country_word().finditer(written)):
        return False
    return is_foreign_name(person.text) != (fold_for_matching(sending.group()) in _home_forms())


def _organ_of_body(office: str, body: str) -> tuple[str, str, str] | None:
    """An office ending with an organ that is a body of its own once its body is named after it, as the
    base knows it (NOTES.md 15: Đoàn Chủ tịch Tổng LĐLĐ Việt Nam): the office without the organ, and
    that body ("Ủy viên Đoàn Chủ tịch" of Tổng LĐLĐ → "Ủy viên" of Đoàn Chủ tịch Tổng LĐLĐ)."""
    words = office.split()
    base = load_orgbase()
    for cut in range(1, len(words)):
        if (org_id := base.lookup(f"{' '.join(words[cut:])} {body}")) is not None and org_id in base.orgs:
            return " ".join(words[:cut]), base.orgs[org_id].name, org_id
    return None


# The head of a Ban that an office names before its body ("[Phó Trưởng ban] [Dân vận] Thành ủy X").
_HEAD_OF_BAN = re.compile(r"(?P<office>(?:Phó[ ])?Trưởng[ ](?P<ban>[Bb]an))[ ](?P<unit>[A-ZĐ].*)$")


def _ban_of_committee(office: str, body: str) -> tuple[str, str, str | None] | None:
    """A Party committee's Ban named inside its head's office ("Trưởng Ban Tuyên giáo" of Tỉnh ủy X): the office
    without the unit and the Ban as a body of its own ("Trưởng Ban" of "Ban Tuyên giáo Tỉnh ủy X"; NOTES.md 33, as
    the gold's "Ban Dân vận Thành ủy"); a union's Ban stays in its office (persons/unit_bodies.tsv)."""
    match = _HEAD_OF_BAN.fullmatch(office)
    if match is None or not is_party_committee(body) or fold_for_matching(match.group("unit")) in _organ_words():
        return None
    name = f"{match.group('ban').capitalize()} {match.group('unit')} {body}"
    return match.group("office"), name, load_orgbase().lookup(name)


@lru_cache(maxsize=1)
def _organ_words() -> frozenset[str]:
    """Organs of a committee that are no Ban of its own after "Trưởng Ban" (persons/list_organs.tsv)."""
    return frozenset(fold_for_matching(form).removeprefix("ban ") for form in read_words("persons/list_organs.tsv", "form"))


_CLAUSE_START = re.compile(r"(?:^|[.,;:!?\n“\"(]|[-–])[ ]*$")


def _opens_clause(text: str, position: int) -> bool:
    """Whether a run starts a clause, not the object of a verb or preposition ("Báo cáo với Bí thư
    …, bà A cho biết"); after one, the name must be set off by commas to be the apposition."""
    return bool(_CLAUSE_START.search(text, max(0, position - 4), position))


@lru_cache(maxsize=1)
def _list_gap() -> re.Pattern[str]:
    """Between two listed names: a comma or "và", and perhaps a form of address ("A và bà B")."""
    return re.compile(rf"(?i)[\s,;:]*(?:và[ ])?[ ]*(?:(?:{_honorifics()})[ ]+)?")


@lru_cache(maxsize=1)
def _next_listed() -> re.Pattern[str]:
    """Between two names a title heads: a comma, a semicolon or "và"; a form of address only after a comma or "và"
    ("như ông A, ông B"): after a semicolon it opens another item ("…: A, B; đồng chí C - Ủy viên …")."""
    # A bracket may say more of a listed name first: "ông A (tái đắc cử), ông B".
    aside = r"(?:[ ]*\([^()\n]{1,30}\))?"
    return re.compile(rf"(?i){aside}(?:[\s,;:]*(?:và[ ])?[ ]*|(?:[ ]*,|[ ]+và)[ ]+(?:{_honorifics()})[ ]+)")


def _listed_before(text: str, sequence: list[_Run | PersonMention], position: int) -> list[PersonMention]:
    """The names listed right before the one at ``position``, joined by commas or "và"."""
    listed = []
    while position > 0:
        previous, current = sequence[position - 1], sequence[position]
        if not isinstance(previous, PersonMention) or not _list_gap().fullmatch(text[previous.end:current.start]):
            break
        listed.append(previous)
        position -= 1
    return listed


_RESPECTIVELY = re.compile(r"(?i)lần[ ]lượt|[-–—]")
_RESPECTIVE_WORD = re.compile(r"(?i)lần[ ]lượt")


def _paired(text: str, sequence: list[_Run | PersonMention], index: int,
            last: PersonMention) -> list[tuple[PersonMention, Title]]:
    """Names listed before a run of as many offices, set off by a dash or "lần lượt" ("A, B - nguyên
    Tổng Giám đốc, Phó Tổng Giám đốc Công ty X", "các ông A, B lần lượt là Chủ tịch, Phó Chủ tịch
    Y"): each name with the office in the same place of the run; empty when the counts differ."""
    run = sequence[index]
    listed = _listed_before(text, sequence, index - 1)
    if not listed or len(listed) + 1 != len(run.titles) or not _RESPECTIVELY.search(text, last.end, run.start):
        return []
    if not _RESPECTIVE_WORD.search(text, last.end, run.start) \
            and any(_AND.search(text, a.end, b.start) for a, b in zip(run.titles, run.titles[1:])):
        return []  # "A và B - Người sáng lập và Chủ tịch X": offices joined by "và" are one person's, B's
    return list(zip([*reversed(listed), last], run.titles))


def _heading(text: str, titles: list[Title]) -> list[Title]:
    """The offices a list shares: all of them, or those before a colon when the first name's own
    follow it ("các đồng chí Ủy viên T.Ư Đảng: [Phó Chủ tịch Quốc hội] A, Trưởng Ban X B")."""
    for index in range(1, len(titles)):
        if ":" in text[titles[index - 1].end:titles[index].start]:
            return titles[:index]
    return titles


def _listed_after(text: str, sequence: list[_Run | PersonMention], position: int,
                  items: bool = False) -> list[PersonMention]:
    """The names listed after the one at ``position``: joined by commas, semicolons or "và", perhaps
    with a form of address ("như ông A, ông B"), each perhaps with its own offices after it ("Ủy viên T.Ư Đảng: A, Phó Chủ tịch Quốc hội; B, …")."""
    listed = []
    current = sequence[position]
    while position + 1 < len(sequence):
        following = sequence[position + 1]
        if isinstance(following, _Run) and position + 2 < len(sequence) \
                and _appositive().fullmatch(text[current.end:following.start]):
            position += 1  # the listed person's own offices
            current, following = following, sequence[position + 1]
        gap = text[current.end:following.start] if isinstance(following, PersonMention) else ""
        if not isinstance(following, PersonMention) or not (
                _next_listed().fullmatch(gap) or items and _next_item().fullmatch(gap)):
            break
        listed.append(following)
        position += 1
        current = following
    return listed


def _handed_over_by(text: str, run_end: int, person: PersonMention) -> bool:
    """Whether the name after a run given to its subject is the one the offices pass from ("A giữ chức Bí thư
    Tỉnh ủy X [thay ông] B", "… nhiệm kỳ 2018-2023 [thay cho ông] C"): B held them before, and a former
    office is a role (NOTES.md 34)."""
    gap = text[run_end:person.start]
    term = _term_at_gap_start().match(gap)
    rest = gap[term.end() if term else 0:].lstrip(" ,")
    return bool(rest) and "\n" not in gap and succession_object().fullmatch(rest) is not None


@lru_cache(maxsize=1)
def _term_at_gap_start() -> re.Pattern[str]:
    return re.compile(_term_phrase())


def _succeeded_by_verb(text: str, person: PersonMention, run: _Run) -> bool:
    """Whether a verb, not punctuation, links the name to the offices after it while the name is the
    object of a succession ("kế nhiệm ông Raul Castro trở thành Chủ tịch nước"): the offices are the successor's."""
    gap = text[person.end:run.start].strip()
    # not "thay ông A - người trở thành …": A's; nor is a passive's agent's ("được Chủ tịch B cất nhắc làm …")
    return gap[:1].isalpha() and (is_succeeded(text, person) or is_passive_agent(text, person))


def find_roles(text: str, persons: list[PersonMention], orgs: list[OrgMention]) -> list[RoleMention]:
    implied = implied_bodies(orgs)
    bodies = BodiesBefore(orgs, text)
    topics = PassageTopics(text, orgs)
    found_titles = find_titles(text, orgs)
    sequence = _runs_and_persons(text, found_titles, persons)
    roles: list[RoleMention] = []
    named_after_titles: set[int] = set()  # persons whose offices stand before their name
    owned: set[int] = set()  # runs written beside a name
    leading: set[int] = set()  # roles from the offices of a run before the one next to its name
    for index, run in enumerate(sequence):
        if not isinstance(run, _Run):
            continue
        before = sequence[index - 1] if index > 0 else None
        after = sequence[index + 1] if index + 1 < len(sequence) else None
        left = before if isinstance(before, PersonMention) and "\n" not in text[before.end:run.start] \
            and _appositive().fullmatch(text[before.end:run.start]) \
            and not _succeeded_by_verb(text, before, run) else None
        gap = text[run.end:after.start] if isinstance(after, PersonMention) else None
        right = after if gap is not None and (_before_name().fullmatch(gap) or left is None and (
            _opens_clause(text, run.start) or text.startswith(",", after.end)
            and not _own_offices_after(text, sequence, index + 1))
            and _before_name_after_comma().fullmatch(gap)) else None
        brand_words = 1
        written = _written_body(gap, after) if gap is not None \
            and not _OBJECT_BEFORE.search(text, max(0, run.start - 6), run.start) else None
        if written is not None and right is None:
            right = after
        plural = bool(_PLURAL_BEFORE.search(text, max(0, run.start - 15), run.start))
        if gap is not None and right is None and _PLURAL_AFTER.fullmatch(gap):
            right, plural = after, True
        if gap is not None and right is None and _GROUP_NAMED_AFTER.fullmatch(gap) \
                and _group_is_before().search(text, max(0, run.start - _GROUP_REACH), run.start):
            right, plural = after, True  # "3 trong số 4 ứng viên là đại biểu Quốc hội đương nhiệm, là các ông A, B và C"
        if gap is not None and right is None and plural and _SUCH_AS.fullmatch(gap):
            right = after
        if gap is not None and right is None and left is None and _opens_clause(text, run.start) \
                and (_office_is_name().fullmatch(gap) or _COMMA_ONLY.fullmatch(gap) and text.startswith(",", after.end)
                     and not _own_offices_after(text, sequence, index + 1)):
            # "Chủ tịch Công đoàn Công ty hiện nay là ông A", "Giám đốc Sở X, B, cho biết": the office opening the
            # clause is the name's after it
            right = after
        if gap is not None and right is None and left is None and _opens_clause(text, run.start) \
                and (apposed := _written_apposition(text, gap, after)) is not None:
            right, written, brand_words = after, apposed, 2  # "Chủ tịch Valencia, Anil Murthy, cho biết"
        if right is None and left is None and gap is not None and (head := _head_of_possessive(text, sequence, index)) \
                and _before_name_after_comma().fullmatch(gap):
            # "người phát ngôn của Tổng thống, ông A": A is the spokesman, set off after the whole phrase
            owned.update((index - 1, index))
            roles.extend(_roles_of(after, head.titles, head, text, implied, bodies, topics))
            continue
        if right is not None or left is not None:
            owned.add(index)
        if right is not None:
            own = run.titles if left is None or id(left) in named_after_titles \
                else run.titles[_last_item_start(text, run):]
            named_after_titles.add(id(right))
            found = _roles_of(right, own, run, text, implied, bodies, topics)
            if written and found and found[-1].organization is None:
                found[-1] = replace(found[-1], organization=_body_of_written(written)
                                    or _brand_of(found[-1].title, written, brand_words))
            if found and found[-1].organization is None and (bracket := _body_in_brackets(text, right.end, orgs)):
                found[-1] = replace(found[-1], organization=bracket.name, org_id=bracket.org_id)
            leading.update(id(role) for role in found[:-1])  # offices written before the one next to the name
            roles.extend(found)
            if left is not None and len(own) < len(run.titles):
                roles.extend(_roles_of(left, run.titles[:len(run.titles) - len(own)], run, text, implied, bodies, topics))
            if plural or _APPOINTED.search(gap or ""):
                # the same offices for every name of the list: those of its heading, before a colon; or an appointment's
                # or a dismissal's, every holder named after "đối với" ("miễn nhiệm chức vụ X đối với ông A và bà B")
                shared = _heading(text, own)
                # a heading "gồm:" opens a list whose items semicolons part, each with a form of address ("Các Phó
                # Chủ tịch gồm: A; bà B, Trưởng Ban X; ông C, …")
                items = len(shared) < len(own) and _HEADING_GAP.fullmatch(text, shared[-1].end, own[len(shared)].start)
                for listed in _listed_after(text, sequence, index + 1, items=bool(items)):
                    roles.extend(_roles_of(listed, shared, run, text, implied, bodies, topics))
        elif left is not None and (paired := _paired(text, sequence, index, left)):
            for person, title in paired:  # "A, B lần lượt là Chủ tịch, Phó Chủ tịch X": in order
                roles.extend(_roles_of(person, [title], run, text, implied, bodies, topics))
        elif left is not None:
            if isinstance(after, PersonMention) and _handed_over_by(text, run.end, after):
                roles.extend(_roles_of(after, run.titles, run, text, implied, bodies, topics))
            found = _roles_of(left, run.titles, run, text, implied, bodies, topics)
            if found and found[-1].organization is None and is_foreign_name(left.text) \
                    and (written := _written_body_after(text, run.end)) is not None:
                found[-1] = replace(found[-1], organization=written)  # "A, Chủ tịch [Hội đồng châu Âu], cho biết"
            elif found and found[-1].organization is None and run.titles[-1].points_back_to is not None \
                    and (written := _headed_body_after(text, run.titles[-1].title_end)) is not None:
                found[-1] = replace(found[-1], organization=written)  # "A, Phó giám đốc [Xí nghiệp quản lý X], …"
            roles.extend(found)
            listed = _listed_before(text, sequence, index - 1)
            if text.startswith("vào", run.start) or listed and _VERB_BETWEEN.search(text, left.end, run.start) \
                    and _AND.search(text, listed[0].end, left.start):
                # "bầu bổ sung A, B và C vào BCH X", "A và B được bầu làm Phó Chủ tịch": all of them; not "sau khi
                # chuyển giao cho ông A, ông B giữ chức …"
                for listed in listed:
                    roles.extend(_roles_of(listed, run.titles, run, text, implied, bodies, topics))
    for index, holder in row_holders(text, sequence).items():
        if index not in owned:  # a table's row: the name on its line, its offices on the lines after it
            owned.add(index)
            roles.extend(_roles_of(holder, sequence[index].titles, sequence[index], text, implied, bodies, topics))
    roles.extend(_roles_of_subjects(text, sequence, owned, persons, implied, bodies, topics))
    roles.extend(_roles_of_office_subjects(text, sequence, owned, roles, persons, implied, bodies, topics))
    roles.extend(deputies(text, persons, orgs))
    roles = _repeating_written_bodies(_one_holder(roles, leading), orgs)
    roles = with_listed_bodies(text, with_elected_bodies(text, roles))
    roles = without_bare_repeats(with_passage_bodies(roles, found_titles))
    roles = with_holders_countries(text, roles)
    bodied = _bodied_titles()
    return [replace(r, text=text[r.start:r.end]) for r in roles
            if r.organization is not None or fold_for_matching(r.title) not in bodied]


@lru_cache(maxsize=1)
def _bodied_titles() -> frozenset[str]:
    """Offices that are offices only with a body (persons/bodied_titles.tsv: "thành viên")."""
    return frozenset(fold_for_matching(title) for title in read_words("persons/bodied_titles.tsv", "title"))


@lru_cache(maxsize=1)
def _portfolio() -> str:
    """The portfolio an office has in its body, written after the body and optional: "[phụ trách] các vấn đề quốc
    tế" (role_verbs.tsv, kind portfolio) and up to six words."""
    words = "|".join("[ ]".join(re.escape(part) for part in row["word"].split())
                     for row in read_table("persons/role_verbs.tsv") if row["kind"] == "portfolio")
    return rf"(?:[ ](?:{words})(?:[ ][^\W\d_]+){{1,6}}?)?"


@lru_cache(maxsize=1)
def _written_body_pattern() -> re.Pattern[str]:
    """Between an office and a foreign name, the words of its body no organization mention holds: capitalized
    Vietnamese words, lower-case ones and a bracketed acronym ("Chánh án [Tòa án Tối cao] John Roberts"), perhaps
    with the office's portfolio after them ("Phó Chủ tịch [Phòng Thương mại Mỹ] phụ trách các vấn đề quốc tế A")."""
    return re.compile(rf"[ ](?P<body>{UPPER}[^\W\d_]*(?:[ ](?:[^\W\d_]+|\([A-Z]{{2,}}\))){{0,7}}?){_portfolio()}[ ]+")


_ACRONYM_BODY = re.compile(r"[A-ZĐ]{2,6}")


@lru_cache(maxsize=1)
def _country_after_holder() -> re.Pattern[str]:
    """A foreign country written after the holder's name: the national body of his office is that
    country's ("Bộ trưởng Quốc phòng Marise Payne của Australia" → Bộ Quốc phòng Australia)."""
    return re.compile(rf"[ ]của[ ](?P<country>{countries()})(?![^\W_])")


@lru_cache(maxsize=1)
def _written_body_then_address() -> re.Pattern[str]:
    """The written body set off from the name by a comma and a rank or form of address ("Giám đốc [Cơ quan
    Tình báo Quốc phòng Mỹ], trung tướng Vincent Stewart")."""
    return re.compile(rf"{_written_body_pattern().pattern.removesuffix('[ ]+')},[ ]+(?i:{_honorifics()})[ ]+")


@lru_cache(maxsize=1)
def _written_apposition_pattern() -> re.Pattern[str]:
    """The body written after an office opening a clause, then a comma and perhaps a form of address before
    the holder's name ("Chủ tịch [Villarreal], Fernando Roig, …", "Giám đốc [Cơ quan Vũ trụ châu Âu], ông A")."""
    return re.compile(rf"{_written_body_pattern().pattern.removesuffix('[ ]+')},[ ]+(?P<address>(?i:{_honorifics()})[ ]+)?")


def _written_apposition(text: str, gap: str, person: PersonMention) -> str | None:
    """The written body of an office set off by a comma from the foreign name after it, when the name is an
    apposition: set off by a comma after it too, or cued by a form of address. A Vietnamese name's body is
    one the organizations finder reads (``_COMMA_ONLY``)."""
    match = _written_apposition_pattern().fullmatch(gap)
    if match is None or not is_foreign_name(person.text) \
            or match.group("address") is None and not APPOSITION_CLOSES.match(text, person.end):
        return None
    return match.group("body")


_COMMA_ONLY = re.compile(r"[ ]*,[ ]*")


def _own_offices_after(text: str, sequence: list[_Run | PersonMention], position: int) -> bool:
    """Whether the name at ``position`` is set off by a comma from offices of its own after it: then a run
    inside a clause before it and a comma is not its ("chỉ đạo của Thủ tướng Chính phủ, GS.TS A, Bộ
    trưởng Bộ Y tế"); a run opening the clause is ("đại biểu Quốc hội, Thiếu tướng B, Chính ủy …")."""
    following = sequence[position + 1] if position + 1 < len(sequence) else None
    return isinstance(following, _Run) and bool(_COMMA_ONLY.fullmatch(text, sequence[position].end, following.start))


_APPOINTED = re.compile(r"(?<![^\W_])đối[ ]với[ ]")  # an appointment or a dismissal names its holders after it
_OBJECT_BEFORE = re.compile(r"(?i)(?<!\w)(?:của|cho|với)[ ]$")  # "Đặc phái viên của [Tổng thống Mỹ …] A": not A's


_WRITTEN_AFTER = re.compile(rf"[ ](?P<body>{UPPER}[^\W\d_]*(?:[ ][^\W\d_]+){{0,7}}?)(?=[ ]*(?:[,.;)]|[-–][ ]))")
# A capitalized head after an office that points back to no body named before, then the lower-case words of
# its own name up to the phrase's end: a body the organizations finder does not read, of any holder ("A, Phó
# giám đốc [Xí nghiệp quản lý phà X] - bến Y", "B, đồng tổng thư ký [Công đoàn quốc gia hợp nhất giáo viên
# các cấp], tố cáo", "C, Phó vụ trưởng [Vụ pháp luật], Văn phòng Quốc hội").
_HEADED_AFTER = re.compile(rf"[ ](?P<body>{UPPER}[^\W\d_]*(?:[ ][^\W\d_]+){{1,10}}?)(?=[ ]*(?:[,.;)]|[-–][ ]))")


def _written_body_after(text: str, end: int, pattern: re.Pattern[str] = _WRITTEN_AFTER) -> str | None:
    """The body written after a foreign name's office that closes the phrase ("A, Chủ tịch [Hội đồng
    châu Âu], cho biết"): Vietnamese words opening with a body's head, perhaps ending in a country, that
    are no generic reference ("công đoàn cơ sở", orgs/generic.tsv)."""
    match = pattern.match(text, end)
    if match is None:
        return None
    words = _without_country(match.group("body").split())
    if not all(is_vietnamese_shaped(word) for word in words) or not _saying_words().isdisjoint(words[1:]) \
            or fold_for_matching(match.group("body")) in load_orgbase().generic:
        return None  # "A, Chủ tịch Công đoàn công ty [cho biết]." ends a clause, no body's name
    return _body_of_written(match.group("body"))


_OWN_NAME_WORDS = 3  # after the head, "Xí nghiệp [quản lý phà]": fewer lower-case words are a verb ("Xí nghiệp khởi xướng")
_LISTED_ON = re.compile(r",[ ](?:[^\W\d_]+[ ]){1,3}và[ ]")  # "Viện nghiên cứu xã hội[, kinh tế và] môi trường"


def _headed_body_after(text: str, end: int) -> str | None:
    """The body a capitalized head after an office opens, named by words of its own (_HEADED_AFTER): three lower-case
    words or more, or a capitalized one, after the head; not a name whose fields a comma lists on ("…, kinh tế và")."""
    match = _HEADED_AFTER.match(text, end)
    body = _written_body_after(text, end, _HEADED_AFTER) if match is not None else None
    if body is None or _LISTED_ON.match(text, match.end()):
        return None
    folded = fold_for_matching(body) + " "
    head = next(head for head in body_heads() if folded.startswith(head))
    own = body.split()[len(head.split()):]
    return body if len(own) >= _OWN_NAME_WORDS or any(word[:1].isupper() for word in own) else None


@lru_cache(maxsize=1)
def _saying_words() -> frozenset[str]:
    """First words of what a person or a body does or says after its name (titles.body_verbs; the reporting
    verbs after a body of orgs/media_speech.tsv: "cho biết", "tiết lộ"): no word of a body's name."""
    speech = read_table("orgs/media_speech.tsv")
    return body_verbs() | {row["words"].split()[0] for row in speech if row["side"] == "after"}


def _written_body(gap: str, person: PersonMention) -> str | None:
    """The body written between an office and the foreign name after it ("Chủ tịch [Hạ viện] Nancy
    Pelosi", "Giám đốc [Tình báo Quốc gia] Avril Haines"), or None: a Vietnamese name, whose offices'
    bodies the organizations finder reads, or other words between."""
    match = _written_body_pattern().fullmatch(gap)
    if match is None and (match := _written_body_then_address().fullmatch(gap)) is not None \
            and _body_of_written(match.group("body")) is None:
        return None  # "nhậm chức Tổng thống Mỹ, bà Melania Trump": past a comma, only a body's name
    if match is None or not is_foreign_name(person.text) and not _is_acronym_body(match.group("body")):
        return None  # a Vietnamese name's office reaches it over a body's acronym alone ("Chủ tịch FLC A")
    words = _without_country([word.strip("()") for word in match.group("body").split()])
    if len(words) > 1 and not all(is_vietnamese_shaped(word) or word.isupper() for word in words):
        return None  # one word may be a company's ("Giám đốc điều hành [Amazon] Jeff Bezos")
    return re.sub(r"[ ]\([A-Z]+\)$", "", match.group("body"))


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(fold_for_matching(country) for country in read_words("persons/countries.tsv", "country"))


_COUNTRY_WORDS = 3  # "Hải quân [Indonesia]", "Lục quân [Hàn Quốc]", "Không quân [Ả Rập Xê Út]"


def _without_country(words: list[str]) -> list[str]:
    """The words of a written body before the foreign country that ends it, whose name need not be
    Vietnamese-shaped ("Tham mưu trưởng [Hải quân] Indonesia A")."""
    for size in range(min(_COUNTRY_WORDS, len(words) - 1), 0, -1):
        if fold_for_matching(" ".join(words[-size:])) in _country_names():
            return words[:-size]
    return words


def _body_of_written(body: str) -> str | None:
    """A written body as an organization when it opens with a body's head ("Tòa án Tối cao", "Cục Điều tra
    Liên bang"); a field alone ("Giám đốc Tình báo Quốc gia", "Bộ trưởng An ninh Nội địa") names none the
    knowledge base has, and stays without one (field_heads.tsv), unless a foreign country follows it ("Bộ
    trưởng Thương mại Mỹ": the titles finder names that country's ministry)."""
    return body if (fold_for_matching(body) + " ").startswith(body_heads()) or _is_acronym_body(body) else None


def _is_acronym_body(body: str) -> bool:
    """A body written by its acronym alone ("Giám đốc FBI A", "Chủ tịch FLC B"), as written."""
    return bool(_ACRONYM_BODY.fullmatch(body)) and names_a_body(body)


def _one_holder(roles: list[RoleMention], leading: set[int]) -> list[RoleMention]:
    """An office one person holds at a time ("Thủ tướng" of the Chính phủ) that the article gives to
    someone by name is not also another's through a run of offices before a name ("thừa ủy quyền
    của Thủ tướng Chính phủ, Bộ trưởng X A": the run is the object of "của"). Deputies and members
    (shared_offices.tsv) have several holders."""
    holders: dict[tuple[str, str], set[str]] = {}
    for role in roles:
        if id(role) not in leading and role.organization and not role.former:
            holders.setdefault((fold_for_matching(role.title), fold_for_matching(role.organization)), set()).add(role.person)
    return [role for role in roles if id(role) not in leading or not role.organization
            or is_shared_office(role.title)
            or not holders.get((fold_for_matching(role.title), fold_for_matching(role.organization)), set()) - {role.person}]


def _repeating_written_bodies(roles: list[RoleMention], orgs: list[OrgMention]) -> list[RoleMention]:
    """A workplace's office written without its body (workplace_titles.tsv), given the company named last before
    it, repeats the same office of the same holder named elsewhere in the article: it is of the body written
    beside that office ("A - Chủ tịch HĐQT Tập đoàn X … Giám đốc Công ty Y … A - Chủ tịch HĐQT cho biết"), or,
    with none written, of the body its first mention took, not of each company named last before a repeat."""
    def written(role: RoleMention) -> bool:
        folded = fold_for_matching(role.organization or "")
        return any(role.start <= org.start and org.end <= role.end and (
            org.org_id == role.org_id if role.org_id else fold_for_matching(org.name) == folded) for org in orgs)

    bodies: dict[tuple[str, str], list[tuple[bool, int, str, str | None]]] = {}
    for role in roles:
        if role.organization is not None and fold_for_matching(role.title) in workplace_titles():
            bodies.setdefault((role.person, fold_for_matching(role.title)), []).append(
                (not written(role), role.start, role.organization, role.org_id))
    found = []
    for role in roles:
        held = bodies.get((role.person, fold_for_matching(role.title)), [])
        own = {(name, org_id) for inferred, _, name, org_id in held if not inferred}
        if len(held) > 1 and len(own) <= 1 and not written(role):
            _, _, name, org_id = min(held)  # the written body, else the first inferred one
            role = replace(role, organization=name, org_id=org_id)
        found.append(role)
    return found


@lru_cache(maxsize=1)
def _office_word_before() -> re.Pattern[str]:
    """A word for an office right before a run ("chức", "chức vụ", "cương vị": role_verbs.tsv, kind office)."""
    words = alternation(row["word"] for row in read_table("persons/role_verbs.tsv") if row["kind"] == "office")
    return re.compile(rf"(?i)(?<!\w)(?:{words})[ ]+$")


@lru_cache(maxsize=1)
def _of_person() -> re.Pattern[str]:
    """"của" and perhaps a form of address between an office and a name: the office is that person's."""
    return re.compile(rf"(?i)[ ]+của[ ]+(?:(?:{_honorifics()})[ ]+)?")


def _roles_of_subjects(text: str, sequence: list[_Run | PersonMention], owned: set[int], persons: list[PersonMention],
                       implied: dict[str, OrgMention], bodies: BodiesBefore, topics: PassageTopics) -> list[RoleMention]:
    """Runs with no name beside them that belong to the subject of their sentence or career entry,
    and the runs after them in the same passage ("đảm nhiệm các cương vị Giám đốc X; Tổng Giám đốc Y")."""
    subjects = Subjects(text, persons)
    found: list[RoleMention] = []
    subject: PersonMention | None = None
    for index, run in enumerate(sequence):
        if not isinstance(run, _Run):
            subject = None
            continue
        if index in owned:
            subject = None
            continue
        previous = sequence[index - 1] if index else None
        following = sequence[index + 1] if index + 1 < len(sequence) else None
        if isinstance(following, PersonMention) and _of_person().fullmatch(text[run.end:following.start]) \
                and _office_word_before().search(text, max(0, run.start - 15), run.start):
            # "xin thôi chức chủ tịch của ông A": A's office, not the sentence's subject's; without the
            # word for an office, "Bộ trưởng Tài chính của ông Trump" is a member of Trump's cabinet
            found.extend(_roles_of(following, run.titles, run, text, implied, bodies, topics))
            subject = None
            continue
        if subject is None or not isinstance(previous, _Run) or not same_passage(text, previous.end, run.start):
            subject = subjects.before(run.start) or subjects.after(run.start, run.end)
        if subject is not None and not _names_unread_holder(text, run.end):
            found.extend(_roles_of(subject, run.titles, run, text, implied, bodies, topics))
            if isinstance(following, PersonMention) and _handed_over_by(text, run.end, following):
                found.extend(_roles_of(following, run.titles, run, text, implied, bodies, topics))
    return found


_OF = re.compile(r"[ ]+của[ ]+")


def _head_of_possessive(text: str, sequence: list[_Run | PersonMention], index: int) -> _Run | None:
    """The run a possessive "của" joins the run at ``index`` to, when that phrase opens a clause ("người
    phát ngôn [của] Tổng thống"): the head of the phrase, whose office a name set off after it holds."""
    head = sequence[index - 1] if index > 0 else None
    if not isinstance(head, _Run) or not _OF.fullmatch(text, head.end, sequence[index].start) \
            or not _opens_clause(text, head.start):
        return None
    return head


@lru_cache(maxsize=1)
def _company_offices() -> frozenset[str]:
    return frozenset(fold_for_matching(title) for title in read_words("persons/company_offices.tsv", "title"))


def _brand_of(office: str, written: str, words: int = 1) -> str | None:
    """A company's office with one word between it and a foreign holder: that word is the company, as
    written ("Phó Chủ tịch [Samsung] Lee Jae-yong", "CEO [Tesla] Elon Musk"); set off by a comma before the
    holder, a workplace of two words ("Chủ tịch [Real Madrid], Florentino Perez, …")."""
    return written if len(written.split()) <= words and fold_for_matching(office) in _company_offices() else None


_BRACKET_OPEN = re.compile(r"[ ]?\(")


def _body_in_brackets(text: str, name_end: int, orgs: list[OrgMention]) -> OrgMention | None:
    """The body alone in brackets right after a name its office stands before ("Bộ trưởng A (Bộ Y tế)"):
    that office's body."""
    opening = _BRACKET_OPEN.match(text, name_end)
    if opening is None:
        return None
    return next((org for org in orgs if org.start == opening.end() and text.startswith(")", org.end)), None)


_NAME_AFTER = re.compile(rf"[ ]+(?P<name>{UPPER}[^\W\d_]*(?:-[^\W\d_]+)?(?:[ ]{UPPER}[^\W\d_]*(?:-[^\W\d_]+)?){{1,3}})")


def _names_unread_holder(text: str, run_end: int) -> bool:
    """Whether a foreign name stands right after a run, one the persons finder did not read ("là Chủ tịch [Lee
    Kun-hee] tại …"): the offices are that name's, not the sentence's subject's."""
    match = _NAME_AFTER.match(text, run_end)
    if match is None or (fold_for_matching(match.group("name")) + " ").startswith(body_heads()):
        return False  # a body's name ("Ủy viên [Đoàn Mặt trận …]")
    return strongly_foreign(match.group("name").split(" "))  # a Vietnamese name after an office is read as a person


# A sentence whose subject is an office ("Tân Phó Trưởng Ban Tuyên giáo Trung ương là Ủy viên …"): the
# office opens the sentence, perhaps after "tân" (newly appointed), and "là" joins it to the offices after it.
_OFFICE_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n][ ]*)(?:[Tt]ân[ ])?$")
_OFFICE_IS = re.compile(r"(?i)[ ,]*(?:(?:hiện|đồng[ ]thời|cũng|còn)[ ]+)?là[ ]+")


def _roles_of_office_subjects(text: str, sequence: list[_Run | PersonMention], owned: set[int],
                              roles: list[RoleMention], persons: list[PersonMention], implied: dict[str, OrgMention],
                              bodies: BodiesBefore, topics: PassageTopics) -> list[RoleMention]:
    """The offices after "là" in a sentence whose subject is an office the article gives one person
    by name ("Bộ trưởng X Nguyễn Văn A … Tân Bộ trưởng X là Ủy viên Trung ương Đảng …"): that person's."""
    ends = {role.end for role in roles}
    by_name = {person.name: person for person in persons}
    found: list[RoleMention] = []
    for index in range(len(sequence) - 1):
        subject, offices = sequence[index], sequence[index + 1]
        if not isinstance(subject, _Run) or not isinstance(offices, _Run) or index in owned or index + 1 in owned \
                or any(title.end in ends for title in offices.titles) \
                or not _OFFICE_OPENS_SENTENCE.search(text, max(0, subject.start - 8), subject.start) \
                or not _OFFICE_IS.fullmatch(text[subject.end:offices.start]):
            continue
        office = subject.titles[-1]
        body = office.organization.name if office.organization else office.fixed_organization
        holders = {role.person for role in roles if body and role.organization == body
                   and fold_for_matching(role.title) == fold_for_matching(office.title)}
        if len(holders) != 1 or (holder := by_name.get(next(iter(holders)))) is None:
            continue
        following = index + 1
        while True:  # and the runs after it in the same sentence ("…; Ủy viên Trung ương Đảng, Đại biểu Quốc hội")
            found.extend(_roles_of(holder, offices.titles, offices, text, implied, bodies, topics))
            following += 1
            if following >= len(sequence) or not isinstance(offices := sequence[following], _Run) \
                    or following in owned or not same_passage(text, sequence[following - 1].end, offices.start):
                break
    return found


class RoleExtractor(Extractor):
    provides = "roles"
    requires = ("persons", "organizations")

    def find(self, doc: Doc) -> list[RoleMention]:
        return find_roles(text_of(doc), facts_of(doc, "persons"), facts_of(doc, "organizations"))
