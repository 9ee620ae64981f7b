"""Counts whose number is a word of a body's name are no counts.

The counts extractor runs before the organizations (the organizations finder reads the counts to end
a name before a counted noun, "Bệnh viện Đa khoa X [12 bệnh nhân]"), so a number closing a body's
name reads as counting the verb after it when that verb is also a noun: "Sư đoàn 968 tổ chức hội nghị"
(968 organizations?), "Tổng công ty May 10 phát động thi đua". Once the organizations are known, a
count whose number lies inside one of their mentions is dropped.
"""

from __future__ import annotations

import bisect
from itertools import accumulate

from spacy.tokens import Doc

from unionfacts.extract.base import Extractor, facts_of
from unionfacts.types import Count, OrgMention


def counts_outside_names(counts: list[Count], orgs: list[OrgMention]) -> list[Count]:
    """``counts`` without those whose first character lies inside an organization mention."""
    if not counts or not orgs:
        return counts
    spans = sorted((org.start, org.end) for org in orgs)
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    reach = list(accumulate(ends, max))  # the farthest end of the mentions so far
    kept = []
    for count in counts:
        index = bisect.bisect_right(starts, count.start) - 1
        if index >= 0 and reach[index] > count.start:
            continue
        kept.append(count)
    return kept


class CountsOutsideNames(Extractor):
    """The article's counts, without numbers that are words of a body's name (see the module's docstring)."""

    provides = "counts"
    requires = ("counts", "organizations")

    def find(self, doc: Doc) -> list[Count]:
        return counts_outside_names(facts_of(doc, "counts"), facts_of(doc, "organizations"))
