"""The day of a meeting: case tables of sentences written for these tests (no article text is
copied) for the ways news gives it beyond the meeting's own clause (NOTES.md items 22, 31, 32, 35):
a meeting going on when the article is published, the day of the lead for a meeting reported
right after it, a sentence that gives nothing but a day and a place, the run of days a meeting
lasts (its first day and how long, its first and last day, its last day and how long), the year of an
undated article's meeting from a full date the text ties to it. Rows whose meeting keeps
``None`` are the precision side: another time, a plan, a day ahead, an undated archive.

The helpers and their conventions are those of ``test_extract_meetings.py``.
"""

from __future__ import annotations

import pytest

from test_extract_meetings import PUBLISHED, UNDATED, check

# --- a meeting going on when the article is published: the publication day (NOTES.md items 31, 35) ---
GOING_ON = [
    ("Kỳ họp thứ 5 Hội đồng nhân dân tỉnh Lào Cai đang diễn ra tại thành phố Lào Cai.", PUBLISHED,
     [{"kind": "Kỳ họp", "date": "2023-08-16"}]),
    ("Hội thảo quốc tế về an sinh xã hội đang được tổ chức tại thành phố Huế.", PUBLISHED,
     [{"kind": "Hội thảo", "date": "2023-08-16"}]),
    # no publication date: no day
    ("Kỳ họp thứ 5 Hội đồng nhân dân tỉnh Lào Cai đang diễn ra tại thành phố Lào Cai.", UNDATED,
     [{"kind": "Kỳ họp", "date": None}]),
    # what goes on is the preparation: no meeting held
    ("Công tác chuẩn bị Đại hội Công đoàn tỉnh lần thứ XVII đang diễn ra khẩn trương.", PUBLISHED, []),
]

# --- the lead's day for a meeting reported in the sentence right after it ----------------------------
LEAD = [
    ("Sáng 14/8, Bộ trưởng Bộ Y tế đến thăm tỉnh Cao Bằng. Tại đây, Bộ trưởng dự Lễ khởi công Bệnh viện đa khoa "
     "tỉnh.", PUBLISHED, [{"kind": "Chuyến thăm", "date": "2023-08-14"}, {"kind": "Lễ", "date": "2023-08-14"}]),
    ("Ngày 14/8, Sở Y tế tỉnh Cao Bằng công bố kết quả thanh tra. Tại buổi họp báo, Phó Giám đốc Sở Nông Văn Hải "
     "cho biết nhiều cơ sở vi phạm.", PUBLISHED, [{"kind": "Họp báo", "date": "2023-08-14"}]),
    # the period a meeting reviews is no date of it: the lead's day still is
    ("Ngày 14/8, Sở Y tế tỉnh Cao Bằng công bố kết quả thanh tra. Sở tổ chức Hội nghị sơ kết công tác 6 tháng đầu "
     "năm.", UNDATED, [{"kind": "Hội nghị", "date": "XXXX-08-14"}]),
    # another time: before the lead's day, or a day the lead puts ahead
    ("Sáng 14/8, Bộ trưởng Bộ Y tế làm việc với tỉnh Cao Bằng. Trước đó, Bộ đã tổ chức Hội nghị tổng kết công tác "
     "y tế dự phòng.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-08-14"}, {"kind": "Hội nghị", "date": None}]),
    ("Bộ Y tế sẽ công bố kết quả vào đầu tuần tới, ngày 21/8. Thông tin được đưa ra tại cuộc họp báo của Bộ.",
     PUBLISHED, [{"kind": "Họp báo", "date": None}]),
    # what someone welcomes is another occasion
    ("Ngày 14/8, Chủ tịch UBND tỉnh tiếp Đoàn công tác của Ngân hàng Thế giới. Ông hoan nghênh chuyến thăm của "
     "Đoàn tới tỉnh.", PUBLISHED, [{"kind": "Chuyến thăm", "date": None}]),
    # an office with "Thường trực" / "Thường vụ" in its title says nothing of another time
    ("Chiều 14/8, Ban chỉ đạo phòng chống thiên tai tỉnh Cao Bằng tiếp tục họp. Cuộc họp do ông Đàm Văn Lực, Phó trưởng "
     "ban Thường trực Ban chỉ đạo, chủ trì.", PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-08-14"}]),
    ("Sáng 14/8, Tỉnh ủy Cao Bằng làm việc với Sở Y tế. Tại buổi làm việc, đồng chí Hà Thị Lan, Ủy viên Ban Thường vụ "
     "Tỉnh ủy, đề nghị Sở rà soát các trạm y tế.", PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-08-14"}]),
    # a custom the next sentence reports is not the lead's day
    ("Sáng 14/8, Tỉnh ủy Cao Bằng làm việc với Sở Y tế. Sở thường tổ chức hội nghị giao ban vào cuối quý.",
     PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-08-14"}, {"kind": "Hội nghị", "date": None}]),
    # a sentence that gives nothing but the day and the place dates what follows
    ("Ngày 14/8/2023, tại thành phố Cao Bằng. Sở Y tế tỉnh tổ chức Hội nghị triển khai công tác tiêm chủng.",
     UNDATED, [{"kind": "Hội nghị", "date": "2023-08-14"}]),
]

# --- a meeting held over several days: the run of days the text gives (NOTES.md items 31, 32) ----------------
SPANS = [
    # its first day and its close ("khai mạc … và bế mạc …")
    ("Tin tỉnh. Đại hội Hội Nông dân tỉnh lần thứ X khai mạc sáng 20/7 và bế mạc chiều 21/7.", PUBLISHED,
     [{"kind": "Đại hội", "date": "2023-07-20/2023-07-21"}]),
    ("Tin tỉnh. Sáng 20/7, Sở Y tế tổ chức hội nghị tập huấn; đợt tiêm chủng kết thúc ngày 28/7.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-07-20"}]),
    # the day a meeting begins on ("bắt đầu từ ngày …") is its day, not a limit
    ("Tin đối ngoại. Chủ tịch nước và Phu nhân thực hiện chuyến thăm chính thức Cộng hòa Séc bắt đầu từ ngày 10/8.",
     PUBLISHED, [{"kind": "Chuyến thăm", "date": "2023-08-10"}]),
    ("Tin công đoàn. Sáng 14/8, LĐLĐ tỉnh tổ chức hội nghị tổng kết phong trào thi đua từ ngày 1/1 đến nay.",
     PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-14"}]),
    # a later mention that closes it or goes on with it on a later day ends its run of days
    ("Tin tỉnh. Sáng 20/7, Đại hội Hội Cựu chiến binh tỉnh lần thứ VIII khai mạc. Đại hội đã thảo luận báo cáo chính "
     "trị. Chiều 21/7, Đại hội bế mạc sau khi bầu Ban Chấp hành.", PUBLISHED,
     [{"kind": "Đại hội", "date": "2023-07-20/2023-07-21"}]),
    ("Tin tỉnh. Sáng 10/7, Kỳ họp thứ 12 HĐND tỉnh khóa X khai mạc. Kỳ họp sẽ bế mạc vào ngày 12/7.", PUBLISHED,
     [{"kind": "Kỳ họp", "date": "2023-07-10/2023-07-12"}]),
    ("Tin tỉnh. Sáng 10/7, Kỳ họp thứ 12 HĐND tỉnh khóa X khai mạc. Chiều 11/7, Kỳ họp tiếp tục làm việc tại hội "
     "trường.", PUBLISHED, [{"kind": "Kỳ họp", "date": "2023-07-10/2023-07-11"}]),
    # a later day the meeting's mention is not said to close or go on is not its
    ("Tin tỉnh. Sáng 10/7, Kỳ họp thứ 12 HĐND tỉnh khóa X khai mạc. Ngày 14/7, nghị quyết của Kỳ họp được gửi tới các "
     "huyện.", PUBLISHED, [{"kind": "Kỳ họp", "date": "2023-07-10"}]),
    # a holiday's day in the meeting's name is not its day; the day it is held, given after, is
    ("Lễ mít tinh kỷ niệm 78 năm Cách mạng tháng Tám và Quốc khánh 2/9 đã diễn ra tại quảng trường tỉnh, sáng 1/9.",
     "2023-09-02", [{"kind": "Lễ", "date": "2023-09-01"}]),
    # its first day and how long it lasts, in one sentence
    ("Diễn đàn Doanh nghiệp Việt Nam diễn ra trong 2 ngày, từ 6/6, tại Hà Nội.", PUBLISHED,
     [{"kind": "Diễn đàn", "date": "2023-06-06/2023-06-07"}]),
    ("Hội thảo quốc tế về lao động di cư kéo dài ba ngày, từ ngày 30/9 tại Đà Nẵng.", UNDATED,
     [{"kind": "Hội thảo", "date": "XXXX-09-30/XXXX-10-02"}]),
    # its first and its last day
    ("Hội nghị Ban Chấp hành Trung ương lần thứ 8 khai mạc sáng 2/7 và kéo dài đến ngày 7/7.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-07-02/2023-07-07"}]),
    # its last day and how long it lasted
    ("Chiều 21/7, sau 4 ngày làm việc, Kỳ họp thứ 12 Hội đồng nhân dân tỉnh Nghệ An đã bế mạc.", PUBLISHED,
     [{"kind": "Kỳ họp", "date": "2023-07-18/2023-07-21"}]),
    # said of the meeting in the next sentence
    ("Sáng 18/7, Kỳ họp thứ 12 Hội đồng nhân dân tỉnh Nghệ An khai mạc. Kỳ họp sẽ diễn ra trong 4 ngày.", PUBLISHED,
     [{"kind": "Kỳ họp", "date": "2023-07-18/2023-07-21"}]),
    ("Sáng 18/7, Kỳ họp thứ 12 Hội đồng nhân dân tỉnh Nghệ An khai mạc. Kỳ họp diễn ra đến hết ngày 20/7.", UNDATED,
     [{"kind": "Kỳ họp", "date": "XXXX-07-18/XXXX-07-20"}]),
    ("Chiều 21/7, Kỳ họp thứ 12 Hội đồng nhân dân tỉnh Nghệ An bế mạc. Kỳ họp đã làm việc trong 4 ngày.", PUBLISHED,
     [{"kind": "Kỳ họp", "date": "2023-07-18/2023-07-21"}]),
    # a later sentence naming the meeting gives a run of days holding the day reported: the run
    ("Tin tỉnh. Sáng 22/7, tại phiên bế mạc Đại hội Hội Nông dân tỉnh lần thứ X, Đại hội đã bầu 45 đại biểu. Đại hội "
     "Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028 diễn ra từ ngày 20 đến 22/7 với 320 đại biểu.", PUBLISHED,
     [{"kind": "Đại hội", "date": "2023-07-20/2023-07-22"}]),
    ("Tin tỉnh. Chiều 21/7, Đại hội Hội Nông dân tỉnh lần thứ X thảo luận báo cáo chính trị. Đại hội Hội Nông dân tỉnh "
     "diễn ra từ ngày 20 đến 22/7.", UNDATED, [{"kind": "Đại hội", "date": "XXXX-07-20/XXXX-07-22"}]),
    # a run of days that does not hold the meeting's day is another thing's
    ("Tin tỉnh. Sáng 25/7, Đại hội Hội Nông dân tỉnh lần thứ X bế mạc. Đại hội Hội Nông dân tỉnh chào mừng đợt thi "
     "đua diễn ra từ ngày 1 đến 20/7.", PUBLISHED, [{"kind": "Đại hội", "date": "2023-07-25"}]),
    # its sessions go on to a later day
    ("Sáng 18/7, Kỳ họp thứ 12 Hội đồng nhân dân tỉnh Nghệ An khai mạc. Kỳ họp sẽ tiếp tục các phiên làm việc đến hết "
     "ngày 20/7.", UNDATED, [{"kind": "Kỳ họp", "date": "XXXX-07-18/XXXX-07-20"}]),
    # one day when one day is given; how long someone else works is not the meeting's
    ("Ngày 12/7, Hội nghị xúc tiến đầu tư diễn ra tại Đà Nẵng. Sau hội nghị, các nhà đầu tư đã làm việc 3 ngày tại "
     "các khu công nghiệp.", PUBLISHED, [{"kind": "Hội nghị", "date": "2023-07-12"}]),
    ("Sáng 12/7, Bộ trưởng tiếp Đoàn công tác của tỉnh Lào Cai, sau đó Đoàn làm việc 3 ngày tại các bộ, ngành.",
     PUBLISHED, [{"kind": "Buổi tiếp", "date": "2023-07-12"}]),
]

# --- the day written with the meeting's name, before the day of a sentence reporting on it later ----------
NAMED_DAYS = [
    ("Ngày 16/8, Ủy ban Kiểm tra Tỉnh ủy thông báo kết quả kỳ họp thứ 9 của Ủy ban. Tại kỳ họp ngày 11/8, Ủy ban đã "
     "xem xét kỷ luật hai cán bộ.", PUBLISHED, [{"kind": "Kỳ họp", "date": "2023-08-11"}]),
    ("Ngày 16/8, Sở Y tế công bố kết luận của cuộc họp chuyên đề. Cuộc họp sáng 14/8 đã thống nhất ba giải pháp.",
     UNDATED, [{"kind": "Cuộc họp", "date": "XXXX-08-14"}]),
    # a later day written with its name is a day it goes on, not its first
    ("Sáng 14/8, Hội đồng nhân dân tỉnh tổ chức kỳ họp thứ 12. Tại kỳ họp ngày 15/8, các đại biểu đã chất vấn Giám "
     "đốc Sở Y tế.", PUBLISHED, [{"kind": "Kỳ họp", "date": "2023-08-14"}]),
]

# --- the year of an undated article's meeting: only a full date the text ties to it (NOTES.md items 22, 31) ----
YEARS = [
    # a period the occasion belongs to, said of it in a later sentence
    ("Sáng 28/9, Bộ Y tế tổ chức Lễ phát động chiến dịch tiêm chủng mở rộng. Lễ phát động mở đầu Tháng tiêm chủng "
     "quốc gia, diễn ra từ ngày 1/10 đến 31/10/2022.", UNDATED, [{"kind": "Lễ", "date": "2022-09-28"}]),
    # the same day with its year in a sentence about the session
    ("Sáng 12/6, Quốc hội thảo luận ở hội trường về dự án Luật Thủy lợi. Phiên thảo luận ngày 12/6/2017 do Phó Chủ "
     "tịch Quốc hội Uông Chu Lưu điều khiển.", UNDATED, [{"kind": "Phiên thảo luận", "date": "2017-06-12"}]),
    # never a document's day, a limit, a birth, a year under review or a term
    ("Ngày 20/5, Đảng ủy Khối tổ chức Hội nghị sơ kết thực hiện Nghị quyết số 20-NQ/TW ngày 28/1/2008.", UNDATED,
     [{"kind": "Hội nghị", "date": "XXXX-05-20"}]),
    ("Ngày 29/6, Bộ Kế hoạch và Đầu tư tổ chức Hội nghị sơ kết. Cũng tại hội nghị, Phó Thủ tướng trao quyết định "
     "nghỉ hưu từ ngày 1/7/2017 cho ông Lê Văn Dũng.", UNDATED, [{"kind": "Hội nghị", "date": "XXXX-06-29"}]),
    ("Sáng 22/5, Liên đoàn Lao động tỉnh tổ chức Hội nghị sơ kết. Ông Nguyễn Văn An (sinh ngày 12/5/1960) được khen "
     "thưởng tại hội nghị.", UNDATED, [{"kind": "Hội nghị", "date": "XXXX-05-22"}]),
    ("Sáng 14/3, Liên đoàn Lao động tỉnh tổ chức Hội nghị tổng kết công tác năm 2016, triển khai nhiệm vụ năm 2017.",
     UNDATED, [{"kind": "Hội nghị", "date": "XXXX-03-14"}]),
    ("Ngày 5/3, Công đoàn Khu kinh tế tổ chức Đại hội nhiệm kỳ 2017-2022.", UNDATED,
     [{"kind": "Đại hội", "date": "XXXX-03-05"}]),
    # the anniversary the occasion marks, said in the next sentence about it; a run from a founding ends on it
    ("Ngày 5-7, Công đoàn ngành Giáo dục tổ chức Hội nghị biểu dương nữ công. Đây là hoạt động chào mừng kỷ niệm 93 năm "
     "Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2022).", UNDATED,
     [{"kind": "Hội nghị", "date": "2022-07-05"}]),
    ("Sáng 9/7, Hội Nông dân tỉnh tổ chức Lễ tuyên dương. Sự kiện này hướng tới kỷ niệm ngày thành lập Hội "
     "(1/8/1930 - 1/8/2023).", UNDATED, [{"kind": "Lễ", "date": "2023-07-09"}]),
    # not a sentence about something else, nor a founding day alone
    ("Ngày 5-7, Công đoàn ngành Giáo dục tổ chức Hội nghị biểu dương nữ công. Năm nay ngành kỷ niệm 93 năm ngày "
     "thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2022).", UNDATED, [{"kind": "Hội nghị", "date": "XXXX-07-05"}]),
    ("Ngày 5-7, Công đoàn ngành Giáo dục tổ chức Hội nghị biểu dương nữ công. Đây là đơn vị thành lập ngày 20/7/2022.",
     UNDATED, [{"kind": "Hội nghị", "date": "XXXX-07-05"}]),
]

CASES = GOING_ON + LEAD + SPANS + NAMED_DAYS + YEARS


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_meeting_days(text, published, expected):
    check(text, published, expected)
