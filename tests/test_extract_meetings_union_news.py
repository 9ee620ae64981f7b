"""Meetings in trade-union news, on the shapes its reports use and the rules were not written from: a
provincial, sector or company union holds a gathering, a congress, a course, a ceremony; officials
attend or chair; the day is in the lead, or only a back-reference names the meeting. Each row is
written for these tests in the shape union news uses (no article text is copied); rows with ``[]``
must stay empty.

The helpers and their conventions are those of ``test_extract_meetings.py``.
"""

from __future__ import annotations

import pytest

from test_extract_meetings import PUBLISHED, UNDATED, check

# --- a lower-case kind word after an organizing verb names the meeting; the back-reference joins it --------
ORGANIZED_KINDS = [
    ("Sáng 8/3, LĐLĐ tỉnh Nam Định tổ chức họp mặt kỷ niệm 113 năm Ngày Quốc tế Phụ nữ. Phát biểu tại buổi họp "
     "mặt, bà Trần Thị Hoa, Phó Chủ tịch LĐLĐ tỉnh ghi nhận đóng góp của nữ đoàn viên.", PUBLISHED,
     [{"name": "Họp mặt kỷ niệm", "date": "2023-03-08"}]),
    ("Chiều 2/8, Công đoàn ngành Y tế tỉnh Phú Thọ tổ chức họp mặt cán bộ công đoàn nghỉ hưu. Tại buổi họp mặt, "
     "30 cán bộ được tặng quà.", PUBLISHED, [{"name": "Họp mặt cán", "date": "2023-08-02"}]),
    ("Sáng 7/8, LĐLĐ tỉnh Lào Cai khai mạc lớp bồi dưỡng nghiệp vụ cho chủ tịch công đoàn cơ sở.", PUBLISHED,
     [{"kind": "Tập huấn", "date": "2023-08-07"}]),
    # the words in another sense, a custom, a course one takes: none
    ("Các cựu chiến binh của đơn vị thường họp mặt vào dịp 22/12 hằng năm.", PUBLISHED, []),
    ("Giáo viên phải tham gia lớp bồi dưỡng thường xuyên theo quy định của Bộ.", PUBLISHED, []),
    ("Hằng năm, LĐLĐ tỉnh tổ chức họp mặt nữ cán bộ công đoàn nhân Ngày Quốc tế Phụ nữ.", PUBLISHED, []),
]

# --- a future day belongs to the meeting named last before it, not to one an official speaks at ----------
FUTURE_DAY_OF_ANOTHER = [
    ("Phát biểu tại buổi gặp mặt cán bộ công đoàn hưu trí hôm qua, ông Lê Văn Tám, Chủ tịch LĐLĐ tỉnh Thái Bình "
     "cho biết Đại hội Công đoàn tỉnh lần thứ XVI sẽ diễn ra vào tháng 10 tới.", PUBLISHED,
     [{"kind": "Buổi gặp mặt", "date": "2023-08-15"}]),
    # the future day of the meeting itself still plans it
    ("Ông Trần Văn Nam, Chủ tịch LĐLĐ tỉnh sẽ chủ trì buổi gặp mặt cán bộ công đoàn hưu trí vào ngày 25/8 tới.",
     PUBLISHED, []),
    ("Hai Bộ trưởng đồng chủ trì kỳ họp thứ 4 Ủy ban hỗn hợp vào ngày 28/8 tới.", PUBLISHED, []),
]

# --- a chair cue joined only to what the chair says ("chủ trì và phát biểu khai mạc.") chairs the meeting reported --
CHAIR_AND_SPEECH = [
    ("Ngày 9/8, Công đoàn Du lịch Việt Nam tổ chức Hội nghị tập huấn kỹ năng thương lượng tập thể. Bà Nguyễn Thị "
     "Hòa, Phó Chủ tịch Công đoàn Du lịch Việt Nam chủ trì và phát biểu khai mạc.", PUBLISHED,
     [{"date": "2023-08-09", "chairs": ["Nguyễn Thị Hòa"]}]),
    ("Sáng 4/8, LĐLĐ tỉnh Yên Bái tổ chức hội nghị sơ kết công tác công đoàn 6 tháng. Ông Hoàng Văn Lực, Chủ tịch "
     "LĐLĐ tỉnh chủ trì và báo cáo kết quả 6 tháng đầu năm.", PUBLISHED,
     [{"date": "2023-08-04", "chairs": ["Hoàng Văn Lực"]}]),
    # a body leading a task, a chair who will speak at another meeting: no chair
    ("Ngày 9/8, LĐLĐ tỉnh tổ chức Hội nghị tập huấn. Sở Tài chính chủ trì và phát biểu về dự án nhà ở công nhân.",
     PUBLISHED, [{"date": "2023-08-09", "chairs": []}]),
    ("Ngày 9/8, LĐLĐ tỉnh tổ chức Hội nghị tập huấn. Ông Lê Văn An, Chủ tịch LĐLĐ tỉnh cho biết sẽ chủ trì và phát "
     "biểu tại Đại hội Công đoàn tỉnh vào tháng 10 tới.", PUBLISHED, [{"date": "2023-08-09", "chairs": []}]),
]

# --- a meeting held to prepare another ("… để chuẩn bị Đại hội XI") is held; its purpose plans it not ------------
HELD_TO_PREPARE = [
    ("Ngày 14/8, ông Nguyễn Văn Bình, Chủ tịch LĐLĐ tỉnh chủ trì Hội nghị Ban Chấp hành lần thứ 15 để chuẩn bị Đại "
     "hội Công đoàn tỉnh lần thứ XI.", PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-14",
                                                   "chairs": ["Nguyễn Văn Bình"]}]),
    ("Chiều 10/8, Công đoàn ngành Công Thương tỉnh tổ chức hội nghị tập huấn nhằm chuẩn bị cho đại hội công đoàn cơ "
     "sở.", PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-10"}]),
    # the meeting's own plan after a purpose of another kind still plans it
    ("Lễ kỷ niệm nhằm tôn vinh đội ngũ nhà giáo của tỉnh sẽ diễn ra vào ngày 20/11.", PUBLISHED, []),
    ("Hội nghị Ban Chấp hành lần thứ 16 dự kiến được tổ chức vào cuối tháng 9.", PUBLISHED, []),
]

# --- an official receives a delegation and works with it, the two verbs joined ----------------------------------
RECEIVES_AND_WORKS = [
    ("Chiều 11/8, tại trụ sở LĐLĐ tỉnh, đồng chí Đinh Văn Hùng, Chủ tịch LĐLĐ tỉnh Gia Lai tiếp và làm việc với đoàn "
     "công tác của Công đoàn Quốc phòng.", PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-08-11"}]),
    ("Sáng 3/8, bà Lê Thị Thu, Phó Chủ tịch LĐLĐ tỉnh Kon Tum tiếp, làm việc với đoàn khảo sát của Viện Công nhân và "
     "Công đoàn.", PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-08-03"}]),
    # a plan, or suppliers a company deals with: none
    ("Ông Đinh Văn Hùng, Chủ tịch LĐLĐ tỉnh Gia Lai sẽ tiếp và làm việc với đoàn công tác của Công đoàn Quốc phòng "
     "vào tuần sau.", PUBLISHED, []),
    ("Chị Lan cho biết công ty vẫn tiếp tục tiếp và làm việc với các nhà cung cấp.", PUBLISHED, []),
]

# --- a body named with lower-case words and its province meets ("Hội đồng Trọng tài lao động tỉnh X họp") ---------
BODY_WITH_PLACE_MEETS = [
    ("Ngày 2/8, Hội đồng Trọng tài lao động tỉnh Hải Dương họp phiên giải quyết tranh chấp tại Công ty TNHH Ford Việt "
     "Nam dưới sự chủ tọa của ông Vũ Đức Minh.", PUBLISHED,
     [{"kind": "Phiên họp", "date": "2023-08-02", "chairs": ["Vũ Đức Minh"]}]),
    # lower-case words with no place after them stay no body's name, a plan stays a plan
    ("Ngày 2/8, Hội đồng Trọng tài lao động và các bên họp giải quyết tranh chấp.", PUBLISHED, []),
    ("Hội đồng Trọng tài lao động tỉnh Hải Dương sẽ họp phiên giải quyết tranh chấp vào ngày 25/8.", PUBLISHED, []),
]

# --- held shapes without a capitalized kind: held at on its own day, a council that met, a ceremony made, a quoted
# programme organized on a day, a session back in a month; a lead opened by a video credit ---------------------
HELD_WITHOUT_A_NAME = [
    ("Tại đối thoại sáng 21/7, lãnh đạo Sở Công Thương nghe kiến nghị của doanh nghiệp.", PUBLISHED,
     [{"kind": "Đối thoại", "date": "2023-07-21"}]),
    ("Phát biểu tại tập huấn ngày 5-6, ông Lê Văn Tám nêu nhiều điểm mới của luật.", PUBLISHED,
     [{"kind": "Tập huấn", "date": "2023-06-05"}]),
    ("Qua hai vòng chấm, hội đồng tuyển chọn đã họp, thống nhất chọn 20 tác phẩm vào chung khảo.", PUBLISHED,
     [{"name": "Cuộc họp", "date": None}]),
    ("Ngày 3/2, Công đoàn Khu chế xuất Linh Trung đã làm lễ xuất phát đưa 400 công nhân về quê ăn Tết.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-02-03"}]),
    ("Sáng 11/2, LĐLĐ tỉnh Bắc Giang đã tổ chức “Chuyến xe mùa xuân” đưa 500 công nhân về quê.", PUBLISHED,
     [{"kind": "Chương trình", "date": "2023-02-11"}]),
    ("Trước đó, tại phiên họp Chính phủ hồi tháng 3-2022, nhiều thành viên đồng tình với đề xuất.", PUBLISHED,
     [{"kind": "Phiên họp", "date": "2022-03"}]),
    ("Xe đưa công nhân về quê\nCông đoàn tỉnh hỗ trợ 30 chuyến xe.\nVideo: Minh Anh\nChiều 19/5, Chủ tịch LĐLĐ tỉnh "
     "Đồng Nai Nguyễn Văn A đã kiểm tra việc đón công nhân tại bến xe.\nNhiều xe đã xuất bến.\nTại buổi làm việc, "
     "ông A đề nghị bảo đảm an toàn.", PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-05-19"}]),
    # no day of its own, a campaign carried on, the council and others: none
    ("Tại đối thoại, lãnh đạo Sở Công Thương nghe kiến nghị của doanh nghiệp.", PUBLISHED, []),
    ("Năm nay, LĐLĐ tỉnh Bắc Giang tổ chức “Tháng Công nhân” với nhiều hoạt động thiết thực.", PUBLISHED, []),
    # a campaign launched on a day is still a campaign; a quoted way of working is no programme
    ("Sáng 9/5, Công đoàn tỉnh Nghệ An tổ chức “Tháng hành động về an toàn, vệ sinh lao động” với nhiều hoạt động.",
     PUBLISHED, []),
    ("Sáng 9/5, nhiều doanh nghiệp ở Khu công nghiệp Nam Cấm tổ chức “3 tại chỗ” để giữ sản xuất.", PUBLISHED, []),
    ("Ngày 9/5, Công đoàn Công ty May Hưng Yên tổ chức “Bữa cơm công đoàn” cho 500 công nhân.", PUBLISHED,
     [{"kind": "Chương trình", "date": "2023-05-09"}]),
    # a year the clause opens with is the meeting's own (NOTES.md items 22-23); a year it reviews is not
    ("Năm 2016, Công đoàn Công ty Điện lực Hà Tĩnh tổ chức Đại hội lần thứ V.", PUBLISHED,
     [{"kind": "Đại hội", "date": "2016"}]),
    ("Cuối năm 2019, trường đã tổ chức hội thảo với 40 doanh nghiệp tham dự.", PUBLISHED,
     [{"kind": "Hội thảo", "date": "2019"}]),
    ("Ngày 5/3, Công đoàn Công ty tổ chức Hội nghị tổng kết năm 2016.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-03-05"}]),
    ("Năm 2016, Công đoàn Công ty tổ chức 12 hội nghị chuyên đề.", PUBLISHED, []),
    ("Các bài viết được trình bày tại hội thảo khoa học do Trường Đại học Công đoàn tổ chức vào cuối năm 2020.",
     PUBLISHED, [{"kind": "Hội thảo", "date": "2020"}]),
    # a meeting suspended is none held
    ("Ngày 27/4, Tỉnh ủy quyết định tạm dừng tổ chức lễ công bố nghị quyết thành lập thị xã.", PUBLISHED, []),
    # a meeting the sentence puts itself at with an indefinite article is one introduced there; one needed, planned
    # or a trip someone was on is none
    ("Tại một cuộc họp báo trong tuần này, người phát ngôn Bộ Y tế cho biết số ca mắc đã giảm.", PUBLISHED,
     [{"kind": "Họp báo", "date": None}]),
    ("Ông Trần Văn Hải cho biết tại một cuộc họp rằng doanh thu quý I đã giảm mạnh.", PUBLISHED,
     [{"name": "Cuộc họp", "date": None}]),
    ("Các nhà khoa học cho rằng tỉnh cần có một hội thảo để lắng nghe ý kiến chuyên gia.", PUBLISHED, []),
    ("Hội cổ động viên định tổ chức một cuộc họp trong ngày mai để bàn việc thuê sân.", PUBLISHED, []),
    ("Trước đây, trong một chuyến công tác ở nước ngoài, chị mới biết đến loại rau này.", PUBLISHED, []),
    # the skill or the cost of organizing meetings, taught or paid: none held
    ("Học viên được học Lễ tân, Kỹ năng tổ chức hội nghị và sự kiện, Tiếng Anh chuyên ngành.", PUBLISHED, []),
    ("Kinh phí tổ chức Đại hội công đoàn cơ sở do đơn vị tự cân đối.", PUBLISHED, []),
]

# --- a ceremony named later by what the lead reports done ("… đã công bố chương trình …" … "Tại lễ công bố …") takes
# the lead's day; a bare kind word of another family with a day of its own right after it is a meeting of its own -------
LEAD_OCCASIONS = [
    ("Quỹ học bổng cho con công nhân\nNgày 9/1/2023, Công ty Điện lực Miền Trung đã công bố chương trình học bổng cho "
     "con công nhân với tổng trị giá 2 tỷ đồng.\nChương trình dành cho học sinh nghèo vượt khó.\nTại lễ công bố học bổng "
     "năm 2023, công ty đã trao 100 suất học bổng cho học sinh.", UNDATED, [{"kind": "Lễ", "date": "2023-01-09"}]),
    ("Nhà máy mới ở Bắc Giang\nSáng 5/9, Công ty Dệt may Hòa Bình khánh thành nhà máy sợi tại khu công nghiệp Quang "
     "Châu.\nNhà máy có công suất 20.000 tấn mỗi năm.\nPhát biểu tại lễ khánh thành, ông Trần Văn Hùng đề nghị công ty "
     "chăm lo đời sống công nhân.", UNDATED, [{"kind": "Lễ", "date": "XXXX-09-05"}]),
    # the lead reports something else done: the ceremony stays undated
    ("Quỹ học bổng cho con công nhân\nNgày 9/1/2023, Công ty Điện lực Miền Trung đã trao 100 suất học bổng cho con công "
     "nhân.\nChương trình dành cho học sinh nghèo vượt khó.\nTại lễ khánh thành nhà văn hóa công nhân, ông Lê Văn An "
     "phát biểu.", UNDATED, [{"kind": "Lễ", "date": None}]),
    ("Công nhân mong có nhà ở giá rẻ\nNhiều đại biểu dự Đại hội Công đoàn tỉnh Bình Dương đã chia sẻ với lãnh đạo tỉnh "
     "trong buổi đối thoại trưa 20-6.\nĐại hội diễn ra từ ngày 20 đến 22-6.", PUBLISHED,
     [{"kind": "Đại hội", "date": "2023-06-20/2023-06-22"}, {"kind": "Đối thoại", "date": "2023-06-20"}]),
    # a session of the meeting just reported, its day written after it: that meeting
    ("Ngân hàng họp cổ đông\nSáng 27/4, Ngân hàng TMCP Bắc Á tổ chức đại hội đồng cổ đông thường niên 2023.\nTrả lời "
     "cổ đông tại phiên họp sáng 27/4, ông Lê Văn Hải cho biết ngân hàng sẽ tăng vốn.", PUBLISHED,
     [{"kind": "Đại hội đồng cổ đông", "date": "2023-04-27"}]),
    # the headline's "họp" takes as object the body the lead says holds the meeting: one meeting, not two
    ("Công đoàn Viên chức tỉnh họp Ban Thường vụ\nChiều 8/3, Ban Thường vụ Công đoàn Viên chức tỉnh Nam Định tổ chức "
     "Hội nghị lần thứ 7. Hội nghị đã cho ý kiến về kế hoạch năm.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-03-08"}]),
    ("Công đoàn Khu kinh tế họp Ban Chấp hành\nSáng 12/7, Ban Chấp hành Công đoàn Khu kinh tế tỉnh tổ chức Hội nghị "
     "thường kỳ quý III.", PUBLISHED, [{"kind": "Hội nghị", "date": "2023-07-12"}]),
    # a headline's verb of another kind names what the lead's meeting does, word for word: one meeting
    ("Ký kết Thỏa ước lao động tập thể ngành Cao su\nSáng 20/6, Công đoàn Cao su Việt Nam tổ chức Hội nghị ký kết "
     "Thỏa ước lao động tập thể ngành giai đoạn 2023 - 2026.", PUBLISHED, [{"kind": "Hội nghị", "date": "2023-06-20"}]),
    # what the headline signs is not what the lead's meeting does: two
    ("Ký kết Thỏa ước lao động tập thể ngành Cao su\nSáng 20/6, Công đoàn Cao su Việt Nam tổ chức Hội nghị tổng kết "
     "công tác nửa đầu năm.", PUBLISHED, [{"date": None}, {"kind": "Hội nghị", "date": "2023-06-20"}]),
    # the headline's act is written in the name the lead gives the occasion: one occasion, with the lead's day
    ("LĐLĐ tỉnh làm việc với Công ty Giày Thái Bình\nSáng 14/3, đoàn công tác Liên đoàn Lao động tỉnh Bình Dương đã "
     "đến thăm và làm việc với Công ty Giày Thái Bình.", PUBLISHED, [{"date": "2023-03-14"}]),
    # the same words after the kind name whom each met, not what it does: the headline's talks and the lead's
    # reception stay two
    ("Chủ tịch Quốc hội đón, hội đàm với Chủ tịch Quốc hội Lào\nChiều 10/7, Chủ tịch Quốc hội Vương Đình Huệ đã tiếp "
     "Chủ tịch Quốc hội Lào Xaysomphone Phomvihane. Sau cuộc tiếp, hai bên đã tiến hành hội đàm.", PUBLISHED,
     [{"kind": "Hội đàm", "date": "2023-07-10"}, {"kind": "Buổi tiếp", "date": "2023-07-10"}]),
    # the lead's meeting is held by another body than the one the headline met: two meetings
    ("Công đoàn Khu kinh tế họp Ban Chấp hành\nSáng 12/7, Sở Lao động tỉnh tổ chức Hội nghị tập huấn an toàn lao động.",
     PUBLISHED, [{"kind": "Cuộc họp", "date": None}, {"kind": "Hội nghị", "date": "2023-07-12"}]),
]

# --- a ceremony first only looked ahead to ("trước thềm lễ …"), then reported held right after a meeting ("Ngay sau
# buổi gặp, lễ … đã diễn ra"): held on that meeting's day, the comma closing the time, not joining two kinds ---------
HELD_RIGHT_AFTER = [
    ("Sáng 20/7, Chủ tịch nước Võ Văn Thưởng đã gặp gỡ 50 công nhân tiêu biểu. Buổi gặp diễn ra ngay trước thềm lễ "
     "trao Giải thưởng Tôn Đức Thắng. Ngay sau buổi gặp, lễ trao giải đã diễn ra tại Nhà hát Lớn.", PUBLISHED,
     [{"kind": "Cuộc gặp gỡ", "date": "2023-07-20"}, {"kind": "Lễ", "date": "2023-07-20"}]),
    # one occasion named by two kinds stays one
    ("Sáng 5/8, Công đoàn ngành Y tế tổ chức buổi gặp mặt, tọa đàm kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam.",
     PUBLISHED, [{"date": "2023-08-05"}]),
]

CASES = HELD_RIGHT_AFTER + LEAD_OCCASIONS + ORGANIZED_KINDS + FUTURE_DAY_OF_ANOTHER + CHAIR_AND_SPEECH + HELD_TO_PREPARE + RECEIVES_AND_WORKS \
    + BODY_WITH_PLACE_MEETS + HELD_WITHOUT_A_NAME


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_meetings_in_union_news(text, published, expected):
    check(text, published, expected)
