"""Probe organization names: every body of tests/org_inventory.tsv in the sentence shapes news writes.

Each body is written in several sentences of our own (after an office and before a person's name, after a
person's name and a comma or a dash, as a subject, after "của", in a list, as an object, before a dash,
in lower case where news writes the head so); each sentence is extracted alone and scored as GOLD.md scores
organizations (a gold body is found when any of its forms equals the name or an alias of a found one).
Prints recall and precision per shape and per domain, and the failures with ``--show``.

    .venv/bin/python scripts/org_inventory_probe.py [--show N] [--domain D] [--shape S] [--jsonl OUT]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

from unionfacts.api import extract_facts
from unionfacts.normalize import fold_for_matching

INVENTORY = Path(__file__).resolve().parents[1] / "tests" / "org_inventory.tsv"

# heads news often writes in lower case before the place ("công an huyện X", "trạm y tế xã Y")
LOWER_HEADS = ("Công an", "Trạm Y tế", "Trung tâm Y tế", "Chi bộ", "Đảng ủy", "Hội Nông dân", "Đồn Biên phòng",
               "Ban Chỉ huy Quân sự", "Công đoàn", "Trường", "Bệnh viện", "Hợp tác xã", "Chi cục Thuế", "Phòng")

SHAPES = {
    "title_person": "{T} {X} Nguyễn Văn Hùng cho biết kế hoạch đã hoàn thành.",
    "person_comma": "Ông Nguyễn Văn Hùng, {T} {X}, cho biết kế hoạch đã hoàn thành.",
    "person_dash": "Bà Lê Thị Mai – {T} {X} phát biểu tại buổi lễ.",
    "subject": "{X} vừa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.",
    "of": "Theo báo cáo của {X}, kết quả thu ngân sách đạt khá.",
    "list": "Dự buổi làm việc có đại diện {Y}, {X} và {Z}.",
    "object": "Đoàn công tác đã làm việc với {X} về công tác cán bộ.",
    "dash_after": "{X} – đơn vị có nhiều thành tích – được tặng Bằng khen.",
    "lower": "Đoàn kiểm tra đã làm việc với {x} về công tác cán bộ.",
}


def read_inventory(path: Path = INVENTORY) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [dict(row) for row in rows]


def lower_form(name: str) -> str | None:
    for head in LOWER_HEADS:
        if name.startswith(head + " "):
            return head.lower() + name[len(head):]
    return None


def gold_of(row: dict[str, str]) -> list[str]:
    return [row["name"], *[a for a in (row.get("also") or "").split("|") if a]]


def probes(rows: list[dict[str, str]]):
    """(shape, domain, text, gold bodies, the row's name) for every row and shape."""
    by_domain: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_domain[row["domain"]].append(row)
    for row in rows:
        peers = [r for r in by_domain[row["domain"]] if r["name"] != row["name"]] or [row]
        index = by_domain[row["domain"]].index(row)
        y, z = peers[index % len(peers)], peers[(index + 3) % len(peers)]
        for shape, template in SHAPES.items():
            gold = gold_of(row)
            if shape == "lower":
                lower = lower_form(row["name"])
                if lower is None:
                    continue
                text = template.format(x=lower)
                gold = [lower, *gold[1:]]
            elif shape == "list":
                if y["name"] == z["name"]:
                    continue
                text = template.format(X=row["name"], Y=y["name"], Z=z["name"])
                gold = [*gold, *gold_of(y), *gold_of(z)]
            else:
                text = template.format(X=row["name"], T=row["title"])
            yield shape, row["domain"], text, list(dict.fromkeys(gold)), row["name"]


def score(text: str, gold: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Gold bodies found, gold bodies missed, found bodies that are none of the gold."""
    found = [(o["name"], {fold_for_matching(f) for f in [o["name"], *o["aliases"]]})
             for o in extract_facts(text)["organizations"]]
    hit, missed = [], []
    for body in gold:
        (hit if any(fold_for_matching(body) in forms for _, forms in found) else missed).append(body)
    folded = {fold_for_matching(b) for b in gold}
    extra = [name for name, forms in found if not forms & folded]
    return hit, missed, extra


def arguments(argv: list[str] | None, description: str) -> argparse.Namespace:
    """The probe scripts' options: how many failures to show, a domain or a shape alone, a JSONL file."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--show", type=int, default=0, help="print this many failing sentences")
    parser.add_argument("--domain")
    parser.add_argument("--shape")
    parser.add_argument("--jsonl", help="write every probe with its result to this file")
    return parser.parse_args(argv)


def run(cases, scorer, args: argparse.Namespace) -> tuple[dict, list[tuple], int, int]:
    """Score every (shape, domain, text, gold, name) of ``cases`` with ``scorer`` (text, gold → hit, missed,
    extra): the tally, the failures, and how many sentences expected no body and how many of them found one."""
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp, gold, found-ok, found
    failures = []
    empty = wrong = 0
    out = open(args.jsonl, "w", encoding="utf-8") if args.jsonl else None
    for shape, domain, text, gold, name in cases:
        if (args.domain and domain != args.domain) or (args.shape and shape != args.shape):
            continue
        hit, missed, extra = scorer(text, gold)
        if not gold:
            empty += 1
            wrong += bool(extra)
        count(tally, ((shape, "*"), ("*", domain), ("*", "*")), hit, gold, extra)
        if missed or extra:
            failures.append((shape, domain, text, missed, extra))
        if out:
            out.write(json.dumps({"shape": shape, "domain": domain, "name": name, "text": text, "missed": missed,
                                  "extra": extra}, ensure_ascii=False) + "\n")
    if out:
        out.close()
    return tally, failures, empty, wrong


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv, __doc__.splitlines()[0])
    tally, failures, _, _ = run(probes(read_inventory()), score, args)
    report(tally, failures, args.show, ("shape", "domain"))
    return 0


def count(tally: dict[tuple[str, str], list[int]], keys, hit: list[str], gold: list[str], extra: list[str]) -> None:
    """Add one sentence's result to the rows ``keys`` of ``tally`` (tp, gold, found-ok, found)."""
    for key in keys:
        row = tally[key]
        row[0] += len(hit); row[1] += len(gold); row[2] += len(hit); row[3] += len(hit) + len(extra)


def report(tally: dict[tuple[str, str], list[int]], failures: list[tuple], show: int, labels: tuple[str, str]) -> None:
    """Print recall, precision and F1 per row of ``tally`` and the first ``show`` failures."""
    print(f"{labels[0]:18} {labels[1]:12} {'recall':>7} {'prec':>7} {'F1':>7} {'gold':>6}")
    for (first, second), (tp, gold, ok, found) in sorted(tally.items()):
        r = tp / gold if gold else 0.0
        p = ok / found if found else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{first:18} {second:12} {r:7.3f} {p:7.3f} {f:7.3f} {gold:6}")
    for first, second, text, missed, extra in failures[:show]:
        print(f"[{first}/{second}] {text}\n    missed: {missed}\n    extra: {extra}")
    print(f"{len(failures)} failing sentences")


if __name__ == "__main__":
    sys.exit(main())
