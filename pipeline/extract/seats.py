"""Buildings that stand for a body ("Nhà Trắng cho biết") are venues where the text goes to or is in them.

orgs/seats.tsv lists the bodies named by their building and the words that make a mention of one a
place ("tới Nhà Trắng", "tại Điện Kremlin"): those mentions are dropped (NOTES.md 18: a venue that appears
only as a place is no organization); the body's other mentions stay.
"""

from __future__ import annotations

from functools import lru_cache

from unionfacts.normalize import fold_for_matching
from unionfacts.resources import read_table
from unionfacts.types import OrgMention


@lru_cache(maxsize=1)
def _seats() -> tuple[frozenset[str], frozenset[str]]:
    """The buildings' written forms (folded), and the words before a venue (lower case)."""
    rows = read_table("orgs/seats.tsv")
    return (frozenset(fold_for_matching(row["key"]) for row in rows if row["kind"] == "form"),
            frozenset(row["key"].lower() for row in rows if row["kind"] == "before"))


def without_venues(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """``mentions`` without those of a building written as a place."""
    buildings, before = _seats()
    kept = []
    for mention in mentions:
        if fold_for_matching(mention.text) in buildings:
            words = text[max(0, mention.start - 16):mention.start].split()
            if words and words[-1].lower() in before:
                continue
        kept.append(mention)
    return kept
