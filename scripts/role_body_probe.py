"""Role-body probe: the body an office belongs to, for every body of tests/data/role_body_inventory.tsv.

Each inventory row (an office and the body it is held in, by body kind) is attached to a person's name by
templates of our own in the shapes Vietnamese news uses: before the name, after it with a comma, a dash or in
brackets, in lower case, as a former office, chained with a second office of another kind of body, after an
elliptic Party or union office ("Bí thư Đảng ủy, Giám đốc Công ty X": the Đảng ủy of Công ty X), and with the
body first and its people after ("Về phía X có ông A, Phó Giám đốc; bà B, Trưởng phòng Tổ chức"). Rows of kind
"implied" are offices whose body their field or country implies; rows of kind "relative" name a body relative
to the article's place, which an opening sentence of the same article gives. Names rotate through Vietnamese
names (foreign names for foreign holders).

Scored as roles (person, title) and as roles_org (person, title, organization): a predicted role matching no
expected one is a false positive of both, a role with the right title and a wrong body a false positive of
roles_org.

    .venv/bin/python scripts/role_body_probe.py [--kind K] [--shape S] [--show N] [--json OUT]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

INVENTORY = Path(__file__).resolve().parent.parent / "tests" / "data" / "role_body_inventory.tsv"

VIETNAMESE_NAMES = ["Nguyễn Văn Khải", "Trần Thị Mai Hương", "Lê Quốc Bảo", "Phạm Hữu Nghĩa", "Đặng Thị Ngọc Anh",
                    "Vũ Đình Long", "Hồ Sỹ Hưng", "Lò Văn Pấng", "Ngô Tuấn", "Bùi Thị Thanh Xuân", "Đinh Công Sơn",
                    "Lương Thị Hải Yến", "Dương Minh Trí"]
FOREIGN_NAMES = ["Robert Miller", "Anna Keller", "Pierre Lambert", "Hiroshi Tanaka", "Maria Gonzalez",
                 "Jean-Paul Martin", "Kim Young-soo"]
SECOND = "Trưởng phòng Tổ chức"  # the office of the second person listed after a body

TEMPLATES = {
    "before": "{W} {N} phát biểu tại buổi làm việc.",
    "comma": "Tham dự có {h} {N}, {W}.",
    "dash": "{H} {N} – {W} cho biết đơn vị đã hoàn thành kế hoạch.",
    "paren": "{H} {N} ({W}) trình bày báo cáo tại hội nghị.",
    "lower": "Theo {h} {N}, {w}, kết quả này rất đáng ghi nhận.",
    "former": "Tới dự buổi gặp mặt có {h} {N}, nguyên {W}.",
    "chain": "{H} {N}, {W}, {W2} phát biểu chỉ đạo hội nghị.",
    "elliptic": "{H} {N}, {E}, {W}, cho biết năm nay thu nhập của người lao động tăng.",
    "body_first": "Về phía {B} có {h} {N}, {O}; {hc} {C}, " + SECOND + ".",
    "delegate": "Đại diện {B} có {h} {N}, {O}.",
}
ELLIPTIC = (("Bí thư Đảng ủy", "Bí thư", "Đảng ủy "), ("Chủ tịch Công đoàn", "Chủ tịch", "Công đoàn "))
INTRODUCTIONS = ("Sáng 12/4, Liên đoàn Lao động {P} tổ chức hội nghị tổng kết công tác năm 2023.",
                 "Sáng 8/3, tại {P}, đoàn công tác của Tổng Liên đoàn Lao động Việt Nam thăm và tặng quà công nhân.")
SHAPES_OF = {
    "implied": ("before", "comma", "dash", "paren", "lower", "former"),
    "relative": ("before", "comma", "dash", "paren", "body_first"),
}
ALL_SHAPES = tuple(TEMPLATES)


def read_inventory(path: Path = INVENTORY) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [{key: (value or "") for key, value in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


FEMALE = frozenset({"Anna Keller", "Maria Gonzalez"})


def _honorific(name: str) -> str:
    return "bà" if " Thị " in name or name in FEMALE else "ông"


def _lower_office(office: str, title: str) -> str | None:
    """The office as news writes it in lower case after a name: its title's words in lower case, a field or
    body after them as written ("bộ trưởng Nội vụ"); None for an abbreviation or an office not led by its title."""
    words, size = office.split(), len(title.split())
    if (words[0].isupper() and len(words[0]) > 1) or " ".join(words[:size]).lower() != title.lower():
        return None
    return " ".join([w.lower() for w in words[:size]] + words[size:])


def _alternatives(value: str) -> frozenset[str]:
    return frozenset(part.strip() for part in value.split("|") if part.strip())


def _expected(row: dict[str, str], name: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """(person, titles, organizations) expected of a row: "Bộ trưởng, Chủ nhiệm" is two offices in the body."""
    titles = [row["title"]] if "|" in row["title"] else [t.strip() for t in row["title"].split(",")]
    return [(name, _alternatives(title), _alternatives(row["organization"])) for title in titles]


def _standalone_body(row: dict[str, str]) -> bool:
    """Whether the body column names the body alone, so that it can open a list of its people."""
    return bool(row["body"]) and row["office"] in _alternatives(row["title"]) and row["body"][0].isupper()


def _shapes(row: dict[str, str]) -> tuple[str, ...]:
    if row["kind"] in SHAPES_OF:
        return SHAPES_OF[row["kind"]]
    shapes = [s for s in ALL_SHAPES if s not in ("elliptic", "body_first", "delegate")]
    if row["flag"] == "y":
        shapes.append("elliptic")
    if _standalone_body(row):
        shapes += ["body_first", "delegate"]
    return tuple(shapes)


def _partner(rows: list[dict[str, str]], index: int) -> dict[str, str]:
    """A row of another kind of body for the second office of a chain."""
    plain = [r for r in rows if r["kind"] not in SHAPES_OF]
    for step in range(37, 37 + len(plain)):
        other = plain[(index * 7 + step) % len(plain)]
        if other["kind"] != rows[index]["kind"] and other["flag"] != "f":
            return other
    return plain[0]


def cases(rows: list[dict[str, str]]):
    """(case id, shape, text, expected roles, row) for every row and shape."""
    for index, row in enumerate(rows):
        names = FOREIGN_NAMES if row["flag"] == "f" else VIETNAMESE_NAMES
        written = (row["office"] + " " + row["body"]).strip()
        for shape_index, shape in enumerate(_shapes(row)):
            name = names[(index + shape_index) % len(names)]
            second = VIETNAMESE_NAMES[(index + shape_index + 5) % len(VIETNAMESE_NAMES)]
            expected = _expected(row, name)
            fields = {"N": name, "W": written, "B": row["body"], "O": row["office"], "C": second,
                      "h": _honorific(name), "H": _honorific(name).capitalize(), "hc": _honorific(second)}
            if shape == "lower":
                lower = _lower_office(row["office"], row["title"].split("|")[0].split(",")[0].strip())
                if lower is None:
                    continue
                fields["w"] = (lower + " " + row["body"]).strip()
            if shape == "chain":
                other = _partner(rows, index)
                fields["W2"] = other["office"] + " " + other["body"]
                expected += _expected(other, name)
            if shape == "elliptic":
                office, title, head = ELLIPTIC[index % len(ELLIPTIC)]
                fields["E"] = office
                orgs = frozenset(head + org for org in _alternatives(row["organization"]))
                expected.append((name, frozenset({title}), orgs))
            if shape == "body_first":
                expected.append((second, frozenset({SECOND}), _alternatives(row["organization"])))
            text = TEMPLATES[shape].format(**fields)
            if row["kind"] == "relative":
                text = INTRODUCTIONS[index % len(INTRODUCTIONS)].format(P=row["place"]) + " " + text
            yield f"{index}:{shape}", shape, text, expected, row


def _fold(value) -> str:
    from unionfacts.normalize import fold_for_matching
    return fold_for_matching(value) if value else ""


def score_case(expected, predicted) -> tuple[Counter, list]:
    """Counts of one case: expected roles, roles and roles_org hits, predicted roles, and the wrong predictions."""
    counts = Counter(expected=len(expected), predicted=len(predicted))
    left = list(predicted)
    wrong = []
    for person, titles, orgs in expected:
        folded_titles, folded_orgs = {_fold(t) for t in titles}, {_fold(o) for o in orgs}
        for candidate in left:
            if _fold(candidate[0]) == _fold(person) and _fold(candidate[1]) in folded_titles:
                left.remove(candidate)
                counts["roles"] += 1
                body_names = {_fold(name) for name in (candidate[3] if len(candidate) > 3 else [candidate[2]])}
                if (body_names & folded_orgs) if orgs else not candidate[2]:
                    counts["roles_org"] += 1
                else:
                    wrong.append(candidate)
                break
    return counts, wrong + left


def score(results):
    """results: list of (case, predicted roles [(person, title, org)]) → counts by group and failures."""
    by = defaultdict(Counter)
    failures = []
    for case, predicted in results:
        cid, shape, text, expected, row = case
        counts, wrong = score_case(expected, predicted)
        for key in ("all", "kind:" + row["kind"], "shape:" + shape):
            by[key].update(counts)
            by[key]["cases"] += 1
        if counts["roles_org"] < counts["expected"] or wrong:
            failures.append((cid, row["kind"], text, expected, predicted))
    return by, failures


def prf(c: Counter, key: str) -> tuple[float, float, float]:
    p = c[key] / c["predicted"] if c["predicted"] else 0.0
    r = c[key] / c["expected"] if c["expected"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def predicted_roles(text: str) -> list[tuple[str, str, str | None, list[str]]]:
    """(person, title, organization, every name the article gives that organization) of each predicted role:
    the body matches by any of its names, as the evaluator's roles_org does."""
    from unionfacts.api import extract_facts
    facts = extract_facts(text)
    names = {}
    for org in facts["organizations"]:
        for name in (org["name"], *org.get("aliases", [])):
            names.setdefault(name, [org["name"], *org.get("aliases", [])])
    return [(p["name"], r["title"], r.get("organization"), names.get(r.get("organization"), [r.get("organization")]))
            for p in facts["persons"] for r in p["roles"]]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind")
    parser.add_argument("--shape")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    rows = read_inventory()
    chosen = [case for case in cases(rows) if (not args.kind or case[4]["kind"] == args.kind)
              and (not args.shape or case[1] == args.shape)]
    by, failures = score([(case, predicted_roles(case[2])) for case in chosen])
    print(f"{'group':18} {'cases':>6} {'roles P/R/F':>20} {'roles_org P/R/F':>20}")
    for key in sorted(by, key=lambda k: (k != "all", k.startswith("shape:"), k)):
        c = by[key]
        t, o = prf(c, "roles"), prf(c, "roles_org")
        print(f"{key:18} {c['cases']:6d} {t[0]:6.3f} {t[1]:6.3f} {t[2]:6.3f} {o[0]:6.3f} {o[1]:6.3f} {o[2]:6.3f}")
    for cid, kind, text, expected, predicted in failures[: args.show]:
        shown = [(p, "|".join(sorted(t)), "|".join(sorted(o))) for p, t, o in expected]
        print(f"\n[{cid} {kind}] {text}\n  expected {shown}\n  got      {predicted}")
    if args.json:
        Path(args.json).write_text(json.dumps(
            [(cid, kind, text, [(p, sorted(t), sorted(o)) for p, t, o in expected], predicted)
             for cid, kind, text, expected, predicted in failures], ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
