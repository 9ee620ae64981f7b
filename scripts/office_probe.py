"""Office probe: every office of tests/data/office_inventory.tsv in the shapes Vietnamese news writes it.

Each inventory row (an office and an example body) is put next to a person's name by several templates of
our own: before the name at the start of a sentence, after the name with a comma, with a dash, in a list
of delegates after "các đồng chí:", and in lower case after the name (as news writes "ông A, phó giám đốc
Sở …"). Names rotate through Vietnamese names of two to four syllables (foreign names for world offices).
Expected: the person holds the row's title (and its organization, where the row gives one). Scored as
(person, title) pairs and as (person, title, organization) triples; a predicted role of no expected pair is
a false positive.

    .venv/bin/python scripts/office_probe.py [--domain D] [--show N] [--json OUT]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

INVENTORY = Path(__file__).resolve().parent.parent / "tests" / "data" / "office_inventory.tsv"

VIETNAMESE_NAMES = ["Nguyễn Văn Khải", "Trần Thị Mai Hương", "Lê Quốc Bảo", "Phạm Hữu Nghĩa", "Đặng Thị Ngọc Anh",
                    "Vũ Đình Long", "Hồ Sỹ Hưng", "Lò Văn Pấng", "Ngô Tuấn", "Bùi Thị Thanh Xuân"]
FOREIGN_NAMES = ["Robert Miller", "Anna Keller", "Pierre Lambert", "Hiroshi Tanaka", "Maria Gonzalez", "Jean-Paul Martin"]
CONTROL = ("Hoàng Văn Thắng", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Hà Tĩnh")

TEMPLATES = {
    "before": "{O} {N} phát biểu tại hội nghị.",
    "comma": "Tham dự buổi làm việc có ông {N}, {O}.",
    "dash": "Đồng chí {N} - {O} trao quà cho công nhân.",
    "list": "Dự hội nghị có các đồng chí: " + CONTROL[0] + ", Phó Chủ tịch LĐLĐ tỉnh Hà Tĩnh; {N}, {O}.",
    "lower": "Theo bà {N}, {o}, kết quả này rất đáng ghi nhận.",
}
WORLD_TEMPLATES = ("before", "comma", "lower")


def read_inventory(path: Path = INVENTORY) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _lower_office(office: str) -> str | None:
    """The office as news writes it in lower case after a name, or None for an abbreviation."""
    first = office.split()[0]
    if first.isupper() and len(first) > 1:
        return None
    return " ".join(w if (w.isupper() and len(w) > 1) else w.lower() for w in office.split())


def cases(rows: list[dict[str, str]]):
    """(case id, template, text, person, row) for every row and template."""
    for index, row in enumerate(rows):
        world = row["domain"] == "world"
        names = FOREIGN_NAMES if world else VIETNAMESE_NAMES
        shapes = WORLD_TEMPLATES if world else tuple(TEMPLATES)
        for shape_index, shape in enumerate(shapes):
            name = names[(index + shape_index) % len(names)]
            office = row["office"] + (" " + row["body"] if row["body"] else "")
            lower = _lower_office(row["office"])
            if shape == "lower" and lower is None:
                continue
            text = TEMPLATES[shape].format(N=name, O=office, o=(lower or "") + (" " + row["body"] if row["body"] else ""))
            yield f"{index}:{shape}", shape, text, name, row


def _fold(value):
    from unionfacts.normalize import fold_for_matching
    return fold_for_matching(value) if value else ""


def score(results):
    """results: list of (case, predicted roles [(person, title, org)]) → counts and failures."""
    counts = Counter()
    failures = []
    by = defaultdict(Counter)
    for (cid, shape, text, name, row), predicted in results:
        titles, orgs = {_fold(t.strip()) for t in row["title"].split("|")}, row["organization"]
        allowed = {_fold(part.strip()) for part in row["office"].split(",")} | titles
        alternatives = {_fold(o.strip()) for o in orgs.split("|")} if orgs not in ("*", "") else None
        hit = hit_org = False
        fps = []
        for person, ptitle, porg in predicted:
            if hit and _fold(person) == _fold(name) and _fold(ptitle) in titles:
                continue  # one office read as two alternatives of the row
            if _fold(person) == _fold(CONTROL[0]):
                continue
            if _fold(person) == _fold(name) and _fold(ptitle) in titles:
                hit = True
                if orgs == "*" or (orgs == "" and not porg) or (alternatives and _fold(porg) in alternatives):
                    hit_org = True
                continue
            if _fold(person) == _fold(name) and _fold(ptitle) in allowed:
                continue
            fps.append((person, ptitle, porg))
        for key in ("all", row["domain"], "shape:" + shape):
            by[key]["cases"] += 1
            by[key]["title_tp"] += hit
            by[key]["role_tp"] += hit_org
            by[key]["fp"] += len(fps)
        if not (hit and hit_org) or fps:
            failures.append((cid, row["domain"], text, (name, row["title"], orgs), predicted, hit, hit_org))
    return by, failures


def prf(c: Counter, key: str) -> tuple[float, float, float]:
    tp, fp, n = c[key], c["fp"] + (c["title_tp"] - c[key]), c["cases"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / n if n else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(rows):
    from unionfacts.api import extract_facts
    results = []
    for case in cases(rows):
        facts = extract_facts(case[2])
        predicted = [(p["name"], r["title"], r.get("organization")) for p in facts["persons"] for r in p["roles"]]
        results.append((case, predicted))
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--domain")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    rows = [r for r in read_inventory() if not args.domain or r["domain"] == args.domain]
    by, failures = score(run(rows))
    print(f"{'group':18} {'cases':>6} {'title P/R/F':>20} {'role+org P/R/F':>20} {'fp':>5}")
    for key in sorted(by, key=lambda k: (k != "all", k.startswith("shape:"), k)):
        c = by[key]
        t, o = prf(c, "title_tp"), prf(c, "role_tp")
        print(f"{key:18} {c['cases']:6d} {t[0]:6.3f} {t[1]:6.3f} {t[2]:6.3f} {o[0]:6.3f} {o[1]:6.3f} {o[2]:6.3f} {c['fp']:5d}")
    for cid, domain, text, expected, predicted, hit, hit_org in failures[: args.show]:
        print(f"\n[{cid} {domain}] {text}\n  expected {expected}\n  got      {predicted}")
    if args.json:
        Path(args.json).write_text(json.dumps([f[:5] for f in failures], ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
