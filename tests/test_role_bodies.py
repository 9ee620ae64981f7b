"""A body only an office names is an organization of the article too (pipeline/resolve/role_bodies.py)."""

from __future__ import annotations

import pytest

from unionfacts.api import extract_facts
from unionfacts.normalize import fold_for_matching


def _organizations(text: str) -> dict[str, dict]:
    facts = extract_facts(text, published="2024-03-20")
    return {fold_for_matching(org["name"]): org for org in facts["organizations"]}, facts


@pytest.mark.parametrize(("text", "body"), [
    # a Vietnamese ministry by its field after the minister's title (a foreign ministry only a title names is
    # none: below)
    ("Bộ trưởng Nội vụ Trần Văn Khải trình tờ trình.", "Bộ Nội vụ"),
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


@pytest.mark.parametrize(("text", "ministry"), [
    # a foreign ministry only its minister's title names is the role's body, no organization of the article
    ("Bộ trưởng Quốc phòng Nhật Bản Minoru Kihara thăm Hà Nội.", "Bộ Quốc phòng Nhật Bản"),
    # … also where the knowledge base knows that foreign body
    ("Thứ trưởng Quốc phòng Mỹ Dale Whitcomb thăm Hà Nội.", "Bộ Quốc phòng Mỹ"),
    ("Bộ trưởng Ngoại giao Phần Lan Pekka Virtanen hội đàm với người đồng cấp.", "Bộ Ngoại giao Phần Lan"),
])
def test_role_bodies_foreign_ministry_by_title_only(text, ministry):
    organizations, facts = _organizations(text)
    assert fold_for_matching(ministry) not in organizations
    bodies = {fold_for_matching(r["organization"] or "") for p in facts["persons"] for r in p["roles"]}
    assert fold_for_matching(ministry) in bodies


def test_role_bodies_foreign_ministry_written_as_a_body():
    organizations, _ = _organizations("Bộ Quốc phòng Hàn Quốc cho biết Bộ trưởng Quốc phòng Hàn Quốc Kim Min-soo "
                                      "đã ra lệnh.")
    assert fold_for_matching("Bộ Quốc phòng Hàn Quốc") in organizations
