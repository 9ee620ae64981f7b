"""Role-shape probe: the sentence shapes that give a person an office, across registers.

tests/data/role_shape_inventory.tsv lists the shapes (apposition orders, quotes and reports, verbs of
election and appointment, modifiers, lists headed by a title, precision probes) as templates of our own;
tests/data/role_shape_offices.tsv a spread of offices by register that fill them. Every shape is run with
every office of its registers (the 'fixed' shapes once per name set), names rotating through Vietnamese
names (among them given names that are also countries: "Anh", "Nga", "Đức"; foreign names for world offices). Scored as (person, title) pairs, the title compared folded; the
organization is not scored (the organization of a role is the office inventory's and org probes' concern).
Any role read that the shape does not expect is a false positive.

    .venv/bin/python scripts/role_shape_probe.py [--group G] [--shape ID] [--show N] [--sample]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SHAPES = DATA / "role_shape_inventory.tsv"
OFFICES = DATA / "role_shape_offices.tsv"

VIETNAMESE_NAMES = [("Nguyễn Văn Khải", "Trần Thị Mai Hương", "Lê Quốc Bảo"),
                    ("Phạm Hữu Nghĩa", "Đặng Thị Ngọc Anh", "Vũ Đình Long"),
                    ("Hồ Sỹ Hưng", "Bùi Thị Thanh Xuân", "Ngô Tuấn Anh"),
                    ("Lò Văn Pấng", "Đinh Thị Hoa", "Hoàng Minh Sơn"),
                    ("Trần Tuấn Anh", "Lê Thị Nga", "Phạm Minh Đức")]  # given names that are countries too
FOREIGN_NAMES = [("Robert Miller", "Anna Keller", "Pierre Lambert"),
                 ("Hiroshi Tanaka", "Maria Gonzalez", "Jean-Paul Martin")]
VN_REGISTERS = ("union", "gov", "party", "business", "society")


def _read(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def read_shapes() -> list[dict[str, str]]:
    return _read(SHAPES)


def read_offices() -> list[dict[str, str]]:
    return _read(OFFICES)


def lower_office(head: str) -> str:
    """The office as news writes it in lower case after a name ("phó giám đốc"); abbreviations kept."""
    return " ".join(w if (w.isupper() and len(w) > 1) else w.lower() for w in head.split())


def _registers(shape: dict[str, str]) -> tuple[str, ...]:
    spec = shape["registers"]
    if spec == "all":
        return VN_REGISTERS + ("world",)
    if spec == "vn":
        return VN_REGISTERS
    return tuple(spec.split(","))


def expected_roles(shape: dict[str, str], names: tuple[str, ...], office: dict[str, str] | None):
    """[(name, {allowed folded titles}, optional)] the shape expects."""
    out = []
    titles = [t.strip() for t in office["title"].split("|")] if office else []
    for item in filter(None, (part.strip() for part in shape["expected"].split(";"))):
        optional = item.startswith("?")
        key, _, spec = item.lstrip("?").partition("=")
        allowed = set()
        for alternative in spec.split("|"):
            alternative = alternative.strip()
            if "{T1}" in alternative:
                allowed |= {_fold(alternative.replace("{T1}", t)) for t in titles}
            else:
                allowed.add(_fold(alternative))
        out.append((names[int(key[1]) - 1], allowed, optional))
    return out


def cases(shapes=None, offices=None, sample: bool = False):
    """(case id, shape, office, text, names) for every shape × office of its registers.

    ``sample``: each shape with one office of two of its registers (rotating with the shape), fixed shapes with two
    name sets: every shape and register is kept in a few hundred cases."""
    shapes = shapes if shapes is not None else read_shapes()
    offices = offices if offices is not None else read_offices()
    for shape_index, shape in enumerate(shapes):
        if shape["registers"] == "fixed":
            for k, names in enumerate(VIETNAMESE_NAMES[: 2 if sample else None]):
                yield f"{shape['id']}:fixed{k}", shape, None, shape["template"].format(N1=names[0], N2=names[1], N3=names[2]), names
            continue
        registers = _registers(shape)
        if sample:
            registers = tuple(dict.fromkeys(registers[(shape_index + k) % len(registers)] for k in (0, 3)))
        for register in registers:
            pool = [o for o in offices if o["register"] == register]
            chosen = [pool[shape_index % len(pool)]] if sample else pool
            for office in chosen:
                index = offices.index(office)
                bank = FOREIGN_NAMES if register == "world" else VIETNAMESE_NAMES
                names = bank[(index + shape_index) % len(bank)]
                body = (" " + office["body"]) if office["body"] else ""
                text = shape["template"].format(N1=names[0], N2=names[1], N3=names[2], O1=office["head"] + body,
                                                o1=lower_office(office["head"]) + body, H1=office["head"],
                                                B1=office["body"])
                text = text[0].upper() + text[1:]
                yield f"{shape['id']}:{index}", shape, office, text, names


def _fold(value):
    from unionfacts.normalize import fold_for_matching
    return fold_for_matching(value) if value else ""


def judge(case, predicted):
    """(true positives, expected, false positives [(person, title)], missed [(name, titles)]) of one case."""
    _, shape, office, _, names = case
    expected = expected_roles(shape, names, office)
    pairs = {(_fold(p), _fold(t)) for p, t in predicted}
    tp, missed, covered = 0, [], set()
    for name, allowed, optional in expected:
        hits = {(n, t) for n, t in pairs if n == _fold(name) and t in allowed}
        covered |= hits
        if hits:
            tp += not optional
        elif not optional:
            missed.append((name, sorted(allowed)))
    fps = [(p, t) for p, t in predicted if (_fold(p), _fold(t)) not in covered]
    return tp, sum(not o for _, _, o in expected), fps, missed


def run(case_list):
    from unionfacts.api import extract_facts
    results = []
    for case in case_list:
        facts = extract_facts(case[3])
        predicted = [(p["name"], r["title"]) for p in facts["persons"] for r in p["roles"]]
        results.append((case, predicted))
    return results


def report(results, show: int = 0, out=sys.stdout):
    by = defaultdict(Counter)
    failures = []
    for case, predicted in results:
        tp, n, fps, missed = judge(case, predicted)
        shape, office = case[1], case[2]
        keys = ("all", "group:" + shape["group"], "register:" + (office["register"] if office else "fixed"),
                "shape:" + shape["id"])
        for key in keys:
            by[key]["tp"] += tp
            by[key]["n"] += n
            by[key]["fp"] += len(fps)
            by[key]["cases"] += 1
            by[key]["bad"] += bool(fps or missed)
        if fps or missed:
            failures.append((case, predicted, fps, missed))
    print(f"{'group':34} {'cases':>5} {'bad':>4} {'P':>6} {'R':>6} {'F':>6} {'fp':>4}", file=out)
    for key in sorted(by, key=lambda k: (k != "all", k.split(":")[0] == "shape", k)):
        c = by[key]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / c["n"] if c["n"] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{key:34} {c['cases']:5d} {c['bad']:4d} {p:6.3f} {r:6.3f} {f:6.3f} {c['fp']:4d}", file=out)
    for case, predicted, fps, missed in failures[:show]:
        print(f"\n[{case[0]}] {case[3]}\n  got    {predicted}\n  missed {missed}\n  fp     {fps}", file=out)
    return by, failures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--group")
    parser.add_argument("--shape")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--sample", action="store_true")
    args = parser.parse_args(argv)
    shapes = [s for s in read_shapes() if (not args.group or s["group"] == args.group)
              and (not args.shape or s["id"] == args.shape)]
    report(run(list(cases(shapes, sample=args.sample))), show=args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
