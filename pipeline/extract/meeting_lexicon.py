"""The meeting words of models/meetings/ as compiled patterns, each built once per process.

Kinds of meetings ("Hội nghị", "lễ trao giải", "kỳ họp"), verbs that report one ("hội đàm
với", "làm việc với"), the cues around them (chair, attend, held, planned, cited …), the
words that end a meeting's name or point back to one, and relative days ("chiều qua").
Code elsewhere holds the mechanisms; adding a word is an edit of a TSV file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unionfacts.extract.patterns import UPPER, alternation, first_letters, trie_alternation
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import place_kind_alternation, place_kinds
from unionfacts.resources import read_table, read_words

# The verbs that hold a meeting (others in organize_words.tsv attend or open one).
_ORGANIZING = "tổ chức|đã tổ chức|vừa tổ chức|long trọng tổ chức|tiến hành|mở"
# "[^\W\d_]" is a letter; a word boundary that also holds between a letter and a digit.
WORD_END = r"(?![^\W_])"


@dataclass(frozen=True)
class KindWord:
    """A word that names a meeting, and what it needs around it to name one."""

    word: str
    kind: str
    family: str
    exact: bool
    needs: str  # "" | complement | organized | named | quoted | titled
    long: bool = True  # may last several days: a run of days can date it


@dataclass(frozen=True)
class MeetingVerb:
    """A verb that reports a meeting without naming it ("hội đàm với")."""

    verb: str
    kind: str
    family: str
    strong: bool
    long: bool = False
    official: bool = False  # reports a meeting only when an office-holder or a delegation does it
    delegation: bool = False  # only when a delegation does it ("Đoàn kiểm tra … đã kiểm tra nhà hàng X")


def _words_pattern(words, *, ignore_case: bool = True, at_end: bool = False, between=()) -> re.Pattern[str]:
    """Any of ``words`` as whole words (``at_end``: ending the searched text, after a word start, perhaps followed
    by one of ``between``)."""
    words = list(words)
    body = rf"(?<!\w)(?:{trie_alternation(words, ignore_case=ignore_case)}){WORD_END}"
    if at_end:
        if between:
            body += rf"(?:[ ]+(?:{alternation(between)}))?"
        body += r"[\s,]*$"
    else:
        body = first_letters(words) + body
    return re.compile(body, re.IGNORECASE if ignore_case else 0)


@lru_cache(maxsize=1)
def kinds() -> tuple[re.Pattern[str], dict[str, KindWord]]:
    """One pattern for every kind word, and each (folded) word's row."""
    rows = [KindWord(r["word"], r["kind"], r["family"], r["case"] == "exact", r["needs"], r["days"] == "many")
            for r in read_table("meetings/kinds.tsv")]
    exact = trie_alternation((row.word for row in rows if row.exact), ignore_case=False)
    loose = trie_alternation((row.word for row in rows if not row.exact), ignore_case=True)
    # exact-case words first: a longer one written in its case ("Đối thoại Chính sách") is not cut to a shorter
    # word of either case ("Đối thoại")
    parts = ([exact] if exact else []) + [f"(?i:{loose})"]
    pattern = re.compile(rf"{first_letters(r.word for r in rows)}(?<!\w)(?:{'|'.join(parts)}){WORD_END}")
    return pattern, {fold_for_matching(row.word): row for row in rows}


@lru_cache(maxsize=1)
def verbs() -> tuple[re.Pattern[str], dict[str, MeetingVerb]]:
    rows = [MeetingVerb(r["verb"], r["kind"], r["family"], r["strength"] == "strong", r["days"] == "many",
                        r["strength"] in ("official", "delegation"), r["strength"] == "delegation")
            for r in read_table("meetings/verbs.tsv")]
    pattern = _words_pattern(row.verb for row in rows)
    return pattern, {fold_for_matching(row.verb): row for row in rows}


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern[str]]:
    """One pattern per part (chair, chair_by, attendee, held, planned, …); cited and inside keep case."""
    rows = read_table("meetings/cues.tsv")
    parts = {row["part"] for row in rows}
    return {part: _words_pattern((r["cue"] for r in rows if r["part"] == part),
                                 ignore_case=part not in ("cited", "inside", "planned_clause"))
            for part in parts}


@lru_cache(maxsize=1)
def cue_before() -> dict[str, re.Pattern[str]]:
    """Cues that act only right before a meeting word (searched at the end of the text before it)."""
    rows = read_table("meetings/cues.tsv")
    found = {part: _words_pattern((r["cue"] for r in rows if r["part"] == part),
                                  ignore_case=part in ("toward", "backdrop", "partner", "since"), at_end=True)
             for part in ("cited", "inside", "toward", "deadline", "backdrop", "partner", "since")}
    # A heading runs straight into the meeting word ("Về nội dung Đại hội"); "Về thời gian, Đại hội diễn
    # ra …" reports the meeting.
    topics = trie_alternation((r["cue"] for r in rows if r["part"] == "topic"), ignore_case=True)
    found["topic"] = re.compile(rf"(?<!\w)(?:{topics})[ ]+$", re.IGNORECASE)
    return found


@lru_cache(maxsize=None)
def words_before(name: str) -> re.Pattern[str]:
    """Words of models/meetings/<name>.tsv ending the text searched ("… tổ chức " + meeting word)."""
    return _words_pattern(read_words(f"meetings/{name}.tsv"), at_end=True)


@lru_cache(maxsize=1)
def bare_heads_before() -> re.Pattern[str]:
    """Bare heads that point back to the body a passage is about (models/orgs/back_references.tsv), one or more in a
    row ("công ty", "Chi bộ nhà trường"), ending where searched: the body the article speaks of as a subject."""
    heads = trie_alternation((row["form"] for row in read_table("orgs/back_references.tsv")), ignore_case=True)
    return re.compile(rf"(?<!\w)(?:{heads})(?:[ ]+(?:{heads}))*[ ]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def organizing_before() -> re.Pattern[str]:
    """An organizing verb ending the text searched, perhaps with an article after it ("… triệu tập một " + meeting
    word; organize_words.tsv, articles.tsv)."""
    return _words_pattern(read_words("meetings/organize_words.tsv"), at_end=True,
                          between=read_words("meetings/articles.tsv"))


@lru_cache(maxsize=1)
def term() -> str:
    """A term as written after a body's or a meeting's name ("nhiệm kỳ 2021-2025", "khóa IV"; term_words.tsv)."""
    return rf"(?:{alternation(read_words('meetings/term_words.tsv'))})[ ]+(?:[IVXLC]+|\d+)(?:[ ]*[-–][ ]*\d{{2,4}})?"


@lru_cache(maxsize=1)
def term_after_comma() -> re.Pattern[str]:
    """A term set off by a comma after a meeting's name, up to the next word ("…, nhiệm kỳ 2018 - 2023 sẽ")."""
    return re.compile(rf",[ ]+{term()}(?=[ ]+\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def subject_qualifier() -> re.Pattern[str]:
    """What may close a body's name before its verb and is not the name: its short name or term in brackets
    ("(SCB)", "(khóa XX)") or its term ("nhiệm kỳ 2021-2025", "khóa IV"); models/meetings/term_words.tsv."""
    return re.compile(rf"(?:[ ]*\([^()]{{1,40}}\)|(?<!\w){term()})[ ]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def organizing_words() -> frozenset[str]:
    """The verbs of models/meetings/organize_words.tsv, folded ("dự", "tổ chức", "tham dự")."""
    return frozenset(fold_for_matching(word) for word in read_words("meetings/organize_words.tsv"))


@lru_cache(maxsize=1)
def occasion_parts() -> frozenset[tuple[str, ...]]:
    """The words of models/meetings/occasion_parts.tsv, folded and split as a meeting's key ("khai mạc")."""
    return frozenset(tuple(fold_for_matching(word).split()) for word in read_words("meetings/occasion_parts.tsv"))


@lru_cache(maxsize=1)
def part_kinds() -> frozenset[str]:
    """Kinds that are one sitting of a larger meeting (models/meetings/part_kinds.tsv), folded."""
    return frozenset(fold_for_matching(word) for word in read_words("meetings/part_kinds.tsv", "kind"))


@lru_cache(maxsize=1)
def bare_kinds() -> frozenset[str]:
    """Kinds named without the classifier written before them ("buổi tọa đàm X" is the Tọa đàm X;
    models/meetings/bare_kinds.tsv), folded."""
    return frozenset(fold_for_matching(word) for word in read_words("meetings/bare_kinds.tsv"))


@lru_cache(maxsize=1)
def passive_before() -> re.Pattern[str]:
    """A passive marker right before a meeting word (models/meetings/passive_markers.tsv), ending where searched."""
    return _words_pattern(read_words("meetings/passive_markers.tsv"), ignore_case=True, at_end=True)


@lru_cache(maxsize=1)
def quantifier_words() -> frozenset[str]:
    """Words opening a plural (models/meetings/quantifiers.tsv), in lower case."""
    return frozenset(word.lower() for word in read_words("meetings/quantifiers.tsv"))


@lru_cache(maxsize=1)
def classifier_words() -> frozenset[str]:
    """Classifier nouns before a meeting word ("cuộc", "buổi", "lớp"; models/meetings/classifiers.tsv), lower-case."""
    return frozenset(word.lower() for word in read_words("meetings/classifiers.tsv"))


@lru_cache(maxsize=1)
def met_kinds() -> frozenset[str]:
    """Folded kind words that name a meeting with someone (models/meetings/met_kinds.tsv): whom it was with may
    follow them without "với" ("tại cuộc gặp Thủ tướng X, …")."""
    return frozenset(fold_for_matching(word) for word in read_words("meetings/met_kinds.tsv"))


@lru_cache(maxsize=1)
def private_next() -> re.Pattern[str]:
    """A private counterpart or occasion opening the (folded) words after a meeting word ("bạn bè", "hẹn hò")."""
    words = (fold_for_matching(word) for word in read_words("meetings/private_words.tsv"))
    return re.compile(rf"[ ]*(?:(?:các|những|một)[ ]+)?(?:{alternation(words)})(?!\w)")


@lru_cache(maxsize=1)
def office_body_before() -> re.Pattern[str]:
    """A word of title_bodies.tsv ending the searched text, as written: the office after it is part of a body's
    name ("Đoàn Chủ tịch", "Văn phòng Chủ tịch nước")."""
    return _words_pattern(read_words("meetings/title_bodies.tsv"), ignore_case=False, at_end=True)


@lru_cache(maxsize=1)
def headed_body() -> re.Pattern[str]:
    """A body's name opening with the head of an organization's name (models/orgs/pattern_heads.tsv, as written)
    then two lower-case words at most, and capitalized words (each with one lower-case syllable at most) or dashes
    to the end of the searched text ("Ủy ban liên Chính phủ Việt Nam - Lào"), or to a place closing it ("… tỉnh Hải
    Dương"): a body the organizations component may not know; or a committee of models/meetings/committee_heads.tsv and up to six words ("Ban tổ chức giải
    chạy")."""
    heads = alternation(read_words("orgs/pattern_heads.tsv", "head"))
    lower = rf"[ ]+(?!{UPPER})[^\W\d_]+"
    capitalized = rf"[ ]+{UPPER}[^\s,.;:()]*(?:{lower})?"  # a word of a name: "Chính phủ", "Việt Nam"
    # or a committee that stays a body in lower case, its name running to the end ("Ban tổ chức giải chạy")
    committee = alternation(read_words("meetings/committee_heads.tsv"))
    # the place it is of may close it, after up to two lower-case words ("Hội đồng Trọng tài lao động tỉnh Hải Dương")
    place = rf"(?:(?:{lower}){{0,2}}[ ]+(?:{place_kind_alternation()})(?:{capitalized})+)?"
    # a committee's lower-case words never run over "và" ("Hội đồng Trọng tài lao động và các bên họp …": the
    # council and others, no committee's name)
    words = rf"[ ]+(?!và(?!\w))(?!{UPPER})[^\W\d_]+|{capitalized}"
    return re.compile(rf"(?:{heads})(?:{lower}){{0,2}}(?:{capitalized})(?:{capitalized}|[ ]+[-–])*{place}$"
                      rf"|(?i:{committee})(?:{words}){{0,6}}$")


def _roles(name: str) -> dict[str, str]:
    """The words of models/meetings/<name>.tsv of each role, as one alternation per role."""
    rows = read_table(f"meetings/{name}.tsv")
    return {role: alternation(r["word"] for r in rows if r["role"] == role) for role in {r["role"] for r in rows}}


@lru_cache(maxsize=1)
def not_held() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Matched where a meeting's name ends: a denial right after it ("… bị hoãn", ", đã bị hủy"), and one after
    a short predicate of the meeting's ("… tổ chức ở TP.HCM không thể thực hiện"); models/meetings/not_held.tsv."""
    words = _roles("not_held")
    denial = rf"(?:(?:{words['adverb']})[ ]+)?(?:{words['denial']})(?!\w)"
    return (re.compile(rf"[ ]*(?:,[ ]*)?{denial}", re.IGNORECASE),
            re.compile(rf"[ ]+(?:{words['predicate']})(?:[ ]+[^\s,;]*[^\s,;.]){{0,4}}?[ ]+{denial}", re.IGNORECASE))


@lru_cache(maxsize=1)
def many_times() -> re.Pattern[str]:
    """Matched right after a meeting verb: how many times it was done ("họp nhiều lần", "họp 3 buổi");
    models/meetings/times.tsv."""
    words = _roles("times")
    return re.compile(rf"[^,.;]{{0,30}}?(?<!\w)(?:{words['count']}|\d+)[ ]+(?:{words['unit']})(?!\w)")


@lru_cache(maxsize=1)
def past_before() -> re.Pattern[str]:
    """Ending the text before a meeting verb: the past tense ("đã họp", "vừa cũng họp", "đã tổ chức họp");
    models/meetings/past_markers.tsv."""
    words = _roles("past_markers")
    return re.compile(rf"(?<!\w)(?:{words['past']})[ ]+(?:(?:{words['adverb']})[ ]+)?(?:(?:{words['organizing']})[ ]+)?$")


@lru_cache(maxsize=1)
def past_after() -> re.Pattern[str]:
    """Right after a meeting's name that a predicate in the past tense follows: the meeting did something
    ("Hội nghị đã nghe các báo cáo", "Đại hội cũng đã bầu …"); models/meetings/past_markers.tsv."""
    words = _roles("past_markers")
    return re.compile(rf"[ ]+(?:(?:{words['adverb']})[ ]+)?(?:{words['past']})[ ]+(?=\w)")


@lru_cache(maxsize=1)
def _agent_words() -> str:
    return alternation(read_words("meetings/agent_markers.tsv"))


@lru_cache(maxsize=1)
def agent_marker() -> re.Pattern[str]:
    """ "[cuộc họp] do [A] chủ trì": the word that introduces a passive clause's agent (agent_markers.tsv)."""
    return re.compile(rf"(?<!\w)(?:{_agent_words()})(?!\w)")


@lru_cache(maxsize=1)
def led_by_clause() -> re.Pattern[str]:
    """ "do Phó Chủ tịch A dẫn đầu" ending the searched text: who leads the delegation before it (the agent
    marker, then a verb of led_by.tsv)."""
    verbs = alternation(read_words("meetings/led_by.tsv"))
    return re.compile(rf"[ ]+(?:{_agent_words()})[ ]+[^,;.:()\n]{{1,120}}?[ ]+(?:{verbs})$")


@lru_cache(maxsize=None)
def words_anywhere(name: str) -> re.Pattern[str]:
    """Words of models/meetings/<name>.tsv anywhere in the searched text."""
    return _words_pattern(read_words(f"meetings/{name}.tsv"))


@lru_cache(maxsize=1)
def statement_verbs() -> re.Pattern[str]:
    """Verbs that report a statement (statement_verbs.tsv, report_verbs.tsv): "cho biết", "phát biểu", "tuyên bố"."""
    return _words_pattern(read_words("meetings/statement_verbs.tsv") | read_words("meetings/report_verbs.tsv"))


@lru_cache(maxsize=1)
def again_before() -> re.Pattern[str]:
    """Ending the searched text: a word saying a body holds one more sitting (again_words.tsv), then "có" or an
    organizing verb (held_before.tsv, organize_words.tsv) and perhaps an article ("tiếp tục có một cuộc họp"), or the
    body's own meeting verb right after it ("tiếp tục họp", searched up to the verb)."""
    again = alternation(read_words("meetings/again_words.tsv"))
    verbs = alternation(read_words("meetings/held_before.tsv") | read_words("meetings/organize_words.tsv"))
    articles = alternation(read_words("meetings/articles.tsv"))
    return re.compile(rf"(?<!\w)(?:{again})(?:[ ]+(?P<verb>{verbs})(?:[ ]+(?:{articles}))?)?[ ]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def source_after() -> re.Pattern[str]:
    """Right after a meeting's name, a verb of which it is the subject and the source ("… (tháng 12/2020) đã
    thông qua tờ trình", "… vừa qua đã ban hành"): matched where the name ends."""
    sources = alternation(r["cue"] for r in read_table("meetings/cues.tsv") if r["part"] == "source")
    return re.compile(rf"[ ]*(?:\([^()\n]{{0,40}}\)[ ]*)?(?:(?:đã|vừa|cũng|vừa qua|mới đây|trước đó)[ ]+)*"
                      rf"(?:{sources}){WORD_END}", re.IGNORECASE)


@lru_cache(maxsize=1)
def plural_before() -> re.Pattern[str]:
    """A determiner or a count, and a classifier perhaps, ending the text before a meeting word: one of
    many ("các cuộc hội nghị", "hai buổi làm việc", "đã mở 6 lớp tập huấn", "gộp 2 Lễ trao giải"). A
    number after a word that makes it a date, an ordinal or a term ("ngày 12", "khóa 13") counts nothing."""
    vague = alternation(read_words("meetings/vague_words.tsv"))
    classifiers = alternation(read_words("meetings/classifiers.tsv"))
    count = r"(?<![\d/.,:-])(?<!ngày )(?<!tháng )(?<!năm )(?<!khóa )(?<!lần )(?<!thứ )(?<!số )\d{1,4}"
    return re.compile(rf"(?<!\w)(?:(?:{vague})|{count})[ ]+(?:(?:{classifiers})[ ]+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def holding_before() -> re.Pattern[str]:
    """A verb that holds a meeting ("tổ chức", "tiến hành") ending the searched text: not one that attends it."""
    return re.compile(rf"(?<!\w)(?:{_ORGANIZING})[ ]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def generic_before() -> re.Pattern[str]:
    """ "việc tổ chức", "công tác chỉ đạo tổ chức" right before a meeting word: organizing such
    meetings in general, none held."""
    # A directive verb right before the organizing one sets a task too ("chỉ đạo tổ chức"); not one of a
    # single syllable, too often the end of a name ("Bộ Ngoại giao tổ chức họp báo").
    generic = alternation(r["cue"] for r in read_table("meetings/cues.tsv")
                          if r["part"] == "generic" or r["part"] == "directive" and " " in r["cue"])
    return re.compile(rf"(?<!\w)(?:{generic})[ ]+(?:{_ORGANIZING})[ ]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def plural_subject() -> re.Pattern[str]:
    """A phrase that opens with a plural subject ("nhiều doanh nghiệp …", "98% cơ quan …")."""
    words = alternation(read_words("meetings/quantifiers.tsv"))
    return re.compile(rf"[^\w%]*(?:(?:{words})(?!\w)|\d+(?:[.,]\d+)?[ ]*%)", re.IGNORECASE)


@lru_cache(maxsize=1)
def agent_next() -> re.Pattern[str]:
    """Right after a directive verb, who is given the task: a capitalized body ("giao Bộ X"), a plural
    ("yêu cầu các cấp công đoàn"), or a lower-case body of agents.tsv ("chỉ đạo đến cơ sở")."""
    quantifiers = alternation(read_words("meetings/quantifiers.tsv"))
    agents = alternation(read_words("meetings/agents.tsv"))
    return re.compile(rf"[ ]+(?:(?:đến|tới|cho)[ ]+)?(?:(?:{quantifiers})[ ]+\w|{UPPER}|(?:{agents})(?!\w))")


@lru_cache(maxsize=1)
def held_by_before() -> re.Pattern[str]:
    """An organizer's clause ending right before a day ("… do A phối hợp với B tổ chức [sáng] [ngày] 23/5"):
    "do", then an organizing verb (or "chủ trì") at the end, perhaps a comma and a held cue ("… do A và B đồng chủ
    trì, diễn ra sáng 12/3"), a part of the day (day_parts.tsv) between."""
    parts = alternation(read_words("meetings/day_parts.tsv"))
    held = alternation(_held_cues())
    return re.compile(rf"(?<!\w)do(?!\w)[^.;:!?]*(?<!\w)(?:{_ORGANIZING}|chủ trì)(?:[ ]*,[ ]*(?:{held}))?[ ]+(?:vào[ ]+)?"
                      rf"(?:(?:{parts})[ ]+)?(?:ngày[ ]+)?$", re.IGNORECASE)


def _held_cues() -> list[str]:
    """The cues that report a meeting held (cues.tsv, part held: "diễn ra", "tổ chức", "khai mạc" …)."""
    return [row["cue"] for row in read_table("meetings/cues.tsv") if row["part"] == "held"]


@lru_cache(maxsize=1)
def own_day_before() -> re.Pattern[str]:
    """What may stand between a meeting's name and a day of its own ("Hội nghị X [diễn ra] ngày 27/4", "Hội nghị X
    (ngày 5/6)"): a held cue (cues.tsv), "vào", a part of the day (day_parts.tsv), "ngày" or "hôm"; no comma but one
    before a held cue, which may say where it was held first (place_words.tsv: "Hội nghị X, diễn ra tại tỉnh Phú Thọ
    ngày 27/4")."""
    held = alternation(_held_cues())
    parts = alternation(read_words("meetings/day_parts.tsv"))
    where = rf"(?:(?:{alternation(read_words('meetings/place_words.tsv'))})[ ]+[^,.;:()\n]{{1,60}}?[ ]+)?"
    return re.compile(rf"[ (]*(?:,[ ]+(?=(?:{held})[ ]))?(?:(?:{held})[ ]+{where})?(?:vào[ ]+)?(?:(?:{parts})[ ]+)?"
                      rf"(?:hôm[ ]+|ngày[ ]+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def dated_next() -> re.Pattern[str]:
    """A day written right after a word ("tại đối thoại sáng 21/7", "tại tập huấn ngày 5-6"): a part of the day
    (day_parts.tsv) or "ngày", then a day and month in digits."""
    parts = alternation(read_words("meetings/day_parts.tsv"))
    return re.compile(rf"[ ]+(?:(?:{parts})[ ]+)?(?:ngày[ ]+)?\d{{1,2}}[/-]\d{{1,2}}(?!\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def directive_nouns() -> frozenset[str]:
    """Words that make a directive cue after them a noun ("Ban chỉ đạo", "Bộ Ngoại giao"), folded."""
    return frozenset(fold_for_matching(word) for word in read_words("meetings/directive_nouns.tsv"))


@lru_cache(maxsize=1)
def organized_ceremony() -> re.Pattern[str]:
    """An organizing verb and a ceremony word: a ceremony reported by its verb ("tổ chức trao Giải thưởng
    …", "long trọng tổ chức kỷ niệm 90 năm …"); group ``what`` is the ceremony word and what follows."""
    organize = _ORGANIZING
    ceremony = alternation(r["word"] for r in read_table("meetings/ceremony_words.tsv") if r["by_verb"] == "yes")
    return re.compile(rf"{first_letters(organize.split('|'))}(?<!\w)(?:{organize})[ ]+(?P<what>(?:{ceremony}){WORD_END})",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def ceremony_done() -> re.Pattern[str]:
    """A ceremony word that names the ceremony it is done at (`names`), done as a verb, not after a purpose word
    ("… phát động cuộc thi viết …", an intertitle "Ra mắt Hội đồng trường X"; not "nhằm tôn vinh …",
    purpose_words.tsv): group ``what`` is the word."""
    ceremony = alternation(r["word"] for r in read_table("meetings/ceremony_words.tsv") if r["names"] == "yes")
    purposes = "".join(f"(?<!{re.escape(word)} )" for word in read_words("meetings/purpose_words.tsv"))
    return re.compile(rf"(?<!\w){purposes}(?P<what>(?:{ceremony}){WORD_END})", re.IGNORECASE)


@lru_cache(maxsize=1)
def destination_verbs() -> tuple[re.Pattern[str], dict[str, dict[str, str]]]:
    """A motion word, where someone went and a verb reporting the meeting held there ("đã đến Công ty X đối thoại",
    "về xã Y làm việc"): group ``where`` is the place, opening with a capital or a kind of place and a capital,
    group ``verb`` the verb (models/meetings/destination_verbs.tsv, motion_words.tsv), ending its phrase or going on
    with what else was done there, not with whom or where ("làm việc với …" is verbs.tsv's)."""
    rows = {fold_for_matching(r["verb"]): r for r in read_table("meetings/destination_verbs.tsv")}
    motion_words = read_words("meetings/motion_words.tsv")
    motion = alternation(motion_words)
    verb = alternation(r["verb"] for r in rows.values())
    word = r"[^\s,.;:!?()“”\"]+"
    where = rf"(?:(?:{place_kind_alternation()})[ ]+)?(?-i:{UPPER}){word}(?:[ ]+{word}){{0,8}}?"
    # scanned over every article: a lookahead for the motion words' first letters skips every other position
    return re.compile(rf"{first_letters(motion_words)}(?<!\w)(?:{motion})[ ]+(?P<where>{where})[ ]+(?P<verb>{verb})(?!\w)"
                      rf"(?![ ]+(?:với|cùng|tại|ở)(?!\w))", re.IGNORECASE), rows


@lru_cache(maxsize=1)
def passive_ceremony() -> re.Pattern[str]:
    """"được" and a ceremony word as a passive verb ("công trình X được khánh thành"): group ``what`` is the ceremony
    word (models/meetings/passive_ceremonies.tsv)."""
    words = alternation(read_words("meetings/passive_ceremonies.tsv"))
    # scanned over every article: a lookahead for the first letter skips every other position
    return re.compile(rf"{first_letters(['được'])}(?<!\w)được[ ]+(?P<what>{words})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def passive_ceremony_objects() -> frozenset[str]:
    """The passive ceremony words (folded) a ceremony is named after by their object, not the clause's subject
    ("được trao giải thưởng Y": Lễ trao giải thưởng Y; passive_ceremonies.tsv `names`)."""
    return frozenset(fold_for_matching(row["word"]) for row in read_table("meetings/passive_ceremonies.tsv")
                     if row["names"] == "object")


@lru_cache(maxsize=1)
def organized_programme() -> re.Pattern[str]:
    """An organizing verb and a quoted name right after it: a programme held as an occasion without its kind word
    ("đã tổ chức “Chuyến xe mùa xuân” đưa công nhân về quê"); group ``what`` is the quoted name, opening with a
    capital and with no span of time (campaign_periods.tsv)."""
    # a name opens with a capital ("tổ chức “3 tại chỗ”" is a way of working) and no span of time ("“Tháng Công
    # nhân”", campaign_periods.tsv: a campaign carried on)
    periods = alternation(read_words("meetings/campaign_periods.tsv"))
    # scanned over every article: a lookahead for the verbs' first letters skips every other position
    return re.compile(rf"{first_letters(_ORGANIZING.split('|'))}(?<!\w)(?:{_ORGANIZING})[ ]+(?P<what>[“\"](?-i:(?!(?:{periods}){WORD_END}){UPPER})"
                      rf"[^”\"\n]{{1,119}}[”\"])", re.IGNORECASE)


@lru_cache(maxsize=1)
def not_meetings() -> re.Pattern[str]:
    """Names that open with a meeting word but name none ("Đại hội thể thao", "Liên hoan phim"), unless
    a linking word and a body follow ("buổi làm việc đầu tiên với Sở Y tế" is a meeting)."""
    rows = read_table("meetings/not_meetings.tsv")
    plain = alternation(row["name"] for row in rows if not row["unless_next"])
    quantifiers = alternation(read_words("meetings/quantifiers.tsv"))
    agents = alternation(read_words("meetings/agents.tsv"))
    body = rf"(?:(?-i:{UPPER})|(?:{quantifiers})[ ]|(?:{agents}){WORD_END})"
    linked = [rf"(?:{alternation([row['name']])}){WORD_END}(?![ ]+(?:{alternation(row['unless_next'].split())})[ ]+{body})"
              for row in rows if row["unless_next"]]
    return re.compile(rf"(?:(?:{plain}){WORD_END}|{'|'.join(linked)})", re.IGNORECASE)


@lru_cache(maxsize=1)
def ceremony_after() -> re.Pattern[str]:
    """A ceremony word right after "lễ" ("lễ trao giải", "Lễ ra mắt")."""
    return re.compile(rf"[ ]+(?:{alternation(read_words('meetings/ceremony_words.tsv'))}){WORD_END}", re.IGNORECASE)


@lru_cache(maxsize=1)
def ceremony_words_folded() -> tuple[tuple[str, ...], ...]:
    """The ceremony words of models/meetings/ceremony_words.tsv, folded and split, the longest first."""
    words = {tuple(fold_for_matching(word).split()) for word in read_words("meetings/ceremony_words.tsv")}
    return tuple(sorted(words, key=len, reverse=True))


def ceremony_opening(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The ceremony word that opens folded ``words`` ("truy điệu" in "truy điệu các liệt sĩ"), if any."""
    return next((word for word in ceremony_words_folded() if words[:len(word)] == word), None)


@lru_cache(maxsize=2)
def name_stop(of_object: bool = False) -> re.Pattern[str]:
    """Where a meeting's name ends: punctuation, or a word that starts the rest of the sentence. The
    name of whom a verb reports meeting (``of_object``) runs over titles ("gặp Phó Cao ủy …")."""
    rows = read_table("meetings/name_stops.tsv")
    words = [r["word"] for r in rows if r["in_object"] == "stop"]
    titles = [r["word"] for r in rows if not of_object and r["in_object"] == "name"]
    # a title right after a body word is that body's name ("Hội nghị Đoàn Chủ tịch …"), no stop
    bodies = "".join(f"(?<!{re.escape(word)})" for word in read_words("meetings/title_bodies.tsv"))
    # not a word that only opens a compound ("lương tối thiểu", "sáng tạo", "chiều sâu"; day_compounds.tsv; "doanh
    # nghiệp vừa và nhỏ", the compounds of elsewhen_words.tsv) or closes one ("Tỏa sáng", "hai chiều")
    compound_words = read_words("meetings/day_compounds.tsv") | {
        r["word"] for r in read_table("meetings/elsewhen_words.tsv") if r["when"] == "compound"}
    closing = {word for word in compound_words if word.rpartition(" ")[2] in words}
    compounds = alternation(compound_words - closing)
    after_first = "".join(rf"(?!(?<=(?<!\w)(?i:{re.escape(word.rpartition(' ')[0])}))[ ]{re.escape(word.rpartition(' ')[2])}"
                          rf"{WORD_END})" for word in sorted(closing))
    stops = rf"{after_first}[ ](?!(?:{compounds}){WORD_END})(?:{alternation(words)}){WORD_END}"
    if titles:
        stops += rf"|{bodies}[ ](?:{alternation(titles)}){WORD_END}"
    # "(" stops it unless an acronym follows ("Đại hội Công đoàn (CĐ) Công ty …"); a comma stops it unless the second
    # word of a pair written with one follows ("Cuộc họp … về phòng, chống dịch", name_commas.tsv)
    acts = sorted(read_words("meetings/visit_acts.tsv", "act"))  # "đến thăm, kiểm tra, động viên …" (visit_acts.tsv)
    pairs = "".join(rf"(?!(?<={re.escape(first)},)[ ]{re.escape(second)}{WORD_END})"
                    for first, second in [(r["first"], r["second"]) for r in read_table("meetings/name_commas.tsv")]
                    + [(first, second) for first in acts for second in acts if first.lower() != second.lower()])
    # a full stop closing the short form of a kind of place is none before the place's name ("Đại hội Công đoàn TP.
    # Cần Thơ", place_kinds.tsv)
    dotted = "".join(rf"(?!(?<=(?<!\w){re.escape(form)})[ ]{UPPER})" for form in place_kinds() if form.endswith("."))
    return re.compile(rf",{pairs}|[;:!?)\[\]\n]|\((?!{UPPER}[\w&.-]{{0,12}}\))|\.(?!\w){dotted}|{stops}")


@lru_cache(maxsize=1)
def predicate_stop() -> re.Pattern[str]:
    """A verb that ends a meeting's name as its predicate ("Hội nghị X bế mạc chiều 5/6"), not before
    its own object ("… khai mạc Đại hội", "… kết thúc giai đoạn 2016-2020")."""
    words = [r["word"] for r in read_table("meetings/name_stops.tsv") if r["in_object"] == "predicate"]
    then = alternation(read_words("meetings/predicate_after.tsv") | read_words("meetings/day_parts.tsv"))
    # not a ceremony's word ("Lễ khai mạc", "buổi lễ bế mạc") nor one of two ("Lễ khai mạc và bế mạc")
    return re.compile(rf"(?<![Ll]ễ)(?<!LỄ)(?<! và)[ ](?:{alternation(words)}){WORD_END}"
                      rf"(?=[ ]*(?:[,.;:!?)\n]|$)|[ ]+(?:\d|(?:{then}){WORD_END}))")


@lru_cache(maxsize=1)
def ordinal_words() -> dict[str, int]:
    """Ordinal words whose value no cardinal gives ("nhất" → 1, models/meetings/ordinal_words.tsv)."""
    return {row["word"]: int(row["value"]) for row in read_table("meetings/ordinal_words.tsv")}


@lru_cache(maxsize=1)
def back_references() -> frozenset[str]:
    return frozenset(fold_for_matching(word) for word in read_words("meetings/back_references.tsv"))


@lru_cache(maxsize=1)
def place_aside() -> re.Pattern[str]:
    """A place written as an aside between commas after a name (", thị xã Nghi Sơn", ", huyện Hoằng Hóa"): what
    follows it goes on with the name's clause."""
    from unionfacts.extract.patterns import CAPITALIZED_WORD

    return re.compile(rf",[ ]*(?:{place_kind_alternation()})[ ]+{CAPITALIZED_WORD}(?:[ ]{CAPITALIZED_WORD}){{0,5}}(?=[ ]*,)")


@lru_cache(maxsize=1)
def place_after() -> re.Pattern[str]:
    """ "tại Trường Đại học Y Dược Thái Bình, tỉnh Thái Bình", "tại Đồ Sơn (Hải Phòng)"."""
    from unionfacts.extract.patterns import CAPITALIZED_WORD
    from unionfacts.orgbase import place_kind_alternation

    place_words = (rf"{CAPITALIZED_WORD}(?:[ ](?:{CAPITALIZED_WORD}|(?:(?!{UPPER})[^\W\d_]+[ ]){{0,2}}(?!{UPPER})[^\W\d_]+(?=[ ]{UPPER})|&|-|–))"
                   r"{0,11}")
    return re.compile(
        rf"(?<!\w)(?:{alternation(read_words('meetings/place_words.tsv'))})[ ](?P<place>{place_words}"
        rf"(?:[ ]\({place_words}\))?(?:,[ ](?:{place_kind_alternation()})[ ]{place_words})?)"
    )


@lru_cache(maxsize=1)
def titles() -> re.Pattern[str]:
    """Offices as the persons extractor reads them (models/persons/titles.tsv), to name a chair by office."""
    return _words_pattern(row["title"] for row in read_table("persons/titles.tsv"))


@lru_cache(maxsize=1)
def met_heads() -> re.Pattern[str]:
    """Words that open whom a verb reports meeting ("gặp Phó Cao ủy …"), matched where they start."""
    return re.compile(rf"(?:{alternation(read_words('meetings/met_heads.tsv'))}){WORD_END}")


@lru_cache(maxsize=1)
def address_words() -> re.Pattern[str]:
    """Forms of address before a name (models/persons/honorifics.tsv, honorific: "ông", "đồng chí"), matched
    where they start, with the space after them: "tiếp [ông] Nguyễn Văn A" receives a person."""
    words = [row["word"] for row in read_table("persons/honorifics.tsv") if row["kind"] == "honorific"]
    return re.compile(rf"(?i)(?:{alternation(words)})[ ]+")


@dataclass(frozen=True)
class RelativeDay:
    """A relative day as written, and what dateparser is asked about it."""

    phrase: str  # what dateparser reads ("hôm qua", "thứ tư")
    base: str  # "published", "week_start" or "day_after" (publication + 1): the day the phrase is relative to
    span: str  # "day", or "weekend" for the Saturday and Sunday that end on the parsed day
    alone: bool  # whether it dates a meeting without a part of the day ("qua" needs "chiều")
    closing: bool = False  # whether punctuation must follow it ("Sáng thứ Ba, …", not "sáng thứ hai của kỳ họp", not
    # "hôm thứ Hai tới")


@lru_cache(maxsize=1)
def relative_days() -> tuple[re.Pattern[str], dict[str, RelativeDay]]:
    rows = read_table("meetings/relative_days.tsv")
    parts = read_words("meetings/day_parts.tsv")
    forms = [row["form"] for row in rows]
    # Tries behind the first letters either may start with: the pattern is scanned over every article.
    pattern = re.compile(rf"{first_letters([*parts, *forms])}(?<!\w)(?:(?P<part>{trie_alternation(parts, ignore_case=True)})[ ]+)?"
                         rf"(?P<day>{trie_alternation(forms, ignore_case=True)}){WORD_END}", re.IGNORECASE)
    return pattern, {fold_for_matching(r["form"]): RelativeDay(r["phrase"], r["base"], r["span"], r["alone"] in ("yes", "punct"),
                                                               r["alone"] in ("closing", "punct")) for r in rows}


@lru_cache(maxsize=1)
def documents() -> re.Pattern[str]:
    """Kinds of documents (models/documents/kinds.tsv): a day after one is the document's; not one that follows the
    head of a body's name ("Bộ Kế hoạch và Đầu tư"; documents/body_heads.tsv)."""
    heads = "".join(rf"(?<!{re.escape(head)} )" for head in read_table_column("documents/body_heads.tsv", "word"))
    return re.compile(rf"(?<!\w){heads}(?:{alternation(read_table_column('documents/kinds.tsv', 'word'))})(?!\w)")


def read_table_column(path: str, column: str) -> list[str]:
    return [row[column] for row in read_table(path)]


@lru_cache(maxsize=1)
def sequence_cues() -> re.Pattern[str]:
    """Words that put what follows on the day already reported ("cùng ngày", "Ngay sau đó")."""
    return _words_pattern(read_words("meetings/sequence_cues.tsv"))


def _words_not_in_compounds(words, compounds) -> re.Pattern[str]:
    """Any of ``words`` as whole words, except where one begins or ends a longer fixed word of ``compounds``
    ("thường" is a habit, "thường trực", "thường niên" and "bất thường" are not)."""
    words = list(words)
    folded = {fold_for_matching(w) for w in words}
    tails: dict[str, list[str]] = {}
    heads: dict[str, list[str]] = {}
    for compound in compounds:
        head, _, tail = compound.partition(" ")
        if fold_for_matching(head) in folded:
            tails.setdefault(fold_for_matching(head), []).append(tail)
        lead, _, last = compound.rpartition(" ")
        if lead and fold_for_matching(last) in folded and fold_for_matching(head) not in folded:
            heads.setdefault(fold_for_matching(last), []).append(lead)
    plain = [w for w in words if fold_for_matching(w) not in tails and fold_for_matching(w) not in heads]
    guarded = ["".join(rf"(?<!{re.escape(lead)} )" for lead in heads.get(fold_for_matching(w), ()))
               + re.escape(w)
               + (rf"(?!\s+(?:{alternation(tails[fold_for_matching(w)])}){WORD_END})" if fold_for_matching(w) in tails
                  else "")
               for w in words if fold_for_matching(w) in tails or fold_for_matching(w) in heads]
    body = "|".join(([trie_alternation(plain, ignore_case=True)] if plain else []) + guarded)
    return re.compile(rf"{first_letters(words)}(?<!\w)(?:{body}){WORD_END}", re.IGNORECASE)


@lru_cache(maxsize=1)
def edition_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words right before a year in a meeting's name that make it the edition the meeting is of ("thường niên
    năm 2021"; matched where the text before the year ends), and the words of a name that make its year what the
    meeting reviews or plans ("tổng kết", "kế hoạch"; models/meetings/edition_words.tsv)."""
    rows = read_table("meetings/edition_words.tsv")
    edition = _words_pattern((r["word"] for r in rows if r["part"] == "edition"), at_end=True, between=("năm",))
    return edition, _words_pattern(r["word"] for r in rows if r["part"] == "reviews")


@lru_cache(maxsize=1)
def past_words() -> re.Pattern[str]:
    """The past tense ("đã", "vừa"; the past role of models/meetings/past_markers.tsv), never as the first word of a
    longer one that says nothing of time ("doanh nghiệp vừa và nhỏ"; the compounds of elsewhen_words.tsv)."""
    compounds = [r["word"] for r in read_table("meetings/elsewhen_words.tsv") if r["when"] == "compound"]
    return _words_not_in_compounds((r["word"] for r in read_table("meetings/past_markers.tsv") if r["role"] == "past"),
                                   compounds)


@lru_cache(maxsize=None)
def elsewhen_cues(*when: str) -> re.Pattern[str]:
    """Words that put what a sentence reports at another time than the day just given ("Trước đó", "sẽ"), of the
    kinds ``when`` (models/meetings/elsewhen_words.tsv; all kinds when none is given), never as the first word of a
    longer one that says nothing of time ("Ban Thường vụ", "Phó Bí thư Thường trực", "hội nghị thường niên")."""
    rows = read_table("meetings/elsewhen_words.tsv")
    compounds = [r["word"] for r in rows if r["when"] == "compound"]
    return _words_not_in_compounds((r["word"] for r in rows if r["when"] != "compound" and (not when or r["when"] in when)),
                                   compounds)


__all__ = ["KindWord", "MeetingVerb", "RelativeDay", "again_before", "agent_marker", "agent_next", "back_references",
           "ceremony_after", "classifier_words", "cue_before", "cues", "dated_next", "directive_nouns", "documents",
           "edition_words", "elsewhen_cues", "generic_before",
           "headed_body", "held_by_before", "kinds", "led_by_clause", "many_times", "met_heads", "name_stop",
           "not_held", "not_meetings", "office_body_before", "organized_ceremony", "organized_programme", "past_before",
           "passive_before", "past_words", "place_after",
           "plural_before", "plural_subject", "predicate_stop", "private_next", "quantifier_words", "relative_days", "sequence_cues",
           "source_after", "titles", "verbs", "words_anywhere", "words_before"]
