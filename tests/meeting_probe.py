"""Inventory probe of meetings and ceremonies (issue 10): every item of ``meeting_inventory.tsv`` put in the
shapes Vietnamese news reports a meeting with (dated in its sentence, sentence-initial with the day after it, a
relative day, headline + body, an undated archive, "tại" with the day after the name) and in the shapes that
report none (planned, prepared for, cited; bare verbs in the future), with the events a careful annotator keys
(GOLD.md: the date, or the name's first two words when undated).

``python tests/meeting_probe.py`` prints precision/recall per shape and per domain and the failing rows
(``--show N``); ``tests/test_meeting_probe.py`` keeps a sample as a case table. The sentences are generated
here from templates written for this probe; no article text.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
PUBLISHED = "2023-08-16"  # a Wednesday: "chiều qua" is 2023-08-15
DAY, YESTERDAY = "2023-07-12", "2023-08-15"


def inventory(name: str = "meeting_inventory.tsv") -> list[dict[str, str]]:
    """The rows of a probe's inventory table under tests/ (header row, tab-separated, '#' comments)."""
    rows = []
    header = None
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        rows.append(dict(zip(header, fields)))
    return rows


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _name_key(item: str) -> str:
    from unionfacts.normalize import fold_for_matching

    return " ".join(fold_for_matching(item).split()[:2])


def _edition(item: str) -> str | None:
    """The year a meeting's name ends with ("Diễn đàn Doanh nghiệp 2023", "… thường niên năm 2023")."""
    match = re.search(r"(?<![-\d/])(\d{4})\W*\Z", item)
    return match.group(1) if match else None


def cases(row: dict[str, str]) -> list[tuple[str, str, str | None, list[str]]]:
    """(shape, text, published, expected keys) for one inventory row."""
    subject, item, form = row["subject"], row["item"], row["form"]
    if form == "noun":
        return [
            ("dated", f"Sáng 12/7, {subject} tổ chức {item}.", PUBLISHED, [DAY]),
            ("initial", f"{_cap(item)} diễn ra sáng 12/7 tại thành phố Vinh.", PUBLISHED, [DAY]),
            ("relative", f"Chiều qua, {subject} đã tổ chức {item}.", PUBLISHED, [YESTERDAY]),
            ("headline", f"{subject} tổ chức {item}\nSáng 12/7, {subject} đã tổ chức {item} với sự tham dự của "
                         f"200 đại biểu.", PUBLISHED, [DAY]),
            ("undated", f"{subject} vừa tổ chức {item}.", None, [_name_key(item)]),
            ("at", f"Phát biểu tại {item} sáng 12/7, ông Nguyễn Văn An cho biết đơn vị đã hoàn thành kế hoạch.",
             PUBLISHED, [DAY]),
            ("planned", f"Dự kiến, {subject} sẽ tổ chức {item} vào tháng 10 tới.", PUBLISHED, []),
            ("prepared", f"{subject} đang khẩn trương chuẩn bị cho {item}.", PUBLISHED, []),
            ("cited", f"Theo kết luận tại {item}, các đơn vị cần khẩn trương triển khai nhiệm vụ.", None, []),
        ]
    if form == "verb":
        verb = item[3:] if item.startswith("đã ") else item
        return [
            ("dated", f"Sáng 12/7, {subject} {verb}.", PUBLISHED, [DAY]),
            ("relative", f"Chiều qua, {subject} đã {verb}.", PUBLISHED, [YESTERDAY]),
            ("planned", f"Theo kế hoạch, {subject} sẽ {verb} vào tuần tới.", PUBLISHED, []),
        ]
    return [("not", f"Sáng 12/7, {subject} tổ chức {item}.", PUBLISHED, [])]


def found_keys(text: str, published: str | None) -> list[str]:
    from unionfacts.extract.base import facts_of
    from unionfacts.facts import event_json
    from unionfacts.nlp import annotate
    from unionfacts.normalize import normalize_text

    keys = []
    for event in facts_of(annotate(normalize_text(text), published), "events"):
        data = event_json(event)
        keys.append(data["date"] or _name_key(data["name"] or ""))
    return keys


def print_totals(totals: dict[str, Counter], failing: int) -> None:
    """Precision, recall and F1 per group ("all" first), then the number of failing rows."""
    for group, c in sorted(totals.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        p = c["tp"] / c["pred"] if c["pred"] else 1.0
        r = c["tp"] / c["gold"] if c["gold"] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{group:20} P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp {c['tp']}, pred {c['pred']}, gold {c['gold']})")
    print(f"{failing} failing rows")


def probe_args(doc: str, argv: list[str] | None, show: int, domains: bool = False) -> argparse.Namespace:
    """A probe's options: how many failing rows to print (``--show``), one shape only (``--shape``) and, for an
    inventory of domains, one domain only (``--domain``)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--show", type=int, default=show, help="failing rows to print")
    parser.add_argument("--shape", help="only this shape")
    if domains:
        parser.add_argument("--domain", help="only this domain")
    return parser.parse_args(argv)


def tally(totals: dict[str, Counter], groups: tuple[str, ...], found: list[str], expected: list[str]) -> None:
    """Count one case's found and expected keys (as multisets) in each of ``groups``."""
    hit = sum((Counter(found) & Counter(expected)).values())
    for group in groups:
        totals[group].update(tp=hit, pred=len(found), gold=len(expected))


def print_failures(failures: list[tuple], show: int) -> None:
    """The first ``show`` failing cases: (labels…, text, expected, found)."""
    for *labels, text, expected, found in failures[:show]:
        print(f"- [{'/'.join(labels)}] {text!r}\n    expected {expected} found {found}")


def run_probe(argv: list[str] | None, description: str, name: str = "meeting_inventory.tsv", make_cases=None) -> int:
    """Run a probe over an inventory's rows (``make_cases`` turns a row into its shaped cases, ``cases`` here by
    default): precision, recall and F1 per shape and domain, then the failing rows."""
    make_cases = make_cases or cases
    args = probe_args(description, argv, 30, domains=True)
    totals: dict[str, Counter] = defaultdict(Counter)
    failures = []
    for row in inventory(name):
        if args.domain and row["domain"] != args.domain:
            continue
        for shape, text, published, expected in make_cases(row):
            if args.shape and shape != args.shape:
                continue
            found = found_keys(text, published)
            if shape == "undated" and found and _edition(row["item"]) == found[0]:
                found = expected + found[1:]  # the edition year a name gives dates an undated meeting too
            tally(totals, ("all", f"shape:{shape}", f"domain:{row['domain']}"), found, expected)
            if found != expected:
                failures.append((row["domain"], shape, text, expected, found))
    print_totals(totals, len(failures))
    print_failures(failures, args.show)
    return 0


def sample_params(name: str, make_cases, misses: dict, every: int) -> list:
    """A case table of an inventory probe: every ``every``-th row of the inventory in one of its shapes in turn, as
    pytest params (text, published, expected keys, the edition year of an undated name); rows in ``misses`` (item,
    shape) run as strict expected failures."""
    import pytest

    rows = []
    for index, row in enumerate(inventory(name)):
        if index % every:
            continue
        shaped = make_cases(row)
        shape, text, published, expected = shaped[(index // every) % len(shaped)]
        marks = ()
        if (row["item"], shape) in misses:
            marks = pytest.mark.xfail(reason=misses[row["item"], shape], strict=True)
        rows.append(pytest.param(text, published, expected, _edition(row["item"]) if shape == "undated" else None,
                                 id=f"{row['domain']}-{shape}-{index}", marks=marks))
    return rows


def check_keys(text: str, published: str | None, expected: list[str], edition: str | None) -> None:
    """Assert that the pipeline keys ``text`` as ``expected``; the edition year a name gives dates an undated meeting
    too (meeting_dates.edition)."""
    found = found_keys(text, published)
    if edition and found == [edition]:
        found = expected
    assert found == expected


def main(argv: list[str] | None = None) -> int:
    return run_probe(argv, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
