"""Offices written away from the name of who held them: the subject of a sentence or a career.

A run of offices with no name beside it still belongs to someone when the text says so:

- a verb or a word for an office stands right before it, and the sentence named its subject
  before ("Bà A khởi đầu sự nghiệp tại X và đảm nhiệm các cương vị Giám đốc …", "ông B, Chủ
  tịch HĐQT, nhận nhiệm vụ mới tại cương vị Vụ trưởng …", "Ông C có học vị tiến sĩ, là Ủy
  viên …"); a sentence whose subject is a bare form of address ("Hơn 50 năm, đồng chí đã trải
  qua nhiều cương vị, tiêu biểu là: …") means the person named last before it;
- it opens an entry of a career written as a timeline ("4/1985-7/1988: Ủy viên Ban Thường vụ
  Thành đoàn …", "Từ 7/2010 đến 5/2013: …"): the person named last before the entry.

The runs after it in the same sentence or entry, with no name of their own, are that
person's too ("…; Thứ trưởng Bộ Công an; Bộ trưởng Bộ Giao thông - Vận tải").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from unionfacts.extract.patterns import UPPER, alternation
from unionfacts.resources import read_table, read_words
from unionfacts.types import PersonMention

# A sentence ends at a full stop not written after a capital ("TP. Hồ Chí Minh", "khóa X. 12/1999")
# or at a line break.
_SENTENCE_END = re.compile(r"(?<![A-ZĐ])[.!?…](?=\s)|\n")
# A timeline entry's period, right before its first office: "4/1985-7/1988:", "Từ 7/2010 đến 5/2013:",
# "Năm 2002:", "1996 - 2000:".
_MONTH_YEAR = r"(?:(?:tháng[ ])?\d{1,2}[/.-])?(?:19|20)\d\d"
_PERIOD = re.compile(rf"(?i)(?:^|[.;\n][ ]*)(?:từ[ ]|năm[ ])?{_MONTH_YEAR}"
                     rf"(?:[ ]*(?:[-–]|đến)[ ]*(?:{_MONTH_YEAR}|nay))?[ ]*:[ ]*$")
_WINDOW = 60  # characters before a run searched for its cue
# Punctuation after a name opens what is said of that name: "thay thế ông A, Chủ tịch HĐQT, nhận nhiệm vụ mới …"
# is A's new office, where "kế nhiệm ông A trở thành …" runs on into the successor's verb.
_SET_OFF = re.compile(r"[,;:\-–(]")
_POSSESSOR = re.compile(r"(?i)(?<!\w)của[ ]+(?:(?:ông|bà|đồng chí)[ ]+)?$")  # "đội ngũ [của ông] A"
# The agent of a passive, perhaps with its office or form of address: "ông A [được Chủ tịch] B cất nhắc làm …" is
# A's office, not B's.
_AGENT_REACH = 40  # characters before a name searched for the passive's "được" and the agent's office
_PASSIVE_AGENT = re.compile(r"(?<![^\W_])được[ ]+(?:(?!cho[ ])[^\W\d_]+[ ]+){0,4}$")
# A form of address with no name after it, the one a sentence before named; not in the plural ("Các đồng chí được
# bầu vào …" are new ones, not the person named last)
_ADDRESS_ONLY = re.compile(rf"(?<!\w)(?<![cC]ác[ ])(?<![nN]hững[ ])(?:[ôÔ]ng|[bB]à|[đĐ]ồng chí)(?![ ]+{UPPER})(?!\w)")


@lru_cache(maxsize=1)
def _group_subject() -> re.Pattern[str]:
    """A group counted or marked plural, the subject of "là" right before an office: "các ứng viên là", "101 người
    là"; not "những người" set off after names, who are those named (persons/group_subjects.tsv)."""
    rows = read_table("persons/group_subjects.tsv")

    def words(role: str) -> list[str]:
        return [row["word"] for row in rows if row["role"] == role]

    def either_case(word: str) -> str:
        return f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}"

    quantifiers = "|".join(either_case(word) for word in words("quantifier"))
    set_off = "|".join(either_case(word) for word in words("set_off"))
    years = "".join(f"(?<!{re.escape(word)}[ ])" for word in words("year"))
    not_noun = alternation(words("not_noun"))
    return re.compile(rf"(?<![\w/-]){years}(?!(?:{set_off})[ ])(?:{quantifiers}|\d+(?:[.,]\d+)*)"
                      rf"(?:[ ](?!(?:{not_noun})[ ])[a-zđ\u00e0-\u1ef9]+){{1,2}}[ ]+là[ ]*:?[ ]*$")


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    """A verb that gives an office, or a word for an office, right before a run ("đảm nhiệm các
    cương vị", "tại cương vị", "là:", "được phân công giữ chức"); a word for duties only before a list opener or
    a colon ("từng kinh qua các nhiệm vụ: …")."""
    rows = read_table("persons/role_verbs.tsv")
    words = {kind: alternation(row["word"] for row in rows if row["kind"] == kind)
             for kind in ("verb", "office", "office_modifier", "list_opener", "listed_office")}
    office = (rf"(?:(?:các|nhiều)[ ]+)?(?:(?:{words['office']})(?:[ ]+(?:{words['office_modifier']}))*"
              rf"(?:[ ]+(?:{words['list_opener']}))?|(?:{words['listed_office']})(?:[ ]+(?:{words['office_modifier']}))*"
              rf"(?:[ ]+(?:{words['list_opener']})|[ ]*(?=:)))")
    return re.compile(rf"(?i)(?<!\w)(?:(?:{words['verb']})(?:[ ]+{office})?|{office})[ ]*:?[ ]*$")


@lru_cache(maxsize=1)
def succession_object() -> re.Pattern[str]:
    """A succession verb and a form of address right before a name (succession_words.tsv)."""
    words = alternation(read_words("persons/succession_words.tsv"))
    address = alternation(row["word"] for row in read_table("persons/honorifics.tsv") if row["kind"] == "honorific")
    return re.compile(rf"(?i)(?<!\w)(?:{words})[ ]+(?:(?:{address})[ ]+)?$")


def is_succeeded(text: str, person: PersonMention) -> bool:
    """Whether the name is the object of a succession ("kế nhiệm ông A", "thay bà B"): the one an office
    passes from, not the subject of the verb that gives it."""
    return bool(succession_object().search(text, max(0, person.start - 30), person.start))


def is_passive_agent(text: str, person: PersonMention) -> bool:
    """Whether the name is the agent of a passive ("ông A được Chủ tịch B cất nhắc làm …"): the office the verb
    gives is the subject's, A's."""
    return bool(_PASSIVE_AGENT.search(text, max(0, person.start - _AGENT_REACH), person.start))



def _later_item(text: str, sentence: int, run_start: int) -> bool:
    """Whether a run opens a later item of a list of offices a cue and a colon head in its sentence ("ông A từng
    kinh qua các nhiệm vụ: giảng viên Khoa X; [Phó trưởng phòng Đào tạo]; …"): an item that is no office (an
    occupation) may come first."""
    colon = text.rfind(":", sentence, run_start)
    return colon >= 0 and _ITEM_END.search(text, colon, run_start) is not None \
        and _offices_heading().search(text, max(sentence, colon + 1 - _WINDOW), colon + 1) is not None


@lru_cache(maxsize=1)
def _offices_heading() -> re.Pattern[str]:
    """A word for offices or duties heading a list with a colon ("các nhiệm vụ:", "nhiều cương vị công tác:"); not a
    verb alone ("ba việc cần làm:")."""
    rows = read_table("persons/role_verbs.tsv")
    offices = alternation(row["word"] for row in rows if row["kind"] in ("office", "listed_office"))
    modifiers = alternation(row["word"] for row in rows if row["kind"] == "office_modifier")
    return re.compile(rf"(?i)(?<!\w)(?:{offices})(?:[ ]+(?:{modifiers}))*[ ]*:$")


_ITEM_END = re.compile(r";[ ]*\Z")  # the run opens an item: right after a semicolon


def _sentence_start(text: str, position: int) -> int:
    start = 0
    for match in _SENTENCE_END.finditer(text, max(0, position - 400), position):
        start = match.end()
    return start


class Subjects:
    """Who a run with no name beside it belongs to, by what stands before it (see the module)."""

    def __init__(self, text: str, persons: list[PersonMention]) -> None:
        self._text = text
        self._persons = sorted(persons, key=lambda p: p.start)
        self._ends = [p.end for p in self._persons]

    def _last_in(self, start: int, end: int) -> PersonMention | None:
        """The person named last in [start, end)."""
        index = bisect.bisect_right(self._ends, end)
        found = self._persons[index - 1] if index else None
        return found if found is not None and found.start >= start else None

    def _last_subject_in(self, start: int, end: int) -> PersonMention | None:
        """The person named last in [start, end) who is no possessor ("mất chức X [của ông] A") nor a passive's
        agent: the one a bare form of address in the next sentence goes on about."""
        found = self._last_in(start, end)
        while found is not None and (_POSSESSOR.search(self._text, max(0, found.start - 12), found.start)
                                     or is_passive_agent(self._text, found)):  # "được Chủ tịch [A] cất nhắc"
            found = self._last_in(start, found.start)
        return found

    def before(self, run_start: int) -> PersonMention | None:
        text = self._text
        if _PERIOD.search(text, max(0, run_start - 30), run_start):
            return self._last_in(0, run_start)
        sentence = _sentence_start(text, run_start)
        if not _cue().search(text, max(0, run_start - _WINDOW), run_start) and not _later_item(text, sentence, run_start):
            return None
        found = self._last_in(sentence, run_start)
        if found is None and _ADDRESS_ONLY.search(text, sentence, run_start):
            found = self._last_subject_in(_sentence_start(text, max(0, sentence - 1)), sentence)
        if found is not None and is_passive_agent(text, found):
            found = self._last_in(sentence, found.start) or found  # "ông A được Chủ tịch B cất nhắc làm …": A's
        if found is not None and _group_subject().search(text, found.end, run_start):
            return None  # "A cho biết, có 101 ứng viên là Ủy viên Trung ương": the office of a group, not A's
        if found is not None and is_succeeded(text, found) and not _SET_OFF.search(text, found.end, run_start):
            subject_end = found.start
            found = self._last_in(sentence, subject_end)  # "B kế nhiệm ông A trở thành …": B's office
            if found is None and _ADDRESS_ONLY.search(text, sentence, subject_end):
                # "Năm 2018, ông kế nhiệm ông A trở thành …": the one the sentence before is about
                found = self._last_subject_in(_sentence_start(text, max(0, sentence - 1)), sentence)
        return found

    def after(self, run_start: int, run_end: int) -> PersonMention | None:
        """The person a fronted clause of office is about: "Trong thời gian giữ chức vụ Phó Chủ tịch
        UBND huyện, ông A đã ký …" — the first person named after the run in its sentence."""
        text = self._text
        if not _FRONTED.search(text, max(0, run_start - _WINDOW), run_start):
            return None
        index = bisect.bisect_left([p.start for p in self._persons], run_end)
        found = self._persons[index] if index < len(self._persons) else None
        return found if found is not None and _SENTENCE_END.search(text, run_end, found.start) is None else None


# A clause opening a sentence with the office its subject held then: "Trong thời gian giữ chức vụ …",
# "Khi còn làm …", "Lúc đảm nhiệm …".
_FRONTED = re.compile(r"(?i)(?:^|[.!?;\n][ ]*)(?:trong[ ](?:thời[ ]gian|giai[ ]đoạn)|khi|lúc|thời[ ]điểm)[ ]"
                      r"(?:còn[ ])?(?:giữ[ ]chức(?:[ ]vụ)?|làm|là|đảm[ ]nhiệm)[ ]+$")


def same_passage(text: str, end: int, start: int) -> bool:
    """Whether a run starting at ``start`` is in the sentence or timeline entry of one ending at ``end``."""
    return _SENTENCE_END.search(text, end, start) is None and not _PERIOD.search(text, max(end, start - 30), start)


__all__ = ["Subjects", "same_passage"]
