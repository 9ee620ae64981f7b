"""Organization names in the shapes held-out news writes them, on sentences of our own.

Each table gives text → the organizations expected (canonical name → the other forms the text
uses), and rows that must name no body or must not hold a given name. The sentences are
invented; none is taken from an article.
"""

from __future__ import annotations

import pytest

from unionfacts.extract.base import facts_of
from unionfacts.facts import organizations_json
from unionfacts.normalize import fold_for_matching, normalize_text

from conftest import annotated


def _entries(text: str) -> dict[str, set[str]]:
    mentions = facts_of(annotated(normalize_text(text), None), "organizations")
    return {fold_for_matching(e["name"]): {fold_for_matching(a) for a in e["aliases"]} for e in organizations_json(mentions)}


def _expected(expected: dict[str, set[str]]) -> dict[str, set[str]]:
    return {fold_for_matching(name): {fold_for_matching(a) for a in aliases} for name, aliases in expected.items()}


# --- one body written two ways is one organization --------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Công ty Cổ phần Dệt Hòa Bình đã ký thỏa ước lao động. Đại diện Công ty Dệt Hòa Bình cho biết lương tăng.",
     {"Công ty Cổ phần Dệt Hòa Bình": {"Công ty Dệt Hòa Bình"}}),
    ("Ông A là Giám đốc Công ty TNHH MTV Sông Lam. Công ty Sông Lam đã trả đủ lương.",
     {"Công ty TNHH một thành viên Sông Lam": {"Công ty TNHH MTV Sông Lam", "Công ty Sông Lam"}}),
    ("Bà làm việc tại Ngân hàng Công thương Việt Nam rồi chuyển sang Ngân hàng Công thương VN chi nhánh mới.",
     {"Ngân hàng Công thương Việt Nam": {"Ngân hàng Công thương VN"}}),
    ("Ông học tại Đại học Bách khoa Đà Nẵng, sau đó giảng dạy tại Trường Đại học Bách khoa Đà Nẵng.",
     {"Trường Đại học Bách khoa Đà Nẵng": {"Đại học Bách khoa Đà Nẵng"}}),
    ("Thứ trưởng Bộ Nông nghiệp & Phát triển nông thôn đã về làm việc với tỉnh.",
     {"Bộ Nông nghiệp và Phát triển nông thôn": {"Bộ Nông nghiệp & Phát triển nông thôn"}}),
    ("Cuộc họp nghe Bộ Văn hóa, Thể thao & Du lịch (VH,TT&DL) báo cáo. Thứ trưởng Bộ VH,TT&DL nói thêm.",
     {"Bộ Văn hóa, Thể thao và Du lịch": {"Bộ Văn hóa, Thể thao & Du lịch", "Bộ VH,TT&DL"}}),
    # the article's own dash spacing names a known body; its acronym with a dash is the same body
    ("Lễ do Hội đồng Thi đua-Khen thưởng (TĐ-KT) Trung ương tổ chức. Thường trực Hội đồng TĐ-KT Trung ương dự.",
     {"Hội đồng Thi đua-Khen thưởng Trung ương": {"Hội đồng TĐ-KT Trung ương"}}),
    ("Ban TĐ-KT Trung ương đã tổng hợp danh sách.", {"Ban Thi đua - Khen thưởng Trung ương": {"Ban TĐ-KT Trung ương"}}),
])
def test_org_shapes_one_body_written_two_ways(text, expected):
    assert _entries(text) == _expected(expected)


@pytest.mark.parametrize("text", [
    # two companies of one group with different names stay two
    "Công ty Cổ phần Dệt Hòa Bình và Công ty Dệt Nam Định cùng ký thỏa ước.",
])
def test_org_shapes_different_bodies_stay_apart(text):
    assert len(_entries(text)) == 2


# --- where a name ends ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # a term after the name says which congress, it is no word of the name
    ("Năm 2015, chị được bầu vào Ban Chấp hành Đảng bộ huyện Krông Nô nhiệm kỳ III (2015-2020).",
     {"Đảng bộ huyện Krông Nô"}),
    ("Đại hội Công đoàn Trường Đại học Vinh khóa XV thành công tốt đẹp.",
     {"Công đoàn Trường Đại học Vinh", "Trường Đại học Vinh"}),
    # a country after a dash says where the body is
    ("Ông học tại Đại học Kỹ thuật Dresden – Cộng hòa Dân chủ Đức (1972-1979).", {"Đại học Kỹ thuật Dresden"}),
    ("Ông làm nghiên cứu sinh tại Viện Vật lý Kurchatov - Liên bang Nga.", {"Viện Vật lý Kurchatov"}),
])
def test_org_shapes_name_ends(text, expected):
    assert set(_entries(text)) == {fold_for_matching(name) for name in expected}


@pytest.mark.parametrize("text", [
    # a kind of body and a country say where it is from, not which body it is
    "Là một trường đại học Hoa Kỳ, trường chú trọng đào tạo thực hành.",
    "Các công ty Nhật Bản tiếp tục mở rộng đầu tư vào tỉnh.",
    # a term alone after a name is no body
    "Đại hội nhiệm kỳ III đã bầu Ban Chấp hành mới.",
])
def test_org_shapes_no_body(text):
    assert _entries(text) == {}


def test_org_shapes_embassy_of_a_country_is_a_body():
    assert "đại sứ quán hoa kỳ" in _entries("Đại sứ quán Hoa Kỳ tổ chức lễ kỷ niệm.")
