"""Meetings: the conferences, congresses, working sessions and ceremonies an article
reports as held, with their date, place, organizer, and who chaired and attended.

A meeting is named by a kind word and the words after it ("Hội nghị Ban Thường vụ mở
rộng lần thứ 19"). A mention counts when its sentence says the meeting took place, or
when it is the headline; a sentence that plans it ("sẽ", "dự kiến") or a mention that
only cites it ("Nghị quyết Đại hội XII") does not. Mentions of one kind are one meeting
unless they carry different dates; a bare "hội nghị" refers back to the meeting of
its kind, and "hội nghị này" / "phiên họp lần này" to the latest one whatever its
date. The date is the day named in the mention's sentence, the organizer the body
just before "tổ chức" / "có buổi làm việc", the place what follows "tại".

People: in a sentence with "chủ trì", "chủ tọa" or "điều hành" the persons before the
cue chair the meeting (after "dưới sự chủ trì của"); in one with "dự", "phát biểu",
"báo cáo"… they attend it. The meeting is the one the sentence names, else the
article's first.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from unionfacts.extract.base import Extractor, facts_of, text_of
from unionfacts.extract.patterns import CAPITALIZED_WORD, UPPER, alternation
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import place_kind_alternation
from unionfacts.resources import read_table, read_words
from unionfacts.types import DateFact, EventMention, OrgMention, Participation, PersonMention

_MAX_NAME_WORDS = 25
_ORDINAL = re.compile(r"lần thứ (\w+)|(?<=Đại hội )([IVXLC]+)\b")
# Capitalized words, with a lower-case word between two of them ("Trường Đại học Y Dược").
_PLACE_WORDS = rf"{CAPITALIZED_WORD}(?:[ ](?:{CAPITALIZED_WORD}|(?:(?!{UPPER})[^\W\d_])+(?=[ ]{UPPER})|&|-|–)){{0,11}}"


@lru_cache(maxsize=1)
def _place_after() -> re.Pattern[str]:
    """ "tại Trường Đại học Y Dược Thái Bình, tỉnh Thái Bình", "tại Đồ Sơn (Hải Phòng)"."""
    return re.compile(
        rf"(?<!\w)(?:{alternation(_words('place'))})[ ](?P<place>{_PLACE_WORDS}(?:[ ]\({_PLACE_WORDS}\))?"
        rf"(?:,[ ](?:{place_kind_alternation()})[ ]{_PLACE_WORDS})?)"
    )


@lru_cache(maxsize=None)
def _words(role: str) -> tuple[str, ...]:
    if role == "stop":
        return tuple(read_words("meetings/name_stops.tsv"))
    return tuple(row["word"] for row in read_table("meetings/before_words.tsv") if row["role"] == role)


@lru_cache(maxsize=1)
def _back_references() -> frozenset[str]:
    return frozenset(fold_for_matching(word) for word in read_words("meetings/back_references.tsv"))


@lru_cache(maxsize=1)
def _name_stop() -> re.Pattern[str]:
    """Where a meeting's name ends: punctuation, or a word that starts the rest of the sentence."""
    return re.compile(rf"[,.;:!?()\n]|[ ](?:{alternation(_words('stop'))})(?![\w])")


@lru_cache(maxsize=1)
def _vague_before() -> re.Pattern[str]:
    """A meeting only named among others or as a day is none reported: "các Hội nghị trực
    tuyến của IndustrALL", "những ngày Lễ" (NOTES.md item 19)."""
    return re.compile(rf"(?<!\w)(?:{alternation(_words('vague'))})[ ]$", re.IGNORECASE)


_QUOTED_NAME = re.compile(r"[ ]?[“\"]([^”\"\n]{2,120})[”\"]")


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    kind: str
    name: str
    bare: bool
    sentence: int
    points_back: bool = False  # "phiên họp lần này": the meeting already named


@dataclass
class _Event:
    kind: str
    first: _Mention
    name: str
    date: str | None
    sentences: list[int] = field(default_factory=list)


@lru_cache(maxsize=1)
def _kinds() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    rows = read_table("meetings/kinds.tsv")
    exact = alternation(row["word"] for row in rows if row["case"] == "exact")
    loose = alternation(row["word"] for row in rows if row["case"] != "exact")
    pattern = re.compile(rf"(?<!\w)(?:(?P<exact>{exact})|(?i:(?P<loose>{loose})))(?!\w)")
    info = {fold_for_matching(row["word"]): (row["kind"], row["named"]) for row in rows}
    return pattern, info


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    rows = read_table("meetings/cues.tsv")
    parts = {row["part"] for row in rows}
    return {part: re.compile(rf"(?<!\w)(?:{alternation(r['cue'] for r in rows if r['part'] == part)})(?!\w)",
                             0 if part == "cited" else re.IGNORECASE)
            for part in parts}


def _sentence_bounds(doc: Doc, text: str) -> list[int]:
    return doc.user_data.get("sentence_chars") or [0]


def _name_end(text: str, start: int, quoted: bool) -> int | None:
    if quoted:
        match = _QUOTED_NAME.match(text, start)
        return match.end() if match else None
    stop = _name_stop().search(text, start, min(len(text), start + 300))
    end = stop.start() if stop else min(len(text), start + 300)
    words = text[start:end].split(" ")
    if len(words) > _MAX_NAME_WORDS:
        end = start + len(" ".join(words[:_MAX_NAME_WORDS]))
    return end


def find_mentions(text: str, starts: list[int]) -> list[_Mention]:
    pattern, info = _kinds()
    cues = _cues()
    mentions: list[_Mention] = []
    for match in pattern.finditer(text):
        if mentions and match.start() < mentions[-1].end:
            continue  # a kind word inside a meeting's name ("Hội nghị tổng kết …")
        kind, named = info[fold_for_matching(match.group())]
        end = _name_end(text, match.end(), named == "quoted")
        if end is None:
            continue
        before = text[max(0, match.start() - 25):match.start()]
        if cues["cited"].search(before.split(",")[-1]):
            continue  # "Nghị quyết Đại hội XII": the congress is only the resolution's source
        name = " ".join(text[match.start():end].split())
        if _vague_before().search(before) or " các cấp" in name:
            continue
        sentence = max(0, bisect.bisect_right(starts, match.start()) - 1)
        rest = fold_for_matching(text[match.end():end])
        mentions.append(_Mention(match.start(), end, kind, name, not rest, sentence, rest in _back_references()))
    return mentions


def _sentence_text(text: str, starts: list[int], index: int) -> str:
    end = starts[index + 1] if index + 1 < len(starts) else len(text)
    return text[starts[index]:end]


def _is_held(mention: _Mention, text: str, starts: list[int]) -> bool:
    sentence = _sentence_text(text, starts, mention.sentence)
    cues = _cues()
    low = starts[mention.sentence]
    # A plan is said around the meeting's name ("Lễ tuyên dương … sẽ diễn ra"), not inside it.
    outside = text[low:mention.start] + " " + sentence[mention.end - low:]
    if cues["planned"].search(outside):
        return False
    headline = mention.start < text.find("\n") if "\n" in text else True
    if mention.kind == "Chương trình":  # a programme is held as an occasion, not carried out as a campaign
        return not cues["ongoing"].search(outside) and bool(cues["held"].search(outside))
    at_meeting = re.search(r"(?:tại|trong)[ ]$", text[max(low, mention.start - 6):mention.start], re.IGNORECASE)
    return headline or bool(at_meeting) or any(cues[part].search(sentence) for part in ("held", "chair", "attendee"))


def _date_before(dates: list[DateFact], mention: _Mention, starts: list[int], text: str) -> str | None:
    """The day named in the mention's sentence, before the mention if any is."""
    low = starts[mention.sentence]
    high = starts[mention.sentence + 1] if mention.sentence + 1 < len(starts) else len(text)
    in_sentence = [d for d in dates if low <= d.start < high]
    for granularity in ("day", "month", "year"):  # the most specific the sentence gives
        found = [d for d in in_sentence if d.granularity == granularity]
        if found:
            earlier = [d for d in found if d.start < mention.start]
            return (earlier[-1] if earlier else found[0]).value
    return None


def _compatible(first: str | None, second: str | None) -> bool:
    """Whether two dates can name one day: equal, unknown, or one inside the other (2018 ⊃ 2018-11-06)."""
    if first is None or second is None:
        return True
    a, b = first.replace("XXXX", ""), second.replace("XXXX", "")
    return a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a)


def _group(mentions: list[_Mention], dates: list[DateFact], text: str, starts: list[int]) -> list[_Event]:
    events: list[_Event] = []
    for mention in mentions:
        date = _date_before(dates, mention, starts, text)
        same_kind = [e for e in events if e.kind == mention.kind]
        if mention.points_back:  # the latest meeting of its kind, or none at all
            if same_kind:
                same_kind[-1].sentences.append(mention.sentence)
            continue
        target = next((e for e in same_kind if _compatible(e.date, date)), None)
        if target is None:
            chaired = _cues()["chair"].search(_sentence_text(text, starts, mention.sentence))
            if mention.bare and date is None and not chaired:
                continue  # "hội nghị" with nothing to refer back to, unless people chair it
            events.append(_Event(mention.kind, mention, mention.name, date, [mention.sentence]))
            continue
        target.sentences.append(mention.sentence)
        if date is not None and (target.date is None or len(date) > len(target.date)):
            target.date = date  # the most specific date any mention gives
        if target.first.bare and not mention.bare:
            target.first, target.name = mention, mention.name
    return events


def _organizer(event: _Event, text: str, starts: list[int], orgs: list[OrgMention],
               persons_roles: dict[str, OrgMention]) -> OrgMention | None:
    held = _cues()["held"]
    for sentence in event.sentences:
        low = starts[sentence]
        body = _sentence_text(text, starts, sentence)
        by = re.search(r"(?<!\w)do[ ]", body)
        for cue in held.finditer(body):
            position = low + cue.start()
            if by and by.start() < cue.start():
                after = [o for o in orgs if low + by.end() <= o.start < position]
                if after:
                    return after[0]
            before = [o for o in orgs if low <= o.start and o.end <= position]
            if before:
                return max(before, key=lambda o: (o.end, o.end - o.start))
    return None


def _location(event: _Event, text: str, starts: list[int], kind_pattern: re.Pattern[str]) -> str | None:
    for sentence in event.sentences:
        body = _sentence_text(text, starts, sentence)
        for match in _place_after().finditer(body):
            place = match.group("place").strip()
            if not kind_pattern.match(body, match.start("place")):  # "tại Hội nghị" is no place
                return place
    return None


def _parts(text: str, starts: list[int], persons: list[PersonMention], events: list[_Event],
           mentions: list[_Mention]) -> dict[int, list[Participation]]:
    """Chairs and attendees, by the index of the event they take part in."""
    cues = _cues()
    by_sentence: dict[int, list[PersonMention]] = {}
    for person in persons:
        by_sentence.setdefault(max(0, bisect.bisect_right(starts, person.start) - 1), []).append(person)
    event_of_sentence = {s: i for i, event in enumerate(events) for s in event.sentences}
    kinds_in_sentence = {m.sentence: m.kind for m in mentions}
    found: dict[int, list[Participation]] = {}
    for sentence, people in by_sentence.items():
        body = _sentence_text(text, starts, sentence)
        index = event_of_sentence.get(sentence)
        if index is None and sentence in kinds_in_sentence:
            index = next((i for i, e in enumerate(events) if e.kind == kinds_in_sentence[sentence]), None)
        if index is None:
            if len(events) != 1:
                continue
            index = 0
        low = starts[sentence]
        end = low + len(body)
        chair = cues["chair"].search(body)
        attend = cues["attendee"].search(body)
        for person in people:
            if chair and (person.start < low + chair.start() or "của" in chair.group()):
                part = "chair"
            elif attend or chair:
                part = "attendee"
            else:
                continue
            found.setdefault(index, []).append(Participation(person.name, part, low, end))
    return found


def _term(event: _Event, dates: list[DateFact], starts: list[int], text: str) -> str | None:
    for date in dates:
        if date.granularity == "span" and fold_for_matching(date.text).startswith("nhiệm kỳ"):
            sentence = max(0, bisect.bisect_right(starts, date.start) - 1)
            if sentence in event.sentences:
                return date.value
    return None


def find_events(doc: Doc) -> list[EventMention]:
    text = text_of(doc)
    starts = _sentence_bounds(doc, text)
    mentions = [m for m in find_mentions(text, starts) if _is_held(m, text, starts)]
    dates = facts_of(doc, "dates")
    orgs = [o for o in facts_of(doc, "organizations")]
    persons = facts_of(doc, "persons")
    events = _group(mentions, dates, text, starts)
    parts = _parts(text, starts, persons, events, mentions)
    kind_pattern = _kinds()[0]
    result = []
    for index, event in enumerate(events):
        organizer = _organizer(event, text, starts, orgs, {})
        ordinal = _ORDINAL.search(event.name)
        chairs = {p.person for p in parts.get(index, []) if p.part == "chair"}
        participations: dict[tuple[str, str], Participation] = {}
        for part in parts.get(index, []):  # one part per person, chairs not repeated as attendees
            if part.part == "chair" or part.person not in chairs:
                participations.setdefault((part.person, part.part), part)
        result.append(EventMention(
            start=event.first.start, end=event.first.end, text=text[event.first.start:event.first.end],
            name=event.name, kind=event.kind, date=event.date, location=_location(event, text, starts, kind_pattern),
            organizer=organizer.name if organizer else None, organizer_id=organizer.org_id if organizer else None,
            ordinal=(ordinal.group(1) or ordinal.group(2)) if ordinal else None,
            term=_term(event, dates, starts, text), parts=tuple(participations.values()),
        ))
    return result


class MeetingExtractor(Extractor):
    provides = "events"
    requires = ("dates", "organizations", "persons")

    def find(self, doc: Doc) -> list[EventMention]:
        return find_events(doc)


__all__ = ["MeetingExtractor", "find_events"]
