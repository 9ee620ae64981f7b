"""Offices given by an election or an appointment without their body ("B được bầu làm Phó Chủ
tịch") take the body the passage has just elected into: that of the office of the same rank named
last before, in the same or the previous sentence ("A tiếp tục được bầu giữ chức Chủ tịch LĐLĐ tỉnh
X. Các đồng chí B và C được bầu làm Phó Chủ tịch" → Phó Chủ tịch of LĐLĐ tỉnh X; "A trúng cử Chủ
tịch Công đoàn công ty; B được bầu làm Phó Chủ tịch" → of the company's union). A person re-elected to the
office the text has already given them with a body is elected into that body, however far back it was named.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from unionfacts.extract.patterns import alternation
from unionfacts.normalize import fold_for_matching
from unionfacts.resources import read_words
from unionfacts.types import RoleMention

# Sentences looked back over for the body elected into.
_SENTENCES_BACK = 2
_SENTENCE_END = re.compile(r"[.!?]+(?:[ ]*\n)?|\n")  # ".\n" ends one sentence
# An office counted before a list of its holders is the roll of those elected: "A được bầu làm Chủ tịch
# X, 3 Phó Chủ tịch gồm: ông B, ông C" → Phó Chủ tịch of X.
_COUNTED = re.compile(r"(?<![\w.,])\d{1,2}[ ]+\Z")
# Words of rank an office's head may carry: "Phó Chủ tịch Thường trực" is of the rank of "Chủ tịch".
_RANK_WORDS = {"phó", "thường", "trực", "thứ", "nhất"}


@lru_cache(maxsize=1)
def _election_words() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(read_words('persons/election_words.tsv'))})(?!\w)")


def office_rank(title: str) -> str:
    """The office without its rank words: "Phó Chủ tịch Thường trực" → "chủ tịch"."""
    return " ".join(word for word in fold_for_matching(title).split() if word not in _RANK_WORDS)


def _near(text: str, end: int, start: int) -> bool:
    return len(_SENTENCE_END.findall(text, end, start)) < _SENTENCES_BACK


def with_elected_bodies(text: str, roles: list[RoleMention]) -> list[RoleMention]:
    """Each role given by an election verb with no body, with the body of the nearest office of its
    rank before it in the passage."""
    placed = sorted((r for r in roles if r.organization), key=lambda r: r.end)
    ends = [r.end for r in placed]
    result = []
    for role in roles:
        if role.organization is None and not role.former and (_election_words().search(text, role.start, role.end)
                                                               or _COUNTED.search(text, max(0, role.start - 8), role.start)):
            index = bisect.bisect_right(ends, role.start)
            earlier = [r for r in reversed(placed[:index]) if office_rank(r.title) == office_rank(role.title) and not r.former]
            # Re-elected ("B tái đắc cử Chủ tịch" after "B, Chủ tịch CĐCS Công ty"): the body of the office the
            # person holds, however far back; else the nearest office of its rank.
            source = next((r for r in earlier if r.person == role.person and r.title == role.title), None)
            if source is None and earlier and _near(text, earlier[0].end, role.start):
                source = earlier[0]
            if source is not None:
                role = replace(role, organization=source.organization, org_id=source.org_id)
        result.append(role)
    return result


__all__ = ["office_rank", "with_elected_bodies"]
