"""Foreign persons and their offices: sentences of our own in the shapes world and diplomatic
news write them (an office, the country it serves, the name; a form of address and a
surname; one name spelt two ways) and shapes that name nobody (a company after an office)."""

from __future__ import annotations

import pytest

from unionfacts import extract_facts
from unionfacts.normalize import fold_for_matching

CASES = [
    ("Ngoại trưởng Mỹ Antony Blinken hội đàm với Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn.",
     {("Antony Blinken", "Ngoại trưởng"), ("Bùi Thanh Sơn", "Bộ trưởng")}),
    ("Sáng 3/5, Thủ tướng Nhật Bản Kishida Fumio đã tiếp Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang.",
     {("Kishida Fumio", "Thủ tướng"), ("Nguyễn Đình Khang", "Chủ tịch")}),
    ("Tổng Thư ký LHQ António Guterres kêu gọi các bên kiềm chế.", {("António Guterres", "Tổng Thư ký")}),
    ("Thủ tướng Lào Sonexay Siphandone dự lễ. Thủ tướng Lào Sonexay Siphandon phát biểu.",
     {("Sonexay Siphandone", "Thủ tướng")}),
    ("Ông Putin nói với báo giới rằng cuộc gặp có ích.", {("Putin", None)}),
    ("Người phát ngôn Nga Dmitry Peskov cho biết.", {("Dmitry Peskov", "Người phát ngôn")}),
    # an office before a company's name, or a single foreign word after an office, names nobody
    ("Chủ tịch Toyota Motor cho biết công ty sẽ mở rộng sản xuất.", set()),
    ("Giám đốc Heineken phát biểu tại lễ ký kết.", set()),
    ("Phó Chủ tịch LĐLĐ tỉnh Bình Dương dự lễ khánh thành nhà máy Nestlé.", set()),
]


def _persons(text: str) -> set[tuple[str, str | None]]:
    found = set()
    for person in extract_facts(text)["persons"]:
        titles = {role["title"] for role in person["roles"]} or {None}
        found |= {(person["name"], title) for title in titles}
    return found


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_foreign_names_with_their_offices(text, expected):
    fold = lambda pairs: {(fold_for_matching(n), t and fold_for_matching(t)) for n, t in pairs}  # noqa: E731
    assert fold(_persons(text)) == fold(expected)
