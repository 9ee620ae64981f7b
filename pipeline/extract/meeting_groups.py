"""Mentions grouped into meetings, and the day of each meeting its own mentions do not give.

A mention that reports a meeting (a day, an organizing or chairing verb) joins the meeting of
its family whose name agrees (the first words after the kind word, the ordinal) and whose day
does, or the one the headline or the lead only named; a mention in passing ("phát biểu tại
Hội nghị …") joins the meeting of its name, else the latest of its family; a bare or
pointing-back one ("hội nghị", "tại buổi làm việc", "kỳ họp này") the latest of its family,
else the meeting just reported, and starts one of its own only when its clause gives a day,
a chair or someone doing it. A meeting is held when more of its mentions in the body report
it than plan it.

Its day is the first a mention gives; a meeting with none takes the day of the lead when the
headline names it, or the day of the meeting it goes on from: named in its name or after it
in its clause ("họp báo thông báo kết quả của Kỳ họp …"), named before it after "Sau" ("Sau
Lễ đón, … hội đàm"), joined to it by "và", or reported just before with "Chiều cùng ngày",
"Sau đó". Every step looks at a bounded number of recent meetings: linear in the article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from unionfacts.extract import meeting_lexicon as lexicon
from unionfacts.extract.dates import roman_value
from unionfacts.extract.meeting_dates import Dating, is_year, offset_day
from unionfacts.extract.meeting_layout import Layout
from unionfacts.extract.meeting_mentions import Mention, has_subject, opens_predicate, plans_after
from unionfacts.extract.numbers import parse_number_word
from unionfacts.extract.patterns import UPPER
from unionfacts.normalize import fold_for_matching
from unionfacts.resolve.dates import UNKNOWN_YEAR

# How many recent meetings of a family a named mention is compared with (keeps grouping linear).
_RECENT = 8
# How many meetings of a family are remembered for later mentions to join or point back to.
_KEPT = 4 * _RECENT
# A pointing-back mention with no meeting of its family joins the meeting reported this close.
_BACK_REACH = 3
# How many mentions before a meeting's are read for the meeting it goes on from.
_LOOK_BACK = 40
# How many words after its own kind word a name may name the meeting it is a part of ("Lễ khai mạc Kỳ họp …").
_INSIDE_REACH = 2
# Characters between a meeting's name and the backdrop named right after it (" bên lề ").
_BACKDROP_GAP = 10
# The family of the plain verb "họp" (verbs.tsv): it names a sitting of any kind.
_MEETING_VERB_FAMILY = "Cuộc họp"
# How far before a bare meeting word the organizing verb that takes it may start ("đã tham dự một cuộc họp").
_VERB_REACH = 30
# Characters between a meeting's name and the meeting named right after it as its place (" tại ", " trong ").
_FRAME_GAP = 10
# Between the name of a part of a meeting and the meeting it belongs to: "của", after a place in it ("tại hội trường",
# "ở tổ") at most ("buổi thảo luận tại hội trường của kỳ họp thứ 5").
_PART_LINK = re.compile(r"(?:[ ]+(?:tại|ở)(?:[ ]+[^\W\d_]+){1,3})?[ ]+của[ ]+")
_PART_GAP = 30
# One or two adverbs between a past marker and a held verb ("đã long trọng khai mạc", "đã chính thức diễn ra")
_HELD_AFTER_ADVERB = re.compile(r"(?:[^\W\d_]+[ ]){1,2}(?:khai mạc|diễn ra|bế mạc|được tổ chức)(?!\w)")
_NO_MARK = re.compile(r"(?:[ ][^\W\d_]+)*[ ]")  # words and spaces only, no punctuation between
_NUMBER = re.compile(r"\d+")
_UPPER_CLASS = UPPER[1:-1]
_DEFINED = re.compile(rf"\(({UPPER}[{_UPPER_CLASS}\d&.-]{{1,11}})\)")  # a short name a meeting's name defines
_ACRONYM_WORD = re.compile(rf"{UPPER}[{_UPPER_CLASS}\d&.-]{{1,11}}")
_AND = re.compile(r"(?<!\w)và(?!\w)")
_COUNTERPART = re.compile(r"(?<!\w)(?:với|giữa)(?!\w)")  # whom a meeting's name says it met ("cuộc gặp với X")
_ABOUT = re.compile(r"(?<!\w)về[ ]+(\w+(?:[ ]+\w+)?)")  # the subject of a meeting named by it
# Between a meeting named after "Tại" and another: the other is what someone says, recalls, sets as a task or
# welcomes ("Tại buổi tiếp, ông A hoan nghênh chuyến thăm …"), held another day or over many
_ELSEWHEN = re.compile(r"(?<!\w)(?:vừa|từng|trước đó|cho biết|cho rằng|nói|khẳng định|nhấn mạnh|đánh giá|nhắc lại|giao|yêu cầu|đề nghị|"
                       r"hoan nghênh|cảm ơn|cám ơn|chúc mừng)(?!\w)")


@dataclass
class Meeting:
    family: str
    first: Mention
    mentions: list[Mention] = field(default_factory=list)
    date: str | None = None
    back_date: str | None = None
    named_date: str | None = None  # the first day written right after one of its names ("kỳ họp ngày 23/4")
    # the meeting reported just before whose occasion it was named at, another kind meeting others ("Trong buổi giao
    # lưu với sinh viên, …" after the working session with the embassy): a day of that one's, if none of its own
    beside: int | None = None
    aliases: set[str] = field(default_factory=set)  # other families its name makes it ("Hội nghị đối thoại")
    acronyms: set[str] = field(default_factory=set)  # short names its names define ("… lần thứ hai (SOM2)")
    dated: set[int] = field(default_factory=set)  # starts of the mentions that give a day of their own
    reported: bool = False  # a mention reports it held
    carried_out: bool = False  # a word pointing back to it reports held what the body planned before
    introduced: bool = False  # reported as held in the body, not only in the headline or in passing
    last_sentence: int = 0
    last_start: int = 0

    @property
    def held(self) -> bool:
        """A mention reports it held, and more mentions of the body report it (or point back to it) than
        plan it: a meeting the body only plans is not held, whatever its headline says. What a meeting the body
        reports held will do next ("Sáng 10/5, Đại hội … đã khai mạc. Chiều 11/5, Đại hội sẽ bầu …"), or what
        happened before it ("Trước thềm Lễ trao giải, …"), plans none of it."""
        body = [m for m in self.mentions if not m.headline]
        headline = any(m.status == "held" for m in self.mentions if m.headline)
        reported = any(m.status == "held" and m.introduced for m in body)
        # once the body reports it held on a day of its own, what follows in the future tense is what happens at it
        # ("Chiều 22/6, Hội nghị … đã khai mạc. … chương trình nghị sự của Hội nghị sẽ …")
        opened = min((m.start for m in body if m.status == "held" and m.introduced and m.start in self.dated),
                     default=None)
        # a mention that reports it held, or plans it, on a day of its own weighs as two
        # a plan the body goes on to report carried out ("… sẽ diễn ra vào ngày 10/8. Sáng 10/8, Hội nghị đã khai mạc")
        planned = 0 if self.carried_out else sum(
            1 + (m.start in self.dated) for m in body if m.status == "planned"
            and not (m.relative and reported) and not (opened is not None and m.start > opened))
        support = sum(1 + (m.status == "held" and m.start in self.dated) for m in body if m.status != "planned")
        # a photo caption or an intertitle names a meeting the body reports, it reports none itself; the body reports
        # it too by pointing back to it on a day of its own ("… tại cuộc họp chiều 30/4. Ảnh: X. Trước đó, chỉ đạo
        # tại cuộc họp chiều 30/4, ông A cho biết …")
        told = any(m.status == "held" and not m.captioned for m in body) or any(
            m.status == "back" and m.introduced and m.start in self.dated and not m.captioned for m in body) \
            and any(m.status == "held" and m.captioned for m in body)
        return (told or headline) and (not body or support > planned)

    def take(self, mention: Mention, dated: bool) -> None:
        """One more mention of it (kept in order; what the rules ask of all of them kept up to date)."""
        self.mentions.append(mention)
        self.acronyms.update(_DEFINED.findall(mention.name))
        self.reported = self.reported or mention.status == "held"
        self.introduced = self.introduced or (mention.introduced and not mention.headline)
        self.last_sentence = max(self.last_sentence, mention.sentence)
        self.last_start = max(self.last_start, mention.start)
        if dated:
            self.dated.add(mention.start)


def _points(value: str) -> tuple[str, str]:
    """First and last month-day of a day, a run of days or a month, the year left out (XXXX matches any)."""
    first, _, last = value.partition("/")
    last = last or first
    return (first[-2:] + "-01" if len(first) == 7 else first[-5:]), (last[-2:] + "-31" if len(last) == 7 else last[-5:])


def _same_days(first: str | None, second: str | None) -> bool:
    """Whether two days can be one meeting's: unknown, equal, or one inside the other's run."""
    if first is None or second is None:
        return True
    if is_year(first) or is_year(second):  # the edition a name gives ("Oscar 2021") and a day of that year
        return len({first[:4], second[:4]} - {UNKNOWN_YEAR}) <= 1
    (a_low, a_high), (b_low, b_high) = _points(first), _points(second)
    return a_low <= b_low <= b_high <= a_high or b_low <= a_low <= a_high <= b_high


def _same_names(first: Mention, second: Mention) -> bool:
    """Whether two names can be one meeting's: the ordinals agree, one is bare, or they open with the same
    word or share two ("trực tuyến toàn quốc học tập" and "trực tuyến học tập"). "Hội nghị lần thứ sáu" and
    "Hội nghị lần thứ nhất …" are two, bare as the first is."""
    if first.ordinal and second.ordinal and _other_ordinal(first, second):
        return False
    if not first.key or not second.key:
        return True
    if _other_topics(first, second) or _other_ceremonies(first, second):
        return False
    if first.ordinal and second.ordinal:
        return True
    return first.key[0] == second.key[0] or len(set(first.key) & set(second.key)) >= 2


def _meets_someone(mention: Mention) -> bool:
    """Whether a name says whom the meeting met ("hội đàm với X", "buổi tiếp X"; met_kinds.tsv): its words after the
    kind are a counterpart, not what it does."""
    return _COUNTERPART.search(mention.name) is not None or fold_for_matching(mention.kind) in lexicon.met_kinds()


def _act_in_name(verbal: Mention, named: Mention) -> bool:
    """Whether the act a headline's verb names (its kind's words past a classifier: "làm việc" of "Buổi làm việc") is
    written in the other name past its own kind word ("Chuyến thăm và làm việc với Công ty X")."""
    act = " ".join(word for word in fold_for_matching(verbal.kind).split()
                   if word not in lexicon.classifier_words())
    rest = " ".join(fold_for_matching(named.name).split()[len(named.kind.split()):])
    return bool(act) and re.search(rf"(?<!\w){re.escape(act)}(?!\w)", rest) is not None


def _key_named_in(verbal: Mention, named: Mention) -> bool:
    """Whether every word the verb "họp" took as its object is in the other name, kind words too: the headline's
    "Vinamilk họp cổ đông" is the body's "Đại hội đồng cổ đông của Vinamilk", whose kind holds "cổ đông"."""
    return not (verbal.ordinal and named.ordinal and _other_ordinal(verbal, named)) \
        and set(verbal.key) <= set(fold_for_matching(named.name).split())


def _other_topics(first: Mention, second: Mention) -> bool:
    """Whether two names are about different things ("cuộc họp Thường trực Chính phủ về tình hình triển khai dự án"
    and "… về dự thảo báo cáo trình Bộ Chính trị"): two meetings of one body."""
    about_first, about_second = _ABOUT.search(first.name), _ABOUT.search(second.name)
    return bool(about_first and about_second
                and fold_for_matching(about_first.group(1)) != fold_for_matching(about_second.group(1)))


def _other_ceremonies(first: Mention, second: Mention) -> bool:
    """Whether two ceremonies do different things ("lễ truy điệu các liệt sĩ" and "lễ đón nhận hài cốt liệt sĩ"):
    each name opens with a ceremony word the other's name does not hold."""
    if first.family != "Lễ" or second.family != "Lễ":
        return False
    first_word, second_word = lexicon.ceremony_opening(first.key), lexicon.ceremony_opening(second.key)
    if first_word is None or second_word is None or first_word == second_word:
        return False
    first_name, second_name = f" {fold_for_matching(first.name)} ", f" {fold_for_matching(second.name)} "
    return f" {' '.join(second_word)} " not in first_name and f" {' '.join(first_word)} " not in second_name


def _proper_words(mention: Mention) -> frozenset[str]:
    """The capitalized words of a name after its first word: the places, bodies and persons it names; not a short
    name in brackets, which the name defines for itself ("Đại hội đồng cổ đông (ĐHĐCĐ)"); and those of another name
    written in brackets after it ("(World Mobile Broadband & ICT)"), by which a later mention may name it."""
    names = mention.name.split()
    words = (word.strip("“”\"'()") for index, word in enumerate(names[1:] + mention.aside.split(), 1)
             if not word.startswith("(") and not (index < len(names) and _counted(names[index - 1])))
    return frozenset(word for word in words if word[:1].isupper())


@lru_cache(maxsize=1024)
def _counted(word: str) -> bool:
    """Whether ``word`` counts the word after it ("hai", "các"): a noun capitalized by respect after it names the
    parties already named, no one new ("kết quả hội đàm giữa hai Bên", "lễ ký kết giữa hai Bộ")."""
    return parse_number_word(word.lower()) is not None or word.lower() in lexicon.quantifier_words()


def _other_names(first: Mention, second: Mention) -> bool:
    """Whether two names tell two meetings apart: both name someone or somewhere, and not the same
    ("chuyến thăm chính thức Hoa Kỳ" and "chuyến thăm Việt Nam")."""
    first_words, second_words = _proper_words(first), _proper_words(second)
    return bool(first_words and second_words and not first_words & second_words)


def _met_apart_from_plan(meeting: Meeting, mention: Mention) -> bool:
    """Whether a mention reported held names whom it met ("sau cuộc gặp với Tổng thống Ba Lan …") where the latest
    meeting of its family is only planned so far and names no one ("… sẽ có cuộc gặp lần đầu tiên vào tối nay"):
    another meeting, not the plan come true."""
    counterpart = _COUNTERPART.search(mention.name)
    return (not meeting.reported and counterpart is not None and not _proper_words(meeting.first)
            and bool(_proper_words(replace(mention, name=mention.name[counterpart.start():]))))


def _met_others(first: Mention, second: Mention) -> bool:
    """Whether a meeting of another kind names whom it met ("buổi giao lưu với sinh viên …") and the meeting reported
    names someone else ("buổi làm việc với Đại sứ quán …"): a second occasion of the day, not the first named again."""
    if first.family == second.family or _MEETING_VERB_FAMILY in (first.family, second.family):
        return False  # "Tại cuộc họp với lãnh đạo tỉnh, …": any sitting, the one reported named again
    met_first, met_second = _COUNTERPART.search(first.name), _COUNTERPART.search(second.name)
    if met_first is None or met_second is None:
        return False
    head_first = fold_for_matching(first.name[met_first.end():]).split()[:2]
    head_second = fold_for_matching(second.name[met_second.end():]).split()[:2]
    return bool(head_first and head_second) and head_first != head_second


def _acronym_named(mention: Mention) -> str | None:
    """The short name right after the kind word ("Hội nghị SOM2" → SOM2), if the mention is named by one."""
    words = mention.name.split()[len(mention.kind.split()):]
    return words[0] if words and _ACRONYM_WORD.fullmatch(words[0]) else None


def _other_numbers(first: Mention, second: Mention) -> bool:
    """Whether both names hold numbers and none in common ("… thường niên năm 2020" and "… năm 2021")."""
    first_numbers, second_numbers = set(_NUMBER.findall(first.name)), set(_NUMBER.findall(second.name))
    return bool(first_numbers and second_numbers and not first_numbers & second_numbers)


def _other_ordinal(first: Mention, second: Mention) -> bool:
    """Whether both names hold an ordinal and they differ in value: "lần thứ III", "lần thứ 3" and "lần thứ ba"
    are one."""
    return bool(first.ordinal and second.ordinal and _ordinal_value(first.ordinal) != _ordinal_value(second.ordinal))


@lru_cache(maxsize=1024)
def _ordinal_value(ordinal: str) -> int | str:
    """The number an ordinal names (digits, a Roman numeral, a number word), else its folded form."""
    if ordinal.isdigit():
        return int(ordinal)
    value = roman_value(ordinal.upper()) or lexicon.ordinal_words().get(ordinal.lower()) \
        or parse_number_word(ordinal)
    return value if value is not None else fold_for_matching(ordinal)


def _alias_families(mention: Mention) -> frozenset[str]:
    """Families a name makes a meeting part of besides its own ("Hội nghị đối thoại" → Đối thoại)."""
    return _families_named(mention.family, mention.key[:2])


@lru_cache(maxsize=4096)
def _families_named(family: str, words: tuple[str, ...]) -> frozenset[str]:
    _, info = lexicon.kinds()
    rows = (info.get(" ".join(words[:size])) for size in (2, 1))
    return frozenset(row.family for row in rows if row is not None and row.family != family)


class Grouping:
    def __init__(self, layout: Layout, dating: Dating, mentions: list[Mention]) -> None:
        self.layout = layout
        self.dating = dating
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.meetings: list[Meeting] = []
        # the meetings of each family mentioned last, the latest at the end (a few: kept short)
        self.by_family: dict[str, list[int]] = {}
        self.linked: list[tuple[Mention, int]] = []
        self.latest_reported: int | None = None
        self.unnamed: set[int] = set()  # meetings first named by a back-reference made a report of its own
        # where the first meeting word of the article is, also one of a mention dropped ("các cuộc hội nghị")
        first = lexicon.kinds()[0].search(layout.text)
        self.first_word = first.start() if first else len(layout.text)

    def _others(self, mention: Mention) -> list[int]:
        """Starts of the mentions around ``mention`` that a day between would belong to (a frame takes none)."""
        index = bisect.bisect_left(self.starts, mention.start)
        low, high = max(0, index - 6), index + 7
        return [m.start for m in self.mentions[low:high] if m.start != mention.start and not m.frame]

    def _reach_end(self, mention: Mention) -> int:
        """Where a day after ``mention`` is measured from: past a backdrop named right after it ("buổi tiếp song
        phương [bên lề Hội nghị X với Y] vào ngày 21.5"), whose own name holds the words between."""
        index = bisect.bisect_right(self.starts, mention.start)
        following = self.mentions[index] if index < len(self.mentions) else None
        if following is not None and following.backdrop and following.start - mention.end <= _BACKDROP_GAP:
            return following.end
        return mention.end

    def _chaired_here(self, mention: Mention) -> bool:
        cues = lexicon.cues()
        low, high = self.layout.clause_span(mention.start)
        return bool(cues["chair"].search(self.layout.text, low, high) or
                    cues["chair_by"].search(self.layout.text, low, high))

    def _just_reported(self, mention: Mention) -> int | None:
        """The meeting reported last, if only a few sentences before ``mention``."""
        latest = self.latest_reported
        if latest is None:
            return None
        return latest if mention.sentence - self.meetings[latest].last_sentence <= _BACK_REACH else None

    def _just_planned(self, mention: Mention) -> int | None:
        """The meeting of ``mention``'s family named last, if only planned and a few sentences before: what a
        mention pointing back is about, not a meeting of its own."""
        latest = next(iter(self._recent(mention.family, 1)), None)
        if latest is None or self.meetings[latest].reported:
            return None
        return latest if mention.sentence - self.meetings[latest].last_sentence <= _BACK_REACH else None

    def _recent(self, family: str, count: int = _RECENT) -> list[int]:
        """The meetings of ``family`` mentioned last, the latest first."""
        return self.by_family.get(family, [])[:-count - 1:-1]

    def _latest(self, family: str) -> int | None:
        """The latest meeting of ``family`` a mention reports held (a planned one is pointed back to by none)."""
        return next((index for index in self._recent(family, 4 * _RECENT) if self.meetings[index].reported), None)

    def _register(self, index: int, families) -> None:
        for family in families:
            indices = [i for i in self.by_family.get(family, []) if i != index][-_KEPT + 1:]
            indices.append(index)
            self.by_family[family] = indices

    def _opens_at(self, mention: Mention) -> bool:
        """Whether the article opens at the meeting ``mention`` is at: its first meeting word ("Phát biểu tại Hội
        nghị, ông A …" with no meeting named before), the meeting it reports."""
        return mention.at and not mention.after and not mention.frame and not self.meetings \
            and mention.start <= self.first_word

    def _attended(self, mention: Mention) -> bool:
        """Whether someone named does the organizing verb that takes the bare meeting word ("ông A đã tham dự cuộc
        họp nhằm …", "Bộ X đã tổ chức cuộc họp"): a meeting the clause reports held."""
        text = self.layout.text
        verb = lexicon.organizing_before().search(text, max(0, mention.start - _VERB_REACH), mention.start)
        return verb is not None and has_subject(self.layout, verb.start(), opening=False)

    def _spoken_at(self, mention: Mention) -> bool:
        """Whether a person named in its clause attends or speaks at the meeting word (cues.tsv part attendee, right
        before the word that places it: "Phát biểu tại buổi lễ, ông A …", "bà B, …, phát biểu tại cuộc họp báo"): a
        meeting the article reports held (GOLD.md: attendees) when none is reported before it to point back to."""
        if not mention.at or mention.after or self.latest_reported is not None:
            return False  # after a meeting reported ("… đến thăm … Phát biểu tại buổi làm việc"): a part of that one
        text, (low, high) = self.layout.text, self.layout.clause_span(mention.start)
        cue = lexicon.cues()["attendee"]
        spoken = any(not text[match.end():mention.start].strip().count(" ")
                     for match in cue.finditer(text, max(low, mention.start - _VERB_REACH), mention.start))
        return spoken and bool(self.layout.persons.within(low, high))

    def _done_at(self, mention: Mention) -> bool:
        """Whether the clause of a word pointing back to a meeting reports, in the past tense, someone attending it or
        chairing it ("Hơn 300 đại biểu đã dự diễn đàn do ông A chủ trì sáng 14/5" after "Nhiều tỉnh không cử đại biểu
        đến dự Diễn đàn X"): the meeting was held, whoever stayed away."""
        low = self.layout.clause_span(mention.start)[0]
        attended = lexicon.cues()["attendee"].search(self.layout.text, max(low, mention.start - _VERB_REACH), mention.start)
        return (attended is not None or self._attended(mention) or self._chaired_here(mention)) \
            and lexicon.past_words().search(self.layout.text, low, mention.start) is not None \
            and not plans_after(self.layout.text, mention.end)

    def _held_since(self, mention: Mention) -> bool:
        """Whether a word pointing back to a meeting is followed by a held verb in the past tense ("Hội nghị đã khai
        mạc", "hội thảo đã được tổ chức vào ngày 8/8", "Đại hội đã long trọng khai mạc")."""
        text = self.layout.text
        did = lexicon.past_after().match(text, mention.end)
        return did is not None and lexicon.source_after().match(text, mention.end) is None \
            and lexicon.cues()["held"].match(text, did.end()) is not None \
            or did is not None and _HELD_AFTER_ADVERB.match(text, did.end()) is not None

    def _persons_named(self, mention: Mention) -> frozenset[str]:
        """The persons a mention's name names (whom a verb reports meeting), folded."""
        return frozenset(fold_for_matching(p.name) for p in self.layout.persons.within(mention.start, mention.end))

    def _other_persons(self, first: Mention, second: Mention) -> bool:
        """Whether two names each name persons, none in common ("tiếp Đại sứ Nhật Bản Yamada Takio" and "tiếp Đại sứ
        Hàn Quốc Oh Young-ju"): two meetings, however alike the offices read. An office-holder whose name is not
        known as a person's is told by the capitalized words after the offices ("cuộc gặp Thủ tướng Hun Sen" and
        "cuộc gặp Thủ tướng Singapore Lý Hiển Long"). When neither name names a person, an office each writes tells them
        apart the same way ("tiếp Đại sứ Nhật Bản" and, later that day, "tiếp Đại sứ Hàn Quốc")."""
        first_persons, second_persons = self._persons_named(first), self._persons_named(second)
        if first_persons and second_persons:
            return not first_persons & second_persons
        first_bodies, second_bodies = self._bodies_met(first), self._bodies_met(second)
        if first_bodies and second_bodies and not first_bodies & second_bodies:
            return True  # "buổi làm việc với Sở Y tế" and, that afternoon, "buổi làm việc với Sở Giáo dục và Đào tạo"
        unnamed = not first_persons and not second_persons
        first_met, second_met = self._met_words(first, unnamed), self._met_words(second, unnamed)
        return bool(first_met and second_met and not first_met & second_met)

    def _bodies_met(self, mention: Mention) -> frozenset[str]:
        """The bodies a name says it met, after "với" or "giữa" ("buổi làm việc với Sở Y tế"), folded."""
        counterpart = _COUNTERPART.search(self.layout.text, mention.start, mention.end)
        if counterpart is None:
            return frozenset()
        return frozenset(org.org_id or fold_for_matching(org.name)
                         for org in self.layout.orgs.within(counterpart.end(), mention.end) if org.end <= mention.end)

    def _met_words(self, mention: Mention, titled: bool = False) -> frozenset[str]:
        """The capitalized words of a name that names an office-holder, its offices left out; none otherwise
        (``titled``: an office written in the name is enough, with no person named)."""
        if not self.layout.roles.within(mention.start, mention.end) \
                and not (titled and lexicon.titles().search(mention.name)):
            return frozenset()
        name = lexicon.titles().sub(" ", self.layout.text[mention.start:mention.end])
        return _proper_words(replace(mention, name=name))

    def _meets_other(self, meeting: Meeting, mention: Mention) -> bool:
        """Whether a mention names whom it met ("cuộc gặp Thủ tướng A") and ``meeting`` names none of them: by
        their names, or, when the office-holder's name is not known as a person's, by the capitalized words."""
        met = self._persons_named(mention)
        if met:
            return not met & self._persons_named(meeting.first)
        met_words = self._met_words(mention)
        return bool(met_words) and not met_words & _proper_words(meeting.first)

    def _frames(self, meeting: Meeting, mention: Mention) -> bool:
        """Whether ``mention`` names, right after the meeting's last name, where that meeting took place ("cuộc gặp song
        phương tại hội nghị thượng đỉnh G20"): the summit is a meeting of its own, the frame of the talks."""
        last, text = meeting.mentions[-1], self.layout.text
        return 0 < mention.start - last.end <= _FRAME_GAP and _NO_MARK.fullmatch(text, last.end, mention.start) \
            and lexicon.words_before("at_words").search(text, last.end, mention.start) is not None

    def _dated_apart(self, mention: Mention) -> bool:
        """Whether a bare mention writes its own day right after it ("trong buổi đối thoại trưa 28-6") and is no session
        of the meeting just reported ("tại phiên họp sáng nay, 27/4", session_words.tsv)."""
        return self.dating.named_day(mention.end) is not None \
            and lexicon.words_anywhere("session_words").match(self.layout.text, mention.start) is None

    def _another_sitting(self, meeting: Meeting, mention: Mention) -> bool:
        """Whether a mention reported held in a later sentence than ``meeting`` says its body holds one more sitting
        ("Chiều cùng ngày, UBND tỉnh tiếp tục có cuộc họp với …", again_words.tsv) or opens a sentence put before the
        day reported ("Trước đó, sáng cùng ngày, Ban Chỉ đạo đã có cuộc họp với …"): a meeting of its own."""
        if mention.status != "held" or mention.at or mention.headline \
                or not meeting.reported or meeting.last_sentence >= mention.sentence:
            return False
        text, reach = self.layout.text, max(0, mention.start - _VERB_REACH)
        again = lexicon.again_before().search(text, reach, mention.start)
        if again is not None and (mention.by_verb or again.group("verb")):
            return True
        low, _ = self.layout.sentence_span(mention.sentence)
        # held by a verb of its own sentence ("đã có cuộc họp", "tổ chức hội nghị"), not named again ("Trước đó, Hội
        # nghị đã thảo luận …")
        held_here = mention.by_verb or lexicon.organizing_before().search(text, reach, mention.start) is not None \
            or lexicon.words_before("held_before").search(text, reach, mention.start) is not None
        return held_here and lexicon.elsewhen_cues("before").match(text, low) is not None

    def _new(self, mention: Mention) -> int:
        meeting = Meeting(mention.family, mention, aliases=_alias_families(mention))
        self.meetings.append(meeting)
        return len(self.meetings) - 1

    def _key_holds(self, verbal: Mention, named: Mention) -> bool:
        """Whether every word the headline's verb "họp" took as its object opens the sentence that reports the
        other meeting, as the body holding it: "Công đoàn ngành X họp Ban Chấp hành" is the lead's "Ban Chấp hành
        Công đoàn ngành X tổ chức Hội nghị lần thứ 12"."""
        low, _ = self.layout.sentence_span(self.layout.sentence_of(named.start))
        return not (verbal.ordinal and named.ordinal and _other_ordinal(verbal, named)) \
            and set(verbal.key) <= set(fold_for_matching(self.layout.text[low:named.start]).split())

    def _plans_another(self, meeting: Meeting, mention: Mention) -> bool:
        """Whether a planned mention, its name bare, names in its phrase whom it will meet ("… cuộc hội đàm tại Nhà
        Trắng với Tổng thống Mỹ …") and not whom the meeting reported held met ("cuộc hội đàm với Thủ tướng Anh
        …"): the plan of another meeting, which must not outvote the one held."""
        if mention.status != "planned" or mention.key or not meeting.reported:
            return False
        text = self.layout.text
        _, phrase_high = self.layout.phrase_span(mention.end)
        counterpart = _COUNTERPART.search(text, mention.end, phrase_high)
        if counterpart is None:
            return False
        met = _proper_words(replace(mention, name=text[counterpart.start():phrase_high]))
        held = _proper_words(meeting.first)
        return bool(met and held and not met & held)

    def _joins(self, mention: Mention, day: str | None, plan_day: str | None = None) -> int | None:
        """The meeting a named mention is one more mention of, if any (``plan_day``: the day a planned one gives)."""
        acronym = _acronym_named(mention)
        if acronym is not None:  # "Hội nghị SOM2" after "Hội nghị … lần thứ hai (SOM2)": that meeting, on any of its days
            defined = next((i for i in self._recent(mention.family, _KEPT) if acronym in self.meetings[i].acronyms), None)
            if defined is not None:
                return defined
        if mention.apart:  # one of several counterparts met: a meeting of its own, unless reported again
            name = fold_for_matching(mention.name)
            return next((i for i in self._recent(mention.family)
                         if fold_for_matching(self.meetings[i].first.name) == name), None)
        families = {mention.family} | _alias_families(mention)
        indices = sorted({i for family in families for i in self._recent(family)},
                         key=lambda i: self.meetings[i].last_start, reverse=True)
        recent = [i for i in indices if _same_days(self.meetings[i].date, day)]
        if mention.introduced and not mention.headline:
            # The headline's meeting, or one named in passing before ("… tại buổi làm việc với X"), is the
            # one the body goes on to report.
            top = self.layout.lead_sentence() or 0
            # a headline's meeting reported by the plain verb "họp" ("LĐLĐ tỉnh X họp Ban Chấp hành lần thứ 12") is the
            # one the body names by a kind word of its own, when the names agree (a reception is no talks, though); a
            # headline's verb of another kind is when the body's name says the same thing ("Ký kết Thỏa ước lao động
            # tập thể ngành X" and "tổ chức Hội nghị ký kết Thỏa ước lao động tập thể ngành"), not whom it met ("hội
            # đàm với Chủ tịch Quốc hội X" and "tiếp Chủ tịch Quốc hội X": the talks and the reception are two); and a
            # headline's act the body's name does too ("A làm việc với Công ty X" and "chuyến thăm và làm việc với
            # Công ty X")
            verbal = [i for i in range(len(self.meetings) - 1, max(-1, len(self.meetings) - 1 - _RECENT), -1)
                      if i not in recent and self.meetings[i].first.by_verb and self.meetings[i].first.headline
                      and (self.meetings[i].family == _MEETING_VERB_FAMILY
                           or len(mention.key) >= 2 and self.meetings[i].first.key == mention.key
                           and not _meets_someone(self.meetings[i].first) and not _meets_someone(mention)
                           or _act_in_name(self.meetings[i].first, mention))
                      and self.meetings[i].first.key
                      and (mention.key and (_same_names(self.meetings[i].first, mention)
                                            or _key_named_in(self.meetings[i].first, mention))
                           or self._key_holds(self.meetings[i].first, mention))
                      and _same_days(self.meetings[i].date, day)]
            # (not one of another ordinal: "Đại hội … lần thứ XIX đã bầu đoàn đại biểu dự Đại hội XIII …")
            waiting = next((i for i in recent + verbal if not self.meetings[i].introduced
                            and self.meetings[i].last_sentence <= top
                            and not _other_ordinal(self.meetings[i].first, mention)
                            and not _met_apart_from_plan(self.meetings[i], mention)
                            and not self._plans_another(self.meetings[i], mention)), None)
            if waiting is not None:
                return waiting
        if mention.status == "held" and (mention.at or not mention.introduced):
            # named again in passing: the meeting reported of that name, else the latest of its family
            # (not one of another ordinal: "Tại Đại hội … lần thứ XI" after "… lần thứ X")
            same = next((i for i in recent if _same_names(self.meetings[i].first, mention)
                         and not self._other_persons(self.meetings[i].first, mention)), None)
            if same is not None:
                return same
            if recent and not _other_ordinal(self.meetings[recent[0]].first, mention) \
                    and not _other_names(self.meetings[recent[0]].first, mention) \
                    and not self._other_persons(self.meetings[recent[0]].first, mention) \
                    and not _other_topics(self.meetings[recent[0]].first, mention) \
                    and not _met_apart_from_plan(self.meetings[recent[0]], mention):
                return recent[0]
            if mention.at:  # "Phát biểu tại buổi lễ công bố quy hoạch" after "Hội nghị Công bố Quy hoạch …"
                return next((i for i in range(len(self.meetings) - 1, max(-1, len(self.meetings) - 1 - _KEPT), -1)
                             if len(mention.key) >= 2 and self.meetings[i].family != mention.family
                             and self.meetings[i].first.key[:2] == mention.key[:2]), None)
            return None
        same = next((i for i in recent if _same_names(self.meetings[i].first, mention)
                     and not self._plans_another(self.meetings[i], mention)
                     and not self._other_persons(self.meetings[i].first, mention)), None)
        if same is None and mention.by_verb:
            # "hội đàm với Chủ tịch Trung Quốc Tập Cận Bình" after "hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập
            # Cận Bình": the talks with the same person, whatever office names them
            met = self._persons_named(mention)
            same = next((i for i in recent if self.meetings[i].family == mention.family
                         and met & self._persons_named(self.meetings[i].first)), None)
        if same is None and mention.status == "planned" and plan_day is not None:
            # "Hội nghị với chủ đề … sẽ diễn ra vào ngày 17/5" after "Hội nghị Thủ tướng với doanh nghiệp diễn ra
            # vào ngày 17/5": the plan of the meeting of that day, whatever words name it
            same = next((i for i in recent if self.meetings[i].date == plan_day
                         and not _other_ordinal(self.meetings[i].first, mention)
                         and not _other_numbers(self.meetings[i].first, mention)), None)
        return same

    def add(self, mention: Mention) -> None:
        day = self.dating.for_mention(mention.start, self._reach_end(mention), self._others(mention), mention.long,
                                      after_only=mention.frame, held_only=mention.backdrop, placed=mention.at)
        opens_at = self._opens_at(mention)
        if mention.status == "back":
            index = self._latest(mention.family)
            if index is None and (mention.at and not mention.after or self._chaired_here(mention)):
                index = self._just_reported(mention)  # "tại hội nghị", "chủ trì hội nghị": the meeting just reported
                if index is not None and self.meetings[index].family != mention.family \
                        and (not self.meetings[index].held or self._dated_apart(mention)):
                    index = None  # "tại buổi họp báo chiều nay" after a congress only planned, "trong buổi đối thoại
                    # trưa 28-6" after the congress whose delegates spoke there: a meeting of its own
            if index is not None and mention.timed and not _same_days(self.meetings[index].date, day):
                index = None  # "Tại cuộc họp hồi tháng 7, …" after the meeting of 14/8: a past occasion of its own
            if index is None:
                index = self._just_planned(mention)  # "… chuẩn bị kỳ họp thứ nhất. Kỳ họp này, dự kiến …"
            did = lexicon.past_after().match(self.layout.text, mention.end) is not None \
                and lexicon.source_after().match(self.layout.text, mention.end) is None
            if index is None and did:
                index = self._just_reported(mention)  # "Hội nghị cấp cao … Cuộc họp đã thành công": the one reported
            elif index is not None and day is not None and not self.meetings[index].reported \
                    and (self._held_since(mention) or self._done_at(mention)):
                # "Hội nghị … sẽ diễn ra vào ngày 10/8. Sáng 10/8, Hội nghị đã khai mạc": the plan carried out
                mention = replace(mention, status="held", introduced=True)
                self.meetings[index].carried_out = True
            if index is None:
                reported = day is not None or mention.timed or self._chaired_here(mention) or opens_at \
                    or has_subject(self.layout, mention.start, opening=False) or did or self._attended(mention)
                spoken = not reported and self._spoken_at(mention)
                if not reported and not spoken:
                    return  # "hội nghị" with nothing to point back to, and that did nothing ("Hội nghị đã nghe …")
                if plans_after(self.layout.text, mention.end):
                    return  # "Hội thảo sẽ do PGS A chủ trì vào sáng 20/8": the meeting ahead, none held
                # its clause reports it: a day, a chair, someone doing it ("hai nhà lãnh đạo đã hội đàm"), or
                # someone speaking at it in an article that opens there ("Phát biểu tại Hội nghị, ông A …")
                mention = replace(mention, status="held", introduced=True)
                index = self._new(mention)
                if spoken:  # named by a word pointing back alone: any other held mention names it better
                    self.unnamed.add(index)
        else:
            index = self._joins(mention, day if mention.status == "held" else None, day)
            if index is not None and self._another_sitting(self.meetings[index], mention):
                index = None
            beside = None
            if index is None and mention.at and not mention.after and not mention.introduced and not mention.ordinal \
                    and self._latest(mention.family) is None:
                index = self._just_reported(mention)  # "Tại buổi làm việc với Đoàn, …" after the visit
                if index is not None and (self._meets_other(self.meetings[index], mention)
                                          or self._frames(self.meetings[index], mention)):
                    index = None  # "Tại cuộc gặp Thủ tướng A, …" after the summit: a meeting with A of its own
                if index is not None and _met_others(self.meetings[index].first, mention):
                    beside, index = index, None  # "Trong buổi giao lưu với sinh viên, …" after the working session
                if index is None and beside is None and len(self.meetings) == 1 and self.meetings[0].reported \
                        and _proper_words(self.meetings[0].first) & _proper_words(mention):
                    # "A làm việc với Sở X tỉnh Đồng Tháp … Tại cuộc họp với lãnh đạo tỉnh Đồng Tháp, …" some sentences
                    # on: the one meeting the article reports, with whom it names again; another kind meeting others
                    # is an occasion beside it ("… Trong buổi giao lưu với sinh viên Việt Nam, …")
                    if _met_others(self.meetings[0].first, mention):
                        beside = 0
                    else:
                        index = 0
            if index is None:
                index = self._new(mention)
                self.meetings[index].beside = beside
        meeting = self.meetings[index]
        meeting.take(mention, day is not None)
        if meeting.reported and (self.latest_reported is None
                                 or meeting.last_start >= self.meetings[self.latest_reported].last_start):
            self.latest_reported = index
        names_better = (meeting.first.status == "back" and mention.status != "back"
                        or index in self.unnamed and mention.status == "held" and mention is not meeting.first
                        or meeting.first.by_verb and mention.status == "held" and not mention.by_verb
                        and (mention.family == meeting.family or meeting.first.headline)
                        # not "hội đàm giữa hai Bên" over "hội đàm với Đoàn X": whom it met, named once
                        and not (_COUNTERPART.search(mention.name) and not _proper_words(mention)
                                 and _proper_words(meeting.first)))
        if names_better:  # the meeting is named by its best mention: a held kind word and its name
            self.unnamed.discard(index)
            meeting.first = mention
            meeting.aliases |= _alias_families(mention)
        if day is not None and meeting.named_date is None and not mention.headline:
            meeting.named_date = self.dating.named_day(mention.end)
        if day is not None:
            if mention.status == "held" and (meeting.date is None or is_year(meeting.date) and not is_year(day)):
                meeting.date = day  # a day of its own over the year of the edition its name gives
            elif mention.status == "back" and meeting.back_date is None:
                meeting.back_date = day
        self._register(index, {meeting.family, mention.family} | meeting.aliases)
        self.linked.append((mention, index))


def _dated(meetings: list[Meeting], index: int) -> str | None:
    date = meetings[index].date
    return date if date and "/" not in date else None  # a visit's run of days does not date its talks


def merge_renamed(meetings: list[Meeting], linked: list[tuple[Mention, int]],
                  text: str = "") -> list[tuple[Mention, int]]:
    """Meetings named again by a part or a session of them on their day ("Buổi họp đại hội đồng cổ đông của X",
    "Lễ khai mạc Kỳ họp lần thứ 3" on the day of "Kỳ họp thứ ba", "buổi thảo luận tại hội trường của kỳ họp thứ 5")
    folded into the meeting they name: one occasion. Returns ``linked`` pointing at the meetings kept; a folded
    meeting keeps no mention."""
    pattern, info = lexicon.kinds()
    by_day: dict[str, list[int]] = {}
    for index, meeting in enumerate(meetings):
        if meeting.date is not None and meeting.mentions:
            by_day.setdefault(meeting.date, []).append(index)
    moved: dict[int, int] = {}
    for indices in by_day.values():
        for inner in indices:
            part = meetings[inner].first
            outer = next((i for i in indices if i != inner and i not in moved and meetings[i].family != part.family
                          and any(_part_of(text, part, other) for other in meetings[i].mentions)), None)
            named = _named_inside(part, pattern, info) if outer is None else None
            if outer is None and named is not None:
                outer = next((i for i in indices if i != inner and i not in moved and meetings[i].family == named.family
                              and not _other_ordinal(meetings[i].first, named)
                              and not _other_names(meetings[i].first, named)), None)
            if outer is None:
                continue
            merged = meetings[outer].mentions + meetings[inner].mentions
            meetings[outer].mentions = sorted(merged, key=lambda m: m.start)
            meetings[inner].mentions = []
            moved[inner] = outer
    return [(mention, moved.get(index, index)) for mention, index in linked]


def merge_headline_only(meetings: list[Meeting], linked: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    """A meeting only the headline reports, no day dating it, the body naming it by its kind word alone ("Thủ tướng
    dự lễ tôn vinh 30 cá nhân …" over "Tối 20/5, Tổng Liên đoàn tổ chức chương trình “Vinh quang Việt Nam” … phát
    biểu tại buổi lễ"), folded into the one meeting the body reports held on a day: the headline names that occasion
    in words of its own. Returns ``linked`` pointing at the meetings kept."""
    # the body names its occasion by the headline's kind word too ("tại buổi lễ"), not "tiếp Đại sứ X" under a
    # headline of talks
    body_families = {mention.family for mention, _ in linked if not mention.headline}

    def headline_only(meeting: Meeting) -> bool:
        return meeting.date is None and bool(meeting.mentions) and meeting.mentions[0].headline \
            and not meeting.introduced and all(m.headline or m.status == "back" for m in meeting.mentions) \
            and meeting.family in body_families

    alone = [i for i, meeting in enumerate(meetings) if headline_only(meeting)]
    body = [i for i, meeting in enumerate(meetings) if meeting.mentions and i not in alone
            and meeting.held and meeting.introduced]
    if len(alone) != 1 or len(body) != 1 or meetings[body[0]].date is None:
        return linked
    inner, outer = alone[0], body[0]
    meetings[outer].mentions = sorted(meetings[outer].mentions + meetings[inner].mentions, key=lambda m: m.start)
    meetings[inner].mentions = []
    return [(mention, outer if index == inner else index) for mention, index in linked]


def _part_of(text: str, part: Mention, whole: Mention) -> bool:
    """Whether ``whole`` is named right after ``part`` as the meeting it belongs to, its place in it between
    ("buổi thảo luận tại hội trường của kỳ họp thứ 5", "phiên bế mạc của Đại hội")."""
    return 0 < whole.start - part.end <= _PART_GAP and _PART_LINK.fullmatch(text, part.end, whole.start) is not None


def _named_inside(mention: Mention, pattern: re.Pattern[str], info) -> Mention | None:
    """The other meeting a name names within its first words after its own kind word ("Buổi họp đại hội đồng cổ
    đông của X", "Lễ khai mạc Kỳ họp lần thứ 3"), as a mention of that meeting's family and name, if any."""
    words = mention.name.split()
    rest = " ".join(words[len(mention.kind.split()):])
    match = pattern.match(rest) if rest else None
    for skip in range(1, _INSIDE_REACH + 1):
        if match is not None:
            break
        if len(rest.split(" ", skip)) <= skip:
            return None
        match = pattern.match(rest.split(" ", skip)[skip])
    row = info.get(fold_for_matching(match.group())) if match is not None else None
    if row is None or row.family == mention.family:
        return None
    name = match.string[match.start():]
    return replace(mention, kind=row.kind, family=row.family, name=name)


def _named_before(named: str | None, date: str | None) -> bool:
    """Whether a meeting's named day is one day before the day its sentences gave it (a later report of it)."""
    if named is None or date is None or "/" in named or "/" in date or len(named) != len(date) or len(date) != 10:
        return False
    return (named[:4] == date[:4] or "XXXX" in (named[:4], date[:4])) and named[5:] < date[5:]


def _listed_after(layout: Layout, before: Mention, mention: Mention) -> bool:
    """Whether ``mention`` opens a predicate listed after the phrase of ``before`` in its clause, with no subject of
    its own ("… tiếp Đại sứ X, hội kiến Chủ tịch Y", "… tiếp Đại sứ X, dự Hội nghị Y")."""
    phrase_low, _ = layout.phrase_span(mention.start)
    return before.end <= phrase_low and opens_predicate(layout, phrase_low, mention.start) \
        and layout.phrase_span(phrase_low - 1)[0] <= before.start


def _done_in_lead(layout: Layout, body: list[Mention]) -> bool:
    """Whether the lead reports done what a ceremony's name says it does ("Ngày 10/1, Ngân hàng X đã công bố chương
    trình …" and later "Tại lễ công bố …", "… khánh thành nhà máy …" and "lễ khánh thành"): the lead's occasion."""
    lead = layout.lead_sentence()
    if lead is None:
        return False
    folded = f" {fold_for_matching(layout.text[slice(*layout.sentence_span(lead))])} "
    words = (lexicon.ceremony_opening(m.key) for m in body if m.family == "Lễ" and m.at)
    return any(word is not None and f" {' '.join(word)} " in folded for word in words)


def _sequenced_day(meetings: list[Meeting], index: int, first: Mention, positions, starts: list[int],
                   layout: Layout) -> str | None:
    """The day of the meeting reported before a later mention of meeting ``index`` whose clause a sequence cue opens
    ("Tiếp đó", "Chiều cùng ngày"; sequence_cues.tsv), the first mention having given none."""
    for later in meetings[index].mentions:
        if later.start <= first.start or later.headline or later.status == "planned" or later.frame:
            continue
        sentence_low, _ = layout.sentence_window(later.start)
        _, clause_high = layout.clause_span(later.start)
        if not lexicon.sequence_cues().search(layout.text, sentence_low, clause_high):
            continue
        earlier = positions[max(0, bisect.bisect_left(starts, later.start) - _LOOK_BACK):
                            bisect.bisect_left(starts, later.start)][::-1]
        before = next((i for _, i in earlier if i != index and _dated(meetings, i)), None)
        if before is not None:
            return _dated(meetings, before)
    return None


def date_meetings(meetings: list[Meeting], linked: list[tuple[Mention, int]], layout: Layout,
                   dating: Dating) -> None:
    """Days for meetings their own mentions give none (see the module docstring)."""
    text = layout.text
    positions = sorted(linked, key=lambda item: item[0].start)
    starts = [m.start for m, _ in positions]
    lead = layout.lead_sentence()
    kinds, info = lexicon.kinds()
    for index in sorted(range(len(meetings)), key=lambda i: meetings[i].mentions[0].start):
        meeting = meetings[index]
        if meeting.date is None and meeting.back_date is not None:
            meeting.date = meeting.back_date
        if _named_before(meeting.named_date, meeting.date):
            # "Ngày 26/4, UBKT thông tin về kết quả kỳ họp … tại kỳ họp ngày 23/4, …": the day of the report
            # is after the meeting, the day written with its name is the meeting's
            meeting.date = meeting.named_date
        if meeting.date is None and meeting.beside is not None:
            meeting.date = _dated(meetings, meeting.beside)
        if meeting.date is not None:
            continue
        first = meeting.mentions[0]
        if first.headline and lead is not None:
            days = [d for d in dating.within(*layout.sentence_span(lead)) if first.long or "/" not in d.value]
            low, high = layout.sentence_span(lead)
            others = [m for m, i in positions[bisect.bisect_left(starts, low):bisect.bisect_left(starts, high)]
                      if i != index and meetings[i].date]
            if days and not others:
                meeting.date = days[0].value
                continue
        # the first mention of the body that reports it, not one that only looked ahead to it ("Cuộc gặp diễn ra ngay
        # trước thềm lễ trao giải …. Ngay sau buổi gặp, lễ trao giải … đã diễn ra")
        first = next((m for m in meeting.mentions if not m.headline and m.status != "planned"),
                     next((m for m in meeting.mentions if not m.headline), first))
        if first.frame or first.timed:
            continue  # "trong khuôn khổ chuyến thăm …": the visit lasts longer than what it frames; "cuộc hội đàm trong
            # tuần này": a time of its own, not the day of what is reported around it
        clause_low, clause_high = layout.clause_span(first.start)
        sentence_low, _ = layout.sentence_window(first.start)
        around = positions[bisect.bisect_left(starts, sentence_low):bisect.bisect_left(starts, clause_high)]
        date = None
        # "cuộc gặp gỡ báo chí thông báo kết quả của Kỳ họp …": the meeting it is about
        earlier = positions[max(0, bisect.bisect_left(starts, first.start) - _LOOK_BACK):
                            bisect.bisect_left(starts, first.start)][::-1]
        for match in kinds.finditer(text, first.start + 1, first.end):
            row = info.get(fold_for_matching(match.group()))
            family = next((i for _, i in earlier if row is not None and meetings[i].family == row.family
                           and _dated(meetings, i)), None)
            if family is not None:
                date = _dated(meetings, family)
                break
        for mention, other in around:
            if date is not None:
                break
            if other == index or not _dated(meetings, other):
                continue
            if first.end <= mention.start:  # "… thông báo về kết quả cuộc hội đàm"
                date = _dated(meetings, other)
            elif mention.at and (mention.after or not _ELSEWHEN.search(text, mention.end, first.start)):
                # "Sau Lễ đón, …", "Kết thúc hội đàm, …", "Tại buổi lễ ra mắt cũng đã diễn ra lễ ký kết …"; not
                # "Tại buổi làm việc, ông A đánh giá cao việc Việt Nam vừa tổ chức Hội nghị X"
                date = _dated(meetings, other)
            elif mention.start >= clause_low and _AND.search(text, mention.end, first.start) \
                    and not _ELSEWHEN.search(text, mention.end, first.start):
                # "… chủ trì cuộc gặp gỡ … và tham dự Lễ trao …"; not "Tại buổi làm việc, ông A đánh giá cao … và cảm
                # ơn … trong chuyến thăm Việt Nam vừa qua"
                date = _dated(meetings, other)
            elif mention.start >= clause_low and _listed_after(layout, mention, first) \
                    and not _ELSEWHEN.search(text, mention.end, first.start):
                # "Sáng 12/3, Thủ tướng tiếp Đại sứ X, hội kiến Chủ tịch Y": the predicates of one subject, one day
                date = _dated(meetings, other)
        if date is None:  # "Trước đó 1 ngày, đoàn … làm lễ đón nhận …": counted from the day just reported
            before = next((i for _, i in earlier if i != index and _dated(meetings, i)), None)
            date = offset_day(text, sentence_low, clause_high, _dated(meetings, before)) if before is not None else None
        if date is None and lexicon.sequence_cues().search(text, sentence_low, clause_high):
            before = next((i for _, i in earlier if i != index and _dated(meetings, i)), None)
            date = _dated(meetings, before) if before is not None else None  # "Chiều cùng ngày, …"
            if date is None:  # "…, chiều 24/4, Đoàn … trở về nước. Sau đó, … chủ trì Lễ đón …": the day just given
                day = dating.last_before(sentence_low)
                if day is not None and layout.sentence_of(day.start) == layout.sentence_of(sentence_low) - 1 \
                        and "/" not in day.value:
                    date = day.value
        if date is None:
            # named first in the summary, then reported in the body after the meeting of the day ("Thủ tướng đã có buổi
            # nói chuyện với …. Chiều 9/7, Thủ tướng đến thăm …. Tiếp đó Thủ tướng đã có buổi nói chuyện với …")
            date = _sequenced_day(meetings, index, first, positions, starts, layout)
        # a bare "Tại cuộc họp, …" (or "cuộc họp đã diễn ra …", held; not "đã tổ chức tập huấn", a meeting introduced
        # there) first reporting the article's only meeting points back to the lead's occasion, and so does its
        # opening or closing ceremony ("Tham dự lễ khai mạc có …", occasion_parts.tsv)
        body = [m for m in meeting.mentions if not m.headline]
        parts = lexicon.occasion_parts()
        presupposed = all(i == index for _, i in earlier) and not any(m.by_verb for m in body) \
            and (any(m.at or m.status == "held" and not m.organized for m in body) and not any(m.key for m in body)
                 or any(m.key in parts for m in body) and all(not m.key or m.key in parts for m in body)
                 or _done_in_lead(layout, body))
        meeting.date = date if date is not None else dating.lead_day(first.start, first.end, first.long, presupposed)
        if meeting.date is None:  # "… vừa tổ chức Hội nghị X. Sự kiện diễn ra sáng 5/12"
            meeting.date = dating.told_next([m.start for m in body])
        if meeting.date is None:  # "A ngày 4/6 thông báo … . Phát biểu tại buổi họp báo, …"
            meeting.date = dating.statement_day([m.start for m in body])
    # "Kỳ họp sẽ diễn ra trong 3 ngày": the run of days from its first day; the year its mentions tie to it
    for meeting in meetings:
        if meeting.first.long:
            meeting.date = dating.lasting(meeting.date, [m.end for m in meeting.mentions])
            meeting.date = dating.spanning(meeting.date, [m.start for m in meeting.mentions])
            meeting.date = dating.closing(meeting.date, [m.end for m in meeting.mentions[1:]])
        else:  # "Chiều 5/12, Lễ hội X bế mạc sau hai ngày": a run the text says it lasts
            meeting.date = dating.spanning(meeting.date, [m.start for m in meeting.mentions], stated_only=True)
        meeting.date = dating.with_year(meeting.date, [m.start for m in meeting.mentions])
        meeting.date = dating.edition_year(meeting.date, [(m.start, m.end) for m in meeting.mentions])



__all__ = ["Grouping", "Meeting", "date_meetings", "merge_renamed"]
