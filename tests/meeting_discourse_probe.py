"""Inventory probe of where a meeting's day and its status come from across an article (issue 10): every
discourse shape of ``meeting_discourse_inventory.tsv`` (the day in a lead sentence and the meeting in the next, the
day after the kind, relative and weekday days, a "Trước đó, ngày …" sentence about something else, a day in a
subordinate clause, the meeting referred back to in the next sentence, closing verbs, planned and cited meetings)
(a headline line written "\\n") filled with every meeting of ``meeting_discourse_items.tsv`` (government, business, world, education, health,
society, union news), with publication date 2022-12-07 and without one. The expected keys are what the scorer
compares (GOLD.md: the event's date, or the name's first two words when it has none), as a multiset.

``python tests/meeting_discourse_probe.py`` prints precision/recall/F1 per register, shape, domain and
publication, and the failing rows (``--show N``, ``--shape S``); ``tests/test_meeting_discourse_probe.py`` keeps a
sample as a case table. The sentences are generated from templates written for this probe; no article text.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

from meeting_probe import _edition, _name_key, found_keys, inventory, print_failures, print_totals, probe_args, tally

PUBLISHED = "2022-12-07"  # a Wednesday


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _expected(value: str, meeting: str) -> list[str]:
    keys = []
    for key in value.split(";"):
        if key == "none":
            continue
        if key.startswith("NAME:"):
            keys.append(key[5:])
        elif key == "NAME":
            keys.append(_name_key(meeting))
        else:
            keys.append(key)
    return sorted(keys)


def cases() -> list[tuple[dict[str, str], dict[str, str], str, str | None, list[str]]]:
    """(shape row, item row, text, published, expected keys) for every shape on every meeting it is written for."""
    items = inventory("meeting_discourse_items.tsv")
    first = {}
    for item in items:
        first.setdefault(item["domain"], item)
    out = []
    for shape in inventory("meeting_discourse_inventory.tsv"):
        chosen = items if shape["domains"] == "*" else [first[shape["domains"]]]
        for item in chosen:
            text = shape["template"].replace("\\n", "\n").format(S=item["subject"], M=item["meeting"], Mc=_cap(item["meeting"]),
                                            A=item["anaphor"], Ac=_cap(item["anaphor"]))
            for published, value in ((PUBLISHED, shape["published"]), (None, shape["unpublished"])):
                out.append((shape, item, text, published, _expected(value, item["meeting"])))
    return out


def found(text: str, published: str | None, meeting: str) -> list[str]:
    """The keys the pipeline finds, sorted; an undated meeting named with its edition year ("… năm 2022") counts as
    keyed by its name (the year the name gives dates it for the scorer only by accident)."""
    keys = found_keys(text, published)
    year = _edition(meeting)
    return sorted(_name_key(meeting) if key == year else key for key in keys)


def main(argv: list[str] | None = None) -> int:
    args = probe_args(__doc__, argv, 40)
    totals: dict[str, Counter] = defaultdict(Counter)
    failures = []
    for shape, item, text, published, expected in cases():
        if args.shape and shape["shape"] != args.shape:
            continue
        keys = found(text, published, item["meeting"])
        pub = "published" if published else "unpublished"
        tally(totals, ("all", f"register:{shape['register']}", f"shape:{shape['shape']}", f"domain:{item['domain']}",
                       f"pub:{pub}"), keys, expected)
        if keys != expected:
            failures.append((item["domain"], shape["shape"], pub, text, expected, keys))
    print_totals(totals, len(failures))
    print_failures(failures, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
