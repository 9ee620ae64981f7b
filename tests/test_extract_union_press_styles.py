"""Officials and organizations in union news written in the style of the national dailies (lower-case
heads and titles, "TP. HCM", "khoá XI", dates "30-6"), in the shapes an audit of unread articles of
that style found misread (issue 11). Every sentence is our own, written in the shape of a misread
one; each table has rows that must stay empty or unchanged (precision).
"""

from __future__ import annotations

import pytest

from test_extract_officials_audit import _folded, roles
from test_extract_union_officials_audit import organizations, person_names
from unionfacts.normalize import fold_for_matching


# --- a counted office before a list of its holders: each holder's, of the body just elected into ---
@pytest.mark.parametrize(("text", "expected"), [
    ("Hội nghị đã bầu bà Đặng Thị Thu làm chủ tịch Liên đoàn lao động tỉnh Long An khoá X, 3 phó chủ tịch gồm: "
     "ông Trần Văn Bình, bà Lê Thị Cúc, ông Hồ Văn Dũng.",
     {("Đặng Thị Thu", "Chủ tịch", "Liên đoàn Lao động tỉnh Long An"),
      ("Trần Văn Bình", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Long An"),
      ("Lê Thị Cúc", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Long An"),
      ("Hồ Văn Dũng", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Long An")}),
    # the list in the next line, a listed name with a remark in brackets
    ("Ông Lê Văn Em tái đắc cử chủ tịch Công đoàn ngành Y tế tỉnh Cà Mau.\n"
     "2 phó chủ tịch gồm: ông Trần Văn Khoa (tái đắc cử) và ông Hồ Văn Lực.",
     {("Lê Văn Em", "Chủ tịch", "Công đoàn ngành Y tế tỉnh Cà Mau"),
      ("Trần Văn Khoa", "Phó Chủ tịch", "Công đoàn ngành Y tế tỉnh Cà Mau"),
      ("Hồ Văn Lực", "Phó Chủ tịch", "Công đoàn ngành Y tế tỉnh Cà Mau")}),
    # no body elected into before: the office alone
    ("Ban thường vụ có 2 phó chủ tịch gồm: ông Trần Văn Khoa, ông Hồ Văn Lực.",
     {("Trần Văn Khoa", "Phó Chủ tịch", None), ("Hồ Văn Lực", "Phó Chủ tịch", None)}),
    # an office of another rank before: no body
    ("Bà Đặng Thị Thu được bầu làm chủ tịch Liên đoàn lao động tỉnh Long An. 2 uỷ viên gồm: ông Trần Văn Khoa, "
     "ông Hồ Văn Lực.",
     {("Đặng Thị Thu", "Chủ tịch", "Liên đoàn Lao động tỉnh Long An"),
      ("Trần Văn Khoa", "Ủy viên", None), ("Hồ Văn Lực", "Ủy viên", None)}),
])
def test_counted_office_before_its_holders(text, expected):
    assert roles(text) == _folded(expected)


# --- "Liên đoàn lao động TP" is the city's federation; a name never runs on into the next line ----
@pytest.mark.parametrize(("text", "expected"), [
    ("Đại hội Công đoàn TP. HCM lần thứ XI bế mạc sáng 30-6.\n"
     "Bà Trần Thị Hoa được bầu lại làm chủ tịch Liên đoàn lao động TP khoá XI.",
     {("Trần Thị Hoa", "Chủ tịch", "Liên đoàn Lao động thành phố Hồ Chí Minh")}),
    ("Ban chấp hành đã bầu 1 chủ tịch và 4 phó chủ tịch LĐLĐ TP.\nBà Trần Thị Hoa phát biểu nhận nhiệm vụ.",
     set()),
])
def test_city_federation_named_without_the_city(text, expected):
    assert roles(text) == _folded(expected)


def test_name_stops_at_a_line_break():
    text = "Ban chấp hành đã bầu 1 chủ tịch và 4 phó chủ tịch LĐLĐ TP.\nBà Trần Thị Hoa phát biểu nhận nhiệm vụ."
    assert not any("hoa" in name or "bà" in name.split() for name in organizations(text))


# --- bodies whose heads the lexicon lacked: "Đoàn Khối …", "Chi hội …"; "ôtô" inside a company's name -----
@pytest.mark.parametrize(("text", "expected_roles", "expected_orgs"), [
    ("Tới dự có ông Nguyễn Văn Sơn, phó bí thư Đoàn Khối Doanh nghiệp Trung ương.",
     {("Nguyễn Văn Sơn", "Phó Bí thư", "Đoàn Khối Doanh nghiệp Trung ương")},
     {"Đoàn Khối Doanh nghiệp Trung ương"}),
    ("Ông Lê Văn Hải, Chi hội trưởng Chi hội Cựu giáo chức Sao Mai, phát biểu.",
     {("Lê Văn Hải", "Chi hội trưởng", "Chi hội Cựu giáo chức Sao Mai")}, {"Chi hội Cựu giáo chức Sao Mai"}),
    ("Ông Trương Văn Tú - chủ tịch Công đoàn Công ty CP sản xuất ôtô Sao Bắc (Ninh Bình) nhận giải thưởng.",
     {("Trương Văn Tú", "Chủ tịch", "Công đoàn Công ty cổ phần sản xuất ôtô Sao Bắc")},
     {"Công đoàn Công ty cổ phần sản xuất ôtô Sao Bắc", "Công ty cổ phần sản xuất ôtô Sao Bắc"}),
    # a person whose family name is Đoàn stays a person
    ("Ông Đoàn Văn Khối, chủ tịch Công đoàn ngành Giao thông tỉnh Nghệ An, phát biểu.",
     {("Đoàn Văn Khối", "Chủ tịch", "Công đoàn ngành Giao thông tỉnh Nghệ An")},
     {"Công đoàn ngành Giao thông tỉnh Nghệ An"}),
])
def test_bodies_of_other_heads(text, expected_roles, expected_orgs):
    assert roles(text) == _folded(expected_roles)
    assert organizations(text) == {fold_for_matching(name) for name in expected_orgs}


# --- "Tổng giám đốc Tập đoàn": the state group named before, not the last company ---------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Tập đoàn Dầu khí Việt Nam tổ chức lễ khai mạc. Giải ba thuộc về CĐ Công ty Sao Mai. Ông Hồ Văn Nam, "
     "phó tổng giám đốc Tập đoàn trao giải.",
     {("Hồ Văn Nam", "Phó Tổng Giám đốc", "Tập đoàn Dầu khí Quốc gia Việt Nam")}),
    # an office with no head after it: not a group the base lists, which the company's guests may name
    ("Đại hội cổ đông có đại diện Tổng công ty Khí Việt Nam. Ông Trần Văn Chính - chủ tịch HĐQT phát biểu.",
     {("Trần Văn Chính", "Chủ tịch Hội đồng quản trị", None)}),
    # a company of a worker, no group named: the company
    ("Công ty TNHH Sao Mai tổ chức hội thao. Ông Hồ Văn Nam, phó tổng giám đốc, trao giải.",
     {("Hồ Văn Nam", "Phó Tổng Giám đốc", "Công ty TNHH Sao Mai")}),
])
def test_office_of_the_group_named_before(text, expected):
    assert roles(text) == _folded(expected)


@pytest.mark.parametrize(("text", "expected_orgs"), [
    ("Liên doanh ôtô Nhật Bản áp dụng giá mới từ tháng 3.", set()),
    ("Công ty CP sản xuất ôtô Sao Bắc tăng lương cho công nhân.", {"Công ty cổ phần sản xuất ôtô Sao Bắc"}),
])
def test_fields_then_a_country_name_no_body(text, expected_orgs):
    assert organizations(text) == {fold_for_matching(name) for name in expected_orgs}


def test_group_by_its_acronym_is_one_body():
    text = "Tập đoàn Dầu khí Việt Nam tổ chức hội thao. Năm nay, Tập đoàn DKVN gặp nhiều khó khăn."
    assert organizations(text) == {fold_for_matching("Tập đoàn Dầu khí Quốc gia Việt Nam")}


# --- the dailies print the byline on a line of its own after the body, then the photo captions ------
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Lê Văn Tám phát biểu tại hội nghị.\nHội nghị bế mạc cùng ngày.\nTrần Hà\n\n\n"
     "Ông Lê Văn Tám phát biểu tại hội nghị.", {"Lê Văn Tám"}),
    # a caption naming a person with a form of address is no byline; nor is a line the body goes on after
    ("Ông Lê Văn Tám phát biểu tại hội nghị.\nÔng Bùi Văn Chín\n\nÔng Bùi Văn Chín phát biểu.",
     {"Lê Văn Tám", "Bùi Văn Chín"}),
    ("Ông Lê Văn Tám phát biểu tại hội nghị.\nNguyễn Văn Mười\nlà người được khen thưởng.", {"Lê Văn Tám", "Nguyễn Văn Mười"}),
])
def test_byline_line_before_the_captions(text, expected):
    assert person_names(text) == {fold_for_matching(name) for name in expected}


# --- an acronym's "&" written between spaces, as a tokenized text prints it, names the same body -------
@pytest.mark.parametrize(("text", "expected"), [
    ("Bộ trưởng Bộ LĐ - TB & XH Lê Văn Dũng khẳng định thời điểm đã chín muồi.",
     {("Lê Văn Dũng", "Bộ trưởng", "Bộ Lao động - Thương binh và Xã hội")}),
    ("Bộ trưởng Bộ LĐ-TB&XH Lê Văn Dũng khẳng định thời điểm đã chín muồi.",
     {("Lê Văn Dũng", "Bộ trưởng", "Bộ Lao động - Thương binh và Xã hội")}),
])
def test_spaced_ampersand_in_an_acronym(text, expected):
    assert roles(text) == _folded(expected)
