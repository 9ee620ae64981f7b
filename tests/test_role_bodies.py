"""A body only an office names is an organization of the article too (pipeline/resolve/role_bodies.py)."""

from __future__ import annotations

import pytest

from unionfacts.api import extract_facts
from unionfacts.normalize import fold_for_matching


def _organizations(text: str) -> dict[str, dict]:
    facts = extract_facts(text, published="2024-03-20")
    return {fold_for_matching(org["name"]): org for org in facts["organizations"]}, facts


@pytest.mark.parametrize(("text", "body"), [
    # a field after a minister's title, with a foreign country
    ("Bộ trưởng Quốc phòng Nhật Bản Minoru Kihara thăm Hà Nội.", "Bộ Quốc phòng Nhật Bản"),
    # … also where the knowledge base knows that foreign body: it is no home body, its officer is foreign
    ("Thứ trưởng Quốc phòng Mỹ Dale Whitcomb thăm Hà Nội.", "Bộ Quốc phòng Mỹ"),
    # a place after a chairman's title is its People's Committee
    ("Phó Chủ tịch xã Tân Hòa Lê Văn Tám cho biết đã hỗ trợ 20 hộ.", "Ủy ban nhân dân xã Tân Hòa"),
    # a Party office beside a place's state office is the place's Party committee
    ("Ông Vừ A Páo, Bí thư, Chủ tịch UBND huyện Mường Nhé dự lễ.", "Huyện ủy Mường Nhé"),
])
def test_role_bodies_are_organizations(text, body):
    organizations, facts = _organizations(text)
    assert fold_for_matching(body) in organizations
    entry = organizations[fold_for_matching(body)]
    assert entry["aliases"] == []  # the office's words are no form of the body's name
    role_spans = {(r["start"], r["end"]) for p in facts["persons"] for r in p["roles"]}
    assert {(m["start"], m["end"]) for m in entry["mentions"]} <= role_spans


def test_role_bodies_named_in_the_text_are_not_repeated():
    organizations, _ = _organizations("Ông Trần Văn Sơn, Giám đốc Sở Y tế tỉnh Phú Thọ, cho biết.")
    assert list(organizations) == [fold_for_matching("Sở Y tế tỉnh Phú Thọ")]
    entry = organizations[fold_for_matching("Sở Y tế tỉnh Phú Thọ")]
    assert len(entry["mentions"]) == 1


def test_role_bodies_none_without_a_body():
    organizations, _ = _organizations("Thủ tướng Phạm Minh Chính phát biểu.")
    assert organizations == {}


def test_role_bodies_home_body_only_for_a_vietnamese_holder():
    # another state's minister, written without the state: the office names no Vietnamese ministry
    organizations, _ = _organizations("Ngoại trưởng Mỹ cho biết. Bộ trưởng Ngoại giao Antony Blinken nói thêm.")
    assert fold_for_matching("Bộ Ngoại giao") not in organizations
    organizations, _ = _organizations("Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản.")
    assert fold_for_matching("Bộ Ngoại giao") in organizations
