"""Probe where an organization's name ends: the bodies of tests/org_inventory.tsv and tests/foreign_org_inventory.tsv
(kind org) in the contexts that follow a name in Vietnamese news (issue 11).

A body's name is followed, in sentences of our own, by a person's name with or without an office, by the place of
the event ("tại Hà Nội"), by a date ("ngày 5/12"), by "và" and another body, by a lower-case verb or predicate
("đã tổ chức", "cho biết", "phối hợp với" a body), by "gửi" and another body, by "năm 2026", by a bracketed place,
by a quoted programme's name, by a sentence's end; a foreign body with its acronym is also followed by the acronym in
brackets. Each sentence is extracted alone and scored as GOLD.md scores organizations (a name found with a wrong
boundary is a miss and a spurious body, scripts/org_inventory_probe.py). Sampled by tests/test_extract_org_boundaries.py.

    .venv/bin/python scripts/org_boundary_probe.py [--show N] [--domain D] [--shape S] [--jsonl OUT]
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("org_inventory_probe", ROOT / "scripts" / "org_inventory_probe.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
FOREIGN = ROOT / "tests" / "foreign_org_inventory.tsv"
base_bracket = re.compile(r"(.+) \(([^()]+)\)$")

# {X} the body, {Y} another body (of another domain), {T} an office of X's head, {A} X's acronym
SHAPES = {
    "rep_person": "Đại diện {X} ông Nguyễn Văn Hùng phát biểu tại buổi lễ.",
    "behalf_person": "Thay mặt {X}, bà Lê Thị Mai trao quà cho các hộ khó khăn.",
    "title_person_office": "{T} {X} Trần Quốc Bảo kiêm Trưởng ban chỉ đạo cho biết kế hoạch đã xong.",
    "at_place": "Buổi làm việc với {X} tại Hà Nội kết thúc lúc 11 giờ.",
    "at_place_hcm": "Đoàn công tác đã đến thăm {X} tại thành phố Hồ Chí Minh.",
    "date_after": "{X} ngày 5/12 đã ban hành kế hoạch triển khai.",
    "of_date": "Theo thông báo của {X} ngày 5/12, hồ sơ được nhận đến hết tháng.",
    "and_body": "{X} và {Y} đã ký kết chương trình phối hợp giai đoạn 2026 - 2030.",
    "verb_said": "{X} cho biết đã hoàn thành kế hoạch năm.",
    "verb_held": "{X} đã tổ chức hội nghị tổng kết công tác năm 2026.",
    "verb_coop": "{X} phối hợp với {Y} tổ chức chương trình trao học bổng.",
    "send_to": "Văn bản của {X} gửi {Y} nêu rõ thời hạn báo cáo.",
    "year_after": "Kết quả hoạt động của {X} năm 2026 được đánh giá cao.",
    "quoted": "{X} phát động cuộc thi \"Tìm hiểu pháp luật lao động\" trong toàn địa bàn.",
    "final": "Bằng khen được trao cho {X}.",
    "acronym": "{X} ({A}) vừa công bố báo cáo thường niên.",
}


def rows() -> list[dict[str, str]]:
    own = base.read_inventory()
    foreign = [r for r in base.read_inventory(FOREIGN) if r.get("kind") == "org"]
    for r in foreign:
        r["domain"] = "f" + r["domain"] if not r["domain"].startswith("f") else r["domain"]
    return own + [_as_written(r) for r in foreign]


def _as_written(row: dict[str, str]) -> dict[str, str]:
    """A body written with its brand in brackets ("Ngân hàng TMCP Quân đội (MB)") is the name before them, as
    scripts/foreign_org_probe.py scores it."""
    match = base_bracket.match(row["name"])
    return {**row, "name": match.group(1), "forms": "|".join(f for f in [match.group(2), row.get("forms")] if f)} \
        if match else row


def acronym(row: dict[str, str]) -> str | None:
    for form in (row.get("forms") or "").split("|"):
        if form and form.replace("-", "").replace("&", "").isupper() and " " not in form:
            return form
    return None


def probes(items: list[dict[str, str]]):
    """(shape, domain, text, gold bodies, the row's name) for every row and shape."""
    by_domain: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in items:
        by_domain[row["domain"]].append(row)
    domains = sorted(by_domain)
    for index, row in enumerate(items):
        other = domains[(domains.index(row["domain"]) + 1 + index) % len(domains)]
        if other == row["domain"]:
            other = domains[(domains.index(other) + 1) % len(domains)]
        peers = by_domain[other]
        y = peers[index % len(peers)]
        for shape, template in SHAPES.items():
            gold = base.gold_of(row)
            a = acronym(row)
            if shape == "acronym" and a is None:
                continue
            if "{Y}" in template:
                gold = [*gold, *base.gold_of(y)]
            if "{T}" in template and not row.get("title"):
                continue
            text = template.format(X=row["name"], Y=y["name"], T=row.get("title", ""), A=a)
            yield shape, row["domain"], text, list(dict.fromkeys(gold)), row["name"]


def main(argv: list[str] | None = None) -> int:
    args = base.arguments(argv, __doc__.splitlines()[0])
    tally, failures, _, _ = base.run(probes(rows()), base.score, args)
    base.report(tally, failures, args.show, ("shape", "domain"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
