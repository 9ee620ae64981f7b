"""Officials in the shapes a new study set of union news found misread (study20: VietNews union articles),
issues 10 and 11. Every sentence is our own, written in the shape of a misread one; each table has rows that must stay
as they are (precision).
"""

from __future__ import annotations

import pytest

from test_extract_meetings import PUBLISHED, UNDATED, check, meetings_doc
from test_extract_officials_audit import _fold, _folded, persons, roles
from unionfacts.extract.base import facts_of


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


# --- a list of a body's officers headed in the plural with no body, in the sentence after the body's ------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Hội đồng Thi đua - Khen thưởng tỉnh Gia Lai do Chủ tịch UBND tỉnh Võ Ngọc Thành làm chủ tịch. Các Phó chủ tịch "
     "gồm: Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quế; bà Lê Thị Nga, Trưởng Ban Thi đua - Khen thưởng tỉnh; ông Đinh Văn "
     "Tươi, Chủ tịch LĐLĐ tỉnh.",
     {("Võ Ngọc Thành", "Chủ tịch", "Ủy ban nhân dân tỉnh Gia Lai"),
      ("Võ Ngọc Thành", "Chủ tịch", "Hội đồng Thi đua - Khen thưởng tỉnh Gia Lai"),  # "do A làm chủ tịch": the body's
      ("Nguyễn Hữu Quế", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Gia Lai"),
      ("Nguyễn Hữu Quế", "Phó Chủ tịch", "Hội đồng Thi đua - Khen thưởng tỉnh Gia Lai"),
      ("Lê Thị Nga", "Phó Chủ tịch", "Hội đồng Thi đua - Khen thưởng tỉnh Gia Lai"),
      ("Lê Thị Nga", "Trưởng Ban", "Ban Thi đua - Khen thưởng tỉnh Gia Lai"),
      ("Đinh Văn Tươi", "Phó Chủ tịch", "Hội đồng Thi đua - Khen thưởng tỉnh Gia Lai"),
      ("Đinh Văn Tươi", "Chủ tịch", "Liên đoàn Lao động tỉnh Gia Lai")}),
    # a holder's own office with no body of its own stays bodiless ("Phó Chủ tịch nước")
    ("Hội đồng Thi đua - Khen thưởng Trung ương do Thủ tướng làm chủ tịch. Các Phó chủ tịch gồm: Phó Chủ tịch nước "
     "Võ Thị Ánh Xuân; ông Đỗ Văn Chiến, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
     {("Võ Thị Ánh Xuân", "Phó Chủ tịch", "Hội đồng Thi đua - Khen thưởng Trung ương"),
      ("Võ Thị Ánh Xuân", "Phó Chủ tịch nước", None),
      ("Đỗ Văn Chiến", "Phó Chủ tịch", "Hội đồng Thi đua - Khen thưởng Trung ương"),
      ("Đỗ Văn Chiến", "Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}),
    # "X do A làm <office>": the office the verb gives is X's
    ("Ban Chỉ đạo phòng chống thiên tai tỉnh Hà Tĩnh do Phó Chủ tịch UBND tỉnh Lê Ngọc Châu làm Trưởng ban.",
     {("Lê Ngọc Châu", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
      ("Lê Ngọc Châu", "Trưởng Ban", "Ban Chỉ đạo phòng chống thiên tai tỉnh Hà Tĩnh")}),
    # a heading with its body, as before
    ("Các Phó Chủ tịch LĐLĐ tỉnh Gia Lai gồm: ông Lê Văn Dũng, bà Trần Thị Mai.",
     {("Lê Văn Dũng", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Gia Lai"),
      ("Trần Thị Mai", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Gia Lai")}),
])
def test_list_headed_after_its_body(text, expected):
    assert roles(text) == _folded(expected)

# --- a newspaper's editor sharing the body of the union office after it: the newspaper's -----------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Bà Đoàn Thị Lụa - Phó Tổng biên tập, Chủ tịch Công đoàn Báo Lao Động Thủ đô - cho biết như vậy.",
     {("Đoàn Thị Lụa", "Phó Tổng Biên tập", "Báo Lao Động Thủ đô"),
      ("Đoàn Thị Lụa", "Chủ tịch", "Công đoàn Báo Lao Động Thủ đô")}),
    # a union's own office shares the union, as before
    ("Bà Đoàn Thị Lụa - Phó Chủ tịch, Chủ tịch Công đoàn Báo Lao Động Thủ đô - cho biết như vậy.",
     {("Đoàn Thị Lụa", "Phó Chủ tịch", "Công đoàn Báo Lao Động Thủ đô"),
      ("Đoàn Thị Lụa", "Chủ tịch", "Công đoàn Báo Lao Động Thủ đô")}),
])
def test_editor_of_the_unions_newspaper(text, expected):
    assert roles(text) == _folded(expected)

# --- a Party committee's organ in sentence case before the committee and its place --------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 3-4, bà Lê Thị Huệ - phó chủ nhiệm Uỷ ban kiểm tra Tỉnh uỷ Sóc Trăng - cho biết cơ quan này vừa thông báo "
     "kỷ luật.", {("Lê Thị Huệ", "Phó Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Sóc Trăng")}),
    ("Ông Vũ Văn Kiên, trưởng Ban tuyên giáo Huyện ủy Yên Dũng, cho biết như vậy.",
     {("Vũ Văn Kiên", "Trưởng Ban", "Ban Tuyên giáo Huyện ủy Yên Dũng")}),
])
def test_party_organ_in_sentence_case(text, expected):
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


# --- meetings study21 found misread ---------------------------------------------------------------
READ_2021 = "2021-04-29"
MEETINGS = [
    # a press exchange with its classifier is a press conference; the bare verb (anyone answering a reporter) is none
    ("Chiều 27/4, bên lề hội nghị, Đại sứ Hungary tại Việt Nam đã có cuộc trao đổi với báo chí về tình hình dịch bệnh.",
     READ_2021, [{"kind": "Họp báo", "date": "2021-04-27"}]),
    ("Ông Lê Văn Tám trao đổi với báo chí rằng công ty sẽ trả đủ lương.", READ_2021, []),
    # a relative day inside a quotation opening its paragraph is the speaker's day, not the publication's: the meeting
    # the speaker names there is the one reported, and no day of its own
    ("Chiều 27/4, Bộ Ngoại giao nước này tổ chức cuộc họp trực tuyến với các nước láng giềng.\n“Hy vọng cuộc gặp của "
     "chúng ta ngày hôm nay sẽ có ích”, Bộ trưởng nói tại cuộc họp.",
     READ_2021, [{"kind": "Cuộc họp", "date": "2021-04-27"}]),
    ("Trung Quốc ngày 27/4 cho biết sẽ lập kho vật tư y tế. Ấn Độ cũng được mời dự cuộc họp trực tuyến với các nước "
     "Nam Á.\n“Hy vọng cuộc gặp của chúng ta ngày hôm nay sẽ có ích”, Bộ trưởng nói tại cuộc họp.",
     READ_2021, [{"kind": "Cuộc họp", "date": None}]),
    # the reporter's own "sáng nay" dates it, as before
    ("Sáng nay, Bộ Công Thương tổ chức hội nghị tổng kết công tác quý I.", READ_2021,
     [{"kind": "Hội nghị", "date": "2021-04-29"}]),
    # leaders' field survey of a site on a day is an inspection visit (NOTES.md item 30); not students' field work
    ("Chiều 12/4, Chủ tịch UBND tỉnh Long An Nguyễn Văn Út đã khảo sát thực địa công trình đê bao chống ngập.",
     READ_2021, [{"kind": "Buổi khảo sát thực địa", "date": "2021-04-12"}]),
    ("Sáng 5/4, nhóm sinh viên đã khảo sát thực địa khu rừng ngập mặn để làm luận văn.", READ_2021, []),
    # a body's short name in brackets inside the meeting's name: the name goes on after it (and what follows dates it)
    ("Chiều 4-4, tại Hội nghị Ban chấp hành Liên đoàn lao động (LĐLĐ) tỉnh Bình Dương lần thứ 12, ông Lê Văn An được "
     "bầu giữ chức Chủ tịch.", READ_2021,
     [{"kind": "Hội nghị", "date": "2021-04-04"}]),
    # an edition of a programme (its year closing its name) "trong" which a union gave gifts on the clause's day is an
    # occasion held; a national programme is none
    ("Sáng 12-1, tại xã An Thới, Công đoàn Báo Thanh Niên đã trao tặng 100 suất quà tết cho học sinh nghèo trong "
     "chương trình Xuân yêu thương 2021.", READ_2021, [{"kind": "Chương trình", "date": "2021-01-12"}]),
    ("Sáng 12-1, Sở Thông tin và Truyền thông đã ký kết thỏa thuận với doanh nghiệp trong chương trình Chuyển đổi số "
     "quốc gia.", READ_2021, []),
    # a name quoted after a colon is the meeting's: what follows it dates the meeting
    ("Ý kiến trên được nêu tại Hội nghị: “Triển khai Nghị định số 116 về đào tạo giáo viên” do Bộ Giáo dục và Đào tạo "
     "tổ chức sáng nay 29/4 tại Hà Nội. Ý kiến này được nhiều đại biểu dự hội nghị tán thành.", READ_2021,
     [{"kind": "Hội nghị", "date": "2021-04-29", "name": "Hội nghị “Triển"}]),
]


@pytest.mark.parametrize(("text", "published", "expected"), MEETINGS)
def test_meetings_study21(text, published, expected):
    check(text, published, expected)


def test_meeting_name_goes_on_after_a_short_name_in_brackets():
    text = ("Sáng 12/3, Hội nghị Ban Chấp hành Công đoàn Giáo dục Việt Nam (CĐGDVN) lần thứ 5 khóa XII đã khai mạc "
            "tại Hà Nội.")
    names = [event.name for event in facts_of(meetings_doc(text, "2021-04-29"), "events")]
    assert names == ["Hội nghị Ban Chấp hành Công đoàn Giáo dục Việt Nam (CĐGDVN) lần thứ 5 khóa XII"]


# --- "nhà báo" is a journalist, not a newspaper's head before the name ---------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Theo tường trình của nhà báo Nguyễn Thị Thanh Hương, nhóm phóng viên đến xã lúc 8h. Bà Hương cho biết như vậy.",
     {"Nguyễn Thị Thanh Hương"}),
    ("Theo nhà báo Lê Văn Tuấn, sự việc xảy ra sáng nay.", {"Lê Văn Tuấn"}),
])
def test_journalist_before_a_full_name(text, expected):
    assert persons(text) == {_fold(name) for name in expected}
