"""Inventory probe of the day a meeting is dated by (issue 10 item 3): every expression of
``meeting_day_inventory.tsv`` put on a fixed meeting sentence where its row says (opening the sentence, right after
the subject, right after the verb, after the meeting's name) and, for the opening ones, in a lead sentence before
the meeting sentence; each with a publication date (2021-03-25) and without one. The expected key is what the
scorer compares (GOLD.md: the event's date, or the name's first two words when it has none): relative days count
from the publication date, spans are start/end, and the undatable ones (vague, lunar, relative with no
publication date) leave the event keyed by its name.

``python tests/meeting_day_probe.py`` prints precision/recall per domain, position and publication, and the failing
rows (``--show N``); ``tests/test_meeting_day_probe.py`` keeps the probe as a case table. The sentences are
generated from templates written for this probe; no article text.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

from meeting_probe import found_keys, print_failures, print_totals, probe_args, tally
from meeting_probe import inventory as probe_inventory

PUBLISHED = "2021-03-25"
SUBJECT, VERB, NAME = "UBND tỉnh Nghệ An", "tổ chức", "Hội nghị tổng kết công tác năm 2020"
NAME_KEY = "hội nghị"
LEAD = "đông đảo cán bộ, công chức đã có mặt tại Trung tâm Hội nghị tỉnh"


def inventory() -> list[dict[str, str]]:
    return probe_inventory("meeting_day_inventory.tsv")


def cases(row: dict[str, str]) -> list[tuple[str, str, str | None, list[str]]]:
    """(shape, text, published, expected keys) for one inventory row."""
    expr, where = row["expr"], row["where"]
    if where == "open":
        texts = [("open", f"{expr}, {SUBJECT} {VERB} {NAME}."),
                 ("lead", f"{expr}, {LEAD}. {SUBJECT} {VERB} {NAME}.")]
    elif where == "subject":
        texts = [("subject", f"{SUBJECT} {expr} đã {VERB} {NAME}.")]
    elif where == "verb":
        texts = [("verb", f"{SUBJECT} {VERB} {expr} {NAME}.")]
    else:
        texts = [("tail", f"{SUBJECT} đã {VERB} {NAME} {expr}.")]
    out = []
    for shape, text in texts:
        for published, value in ((PUBLISHED, row["published"]), (None, row["unpublished"])):
            out.append((shape, text, published, [NAME_KEY if value == "-" else value]))
    return out


def main(argv: list[str] | None = None) -> int:
    args = probe_args(__doc__, argv, 40)
    totals: dict[str, Counter] = defaultdict(Counter)
    failures = []
    for row in inventory():
        for shape, text, published, expected in cases(row):
            if args.shape and shape != args.shape:
                continue
            found = found_keys(text, published)
            pub = "published" if published else "unpublished"
            tally(totals, ("all", f"domain:{row['domain']}", f"shape:{shape}", f"pub:{pub}"), found, expected)
            if found != expected:
                failures.append((row["domain"], shape, pub, text, expected, found))
    print_totals(totals, len(failures))
    print_failures(failures, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
