"""Officials in the shapes a new study set of union news found misread (study20: VietNews union articles),
issues 10 and 11. Every sentence is our own, written in the shape of a misread one; each table has rows that must stay
as they are (precision).
"""

from __future__ import annotations

import pytest

from test_extract_meetings import PUBLISHED, UNDATED, check
from test_extract_officials_audit import _folded, roles


# --- deputies of the National Assembly in a report of its sitting ------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # a debate in the hall: "đại biểu A" mid-sentence, in lower case, is a deputy even though a congress is named
    ("Sáng 12/6, Quốc hội thảo luận tại hội trường về dự án Luật Việc làm (sửa đổi). Không đồng tình với đề xuất "
     "lùi thời hạn vì Tổng Liên đoàn đang chuẩn bị Đại hội, đại biểu Hà Thị Lan cho rằng luật cần sửa ngay.",
     {("Hà Thị Lan", "Đại biểu", "Quốc hội Việt Nam")}),
    # one mark before names joined by "và" or a comma: each of them
    ("Tại phiên thảo luận của Quốc hội chiều 3/11, ý kiến của đại biểu Lò Văn Tâm và Đinh Thị Nga được nhiều người "
     "ủng hộ.",
     {("Lò Văn Tâm", "Đại biểu", "Quốc hội Việt Nam"), ("Đinh Thị Nga", "Đại biểu", "Quốc hội Việt Nam")}),
    # no sitting reported: a congress's delegate is no deputy, though the Assembly is named
    ("Tại Đại hội Công đoàn tỉnh Nghệ An, đại biểu Lê Văn Cường phát biểu tham luận. Ông Cường từng được Quốc hội "
     "tặng bằng khen.", set()),
    # a sitting named, but the name after "và" is joined to no deputy: the mark's own name only
    ("Tại kỳ họp thứ 6, Quốc hội nghe đại biểu Vi Thị Hồng phát biểu, còn ông Trần Văn Nam theo dõi từ xa.",
     {("Vi Thị Hồng", "Đại biểu", "Quốc hội Việt Nam")}),
])
def test_deputies_in_a_sitting(text, expected):
    assert roles(text) == _folded(expected)


# --- members elected into an organ of the body a bare head points back to -----------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Chiều 19/8, Chi hội Cựu chiến binh Sở Tài chính tỉnh Bình Định tổ chức đại hội. Đại hội đã bầu các đồng chí "
     "Đào Văn Sơn, Lý Thị Hạnh vào Ban Chấp hành Chi hội khóa III nhiệm kỳ 2024 - 2029.",
     {("Đào Văn Sơn", "Ủy viên Ban Chấp hành", "Chi hội Cựu chiến binh Sở Tài chính tỉnh Bình Định"),
      ("Lý Thị Hạnh", "Ủy viên Ban Chấp hành", "Chi hội Cựu chiến binh Sở Tài chính tỉnh Bình Định")}),
    ("Công đoàn Công ty Điện lực Bắc Giang tổ chức đại hội. Đại hội bầu bổ sung bà Mạc Thị Yến vào ban chấp hành "
     "Công đoàn Công ty khóa IV.",
     {("Mạc Thị Yến", "Ủy viên Ban Chấp hành", "Công đoàn Công ty Điện lực Bắc Giang")}),
    # a body named after the organ is the organ's, as before
    ("Hội nghị bầu bổ sung đồng chí Tạ Văn Lộc vào Ban Chấp hành Liên đoàn Lao động tỉnh Bắc Giang.",
     {("Tạ Văn Lộc", "Ủy viên Ban Chấp hành", "Liên đoàn Lao động tỉnh Bắc Giang")}),
])
def test_elected_into_an_organ_of_the_body_pointed_back_to(text, expected):
    assert roles(text) == _folded(expected)


# --- "các đồng chí" with no name is no form of address for the person named before ----------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Lương Văn Hải - Chủ tịch Liên đoàn Lao động tỉnh Bắc Giang (Ảnh: Minh Hà).\nCác đồng chí được bầu vào "
     "Ban Chấp hành Chi hội khóa III (Ảnh: Minh Hà).",
     {("Lương Văn Hải", "Chủ tịch", "Liên đoàn Lao động tỉnh Bắc Giang")}),
    # a singular form of address goes on about the one named before, as before
    ("Năm 2019, bà Trịnh Thu Hằng được điều động về Liên đoàn Lao động tỉnh Bắc Giang. Năm 2021, bà được bầu giữ "
     "chức Phó Chủ tịch Liên đoàn Lao động tỉnh Bắc Giang.",
     {("Trịnh Thu Hằng", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Bắc Giang")}),
])
def test_plural_address_is_no_back_reference(text, expected):
    assert roles(text) == _folded(expected)


# --- one sitting of a larger meeting, "tại" or "trong" it: one event, the sitting ----------------------
SITTINGS = [
    ("Tuy vậy, trong phiên thảo luận tại kỳ họp thứ 5 Hội đồng nhân dân tỉnh Nam Định khóa XIX nhiều đại biểu cho "
     "rằng mức hỗ trợ còn thấp.", UNDATED, [{"kind": "Phiên thảo luận", "name": "Phiên thảo luận", "date": None}]),
    ("Chiều 8/6, tại phiên chất vấn trong Kỳ họp thứ 5, Quốc hội khóa XV, Bộ trưởng Bộ Công Thương đã trả lời.",
     PUBLISHED, [{"kind": "Phiên chất vấn", "date": "2023-06-08"}]),
    # "của" joins them as before; the opening sitting of a session is that session, as before
    ("Chiều 8/6, tại phiên chất vấn của kỳ họp thứ 5, Bộ trưởng Bộ Y tế đã trả lời các câu hỏi.", PUBLISHED,
     [{"kind": "Phiên chất vấn", "date": "2023-06-08"}]),
    ("Sáng 20/7, tại phiên khai mạc Kỳ họp thứ 6, Quốc hội khóa XV, Chủ tịch Quốc hội đã phát biểu.", PUBLISHED,
     [{"kind": "Kỳ họp", "date": "2023-07-20"}]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SITTINGS)
def test_sitting_of_a_larger_meeting(text, published, expected):
    check(text, published, expected)
