"""Officials and meetings in the shapes two new study sets found misread (study18: bulk news with offices and
meetings; study19: union news), issues 10 and 11. Every sentence is our own, written in the shape of a misread
one; each table has rows that must stay as they are (precision).
"""

from __future__ import annotations

import pytest

from test_extract_meetings import PUBLISHED, UNDATED, check
from test_extract_officials_audit import _fold, _folded, persons, roles


# --- a table of members flattened to lines: the name on a line, its offices on the next ones -------
TABLE = ("Danh sách Ban Chấp hành Công đoàn Trường Đại học Sao Việt như sau:\nTT\nHọ tên\nChức vụ/Đơn vị hiện nay\n"
         "1\nTS. Trần Văn Bình\nChủ tịch Công đoàn Trường - Ủy viên Ban thường vụ Đảng ủy\nViện trưởng Viện Cơ khí\n"
         "2\nPGS. Lê Thị Hoa\nHiệu trưởng Trường Đại học Sao Việt\n3\nThS. Đỗ Minh Khang\nGiảng viên")


@pytest.mark.parametrize(("text", "expected"), [
    (TABLE, {("Trần Văn Bình", "Chủ tịch", "Công đoàn Trường Đại học Sao Việt"),
             ("Trần Văn Bình", "Ủy viên Ban Thường vụ", None),
             ("Trần Văn Bình", "Viện trưởng", "Viện Cơ khí"),
             ("Lê Thị Hoa", "Hiệu trưởng", "Trường Đại học Sao Việt")}),
    # a name alone on a line, then a line of offices: a signature, the same shape
    ("Thay mặt Ban Thường vụ\nNguyễn Văn Toàn\nChủ tịch Liên đoàn Lao động tỉnh Bắc Ninh",
     {("Nguyễn Văn Toàn", "Chủ tịch", "Liên đoàn Lao động tỉnh Bắc Ninh")}),
    # a line that says more than offices is no cell: the paragraph's office is no one's on the line before
    ("Ảnh: Nguyễn Văn Toàn\nChủ tịch Liên đoàn Lao động tỉnh cho biết sẽ tăng mức hỗ trợ.", set()),
    ("Phạm Thu Hà\nChủ tịch Liên đoàn Lao động tỉnh Bắc Ninh Trần Văn Lực cho biết sẽ tăng mức hỗ trợ.",
     {("Trần Văn Lực", "Chủ tịch", "Liên đoàn Lao động tỉnh Bắc Ninh")}),
])
def test_offices_in_a_table_row(text, expected):
    assert roles(text) == _folded(expected)


# --- "&" joins two offices of one holder, as "kiêm" does --------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Tham dự có ông Trần Văn Phú, Chủ tịch HĐQT Tập đoàn Sao Mai, ông Lê Minh Hải - Chủ tịch HĐQT & Tổng giám đốc "
     "Công ty cổ phần Đầu tư Hòa Bình.",
     {("Trần Văn Phú", "Chủ tịch Hội đồng quản trị", "Tập đoàn Sao Mai"),
      ("Lê Minh Hải", "Chủ tịch Hội đồng quản trị", "Công ty cổ phần Đầu tư Hòa Bình"),
      ("Lê Minh Hải", "Tổng Giám đốc", "Công ty cổ phần Đầu tư Hòa Bình")}),
    ("Bà Lê Thu Hà, Giám đốc Công ty Sao & Mai, cho biết.", {("Lê Thu Hà", "Giám đốc", "Công ty Sao & Mai")}),
])
def test_offices_joined_by_ampersand(text, expected):
    assert roles(text) == _folded(expected)


# --- meetings --------------------------------------------------------------------------------------
MEETINGS = [
    # the short form of a kind of place with its full stop is no end of the meeting's name
    # (what the meeting does next, after its whole name, gives the days it lasts)
    ("Sáng 12-7, Đại hội Công đoàn TP. Cần Thơ khoá IX chính thức khai mạc. Đại hội Công đoàn TP. Cần Thơ lần thứ IX "
     "sẽ tiếp tục làm việc đến hết ngày 13-7.", PUBLISHED, [{"kind": "Đại hội", "date": "2023-07-12/2023-07-13"}]),
    # a term set off by a comma after the name is the name's: what the meeting does next follows it
    ("Sáng 12-7, Đại hội Công đoàn tỉnh Hậu Giang khoá IX chính thức khai mạc với 300 đại biểu. Đại hội Công đoàn "
     "tỉnh Hậu Giang lần thứ IX, nhiệm kỳ 2023 - 2028 sẽ tiếp tục các phiên làm việc đến hết ngày 14-7.", PUBLISHED,
     [{"kind": "Đại hội", "date": "2023-07-12/2023-07-14"}]),
    ("Sáng 3-7, Đại hội Hội Nông dân tỉnh Sóc Trăng lần thứ X, nhiệm kỳ 2023 - 2028 đã khai mạc. Đại hội "
     "diễn ra đến hết ngày 4-7.", PUBLISHED,
     [{"kind": "Đại hội", "date": "2023-07-03/2023-07-04"}]),
    # a headline's ceremony the body reports under another name on its day: one occasion
    ("Phó Thủ tướng dự lễ tôn vinh 20 doanh nghiệp, 'Bông hồng vàng'\nChương trình “Bông hồng vàng” tôn vinh 20 "
     "doanh nghiệp chăm lo tốt cho người lao động.\nTối 12/5, tại Hà Nội, Tổng Liên đoàn Lao động Việt Nam tổ chức "
     "chương trình “Bông hồng vàng – Dấu ấn 10 năm”. Phó Thủ tướng phát biểu tại buổi lễ.", PUBLISHED,
     [{"kind": "Chương trình", "date": "2023-05-12", "organizer": "Tổng Liên đoàn Lao động Việt Nam"}]),
    # not when the body reports two: which of them the headline names is unknown
    ("Bộ trưởng dự lễ trao giải Sao Vàng đất Việt\nSáng 12/5, Bộ Công Thương tổ chức hội nghị về năng lượng tái tạo "
     "tại Hà Nội. Chiều cùng ngày, Hội Doanh nhân trẻ Việt Nam tổ chức hội thảo về chuyển đổi số.", PUBLISHED,
     [{"kind": "Lễ", "date": None}, {"kind": "Hội nghị", "date": "2023-05-12"},
      {"kind": "Hội thảo", "date": "2023-05-12"}]),
    ("Ủy ban Thường vụ Quốc hội họp phiên thứ 25", UNDATED, []),
    # a meeting on whose margins someone speaks takes the day its own verb gives, set off by a comma, after its place
    ("Bên lề Hội nghị xúc tiến đầu tư vùng Tây Nguyên năm 2023, diễn ra tại tỉnh Đắk Lắk ngày 12/5, trao đổi với "
     "phóng viên, ông Trần Văn Nam cho biết tỉnh sẽ thu hút thêm vốn.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-05-12"}]),
    ("Bên lề Hội thảo kinh tế tư nhân, tổ chức ở Hà Nội sáng 20/6, ông Lê Văn Tâm chia sẻ về xuất khẩu.", PUBLISHED,
     [{"kind": "Hội thảo", "date": "2023-06-20"}]),
    # not a day of what is said on the margins
    ("Bên lề Hội nghị xúc tiến đầu tư vùng Tây Nguyên, ông Trần Văn Nam cho biết ngày 12/5 tỉnh sẽ khởi công nhà máy.",
     PUBLISHED, [{"kind": "Hội nghị", "date": None}]),
]


@pytest.mark.parametrize(("text", "published", "expected"), MEETINGS)
def test_meetings_of_union_news(text, published, expected):
    check(text, published, expected)


# --- foreign and overseas Vietnamese names -------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # a Western given name before a Vietnamese family name, as overseas Vietnamese write theirs
    ("Trả lời cổ đông, ông Michael Trần - Phó Tổng Giám đốc Công ty Hòa Bình - nói công ty sẽ tăng vốn.",
     {"Michael Trần"}),
    ("Tham dự có ông Peter Lê, Chủ tịch HĐQT Công ty Sao Mai.", {"Peter Lê"}),
    # not when a capitalized word follows the family name: a place, a body
    ("Ông Obama Hà Nội thăm phố cổ.", set()),
    # a person's noun set off by a dash after a foreign name cues it, as one set off by a comma does
    ("Karen Miller - một nhà phân tích tại ABC Advisory Group, cho biết các dự án có rủi ro.", {"Karen Miller"}),
    ("Karen Miller, một nhà phân tích tại ABC Advisory Group, cho biết các dự án có rủi ro.", {"Karen Miller"}),
    ("Galaxy Note - một sản phẩm của Samsung, bán chạy nhất năm.", set()),
])
def test_foreign_and_overseas_names(text, expected):
    assert persons(text) == {_fold(name) for name in expected}
