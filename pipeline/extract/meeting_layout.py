"""Where things are in an article, for the meeting rules: its sentences, clauses and phrases,
the headline, and the facts earlier components found, each looked up by position.

A clause runs between semicolons inside a sentence; a phrase between commas inside a clause.
Every lookup is a binary search over positions computed once per article, and every window
the rules read is clipped to a few hundred characters around the meeting word, so that the
meeting rules stay linear in the length of the article however long its sentences are.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from unionfacts.extract import meeting_lexicon as lexicon
from unionfacts.extract.patterns import UPPER, alternation, trie_alternation
from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import place_kind_alternation
from unionfacts.resources import read_words

# How far a rule reads around a meeting word, at most, inside its sentence.
CLAUSE_REACH = 320
SENTENCE_REACH = 600

# A headline has no final full stop (an ellipsis may end one)
_SENTENCE_END = re.compile(r"(?<![.…])\.[ ]*$")
# A headline this long printed again in the body is a caption; shorter ones ("Hội nghị tổng kết") recur as text.
_MIN_COPIED_HEADLINE = 30
_BRACKETED = re.compile(r"\[[^\[\]\n]{0,400}\]")
# A line of the body this short with no punctuation ending it is a photo caption or an intertitle, no sentence.
_MAX_TITLE_LINE = 150
_PHOTO = re.compile(r"Ảnh", re.IGNORECASE)  # a photo credit, not a source's ("Nguồn:")
_LINE = re.compile(r"[^\n]+")
_DAY_OPENS = 15  # a line whose first characters give a day reports ("Ngày 29/4, Bộ X tổ chức hội nghị …")
_ENDS_SENTENCE = re.compile(r"[.!?…:;][\s”\"’')»]*$")


@lru_cache(maxsize=1)
def lexicon_openers() -> re.Pattern[str]:
    """A sentence opener (models/meetings/sentence_openers.tsv) right after a word, no punctuation between."""
    openers = trie_alternation(read_words("meetings/sentence_openers.tsv"), ignore_case=False)
    # The space first and the look behind after it: the regex engine then skips from space to space.
    return re.compile(rf"[ ](?<=[^\W_][ ])(?P<opener>(?:{openers}))(?=[ ])")


@lru_cache(maxsize=1)
def _credit() -> re.Pattern[str]:
    """A photo or source credit right after a sentence's end, or in brackets right after its last word: "(Ảnh: …",
    "Nguồn: …", "… đang diễn ra (Ảnh: …)" (models/meetings/credit_words.tsv)."""
    words = alternation(read_words("meetings/credit_words.tsv"))
    return re.compile(rf"(?:(?<=[.!?…])[ ]*\(?|(?<=[^\W_])[ ]*\()(?:{words})(?:[ ][^\W\d]+){{0,2}}:")


@lru_cache(maxsize=1)
def _credit_opening() -> re.Pattern[str]:
    """A photo or source credit opening a sentence of its own ("Ảnh: AFP-TTXVN", fused to the next sentence)."""
    words = alternation(read_words("meetings/credit_words.tsv"))
    return re.compile(rf"[ ]*(?:{words})(?:[ ][^\W\d]+){{0,2}}[ ]*:")


@lru_cache(maxsize=1)
def _dash_credited() -> re.Pattern[str]:
    """A body line that a photo credit after a dash closes ("… dự hội thảo, sáng 24-7 - Ảnh: SƠN TÙNG."): a caption."""
    words = alternation(read_words("meetings/credit_words.tsv"))
    return re.compile(rf"^[^\n]+?(?=[ ][-–][ ](?:{words})[ ]*:[^\n]{{1,60}}$)", re.MULTILINE)


@lru_cache(maxsize=1)
def _scene() -> re.Pattern[str]:
    """Words opening a caption of a meeting's scene (models/meetings/scene_words.tsv), at a sentence's start."""
    return re.compile(rf"[ ]*(?:{alternation(read_words('meetings/scene_words.tsv'))})(?!\w)")


@lru_cache(maxsize=1)
def place_name_before() -> re.Pattern[str]:
    """A kind of place and the capitalized words of its name so far (group ``names``, empty for the kind alone),
    ending where searched ("quận Hai", "tỉnh Nghệ An", "tỉnh")."""
    return re.compile(rf"(?<!\w)(?:{place_kind_alternation()})(?P<names>(?:[ ]+{UPPER}[^\s,.;:!?()]*){{0,3}})$")


_CAPITALIZED_NEXT = re.compile(rf"[ ]+{UPPER}")


@lru_cache(maxsize=1)
def _name_head_before() -> re.Pattern[str]:
    """A word opening a name, ending where searched ("Ban", "Kỷ niệm chương"; models/meetings/name_heads.tsv)."""
    return re.compile(rf"(?<!\w)(?:{trie_alternation(read_words('meetings/name_heads.tsv'), ignore_case=False)})[ ]$")


class _Quotations:
    """Where quotation marks stand in a text, found once, to say whether a position is inside an open quotation."""

    def __init__(self, text: str) -> None:
        self._lines = [m.start() for m in re.finditer("\n", text)]
        self._straight = [m.start() for m in re.finditer('"', text)]
        self._opening = [m.start() for m in re.finditer("“", text)]
        self._closing = [m.start() for m in re.finditer("”", text)]

    def open_at(self, position: int) -> bool:
        """Whether a quotation opened earlier on the line of ``position`` is still open there."""
        index = bisect.bisect_left(self._lines, position) - 1
        low = self._lines[index] + 1 if index >= 0 else 0
        straight = bisect.bisect_left(self._straight, position) - bisect.bisect_left(self._straight, low)
        return straight % 2 == 1 or _last_between(self._opening, low, position) > _last_between(self._closing, low,
                                                                                                   position)


def _last_between(positions: list[int], low: int, high: int) -> int:
    """The last of sorted ``positions`` in [low, high), or -1."""
    index = bisect.bisect_left(positions, high) - 1
    return positions[index] if index >= 0 and positions[index] >= low else -1


def _in_place_name(text: str, opener: re.Match[str]) -> bool:
    """Whether a sentence opener is a syllable inside a place's name ("quận Hai Bà Trưng", "tỉnh Bà Rịa - Vũng Tàu",
    "quận Bắc Từ Liêm"): a kind of place (and capitalized words) before it, a capitalized word after it."""
    start, end = opener.span("opener")
    return (place_name_before().search(text, max(0, start - 60), start - 1) is not None
            and _CAPITALIZED_NEXT.match(text, end) is not None)


class Positions:
    """Facts sorted by start, looked up by a window of positions."""

    def __init__(self, items: Sequence[Any]) -> None:
        self.items = sorted(items, key=lambda item: (item.start, item.end))
        self.starts = [item.start for item in self.items]
        self.ends = {item.end for item in self.items}

    def within(self, low: int, high: int) -> list[Any]:
        """Items that start in [low, high)."""
        return self.items[bisect.bisect_left(self.starts, low):bisect.bisect_left(self.starts, high)]

    def ending_at(self, position: int) -> bool:
        return position in self.ends

    def covering(self, position: int) -> Any | None:
        """The item whose span holds ``position``, if one does (items do not nest)."""
        index = bisect.bisect_right(self.starts, position) - 1
        if index >= 0 and self.items[index].start <= position < self.items[index].end:
            return self.items[index]
        return None


def _still_opens(body: Any | None, opener_end: int) -> bool:
    """Whether a sentence opener ending at ``opener_end`` inside ``body`` (or in none) still opens a sentence: a
    body's name that ends with the opener swallowed it ("LĐLĐ huyện Hoài Đức Về nội dung …")."""
    return body is None or body.end == opener_end


class Layout:
    """An article's body cut into sentences, clauses and phrases, with its facts by position."""

    def __init__(self, text: str, sentence_starts: Sequence[int], *, tokens: Sequence[tuple[int, int]] = (),
                 dates=(), persons=(), orgs=(), roles=()):
        self.text = text
        # Words as the segmenter reads them: "hội thảo" in "Quốc hội thảo luận" is no word.
        self._tokens = sorted(tokens)
        self._token_starts = [start for start, _ in self._tokens]
        self.dates = Positions(dates)
        self.persons = Positions(persons)
        self.orgs = Positions(orgs)
        self.roles = Positions(roles)
        # a caption or an intertitle fused into the text ends where a sentence opener follows a word with no
        # punctuation between ("… Công ty X Về nội dung …"): a sentence of its own, and no report
        quotations = _Quotations(text)
        self.fused = {m.start("opener") for m in lexicon_openers().finditer(text)
                      if _still_opens(self.orgs.covering(m.start("opener")), m.end("opener"))
                      and not _in_place_name(text, m)
                      # "Trưởng Ban Vì sự tiến bộ của phụ nữ", "Kỷ niệm chương Vì sự nghiệp …": the opener opens a name
                      and _name_head_before().search(text, max(0, m.start("opener") - 20), m.start("opener")) is None
                      and self.persons.covering(m.start("opener")) is None
                      and not quotations.open_at(m.start("opener"))}  # "tọa đàm “Đọc sách - Vì sao không?”"
        self.starts = sorted(set(sentence_starts) | {0} | self.fused)
        self._semicolons = [m.start() for m in re.finditer(";", text)]
        self._commas = [m.start() for m in re.finditer(r"[,;]", text)]
        newline = text.find("\n")
        self.headline_end = newline if newline >= 0 else len(text)
        if _SENTENCE_END.search(text, 0, self.headline_end):
            self.headline_end = 0  # a first line that ends as a sentence is a lead or a caption, no headline
        # the headline printed again in the body, as a photo caption: a headline, not a report of the body
        self._headline_copies: list[tuple[int, int]] = []
        headline = text[:self.headline_end].strip()
        if len(headline) >= _MIN_COPIED_HEADLINE:
            copy = text.find(headline, self.headline_end)
            while copy >= 0:
                self._headline_copies.append((copy, copy + len(headline)))
                copy = text.find(headline, copy + len(headline))
        self._brackets = [(m.start(), m.end()) for m in _BRACKETED.finditer(text)]
        # body lines that are photo captions or intertitles ("Quang cảnh Hội nghị", "Dự hội thảo nhận quà")
        self._title_lines = [(m.start(), m.end()) for m in _LINE.finditer(text, self.headline_end)
                             if len(m.group().strip()) <= _MAX_TITLE_LINE and not _ENDS_SENTENCE.search(m.group())
                             and not self.dates.within(m.start(), m.start() + _DAY_OPENS)]
        # a short sentence showing a meeting's scene that a photo or source credit follows ("Quang cảnh tại đại hội
        # X. (Nguồn: X)"): a caption too
        lead = self.lead_sentence()
        lead_start = self.starts[lead] if lead is not None else -1
        for credit in _credit().finditer(text, self.headline_end):
            low = self.starts[bisect.bisect_right(self.starts, credit.start() - 1) - 1]
            if low >= self.headline_end and credit.start() - low <= _MAX_TITLE_LINE \
                    and (_scene().match(text, low) is not None
                         or _PHOTO.search(credit.group()) and low != lead_start
                         and not self.dates.within(low, min(credit.start(), low + _DAY_OPENS))):
                # or any short sentence past the lead that a photo credit follows and no day opens ("Người phát ngôn
                # A trong một cuộc họp báo. Ảnh: X"; "Ông A trong cuộc họp báo tại X ngày 11/5. Ảnh: Y": a caption
                # gives its day last, a report opens with it, "Sáng 5/6, Hội nghị X khai mạc. Ảnh: Y")
                self._title_lines.append((low, credit.start()))
        after_lead = self.starts[lead + 1] if lead is not None and lead + 1 < len(self.starts) else len(text)
        self._title_lines += [m.span() for m in _dash_credited().finditer(text, after_lead)]
        self._title_lines.sort()
        self._title_starts = [start for start, _ in self._title_lines]
        self._first_in_sentence: dict[tuple[int, int], int | None] = {}
        self._bracket_starts = [start for start, _ in self._brackets]

    def is_word(self, start: int, end: int) -> bool:
        """Whether [start, end) does not begin inside a word that ends within it ("hội" of "Quốc hội" in
        "Quốc hội thảo luận"). Only that is read: the segmenter also fuses words ("dự Diễn đàn").
        """
        index = bisect.bisect_right(self._token_starts, start) - 1
        if index < 0:
            return True
        token_start, token_end = self._tokens[index]
        if not token_start < start < token_end < end:
            return True
        # the segmenter fused a person's last syllable with the word after it ("Tập Cận Bình hội đàm" read as
        # "Bình hội đàm"), or an organizing verb with the first syllable of a meeting word ("dự kỳ họp", "dự phiên
        # thảo luận" read as "dự kỳ", "dự phiên"): the name or the verb ends before ``start``, so a word begins there
        window = self.text[max(0, start - 4):start]
        if self.persons.ending_at(start - len(window) + len(window.rstrip(" "))):
            return True
        return fold_for_matching(self.text[token_start:start].strip()) in lexicon.organizing_words()

    def inside_word(self, position: int) -> bool:
        """Whether a common word the segmenter reads runs on both sides of ``position`` ("mặt | bằng", "tự | do"):
        one in lower-case letters up to there, not a name or an abbreviation it fused with the next word
        ("TP.HCM chiều")."""
        index = bisect.bisect_right(self._token_starts, position) - 1
        if index < 0 or not self._tokens[index][0] < position < self._tokens[index][1]:
            return False
        head = self.text[self._tokens[index][0]:position].replace(" ", "")
        return head.isalpha() and head.islower()

    def ends_word(self, end: int) -> bool:
        """Whether ``end`` does not cut a word the segmenter reads as one and that runs on in lower case
        ("dự" is no cue in "dự án", "dự thảo"; "dự Diễn đàn", fused with a name, still ends at "dự")."""
        index = bisect.bisect_right(self._token_starts, end - 1) - 1
        if index < 0:
            return True
        token_start, token_end = self._tokens[index]
        if not token_start < end < token_end:
            return True
        rest = self.text[end:token_end].lstrip()
        return not rest[:1].islower()

    def search_words(self, pattern: re.Pattern[str], low: int, high: int) -> re.Match[str] | None:
        """The first match of ``pattern`` in [low, high) that ends where a word ends (see ``ends_word``)."""
        for match in pattern.finditer(self.text, low, high):
            if self.ends_word(match.end()):
                return match
        return None

    # --- sentences ---------------------------------------------------------------------------
    def sentence_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.starts, position) - 1)

    def sentence_span(self, index: int) -> tuple[int, int]:
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.starts[index], end

    def sentence_window(self, position: int, reach: int = SENTENCE_REACH) -> tuple[int, int]:
        low, high = self.sentence_span(self.sentence_of(position))
        return max(low, position - reach), min(high, position + reach)

    def first_in_sentence(self, pattern: re.Pattern[str], position: int) -> int | None:
        """Where ``pattern`` first matches in the sentence of ``position``: searched once per sentence, so asking
        for every meeting word of a long sentence stays linear."""
        index = self.sentence_of(position)
        key = (id(pattern), index)
        if key not in self._first_in_sentence:
            match = pattern.search(self.text, *self.sentence_span(index))
            self._first_in_sentence[key] = match.start() if match else None
        return self._first_in_sentence[key]

    def lead_sentence(self) -> int | None:
        """The first sentence of the body (after the headline line), if the text has one."""
        if self.headline_end >= len(self.text):
            return None
        index = self.sentence_of(self.headline_end + 1)
        return index if self.starts[index] >= self.headline_end else index + 1

    def in_lead(self, position: int) -> bool:
        """Whether ``position`` is in the body's first sentence, or in the first one after photo captions that open
        the body with their credit ("Thủ tướng … (Ảnh: VGP). Văn phòng Chính phủ vừa có thông báo …")."""
        lead = self.lead_sentence()
        if lead is None:
            return False
        index = self.sentence_of(position)
        return index >= lead and all(_credit().search(self.text, *self.sentence_span(earlier))
                                     for earlier in range(lead, index))

    def is_aside(self, index: int) -> bool:
        """Whether sentence ``index`` stands aside from the text: a photo caption, an intertitle or a credit."""
        start = self.starts[index]
        return self.in_title_line(start) or _credit_opening().match(self.text, start) is not None

    def in_caption(self, position: int) -> bool:
        """Whether ``position`` is in a caption or an intertitle fused into the text (its sentence ends at a
        sentence opener, not at punctuation)."""
        index = self.sentence_of(position)
        return index + 1 < len(self.starts) and self.starts[index + 1] in self.fused

    def in_title_line(self, position: int) -> bool:
        """Whether ``position`` is in a short body line of its own that no punctuation ends and no day opens: a
        photo caption or an intertitle. A meeting named only there is no report (NOTES.md item 31), though it
        may name and date one the body reports."""
        line = bisect.bisect_right(self._title_starts, position) - 1
        return line >= 0 and position < self._title_lines[line][1]

    def is_headline(self, position: int) -> bool:
        """In the headline, or in a copy of it the body prints as a caption."""
        if position < self.headline_end and self.headline_end < len(self.text):
            return True
        return any(start <= position < end for start, end in self._headline_copies)

    # --- clauses and phrases -------------------------------------------------------------------
    def _between(self, marks: list[int], position: int, low: int, high: int) -> tuple[int, int]:
        index = bisect.bisect_left(marks, position)
        if index > 0 and marks[index - 1] >= low:
            low = marks[index - 1] + 1
        if index < len(marks) and marks[index] < high:
            high = marks[index]
        return low, high

    def clause_span(self, position: int, reach: int = CLAUSE_REACH) -> tuple[int, int]:
        """The clause around ``position`` (between semicolons in its sentence), clipped to ``reach``."""
        low, high = self.sentence_window(position, reach)
        return self._between(self._semicolons, position, low, high)

    def phrase_span(self, position: int, reach: int = CLAUSE_REACH) -> tuple[int, int]:
        """The phrase around ``position`` (between commas in its clause), clipped to ``reach``."""
        low, high = self.clause_span(position, reach)
        return self._between(self._commas, position, low, high)

    def in_brackets(self, position: int) -> bool:
        """Inside "[…]": the headline of a related article the page links to, not this article's text."""
        index = bisect.bisect_right(self._bracket_starts, position) - 1
        return index >= 0 and self._brackets[index][0] < position < self._brackets[index][1]


__all__ = ["CLAUSE_REACH", "Layout", "Positions", "SENTENCE_REACH", "place_name_before"]
