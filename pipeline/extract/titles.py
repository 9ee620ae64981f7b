"""Offices written in the body: where each title is, what it says in full, and its body.

A title is found from the lexicon (models/persons/titles.tsv), in full or with its words
abbreviated ("PGĐ", "UV BCH", "Chủ tịch HĐQT": title_abbreviations.tsv); a fused form
("Tỉnh ủy viên", "Đại biểu Quốc hội": fused_titles.tsv) gives its body too. "nguyên" or
"cựu" before a title marks a former office. The head of an internal unit keeps the unit
in its title ("Trưởng phòng quản lý lao động", NOTES.md item 33). A title's organization
is the organization mention right after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unionfacts.extract.backrefs import back_references, lower_workplace_heads, names_nothing_after
from unionfacts.extract.patterns import UPPER, alternation, stop_words, word_pattern
from unionfacts.extract.national_forms import VIETNAMESE_SYLLABLE
from unionfacts.extract.persons import countries, is_family_name
from unionfacts.extract.numbers import parse_number_word
from unionfacts.extract.spanindex import SpanIndex, span_index
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import (load_orgbase, local_name, place_kind_alternation, place_kinds, provincial_province,
                                template_org_id)
from unionfacts.resources import read_mapping, read_table, read_words
from unionfacts.types import OrgMention


@dataclass(frozen=True)
class Title:
    start: int
    end: int  # end of the title, or of its organization when one follows
    title: str
    organization: OrgMention | None
    fixed_organization: str | None = None  # from a fused form or an implied body
    former: bool = False  # "nguyên Chủ tịch …"
    title_end: int = -1  # where the title's own words end (before its organization)
    points_back_to: str | None = None  # a bare head written after it ("Chủ tịch HĐQT [công ty]")
    fused_body: str | None = None  # the body a fused form names as written ("Tỉnh ủy" of "Tỉnh ủy viên")


def _abbreviated(words: tuple[str, ...], expansions: dict[tuple[str, ...], tuple[str, ...]]) -> set[str]:
    """Every way of writing ``words`` with some of its phrases abbreviated."""
    variants = {" ".join(words)}
    for expansion, abbreviations in expansions.items():
        size = len(expansion)
        for index in range(len(words) - size + 1):
            if tuple(w.lower() for w in words[index:index + size]) == expansion:
                for abbreviation in abbreviations:
                    variants |= _abbreviated(words[:index] + (abbreviation,) + words[index + size:], expansions)
    return variants


@lru_cache(maxsize=1)
def _expansions() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Lower-cased words of an expansion → its abbreviations ("Trung ương": T.Ư, TƯ, TW)."""
    pairs = read_mapping("persons/title_abbreviations.tsv", "abbreviation", "expansion")
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    for abbreviation, expansion in pairs.items():
        key = tuple(expansion.lower().split())
        found[key] = (*found.get(key, ()), abbreviation)
    return found


def _written_forms(form: str) -> set[str]:
    return _abbreviated(tuple(form.split()), _expansions())


@lru_cache(maxsize=1)
def titles() -> dict[str, str]:
    """Every written form of a title (folded, abbreviations included) → the title in full."""
    rows = read_table("persons/titles.tsv")
    forms = {fold_for_matching(row["title"]): row["title"] for row in rows}  # of two spellings, the later
    for row in rows:
        for written in _written_forms(row["title"]):
            forms.setdefault(fold_for_matching(written), row["title"])
    return forms


@lru_cache(maxsize=1)
def _implied() -> dict[str, str]:
    return {fold_for_matching(row["title"]): row["implies"] for row in read_table("persons/titles.tsv") if row["implies"]}


@lru_cache(maxsize=1)
def _title_pattern() -> re.Pattern[str]:
    return word_pattern({written for row in read_table("persons/titles.tsv") for written in _written_forms(row["title"])})


@lru_cache(maxsize=1)
def _fused() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for every fused form, and what each written form (folded) stands for."""
    meanings: dict[str, tuple[str, str]] = {}
    for row in read_table("persons/fused_titles.tsv"):
        for written in _written_forms(row["form"]):
            meanings.setdefault(fold_for_matching(written), (row["title"], row["organization"]))
    return word_pattern(meanings), meanings


@lru_cache(maxsize=1)
def _former_pattern() -> re.Pattern[str]:
    words = read_words("persons/former_markers.tsv")
    return re.compile(rf"(?<!\w)(?:{alternation(words)})[ ]$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _candidate_pattern() -> re.Pattern[str]:
    # Right before the office, or a few words before the office it runs for ("ứng cử viên thay thế đầy tiềm năng
    # [cho chức] thư ký báo chí"): the office is not held; unless a word of election or appointment
    # (election_words.tsv) comes between, by which the candidate took it ("từng là ứng viên nhưng sau đó được bổ
    # nhiệm vào chức Giám đốc …").
    elected = alternation(read_words("persons/election_words.tsv"))
    return re.compile(rf"(?<!\w)(?:{alternation(read_words('persons/candidate_markers.tsv'))})"
                      rf"(?:(?:[ ](?!(?:{elected})(?!\w))[^\W\d_]+){{0,6}}[ ](?:cho|vào)[ ](?:chức(?:[ ]vụ)?|vị[ ]trí|ghế))?"
                      rf"[ ]$", re.IGNORECASE)


def _runs_for(text: str, title_start: int, title: str = "") -> bool:
    """Whether a word for a candidate stands right before the title ("ứng viên [tổng thống]"): not held; or a
    word for a group before "đại biểu" ("tổ [đại biểu Quốc hội] tỉnh X"): a delegation, no one's office."""
    if _candidate_pattern().search(text, max(0, title_start - _CANDIDATE_REACH), title_start) is not None:
        return True
    return fold_for_matching(title) == _DELEGATE and _delegation_pattern().search(
        text, max(0, title_start - 8), title_start) is not None


_DELEGATE = "đại biểu"
_CANDIDATE_REACH = 70  # characters before an office its candidate word may stand


@lru_cache(maxsize=1)
def _delegation_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(read_words('persons/delegation_words.tsv'))})[ ]$", re.IGNORECASE)


def _former_start(text: str, title_start: int) -> int | None:
    """Where "nguyên" or "cựu" starts when one stands right before the title (a former office)."""
    match = _former_pattern().search(text, max(0, title_start - 12), title_start)
    return match.start() if match else None


@lru_cache(maxsize=1)
def _unit_titles() -> frozenset[str]:
    """Titles of a unit's head that keep the unit's name ("Trưởng phòng quản lý lao động")."""
    return frozenset(fold_for_matching(word) for word in read_words("persons/unit_titles.tsv", "title"))


# folded last words of titles that name their unit after them ("Trưởng ban", "Trưởng Bộ môn", "Giám đốc Khối")
_UNIT_HEADS = (" ban", " phòng", " khoa", " bộ môn", " khối")
_FULL_NAME_AFTER = re.compile(rf"[ ]({UPPER}[^\W\d_]*)[ ]{UPPER}[^\W\d_]*")  # a family name and a capitalized word
_UNIT_WORD = re.compile(r"[ ](?:[-–][ ])?([^\W\d_]+)")
_MAX_UNIT_WORDS = 6


@lru_cache(maxsize=1)
def _field_words() -> frozenset[str]:
    """Fields that name a unit after a title; not a `body` field, which heads bodies of its own ("Giám đốc
    [Doanh nghiệp] tư nhân X" is no unit)."""
    return frozenset(fold_for_matching(word) for word, kind in read_mapping("orgs/field_words.tsv", "word", "kind").items()
                     if kind != "body")


def _capitalized_field(text: str, position: int) -> int:
    """The length of a field of work (models/orgs/field_words.tsv) written at ``position`` with a
    capital ("Xuất nhập khẩu", "Tổ chức"), longest first; 0 when none starts there."""
    syllables = text[position:position + 40].split(" ")[:3]
    for size in range(len(syllables), 0, -1):
        phrase = " ".join(syllables[:size]).rstrip(",.;:")
        if phrase and phrase[0].isupper() and fold_for_matching(phrase) in _field_words():
            return len(phrase)
    return 0


def _unit_end(text: str, end: int, orgs: SpanIndex[OrgMention], named_unit: bool = False) -> int:
    """The end of the lower-case unit name after a unit head's title ("Giám đốc [hành chính - nhân
    sự] Công ty X"), or ``end`` when none follows; a unit name stops before an organization,
    "thuộc", "của" or punctuation, and a verb after a title is no unit ("Giám đốc cho biết"). With
    ``named_unit`` (a title ending in the unit's head: "Trưởng ban", "Trưởng phòng") any words
    opening with a capital that a body follows are its unit ("Trưởng ban [Nữ công] LĐLĐ tỉnh X")."""
    position, words = end, 0
    while words < _MAX_UNIT_WORDS:
        match = _UNIT_WORD.match(text, position)
        if match is not None and not match.group(1).islower() and words < _MAX_UNIT_WORDS - 1 \
                and not (fold_for_matching(text[match.start(1):match.start(1) + 30]) + " ").startswith(body_heads()):
            # a body's head is no field of a unit ("Giám đốc [Nhà máy] X", "Chánh Văn phòng [Nhà Trắng]")
            field = 0 if next(iter(orgs.starting_in(match.start(1), match.start(1) + 1)), None) is not None \
                else _capitalized_field(text, match.start(1))  # a body that opens with a field is no unit
            if field:  # "Trưởng phòng [Tổ chức - Hành chính]": a field written capitalized, as units are
                position, words = match.start(1) + field, words + 1
                continue
        if named_unit and match is not None and not match.group(1).islower() and words == 0 \
                and (named := _capitalized_before_body(text, match.start(1), orgs)):
            return named  # "Trưởng ban [Nữ công] Công đoàn X": capitalized words the body follows
        if match is not None and words and match.group(1) == "và" and (
                _capitalized_field(text, match.end() + 1) or _lower_unit_word(text, match.end(), orgs)):
            # "Giám đốc Khối [Kiểm soát tuân thủ và Pháp chế] …", "(giám đốc khối [kiểm soát tuân thủ và pháp chế])"
            position = match.end()  # "và" counts as no word of the unit's name
            continue
        if match is None or not match.group(1).islower() or match.group(1) in stop_words() \
                or next(iter(orgs.starting_in(match.start(1), match.start(1) + 1)), None) is not None \
                or _bare_head_at(text, position) is not None:
            break  # a bare head points back to the body ("Giám đốc [công ty]", "Trưởng phòng kế toán [công ty]")
        position, words = match.end(), words + 1
    if words == 0:
        return end
    # The unit must be followed by what places it: its body, "thuộc/của/tại X", or punctuation.
    after = text[position:position + 7]
    if next(iter(orgs.starting_in(position, position + 4)), None) is not None or re.match(
            r"[ ]?[,;:()]|[ ](?:thuộc|của|tại)[ ]|[ ][-–][ ]", after) \
            or _bare_head_at(text, position) is not None and parse_number_word(text[end:position].split()[0]) is None:
        return position  # "Trưởng phòng [kế toán] công ty": the unit, then the bare head; "giám đốc [một] công ty" counts
    if (holder := _FULL_NAME_AFTER.match(text, position)) is not None and is_family_name(holder.group(1)) \
            and " và " not in text[end:position] and fold_for_matching(text[end:position].split()[-1]) not in _addresses():
        return position  # "Trưởng ban [trọng tài] Dương Văn Hiền": the unit, then its head's full name
    # Else only a unit named by fields of work and capitalized is one ("Trưởng phòng [Quản lý công
    # nghệ thông tin] hai năm tù", "Trưởng ban [Khoa học – Kỹ thuật] rồi …").
    if next(iter(orgs.starting_in(end, end + 2)), None) is not None:
        return end  # "Giám đốc [Bảo hiểm Xã hội TP X]": a body, no unit
    return _fields_end(text, end, position)


@lru_cache(maxsize=1)
def _addresses() -> frozenset[str]:
    """Forms of address (honorifics.tsv, honorific): "… và [ông] A" ends no unit before a name."""
    return frozenset(fold_for_matching(row["word"]) for row in read_table("persons/honorifics.tsv")
                     if row["kind"] == "honorific")


def _lower_unit_word(text: str, position: int, orgs: SpanIndex[OrgMention]) -> bool:
    """Whether a lower-case word that may go on a unit's name stands at ``position`` (after "và")."""
    match = _UNIT_WORD.match(text, position)
    return match is not None and match.group(1).islower() and match.group(1) not in stop_words() \
        and next(iter(orgs.starting_in(match.start(1), match.start(1) + 1)), None) is None


@lru_cache(maxsize=1)
def standalone_ban() -> re.Pattern[str]:
    """A word after "Ban" that makes it a body of its own ("Ban [chỉ đạo] …"), matched at a space."""
    return re.compile(rf"(?i)[ ](?:{alternation(read_words('persons/standalone_ban_fields.tsv', 'field'))})(?!\w)")


_CAPITALIZED_UNIT = re.compile(rf"{UPPER}[^\W\d_]*(?:[ ](?:[-–][ ])?[^\W\d_]+){{0,4}}")


def _capitalized_before_body(text: str, start: int, orgs: SpanIndex[OrgMention]) -> int:
    """The end of one to five words, the first capitalized, at ``start`` that a body's name follows right after
    ("Trưởng ban [Nữ công] Công đoàn Công Thương Việt Nam"), shortest first; 0 when none is."""
    match = _CAPITALIZED_UNIT.match(text, start)
    if match is None or next(iter(orgs.starting_in(start, start + 1)), None) is not None:
        return 0
    for end in (m.end() for m in re.finditer(r"(?=[ ])|$", match.group())):
        position = start + end
        if text[position - 1] not in "-–" and _org_at(orgs, _unit_link_end(text, position)) is not None:
            return position
    return 0


_DEPARTMENT_WORD = re.compile(r"[ ]?([^\W\d_]+)")
_DEPARTMENT_END = re.compile(r"[ ]?[,;:()]|[ ](?:thuộc|của|tại)[ ]|[ ][-–][ ]|[.]")


def _department_name_end(text: str, start: int, orgs: SpanIndex[OrgMention]) -> int:
    """The end of the name of a hospital's or a school's khoa opening with a capital at ``start``, where the unit
    finder reads less of it: its words up to punctuation, "thuộc/của/tại" or a body when a capitalized word follows a
    lower-case one ("Trưởng khoa [Hồi sức Hô hấp], Trung tâm X"), or its capitalized words alone before a function
    word, punctuation or a body ("Trưởng khoa [Nội] cho biết"), three of them or more before any word ("[Tai Mũi
    Họng] khuyến cáo"); never a holder's full name ("Trưởng khoa Nguyễn Văn A"), nor over a verb ("Trưởng khoa Phẫu
    thuật Tim [chia sẻ]"); 0 when none is read."""
    if not text[start:start + 1].isupper() or _FULL_NAME_AFTER.match(text, start - 1) and is_family_name(
            text[start:].split(" ", 1)[0]):
        return 0
    position, capitalized_end, capitalized, words, mixed, stop = start, start, 0, 0, False, False
    for _ in range(_MAX_UNIT_WORDS):
        word = _DEPARTMENT_WORD.match(text, position)
        if word is None or next(iter(orgs.starting_in(word.start(1), word.start(1) + 1)), None) is not None:
            break  # "Trưởng khoa Nội [Bệnh viện X]"
        if word.group(1) in stop_words() or word.group(1) in body_verbs() or is_family_name(word.group(1)) \
                and _FULL_NAME_AFTER.match(text, word.start(1) - 1):
            stop = True  # "Trưởng khoa Nội [cho] biết", "Trưởng khoa Phẫu thuật Tim [chia] sẻ", "… Ngoại [Nguyễn Văn A]"
            break
        upper = word.group(1)[0].isupper()
        mixed = mixed or upper and words > capitalized
        if upper and capitalized == words:
            capitalized, capitalized_end = capitalized + 1, word.end()
        position, words = word.end(), words + 1
    ends = _DEPARTMENT_END.match(text, position) is not None or next(
        iter(orgs.starting_in(position, position + 2)), None) is not None
    if mixed and ends:
        return position
    if capitalized == words and (stop or ends) or capitalized >= 3:
        return capitalized_end
    return 0


@lru_cache(maxsize=1)
def body_verbs() -> frozenset[str]:
    """First words of the verbs only persons or bodies do (persons/person_verbs.tsv, orgs/name_verbs.tsv): no word of
    a unit's name."""
    verbs = read_words("persons/person_verbs.tsv", "verb") | read_words("orgs/name_verbs.tsv")
    return frozenset(verb.split()[0] for verb in verbs)


_UNIT_LINK = re.compile(r"(?:[ ](?:thuộc|của|[-–])|,)(?=[ ])|[ ]\((?=\w)")


def _unit_link_end(text: str, position: int) -> int:
    """Past "thuộc", "của", a dash, a comma or an opening bracket between a unit and its body ("Trưởng phòng X
    thuộc Sở Y", "Trưởng khoa Ngoại thần kinh, Bệnh viện K", "Trưởng ban Nữ công (LĐLĐ tỉnh X)")."""
    link = _UNIT_LINK.match(text, position)
    return link.end() if link else position


# A body's office or representation written before its name, and the seat after it ("Văn phòng [ILO] tại Việt
# Nam", "Văn phòng đại diện [Công ty X] tại Hà Nội", "Văn phòng [ILO] khu vực châu Á - Thái Bình Dương").
_OFFICE_OF = re.compile(r"[ ]Văn[ ]phòng(?:[ ]đại[ ]diện)?(?=[ ])")
_SEAT = re.compile(rf"[ ](?:tại|khu[ ]vực)[ ]{UPPER}[^\W\d_]*(?:[ ](?:[-–][ ])?{UPPER}[^\W\d_]*|[ ]châu[ ]{UPPER}[^\W\d_]*){{0,5}}")


def _office_of_body(text: str, end: int, orgs: SpanIndex[OrgMention]) -> OrgMention | None:
    """The office of a known body written after a title with its seat ("Giám đốc Văn phòng ILO tại Việt Nam"): a body
    of its own, named as written (as the gold's "Văn phòng ILO khu vực châu Á - Thái Bình Dương")."""
    office = _OFFICE_OF.match(text, end)
    body = _org_at(orgs, office.end()) if office else None
    seat = _SEAT.match(text, body.end) if body else None
    if seat is None:
        return None
    written = text[end + 1:seat.end()]
    return OrgMention(end + 1, seat.end(), written, written, None)


def _bare_paper(text: str, organization: OrgMention) -> bool:
    """Whether a mention right after an office is a paper's name written without its head ("Công Thương"),
    which an office never heads: after an office the words are its field or body."""
    known = load_orgbase().orgs.get(organization.org_id) if organization.org_id else None
    return known is not None and known.level == "media" \
        and not (fold_for_matching(text[organization.start:organization.end]) + " ").startswith(body_heads())


def _unit_of_body(text: str, organization: OrgMention) -> tuple[str, OrgMention] | None:
    """A "Ban …" read as one body whose name ends with a union's or an association's
    (persons/unit_bodies.tsv: "Ban Pháp chế VCCI", "Ban Nữ công LĐLĐ tỉnh X"), or a "Phòng …" whose name ends
    with any known body's ("Phòng Nhân sự Công ty X", "Phòng Tổ chức cán bộ Sở Nội vụ tỉnh Y": a company's or an
    office's phòng is no body, NOTES.md 33): the unit's name and that body. A Party or state body's Ban is a body
    of its own ("Ban Tuyên giáo Tỉnh ủy"), and so is a district's Phòng, named by its place ("Phòng GD&ĐT huyện X")."""
    written = text[organization.start:organization.end]
    words = written.split(" ")
    head = fold_for_matching(words[0])
    if len(words) < 3 or head not in ("ban", "phòng"):
        return None
    base = load_orgbase()
    for size in range(2, len(words)):
        body = " ".join(words[size:])
        org_id = base.lookup(body)
        named = org_id is None and head == "phòng" and body[:1].isupper() \
            and (fold_for_matching(body) + " ").startswith(body_heads())  # "Phòng Nhân sự [Công ty TNHH X]"
        if org_id is None and not named or not words[1][:1].isupper():
            continue
        if head == "ban" and not unit_owner(org_id):
            return None
        start = organization.end - len(body)
        name = base.orgs[org_id].name if org_id is not None else body
        return " ".join(words[1:size]), OrgMention(start, organization.end, body, name, org_id)
    return None


@lru_cache(maxsize=1)
def _cell_heads() -> tuple[str, ...]:
    return tuple(sorted((fold_for_matching(word) + " " for word in read_words("persons/cell_organs.tsv", "head")),
                        key=len, reverse=True))


def _cell_of_body(text: str, organization: OrgMention) -> tuple[str, OrgMention] | None:
    """A Party or youth cell read as one body with the body it sits in ("Chi bộ Sở Tư pháp tỉnh X"): the cell's
    head and that body. A cell is a unit of its body, kept in its officer's title ("Bí thư Chi bộ" of the Sở),
    as a company's phòng is (NOTES.md 33; persons/cell_organs.tsv)."""
    written = text[organization.start:organization.end]
    folded = fold_for_matching(written) + " "
    head = next((head for head in _cell_heads() if folded.startswith(head)), None)
    if head is None or len(folded) <= len(head):
        return None
    body = written[len(head):]
    base = load_orgbase()
    org_id = base.lookup(body)
    if org_id is None and not (body[:1].isupper() and (fold_for_matching(body) + " ").startswith(body_heads())):
        return None  # "Chi bộ thôn 4": a village is no body
    name = base.orgs[org_id].name if org_id is not None else body
    start = organization.end - len(body)
    return written[:len(head) - 1], OrgMention(start, organization.end, body, name, org_id)


@lru_cache(maxsize=1)
def _unit_bodies() -> tuple[str, ...]:
    return tuple(read_words("persons/unit_bodies.tsv", "id"))


def unit_owner(org_id: str) -> bool:
    """Whether a body's "Ban …" are its internal units (persons/unit_bodies.tsv): a union's or an association's."""
    return any(org_id == owner or org_id.startswith(owner + "-") for owner in _unit_bodies())


_FIELD_JOINERS = frozenset({"và", "-", "–"})


def _fields_end(text: str, start: int, end: int) -> int:
    """Where the longest run of field words (joined by "và" or a dash) after ``start`` ends, within
    ``end``, when it begins with a capital; ``start`` when none does."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    if not words or not text[words[0][0]].isupper():
        return start
    found, index = start, 0
    while index < len(words):
        size = next((size for size in (3, 2, 1) if index + size <= len(words) and fold_for_matching(
            text[words[index][0]:words[index + size - 1][1]]) in _field_words()), 0)
        if size:
            index += size
            found = words[index - 1][1]
        elif text[words[index][0]:words[index][1]].lower() in _FIELD_JOINERS:
            index += 1
        else:
            break
    return found


@lru_cache(maxsize=1)
def _bare_head_pattern() -> re.Pattern[str]:
    forms = alternation(row["form"] for row in read_table("orgs/back_references.tsv"))
    return re.compile(rf"[ ](?:(?:của|thuộc)[ ])?(?P<head>{forms})(?!\w)", re.IGNORECASE)


def _bare_head_at(text: str, position: int) -> tuple[str, int] | None:
    """A bare head right after a title that points back to a body named before ("Chủ tịch HĐQT [công
    ty]", "làm chủ tịch [CĐ]"): the head as written and where it ends."""
    match = _bare_head_pattern().match(text, position)
    if match is None or not (names_nothing_after(text, match.end()) or _officer_after(text, match)) \
            or back_references()[fold_for_matching(match.group("head"))] == "organ" \
            or fold_for_matching(match.group("head")) in _clause_end_heads() and not _CLAUSE_END.match(text, match.end()):
        return None
    return match.group("head"), match.end()


def _officer_after(text: str, head: re.Match[str]) -> bool:
    """Whether a full name of three syllables or more follows a workplace's head written in lower case ("Giám đốc
    công ty [Phan Văn A]"): the officer, not the body's own name (back_references.tsv, eponymous)."""
    holder = _FULL_NAME_AFTER.match(text, head.end())
    return holder is not None and is_family_name(holder.group(1)) and _THIRD_SYLLABLE.match(text, holder.end()) is not None \
        and fold_for_matching(head.group("head")) in lower_workplace_heads() and head.group("head").islower()


_THIRD_SYLLABLE = re.compile(rf"[ ]{UPPER}")
_CLAUSE_END = re.compile(r"[ ]*(?:[,.;:!?)”\"]|$)", re.MULTILINE)


@lru_cache(maxsize=1)
def _clause_end_heads() -> frozenset[str]:
    """Bare heads that point back only at the end of a clause (back_references.tsv, ends_clause)."""
    return frozenset(fold_for_matching(row["form"]) for row in read_table("orgs/back_references.tsv") if row["ends_clause"] == "1")


def _parent_of_unit(text: str, end: int, unit: OrgMention, orgs: SpanIndex[OrgMention]) -> OrgMention | None:
    """The body after an office that ends inside a unit's name ("Chánh [Thanh tra] Sở Xây dựng"): the mention that
    starts after the office and ends with the unit, or the words there as written when they open with a body's head."""
    parent = _org_at(orgs, end)
    if parent is not None and parent.end == unit.end:
        return parent
    written = text[end + 1:unit.end]
    if parent is None and text.startswith(" ", end) and (fold_for_matching(written) + " ").startswith(body_heads()):
        return OrgMention(end + 1, unit.end, written, written, None, "pattern")
    return None


def _org_at(orgs: SpanIndex[OrgMention], position: int) -> OrgMention | None:
    """The organization mention that starts right after ``position`` (one space, or " - ")."""
    found = next(iter(orgs.starting_in(position, position + 2)), None)
    return found[2] if found else None


@lru_cache(maxsize=1)
def _modifiers() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, tuple[str, ...]]]]:
    """Patterns for modifiers written before and after an office (title_modifiers.tsv), and what
    each (folded) is written as and the first words of the offices it applies to."""
    rows = read_table("persons/title_modifiers.tsv")
    before = alternation(row["modifier"] for row in rows if row["position"] == "before")
    after = alternation(row["modifier"] for row in rows if row["position"] == "after")
    meanings = {fold_for_matching(row["modifier"]): (row["modifier"], tuple(
        fold_for_matching(word) + " " for word in row["applies_to"].split("|") if word)) for row in rows}
    return (re.compile(rf"(?i)(?<!\w)(?P<modifier>{before})[ ]$"),
            re.compile(rf"(?i)[ ](?P<modifier>{after})(?!\w)"), meanings)


@lru_cache(maxsize=1)
def _modifier_compound() -> re.Pattern[str]:
    """Compounds ending with a modifier written before an office (modifier_compounds.tsv), anchored at its end."""
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(read_words('persons/modifier_compounds.tsv', 'compound'))})$")


@lru_cache(maxsize=1)
def _shared_office_words() -> tuple[str, ...]:
    return tuple(fold_for_matching(word) for word in read_words("persons/shared_offices.tsv", "word"))


def is_shared_office(title: str) -> bool:
    """Whether several persons hold the office in one body at once (a deputy, a member: shared_offices.tsv); one
    holds a Chủ tịch's or a Giám đốc's."""
    return fold_for_matching(title).startswith(_shared_office_words())


def office_before_modifiers(title: str) -> str:
    """The office of a title without the modifiers written after it, folded: "Phó Thủ tướng Thường trực" and "Phó Thủ
    tướng thứ nhất" are the office "phó thủ tướng", held the same way (a modifier before it makes another office:
    "Trợ lý Bộ trưởng")."""
    folded = fold_for_matching(title)
    for modifier in _after_modifiers():
        if folded.endswith(" " + modifier):
            return folded[:-len(modifier) - 1]
    return folded


@lru_cache(maxsize=1)
def _after_modifiers() -> tuple[str, ...]:
    return tuple(fold_for_matching(row["modifier"]) for row in read_table("persons/title_modifiers.tsv")
                 if row["position"] == "after")


def _modified(text: str, start: int, end: int, title: str, inner: OrgMention | None) -> tuple[int, int, str]:
    """A title with the modifiers written around it ("Quyền Trưởng phòng", "Phó Thủ tướng Thường trực")."""
    before, after, meanings = _modifiers()
    folded_title = fold_for_matching(title)
    for pattern, at in ((before, max(0, start - 8)), (after, end)):
        match = pattern.search(text, at, start) if pattern is before else pattern.match(text, end)
        if match is None or (inner is not None and inner.start < match.end() and pattern is after):
            continue
        written, applies_to = meanings[fold_for_matching(match.group("modifier"))]
        if applies_to and not (folded_title + " ").startswith(applies_to) or fold_for_matching(written) in folded_title:
            continue
        if pattern is before and _modifier_compound().search(text, max(0, match.start() - 12), match.end("modifier")):
            continue  # "chính quyền Tổng thống X": a compound of its own, no acting office
        if pattern is before:
            start, title = match.start(), f"{written} {title}"
        else:
            end, title = match.end(), f"{title} {written}"
    return start, end, title


_COUNTRY_REACH = 24  # characters of a country's words before its last one


@lru_cache(maxsize=1)
def _country_ending() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![^\W_])(?:{countries()})$")


def _ends_a_country(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the last word of a country written before it: "Trung Quốc Vương Nghị"
    holds no "Quốc vương" (king)."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    word_end = start
    while word_end < len(text) and (text[word_end].isalpha()):
        word_end += 1
    country = _country_ending().search(text, max(0, start - _COUNTRY_REACH), word_end)
    return country is not None and country.start() < start


@lru_cache(maxsize=1)
def _body_noun_before() -> re.Pattern[str]:
    """A noun of bodies (body_nouns.tsv) ending right before an office word."""
    return re.compile(rf"(?<![^\W_])(?:{alternation(read_words('persons/body_nouns.tsv', 'noun'))})[ ]+$", re.IGNORECASE)


def find_titles(text: str, mentions: list[OrgMention]) -> list[Title]:
    orgs = span_index(mentions)
    found: list[Title] = []
    taken: SpanIndex[None] = SpanIndex()
    fused, meanings = _fused()
    for match in fused.finditer(text):
        title, organization = meanings[fold_for_matching(match.group())]
        if _runs_for(text, match.start(), title):
            continue
        # A body named inside the form ("Ủy viên [Trung ương Đảng]") is its organization; one word alone
        # is not ("UVTƯ [Đảng]" names a committee of the Đảng, not the Đảng).
        inside = max((o for _, _, o in orgs.starting_in(match.start(), match.end()) if " " in text[o.start:o.end]),
                     key=lambda o: o.end - o.start, default=None)
        after = _org_at(orgs, match.end()) if inside is None else None
        if after is not None and fold_for_matching(after.name).startswith(fold_for_matching(organization) + " "):
            # "Huyện ủy viên [Huyện ủy Nam Đàn]", "Đảng ủy viên [Đảng ủy Kho bạc]": the fused body written out
            former = _former_start(text, match.start())
            found.append(Title(match.start() if former is None else former, after.end, title, after,
                               former=former is not None, title_end=match.end()))
            taken.add(match.start(), after.end, None)
            continue
        if after is not None:
            continue  # "Ủy viên Trung ương [Hội LHPN Việt Nam]": an office of the body named right after it
        name = inside.name if inside else organization
        former = _former_start(text, match.start())
        found.append(Title(match.start() if former is None else former, match.end(), title, None, name,
                           former is not None, match.end(), fused_body=organization))
        taken.add(match.start(), match.end(), None)
    known = titles()
    pattern, position = _title_pattern(), 0
    while (match := pattern.search(text, position)) is not None:
        start, end = position, position = match.start(), match.end()
        if (later := _capitalized_office_inside(text, match)) is not None:
            position = later  # "chức vụ [Phó Chánh Thanh tra]": not "vụ Phó" (Vụ phó)
            continue
        if taken.overlaps(start, end) or _runs_for(text, start, text[start:end]):
            continue
        if _ends_a_country(text, start):
            position = start + 1  # "Trung [Quốc] Vương Nghị": the country's last word, not "Quốc vương"
            continue
        # A body that begins inside the title ends it: "Ủy viên [Ban Chấp hành Trung ương Đảng]".
        # ("Trưởng Ban [Ban Nội chính T.Ư]" shares its last word with the body: keep both.)
        inner = next((o for _, _, o in orgs.starting_in(start + 1, end)), None)
        if inner is not None and fold_for_matching(text[start:inner.start]) in known:
            end = inner.start - 1
        title = known.get(fold_for_matching(text[start:end]))
        if title is None or (text[start].islower() and _body_noun_before().search(text, max(0, start - 24), start)):
            continue  # "một tổ chức [thành viên] của Ủy ban X": the office word modifies a body's noun
        office = title  # without its modifiers: what names the body by its field or place
        start, end, title = _modified(text, start, end, title, inner)
        unit = False
        standalone = fold_for_matching(title).endswith(" ban") and standalone_ban().match(text, end)
        # "Phó Ban [chỉ đạo Quốc gia …]": a steering committee is a body, no unit kept in the title
        if fold_for_matching(title) in _unit_titles() and (inner is None or inner.start >= end) and not standalone:
            unit_end = _unit_end(text, end, orgs, fold_for_matching(title).endswith(_UNIT_HEADS))
            if fold_for_matching(title).endswith(" khoa"):  # "Trưởng khoa [Hồi sức Hô hấp], …", "[Tai Mũi Họng] cho biết"
                unit_end = max(unit_end, _department_name_end(text, end + 1, orgs))
            title, end, unit = " ".join((title + text[end:unit_end]).split()), unit_end, unit_end > end
        organization = inner if inner is not None and inner.start < end else _org_at(orgs, end)
        if organization is inner and inner is not None and inner.org_id is None and end < inner.end:
            # "Chánh Thanh tra [Sở GTVT tỉnh X]": the office ends with its unit's head, which opens a body no base
            # knows ("Thanh tra Sở …"); the unit stays in the title and the role's body is the parent (NOTES.md 33)
            organization = _parent_of_unit(text, end, inner, orgs) or organization
        if organization is not None and _bare_paper(text, organization) and _field_body(text, end, office) is not None:
            organization = None  # "Bộ trưởng [Công Thương] cho biết": the ministry's field, not the paper "Công Thương"
        if organization is None and (filler := _dropped_modifier().match(text, end)) is not None:
            organization = _org_at(orgs, filler.end())  # "Phó Trưởng đoàn [chuyên trách] Đoàn ĐBQH tỉnh X"
        if organization is None and (organ := _office_organ().match(text, end)) is not None:
            organization = _org_at(orgs, organ.end())  # "Phó Chủ tịch [Ban Chấp hành] Tổng LĐLĐ Việt Nam"
        if organization is not None and fold_for_matching(title) in _unit_titles() \
                and (split := _unit_of_body(text, organization)) is not None:
            unit_name, organization = split  # "Trưởng ban [Pháp chế] VCCI": a unit of a known body
            title, end = f"{title} {unit_name}", organization.start - 1
        if organization is not None and (cell := _cell_of_body(text, organization)) is not None:
            cell_name, organization = cell  # "Bí thư [Chi bộ] Sở Tư pháp tỉnh X": a cell of the body named after it
            title, end = f"{title} {cell_name}", organization.start - 1
        if organization is None and unit:
            organization = _org_at(orgs, _unit_link_end(text, end))  # "Trưởng phòng X thuộc Sở Y"
        if organization is None and unit and text.startswith(",", end):
            organization = _org_at(orgs, end + 1)  # "Phó phòng Tham mưu, Công an tỉnh X": the unit's body
        if organization is None and text.startswith(" của ", end):
            organization = _org_at(orgs, end + len(" của"))  # "Chánh Văn phòng của [UBND tỉnh X]"
        if organization is None and not unit:
            organization = _office_of_body(text, end, orgs)  # "Giám đốc [Văn phòng ILO tại Việt Nam]"
        if organization is None and not unit:
            organization = _field_body(text, end, office)  # "Bộ trưởng [Quốc phòng]": the Bộ Quốc phòng
        if organization is None and not unit:
            organization = _place_body(text, end, office, mentions)  # "Chủ tịch [TP Hội An]": the city's UBND
        if organization is not None:
            organization = _of_foreign_state(text, organization)
        former = _former_start(text, start)
        pointer = _bare_head_at(text, end) if organization is None else None
        run_end = organization.end if organization else pointer[1] if pointer else end
        if organization is None and pointer is None and (relative := _relative_body().match(text, end)) is not None:
            run_end = relative.end()  # "Phó Chủ tịch [UBND tỉnh] A" with no place named: the run reaches the name
        if organization is not None and (parent := _org_at(orgs, run_end)) is not None and parent.start > run_end:
            run_end = parent.end  # "Vụ trưởng Vụ Pháp chế [Bộ Tài chính] A": the unit's parent body, then the name
        if organization is not None and text.startswith(" (", end) and organization.start > end \
                and text.startswith(")", run_end):
            run_end += 1  # "Trưởng ban Nữ công (LĐLĐ tỉnh X) Nguyễn Thị A": the bracket closes the run
        if organization is None and pointer is None and _PLURAL_BODIES.match(text, end):
            continue  # "Thứ trưởng của các bộ: …", "Bộ trưởng các nước ASEAN": the office of several bodies, no one's
        found.append(Title(start if former is None else former, run_end, title,
                           organization, former=former is not None, title_end=end,
                           points_back_to=pointer[0] if pointer else None))
    found += _memberships(text, orgs, taken)
    return sorted(found, key=lambda t: t.start)


# An office followed by bodies in the plural, a common noun ("Thứ trưởng của các bộ", "Bộ trưởng các nước ASEAN"); not
# a name that begins with "các" ("Chánh văn phòng [các KCX-KCN TP]", a Ban quản lý's short name).
_PLURAL_BODIES = re.compile(r"[ ]+(?:của[ ]+)?(?:các|những)[ ]+[a-zđà-ỹ]")


@lru_cache(maxsize=1)
def _relative_body() -> re.Pattern[str]:
    """A body written by its kind and level alone (orgs/relative.tsv: "UBND tỉnh", "Tỉnh ủy", "LĐLĐ huyện") right
    after an office, no organization mention where the article names no place for it: still part of the run, so the
    name after it holds the office ("Phó Chủ tịch UBND tỉnh Nguyễn Văn A")."""
    return re.compile(rf"(?i)[ ](?:{alternation(read_words('orgs/relative.tsv', 'form'))})(?!\w)")


@lru_cache(maxsize=1)
def _office_organ() -> re.Pattern[str]:
    """An executive committee between an office and its body's name (office_organs.tsv)."""
    return re.compile(rf"(?i)[ ](?:{alternation(read_words('persons/office_organs.tsv', 'form'))})(?=[ ])")


DROPPED, DROPPED_FORMER = "dropped", "dropped_former"


def held_modifiers(positions: tuple[str, ...] = (DROPPED, DROPPED_FORMER)) -> list[str]:
    """How an office is or was held, no part of its title (title_modifiers.tsv): "chuyên trách", "kiêm nhiệm",
    "tiền nhiệm" (position dropped_former: held in the past)."""
    return [row["modifier"] for row in read_table("persons/title_modifiers.tsv") if row["position"] in positions]


@lru_cache(maxsize=1)
def _dropped_modifier() -> re.Pattern[str]:
    """How an office is held, written between it and its body ("Phó Trưởng đoàn [chuyên trách] Đoàn ĐBQH")."""
    return re.compile(rf"(?i)[ ](?:{alternation(held_modifiers())})(?=[ ])")


def _capitalized_office_inside(text: str, match: re.Match[str]) -> int | None:
    """Where a longer office written capitalized begins inside a match written lower-case, which is
    then the end of a word before it ("chức vụ Phó Chánh Thanh tra", "cán bộ Phó Giám đốc")."""
    if not text[match.start()].islower():
        return None
    for word in re.finditer(r"(?<=[ ])\S", text[match.start():match.end()]):
        inner = match.start() + word.start()
        if text[inner].isupper() and (longer := _title_pattern().match(text, inner)) and longer.end() > match.end():
            return inner
    return None


@lru_cache(maxsize=1)
def _field_heads() -> dict[str, str]:
    return {fold_for_matching(row["title"]): row["head"] for row in read_table("persons/field_heads.tsv")}


@lru_cache(maxsize=1)
def body_heads() -> tuple[str, ...]:
    """Head words of bodies' names (folded, a space after each, longest first): "Tòa án ", "Nội các "."""
    heads = read_words("orgs/pattern_heads.tsv", "head") | read_words("persons/state_body_heads.tsv", "head")
    return tuple(sorted((fold_for_matching(head) + " " for head in heads), key=len, reverse=True))


_FOREIGN_FIELD_WORDS = 4  # "Bộ trưởng [An ninh Nội địa] Mỹ"
_NO_FIELD_WORDS = frozenset({"của", "và"})  # "Bộ trưởng Cổ vật [của] Ai Cập": the country is no part of a field
_FIELD_AFTER = re.compile(rf"[ ]({UPPER}[^\W\d_]*(?:,?[ ](?:[-–,][ ])?[^\W\d_]+){{0,7}})")  # "Lao động, Thương binh …"
# A field in lower case, as world news writes offices after a name ("A, bộ trưởng [tài chính]"):
# named only when head and field are a body the knowledge base knows.
_LOWER_FIELD_AFTER = re.compile(r"[ ]((?!\w*[A-ZĐ])[^\W\d_]+(?:[ ][^\W\d_]+){0,3})(?!\w)")
_LOWER_FIELD_WORDS = 4


# What joins the parts of a body's name, which a field after an office often leaves out ("Bộ trưởng Thông tin
# Truyền thông", "Bộ trưởng Tài nguyên Môi trường": the Bộ Thông tin và Truyền thông, the Bộ Tài nguyên và Môi trường).
_NAME_JOINERS = re.compile(r"[ ](?:và|&)(?=[ ])|[ ]?[,\-–][ ]?(?=\w)")


def _unjoined(folded: str) -> str:
    return " ".join(_NAME_JOINERS.sub(" ", folded).split())


@lru_cache(maxsize=1)
def _unjoined_bodies() -> dict[str, str]:
    """The known bodies by their folded names without joining words, a name only one body has."""
    by_key: dict[str, set[str]] = {}
    for folded, org_id in load_orgbase().folded.items():
        by_key.setdefault(_unjoined(folded), set()).add(org_id)
    return {key: ids.pop() for key, ids in by_key.items() if len(ids) == 1}


def _lookup_field(head: str, written: str) -> str | None:
    """The body an office's head and a field written after it name, with or without the words joining its parts."""
    surface = f"{head} {written}"
    return load_orgbase().lookup(surface) or _unjoined_bodies().get(_unjoined(fold_for_matching(surface)))


def _field_body(text: str, end: int, title: str) -> OrgMention | None:
    """The body an office names by its field alone ("Bộ trưởng [Quốc phòng]" → Bộ Quốc phòng,
    field_heads.tsv): the longest capitalized run of words after it that, with the office's head
    word before it, is a body the knowledge base knows."""
    head = _field_heads().get(fold_for_matching(title))
    match = _FIELD_AFTER.match(text, end) if head else None
    base = load_orgbase()
    if match is None and head and (lower := _LOWER_FIELD_AFTER.match(text, end)) is not None:
        words, start = lower.group(1).split(" ")[:_LOWER_FIELD_WORDS], lower.start(1)
        for size in range(len(words), 0, -1):
            written = " ".join(words[:size])
            if written.islower() and (org_id := _lookup_field(head, written)) is not None:
                return OrgMention(start, start + len(written), written, base.orgs[org_id].name, org_id, "field")
        return None
    if match is None:
        return None
    words = match.group(1).split(" ")
    start = match.start(1)
    for size in range(len(words), 0, -1):
        written = " ".join(words[:size]).rstrip(",")
        if (org_id := _lookup_field(head, written)) is not None:
            return OrgMention(start, start + len(written), written, base.orgs[org_id].name, org_id, "field")
    # A field the home state has no ministry of, before a foreign country: that country's ministry
    # ("Bộ trưởng [Thương mại Mỹ]" → Bộ Thương mại Mỹ): up to four Vietnamese words, the first capitalized.
    # A Vietnamese name whose last word is a country is no field ("Thứ trưởng [Đặng Thị Ngọc] Anh"): a family name
    # opening capitalized words only.
    for size in range(1, min(len(words), _FOREIGN_FIELD_WORDS) + 1):
        field = words[:size]
        if not field[0][:1].isupper() or not all(VIETNAMESE_SYLLABLE.fullmatch(w.lower()) for w in field) \
                or field[-1] in _NO_FIELD_WORDS:
            break
        if is_family_name(field[0]) and all(word[:1].isupper() for word in field):
            continue  # a name's words so far, not a field ("Nông" of "Nông nghiệp" goes on lower case)
        written = " ".join(field)
        if (fold_for_matching(written) + " ").startswith(body_heads()):
            break  # a body of its own: "Bộ trưởng [Nội các] Nhật Bản" is a minister of the Nội các
        if (country := _country_after().match(text, start + len(written))) is not None:
            return OrgMention(start, country.end(), text[start:country.end()],
                              f"{head} {written} {country.group().strip()}", None, "foreign")
    return None


@lru_cache(maxsize=1)
def _place_offices() -> tuple[re.Pattern[str], dict[str, str]]:
    """Offices written with a place for the body that governs it (place_offices.tsv): a pattern for a
    kind of place and its capitalized name after the office, and each office (folded) → its templates
    ("|"-separated, by the kinds of place they serve)."""
    offices = {fold_for_matching(row["title"]): row["template"] for row in read_table("persons/place_offices.tsv")}
    place = rf"[ ](?P<kind>{place_kind_alternation()})[ ](?P<name>\d+|{UPPER}[^\W\d_]*(?:[ ](?:[-–][ ])?{UPPER}[^\W\d_]*){{0,5}})"
    return re.compile(place), offices


_PLACE_WORDS = 2  # a place that is no province, with more capitalized words after it: "Hội An [Nguyễn Văn Sơn]"


def _place_body(text: str, end: int, title: str, mentions: list[OrgMention]) -> OrgMention | None:
    """The body an office names by the place it governs ("Chủ tịch TP Hội An", "Phó Chủ tịch tỉnh
    Quảng Nam", "Chủ tịch xã Cát Tiến": the Ủy ban nhân dân of that place): a province by the name
    the knowledge base gives it, any other place as written (two words when more capitalized words
    follow, a person's name). A kind of place followed by a full name ("Phó Chủ tịch tỉnh Trần Văn
    A") is the article's province of that kind, the first a body of the text is of."""
    pattern, offices = _place_offices()
    template_ids = offices.get(fold_for_matching(title), "").split("|")
    match = pattern.match(text, end) if template_ids[0] else None
    if match is None:
        return _province_body(text, end, template_ids) if template_ids[0] else None
    base = load_orgbase()
    kind = place_kinds()[match.group("kind")]
    # The first of the office's templates that serves this kind of place: "Bí thư huyện X" → Huyện ủy X.
    template = next((t for i in template_ids for t in base.templates if t.template_id == i and t.applies_to(kind)), None)
    words = match.group("name").split(" ")
    if template is None:
        return None
    if len(words) >= 3 and is_family_name(words[0]):  # "Phó Chủ tịch tỉnh [Trần Văn A]": the article's province
        province = next((p for m in mentions if (p := provincial_province(m.org_id)) is not None and p.kind == kind), None)
        org_id = template_org_id(template, province) if province is not None else None
        if org_id not in base.orgs:
            return None
        return OrgMention(match.start("kind"), match.end("kind"), match.group("kind"), base.orgs[org_id].name, org_id, "place")
    for size in range(min(len(words), 4), 0, -1):
        province = base.province(" ".join(words[:size]))
        if province is not None and province.kind == kind \
                and (org_id := template_org_id(template, province)) in base.orgs:
            written_end = match.start("name") + len(" ".join(words[:size]))
            return OrgMention(match.start("kind"), written_end, text[match.start("kind"):written_end],
                              base.orgs[org_id].name, org_id, "place")
    name = " ".join(words if len(words) <= _PLACE_WORDS + 1 else words[:_PLACE_WORDS])
    written_end = match.start("name") + len(name)
    return OrgMention(match.start("kind"), written_end, text[match.start("kind"):written_end],
                      local_name(template, kind, name), None, "place")


_WRITTEN_WORDS = re.compile(r"[ ](?P<words>[^\s,;:()“”\"]+(?:[ ][^\s,;:()“”\"]+){0,3})")
_PROVINCE_ENDS = re.compile(r"(?:[ ]*(?:$|[,.;:)\-–]|\n)|[ ][a-zđà-ỹ])")  # what may follow "Chủ tịch Hà Nội"


def _province_body(text: str, end: int, template_ids: list[str]) -> OrgMention | None:
    """A province or city written by its name alone after a place's office, no kind word ("Chủ tịch Hà Nội",
    "Bí thư Đà Nẵng", "Chủ tịch TP.HCM"): the body of that province the office's template builds. Only where
    the clause goes on or a Vietnamese name follows ("Chủ tịch Hà Nội Nguyễn Đức Chung"), not a club's or a
    company's name ("Chủ tịch Hà Nội FC"), and not a person named like a place ("Chủ tịch Hồ Chí Minh")."""
    match = _WRITTEN_WORDS.match(text, end)
    if match is None or not match.group("words")[:1].isupper():
        return None
    base = load_orgbase()
    words = match.group("words").split(" ")
    for size in range(len(words), 0, -1):
        written = " ".join(words[:size]).rstrip(".")
        province = base.province(written)
        if province is None or fold_for_matching(written) in _person_places():
            continue
        written_end = match.start("words") + len(written)
        following = words[size] if size < len(words) else ""
        if not (_PROVINCE_ENDS.match(text, written_end) or is_family_name(following)):
            return None
        template = next((t for i in template_ids for t in base.templates
                         if t.template_id == i and t.applies_to(province.kind)), None)
        if template is None or (org_id := template_org_id(template, province)) not in base.orgs:
            return None
        return OrgMention(match.start("words"), written_end, text[match.start("words"):written_end],
                          base.orgs[org_id].name, org_id, "place")
    return None


@lru_cache(maxsize=1)
def _person_places() -> frozenset[str]:
    """Names of persons that also name a place (not_person_names.tsv, person_place): "Chủ tịch Hồ Chí Minh"."""
    return frozenset(fold_for_matching(row["name"]) for row in read_table("persons/not_person_names.tsv")
                     if row["kind"] == "person_place")


STATE_LEVELS = frozenset({"ministry", "state"})  # bodies every state has: a government, its ministries


@lru_cache(maxsize=1)
def _country_after() -> re.Pattern[str]:
    """A foreign country written right after a body, capitalized as written ("Bộ Ngoại giao [Nga]")."""
    return re.compile(rf"[ ](?:Cộng hòa[ ])?(?:{countries()})(?![^\W_])")


def _of_foreign_state(text: str, organization: OrgMention) -> OrgMention:
    """A state body followed by a foreign country is that country's ("Thứ trưởng Bộ Ngoại giao
    Belarus", "Phó Thủ tướng Chính phủ Belarus"), not the home one the knowledge base names."""
    known = load_orgbase().orgs.get(organization.org_id or "")
    match = _country_after().match(text, organization.end) if known and known.level in STATE_LEVELS else None
    if match is None:
        return organization
    # A field names the foreign body as written after the head ("Bộ trưởng [Lao động] Nhật Bản": Bộ Lao động
    # Nhật Bản, not the home ministry's full name), in the base's spelling where that is the same name.
    body = text[organization.start:organization.end]
    if organization.how == "field":
        body = f"{organization.name.split(' ', 1)[0]} {body}"
        body = organization.name if fold_for_matching(body) == fold_for_matching(organization.name) else body
    country = text[match.start():match.end()].strip()
    return OrgMention(organization.start, match.end(), text[organization.start:match.end()], f"{body} {country}",
                      None, "foreign")


@lru_cache(maxsize=1)
def workplace_titles() -> dict[str, str]:
    """Offices of a company written without a body (workplace_titles.tsv): folded title → kind of body."""
    return {fold_for_matching(row["title"]): row["kind"] for row in read_table("persons/workplace_titles.tsv")}


@lru_cache(maxsize=1)
def sole_workplace_titles() -> frozenset[str]:
    """Of workplace_titles, the offices that take a body only when the article has named one of its kind."""
    return frozenset(fold_for_matching(row["title"]) for row in read_table("persons/workplace_titles.tsv")
                     if row["sole"] == "1")


@lru_cache(maxsize=1)
def _member_organs() -> tuple[re.Pattern[str], dict[str, str]]:
    meanings = {fold_for_matching(row["form"]): row["title"] for row in read_table("persons/member_organs.tsv")}
    forms = alternation(row["form"] for row in read_table("persons/member_organs.tsv"))
    # "vào", "tham gia"; "trúng cử", elected straight into the organ ("trúng cử Ban Chấp hành Tổng Liên đoàn khóa XI")
    return re.compile(rf"(?=[vVtT])(?<!\w)(?:vào|tham[ ]gia|trúng[ ]cử)[ ](?P<organ>{forms})(?!\w)", re.IGNORECASE), meanings


def _memberships(text: str, orgs: SpanIndex[OrgMention], taken: SpanIndex[None]) -> list[Title]:
    """Membership of an organ one is elected into or joins: "[vào BCH] LĐLĐ tỉnh X" is "Ủy viên Ban Chấp hành"
    of the LĐLĐ; "[vào] Ban Chấp hành Trung ương Đảng" (a known body) "Ủy viên" of it; a company's board with no
    body after it ("được bầu bổ sung [vào HĐQT] ngân hàng") is the board of the company named before (a workplace
    office, workplace_titles.tsv)."""
    pattern, meanings = _member_organs()
    found = []
    for match in pattern.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        organ_start = match.start("organ")
        title = meanings[fold_for_matching(match.group("organ"))]
        body = next((o for _, _, o in orgs.starting_in(organ_start, organ_start + 1)), None)
        if body is not None and body.end >= match.end():  # the organ is a body of its own
            found.append(Title(match.start(), body.end, "Ủy viên", body, title_end=organ_start))
        elif (body := _org_at(orgs, match.end())) is not None:
            found.append(Title(match.start(), body.end, title, body, title_end=match.end()))
        elif (pointer := _bare_head_at(text, match.end())) is not None:
            # "bầu A, B vào Ban Chấp hành [Chi hội] khóa III": the organ of the body the bare head points back to
            found.append(Title(match.start(), pointer[1], title, None, title_end=match.end(), points_back_to=pointer[0]))
        elif fold_for_matching(title) in workplace_titles():
            found.append(Title(match.start(), match.end(), title, None, title_end=match.end()))
    return found


def implied_bodies(orgs: list[OrgMention]) -> dict[str, OrgMention]:
    """For each title that implies a body ("Khối trưởng"), the article's first body of that kind."""
    heads = {title: fold_for_matching(head) for title, head in _implied().items()}
    found: dict[str, OrgMention] = {}
    for org in orgs:
        folded = fold_for_matching(org.name)
        for title, head in heads.items():
            if title not in found and folded.startswith(head):
                found[title] = org
    return found


__all__ = ["STATE_LEVELS", "Title", "body_heads", "find_titles", "implied_bodies", "is_shared_office", "office_before_modifiers", "titles"]
