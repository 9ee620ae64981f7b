"""Meeting mentions: where an article names a meeting, or reports one by its verb, and whether
it says the meeting took place.

A mention is a kind word and the name after it ("Hội nghị Ban Thường vụ mở rộng lần thứ 19",
"lễ ra mắt Cục …", "kỳ họp"), or a verb a person or body does that reports a meeting
("Thủ tướng đã hội đàm với …", "LĐLĐ tỉnh đã làm việc với Công ty …"). Its status is read in
the clause around it, not the whole sentence:

- ``planned``: a plan word in its phrase before it ("sẽ tổ chức Hội nghị", "dự kiến …"), an
  adverbial that plans the clause ("Dự kiến, …"), a custom ("hằng năm"), a word that puts the
  meeting ahead ("tiến tới Đại hội", "chào mừng Đại hội", "trước khi đi dự Đại hội"), or a
  plan right after its name ("Hội nghị … sẽ diễn ra");
- ``back``: a bare kind word or one pointing back ("hội nghị", "tại buổi làm việc", "kỳ họp
  này"): the meeting already reported, no new one;
- ``held``: the headline, or a clause that says it took place (held, chair or attend cues, a
  day, "tại hội nghị …").

A kind word that is part of another name ("Trung tâm Hội nghị Quốc gia", "Ban Tổ chức Đại
hội"), only the source of a resolution ("Nghị quyết Đại hội XII"), one of many ("các hội
nghị"), or inside "[…]" (a related article's headline) is no mention.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial

from unionfacts.extract import meeting_lexicon as lexicon
from unionfacts.extract.meeting_dates import is_day, is_month
from unionfacts.extract.meeting_layout import Layout, place_name_before
from unionfacts.extract.patterns import UPPER
from unionfacts.normalize import fold_for_matching

_MAX_NAME_WORDS = 25
_MAX_NAME_CHARS = 300
_ORDINAL = re.compile(r"(?:lần thứ|thứ)[ ]+(\w+)|(?<=Đại hội )([IVXLC]+)\b|(?<=khóa )([IVXLC]+)\b", re.IGNORECASE)
_QUOTES = re.compile(r"[“”\"'‘’]")
_CLOSING_QUOTE = re.compile(r"[”\"]")
_PUNCTUATION_NEXT = re.compile(r"[ ]*[,.;:]")
_ORDINAL_WORDS = re.compile(r"(?:lần[ ]+)?thứ[ ]+\w+|(?<!\w)[ivxlc]+(?!\w)")
_OPEN_QUOTE = re.compile(r"[ ][“\"](?=[^”\"\n]*$)")
_ASIDE = re.compile(rf"[ ]*\(({UPPER}[^()\n]{{2,60}})\)")  # "(World Mobile Broadband & ICT)" after a meeting's name
_QUOTED_NAME = re.compile(r"[ ]?[“\"]([^”\"\n]{2,120})[”\"]")
_NAMED_NEXT = re.compile(rf"[ ]+(?:[“\"]|{UPPER})")
_COUNTRY_AFTER = re.compile(rf"(?:[ ]+{UPPER}\w*){{1,2}}")  # the country after an office ("Ngoại trưởng Nhật Bản")
_CAPITALIZED_NEXT = re.compile(rf"[ ]+(?:các[ ]+)?(?:đoàn[ ]|{UPPER})")
_FUTURE_DAY = re.compile(r"\d[ ]+tới(?=[ ]*(?:[,.;:]|$))", re.MULTILINE)
_PAST_DAY = re.compile(r"\d[ ]+(?:vừa qua|vừa rồi)(?=[ ]*(?:[,.;:]|$))", re.MULTILINE)
# A day of its own written right after a meeting's name as one gone by ("cuộc họp hôm 25/5"): "hôm" dates what is past
_PAST_OWN_DAY = re.compile(r"[ ]*(?:vào[ ]+)?hôm[ ]+(?:(?:thứ[ ]+\w+|chủ nhật)[ ]*,?[ ]*)?(?:ngày[ ]+)?\d{1,2}[/.-]\d{1,2}",
                           re.IGNORECASE)
# Its own report held, further on in its phrase than a name cut short ("tại hội thảo … khâu sau lần thứ 4 vừa được tổ
# chức tại Hà Nội, …"): a meeting introduced there, not one more mention of the meeting just reported.
_HELD_LATER_IN_PHRASE = re.compile(r"(?<!\w)(?:vừa|đã)[ ]+(?:được[ ]+tổ chức|diễn ra)(?!\w)")
_INTRODUCED_AFTER = re.compile(r"[ ]*(?:đã[ ]+|vừa[ ]+|chính thức[ ]+)*(?:diễn ra|khai mạc|bế mạc|được tổ chức|kết thúc)(?!\w)",
                               re.IGNORECASE)
_DIGIT = re.compile(r"\d")
LAST_WORD = re.compile(r"(\w+)[ ]+$")  # the word right before a position
_PHRASE_END = re.compile(r"[ ]*(?:[,.;:!?)\n]|$)")
_LIST_ITEM = re.compile(r"[ ]*(?:và[ ]+)?")  # what stands before a meeting listed after a comma
_LISTED_REACH = 6  # meetings listed before one, looked back over
# A document or a report the meeting is only the place of (NOTES.md item 19: a meeting cited as a source)
_SOURCE_OPENS = re.compile(r"[\W]*Theo[ ]+(?:báo cáo|thông báo|số liệu|kết luận)(?!\w)", re.IGNORECASE)
_SOURCE_PHRASE = re.compile(r"(?<!\w)(?:thông báo|văn bản)(?:[ ]+số)?[ ]+kết luận(?!\w)|(?<!\w)kết luận của(?!\w)",
                            re.IGNORECASE)
# "Kết luận" opening a phrase, right before the meeting it closes ("Kết luận cuộc họp, Thứ trưởng A …").
_CONCLUDES_OPENING = re.compile(r"[\W_]*kết luận[ ]+", re.IGNORECASE)
_PLAN_PHRASE = re.compile(r",[ ]*(?:cũng[ ]+)?(?:sẽ|dự kiến|sắp(?![ ]xếp))(?!\w)", re.IGNORECASE)
_JUST_HELD = re.compile(r"(?<!\w)vừa(?!\w)", re.IGNORECASE)  # one meeting just held, whatever the custom
_CHAIR_CUE_CHARS = 20  # how far before a meeting verb a chair cue opening it may start ("đồng chủ trì")
_PROPOSAL_REACH = 60  # how far before a meeting a proposal cue ("đề nghị gặp và hội đàm") may stand in its phrase
_NEXT_PREDICATE = re.compile(r"(?<!\w)đồng thời(?!\w)", re.IGNORECASE)
_PLAN_AFTER = re.compile(r"[ ]*(?:,[ ]*)?(?:cũng[ ]+)?(?:sẽ|dự kiến|sắp(?![ ]xếp))(?!\w)", re.IGNORECASE)
# Words that, as the first after a kind word, do not tell one meeting of a family from another.
_KEY_SKIP = frozenset({"của", "về", "với", "giữa", "các", "cho", "lần", "thứ", "tổ", "chức", "lễ", "buổi", "cuộc"})
# Verbs whose object must be named (capitalized) for them to report a meeting ("tiếp Đoàn …").
_NAMED_OBJECT = frozenset({"tiếp", "gặp", "hội kiến", "thăm"})
# Verbs whose object must be someone: a person, an office, a body or a delegation.
_PERSON_OBJECT = frozenset({"tiếp", "gặp", "hội kiến"})
# Verbs of a formal reception, whose object may be a person named with a form of address ("tiếp ông A"); "gặp ông A"
# is as often a reporter's or anyone's encounter.
_RECEPTION = frozenset({"tiếp", "hội kiến"})
# How far past a comma a run of offices may go on to the person's name who holds them.
_OFFICE_RUN_CHARS = 80

_MANY = re.compile(r"(?<!\w)các cấp(?!\w)")
_MANY_AFTER = re.compile(r"[ ]*(?:\([^()\n]{1,15}\)[ ]*)?các cấp(?!\w)")  # "Đại hội Công đoàn (ĐHCĐ) các cấp"
_ANY = re.compile(r"(?<!\w)nào(?!\w)")  # "chưa có cuộc làm việc nào": none
_POINTS_BACK = re.compile(r"[ ]+(?:này|đó|nói trên|trên)(?!\w)")  # "phiên họp về nội dung này"
_COORDINATED = re.compile(r"[ ]*(?:,|và)[ ]*")
_LISTED_JOIN = re.compile(r"(?<=\w)[ ]*(?:,|và)[ ]*$")  # "Nhiều hội thảo, [hội nghị]"
_KIND_WORDS = 3  # words a kind word is looked back over ("buổi họp báo")
_JOINERS = frozenset({"với", "tại", "cùng"})  # kept in the name of a meeting reported by its verb
_ACRONYM = re.compile(rf"{UPPER}{{2,}}")


# "chuyến thăm … của Thủ tướng X", "hội đàm với Tổng thống Y": the office is the meeting's
_OF_BEFORE = re.compile(r"(?<!\w)(?:của|với|giữa)[ ]+$")
_BODY_NAME_CHARS = 90  # how long the name of a body doing a meeting's verb, unknown to the lexicon, may be
_OPEN_ACRONYM = re.compile(rf"\({UPPER}[^()\s]{{0,12}}$")
_EDITION_END = re.compile(r"[ ](?:(?:năm|lần[ ]thứ)[ ])?(?:(?:19|20)\d\d|[IVX]+|\d{1,2})$")  # "… Cây mùa xuân 2019"
_NAME_GOES_ON = re.compile(r"[ ]\w")  # a word after a short name's bracket, no stop: the name goes on
_AND_NEXT = re.compile(r"[ ]+và[ ]+")
_TRAILING_AND = re.compile(r"[ ]+và[ ]*$")
# A preposition left at the end of a name cut before whom it names ("Chuyến thăm Hong Kong của [ông …]"): not the name's
_TRAILING_OF = re.compile(r"[ ]+(?:của|với|giữa)[ ]*$")
# A person the news names by initials only ("bà P.T.H.", "anh N.V.A"): a private person, so "làm việc với" them
# is a questioning, no meeting
_INITIALS_ONLY = re.compile(rf"[ ]*(?:(?:ông|bà|anh|chị|em|cháu)[ ]+)?(?:{UPPER}\.){{1,3}}{UPPER}?\.?(?!\w)")
_MEETING_ONLY = re.compile(r"[ ]*(?:báo|mặt|phiên|bàn|với|gỡ)(?!\w)")


@dataclass(frozen=True)
class Mention:
    """One place an article names or reports a meeting."""

    start: int
    end: int
    kind: str
    family: str
    name: str
    sentence: int
    status: str  # held | planned | back
    key: tuple[str, ...] = ()  # the first words after the kind word: what tells meetings of a family apart
    ordinal: str | None = None
    by_verb: bool = False
    headline: bool = False
    strong: bool = True  # a verb mention of a weak verb needs a day to stand on its own
    long: bool = True  # may last several days (kinds.tsv `days`)
    at: bool = False  # after "tại", "trong" …: a meeting being or already reported
    after: bool = False  # after "Sau", "Kết thúc" …: what the sentence says next happened on its day
    introduced: bool = False  # reported as held here (a day, an organizing or chairing verb), not only named
    frame: bool = False  # after "trong khuôn khổ", "bên lề" …: the frame of what its clause reports (frame_words.tsv)
    backdrop: bool = False  # after "bên lề": held, a frame dated only by a day its own verb gives (cues.tsv backdrop)
    apart: bool = False  # one of several counterparts a verb names ("hội kiến A và B"): a meeting of its own
    # planned only as against its clause's time: what the meeting will do ("Đại hội sẽ bầu …") or what happens before
    # it ("trước thềm Hội nghị …", "tiến tới Đại hội …"); no plan of a meeting the body reports held
    relative: bool = False
    captioned: bool = False  # in a photo caption or an intertitle line: names a meeting, reports none
    # a bare kind word given a time of its own right after it ("cuộc hội đàm trong tuần này giữa A và B"): an occasion
    # the sentence introduces, which stands alone when there is none of its family to point back to (time_next.tsv)
    timed: bool = False
    # another name written in brackets right after its name ("Hội thảo Băng thông rộng di động (World Mobile Broadband
    # & ICT)"): a later mention may name the meeting by it ("tại Hội thảo World Mobile Broadband 2021")
    aside: str = ""
    organized: bool = False  # the object of an organizing verb ("đã tổ chức tập huấn"): a meeting introduced here


def _aside(text: str, end: int) -> str:
    """Another name of several words written in brackets right after a meeting's name, if one is."""
    match = _ASIDE.match(text, end)
    return match.group(1) if match is not None and " " in match.group(1).strip() else ""


def _timed_next(text: str, after: int) -> bool:
    """Whether a time of its own follows the kind word ending at ``after`` (time_next.tsv)."""
    return lexicon.words_anywhere("time_next").match(text, after + 1) is not None and text.startswith(" ", after)


def _display(name: str) -> str:
    name = _COLON_BEFORE_QUOTE.sub(" ", " ".join(name.split()), count=1)  # "Hội nghị: “X”" is the Hội nghị “X”
    return name[:1].upper() + name[1:]


_COLON_BEFORE_QUOTE = re.compile(r"[ ]*:[ ]*(?=[“\"])")


def _name_end(layout: Layout, start: int, quoted: bool, of_object: bool = False) -> int | None:
    text = layout.text
    if quoted:
        match = _QUOTED_NAME.match(text, start)
        return match.end() if match else None
    limit = min(len(text), start + _MAX_NAME_CHARS)
    # a stop word is none inside a word the segmenter reads ("bằng" of "giải phóng mặt bằng", "do" of "tự do"), nor the
    # bracket closing a body's short name inside the meeting's ("Hội nghị Ban Chấp hành Liên đoàn Lao động (LĐLĐ) TP
    # Hồ Chí Minh lần thứ 24": the place after it is the name's)
    stop = next((stop for stop in lexicon.name_stop(of_object).finditer(text, start, limit)
                 if not layout.inside_word(stop.start())
                 and not (stop.group() == ")" and _OPEN_ACRONYM.search(text, start, stop.start())
                          and _NAME_GOES_ON.match(text, stop.end())
                          and not lexicon.name_stop(of_object).match(text, stop.end()))), None)
    end = stop.start() if stop else limit
    if text.startswith(":", end) and end == start and (titled := _QUOTED_NAME.match(text, end + 1)) is not None:
        end = titled.end()  # "tại Hội nghị: “Triển khai Nghị định 116 …” do Bộ tổ chức sáng nay": its name, quoted
    term = lexicon.term_after_comma().match(text, end, limit)
    if term is not None:
        end = term.end()  # "Đại hội … lần thứ XI, nhiệm kỳ 2018 - 2023 sẽ …": the term set off by a comma is the name's
    predicate = lexicon.predicate_stop().search(text, start, min(len(text), end + 40))  # sees what follows it
    if predicate is not None and predicate.start() < end:
        end = predicate.start()
    opened = _OPEN_QUOTE.search(text, start, end)
    if opened is not None:  # a quoted name runs to its closing quote, over commas ("Hiểu luật để được … quyền, lợi ích")
        closed = _QUOTED_NAME.match(text, opened.start())
        if closed is not None and closed.end() > end:
            end = closed.end()
    if _OPEN_ACRONYM.search(text, start, end) and text.startswith(")", end):
        end += 1  # "Hội nghị … lần thứ hai (SOM2)": the short name it defines closes it
    while end > start and text[end - 1] in "”\"'’ " and not _QUOTES.search(text, start, end - 1):
        end -= 1  # a quote closing what someone said ("… thành công thực tế của Đại hội".)
    joined = _TRAILING_AND.search(text, start, end)
    if joined is not None:
        end = joined.start()  # "… hai nước và sẽ tiếp tục …": the next predicate of its subject opens there
    for other in _AND_NEXT.finditer(text, start, end):
        if lexicon.kinds()[0].match(text, other.end()):
            end = other.start()  # "lễ ra mắt câu lạc bộ X và lễ trao học bổng …": a second meeting's name opens there
            break
    dangling = _TRAILING_OF.search(text, start, end)
    if dangling is not None:
        end = dangling.start()
    words = text[start:end].split(" ")
    if len(words) > _MAX_NAME_WORDS:
        end = start + len(" ".join(words[:_MAX_NAME_WORDS]))
    return end


def _ordinal(name: str) -> str | None:
    match = _ORDINAL.search(name)
    return next((group for group in match.groups() if group), None) if match else None


def _key(rest: str) -> tuple[str, ...]:
    rest = _ORDINAL_WORDS.sub(" ", _QUOTES.sub(" ", rest))
    words = [word for word in rest.split() if word not in _KEY_SKIP]
    return tuple(words[:4])


def _ends_with(pattern_name: str, text: str, low: int, position: int, reach: int = 40) -> bool:
    return lexicon.words_before(pattern_name).search(text, max(low, position - reach), position) is not None


def _organized(text: str, low: int, position: int) -> bool:
    """Whether an organizing verb takes the meeting word at ``position`` ("tổ chức tập huấn", "triệu tập một Hội
    nghị")."""
    return lexicon.organizing_before().search(text, max(low, position - 30), position) is not None


def _toward(layout: Layout, phrase_low: int, start: int) -> bool:
    """Whether a word of the meeting's phrase puts it ahead ("tiến tới Đại hội", "chuẩn bị cho việc tổ chức Hội
    nghị"): not when the meeting is where something was done ("… phục vụ công nhân là điều đại biểu chia sẻ trong
    buổi đối thoại trưa 28-6") nor the object of attending after the cue ("… phục vụ công nhân, những đại biểu tham
    dự Đại hội …"): the cue is a verb of the sentence, not the meeting's."""
    text = layout.text
    toward = None
    for toward in lexicon.cues()["toward"].finditer(text, phrase_low, start):
        pass
    if toward is None:
        return False
    if any(_ends_with(words, text, toward.end(), start, 25) for words in ("at_words", "after_words")):
        return False
    return lexicon.cues()["attendee"].search(text, toward.end(), start) is None


def _plan_before(layout: Layout, low: int, start: int) -> bool:
    """Whether a plan word before the meeting in its phrase still holds at it: not when the past tense stands
    between them, as when what was planned was since cancelled at the meeting ("Ngày hội dự kiến được tổ chức từ
    ngày 11/2 đã được UBND tỉnh thông báo hủy trong cuộc họp báo chiều 6/2")."""
    plan = layout.search_words(lexicon.cues()["planned"], low, start)
    if plan is None:
        return False
    while (later := layout.search_words(lexicon.cues()["planned"], plan.end(), start)) is not None:
        plan = later
    return lexicon.past_words().search(layout.text, plan.end(), start) is None


def _planned(layout: Layout, start: int, end: int, after: bool = True) -> bool:
    """Whether the meeting at [start, end) is only planned; ``after``: also read what follows its name
    ("Hội nghị … sẽ diễn ra"), which for a mention pointing back says what the meeting will do instead
    ("Kỳ họp này sẽ xem xét 12 tờ trình")."""
    text = layout.text
    cues = lexicon.cues()
    phrase_low, _ = layout.phrase_span(start)
    clause_low, _ = layout.clause_span(start)
    past = _PAST_DAY.search(text, end, layout.clause_span(end)[1])
    if past is not None and not lexicon.kinds()[0].search(text, end, past.start()) or _PAST_OWN_DAY.match(text, end):
        return False  # "… tại Hội nghị … do Ban Bí thư tổ chức vào ngày 27-28/3 vừa qua": its own day is past, whatever
        # the sentence plans ("Hội nghị sẽ lắng nghe các chuyên đề trình bày tại …"; "kỳ vọng OPEC sẽ gia hạn thỏa
        # thuận tại cuộc họp hôm 25/5": what was expected of a meeting since held)
    if _plan_before(layout, phrase_low, start) or _toward(layout, phrase_low, start):
        return True
    if _listed_after_toward(layout, phrase_low, start, end) or _listed_after_plan(layout, phrase_low, start, end):
        return True
    if _predicate_after_plan(layout, phrase_low, clause_low, start):
        return True
    if lexicon.cue_before()["deadline"].search(text, max(phrase_low, start - 20), start) \
            and not cues["attendee"].search(text, phrase_low, start):
        return True  # "đưa vào vận hành trước Đại hội XIII"; not "phát biểu trước Đại hội"
    # "không có cuộc họp nào", "hoãn Hội nghị", "giao Bộ X tổ chức Hội nghị"; not "không có án phạt nào đưa ra sau
    # cuộc họp", "đặt ra yêu cầu tại buổi làm việc": a meeting after "sau", "tại" is where the thing was
    where = any(_ends_with(words, text, phrase_low, start, 25) for words in ("at_words", "after_words"))
    if not where and cues["negated"].search(text, phrase_low, start):
        return True
    if not where and cues["proposed"].search(text, max(phrase_low, start - _PROPOSAL_REACH), start):
        return True  # "đề nghị gặp và hội đàm với …", "kêu gọi ông A tham dự hội nghị thượng đỉnh": asked for, not held
    if any(_sets_task(text, cue, start) for cue in cues["directive"].finditer(text, clause_low, start)):
        return True  # a task set someone ("giao Bộ X …", "yêu cầu các Bộ …"), not "đặt ra yêu cầu tại …" nor
        # "chỉ đạo Hội nghị" (the meeting itself follows) nor "Ban Chỉ đạo Tây Nam bộ tổ chức" (a name)
    if cues["planned_clause"].search(text, clause_low, start) or _item_of_planned_list(layout, start, end):
        return True
    future = _FUTURE_DAY.search(text, clause_low, layout.clause_span(end)[1])
    if future is not None and not (future.start() > end and lexicon.kinds()[0].search(text, end, future.start())) \
            and not (where and future.start() >= layout.phrase_span(end)[1]):
        return True  # "… đồng chủ trì kỳ họp … vào ngày 8/2 tới"; not "Phát biểu tại buổi gặp mặt …, ông A cho
        # biết Đại hội … sẽ diễn ra vào tháng 8 tới": the day of another meeting named after it; nor "Sau buổi làm
        # việc, công ty hứa … vào ngày 1/4 tới": the day ahead of what is done after or at it, in a phrase of its own
    low, high = layout.sentence_window(start, 300)
    phrase_high = layout.phrase_span(end)[1]
    if _ends_with("at_words", text, phrase_low, start, 25) \
            and any(is_day(date.value) for date in layout.dates.within(low, phrase_high)):
        high = min(high, phrase_high)  # "Sáng 5/6, tại buổi làm việc …, ông A đề nghị tổ chức đối thoại định kỳ": the
        # custom a later phrase asks for is not that of the meeting the day dates
    if _custom(layout, low, high, start, end) and not _JUST_HELD.search(text, max(phrase_low, start - 30), start):
        return True  # "hằng năm, … tổ chức Hội nghị …"; not "Bộ X vừa tổ chức Hội nghị … giáo dục thường xuyên"
    target = layout.first_in_sentence(cues["planned_sentence"], start)
    if target is not None and target < start:
        return True  # "Khối phấn đấu …; tổ chức Hội nghị tổng kết …; tổ chức Hội thảo …": every task of the run
    if not after:
        return False
    denied_after, denied_later = lexicon.not_held()
    joined = _AND_NEXT.match(text, end)
    if joined is not None and lexicon.kinds()[0].match(text, joined.end()):
        end = _name_end(layout, joined.end(), False) or end  # "lễ khai mạc và lễ bế mạc không diễn ra": said of both
    if _AND_NEXT.match(text, end) is not None and _PLAN_AFTER.match(text, _AND_NEXT.match(text, end).end()):
        return False  # "… đã tổ chức hội nghị … và sẽ tiếp tục hợp tác": what its subject will do next
    if _PLAN_AFTER.match(text, end, min(len(text), end + 30)) or denied_after.match(text, end, min(len(text), end + 30)) \
            or denied_later.match(text, end, min(len(text), end + 80)):
        return True  # "Hội nghị … sẽ diễn ra", "Cuộc họp … không thể tiến hành", "… bị hoãn"
    # "Lễ tuyên dương … do Ban Thi đua tổ chức sẽ diễn ra vào sáng 10.6": a plan later in its phrase.
    _, phrase_high = layout.phrase_span(end)
    plan = cues["planned"].search(text, end, phrase_high)
    if plan is None:  # "buổi giao lưu do Báo X tổ chức, sẽ diễn ra …": the next phrase opens with the plan, also
        # after a place written aside ("Lễ khai mạc lễ hội X, huyện Y, dự kiến tổ chức vào ngày 1/5 cũng tạm dừng")
        aside = lexicon.place_aside().match(text, phrase_high)
        plan = _PLAN_PHRASE.match(text, aside.end() if aside else phrase_high, layout.clause_span(end)[1])
    if plan is None or lexicon.past_words().search(text, end, plan.start()) is not None:
        return False
    # the plan is the meeting's own ("… sẽ diễn ra", "… sẽ là phép thử"), not what someone is asked to do next
    # ("… thành công cho chuyến thăm của X, đồng thời đề nghị Y sẽ tiếp tục đóng góp"), nor its purpose ("Hội nghị … để
    # chuẩn bị Đại hội XI": held to prepare another)
    # nor that of a clause of its own opened after the name ("Chuyến thăm … diễn ra sau khi Nhà Trắng cáo buộc X có
    # kế hoạch …")
    return not (_NEXT_PREDICATE.search(text, end, plan.start()) or cues["directive"].search(text, end, plan.start())
                or _ends_with("purpose_words", text, end, plan.start(), 20)
                or lexicon.words_anywhere("subordinators").search(text, end, plan.start()))


def _custom(layout: Layout, low: int, high: int, start: int, end: int) -> bool:
    """Whether [low, high) says the meeting at [start, end) is a custom ("hằng năm, … tổ chức Hội nghị …"). A word
    of its own name names the series one sitting belongs to ("Hội nghị cung cấp thông tin định kỳ … tổ chức ngày
    23-5", "phiên họp thường kỳ … sáng 3/6", "Ngày 10/10, công ty tổ chức hội nghị đối thoại định kỳ"): no custom when its
    sentence gives that sitting a day, before or after it. A cue inside a body's name says nothing of the meeting
    ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện X đã tổ chức họp")."""
    text = layout.text
    for cue in lexicon.cues()["recurring"].finditer(text, low, high):
        if layout.orgs.covering(cue.start()) is not None:
            continue
        if not start <= cue.start() < end or not _dates_its_sitting(layout, low, high, start, end):
            return True
    return False


def _dates_its_sitting(layout: Layout, low: int, high: int, start: int, end: int) -> bool:
    """Whether [low, high) gives the meeting at [start, end) a day: after it, or before it with no other meeting named
    in between ("Sáng 5/6, tại buổi làm việc …, ông A đề nghị tổ chức đối thoại định kỳ": the day of the working
    session)."""
    return any(is_day(d.value) for d in layout.dates.within(end, high)) or any(
        is_day(d.value) and lexicon.kinds()[0].search(layout.text, d.end, start) is None
        for d in layout.dates.within(low, start)) or _relative_day_before(layout.text, low, start)


def _relative_day_before(text: str, low: int, start: int) -> bool:
    """Whether a relative day with its part of the day ("Chiều qua, Bộ Y tế tổ chức buổi họp báo định kỳ") opens the
    text before the meeting at ``start`` with no other meeting named in between: the day of that sitting."""
    pattern, meanings = lexicon.relative_days()
    return any((match.group("part") or meanings[fold_for_matching(match.group("day"))].alone)
               and lexicon.kinds()[0].search(text, match.end(), start) is None
               for match in pattern.finditer(text, low, start))


def opens_predicate(layout: Layout, phrase_low: int, start: int) -> bool:
    """Whether the meeting word or verb at ``start`` opens its comma-delimited phrase, alone or after an organizing
    verb ("…, hội kiến với …", "…, dự tọa đàm …"): a predicate listed after another, with no subject of its own."""
    opening = fold_for_matching(layout.text[phrase_low:start].strip(" ,"))
    return not opening or opening in lexicon.organizing_words()


def _predicate_after_plan(layout: Layout, phrase_low: int, clause_low: int, start: int) -> bool:
    """Whether the meeting opens a predicate listed after a comma with no subject of its own, and the predicate
    before it is planned: it shares the plan ("Thủ tướng sẽ thăm LHQ, hội kiến với …"; "dự kiến Thủ tướng có
    cuộc gặp …, dự tọa đàm về …")."""
    if phrase_low <= clause_low or not opens_predicate(layout, phrase_low, start):
        return False
    previous_low = max(clause_low, layout.phrase_span(phrase_low - 1)[0])
    return layout.search_words(lexicon.cues()["planned"], previous_low, phrase_low) is not None


def _next_of_kind(text: str, after: int, end: int) -> bool:
    """Whether the words between a kind word (ending at ``after``) and the end of its phrase only say it is the next
    one ("tại kỳ họp tới, HĐND tỉnh sẽ …", "Đại hội sắp tới."): a meeting ahead, none held."""
    ahead = lexicon.cues()["ahead_next"].match(text, after + len(text[after:end]) - len(text[after:end].lstrip(" ")))
    return ahead is not None and ahead.end() >= len(text[:end].rstrip()) and _PHRASE_END.match(text, ahead.end()) is not None


def plans_after(text: str, end: int) -> bool:
    """Whether a plan follows a meeting's name ("Hội thảo sẽ do PGS A chủ trì", "Kỳ họp này sẽ xem xét …")."""
    return _PLAN_AFTER.match(text, end, min(len(text), end + 30)) is not None


def _sets_task(text: str, cue: re.Match[str], start: int) -> bool:
    """Whether the directive cue gives someone a task before the meeting word at ``start``: a verb (lower
    case, no noun before it: not "Ban Chỉ đạo", "Ban chỉ đạo Quốc gia", "Bộ Ngoại giao") followed by who
    is given it (not the meeting itself: "chỉ đạo Hội nghị")."""
    if not text[cue.start()].islower():
        return False
    before = LAST_WORD.search(text, max(0, cue.start() - 12), cue.start())
    if before is not None and fold_for_matching(before.group(1)) in lexicon.directive_nouns():
        return False
    agent = lexicon.agent_next().match(text, cue.end())
    return agent is not None and agent.end() <= start


def _listed_after_toward(layout: Layout, phrase_low: int, start: int, end: int) -> bool:
    """A meeting listed after others that a phrase before looks toward ("thi đua chào mừng Đại hội X,
    Đại hội Y"): its phrase holds only it (no "đã", no verb saying it is held: "Hướng tới Đại hội X,
    Đại hội Y đã khai mạc" holds Y), and the phrases before it, back to the cue, each open with a
    meeting word."""
    text = layout.text
    _, phrase_high = layout.phrase_span(start)
    if lexicon.past_words().search(text, end, phrase_high) or lexicon.cues()["held"].search(text, end, phrase_high) \
            or _DIGIT.search(text, end, phrase_high):
        return False  # said to be held, or given a day
    kinds = lexicon.kinds()[0]
    for _ in range(_LISTED_REACH):
        if phrase_low < 2 or text[phrase_low - 1] != "," or not _LIST_ITEM.fullmatch(text, phrase_low, start):
            return False
        previous_low, _ = layout.phrase_span(phrase_low - 2)
        toward = lexicon.cues()["toward"].search(text, previous_low, phrase_low)
        if toward is not None:
            return kinds.search(text, toward.end(), phrase_low) is not None
        first = kinds.search(text, previous_low, phrase_low)
        if first is None:
            return False
        phrase_low, start = previous_low, first.start()
    return False


def _listed_after_plan(layout: Layout, phrase_low: int, start: int, end: int) -> bool:
    """A meeting listed right after another that a plan word governs ("sẽ tổ chức một buổi trao đổi, hội đàm",
    "dự kiến mở lớp tập huấn, hội thảo …"): its phrase holds only it, and the phrase before it, in its clause, plans
    a meeting or organizing one."""
    text = layout.text
    _, phrase_high = layout.phrase_span(start)
    if phrase_low < 2 or text[phrase_low - 1] != "," or not _LIST_ITEM.fullmatch(text, phrase_low, start) \
            or lexicon.past_words().search(text, end, phrase_high) or lexicon.cues()["held"].search(text, end, phrase_high):
        return False
    clause_low, _ = layout.clause_span(start)
    previous_low, _ = layout.phrase_span(phrase_low - 2)
    if previous_low < clause_low:
        return False
    plan = layout.search_words(lexicon.cues()["planned"], previous_low, phrase_low)
    return plan is not None and (lexicon.kinds()[0].search(text, plan.end(), phrase_low) is not None
                                 or lexicon.words_anywhere("organize_words").search(text, plan.start(), phrase_low) is not None)


def _item_of_planned_list(layout: Layout, start: int, end: int) -> bool:
    """A meeting among the items of a list a plan opens with a colon ("Dự kiến, tỉnh sẽ tổ chức các chương trình,
    gồm: Lễ dâng hương …; Lễ Thượng cờ …"): the semicolons part the list's items, not what is planned from what
    is done; items joined by commas or "và" after the colon in the plan's own clause ("… sẽ tổ chức 2 phiên đặc
    biệt, gồm: Chuyển đổi số cho doanh nghiệp và Hội nghị X") likewise. An item said to be done ("đã", "vừa", a
    held cue after it) is not planned."""
    text = layout.text
    clause_low, clause_high = layout.clause_span(start)
    if lexicon.past_words().search(text, clause_low, start):
        return False
    sentence_low = layout.sentence_window(start)[0]
    colon = text.rfind(":", sentence_low, start)
    if colon < 0:
        return False  # no list before it
    if colon >= clause_low and (lexicon.past_words().search(text, end, clause_high) or lexicon.cues()["held"].search(text, end, clause_high)):
        return False  # "Bộ X sẽ siết chặt: Hội nghị trực tuyến đã diễn ra …": the item is reported done
    opener_low = layout.clause_span(colon)[0]
    cues = lexicon.cues()
    return bool(layout.search_words(cues["planned"], opener_low, colon) or cues["planned_clause"].search(text, opener_low, colon))


def _held(layout: Layout, start: int, end: int, days_in_clause: bool,
          parts: tuple[str, ...] = ("held", "chair", "chair_by", "attendee")) -> bool:
    """Whether the clause says the meeting took place."""
    text = layout.text
    clause_low, clause_high = layout.clause_span(start)
    if days_in_clause or any(_ends_with(words, text, clause_low, start, 25)
                             for words in ("at_words", "after_words", "held_before")):
        return True
    cues = lexicon.cues()
    for part in parts:
        if layout.search_words(cues[part], clause_low, start):
            return True
        after = layout.search_words(cues[part], end, clause_high)
        if after is not None and not (_ends_with("purpose_words", text, end, after.start(), 20)
                                      and not lexicon.past_words().search(text, end, after.start())):
            return True  # not its purpose ("Chuyến thăm … là để tham dự lễ kỷ niệm …"): what it is for, not held
    # the meeting did something, in the past tense ("Hội nghị lần thứ nhất … đã bầu bà A"), the source of what it
    # passed aside (read before)
    return "held" in parts and lexicon.past_after().match(text, end) is not None


def _broadcast(layout: Layout, start: int) -> bool:
    """Whether the sentence of a programme at ``start`` speaks of a broadcast show (broadcast_words.tsv)."""
    low, high = layout.sentence_window(start)
    return lexicon.words_anywhere("broadcast_words").search(layout.text, low, high) is not None


def _recalled(layout: Layout, start: int, after: int, end: int) -> bool:
    """A past meeting only recalled ("nhắc lại Hội nghị về du lịch năm 2016", "tại Hội nghị … trước đây", "Tại buổi
    lễ năm ngoái"), not one the article reports; a meeting where something is recalled ("nhắc lại tại hội nghị")
    is reported, and so is one recalled with its chair, place or month ("nhắc lại Hội nghị … do Thủ tướng A chủ trì
    tại Hội An tháng 8/2016"). ``after``: where its kind word ends."""
    text = layout.text
    cues = lexicon.cues()
    if cues["recalled_after"].search(text, max(start, end - 12), min(len(text), end + 12)):
        return True  # right after its name, or ending it
    if cues["recalled_next"].match(text, after + len(text[after:after + 2]) - len(text[after:after + 2].lstrip(" "))):
        return True  # in place of its name: a past occasion of the kind ("tại cuộc họp báo tuần trước")
    phrase_low, _ = layout.phrase_span(start)
    if any(_ends_with(words, text, phrase_low, start, 25) for words in ("at_words", "after_words")):
        return False
    if cues["recalled_career"].search(text, phrase_low, start) is not None:
        return True
    return cues["recalled"].search(text, phrase_low, start) is not None and not _reported_after(layout, end)


def _reported_after(layout: Layout, end: int) -> bool:
    """Whether the clause after a meeting's name reports it held on its own (NOTES.md item 19): it gives its
    chair ("… do Thủ tướng A chủ trì"), its place ("… tại Hội An") or its day or month ("… tháng 8/2016"). A
    recalled meeting so reported is a past meeting the article reports, not only one it names."""
    text = layout.text
    _, high = layout.clause_span(end)
    agent = lexicon.agent_marker().search(text, end, high)
    if agent is not None and lexicon.cues()["chair"].search(text, agent.end(), high):
        return True
    if any(is_day(date.value) or is_month(date.value) for date in layout.dates.within(end, high)):
        return True
    place = lexicon.place_after().search(text, end, high)
    return place is not None and not lexicon.kinds()[0].match(text, place.start("place"))


def _dated_in_lead(layout: Layout, start: int, day_near) -> bool:
    """Whether the meeting word at ``start`` is in the article's lead and its sentence gives a day."""
    return layout.in_lead(start) and day_near(start)


def _excluded_before(layout: Layout, start: int, dated: Callable[[], bool] = lambda: False) -> bool:
    """Part of another name, only a source, or one of many: no meeting of its own. A notice of the conclusions drawn
    at a meeting that the lead gives reports that meeting ("Văn phòng Chính phủ vừa có thông báo kết luận của Thủ
    tướng tại cuộc họp Thường trực Chính phủ về …" opening the article), and so does a source the lead gives with
    its day (``dated()``); further down such a meeting is only cited, and so is one a source opening the lead
    without a day gives what it says ("Theo báo cáo của Bộ X tại Hội nghị tổng kết, phong trào …")."""
    text = layout.text
    phrase_low, _ = layout.phrase_span(start)
    if _ends_with("at_words", text, phrase_low, start, 25) and (
            _SOURCE_OPENS.match(text, phrase_low) and not dated()
            or _SOURCE_PHRASE.search(text, phrase_low, start) and not layout.in_lead(start) and not dated()):
        return True  # "Theo báo cáo của Bộ X tại Hội nghị …", "thông báo kết luận của Thủ tướng tại cuộc họp …"
    low = max(phrase_low, start - 40)
    before = lexicon.cue_before()
    if (before["inside"].search(text, low, start)
            or before["cited"].search(text, low, start) and not _concluded_there(text, phrase_low, low, start)
            or before["topic"].search(text, low, start)
            or before["partner"].search(text, low, start)
            or lexicon.plural_before().search(text, low, start)
            or lexicon.generic_before().search(text, low, start)
            or _listed_after_many(layout, start)):
        return True
    # "nhiều doanh nghiệp đã tổ chức lễ gặp mặt": a plural subject holds meetings here and there; not "các đại biểu
    # tham dự Hội nghị …", many attending one
    return (lexicon.plural_subject().match(text, phrase_low) is not None
            and lexicon.holding_before().search(text, max(phrase_low, start - 30), start) is not None)


def _concluded_there(text: str, phrase_low: int, low: int, start: int) -> bool:
    """Whether "kết luận" right before the meeting word at ``start`` is the act of closing that meeting, not its
    conclusions as a document (cues.tsv: cited): spoken ("Phát biểu kết luận cuộc họp, Phó Thủ tướng A …",
    concluding_acts.tsv), or opening its phrase before a meeting word in lower case, the act of the one named
    after the comma ("Kết luận cuộc họp, Thứ trưởng A yêu cầu …"; not "Kết luận Hội nghị Trung ương 4")."""
    if lexicon.words_before("concluding_acts").search(text, low, start) is not None:
        return True
    opening = _CONCLUDES_OPENING.match(text, phrase_low)
    return opening is not None and opening.end() == start and text[start].islower()


def _listed_after_many(layout: Layout, start: int) -> bool:
    """Whether the meeting word at ``start`` is listed right after a kind word that is one of many ("Nhiều hội thảo,
    hội nghị quốc tế … đã được tổ chức", "các Hội nghị, Hội thảo chuyên môn"): one of many too."""
    text = layout.text
    joined = _LISTED_JOIN.search(text, max(0, start - 40), start)
    if joined is None:
        return False
    pattern = lexicon.kinds()[0]
    word_start = joined.start()
    for _ in range(_KIND_WORDS):  # a kind word is at most this many words ("đại hội đồng cổ đông" aside)
        word_start = text.rfind(" ", max(0, start - 40), word_start - 1) + 1
        if word_start <= 0:
            return False
        kind = pattern.match(text, word_start)
        if kind is not None and kind.end() == joined.start():
            low = max(layout.phrase_span(word_start)[0], word_start - 40)
            return lexicon.plural_before().search(text, low, word_start) is not None
    return False


def _before_second_name(text: str, pattern: re.Pattern[str], after: int, end: int) -> int:
    """Where a meeting's name ends before "và" and a second meeting's capitalized name ("Giao lưu … lần thứ 6 và
    Đối thoại chiến lược … lần thứ 7"): two meetings, each with its name."""
    info = lexicon.kinds()[1]
    for joint in _AND_NEXT.finditer(text, after, end):
        second = pattern.match(text, joint.end())
        if second is None or not second.group()[0].isupper() or not text[after:joint.start()].strip():
            continue
        row = info.get(fold_for_matching(second.group()))
        if row is not None and not row.needs and not lexicon.not_meetings().match(text, second.start()):
            return joint.start()  # not "… và Lễ hội Hoa Lư", a festival
    return end


def _met_named(layout: Layout, kind: re.Match[str], office: int, end: int) -> bool:
    """Whether the office at ``office`` opens whom a meeting with someone was with ("tại cuộc gặp Thủ tướng
    Lào A, …"): right after the kind word, and its name runs to the clause's end, no verb of a next clause
    after it."""
    text = layout.text
    return fold_for_matching(kind.group()) in lexicon.met_kinds() and not text[kind.end():office].strip() \
        and _PHRASE_END.match(text, end) is not None


_WITHIN = re.compile(r"[ ]+(?:tại|trong)[ ]+")  # a sitting "tại" / "trong" the larger meeting it is one of


def noun_mentions(layout: Layout, day_clauses, day_near) -> list[Mention]:
    """Mentions by a kind word. ``day_clauses(position)`` says whether the clause there gives a day, ``day_near``
    whether its sentence does."""
    text = layout.text
    pattern, info = lexicon.kinds()
    verb_words = lexicon.verbs()[1]  # keyed by the folded verb: built once per process, not per article
    found: list[Mention] = []
    covered = -1
    for match in pattern.finditer(text):
        start, after = match.span()
        if start < covered or layout.in_brackets(start) or layout.in_caption(start) or not layout.is_word(start, after):
            continue  # a kind word inside a meeting's name ("Hội nghị tổng kết …") or across words
        row = info.get(fold_for_matching(match.group()))
        if row is None or lexicon.not_meetings().match(text, start):
            continue
        if any(m.end() == start - 1 and text[m.end()] == " " for m in pattern.finditer(text, max(0, start - 30), start)):
            continue  # a word of the name of the meeting named right before ("Hội nghị Thượng đỉnh APEC"), even when
            # that one is no report ("việc tổ chức Hội nghị Thượng đỉnh APEC")
        phrase_low, _ = layout.phrase_span(start)
        if match.group()[0].islower() and fold_for_matching(match.group()) in verb_words \
                and not any(_ends_with(words, text, phrase_low, start, 25)
                            for words in ("at_words", "after_words", "held_before")) \
                and not _organized(text, phrase_low, start) \
                and has_subject(layout, start):
            continue  # "Thủ tướng đã hội đàm với …", "…; hội kiến Chủ tịch …": a verb, read by verb_mentions; not
            # "CĐCS đã tổ chức tổng kết …", the noun an organizing verb takes
        organized = _organized(text, phrase_low, start)
        ceremony = lexicon.ceremony_after().match(text, after) if row.needs == "complement" else None
        if row.needs == "complement" and ceremony is None:
            continue
        if row.needs == "organized" and not organized and not (
                _ends_with("at_words", text, phrase_low, start, 25) and lexicon.dated_next().match(text, after)):
            continue  # held at on a day of its own ("Tại đối thoại sáng 21/7, …") is one held too
        # a kind that needs a name may instead be reported held right after its lower-case words ("Liên hoan
        # văn nghệ công nhân … đã bế mạc"), checked once its name's end is known
        unnamed = row.needs == "named" and not (organized or _NAMED_NEXT.match(text, after)
                                                 or text[start - 1:start] in ("“", '"'))  # "tại “Diễn đàn …”"
        # bare, a titled kind only points back from a chair cue to one of its family reported held ("… tổ chức
        # chương trình “X”. Đồng chủ trì chương trình có …"); not "Cũng trong chương trình, MC A nói …" of a show
        titled_back = row.needs == "titled" and not _NAMED_NEXT.match(text, after)
        if titled_back and not (any(m.family == row.family and m.status == "held" for m in found)
                                and lexicon.cues()["chair"].search(text, max(phrase_low, start - 25), start)):
            continue
        if row.needs in ("quoted", "titled") and layout.orgs.ending_at(start - 1) and text[start - 1] == " ":
            continue  # "Hội đồng bình chọn cấp Trung ương Chương trình “…”": the programme a body is of
        # the name runs on past its ceremony word, whatever that holds ("lễ trao bằng …": "bằng" ends no name there)
        end = _name_end(layout, ceremony.end() if ceremony else after, row.needs == "quoted")
        if end is not None:
            end = _before_second_name(text, pattern, after, end)
        if end is not None and fold_for_matching(row.kind) in lexicon.part_kinds() \
                and (within := _WITHIN.match(text, end)) is not None \
                and (larger := pattern.match(text, within.end())) is not None \
                and (larger_end := _name_end(layout, larger.end(), False)) is not None:
            end = larger_end  # "phiên thảo luận tại kỳ họp thứ 7 …": one event, the sitting, named over the larger one
        if end is None or _excluded_before(layout, start, partial(_dated_in_lead, layout, start, day_near)) \
                or _recalled(layout, start, after, end):
            continue
        office = next((r for r in layout.roles.within(after, end) if r.start > after), None)
        if office is not None and row.needs not in ("quoted", "titled") \
                and not _met_named(layout, match, office.start, end) \
                and not _OF_BEFORE.search(text, max(after, office.start - 8), office.start) \
                and not lexicon.office_body_before().search(text, max(after, office.start - 12), office.start):
            end = len(text[:office.start].rstrip())  # "… khai mạc phiên họp Thủ tướng Nguyễn Xuân Phúc đề nghị …"
        covered = end
        rest = fold_for_matching(text[after:end])
        if lexicon.passive_before().search(text, max(phrase_low, start - 12), start) \
                and not _ORDINAL.search(text, after, end) and not any(w[:1].isupper() for w in text[after:end].split()):
            continue  # "chỉ tiêu được ĐHĐCĐ giao": the body that set it, named by its meeting; none held here
        if _MANY.search(rest) or _ANY.search(rest) or _MANY_AFTER.match(text, end) or lexicon.private_next().match(rest):
            continue  # "Đại hội Công đoàn các cấp": meetings at every level, none reported
        # A word that names a meeting only after an organizing verb never points back ("tổ chức tập huấn cho
        # …"); alone before a comma it is the activity in general ("tổ chức sơ kết, tổng kết để …").
        if row.needs == "organized" and not rest and _PUNCTUATION_NEXT.match(text, end, end + 2):
            continue
        # "tại một cuộc họp báo trong tuần này": a meeting the sentence puts itself at with an indefinite article is
        # one introduced there, never one pointed back to; not one that is needed or planned ("cần có một hội thảo",
        # "định tổ chức một cuộc họp"), nor a trip someone was on ("trong một chuyến công tác, chị …")
        indefinite = lexicon.words_before("articles").search(text, max(phrase_low, start - 8), start)
        if indefinite is not None and (row.family == "Chuyến thăm" or not any(
                _ends_with(words, text, phrase_low, indefinite.start(), 25) for words in ("at_words", "after_words"))):
            indefinite = None
        anchor = indefinite.start() if indefinite is not None else start
        back = row.needs != "organized" and indefinite is None \
            and (not rest or rest in lexicon.back_references() or _POINTS_BACK.match(text, end) is not None)
        if titled_back and not back:
            continue
        if unnamed and not (back and any(m.family == row.family for m in found)) \
                and not (_INTRODUCED_AFTER.match(text, end) and not text[phrase_low:start].strip()):
            continue  # a bare "liên hoan" points back only to a Liên hoan reported before
        headline = layout.is_headline(start)
        at = _ends_with("at_words", text, phrase_low, anchor, 25)
        after = _ends_with("after_words", text, phrase_low, anchor, 25)
        day = day_clauses(start)
        if not day and lexicon.cue_before()["since"].search(text, max(phrase_low, start - 20), start):
            continue  # "ngay sau khi Hội nghị Trung ương 5 đã thông qua …": only the time of something else
        if _planned(layout, start, end, after=not back) or _next_of_kind(text, match.end(), end):
            status = "planned"
        elif titled_back:
            status = "back"
        elif row.needs in ("quoted", "titled"):  # a programme held as an occasion, not carried out as a campaign
            if lexicon.cues()["ongoing"].search(text, phrase_low, start) or _broadcast(layout, start):
                continue
            # held when the organizing verb takes it as object or its clause dates it, not for a "tổ chức"
            # elsewhere in the clause ("công tác tổ chức bồi dưỡng …, chương trình ETEP vẫn hoàn thành …").
            # A name without quotes is as often a plan, a curriculum or a show ("trong chương trình Chuyển đổi
            # số quốc gia", "theo chương trình EPS ngày 16/5"): held only when organized, held at ("tại"), or ended
            # ("trong chương trình Phiên họp … ngày 3/6": the agenda of a meeting it names is that meeting).
            named = _QUOTED_NAME.match(text, match.end()) is not None or pattern.match(text, match.end() + 1) is not None
            # "người chủ trì Chương trình “Mái ấm Công đoàn” nhiều năm qua": who leads a programme, no occasion
            # held, unless its clause gives the day
            led = organized and lexicon.cues()["chair"].search(text, max(phrase_low, start - 25), start) is not None \
                and not day
            # a headline reports one it names in quotes or organizes, not "dạy chương trình GDTX" (a curriculum)
            status = "held" if after or headline and (named or organized) or organized and not led \
                or _INTRODUCED_AFTER.match(text, end) \
                or (at or day) and (named or _ends_with("place_words", text, phrase_low, start, 25)) \
                or at and day and _EDITION_END.search(text, after, end) is not None else None
            # an edition (its year or number closing its name) on the clause's day is an occasion held: "Sáng 12-1,
            # Công đoàn X trao quà … trong chương trình Cây mùa xuân 2019"; not "trong chương trình Chuyển đổi số
            # quốc gia", a national programme
        elif back and plans_after(text, end):
            status = "planned"  # "Đại hội sẽ bầu …": what the meeting will do, no report that it was held
        elif back and not _PAST_OWN_DAY.match(text, end):
            status = "back"  # not "tại cuộc họp hôm 25/5": a sitting on a day gone by, reported there
        elif not (day or organized or at or after or headline) and lexicon.source_after().match(text, end):
            continue  # "Kỳ họp thứ 5 đã thông qua Nghị quyết …": only the source of what it passed
        elif headline or organized or _held(layout, anchor, end, day):  # "đã triệu tập một Hội nghị …"
            status = "held"
        else:
            status = None
        if status is None:
            continue
        relative = status == "planned" and (back and plans_after(text, end)
                                            or _toward(layout, phrase_low, start))
        introduced = day or organized or _INTRODUCED_AFTER.match(text, end) is not None or \
            lexicon.cues()["chair"].search(text, max(phrase_low, start - 25), start) is not None or \
            _HELD_LATER_IN_PHRASE.search(text, end, layout.phrase_span(end)[1]) is not None
        name = text[start:end]
        if text[start - 1:start] in ("“", '"'):
            name = _CLOSING_QUOTE.sub("", name, count=1)  # "“Diễn đàn X” số thứ 3": the quotes open before its word
        if _ACRONYM.fullmatch(match.group()):
            name = row.kind + text[match.end():end]  # "ĐHĐCĐ thường niên 2021": Đại hội đồng cổ đông thường niên …
        elif row.kind == "Lễ" and not fold_for_matching(match.group()).startswith("lễ") \
                and lexicon.ceremony_after().match(text, match.end()):
            name = "Lễ" + text[match.end():end]  # "buổi lễ trao quyết định …" is the Lễ trao quyết định
        elif fold_for_matching(row.kind) in lexicon.bare_kinds() \
                and match.group().split()[0].lower() in lexicon.classifier_words():
            name = row.kind + text[match.end():end]  # "buổi tọa đàm về X" is the Tọa đàm về X
        backdrop = lexicon.cue_before()["backdrop"].search(text, max(phrase_low, start - 40), start) is not None
        previous = found[-1] if found else None
        if previous is not None and not previous.key and not previous.after \
                and previous.sentence == layout.sentence_of(start) \
                and _COORDINATED.fullmatch(text, previous.end, start) and match.group()[0].islower() \
                and match.group().split()[0].lower() not in lexicon.classifier_words():
            # "tổ chức buổi gặp mặt, tọa đàm kỷ niệm …": one occasion named by two kinds, whose name the second gives;
            # not "Ngay sau buổi gặp, lễ trao giải … đã diễn ra": the comma closes the time of the next one
            if not rest and not day and pattern.fullmatch(text, previous.start, previous.end) \
                    and _PUNCTUATION_NEXT.match(text, end, end + 2):
                found.pop()  # "tổ chức hội thảo, hội nghị; đồng thời …": kinds of activity listed, no name, no day
                continue
            found[-1] = replace(previous, end=end, name=_display(text[previous.start:end]), key=_key(rest),
                                introduced=previous.introduced or introduced)
            continue
        found.append(Mention(start, end, row.kind, row.family, _display(name), layout.sentence_of(start), status,
                             _key(rest), _ordinal(name), long=row.long, headline=headline, at=at or after,
                             after=after, introduced=introduced,
                             frame=_ends_with("frame_words", text, phrase_low, start, 25) or backdrop,
                             backdrop=backdrop, relative=relative, captioned=layout.in_title_line(start),
                             timed=status == "back" and not rest and _timed_next(text, match.end()),
                             aside=_aside(text, end), organized=organized))
    return found


def _meets_someone(layout: Layout, after: int) -> bool:
    """Whether a person, an office, a body or a delegation comes right after a verb ending at ``after``."""
    text = layout.text
    start = after + len(text[after:after + 4]) - len(text[after:after + 4].lstrip(" "))
    if layout.persons.within(start, start + 1) or layout.orgs.within(start, start + 1):
        return True
    return lexicon.titles().match(text, start) is not None or lexicon.met_heads().match(text, start) is not None \
        or _counterpart_at(text, start) or _addressed_person(layout, start)


def _addressed_person(layout: Layout, position: int) -> bool:
    """Whether a form of address and a person's name open the text at ``position`` (after spaces): "tiếp [ông
    Nguyễn Văn A], Đại sứ …", "hội kiến [Ngài B]"."""
    text = layout.text
    start = position + len(text[position:position + 4]) - len(text[position:position + 4].lstrip(" "))
    address = lexicon.address_words().match(text, start)
    return address is not None and bool(layout.persons.within(address.end(), address.end() + 1))


def _counterpart_at(text: str, position: int) -> bool:
    """Whether a lower-case word naming a leader or a counterpart opens the text at ``position`` (after spaces):
    "tiếp nhà lãnh đạo Triều Tiên …", "gặp người đồng cấp Nga …"."""
    start = position + len(text[position:position + 4]) - len(text[position:position + 4].lstrip(" "))
    return lexicon.words_anywhere("counterpart_words").match(text, start) is not None


def subject_end(text: str, start: int, low: int) -> int:
    """Where the subject of a verb at ``start`` ends: back over "đã", "cũng", commas, an ellipsis, the dash closing an
    apposition ("ông A - Chủ tịch UBND tỉnh X - đã họp với …"), a short name or term after the body's name
    ("(SCB) nhiệm kỳ 2021-2025 đã họp") …"""
    adverbs = lexicon.words_before("adverbs")
    position = start
    while position > low:
        # an ellipsis closing the list of who does it ("… cùng lãnh đạo Sở Y tế… đã đi kiểm tra")
        stripped = low + len(text[low:position].rstrip(" ,;-–—…"))
        if stripped == position and text.endswith("...", low, position):
            stripped = position - 3
        if stripped < position:
            position = stripped
            continue
        qualifier = lexicon.subject_qualifier().search(text, max(low, position - 50), position)
        if qualifier is not None and qualifier.start() > low:
            position = qualifier.start()  # "HĐQT Ngân hàng X (ACR) nhiệm kỳ 2021-2025 đã họp": the body's name
            continue
        match = adverbs.search(text, max(low, position - 20), position)
        if match is None or match.start() >= position:
            break
        position = match.start()
    return position


def headed_subject(layout: Layout, start: int) -> int | None:
    """Where the subject of the verb at ``start`` opens, when it is a body's name the organizations component
    may not know: its phrase is only that name, opening with an organization's head ("Ủy ban liên Chính phủ
    Việt Nam - Lào đã nhóm họp")."""
    text = layout.text
    phrase_low, _ = layout.phrase_span(start)
    low = max(phrase_low, start - _BODY_NAME_CHARS)
    position = subject_end(text, start, low)
    low += len(text[low:position]) - len(text[low:position].lstrip(" "))
    return low if low == max(phrase_low, low) and lexicon.headed_body().match(text, low, position) else None


def has_subject(layout: Layout, start: int, opening: bool = True) -> bool:
    """A person, a body, an office or a delegation does the verb at ``start``, or (``opening``) it opens
    its phrase."""
    text = layout.text
    phrase_low, _ = layout.phrase_span(start)
    low = max(0, start - 160)
    position = subject_end(text, start, low)
    if position <= max(phrase_low, low) or not text[max(phrase_low, low):position].strip():
        return opening  # "Làm việc với … chiều 10/2, ông …"; "Ngày 6/2, đến thăm Công ty …"
    if _subject_ends_at(layout, position, low) or headed_subject(layout, start) is not None:
        return True  # headed: "Ủy ban liên Chính phủ Việt Nam - Lào đã nhóm họp", a body the lexicon does not know
    # "đoàn công tác … do Phó Chủ tịch A dẫn đầu đã đến thăm": the delegation before who leads it
    led_by = lexicon.led_by_clause().search(text, max(phrase_low, low), position)
    return led_by is not None and _subject_ends_at(layout, led_by.start(), low)


def _subject_ends_at(layout: Layout, position: int, low: int) -> bool:
    """A person, a body (or one of the article's place: "Công đoàn ngành X tỉnh"), an office or a delegation
    ends at ``position``."""
    text = layout.text
    if layout.persons.ending_at(position) or layout.orgs.ending_at(position):
        return True
    if layout.roles.ending_at(position):
        return True  # a person and the office after the name ("ông A, Chủ tịch tỉnh X đã họp với …")
    place = place_name_before().search(text, max(low, position - 50), position)
    if place is not None:
        before = len(text[:place.start()].rstrip(" "))
        if layout.orgs.ending_at(before):
            return True  # a body and where it is; a kind alone is the article's place ("Công đoàn ngành X tỉnh họp …")
        if place.group("names") and layout.roles.ending_at(before):
            return True  # "ông A, Đại biểu Quốc hội tỉnh Nghệ An đã …": the office and where it is
        if _opens_saying(layout, place.start()):
            return True  # its government: "Phường An Lạc đã tổ chức họp …", "ông A cho biết xã đã họp kiểm điểm …"
    window = max(low, position - 40)
    bare = lexicon.bare_heads_before().search(text, window, position)
    if bare is not None and _opens_saying(layout, bare.start()):
        return True  # the body the passage is about: "Ngày 28/11, Chi bộ nhà trường đã tiến hành họp kiểm điểm …"
    # an office alone, or with the country or body it is of ("Ngoại trưởng Mỹ gặp …", "Thủ tướng Nhật Bản hội đàm
    # …"): world news names the office-holder by the office
    if any(m.end() == position or _COUNTRY_AFTER.fullmatch(text, m.end(), position)
           for m in lexicon.titles().finditer(text, window, position)):
        return True
    return lexicon.words_before("subject_words").search(text, window, position) is not None


def _opens_saying(layout: Layout, position: int) -> bool:
    """Whether ``position`` opens its phrase or what someone says ("ông A cho biết [xã] đã …"): a subject there."""
    text = layout.text
    phrase_low, _ = layout.phrase_span(position)
    return not text[phrase_low:position].strip() \
        or lexicon.words_before("report_verbs").search(text, max(phrase_low, position - 20), position) is not None


def _chaired_verb(text: str, start: int) -> bool:
    """Whether a chair cue stands right before a meeting verb at ``start`` ("Chủ tịch tỉnh đã chủ trì làm việc với các
    sở"): someone chaired it, a meeting held whatever day the sentence gives."""
    cue = lexicon.cues()["chair"].search(text, max(0, start - _CHAIR_CUE_CHARS), start)
    return cue is not None and not text[cue.end():start].strip()


def verb_mentions(layout: Layout, nouns: list[Mention], day_near) -> list[Mention]:
    """Meetings reported by a verb. ``day_near(position)`` says whether the sentence gives a day."""
    text = layout.text
    pattern, info = lexicon.verbs()
    noun_starts = [m.start for m in nouns]
    found: list[Mention] = []
    for match in pattern.finditer(text):
        start, after = match.span()
        index = bisect.bisect_right(noun_starts, start) - 1
        if index >= 0 and nouns[index].start <= start < nouns[index].end:
            continue  # inside a named meeting ("cuộc hội đàm", "buổi làm việc với")
        if layout.in_brackets(start) or layout.in_caption(start) or not layout.is_word(start, after):
            continue
        row = info.get(fold_for_matching(match.group()))
        if row is None:
            continue
        if row.verb in _NAMED_OBJECT and not _CAPITALIZED_NEXT.match(text, after) \
                and not (row.verb in _PERSON_OBJECT and _counterpart_at(text, after)) \
                and not (row.verb in _RECEPTION and _addressed_person(layout, after)):
            continue  # "tiếp Đoàn …", "tiếp đoàn công tác …", "tiếp nhà lãnh đạo …", not "gặp khó khăn"
        if row.verb in _PERSON_OBJECT and not _meets_someone(layout, after):
            continue  # "gặp Indonesia" (a match), not "gặp Thị trưởng …"
        if row.verb.startswith("làm việc") and _ends_with("employment_words", text, 0, start, 30):
            continue  # "công nhân làm việc tại nhà máy", "sinh sống và làm việc tại": a job, no meeting
        if row.verb == "họp" and _MEETING_ONLY.match(text, after):
            continue  # "họp báo", "họp mặt" are kinds; "họp bàn", "họp với" are verbs of their own
        following = index + 1 < len(nouns) and nouns[index + 1].start - after <= 1
        if row.family == "Cuộc họp" and following:
            continue  # "tổ chức họp đại hội đồng cổ đông …": the meeting named right after, not one of its own
        if index >= 0 and _COORDINATED.fullmatch(text, nouns[index].end, start):
            continue  # "chuyến thăm chính thức, làm việc tại Hà Lan": one more word of the meeting named
        if not (has_subject(layout, start) or row.delegation and _done_by_delegation(layout, start)):
            continue  # the delegation named at the head of a long subject ("Đoàn kiểm tra … của thành phố X đã …")
        if row.official and not _done_by_official(layout, start):
            continue  # "anh A đi kiểm tra ruộng lúa", "bác sĩ đến kiểm tra sức khỏe": no visit of an office
        if row.delegation and not _done_by_delegation(layout, start):
            continue  # "Chủ tịch tỉnh yêu cầu kiểm tra …", "Đoàn kiểm tra" (the delegation's own name)
        end = _over_offices(layout, after, _name_end(layout, after, False, of_object=True) or after)
        headline = layout.is_headline(start)
        if _planned(layout, start, end):
            continue
        if not row.strong and not headline and not day_near(start) and not _met_in_past(text, row, start, after) \
                and not (_visited_in_past(layout, row, start, after) and not any(
                    m.family == row.family and m.start < start for m in (*nouns[:index + 1], *found))) \
                and not _chaired_verb(text, start) and not any(
                m.family == row.family and m.status == "held" and m.sentence == layout.sentence_of(start)
                for m in nouns[max(0, index - 3):index + 1]):
            continue  # a weak verb needs a day, or a meeting of its kind reported in the sentence ("có cuộc gặp X; gặp Y")
        joiner = row.verb.split()[-1] if row.verb.split()[-1] in _JOINERS else ""
        # "hội kiến Chủ tịch Thượng viện và Chủ tịch Hạ viện": the host meets each counterpart apart (NOTES.md
        # item 31; meetings-dev annotates one meeting per counterpart)
        objects = _counterparts(layout, after, end) if row.verb in _PERSON_OBJECT else [(after, end)]
        for low, high in objects:
            rest = fold_for_matching(text[low:high])
            if lexicon.private_next().match(rest) or _INITIALS_ONLY.match(text, low):
                continue  # "gặp gỡ bạn bè, người quen": a private encounter; "làm việc với bà P.T.H.": a questioning
            name = " ".join(part for part in (row.kind, joiner, text[low:high]) if part).replace(" ,", ",")
            # the kind's words after its family's are the first of its name ("ký kết" of "Lễ ký kết"): a later "lễ ký
            # kết" names the ceremony the verb reported
            kind, family = fold_for_matching(row.kind), fold_for_matching(row.family)
            own = kind[len(family):] if kind.startswith(family + " ") else ""
            found.append(Mention(start, high, row.kind, row.family, _display(name),
                                 layout.sentence_of(start), "held", _key(own + " " + rest), _ordinal(name), long=row.long,
                                 by_verb=True,
                                 headline=headline, strong=row.strong, introduced=True, apart=len(objects) > 1,
                                 captioned=layout.in_title_line(start)))
    return found


def _over_offices(layout: Layout, low: int, end: int) -> int:
    """Where the name of whom a verb met ends when a comma cut it inside a run of offices the person's name closes
    ("hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình"): at the person's name, so the talks name the
    person whatever office the article gives them later."""
    text = layout.text
    start = low + len(text[low:end]) - len(text[low:end].lstrip(" "))
    if not text.startswith(",", end):
        return end
    role = next((r for r in layout.roles.within(start, start + 1) if r.end > end), None)
    return role.end if role is not None and role.end - end <= _OFFICE_RUN_CHARS else end


def _done_by_official(layout: Layout, start: int) -> bool:
    """Whether the clause before the verb at ``start`` names an office-holder or a delegation as its doer ("Chủ
    tịch UBND tỉnh Nguyễn Văn A đến kiểm tra …", "Đoàn kiểm tra của Bộ đi kiểm tra …")."""
    low, _ = layout.clause_span(start)
    return bool(layout.roles.within(low, start)) \
        or lexicon.words_anywhere("subject_words").search(layout.text, low, start) is not None


def _done_by_delegation(layout: Layout, start: int) -> bool:
    """Whether a delegation named before the verb at ``start`` in its clause does it, in the past tense or as the
    purpose of going there ("Đoàn kiểm tra liên ngành … đã kiểm tra nhà hàng X", "Đoàn công tác … đã về tỉnh Y để
    kiểm tra …")."""
    low, _ = layout.clause_span(start)
    text = layout.text
    if lexicon.past_before().search(text, max(low, start - 16), start) is None \
            and lexicon.words_before("purpose_words").search(text, max(low, start - 16), start) is None:
        return False  # not "Đoàn kiểm tra" (its own name) nor "chương trình giám sát" (a noun)
    # a delegation word inside a body's name is none ("Tập đoàn X", "Liên đoàn Y")
    return any(layout.orgs.covering(match.start()) is None
               for match in lexicon.words_anywhere("subject_words").finditer(text, low, start))


def _visited_in_past(layout: Layout, row, start: int, after: int) -> bool:
    """A visit an office-holder or a delegation made, reported in the past tense without a day ("Bí thư Tỉnh ủy và
    đoàn công tác đã đến thăm, kiểm tra, động viên cán bộ …", "Đoàn công tác đã đi thăm và khảo sát Bệnh viện X"):
    held, unless made many times ("đã nhiều lần đến thăm" is no one visit). The caller takes it only when no visit
    was reported before it: after one, it is what the visitors did there ("… đã đến thăm bữa ăn trưa của công nhân")."""
    text = layout.text
    return row.family == "Chuyến thăm" and lexicon.past_before().search(text, max(0, start - 16), start) is not None \
        and _done_by_official(layout, start) and not lexicon.many_times().match(text, after)


def _met_in_past(text: str, row, start: int, after: int) -> bool:
    """A body's meeting or session reported in the past tense without a day ("Hội đồng trường đã họp, bầu …", "Ban
    tổ chức đã họp khẩn", "Ban Chấp hành đã họp phiên thứ nhất"): held (NOTES.md item 30, "có họp bàn"), unless many
    times ("đã họp bàn nhiều lần"); so is a reception ("Trước đó, Chủ tịch nước đã tiếp Phó Chủ tịch …": whom it
    received is named, see _NAMED_OBJECT), a dialogue ("đã đối thoại với công nhân") and a working session with a
    named body or person ("Tổng Liên đoàn đã trực tiếp làm việc với Ban Chấp hành …"; not "đã làm việc tại", a job,
    nor "đã làm việc với các chuyên gia", work in general)."""
    if row.family == "Buổi làm việc" and not (row.verb.endswith(" với") and _CAPITALIZED_NEXT.match(text, after)):
        return False
    return row.family in ("Cuộc họp", "Buổi tiếp", "Phiên họp", "Buổi làm việc", "Đối thoại") \
        and lexicon.past_before().search(text, max(0, start - 16), start) is not None \
        and not lexicon.many_times().match(text, after)


def _counterparts(layout: Layout, after: int, end: int) -> list[tuple[int, int]]:
    """Whom a verb names meeting, one span each: split at "và" followed by an office or a person ("Chủ tịch
    Thượng viện và Chủ tịch Hạ viện Hà Lan", "Đại sứ Nhật Bản và Đại sứ Hàn Quốc"); not "Bộ trưởng X và Phu
    nhân" (who comes with the one met)."""
    text = layout.text
    for joint in _AND_NEXT.finditer(text, after, end):
        second = joint.end()
        if lexicon.titles().match(text, second) or layout.persons.within(second, second + 1):
            return [(after, joint.start()), (second, end)]
    return [(after, end)]


def ceremony_mentions(layout: Layout, taken: list[Mention]) -> list[Mention]:
    """Ceremonies reported by an organizing verb and what they do ("LĐLĐ tỉnh tổ chức trao Giải thưởng …"):
    a Lễ, named by what it does ("Lễ trao Giải thưởng …")."""
    text = layout.text
    starts = [m.start for m in taken]
    found: list[Mention] = []
    for match in lexicon.organized_ceremony().finditer(text):
        start = match.start("what")
        if not _free(layout, taken, starts, start):
            continue
        if _planned(layout, match.start(), match.end()) or _excluded_before(layout, match.start()):
            continue
        end = _name_end(layout, match.end(), False) or match.end()
        found.append(_organized_mention(layout, start, end, "Lễ", f"Lễ {text[start:end]}", text[start:end]))
    return found


def ceremony_named_before(layout: Layout, mention: Mention) -> str | None:
    """The name a bare ceremony ("Phát biểu tại buổi lễ, …") takes from the ceremony word done in the sentence before
    it ("… phối hợp phát động cuộc thi viết …", an intertitle "Ra mắt Hội đồng trường X"), else in the lead, the
    occasion the article reports: "Lễ phát động cuộc thi viết …", if one is done there. Not from what its own
    sentence says is done at it ("Cũng trong buổi lễ, bệnh viện khai trương hệ thống …": one more thing done there)."""
    text = layout.text
    spans = [layout.sentence_span(mention.sentence - 1)] if mention.sentence > 0 else []
    lead = layout.lead_sentence()
    if lead is not None and lead < mention.sentence - 1:
        spans.append(layout.sentence_span(lead))
    for low, high in spans:
        match = lexicon.ceremony_done().search(text, low, high)
        if match is not None:
            start, word_end = match.start("what"), match.end("what")
            end = min(_name_end(layout, word_end, False) or word_end, high)
            return f"Lễ {text[start:word_end].lower()}{text[word_end:end]}".rstrip()
    return None


def destination_mentions(layout: Layout, taken: list[Mention], day_near) -> list[Mention]:
    """Meetings reported by where someone went and a verb alone ("Chiều 9/5, đoàn công tác đến Công ty X đối thoại",
    "đã về huyện Y làm việc"): held there when the sentence gives the day or the past tense, done by a body, a
    person or (``doer`` official) an office-holder or a delegation."""
    text = layout.text
    pattern, rows = lexicon.destination_verbs()
    starts = [m.start for m in taken]
    found: list[Mention] = []
    for match in pattern.finditer(text):
        start, (low, high) = match.start(), match.span("where")
        if not _free(layout, taken, starts, start) or not _free(layout, taken, starts, match.start("verb")):
            continue
        row = rows[fold_for_matching(match.group("verb"))]
        clause_low, _ = layout.clause_span(start)
        official = _done_by_official(layout, start) or lexicon.titles().search(text, clause_low, start) is not None
        if row["doer"] == "official" and (not official or any(
                not any(org.end > m.start() for org in layout.orgs.within(max(0, m.start() - 120), m.start() + 1))
                for m in lexicon.words_anywhere("employment_words").finditer(text, clause_low, start))):
            continue  # "nhiều kỹ sư về Bắc Ninh làm việc", "tiếp nhận đoàn chuyên gia … về X làm việc": a job
        if not (official or layout.orgs.within(clause_low, start) or layout.persons.within(clause_low, start)):
            continue
        if not (day_near(start) or layout.is_headline(start)
                or lexicon.past_before().search(text, max(0, start - 16), start)):
            continue
        if _planned(layout, start, match.end()) or _excluded_before(layout, start):
            continue
        if _ends_with("about_before", text, clause_low, start, 20):
            continue  # "nhận xét về Công ty X làm việc nghiêm túc": a topic, no place gone to
        name = f"{row['name']} tại {text[low:high]}"
        found.append(Mention(start, match.end(), row["kind"], row["family"], _display(name), layout.sentence_of(start),
                             "held", _key(fold_for_matching(text[low:high])), None, by_verb=True,
                             headline=layout.is_headline(start), introduced=True,
                             captioned=layout.in_title_line(start)))
    return found


def passive_ceremony_mentions(layout: Layout, taken: list[Mention], day_near) -> list[Mention]:
    """Ceremonies reported by a passive ceremony verb on a day ("Sáng 12/4, công trình X được khánh thành"): the Lễ
    of what the clause before the verb names (its subject), or of what the verb awards ("… được trao giải thưởng Y":
    passive_ceremonies.tsv `names`), held when the sentence gives the day."""
    text = layout.text
    found: list[Mention] = []
    for match in _dated_matches(layout, taken, lexicon.passive_ceremony(), day_near):
        start, end = match.span("what")
        # its subject opens its phrase, after a time phrase before it ("Sáng 12/4, cầu X được khánh thành")
        clause_low, phrase_high = layout.phrase_span(match.start())
        if fold_for_matching(match.group("what")) in lexicon.passive_ceremony_objects():
            # "Ngày 29/11, công ty X vinh dự được trao giải thưởng Y năm 2017": named after what is awarded, to the
            # phrase's end (its year is the award's edition)
            award = text[end:phrase_high].rstrip(" \n.;:!?")
            found.append(_organized_mention(layout, start, end, "Lễ", f"Lễ {match.group('what')}{award}",
                                            f"{match.group('what')}{award}"))
            continue
        later = layout.dates.within(end, phrase_high)
        if later and not any(is_day(d.value) for d in later):
            continue  # "được khởi công năm 2019": a year dates the project, not a ceremony on the sentence's day
        subject_high = subject_end(text, match.start(), clause_low)
        subject_low = clause_low + len(text[clause_low:subject_high]) - len(text[clause_low:subject_high].lstrip(" ,"))
        subject = text[subject_low:subject_high]
        if not subject or not subject[0].isalpha():
            continue  # "…, được khởi công": no subject in its clause
        found.append(_organized_mention(layout, start, end, "Lễ", f"Lễ {match.group('what')} {subject}",
                                        f"{match.group('what')} {subject}"))
    return found


def _dated_matches(layout: Layout, taken: list[Mention], pattern: re.Pattern[str], dated) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` whose group ``what`` lies in no mention taken, ``dated(start)`` gives a day, and that
    are neither planned nor excluded by what comes before."""
    starts = [m.start for m in taken]
    for match in pattern.finditer(layout.text):
        start, end = match.span("what")
        if _free(layout, taken, starts, start) and dated(start) and not _planned(layout, match.start(), end) \
                and not _excluded_before(layout, match.start()):
            yield match


def _free(layout: Layout, taken: list[Mention], starts: list[int], start: int) -> bool:
    """Whether ``start`` lies in no mention already taken (``starts``: theirs, in order), in no brackets and in no
    fused caption."""
    index = bisect.bisect_right(starts, start) - 1
    return not (index >= 0 and taken[index].start <= start < taken[index].end) \
        and not layout.in_brackets(start) and not layout.in_caption(start)


def _organized_mention(layout: Layout, start: int, end: int, kind: str, name: str, key_text: str) -> Mention:
    """A meeting an organizing verb reports held, of a kind that is also its family, told apart by ``key_text``."""
    return Mention(start, end, kind, kind, name, layout.sentence_of(start), "held", _key(fold_for_matching(key_text)),
                   None, headline=layout.is_headline(start), introduced=True, captioned=layout.in_title_line(start))


def programme_mentions(layout: Layout, taken: list[Mention], day_clauses) -> list[Mention]:
    """Programmes reported by an organizing verb and their quoted name alone ("Sáng 11/2, LĐLĐ tỉnh đã tổ chức
    “Chuyến xe mùa xuân” đưa công nhân về quê"): a Chương trình held as an occasion (NOTES.md item 30) when its
    clause gives the day, not a campaign carried on ("tổ chức “Tháng Công nhân” với nhiều hoạt động")."""
    text = layout.text
    found: list[Mention] = []
    for match in _dated_matches(layout, taken, lexicon.organized_programme(), day_clauses):
        start, end = match.span("what")
        if lexicon.cues()["ongoing"].search(text, layout.phrase_span(start)[0], start):
            continue
        found.append(_organized_mention(layout, start, end, "Chương trình", f"Chương trình {text[start:end]}",
                                        text[start + 1:end - 1]))
    return found


def find_mentions(layout: Layout, day_clauses, day_near) -> list[Mention]:
    """Every meeting mention of the article, in text order."""
    nouns = noun_mentions(layout, day_clauses, day_near)
    mentions = sorted(nouns + verb_mentions(layout, nouns, day_near), key=lambda m: m.start)
    mentions = sorted(mentions + ceremony_mentions(layout, mentions), key=lambda m: m.start)
    mentions = sorted(mentions + destination_mentions(layout, mentions, day_near), key=lambda m: m.start)
    mentions = sorted(mentions + passive_ceremony_mentions(layout, mentions, day_near), key=lambda m: m.start)
    return sorted(mentions + programme_mentions(layout, mentions, day_clauses), key=lambda m: m.start)


__all__ = ["Mention", "ceremony_mentions", "ceremony_named_before", "destination_mentions", "passive_ceremony_mentions", "find_mentions", "programme_mentions", "has_subject", "headed_subject", "opens_predicate", "plans_after", "subject_end", "noun_mentions", "verb_mentions"]
