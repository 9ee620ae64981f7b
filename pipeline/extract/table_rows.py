"""Offices in the rows of a table flattened to lines: the name on a line of its own, its offices on the next.

A list of members copied from a table ("Danh sách Ban Chấp hành …: TT / Họ tên / Chức vụ") reaches the text one
cell a line: "1", "GS. Trần Văn A", "Chủ tịch Hội đồng trường - Ủy viên Ban Thường vụ Đảng ủy", "Viện trưởng Viện
X", "2", … No punctuation joins a name to its offices, so the appositions of roles.py never read them. A line that
holds nothing but offices belongs to the name standing alone on the line before it, or before the lines of
offices that follow that name. A line that says more than offices (a paragraph opening "Chủ tịch UBND tỉnh cho
biết …") is no cell, nor is a line with more than a name (a sentence, a caption).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from unionfacts.extract.patterns import UPPER, alternation
from unionfacts.resources import read_table
from unionfacts.types import PersonMention

# What may stand on an office cell's line besides its runs: the separators of a chain of offices, and the end of a
# body's name the offices finder did not take ("Ủy viên Ban Thường vụ [Đảng ủy]"): a capitalized word and up to four more.
_CELL_GLUE = re.compile(rf"[\s,;.\-–—/+•*]*(?:{UPPER}\w*(?:[ ][^\W\d_]+){{0,4}}[\s,;.\-–—/+•*]*)?")
_MAX_CELL_LINES = 4  # lines of offices one name may have under it


@lru_cache(maxsize=1)
def _name_cell() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand on a name's line before the name (a row number, a degree, a form of address: "1. GS.TS") and
    after it (a colon or a full stop)."""
    address = alternation(row["word"] for row in read_table("persons/honorifics.tsv"))
    before = re.compile(rf"(?i)[ \t]*(?:\d{{1,3}}[.)]?[ \t]+)?(?:(?:{address})[.,]?[ \t]*(?:[-.,][ \t]*)?)*")
    return before, re.compile(r"[ \t]*[:.,]?[ \t]*")


def row_holders(text: str, sequence: list) -> dict[int, PersonMention]:
    """Index in ``sequence`` (runs of offices and persons, in text order) of each run standing in an office cell →
    the person of its row."""
    if "\n" not in text:
        return {}
    starts = [0] + [match.end() for match in re.finditer("\n", text)]
    ends = [start - 1 for start in starts[1:]] + [len(text)]
    on_line: dict[int, list[int]] = {}  # line number → indices of the sequence's items that begin on it
    for index, item in enumerate(sequence):
        on_line.setdefault(bisect.bisect_right(starts, item.start) - 1, []).append(index)
    before, after = _name_cell()

    def kind(line: int) -> tuple[str, PersonMention | None]:
        """"offices", "name" with its person, or "other", for the line numbered ``line``."""
        indices, low, high = on_line.get(line), starts[line], ends[line]
        if not indices:
            return "other", None
        items = [sequence[i] for i in indices]
        if len(items) == 1 and isinstance(items[0], PersonMention):
            person = items[0]
            if before.fullmatch(text, low, person.start) and after.fullmatch(text, person.end, high):
                return "name", person
            return "other", None
        if any(isinstance(item, PersonMention) for item in items) or items[-1].end > high:
            return "other", None
        position = low
        for item in items:
            if not _CELL_GLUE.fullmatch(text, position, item.start):
                return "other", None
            position = item.end
        return ("offices", None) if _CELL_GLUE.fullmatch(text, position, high) else ("other", None)

    holders: dict[int, PersonMention] = {}
    for line, indices in on_line.items():
        if kind(line)[0] != "offices":
            continue
        previous = line - 1
        for _ in range(_MAX_CELL_LINES):
            while previous >= 0 and not text[starts[previous]:ends[previous]].strip():
                previous -= 1  # a blank line between cells
            if previous < 0:
                break
            found, person = kind(previous)
            if found == "name":
                holders.update((index, person) for index in indices)
            if found != "offices":
                break
            previous -= 1
    return holders
