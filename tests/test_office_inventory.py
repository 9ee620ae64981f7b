"""Offices of the systematic inventory (tests/data/office_inventory.tsv): a sample of the office probe.

The inventory lists the offices Vietnamese news gives persons, by domain (Party, State and National Assembly,
Government, local government, courts and procuracy, police and army, mass organizations, trade unions,
schools and hospitals, companies, press, diplomacy, world, abbreviations), each with an example body and the
role GOLD.md / NOTES.md items 10, 27, 33 and 34 write for it. ``scripts/office_probe.py`` puts every row next
to a name in five shapes of our own (before the name at a sentence's start, after it with a comma, with a
dash, in a list of delegates, in lower case) and scores the whole probe; this table runs every second row in
one shape each (the shapes rotate), so that every domain and shape is kept. A case passes when the person
holds the row's title with its organization (where the row gives one) and no other office is read. Cases the
pipeline still gets wrong are ``xfail(strict=True)`` with the general reason.
"""

from __future__ import annotations

import pytest

from conftest import assert_covers, load_script, probe_param

probe = load_script("office_probe")

_BEFORE_A_NAME = "a body ending in a place or a name the person's name follows right after is read as one run " \
                 "(\"Bí thư Quận ủy Ba Đình A\", \"Hiệu trưởng Trường THPT Phan Bội Châu A\")"
KNOWN_FAILURES: dict[str, str] = {
    "290:before": _BEFORE_A_NAME,
    "550:before": _BEFORE_A_NAME,
    "452:comma": "a unit's capitalized field runs over the head of the body after it (\"Trưởng khoa Luật [Trường] Đại học …\")",
    "522:comma": "a workshop's name (\"Phân xưởng X\") between an office and its company is not read as the title's unit",
    "626:list": "the Party's boards abbreviated after an office (\"Trưởng BTC\", \"Trưởng BTG\") are not expanded",
    "630:before": "\"Q.\" (Quyền, acting) before an office is not read",
}


def _sample():
    rows = probe.read_inventory()
    chosen = []
    for case in probe.cases(rows):
        index, shape = case[0].split(":")
        index = int(index)
        if index % 2:
            continue
        shapes = probe.WORLD_TEMPLATES if case[4]["domain"] == "world" else tuple(probe.TEMPLATES)
        if shape == shapes[(index // 2) % len(shapes)] or shape == "comma" and probe._lower_office(case[4]["office"]) is None \
                and shapes[(index // 2) % len(shapes)] == "lower":
            chosen.append(case)
    return chosen


CASES = _sample()


@pytest.mark.parametrize("case", [probe_param(case, KNOWN_FAILURES, "domain") for case in CASES])
def test_office_of_inventory(case):
    from unionfacts.api import extract_facts
    facts = extract_facts(case[2])
    predicted = [(p["name"], r["title"], r.get("organization")) for p in facts["persons"] for r in p["roles"]]
    _, failures = probe.score([(case, predicted)])
    assert not failures, f"{case[2]} -> {predicted}; expected {case[3]}: {case[4]['title']} / {case[4]['organization']}"


def test_sample_covers_every_domain_and_shape():
    assert_covers(CASES, probe.read_inventory(), "domain", probe.TEMPLATES)


# A place of two words before the officer's full name, the place beginning with a family name too ("Thạch",
# "Hoàng"): the place keeps its two words, the name after it is the person's (orgbase.trim_name). Sentences of
# our own in the shape "Office Body-of-a-place Name …".
PLACE_BEFORE_NAME = [
    ("Chủ tịch UBND huyện Thạch Hà Phạm Hữu Nghĩa phát biểu tại hội nghị.", "Phạm Hữu Nghĩa", "Chủ tịch",
     "Ủy ban nhân dân huyện Thạch Hà"),
    ("Phó Chủ tịch UBND huyện Lương Sơn Trần Văn Long kiểm tra công trình.", "Trần Văn Long", "Phó Chủ tịch",
     "Ủy ban nhân dân huyện Lương Sơn"),
    ("Chủ tịch UBND huyện Can Lộc Nguyễn Văn Nam trao quà.", "Nguyễn Văn Nam", "Chủ tịch", "Ủy ban nhân dân huyện Can Lộc"),
]


@pytest.mark.parametrize("text, person, title, organization", PLACE_BEFORE_NAME)
def test_place_of_two_words_before_a_name(text, person, title, organization):
    from unionfacts.api import extract_facts
    roles = {(p["name"], r["title"], r.get("organization")) for p in extract_facts(text)["persons"] for r in p["roles"]}
    assert (person, title, organization) in roles
