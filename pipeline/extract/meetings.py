"""Meetings: the conferences, congresses, sessions, talks, visits and ceremonies an article
reports as held, with their day, place, organizer, and who chaired and attended them.

The stages, each a module: where the article names or reports a meeting and whether it says
it took place (``meeting_mentions``), the days that can date one (``meeting_dates``), the
mentions grouped into meetings and the day of each (``meeting_groups``), chairs and attendees
(``meeting_people``); this module puts them together and reads the organizer, the place and
the term of office. Words are data (models/meetings/, read by ``meeting_lexicon``); positions
are looked up through ``meeting_layout``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from unionfacts.extract import meeting_lexicon as lexicon
from unionfacts.extract.base import Extractor, facts_of, published_of, text_of, token_spans
from unionfacts.extract.meeting_dates import Dating, is_day, is_month, is_year, said_before, starts_after
from unionfacts.extract.meeting_groups import Grouping, Meeting, date_meetings, merge_headline_only, merge_renamed
from unionfacts.extract.meeting_layout import Layout
from unionfacts.extract.meeting_mentions import ceremony_named_before, find_mentions, headed_subject, subject_end
from unionfacts.extract.meeting_people import find_parts
from unionfacts.normalize import fold_for_matching
from unionfacts.resolve.dates import UNKNOWN_YEAR, parse_published
from unionfacts.types import DateFact, EventMention, OrgMention, Participation

_BY = re.compile(r"(?<!\w)do[ ]")
_STATED_YEAR = re.compile(r"\d{4}|năm")  # a date written with its year ("28/11/2021", "năm nay")
_OF_BODY = re.compile(r"(?<!\w)của[ ]")
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở)[ ]+$")
# Mentions of a meeting read for its organizer, place and term (the first ones name it best).
_READ_MENTIONS = 6


def _subject_body(layout: Layout, low: int, high: int) -> OrgMention | None:
    """The first body named in [low, high), the subject of a clause: not a place ("tại Trường …"), the
    longest body at that place ("Ủy ban Thường vụ Quốc hội", not its "Quốc hội"). With co-organizers
    ("X phối hợp với Y tổ chức", "X và Y tổ chức") it is X (NOTES.md items 30–31)."""
    for org in layout.orgs.within(low, high):
        if org.end > high or _PLACE_BEFORE.search(layout.text, max(low, org.start - 8), org.start):
            continue
        office = next((r for r in layout.roles.within(max(0, org.start - 120), org.start + 1)
                       if r.start <= org.start and org.end <= r.end), None)
        if office is not None:  # a body in an office-holder's titles: the body of the title nearest the name
            roles = [r for r in layout.roles.within(max(0, office.start - 200), office.end)
                     if r.person == office.person and r.organization and r.start < high]
            nearest = max(roles, key=lambda r: r.start, default=None)
            if nearest is not None:
                return OrgMention(nearest.start, nearest.end, nearest.text, nearest.organization, nearest.org_id)
        same_start = [o for o in layout.orgs.within(org.start, org.start + 1) if o.end <= high]
        return max(same_start, key=lambda o: o.end - o.start)
    return None


def _office_body(layout: Layout, position: int) -> tuple[str, str | None] | None:
    """The body of the office-holder whose name ends at ``position`` ("Bí thư Thành ủy X Đinh La Thăng")."""
    person = next((p for p in layout.persons.within(max(0, position - 60), position) if p.end == position), None)
    if person is None:
        return None
    role = next((r for r in layout.roles.within(max(0, person.start - 200), person.end + 1)
                 if r.person == person.name and r.organization), None)
    return (role.organization, role.org_id) if role else None


def _organizer(meeting: Meeting, layout: Layout) -> tuple[str, str | None] | None:
    """The body that holds it: "X tổ chức …", "do X tổ chức", "X có buổi làm việc", the body or the
    office-holder who does its verb ("Bí thư Thành ủy … đã làm việc với …" → the Thành ủy), or the
    body a session is of ("phiên họp … của Hội đồng Tiền lương quốc gia")."""
    text = layout.text
    held = lexicon.cues()["held"]
    for mention in meeting.mentions[:_READ_MENTIONS]:
        low, high = layout.clause_span(mention.start)
        if mention.by_verb:
            subject = _subject_body(layout, low, mention.start)
            unknown = headed_subject(layout, mention.start)
            if subject is not None and unknown is not None and unknown < subject.start \
                    and subject.end < subject_end(text, mention.start, low):
                continue  # "Chính phủ Việt Nam" inside "Ủy ban liên Chính phủ Việt Nam - Lào": a body not known
                # ("Hội đồng trường Trường Đại học X đã họp": the school ends the name, the body it is of)
            if subject is not None:
                return subject.name, subject.org_id
            office = _office_body(layout, subject_end(text, mention.start, low))
            if office is not None:
                return office
            continue
        by = _BY.search(text, low, high)
        for cue in held.finditer(text, low, high):
            if cue.group().lower() in ("thành công", "kết thúc"):
                continue
            if by and by.start() < cue.start():
                after = layout.orgs.within(by.end(), cue.start())
                if after:
                    return after[0].name, after[0].org_id
            subject = _subject_body(layout, low, cue.start())
            if subject is not None:
                return subject.name, subject.org_id
    for mention in meeting.mentions[:_READ_MENTIONS]:
        of = _OF_BODY.search(text, mention.start, mention.end + 60)
        if of is not None:
            body = next((o for o in layout.orgs.within(of.end(), of.end() + 2)), None)
            if body is not None:
                return body.name, body.org_id
    return None


def _chair_body(meeting_parts: list[Participation], layout: Layout) -> tuple[str, str | None] | None:
    """The body of the office-holder who chairs it (NOTES.md items 30–31)."""
    for part in meeting_parts:
        if part.part != "chair":
            continue
        for role in layout.roles.items:
            if role.person == part.person and role.organization:
                return role.organization, role.org_id
    return None


def _location(meeting: Meeting, layout: Layout) -> str | None:
    kinds = lexicon.kinds()[0]
    for mention in meeting.mentions[:_READ_MENTIONS]:
        low, high = layout.sentence_window(mention.start)
        for match in lexicon.place_after().finditer(layout.text, low, high):
            if not kinds.match(layout.text, match.start("place")):  # "tại Hội nghị" is no place
                return match.group("place").strip()
    return None


def _term(meeting: Meeting, layout: Layout, dates: list[DateFact]) -> str | None:
    for mention in meeting.mentions[:_READ_MENTIONS]:
        low, high = layout.sentence_window(mention.start)
        for date in layout.dates.within(low, high):
            if date.granularity == "span" and fold_for_matching(date.text).startswith("nhiệm kỳ"):
                return date.value
    return None


def _last_year(meeting: Meeting, layout: Layout) -> str | None:
    """The day a year back, for a meeting reported held in the past tense on a day and month written without a year
    that fall after the article's publication ("vào ngày 28/11, Chi bộ nhà trường đã tiến hành họp kiểm điểm" on a
    page of April): the news tells of last year's meeting, not of one ahead."""
    if not is_day(meeting.date) or "/" in meeting.date:
        return None
    for mention in meeting.mentions:
        if mention.start not in meeting.dated or mention.status != "held":
            continue
        clause_low, _ = layout.clause_span(mention.start)
        if lexicon.past_words().search(layout.text, clause_low, mention.start) is None:
            continue
        if any(date.value == meeting.date and not _STATED_YEAR.search(date.text)
               for date in layout.dates.within(*layout.sentence_span(mention.sentence))):
            year, rest = meeting.date.split("-", 1)
            return f"{int(year) - 1}-{rest}"
    return None


def _dated_ahead(meeting: Meeting, layout: Layout, published: str | None) -> bool:
    """Whether a meeting no day dates is first reported in a phrase that goes on to a date after the article was
    published ("hoan nghênh chuyến thăm Việt Nam của Bộ trưởng … tháng 6/2021" in an April article): announced,
    not reported held."""
    if meeting.date is not None:
        return False
    first = next((m for m in meeting.mentions if not m.headline), None)
    if first is None:
        return False
    _, high = layout.phrase_span(first.start)
    return any(starts_after(date.value, published) for date in layout.dates.within(first.end, high))


def _ahead_of_publication(meeting: Meeting, layout: Layout, published: str | None) -> bool:
    """Whether a meeting dated after the article's publication day (within the slack ``starts_after`` leaves for pages
    dated when they were created) is given that day in a sentence that plans it ("Tại họp đại hội ngày 29/4, ngân hàng
    sẽ trình cổ đông …" in an article of 27/4): announced, not reported held."""
    day = parse_published(published)
    if day is None or not is_day(meeting.date) or meeting.date.startswith(UNKNOWN_YEAR) \
            or meeting.date.partition("/")[0] <= day.isoformat():
        return False
    planned = lexicon.cues()["planned"]
    for mention in meeting.mentions:
        if mention.start in meeting.dated and not mention.headline:
            _, high = layout.sentence_window(mention.start)
            plan = layout.search_words(planned, mention.end, high)
            if plan is not None and not said_before(layout.text, mention.end, plan.start()):
                return True  # not "Sáng 19/4, tại hội nghị, Bộ trưởng cho biết sẽ …" on a page dated 17/4
    return False


def _name(meeting: Meeting, layout: Layout) -> str:
    """The name of its first mention; a ceremony only ever named bare ("buổi lễ") takes the one the sentence before
    its first mention does ("… phát động cuộc thi viết X. Phát biểu tại buổi lễ, …": Lễ phát động cuộc thi viết X)."""
    first = meeting.first
    if all(m.kind == "Lễ" and not m.key for m in meeting.mentions):
        return ceremony_named_before(layout, first) or first.name
    return first.name


def find_events(doc: Doc) -> list[EventMention]:
    text = text_of(doc)
    dates = facts_of(doc, "dates")
    layout = Layout(text, doc.user_data.get("sentence_chars") or [0], tokens=token_spans(doc), dates=dates,
                    persons=facts_of(doc, "persons"), orgs=facts_of(doc, "organizations"), roles=facts_of(doc, "roles"))
    dating = Dating(layout, dates, published_of(doc))
    grouping = Grouping(layout, dating, find_mentions(layout, dating.in_clause, dating.in_sentence))
    for mention in grouping.mentions:
        grouping.add(mention)
    meetings = grouping.meetings
    date_meetings(meetings, grouping.linked, layout, dating)
    grouping.linked = merge_headline_only(meetings, merge_renamed(meetings, grouping.linked, text))
    for meeting in meetings:  # told apart from other editions by its year until now, it gives no time on its own page
        if dating.page_edition(meeting.date, [(m.start, m.end) for m in meeting.mentions]):
            meeting.date = None
    for meeting in meetings:
        if meeting.held and starts_after(meeting.date, published_of(doc)):
            meeting.date = _last_year(meeting, layout) or meeting.date
    kept = [i for i, meeting in enumerate(meetings)
            if meeting.held and not starts_after(meeting.date, published_of(doc))
            and not _dated_ahead(meeting, layout, published_of(doc))
            and not _ahead_of_publication(meeting, layout, published_of(doc))]
    renumber = {old: new for new, old in enumerate(kept)}
    linked = [(m, renumber[i]) for m, i in grouping.linked if i in renumber]
    parts = find_parts(layout, linked, len(kept))
    result = []
    for old in kept:
        meeting, index = meetings[old], renumber[old]
        chairs = {p.person for p in parts.get(index, []) if p.part == "chair"}
        participations: dict[tuple[str, str], Participation] = {}
        for part in parts.get(index, []):  # one part per person, chairs not repeated as attendees
            if part.part == "chair" or part.person not in chairs:
                participations.setdefault((part.person, part.part), part)
        organizer_name, organizer_id = (_organizer(meeting, layout)
                                        or _chair_body(list(participations.values()), layout) or (None, None))
        first = meeting.first
        date = meeting.date if is_day(meeting.date) or is_month(meeting.date) or is_year(meeting.date) else None
        result.append(EventMention(
            start=first.start, end=first.end, text=text[first.start:first.end], name=_name(meeting, layout), kind=first.kind,
            date=date, location=_location(meeting, layout), organizer=organizer_name, organizer_id=organizer_id,
            ordinal=next((m.ordinal for m in meeting.mentions if m.ordinal), None),
            term=_term(meeting, layout, dates), parts=tuple(participations.values()),
        ))
    return sorted(result, key=lambda e: e.start)


class MeetingExtractor(Extractor):
    provides = "events"
    requires = ("dates", "organizations", "persons", "roles")

    def find(self, doc: Doc) -> list[EventMention]:
        return find_events(doc)


__all__ = ["MeetingExtractor", "find_events"]
