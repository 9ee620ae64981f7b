"""Name probe: every name of tests/data/name_inventory.tsv in the shapes Vietnamese news writes it.

Each inventory row is put in sentences of our own. A Vietnamese-shaped name: after a form of address at a
sentence's start, after an office, before an office after a comma, with a dash, in a list of persons, in a
quote frame, after "Theo", after a rank or a degree, alone at a sentence's start, and right after a place
that ends an office's body ("Bí thư Thành ủy Hà Nội A"). A foreign name: after its office and country, with
the office after a comma, after "Theo ông", in a quote frame, in a list after a Vietnamese leader, alone at a
sentence's start. A non-person form (a street, a body or a prize named after a person, a brand, a place, a
byline) in three sentences: it must give no person, except the person a prize is named after (NOTES.md 34).
Scored as persons (by folded name: a predicted person no case expects is a false positive) and as roles,
(person, title) pairs where the template or the office gives a title; ranks, degrees and callings are no
roles (NOTES.md 34), so a role read from them is a false positive. The control persons of a template count
as persons; their roles are not scored.

    .venv/bin/python scripts/name_probe.py [--domain D] [--shape S] [--show N] [--json OUT]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

INVENTORY = Path(__file__).resolve().parent.parent / "tests" / "data" / "name_inventory.tsv"

CONTROLS = ("Hoàng Văn Thắng", "Trần Thị Mai", "Phạm Minh Chính")
RANKS = ("Thượng tướng", "Đại tá", "GS.TS.", "PGS.TS", "NSND", "Nhà báo", "Bác sĩ", "Luật sư", "Thiếu tướng",
         "TS.", "Nghệ nhân", "Thượng tá")

# shape: (template, title the named person holds or None)
VN_TEMPLATES = {
    "hon": ("{H} {N} cho biết năm nay gia đình trồng thêm 2 ha cà phê.", None),
    "title": ("Giám đốc Sở Y tế {N} cho biết toàn tỉnh đã tiêm đủ vắc xin.", "Giám đốc"),
    "comma": ("{N}, Bí thư Đảng ủy xã, cho biết bản đã có điện lưới.", "Bí thư"),
    "dash": ("Đồng chí {N} - Phó Chủ tịch LĐLĐ tỉnh phát biểu chỉ đạo hội nghị.", "Phó Chủ tịch"),
    "list": ("Dự lễ có các ông Hoàng Văn Thắng, {N} và bà Trần Thị Mai.", None),
    "quote": ("“Chúng tôi sẽ cố gắng hơn nữa”, {h} {N} nói.", None),
    "theo": ("Theo {h} {N}, kết quả này rất đáng ghi nhận.", None),
    "rank": ("{R} {N} trao quà cho các gia đình chính sách.", None),
    "bare": ("{N} sinh năm 1978 trong một gia đình nông dân.", None),
    "place": ("Chủ tịch UBND huyện Mường Tè {N} cho biết huyện đã hỗ trợ 300 hộ.", "Chủ tịch"),
    "city": ("Bí thư Thành ủy Hà Nội {N} dự lễ khánh thành.", "Bí thư"),
}
FOREIGN_TEMPLATES = {
    "office": ("{O} {N} cho biết nước này sẵn sàng hợp tác.", True),
    "comma": ("{H} {N}, {O}, cho biết hai bên sẽ ký thỏa thuận.", True),
    "theo": ("Theo {h} {N}, hai bên cần tăng cường hợp tác.", False),
    "quote": ("“Đây là thời điểm quan trọng”, {h} {N} nói.", False),
    "list": ("Thủ tướng Phạm Minh Chính đã gặp {O} {N} bên lề hội nghị.", True),
    "bare": ("{N} đã có chuyến thăm chính thức tới Việt Nam.", False),
}
NONPERSON_TEMPLATES = {
    "street": ("Công ty đặt trụ sở tại {F}, cách trung tâm 2 km.", "Vụ tai nạn xảy ra trên {F} vào sáng qua.",
               "Người dân {F} đã được hỗ trợ kịp thời."),
    "body": ("Đoàn công tác đã đến thăm {F} vào sáng nay.", "{F} tổ chức lễ khai giảng năm học mới.",
             "Ông Hoàng Văn Thắng, Giám đốc {F}, cho biết đơn vị đã hoàn thành kế hoạch."),
    "award": ("Anh được trao {F} năm 2024.", "{F} năm nay có 12 tác phẩm đoạt giải.",
              "Lễ trao {F} diễn ra tối qua."),
    "brand": ("{F} công bố lợi nhuận quý III tăng mạnh.", "Cổ phiếu của {F} tăng trần trong phiên sáng nay.",
              "Ông Hoàng Văn Thắng, Tổng Giám đốc {F}, cho biết doanh thu tăng 20%."),
    "place": ("Ông Hoàng Văn Thắng đến {F} công tác từ năm 2010.", "{F} có 20 nghìn đoàn viên công đoàn.",
              "Chủ tịch UBND {F} Hoàng Văn Thắng cho biết đã hỗ trợ 300 hộ."),
    "byline": ("Công nhân được nhận quà Tết từ công đoàn.\n\n{F}",
               "Lễ trao quà diễn ra ấm cúng, trang trọng. (Ảnh: {F})",
               "Hội nghị đã thành công tốt đẹp.\n\n{F}\n"),
}


def read_inventory(path: Path = INVENTORY) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def cases(rows: list[dict[str, str]]):
    """(case id, shape, text, expected persons, expected (person, title) pairs, row) for every row and shape."""
    for index, row in enumerate(rows):
        name, kind = row["name"], row["kind"]
        if kind == "vn":
            for shape, (template, title) in VN_TEMPLATES.items():
                text = template.format(N=name, H=_capital(row["hon"]), h=row["hon"], R=RANKS[index % len(RANKS)])
                persons = {name} | {c for c in CONTROLS if c in text}
                yield f"{index}:{shape}", shape, text, persons, {(name, title)} if title else set(), row
        elif kind == "foreign":
            person = row["expected"] or name
            for shape, (template, titled) in FOREIGN_TEMPLATES.items():
                text = template.format(N=name, O=row["office"], H=_capital(row["hon"]), h=row["hon"])
                if shape == "office":
                    text = _capital(text)
                persons = {person} | {c for c in CONTROLS if c in text}
                pairs = {(person, title) for title in row["title"].split("|")} if titled and row["title"] else set()
                yield f"{index}:{shape}", shape, text, persons, pairs, row
        else:
            for number, template in enumerate(NONPERSON_TEMPLATES[row["domain"]]):
                text = template.format(F=name)
                text = _capital(text) if template.startswith("{") else text
                persons = {c for c in CONTROLS if c in text} | ({row["expected"]} if row["expected"] else set())
                pairs = {(row["expected"], row["title"])} if row["expected"] and row["title"] else set()
                yield f"{index}:{row['domain']}{number}", f"{row['domain']}{number}", text, persons, pairs, row


def _fold(value):
    from unionfacts.normalize import fold_for_matching
    return fold_for_matching(value) if value else ""


def score(results):
    """results: list of (case, predicted persons [name], predicted roles [(person, title)]) → counts, failures."""
    by = defaultdict(Counter)
    failures = []
    controls = {_fold(c) for c in CONTROLS}
    for case, names, roles in results:
        cid, shape, text, persons, pairs, row = case
        expected = {_fold(p) for p in persons}
        predicted = {_fold(n) for n in names}
        tp, fp, fn = len(expected & predicted), len(predicted - expected), len(expected - predicted)
        want = {(_fold(p), _fold(t)) for p, t in pairs}
        got = {(_fold(p), _fold(t)) for p, t in roles if _fold(p) not in controls}
        rtp, rfp, rfn = len(want & got), len(got - want), len(want - got)
        for key in ("all", row["domain"], "kind:" + row["kind"], "shape:" + row["kind"] + ":" + shape.rstrip("012")):
            c = by[key]
            c["cases"] += 1
            c["tp"] += tp
            c["fp"] += fp
            c["fn"] += fn
            c["rtp"] += rtp
            c["rfp"] += rfp
            c["rfn"] += rfn
        if fp or fn or rfp or rfn:
            failures.append((cid, row["domain"], text, sorted(persons), sorted(pairs), sorted(names), sorted(roles)))
    return by, failures


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(selected):
    from unionfacts.api import extract_facts
    results = []
    for case in selected:
        facts = extract_facts(case[2])
        names = [p["name"] for p in facts["persons"]]
        roles = [(p["name"], r["title"]) for p in facts["persons"] for r in p["roles"]]
        results.append((case, names, roles))
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--domain")
    parser.add_argument("--shape")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    rows = [r for r in read_inventory() if not args.domain or r["domain"] == args.domain]
    selected = [c for c in cases(rows) if not args.shape or c[1].rstrip("012") == args.shape]
    by, failures = score(run(selected))
    print(f"{'group':22} {'cases':>6} {'persons P/R/F':>20} {'roles P/R/F':>20}")
    for key in sorted(by, key=lambda k: (k != "all", k.startswith("shape:"), k.startswith("kind:"), k)):
        c = by[key]
        p, r = prf(c["tp"], c["fp"], c["fn"]), prf(c["rtp"], c["rfp"], c["rfn"])
        print(f"{key:22} {c['cases']:6d} {p[0]:6.3f} {p[1]:6.3f} {p[2]:6.3f} {r[0]:6.3f} {r[1]:6.3f} {r[2]:6.3f}")
    for cid, domain, text, persons, pairs, names, roles in failures[: args.show]:
        print(f"\n[{cid} {domain}] {text!r}\n  expected {persons} {pairs}\n  got      {names} {roles}")
    if args.json:
        Path(args.json).write_text(json.dumps(failures, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
