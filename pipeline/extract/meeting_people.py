"""Who chaired and who attended each meeting.

Chairs (GOLD.md: "chủ trì", "chủ tọa", "điều hành"; NOTES.md items 30–31: "dưới sự chủ trì
của", "đồng chủ trì", "điều khiển") are read in every order a sentence gives them:

- the run of persons before the cue, names and offices joined by commas or "và" ("Chủ tịch
  Quốc hội A, Chủ tịch UBTW MTTQ B chủ trì hội nghị", "do Phó Thủ tướng A chủ trì");
- the persons after a cue that opens its clause ("Chủ trì hội nghị có đồng chí A, …");
- the persons after "dưới sự chủ trì của" ("… dưới sự chủ trì của Thứ trưởng A");
- an office with no name ("Thứ trưởng Bộ GTVT chủ trì", "Hai Thủ tướng đã chủ trì"): the
  person(s) the article names with that office.

The meeting chaired is the one named right after the cue ("chủ trì Hội nghị liên tịch …",
"điều khiển phiên họp"), else the one named nearest in the sentence, else, for a cue that
ends its clause, the one reported just before. A cue with no meeting to chair ("Bộ Tài chính
chủ trì xây dựng …": a lead agency) gives no chair.

Attendees: persons in a sentence that says they attend or speak ("dự", "phát biểu", …) at the
meeting that sentence names, or at the article's only meeting.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from unionfacts.extract import meeting_lexicon as lexicon
from unionfacts.extract.meeting_layout import Layout
from unionfacts.extract.meeting_mentions import LAST_WORD, Mention, subject_end
from unionfacts.extract.patterns import UPPER, alternation
from unionfacts.normalize import fold_for_matching
from unionfacts.resources import read_table, read_words
from unionfacts.types import Participation, PersonMention

_MAX_GAP = 260
_ASIDE = re.compile(r"\((?:[^()\n]{1,30})\)")
# Lower-case words a body's name may run on with after a capitalized one ("Ban chỉ đạo phòng chống dịch")
_LOWER_IN_NAME = 6
_WORD = re.compile(r"[^\W_]+")
_NUMBER_WORDS = {"hai": 2, "2": 2, "ba": 3, "3": 3, "bốn": 4, "4": 4}
_OPENS = re.compile(r"[ ]*(?:(?:hội nghị|phiên họp|buổi lễ|họp báo|\w+[ ]+\w+)[ ]+)?(?:có|là|gồm)?[ ]*:?[ ]*$",
                    re.IGNORECASE)
_AFTER_CUE = 40
_OFFICE_REACH = 6000  # how far from a chair cue an office named alone is looked up
# a body's name between an office and the person ("Bộ trưởng Bộ Công nghiệp Lào Phạm Văn Bình"): a few words
# opening with a capital, no punctuation
_NAME_ONLY = re.compile(rf"(?:[ ]+{UPPER}[^\s,.;:]*(?:[ ]+[^\s,.;:]+){{0,3}}){{0,3}}[ ]+")
# a short form of a body after an office, before the cue: up to four words opening with a capital ("Công đoàn ngành")
_SHORT_BODY = re.compile(rf"[ ]+{UPPER}[^\s,.;:]*(?:[ ]+[^\s,.;:]+){{0,3}}[ ]*")
_BREAK = re.compile(r"[,.;:!?]")
_ENDS_CLAUSE = re.compile(r"[ ]*(?:[.;]|$)")
_AND = re.compile(r"[ ]*và[ ]+")
_AND_BEFORE = re.compile(r"(?:[ ]+và|[ ]*,)[ ]+$")
_PREDICATE_REACH = 40  # how long a predicate joined to a chair cue by "và" may be ("phát biểu khai mạc và chủ trì")
_LISTING = re.compile(r"[ ]*(?:(?:gồm|là|có)[ ]*(?::[ ]*|(?=[ ]))|:[ ]*)")
_AFTER_STOP = re.compile(r"[.!?][ ]+$")
_COMMA_NEXT = re.compile(r"[ ]*,[ ]*")
_PRONOUN_BEFORE = re.compile(r"(?<!\w)(?:ông|bà)[ ]+(?:(?:đã|cũng|từng|sẽ)[ ]+)?$")
_OPENER = re.compile(r"[^,;:]*?(?:có|là|gồm|:)")  # how far after a chair cue the meeting it chairs is named
_PLAN_REACH = 30  # how far before the persons who chair a plan word makes them who will chair
_SESSION_REACH = 6  # how many sentences back a session's chair looks for the meeting the session is of
_SUBJECT_PHRASES = 2  # phrases after "Chủ trì <meeting>," read for its subject


@lru_cache(maxsize=1)
def _sessions() -> re.Pattern[str]:
    """ "Phiên trù bị", "phiên bế mạc": a session, part of the meeting reported."""
    return lexicon.words_anywhere("session_words")


@lru_cache(maxsize=1)
def _joiners() -> frozenset[str]:
    """Syllables that go on a run of chairs (chain_joiners.tsv), folded."""
    return frozenset(fold_for_matching(word) for word in read_words("meetings/chain_joiners.tsv") if " " not in word)


@lru_cache(maxsize=1)
def _joining_words() -> re.Pattern[str]:
    """Words of two syllables that go on a run of chairs (chain_joiners.tsv): "tiếp tục", "trực tiếp"."""
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(w for w in read_words('meetings/chain_joiners.tsv') if ' ' in w)})(?!\w)")


@lru_cache(maxsize=1)
def _side() -> re.Pattern[str]:
    """A clause opening with one side of a meeting and a listing word ("về phía doanh nghiệp có"; side_words.tsv)."""
    return re.compile(rf"(?i)[ ]*(?:{alternation(read_words('meetings/side_words.tsv'))})(?!\w)[^,;:.]{{0,80}}?"
                      r"(?<!\w)(?:có|là|gồm)(?!\w)[ ]*:?")


@lru_cache(maxsize=1)
def _breakers() -> re.Pattern[str]:
    words = set(read_words("meetings/chain_breakers.tsv"))
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)")


@lru_cache(maxsize=1)
def _office_heads() -> re.Pattern[str]:
    return lexicon.words_before("office_heads")


@lru_cache(maxsize=1)
def _groups() -> re.Pattern[str]:
    """ "các thành viên", "những đồng chí lãnh đạo": a group of office-holders in a run of chairs."""
    return re.compile(rf"(?<!\w)(?:các|những)[ ]+(?:{alternation(read_words('meetings/chain_groups.tsv'))})(?!\w)")


@lru_cache(maxsize=1)
def _lower_cues() -> re.Pattern[str]:
    """The attend and held cues as written in lower case (a capitalized one is inside a name)."""
    words = {r["cue"] for r in read_table("meetings/cues.tsv") if r["part"] in ("attendee", "held")}
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)")


class _Chains:
    """Whether the text between two names is only names, offices and joining words."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.cues = lexicon.cues()

    def joined(self, low: int, high: int) -> bool:
        if high - low > _MAX_GAP:
            return False
        text = self.layout.text
        blanked = list(text[low:high])
        # Bodies and offices become a capitalized placeholder (lower-case words may go on their names:
        # "Phó trưởng Ban thường trực"); persons become spaces (a cue after a person is the person's).
        named = [(o.start, o.end) for o in self.layout.orgs.within(max(0, low - 80), high)]
        named += [m.span() for m in lexicon.titles().finditer(text, low, high)]
        named += [m.span() for m in _groups().finditer(text, low, high)]
        persons = [(p.start, p.end) for p in self.layout.persons.within(max(0, low - 40), high)]
        for spans, fill in ((named, "X"), (persons, " ")):
            for start, end in spans:
                for index in range(max(start, low), min(end, high)):
                    blanked[index - low] = fill if index == max(start, low) else " "
        gap = _joining_words().sub(lambda m: " " * len(m.group()), "".join(blanked))
        # A short aside in brackets says where the person stands in the photo or how old they are:
        # "A (đứng) chủ trì …", "B (thứ hai từ trái sang)", "C (SN 1970)".
        gap = _ASIDE.sub(lambda m: " " * len(m.group()), gap)
        # Names of bodies ("Ban Tổ chức Trung ương", "Ban chỉ đạo phòng, chống dịch") are blanked out or open
        # with a capital: only a lower-case cue that follows no capitalized word ends the run.
        for cue in (*_breakers().finditer(gap), *_lower_cues().finditer(gap)):
            before = gap[:cue.start()].split()
            if not before or not before[-1][:1].isupper():
                return False
        lower_run = _LOWER_IN_NAME  # the gap starts after a name: its first lower-case words may not be
        for word in _WORD.findall(gap):
            if word[0].isupper() or word.isdigit():
                lower_run = 0
            elif fold_for_matching(word) in _joiners():
                lower_run = _LOWER_IN_NAME
            elif lower_run < _LOWER_IN_NAME:
                lower_run += 1
            else:
                return False
        return True


def _persons_before(layout: Layout, chains: _Chains, cue_start: int, low: int) -> list[PersonMention]:
    """The run of persons ending right before a cue, nearest first."""
    run: list[PersonMention] = []
    edge = cue_start
    for person in reversed(layout.persons.within(low, cue_start)):
        if person.end > edge or not chains.joined(person.end, edge):
            break
        run.append(person)
        edge = person.start
    return run


def _persons_after(layout: Layout, chains: _Chains, cue_end: int, high: int) -> list[PersonMention]:
    run: list[PersonMention] = []
    edge = cue_end
    for person in layout.persons.within(cue_end, high):
        if not chains.joined(edge, person.start):
            break
        run.append(person)
        edge = person.end
    return run


def _subject_after(layout: Layout, chains: _Chains, named_end: int, high: int) -> list[str]:
    """The subject of a sentence that opens with the chair cue and its meeting: the persons opening the phrase
    after the meeting's name ("Chủ trì buổi họp báo, Người phát ngôn … A cho biết"), or the one after an
    adverbial phrase without a person ("Chủ trì hội thảo, trước băn khoăn này, Thứ trưởng A cho biết")."""
    text = layout.text
    comma = _COMMA_NEXT.match(text, _past_day(text, named_end, layout, high))
    if comma is not None and _side().match(text, comma.end()):
        return _sides(layout, chains, comma.end())
    for _ in range(_SUBJECT_PHRASES):
        if comma is None:
            return []
        run = _persons_after(layout, chains, comma.end(), high)
        if run:
            return [p.name for p in run]
        next_comma = text.find(",", comma.end(), high)
        if next_comma < 0 or layout.persons.within(comma.end(), next_comma):
            return []
        comma = _COMMA_NEXT.match(text, next_comma)
    return []


def _coordinated(layout: Layout, cue_start: int, low: int) -> int:
    """Where the predicate a chair cue is joined to by "và" or a comma opens ("A phát biểu khai mạc và chủ trì hội
    nghị", "A đã đến dự, chủ trì hội nghị"): an
    attend or speech cue and a few words with no punctuation and no person between; else the cue's start."""
    text = layout.text
    joined = _AND_BEFORE.search(text, max(low, cue_start - 8), cue_start)
    if joined is None:
        return cue_start
    reach = max(low, joined.start() - _PREDICATE_REACH)
    for cue in lexicon.cues()["attendee"].finditer(text, reach, joined.start()):
        if not _BREAK.search(text, cue.start(), joined.start()) and not layout.persons.within(cue.start(), joined.start()):
            return cue.start()
    return cue_start


def _chair_act_next(layout: Layout, position: int) -> bool:
    """Whether what a chair does at the meeting follows the cue ending at ``position``, then a bare meeting word that
    ends its phrase ("A chủ trì [và kết luận hội nghị]", chair_acts.tsv): the meeting reported, chaired by A."""
    text = layout.text
    joined = _AND.match(text, position)
    act = _chair_acts().match(text, joined.end()) if joined is not None else None
    return act is not None and _bare_meeting_next(layout, act.end(), clause=True)


@lru_cache(maxsize=1)
def _chair_acts() -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternation(read_words('meetings/chair_acts.tsv'))})(?!\w)")


def _bare_meeting_next(layout: Layout, position: int, clause: bool = False) -> bool:
    """Whether a bare meeting word alone ends the sentence after a chair cue, as a photo caption fused into the text
    writes it ("A, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị Theo báo cáo, …"): it points back to the meeting reported."""
    text = layout.text
    word = lexicon.kinds()[0].match(text, position + 1) if text[position:position + 1] == " " else None
    if word is None:
        return False
    _, high = layout.phrase_span(position) if clause else layout.sentence_span(layout.sentence_of(position))
    return not text[word.end():high].strip(" .;")


def _lead_in(layout: Layout, low: int, position: int) -> str:
    """The text of a clause before a chair cue without its day ("Chiều 10/6, chủ trì buổi làm việc …, A …"): empty
    where the cue opens the clause after a time adverbial or nothing."""
    text = layout.text
    pieces, edge = [], low
    for day in layout.dates.within(low, position):
        pieces.append(text[edge:day.start])
        edge = max(edge, day.end)
    pieces.append(text[edge:position])
    return "".join(pieces).strip(" ,")


def _past_day(text: str, position: int, layout: Layout, high: int) -> int:
    """Where the text after a meeting's name goes on past the day given right after it ("phiên họp chiều 10/6, …")."""
    for day in layout.dates.within(position, high):
        if text[position:day.start].strip():
            break
        position = day.end
    return position


def _sides(layout: Layout, chains: _Chains, position: int) -> list[str]:
    """The persons each side lists, clause after clause ("về phía LĐLĐ tỉnh có ông A, …; về phía doanh nghiệp có ông
    B, …"): a clause that opens with no side ends the list."""
    text = layout.text
    names: list[str] = []
    _, sentence_high = layout.sentence_window(position, 600)
    while position < sentence_high:
        side = _side().match(text, position)
        if side is None:
            break
        _, high = layout.clause_span(side.end())
        names += [p.name for p in _persons_after(layout, chains, side.end(), high)]
        position = high + 1 if text[high:high + 1] == ";" else sentence_high
    return names


def _named_with_office(layout: Layout, wanted: str, cue_start: int) -> dict[str, None]:
    """The persons the text names right after an office written as ``wanted`` (folded), a body's name between or
    none ("Bộ trưởng Bộ … Lào Phạm Văn Bình", "Thứ trưởng Lê Anh Tuấn"): a role the roles component may not give."""
    text = layout.text
    names: dict[str, None] = {}
    for match in lexicon.titles().finditer(text, max(0, cue_start - _OFFICE_REACH), cue_start + _OFFICE_REACH):
        if fold_for_matching(match.group()) != wanted:
            continue
        person = next((p for p in layout.persons.within(match.end(), match.end() + 60)
                       if _NAME_ONLY.fullmatch(text, match.end(), p.start)), None)
        if person is not None:
            names[person.name] = None
    return names


def _by_office(layout: Layout, cue_start: int, low: int) -> list[str]:
    """The persons an office before the cue names ("Thứ trưởng Bộ GTVT chủ trì", "Hai Thủ tướng", "Chủ tịch Công
    đoàn ngành chủ trì")."""
    text = layout.text
    position = subject_end(text, cue_start, low)
    body = next((o for o in layout.orgs.within(max(low, position - 120), position) if o.end == position), None)
    title_end = body.start - 1 if body is not None else position
    title = next((m for m in lexicon.titles().finditer(text, max(low, title_end - 40), title_end)
                  if m.end() == title_end), None)
    written: frozenset[str] = frozenset()
    if title is None and body is None:
        # a short form of the body the organizations component names no body by ("Chủ tịch Công đoàn ngành"): the
        # office of a role whose body's name has all its words
        title = next((m for m in lexicon.titles().finditer(text, max(low, position - 60), position)
                      if _SHORT_BODY.fullmatch(text, m.end(), position)), None)
        written = frozenset(fold_for_matching(text[title.end():position]).split()) if title is not None else written
    if title is None or lexicon.office_body_before().search(text, max(0, title.start() - 12), title.start()):
        return []  # no office; or one in a body's name ("Văn phòng Chủ tịch nước chủ trì"): no person
    wanted = fold_for_matching(title.group())
    count_word = LAST_WORD.search(text, max(low, title.start() - 12), title.start())
    count = _NUMBER_WORDS.get(fold_for_matching(count_word.group(1))) if count_word else None
    names: dict[str, None] = {}
    for role in layout.roles.within(max(0, cue_start - _OFFICE_REACH), cue_start + _OFFICE_REACH):
        if fold_for_matching(role.title) != wanted:
            continue
        if body is not None and role.organization and fold_for_matching(role.organization) != fold_for_matching(body.name):
            continue
        if written and not written <= set(fold_for_matching(role.organization or "").split()):
            continue
        names[role.person] = None
    if not names and not written or count is not None and len(names) < count and body is None:
        # "Hai Bộ trưởng", "Thứ trưởng Bộ GTVT": also whoever the text names right after that office
        names.update(_named_with_office(layout, wanted, cue_start))
    if count is not None:  # "Hai Thủ tướng": the persons named with that office, as many as said at most
        return list(names) if len(names) <= count else []
    return list(names) if len(names) == 1 else []


def _body_subject(layout: Layout, cue_start: int, low: int) -> bool:
    """Whether the cue's subject is a body whose name holds an office ("Đoàn Chủ tịch điều hành Đại hội gồm: …"):
    the persons before it (guests named in the sentence before) do not chair."""
    text = layout.text
    position = subject_end(text, cue_start, low)
    title = next((m for m in lexicon.titles().finditer(text, max(low, position - 40), position) if m.end() == position),
                 None)
    return title is not None and lexicon.office_body_before().search(text, max(0, title.start() - 12),
                                                                     title.start()) is not None


class _Targets:
    """Which meeting a position in the text speaks of, from the mentions linked to meetings."""

    def __init__(self, layout: Layout, linked: list[tuple[Mention, int]], events: int = 0) -> None:
        self.layout = layout
        self.events = events
        self.linked = sorted(linked, key=lambda item: item[0].start)
        self.starts = [m.start for m, _ in self.linked]

    def named_after(self, position: int) -> tuple[Mention, int] | None:
        """The meeting named right after a cue (and its mention), if one is."""
        index = bisect.bisect_left(self.starts, position)
        if index < len(self.linked) and self.starts[index] - position <= _AFTER_CUE:
            between = self.layout.text[position:self.starts[index]]
            if not _BREAK.search(between):
                return self.linked[index]
        return None

    def nearest_in_sentence(self, position: int) -> int | None:
        low, high = self.layout.sentence_window(position)
        index = bisect.bisect_left(self.starts, position)
        candidates = [i for i in (index - 1, index) if 0 <= i < len(self.linked) and low <= self.starts[i] < high]
        if not candidates:
            return None
        best = min(candidates, key=lambda i: abs(self.starts[i] - position))
        return self.linked[best][1]

    def agent_of(self, low: int, position: int) -> int | None:
        """The meeting a passive agent clause in [low, position) speaks of ("Cuộc họp do A chủ trì,
        diễn ra …"): a meeting named there with "do" between its name and the cue."""
        index = bisect.bisect_left(self.starts, position) - 1
        if index < 0 or self.starts[index] < low:
            return None
        mention, event = self.linked[index]
        return event if lexicon.agent_marker().search(self.layout.text, mention.end, position) else None

    def planned_before(self, low: int, position: int) -> bool:
        """Whether the clause before a chair cue, in [low, position), names only meetings ahead: a plan word, a
        meeting word after it, and no meeting reported held ("Theo kế hoạch, lễ khai mạc sẽ diễn ra … do A chủ
        trì")."""
        text = self.layout.text
        cues = lexicon.cues()
        plan = cues["planned"].search(text, low, position) or cues["planned_clause"].search(text, low, position)
        if plan is None or any(mention.status != "planned" for mention, _ in
                               self.linked[bisect.bisect_left(self.starts, low):bisect.bisect_left(self.starts, position)]):
            return False
        return lexicon.kinds()[0].search(text, low, position) is not None

    def just_before(self, position: int) -> int | None:
        """The meeting reported in the sentence before a cue with no meeting of its own, or the article's only
        meeting when it was reported further back ("… tổ chức Hội nghị X. <a sentence on what it heard>. Ông A chủ
        trì.")."""
        index = self.reported_before(position, 1)
        if index is None and self.events == 1 and self.starts and self.starts[0] < position:
            index = self.linked[0][1]
        return index

    def reported_before(self, position: int, sentences: int = 2) -> int | None:
        index = bisect.bisect_left(self.starts, position) - 1
        if index < 0:
            return None
        mention, event = self.linked[index]
        return event if self.layout.sentence_of(position) - mention.sentence <= sentences else None


def _speaks_next(text: str, position: int, clause_high: int) -> bool:
    """Whether the chair cue ending at ``position`` is joined only to what its chair says at the meeting ("… chủ trì
    và phát biểu khai mạc.", "… chủ trì và báo cáo kết quả"): no meeting named after it, the cue ends its predicate."""
    joined = _AND.match(text, position)
    return joined is not None and lexicon.cues()["attendee"].match(text, joined.end()) is not None \
        and lexicon.kinds()[0].search(text, joined.end(), clause_high) is None


@lru_cache(maxsize=1)
def _seat_ends_clause() -> re.Pattern[str]:
    """Where a chair sat, then the clause's end, right after a chair cue: "Bộ trưởng A chủ trì [tại điểm cầu Hà Nội];
    Thứ trưởng B đồng chủ trì" (place_words.tsv, then chair_seats.tsv or a capitalized place)."""
    at = alternation(read_words("meetings/place_words.tsv"))
    seats = alternation(read_words("meetings/chair_seats.tsv"))
    return re.compile(rf"[ ]+(?:{at})[ ]+(?:(?i:{seats})(?!\w)|{UPPER})[^.;,:!?\n]{{0,60}}?[ ]*(?:[.;]|$)", re.MULTILINE)


@lru_cache(maxsize=1)
def _attending_joined() -> re.Pattern[str]:
    """Attending joined to chairing, opening a chair cue's clause before it ("[Cùng dự và] đồng chủ trì có ông A",
    "[Tham dự và] chủ trì hội nghị có …"): an attendee cue (cues.tsv) and "và"."""
    attending = alternation(row["cue"] for row in read_table("meetings/cues.tsv") if row["part"] == "attendee")
    return re.compile(rf"[ ]*(?:{attending})[ ]+và[ ]*$", re.IGNORECASE)


def _opens(lead_in: str) -> bool:
    """Whether the words before a chair cue in its clause only open it (``_OPENS``, ``_attending_joined``)."""
    return _OPENS.fullmatch(lead_in) is not None or _attending_joined().fullmatch(lead_in) is not None


def find_parts(layout: Layout, linked: list[tuple[Mention, int]], events: int) -> dict[int, list[Participation]]:
    """Chairs and attendees, by the index of the meeting they take part in."""
    text = layout.text
    cues = lexicon.cues()
    chains = _Chains(layout)
    targets = _Targets(layout, linked, events)
    found: dict[int, list[Participation]] = {}
    chaired: set[tuple[int, str]] = set()

    def add(index: int, name: str, part: str, position: int) -> None:
        low, high = layout.sentence_span(layout.sentence_of(position))
        found.setdefault(index, []).append(Participation(name, part, low, high))
        if part == "chair":
            chaired.add((index, name))

    for cue in cues["chair_by"].finditer(text):
        index = targets.nearest_in_sentence(cue.start())
        if index is None:
            index = targets.just_before(cue.start())
        if index is None:
            continue
        _, high = layout.clause_span(cue.end())
        for person in _persons_after(layout, chains, cue.end(), high):
            add(index, person.name, "chair", cue.start())
    by_spans = [m.span() for m in cues["chair_by"].finditer(text)]
    for cue in cues["chair"].finditer(text):
        if any(start <= cue.start() < end for start, end in by_spans):
            continue
        phrase_low, _ = layout.phrase_span(cue.start())
        if cues["planned"].search(text, max(phrase_low, cue.start() - 30), cue.start()):
            continue  # "Thủ tướng sẽ chủ trì …": who will chair, not who chaired
        head = _office_heads().search(text, max(0, cue.start() - 20), cue.start())
        if head is not None and "," not in head.group():
            continue  # "Giám đốc điều hành", "Ủy ban điều hành": an office or a body, no chair; not "A, Trưởng ban, chủ trì"
        named = targets.named_after(cue.end())
        index = named[1] if named else None
        clause_low, clause_high = layout.clause_span(cue.start())
        if _AFTER_STOP.search(text, max(clause_low, cue.start() - 3), cue.start()) and cue.group()[:1].isupper():
            clause_low = cue.start()  # "… quý I. Chủ trì: …": a capitalized cue after a full stop opens its clause
        if index is None:
            ends_clause = _ENDS_CLAUSE.match(text, cue.end(), cue.end() + 3) is not None \
                or _speaks_next(text, cue.end(), clause_high) or _bare_meeting_next(layout, cue.end()) \
                or _seat_ends_clause().match(text, cue.end()) is not None or _chair_act_next(layout, cue.end())
            index = targets.nearest_in_sentence(cue.start()) if ends_clause else None
            if index is None and ends_clause:
                index = targets.just_before(cue.start())
            if index is None:
                index = targets.agent_of(clause_low, cue.start())
            if index is None and _LISTING.match(text, cue.end()) \
                    and _opens(_lead_in(layout, clause_low, cue.start())):
                # "Cùng chủ trì có ông B": the cue opens its clause and lists who chairs the meeting just reported
                index = targets.nearest_in_sentence(cue.start())
                if index is None:
                    index = targets.just_before(cue.start())
        if index is None and _sessions().search(text, clause_low, clause_high):
            # "Phiên trù bị do đồng chí A chủ trì": a session of the meeting reported last
            index = targets.reported_before(cue.start(), _SESSION_REACH)
        if index is None:
            continue  # "chủ trì" with no meeting to chair: a lead agency
        if targets.planned_before(clause_low, cue.start()):
            continue  # "Ngày mai, X sẽ tổ chức hội nghị … do ông A chủ trì": who will chair a meeting ahead
        sentence_low, _ = layout.sentence_window(cue.start(), 400)
        before = [] if _body_subject(layout, cue.start(), clause_low) \
            else _persons_before(layout, chains, cue.start(), sentence_low) \
            or _persons_before(layout, chains, _coordinated(layout, cue.start(), sentence_low), sentence_low)
        if before and cues["planned"].search(text, max(sentence_low, before[-1].start - _PLAN_REACH), before[-1].start):
            continue  # "Hội thảo sẽ do PGS A chủ trì": who will chair
        names = [p.name for p in before]
        lead_in = _lead_in(layout, clause_low, cue.start())
        if not names and _opens(lead_in):
            opener = _OPENER.match(text, cue.end(), clause_high)
            start = opener.end() if opener else cue.end()
            # a list after a colon or a listing word runs over semicolons ("Đồng chủ trì có các đồng chí: A, …; B,
            # …", "Chủ trì hội nghị có đồng chí A - …; đồng chí B - …")
            high = layout.sentence_window(cue.start())[1] if opener or ":" in text[cue.end():clause_high] \
                else clause_high
            names = [p.name for p in _persons_after(layout, chains, start, high)]
        if not names and named is not None and not lead_in:
            names = _subject_after(layout, chains, named[0].end, clause_high)
        if not names and _PRONOUN_BEFORE.search(text, max(sentence_low, cue.start() - 12), cue.start()):
            # "Bộ trưởng A cho biết đây là lần đầu tiên ông chủ trì hội nghị …": the person the sentence named
            before = layout.persons.within(sentence_low, cue.start())
            names = [before[-1].name] if before else []
        if not names and named is not None:  # "Đoàn Chủ tịch điều hành Đại hội gồm: ông A …; ông B …"
            listing = _LISTING.match(text, named[0].end, named[0].end + 12)
            if listing is not None:
                _, sentence_high = layout.sentence_window(cue.start(), 600)
                names = [p.name for p in _persons_after(layout, chains, listing.end(), sentence_high)]
        if not names:
            names = _by_office(layout, cue.start(), clause_low)
        for name in names:
            add(index, name, "chair", cue.start())

    _attendees(layout, targets, events, add, chaired)
    return found


def _attendees(layout: Layout, targets: _Targets, events: int, add, chaired: set[tuple[int, str]]) -> None:
    text = layout.text
    attend = lexicon.cues()["attendee"]
    seen_sentences: set[int] = set()
    for cue in attend.finditer(text):
        sentence = layout.sentence_of(cue.start())
        if sentence in seen_sentences:
            continue
        seen_sentences.add(sentence)
        index = targets.nearest_in_sentence(cue.start())
        if index is None and events == 1:
            index = 0
        if index is None:
            continue
        low, high = layout.sentence_window(cue.start())
        for person in layout.persons.within(low, high):
            if (index, person.name) not in chaired:
                add(index, person.name, "attendee", cue.start())


__all__ = ["find_parts"]
