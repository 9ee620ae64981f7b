"""Probe organization names outside the Vietnamese state-and-union mould (tests/foreign_org_inventory.tsv).

Every body is written in sentences of our own in the shapes world, business and society news use (after an
office and before a person's name, after a person's name and a comma, as a subject, after "Theo", after "của",
in a list, after "tại", and by its acronym alone, after "Theo", after an office, or in brackets after the full
name); a seat of government after "tại" is a venue and expects no body; "X thuộc Y" expects both bodies; the
things that are no organization (products, countries, places, treaties, events) expect none. Each sentence is
extracted alone and scored as GOLD.md scores organizations (scripts/org_inventory_probe.py).

    .venv/bin/python scripts/foreign_org_probe.py [--show N] [--domain D] [--shape S] [--jsonl OUT]
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path

from unionfacts.api import extract_facts
from unionfacts.normalize import fold_for_matching

ROOT = Path(__file__).resolve().parents[1]
INVENTORY = ROOT / "tests" / "foreign_org_inventory.tsv"
_spec = importlib.util.spec_from_file_location("org_inventory_probe", ROOT / "scripts" / "org_inventory_probe.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

BRACKET = re.compile(r"(.+) \(([^()]+)\)$")
TAIL = " Các chuyên gia đánh giá đây là tín hiệu đáng chú ý."
FOREIGN_PERSON, LOCAL_PERSON = "Mark Wilson", "Nguyễn Văn Hùng"
LOCAL_DOMAINS = ("vbiz", "vmedia", "nest")
FULL = {
    "title_person": "{T} {X} {P} cho biết kế hoạch sẽ được công bố trong tuần tới.",
    "person_comma": "Ông {P}, {T} {X}, cho biết kế hoạch sẽ được công bố trong tuần tới.",
    "subject": "{X} cho biết sẽ công bố báo cáo mới trong tuần tới.",
    "theo": "Theo {X}, số đơn đặt hàng đã giảm mạnh trong quý vừa qua.",
    "of": "Báo cáo mới nhất của {X} cho thấy tăng trưởng đã chậm lại.",
    "list": "Đại diện {Y}, {X} và {Z} đã tham dự diễn đàn.",
    "at": "Ông {P} từng làm việc tại {X} trong nhiều năm.",
}
CUED = ("title_person", "person_comma", "subject", "theo")
FORM = {
    "acr_subject": "{A} cho biết sẽ công bố báo cáo mới trong tuần tới.",
    "acr_theo": "Theo {A}, số đơn đặt hàng đã giảm mạnh trong quý vừa qua.",
    "acr_title": "{T} {A} {P} cho biết kế hoạch sẽ được công bố trong tuần tới.",
    "bracket": "{X} ({A}) vừa công bố báo cáo thường niên.",
}
NEG = {
    "neg_mention": "Nhiều chuyên gia đã nhắc tới {X} trong cuộc thảo luận.",
    "neg_subject": "{X} đang thu hút sự chú ý của dư luận.",
    "neg_at": "Ông {P} đã có mặt tại {X} vào sáng nay.",
}


def read_inventory(path: Path = INVENTORY) -> list[dict[str, str]]:
    return base.read_inventory(path)


def split(cell: str | None) -> list[str]:
    return [part for part in (cell or "").split("|") if part]


def bracketed(name: str) -> tuple[str, str | None]:
    """"Ngân hàng TMCP X (Vietcombank)" -> the name and the short form its brackets define."""
    match = BRACKET.match(name)
    return (match.group(1), match.group(2)) if match else (name, None)


def expected(row: dict[str, str]) -> list[list[str]]:
    """The bodies a sentence naming ``row`` by its full name holds, each as the list of its forms."""
    if row["kind"] == "neg":
        return []
    if row["kind"] == "nest":
        return [[part.strip()] for part in row["name"].replace(" trực thuộc ", " thuộc ").split(" thuộc ")]
    name, short = bracketed(row["name"])
    return [[name, *split(row["forms"]), *([short] if short else [])], *[[also] for also in split(row["also"])]]


def probes(rows: list[dict[str, str]]):
    """(shape, domain, text, gold bodies, the row's name) for every row and shape."""
    pools: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        if row["kind"] not in ("neg", "nest"):
            pools[row["domain"]].append(row)
    for index, row in enumerate(rows):
        person = LOCAL_PERSON if row["domain"] in LOCAL_DOMAINS else FOREIGN_PERSON
        if row["kind"] == "neg":
            for shape, template in NEG.items():
                yield shape, row["domain"], template.format(X=row["name"], P=person) + TAIL, [], row["name"]
            continue
        gold = expected(row)
        peers = [r for r in pools[row["domain"]] if r["name"] != row["name"]] or pools["intl"]
        y, z = peers[index % len(peers)], peers[(index + 3) % len(peers)]
        for shape, template in FULL.items():
            if row["kind"] == "cue" and shape not in CUED:
                continue
            want = gold
            if shape == "list":
                want = [*gold, *expected(y), *expected(z)]
            elif shape == "at" and row["kind"] == "seat":
                want = []
            text = template.format(X=row["name"], T=row["title"], P=person, Y=y["name"], Z=z["name"])
            yield shape, row["domain"], text + TAIL, want, row["name"]
        for form in split(row["forms"]):
            for shape, template in FORM.items():
                want = gold if shape == "bracket" else [[form]]  # the acronym alone names no body inside
                text = template.format(X=row["name"], A=form, T=row["title"], P=person)
                yield shape, row["domain"], text + TAIL, want, row["name"]


def score(text: str, gold: list[list[str]]) -> tuple[list[str], list[str], list[str]]:
    """Gold bodies found, gold bodies missed, found bodies that are none of the gold (as GOLD.md scores: a body
    is found when any of its forms equals the name or an alias of a found one)."""
    found = [(o["name"], {fold_for_matching(f) for f in [o["name"], *o["aliases"]]})
             for o in extract_facts(text)["organizations"]]
    hit, missed = [], []
    for forms in gold:
        folded = {fold_for_matching(f) for f in forms}
        (hit if any(folded & names for _, names in found) else missed).append(forms[0])
    every = {fold_for_matching(f) for forms in gold for f in forms}
    extra = [name for name, names in found if not names & every]
    return hit, missed, extra


def main(argv: list[str] | None = None) -> int:
    args = base.arguments(argv, __doc__.splitlines()[0])
    tally, failures, empty, wrong = base.run(probes(read_inventory()), score, args)
    base.report(tally, failures, args.show, ("shape", "domain"))
    print(f"sentences naming no body with a body found: {wrong}/{empty}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
