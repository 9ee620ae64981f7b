"""Officials and organizations on sentences of our own, written in the shapes of union news.

Each table gives text → the facts expected (organizations by name, roles as (person,
title, organization)), with rows that must stay empty. The sentences are invented; none
is taken from an article.
"""

from __future__ import annotations

import pytest

from unionfacts.extract.base import facts_of
from unionfacts.normalize import fold_for_matching, normalize_text

from conftest import annotated


def _doc(text: str, published: str | None = None):
    return annotated(normalize_text(text), published)


def _fold(value):
    return fold_for_matching(value) if value else None


def org_names(text: str, published: str | None = None) -> set[str]:
    return {_fold(m.name) for m in facts_of(_doc(text, published), "organizations")}


def roles(text: str, published: str | None = None) -> set[tuple]:
    return {(_fold(r.person), _fold(r.title), _fold(r.organization)) for r in facts_of(_doc(text, published), "roles")}


def person_names(text: str, published: str | None = None) -> set[str]:
    return {_fold(m.name) for m in facts_of(_doc(text, published), "persons")}


def _folded(expected) -> set:
    return {tuple(_fold(part) for part in item) if isinstance(item, tuple) else _fold(item) for item in expected}


# --- a name read after a head ends before a person's full name --------------------------------
@pytest.mark.parametrize(("text", "organization", "person"), [
    ("Chủ tịch Công đoàn Công Thương Việt Nam Trần Quang Huy trao quà cho công nhân.",
     "Công đoàn Công Thương Việt Nam", "Trần Quang Huy"),
    ("Giám đốc Công ty TNHH May Hòa Bình Lê Văn Hùng cho biết đơn hàng đã kín đến tháng 6.",
     "Công ty TNHH May Hòa Bình", "Lê Văn Hùng"),
    ("Hiệu trưởng Trường Đại học Kinh tế Quốc dân Phạm Hồng Chương phát biểu.",
     "Trường Đại học Kinh tế Quốc dân", "Phạm Hồng Chương"),
])
def test_officials_pattern_name_stops_before_a_person(text, organization, person):
    assert _fold(organization) in org_names(text)
    assert _fold(person) in person_names(text)


@pytest.mark.parametrize("text, organization", [
    ("Sinh viên Trường Đại học Nguyễn Tất Thành tham gia hiến máu.", "Trường Đại học Nguyễn Tất Thành"),
    ("Học sinh Trường THPT Lê Quý Đôn được tặng học bổng.", "Trường THPT Lê Quý Đôn"),
    ("Công ty Thoát nước Hà Nội đã hoàn thành kế hoạch.", "Công ty Thoát nước Hà Nội"),
])
def test_officials_eponym_names_stay_whole(text, organization):
    assert _fold(organization) in org_names(text)


# --- former offices ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Dự lễ có ông Đặng Ngọc Tùng, nguyên Chủ tịch Tổng LĐLĐ Việt Nam.",
     {("Đặng Ngọc Tùng", "Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam", True)}),
    ("Nguyên Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến đã đến thăm bệnh viện.",
     {("Nguyễn Thị Kim Tiến", "Bộ trưởng", "Bộ Y tế", True)}),
    ("Ông Lê Văn Khoa – cựu Giám đốc Sở Xây dựng tỉnh Quảng Nam, và ông Trần Văn Hải – Phó Chủ tịch LĐLĐ tỉnh "
     "Quảng Nam cùng dự.",
     {("Lê Văn Khoa", "Giám đốc", "Sở Xây dựng tỉnh Quảng Nam", True),
      ("Trần Văn Hải", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Quảng Nam", False)}),
])
def test_officials_former_office_is_a_role_marked_former(text, expected):
    found = {(_fold(r.person), _fold(r.title), _fold(r.organization), r.former) for r in facts_of(_doc(text), "roles")}
    assert found == {(_fold(p), _fold(t), _fold(o), former) for p, t, o, former in expected}


def test_officials_former_is_in_the_facts_contract():
    from unionfacts.api import extract_facts

    facts = extract_facts("Ông Đặng Ngọc Tùng, nguyên Chủ tịch Tổng LĐLĐ Việt Nam, phát biểu.")
    (person,) = facts["persons"]
    assert [(role["title"], role["former"]) for role in person["roles"]] == [("Chủ tịch", True)]
