"""Bodies named by a number after their head: "Sư đoàn 304", "Lữ đoàn Công binh 249", "Bệnh viện Quân y 175",
"Trường Sĩ quan Lục quân 1", "Bệnh viện 71 Trung ương".

The pattern finder reads a head and the capitalized words after it, so a unit whose name is its number is no
name there, and a name that ends in a number loses it ("Bệnh viện Quân y [175]"). Here a head of
models/orgs/numbered_units.tsv, up to four capitalized words or arms written in sentence case ("Công binh",
"Phòng không", or all in lower case: "Lữ đoàn pháo binh 164"), then a number of one to three digits (a capital letter may follow: "Sư đoàn 5B") that no digit,
decimal mark, "/" or "%" goes on make one body; a capitalized word the file lists for the head may close it
("Trung ương"). A number a counted noun or a duration follows ("Bệnh viện 2 lần") names no unit, unless a number
follows that word: a date or a year ("Sư đoàn 304 ngày 5/12", "Lữ đoàn 147 năm 2026").
"""

from __future__ import annotations

import re
from functools import lru_cache

from unionfacts.extract.patterns import CAPITALIZED_WORD, alternation, first_characters
from unionfacts.orgbase import OrgBase
from unionfacts.resources import read_table, read_words
from unionfacts.types import OrgMention

_MAX_BRANCH_WORDS = 4


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    rows = read_table("orgs/numbered_units.tsv")
    arms = [row["word"] for row in rows if row["kind"] == "branch"]
    branch = rf"(?:{alternation(arms + [arm[0].lower() + arm[1:] for arm in arms])}|{CAPITALIZED_WORD})"
    counted = [row["word"] for row in rows if row["kind"] == "count"] + list(read_words("counts/not_units.tsv"))
    by_after: dict[str, list[str]] = {}
    for row in rows:
        if row["kind"] == "head":
            by_after.setdefault(row["after"], []).append(row["word"])
    patterns = []
    for after, heads in by_after.items():
        closing = rf"(?:[ ](?:{alternation(after.split('|'))}))?" if after else ""
        # scanned over every article: a lookahead for the heads' first characters skips every other position
        patterns.append(re.compile(
            rf"{first_characters(heads)}(?<![\w.])(?:{alternation(heads)})(?:[ ]{branch}){{0,{_MAX_BRANCH_WORDS}}}"
            rf"[ ]\d{{1,3}}[A-Z]?(?![\w,.]\d|[\w/%])(?![ ](?:{alternation(counted)})(?!\w)(?![ ]\d)){closing}(?!\w)"))
    return tuple(patterns)


def find_numbered_units(text: str, base: OrgBase) -> list[OrgMention]:
    """Bodies named by a head and a number ("Sư đoàn 304")."""
    found = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            written = match.group()
            org_id = base.lookup(written)
            name = base.orgs[org_id].name if org_id else written
            found.append(OrgMention(match.start(), match.end(), written, name, org_id, "pattern"))
    return found
