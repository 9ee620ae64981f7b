"""Meetings in government and local news, on the shapes an audit of provincial and ministry articles
found misread: an official named with the office after the name, set off by commas or dashes, who
holds the meeting; a place whose name holds a word that elsewhere opens a sentence; a run of days given
later; an encounter held beside another only planned; a meeting denied after its name; a meeting
reported by a verb alone (where someone went and the verb, a passive ceremony verb on its day). Each row is written
for these tests in the shape Vietnamese news uses (no article text is copied); rows with ``[]`` must
stay empty.

The helpers and their conventions are those of ``test_extract_meetings.py``.
"""

from __future__ import annotations

import pytest

from unionfacts.extract.base import facts_of
from unionfacts.facts import event_json

from test_extract_meetings import PUBLISHED, UNDATED, check, meetings_doc

# --- the office after the name, between commas or dashes, is part of the subject ----------------------------
APPOSITION = [
    ("Chiều 14/8, ông Trần Minh Đức - Chủ tịch UBND tỉnh Ninh Thuận - đã họp với các sở để bàn phương án "
     "chống hạn.", PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-08-14"}]),
    ("Sáng 10/8, bà Lê Thị Hoa, Phó Chủ tịch tỉnh Hậu Giang đã làm việc với lãnh đạo huyện Long Mỹ.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-08-10"}]),
    ("Chiều 11/8, ông Phạm Văn Tâm - Giám đốc Sở Y tế tỉnh Cà Mau - chủ trì cuộc họp với các bệnh viện.",
     PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-08-11", "chairs": ["Phạm Văn Tâm"]}]),
    # a plan, a custom, another sense of the verb: none
    ("Ông Nguyễn Văn Bình - Chủ tịch UBND huyện Krông Pắc - cho biết sẽ họp với các xã vào tuần sau.",
     PUBLISHED, []),
    ("Bà Trần Thị Mai, Giám đốc Sở Tư pháp tỉnh Bến Tre thường làm việc với người dân vào thứ Năm hằng tuần.",
     PUBLISHED, []),
    ("Ông Lê Văn Sơn, Chủ tịch UBND xã Tân Phú đã gặp nhiều khó khăn khi giải phóng mặt bằng.", PUBLISHED, []),
]

# --- a word that opens sentences inside a place's name ends no caption there ------------------------------
PLACE_NAMES = [
    ("Tại cuộc họp với các trường chiều 9/8, lãnh đạo quận yêu cầu kiểm tra vụ việc ở phường Bạch Đằng, "
     "quận Hai Bà Trưng.", PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-08-09"}]),
    ("Sáng 7/8, Sở Công Thương tổ chức hội nghị kết nối cung cầu tại thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu.",
     PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-07"}]),
    ("Chiều 8/8, Thành đoàn Hà Nội tổ chức lễ ra quân chiến dịch tình nguyện hè ở quận Bắc Từ Liêm.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-08-08"}]),
    # a caption fused into the text still ends at the opener after the district's name
    ("Lễ ra mắt công đoàn cơ sở thuộc LĐLĐ huyện Hoài Đức Về nội dung tuyên truyền, các đơn vị cần chủ động.",
     PUBLISHED, []),
]

# --- a run of days a later sentence naming the meeting gives from its day is how long it lasts --------------
RUN_OF_DAYS = [
    ("Chiều 2/8, Hội nghị thượng đỉnh ASEAN đã khai mạc tại Jakarta. Trong hai ngày làm việc 2-3/8, chương trình "
     "của hội nghị sẽ tập trung vào an ninh lương thực.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-08-02/2023-08-03"}]),
    ("Sáng 14/7, Kỳ họp thứ 8 HĐND tỉnh Sơn La khai mạc. Trong ba ngày 14-16/7, kỳ họp sẽ xem xét 20 báo cáo.",
     UNDATED, [{"kind": "Kỳ họp", "date": "XXXX-07-14/XXXX-07-16"}]),
    # a period the meeting plans, or a run that does not open on its day: its day stays
    ("Sáng 1/8, Đại hội Đảng bộ tỉnh khai mạc. Đại hội phát động đợt thi đua từ 1/8 đến 31/12.", PUBLISHED,
     [{"kind": "Đại hội", "date": "2023-08-01"}]),
    ("Sáng 3/8, Hội nghị tổng kết đợt kiểm tra khai mạc. Tại hội nghị, các đoàn báo cáo kết quả kiểm tra trong hai "
     "ngày 1-2/8.", PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-03"}]),
]

# --- an encounter reported held with whom it met is not the plan of another the article announces -----------
PLAN_AND_REPORT = [
    ("Chủ tịch nước và Thủ tướng Lào sẽ có cuộc gặp lần đầu tiên vào chiều nay. Sáng 15/8, phát biểu sau cuộc gặp "
     "với Tổng thống Pháp Emmanuel Macron, Chủ tịch nước cho biết hai bên nhất trí tăng cường hợp tác.", PUBLISHED,
     [{"kind": "Cuộc gặp", "date": "2023-08-15"}]),
    ("Hai nhà lãnh đạo sẽ có cuộc gặp vào chiều nay. Cuộc gặp sẽ diễn ra tại Phủ Chủ tịch.", PUBLISHED, []),
    # talks planned with someone else do not outvote the talks held
    ("Trong cuộc hội đàm với Thủ tướng Anh Rishi Sunak, ông Netanyahu đã tập trung vào chủ đề an ninh. Ông dự kiến "
     "tới Washington vào ngày 25/8 mà trọng tâm là cuộc hội đàm tại Nhà Trắng với Tổng thống Mỹ Joe Biden.",
     PUBLISHED, [{"kind": "Hội đàm", "date": None}]),
    ("Thủ tướng dự kiến tới Washington vào ngày 25/8 mà trọng tâm là cuộc hội đàm tại Nhà Trắng với Tổng thống Mỹ "
     "Joe Biden.", PUBLISHED, []),
    # "sắp tới" ends a meeting's name and plans it
    ("Nga mong chờ cuộc gặp đầu tiên sắp tới giữa Tổng thống hai nước tại Hội nghị G20.", PUBLISHED, []),
]

# --- "không diễn ra", "chưa được tổ chức" after a meeting's name deny it; "không" inside a name does not -------
DENIED = [
    ("Năm nay, lễ khai mạc và lễ bế mạc không diễn ra, các hoạt động khác vẫn giữ nguyên.", PUBLISHED, []),
    ("Do mưa lớn, lễ trao giải chưa được tổ chức như kế hoạch.", PUBLISHED, []),
    ("Hội nghị an ninh hàng không khai mạc sáng 5/8 tại Hà Nội.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-08-05"}]),
]

# --- a meeting reported by a verb alone: where someone went and the verb, a passive ceremony verb on its day ------
VERB_ALONE = [
    ("Chiều 9/5, LĐLĐ tỉnh Long An đến Công ty Giày Phú Hưng đối thoại, lắng nghe ý kiến công nhân.", PUBLISHED,
     [{"kind": "Đối thoại", "date": "2023-05-09"}]),
    ("Công đoàn ngành Dệt may phối hợp với các đơn vị liên quan đã đến Công ty May Tân Thành đối thoại, ghi nhận "
     "kiến nghị của người lao động.", PUBLISHED, [{"kind": "Đối thoại", "date": None}]),
    ("Sáng 9/5, Phó Chủ tịch UBND tỉnh Trần Văn Hòa về xã Phú Lộc làm việc.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-05-09"}]),
    ("Sáng 12/4, công trình nhà văn hóa công nhân khu công nghiệp Phố Nối được khánh thành.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-04-12", "name": "Lễ khánh thành"}]),
    ("Ngày 20/5, cầu Tân An đã được khởi công sau nhiều năm chờ đợi.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-05-20", "name": "Lễ khởi công"}]),
    ("Sáng 9/5, đoàn công tác của Liên đoàn Lao động tỉnh Nghệ An về huyện Quỳ Hợp làm việc.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-05-09"}]),
    # a job, a plan, a project's start, a task in a list: none
    ("Rạng sáng 18/4, khách sạn Hoa Sen đã đón đoàn chuyên gia Nhật Bản gồm 9 người nhập cảnh qua Cảng hàng không "
     "quốc tế Nội Bài về Phú Thọ làm việc.", PUBLISHED, []),
    ("Sáng 9/5, nhiều kỹ sư trẻ đã về Bắc Ninh làm việc cho các doanh nghiệp điện tử.", PUBLISHED, []),
    ("Tuần tới, đoàn công tác sẽ đến Công ty Cơ khí Đông Á đối thoại với người lao động.", PUBLISHED, []),
    ("Sáng 12/4, lãnh đạo tỉnh cho biết nhà văn hóa công nhân sẽ được khánh thành vào tháng 9.", PUBLISHED, []),
    ("Dự án nhà ở xã hội Hòa Khánh được khởi công từ năm 2019 nhưng đến nay vẫn chưa hoàn thành.", PUBLISHED, []),
    ("Năm nay, công đoàn cơ sở phải chăm lo đời sống người lao động, công ty sơ kết công tác 6 tháng và khen "
     "thưởng tập thể có thành tích.", PUBLISHED, []),
    # "về"/"đến" after a word of speaking or relating is a topic, no place gone to
    ("Ngày 10/5, Chủ tịch UBND tỉnh đã nhận xét về Công ty Bình Minh làm việc rất nghiêm túc.", PUBLISHED, []),
    ("Ngày 3/6, Bộ trưởng Lê Văn Nam đã nói về Tập đoàn Hòa Phát làm việc hiệu quả trong quý vừa qua.",
     PUBLISHED, []),
    ("Sáng 4/6, Giám đốc Sở đã báo cáo về Công ty Thành Đạt đối thoại chưa đầy đủ với người lao động.",
     PUBLISHED, []),
    ("Chiều 9/5, đoàn công tác của Liên đoàn Lao động tỉnh đã đến Công ty Hoa Sen đối thoại.", PUBLISHED,
     [{"kind": "Đối thoại", "date": "2023-05-09"}]),
    # a passive ceremony verb dated by a year of its own dates the project, not a ceremony on the sentence's day
    ("Ngày 12/4, Bộ trưởng Lê Văn Nam cho biết nhà máy mới được khởi công năm 2019 và được khánh thành năm 2021.",
     PUBLISHED, []),
    ("Sáng 12/4, cầu Hòa Bình được khánh thành sau hai năm thi công.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-04-12", "name": "Lễ khánh thành"}]),
]

# --- the body a passage is about, named by a place or a bare head, holds a meeting; a day of saying is not its ------
BODY_BY_HEAD = [
    ("Phường Tân Định đã tổ chức họp kiểm điểm tổ trưởng tổ dân phố số 7.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": None}]),
    ("Ông Hà Văn Lực cho biết xã đã họp bàn phương án di dời 12 hộ dân khỏi vùng sạt lở.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": None}]),
    ("Ngày 2/8, chi bộ nhà trường đã tiến hành họp kiểm điểm đối với hai giáo viên vi phạm.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-08-02"}]),
    ("Sáng 7/8, công ty tổ chức họp với người lao động về tiền thưởng quý II.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-08-07"}]),
    # the day opens what someone says of a meeting held before it: the saying's day
    ("Chiều 10/8, ông Lò Văn Sáng, Chủ tịch UBND xã Mường Khoa cho biết xã đã tổ chức họp kiểm điểm cán bộ địa "
     "chính.", PUBLISHED, [{"kind": "Cuộc họp", "date": None}]),
    ("Sáng 9/8, bà Đinh Thị Hạnh cho biết, huyện đã tổ chức Hội nghị đối thoại với người dân về bồi thường.",
     PUBLISHED, [{"kind": "Hội nghị", "date": None}]),
    # a plan, a hardship, a place where a person lives: none
    ("Ông Hà Văn Lực cho biết xã sẽ họp bàn phương án di dời vào tuần sau.", PUBLISHED, []),
    ("Ông Hà Văn Lực cho biết doanh nghiệp đã gặp nhiều khó khăn trong quý II.", PUBLISHED, []),
]

# --- a day and month after publication that a meeting reported in the past tense is held on is last year's --------
LAST_YEAR = [
    ("Ông Hà Văn Q. đã nhận sai phạm. Vào ngày 28/11, chi bộ nhà trường đã tiến hành họp kiểm điểm đối với ông Q.",
     PUBLISHED, [{"kind": "Cuộc họp", "date": "2022-11-28"}]),
    ("Ngày 2/12, Công đoàn ngành Y tế đã tổ chức Hội nghị tổng kết năm.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2022-12-02"}]),
    # planned, or written with its year: ahead, none
    ("Vào ngày 28/11, chi bộ nhà trường sẽ tiến hành họp kiểm điểm đối với ông Q.", PUBLISHED, []),
    ("Ngày 2/12/2023, Công đoàn ngành Y tế đã tổ chức Hội nghị tổng kết năm.", PUBLISHED, []),
]

# --- a photo caption and its credit between the lead and a meeting the next sentence presupposes leave it the lead's day -
CAPTION_AFTER_LEAD = [
    ("Ấn Độ nhận lô máy bay đầu tiên\nBộ trưởng Quốc phòng Rajnath Singh, ngày 9/3, cho biết Ấn Độ đã nhận lô máy bay "
     "đầu tiên. Máy bay cất cánh trong chuyến bay thử. Ảnh: Reuters Phát biểu tại cuộc họp của Quốc hội Ấn Độ, ông "
     "Singh nói việc giao hàng đúng hạn.", UNDATED, [{"kind": "Cuộc họp", "date": "XXXX-03-09"}]),
    # another day given between them: no lead's day
    ("Ấn Độ nhận lô máy bay đầu tiên\nBộ trưởng Quốc phòng Rajnath Singh, ngày 9/3, cho biết Ấn Độ đã nhận lô máy bay "
     "đầu tiên. Ngày 2/3, máy bay cất cánh trong chuyến bay thử. Phát biểu tại cuộc họp của Quốc hội Ấn Độ, ông Singh "
     "nói việc giao hàng đúng hạn.", UNDATED, [{"kind": "Cuộc họp", "date": None}]),
]

# --- the meeting a lead says a notice of conclusions is from is reported, dated or not ----------------------------
SOURCE_IN_LEAD = [
    ("Văn phòng Chính phủ vừa ra thông báo kết luận của Phó Thủ tướng tại cuộc họp về phòng chống hạn mặn.\n"
     "Phó Thủ tướng yêu cầu các bộ, ngành khẩn trương triển khai.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": None}]),
    # after a photo caption with its credit that opens the body, still the lead
    ("Phó Thủ tướng phát biểu (Ảnh: VGP). Văn phòng Chính phủ vừa có thông báo kết luận của Phó Thủ tướng tại "
     "cuộc họp về phòng chống hạn mặn.", PUBLISHED, [{"kind": "Cuộc họp", "date": None}]),
    # further down, only the source of what is asked
    ("Các tỉnh đồng bằng sông Cửu Long đã chủ động trữ nước ngọt. Các địa phương đã hoàn thành 20 công trình. Tỉnh "
     "cũng thực hiện thông báo kết luận của Phó Thủ tướng tại cuộc họp về phòng chống hạn mặn.", PUBLISHED, []),
]

# --- a headline reports a programme it quotes or organizes, not one taught or followed --------------------------------
HEADLINE_PROGRAMMES = [
    # a question mark closing a quoted theme ends neither the sentence nor a caption there
    ('Buổi tọa đàm với chủ đề "Con đọc sách - Vì sao không?" diễn ra tại nhà sách Fahasa vừa qua.', PUBLISHED,
     [{"kind": "Tọa đàm", "date": None}]),
    ("Học viên trường nghề được tiếp tục học chương trình GDTX cấp THPT\nSở Lao động cho biết các trường nghề "
     "vẫn được tuyển sinh hệ 9+.", PUBLISHED, []),
    ("Chương trình “Tết sum vầy” mang niềm vui đến 500 công nhân\nLiên đoàn Lao động tỉnh Bình Dương cho biết "
     "500 công nhân đã nhận quà.", PUBLISHED, [{"kind": "Chương trình", "date": None}]),
]

CASES = APPOSITION + PLACE_NAMES + RUN_OF_DAYS + PLAN_AND_REPORT + DENIED + VERB_ALONE + BODY_BY_HEAD \
    + SOURCE_IN_LEAD + LAST_YEAR + CAPTION_AFTER_LEAD + HEADLINE_PROGRAMMES


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_meetings_in_local_news(text, published, expected):
    check(text, published, expected)


# --- a passive ceremony's name is the Lễ of its subject, without the time phrase opening the sentence -------------
PASSIVE_NAMES = [
    ("Sáng 12/4, cầu Hòa Bình được khánh thành sau hai năm thi công.", "Lễ khánh thành cầu Hòa Bình"),
    ("Chiều 20/5, nhà văn hóa công nhân xã Tân Lập đã được khởi công.", "Lễ khởi công nhà văn hóa công nhân xã Tân Lập"),
]


@pytest.mark.parametrize(("text", "name"), PASSIVE_NAMES)
def test_passive_ceremony_names_its_subject(text, name):
    events = facts_of(meetings_doc(text, PUBLISHED), "events")
    assert [event_json(event)["name"] for event in events] == [name]


# --- a word that ends names ends none inside a common word ("mặt bằng", "tự do", "đạo diễn") --------------------------
WHOLE_NAMES = [
    ("Sáng 7/8, UBND xã Hòa Tiến tổ chức hội nghị đối thoại với người dân về giải phóng mặt bằng.",
     "Hội nghị đối thoại với người dân về giải phóng mặt bằng"),
    ("Chiều 9/8, Hội Nhà báo tỉnh tổ chức tọa đàm về tự do báo chí.", "Tọa đàm về tự do báo chí"),
    ("Tối 5/8, hãng phim Hồng Hà tổ chức buổi ra mắt bộ phim mới của đạo diễn Lê Hoàng.",
     "Buổi ra mắt bộ phim mới của đạo diễn Lê Hoàng"),
]


@pytest.mark.parametrize(("text", "name"), WHOLE_NAMES)
def test_names_run_over_common_words(text, name):
    events = facts_of(meetings_doc(text, PUBLISHED), "events")
    assert [event_json(event)["name"] for event in events] == [name]
