"""Meetings: case tables of sentences written for these tests (in the shapes Vietnamese news
uses; no article text is copied) → the meetings the pipeline reports as held.

Each case is run through the whole pipeline with the publication date it gives (None: an
undated archive, NOTES.md item 22). A text's first line is its headline when more lines follow. ``facts_of(doc, "events")`` must list exactly the meetings
expected, in text order; for each, only the keys the case gives are compared: ``kind``,
``date`` (ISO as GOLD.md writes it, "XXXX-MM-DD" when no year is known), ``organizer``,
``chairs`` and ``attendees`` (sets of names), ``name`` (its first two words, as the scorer
keys an undated meeting). Rows with ``[]`` must stay empty: the precision side of each rule.
"""

from __future__ import annotations

import re

import pytest

from unionfacts.extract.base import facts_of
from unionfacts.facts import event_json
from unionfacts.normalize import fold_for_matching, normalize_text
from conftest import annotated

PUBLISHED = "2023-08-16"  # a Wednesday
UNDATED = None


def meetings_doc(text: str, published: str | None):
    return annotated(normalize_text(text), published)


def _view(key: str, value):
    if key in ("chairs", "attendees"):
        return sorted(fold_for_matching(name) for name in value)
    if key == "name":
        return " ".join(fold_for_matching(value).split()[:2])
    if key in ("kind", "organizer"):
        return fold_for_matching(value) if value else value
    return value


def meetings_in(text: str, published: str | None, expected: list[dict]) -> list[dict]:
    events = sorted(facts_of(meetings_doc(text, published), "events"), key=lambda e: e.start)
    found = []
    for index, event in enumerate(events):
        data = event_json(event)
        keys = expected[index].keys() if index < len(expected) else ("kind", "name", "date")
        found.append({key: _view(key, data[key]) for key in keys})
    return found


def check(text, published, expected):
    found = meetings_in(text, published, expected)
    assert len(found) == len(expected), found
    assert found == [{key: _view(key, value) for key, value in meeting.items()} for meeting in expected]


# --- 1. kind words in every form, lower case included ---------------------------------------------
KINDS = [
    # a press meeting called "gặp báo chí" (NOTES.md item 31: press conferences), held by an organizing verb
    ("Chiều 10/6, Tổng Liên đoàn Lao động Việt Nam tổ chức gặp báo chí để thông tin về vụ việc.", PUBLISHED,
     [{"kind": "Họp báo", "date": "2023-06-10", "organizer": "Tổng Liên đoàn Lao động Việt Nam"}]),
    ("Sáng 5/7, tại buổi gặp gỡ báo chí, ông Nguyễn Văn An cho biết công ty sẽ tăng lương.", PUBLISHED,
     [{"kind": "Họp báo", "date": "2023-07-05"}]),
    ("Ông An thường xuyên gặp gỡ báo chí để giải thích chính sách.", PUBLISHED, []),
    ("Sáng 12/3, Liên đoàn Lao động tỉnh Hà Giang tổ chức lễ trao học bổng cho con công nhân.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-03-12", "organizer": "Liên đoàn Lao động tỉnh Hà Giang"}]),
    ("Chiều 5/4, tại Hà Nội, buổi lễ ra mắt Quỹ Hỗ trợ công nhân đã diễn ra trang trọng.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-04-05"}]),
    ("Sáng 30/4, Liên đoàn Lao động huyện Yên Dũng tổ chức lễ mít tinh kỷ niệm Ngày Quốc tế Lao động.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-04-30"}]),
    ("Ngày 20/6, kỳ họp thứ 12 Hội đồng nhân dân tỉnh Lạng Sơn khai mạc tại thành phố Lạng Sơn.", PUBLISHED,
     [{"kind": "Kỳ họp", "date": "2023-06-20"}]),
    ("Sáng 3/7, Chính phủ họp phiên thường kỳ tháng 6; phiên họp diễn ra theo hình thức trực tuyến.", PUBLISHED,
     [{"kind": "Phiên họp", "date": "2023-07-03"}]),
    ("Chiều 14/2, Ban Thường vụ Công đoàn ngành Giáo dục tổ chức cuộc họp bàn phương án hỗ trợ giáo viên.",
     PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-02-14"}]),
    ("Ngày 8/2, Công đoàn Công ty Giày Phú Lâm tổ chức buổi gặp mặt công nhân đầu xuân.", PUBLISHED,
     [{"kind": "Buổi gặp mặt", "date": "2023-02-08"}]),
    ("Tối 10/5, Công đoàn Khu công nghiệp Tân Tạo tổ chức liên hoan văn nghệ công nhân lao động.", PUBLISHED,
     [{"kind": "Liên hoan", "date": "2023-05-10"}]),
    ("Chiều 21/7, Bộ Y tế tổ chức họp báo công bố kết quả kiểm tra an toàn thực phẩm.", PUBLISHED,
     [{"kind": "Họp báo", "date": "2023-07-21", "organizer": "Bộ Y tế"}]),
    ("Sáng 9/5, hai Bộ trưởng đã có cuộc hội đàm tại trụ sở Bộ Ngoại giao.", PUBLISHED,
     [{"kind": "Hội đàm", "date": "2023-05-09"}]),
    ("Ngày 15/3, Hội Nông dân tỉnh Phú Thọ tổ chức tọa đàm về chuyển đổi số trong nông nghiệp.", PUBLISHED,
     [{"kind": "Tọa đàm", "date": "2023-03-15"}]),
    ("Sáng 11/4, Diễn đàn Doanh nghiệp trẻ miền Trung lần thứ ba khai mạc tại Đà Nẵng.", PUBLISHED,
     [{"kind": "Diễn đàn", "date": "2023-04-11"}]),
    ("Ngày 22/5, Công đoàn Khu Kinh tế tỉnh Nam Định tổ chức tập huấn an toàn lao động cho 150 cán bộ công đoàn.",
     PUBLISHED, [{"kind": "Tập huấn", "date": "2023-05-22"}]),
    ("Ngày 4/7, đoàn công tác của Liên đoàn Lao động tỉnh Bình Phước đã thăm, làm việc tại Công ty Cao su Đồng Phú.",
     PUBLISHED, [{"kind": "Chuyến thăm", "date": "2023-07-04"}]),
    ("Trong chuyến thăm chính thức Lào từ ngày 12 - 14/1, Thủ tướng Lê Văn Hùng đã gặp lãnh đạo Quốc hội Lào.",
     PUBLISHED, [{"kind": "Chuyến thăm", "date": "2023-01-12/2023-01-14"}]),
    # precision: the same words where they name no meeting held
    ("Người dân nghỉ lễ dài ngày nên các điểm du lịch đông khách.", PUBLISHED, []),
    ("Lễ hội đền Hùng năm nay thu hút hàng vạn du khách.", PUBLISHED, []),
    ("Công nhân có nhu cầu tập huấn về kỹ năng an toàn.", PUBLISHED, []),
    ("Việt Nam luôn tích cực tham gia các diễn đàn quốc tế.", PUBLISHED, []),
]

# --- 2. back-references join the meeting already reported --------------------------------------------
BACK_REFERENCES = [
    ("Sáng 6/3, Công đoàn Công ty Điện lực Bắc Ninh tổ chức Đại hội lần thứ IV, nhiệm kỳ 2023-2028. Đại hội đã "
     "bầu Ban Chấp hành gồm 9 đồng chí. Phát biểu tại đại hội, ông Phạm Văn Lợi, Chủ tịch Liên đoàn Lao động tỉnh "
     "Bắc Ninh, biểu dương thành tích của công đoàn.", PUBLISHED,
     [{"kind": "Đại hội", "date": "2023-03-06", "attendees": ["Phạm Văn Lợi"]}]),
    ("Chiều 2/6, lãnh đạo Liên đoàn Lao động tỉnh Cà Mau có buổi làm việc với Công ty Thủy sản Minh Phú. Tại buổi "
     "làm việc, ông Trần Quốc Việt, Giám đốc công ty, báo cáo tình hình việc làm của công nhân.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-06-02", "attendees": ["Trần Quốc Việt"]}]),
    ("Ngày 18/7, Hội đồng nhân dân huyện Đông Anh khai mạc kỳ họp thứ 7. Kỳ họp này sẽ xem xét 12 tờ trình.",
     PUBLISHED, [{"kind": "Kỳ họp", "date": "2023-07-18"}]),
    # a bare word with nothing to point back to and nothing to report is none
    ("Hội nghị là dịp để các đơn vị trao đổi kinh nghiệm.", PUBLISHED, []),
    # a bare word with nothing before it that did something in the past tense reports a meeting held, undated
    ("Hội nghị đã nghe báo cáo về công tác phân luồng học sinh sau trung học cơ sở.", PUBLISHED,
     [{"kind": "Hội nghị", "date": None}]),
    # ... or points back to the meeting just reported, of another kind
    ("Sáng 16/8, lãnh đạo các nước dự Hội nghị cấp cao ASEAN tại Jakarta. \"Cuộc họp đã thành công\", ông Lý Văn Hải "
     "nói.", PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-16"}]),
    # a body's session reported in the past tense, without a day
    ("Ban Chấp hành Công đoàn tỉnh khóa mới đã họp phiên thứ nhất để bầu Chủ tịch.", PUBLISHED,
     [{"kind": "Phiên họp", "date": None}]),
    # a part or a session of a meeting named by its kind word on its day is that meeting
    ("Chiều nay (16/8), Ngân hàng Sao Mai tổ chức Đại hội đồng cổ đông thường niên năm 2023. Toàn cảnh buổi họp đại "
     "hội đồng cổ đông của Sao Mai chiều 16/8.", "2023-08-16",
     [{"kind": "Đại hội đồng cổ đông", "date": "2023-08-16"}]),
    ("Sáng 16/8, Lễ khai mạc Kỳ họp lần thứ 3 Hội đồng nhân dân tỉnh diễn ra trọng thể. Kỳ họp thứ ba khai mạc sáng "
     "16/8 tại hội trường tỉnh.", PUBLISHED, [{"kind": "Kỳ họp", "date": "2023-08-16"}]),
    # not a meeting of another ordinal, nor one whose name names someone or something else
    ("Tháng 8/2023, Bộ tổ chức chương trình \"Chia sẻ cùng thầy cô\". Cũng trong tháng 8/2023, Bộ tổ chức Lễ phát động "
     "chương trình \"Điều ước cho em\".", PUBLISHED,
     [{"kind": "Chương trình", "date": "2023-08"}, {"kind": "Lễ", "date": "2023-08"}]),
    ("Sáng 16/8, Lễ khai mạc Kỳ họp thứ tư Hội đồng nhân dân huyện diễn ra trọng thể. Kỳ họp thứ ba Hội đồng nhân dân "
     "tỉnh cũng khai mạc sáng 16/8.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-08-16"}, {"kind": "Kỳ họp", "date": "2023-08-16"}]),
    # the short name a meeting's name defines in brackets tells it apart from no other name of it
    ("Hôm nay (16/8), Ngân hàng Sao Mai tổ chức họp đại hội đồng cổ đông (ĐHĐCĐ) thường niên năm 2023.\nĐại hội đồng cổ "
     "đông Sao Mai đã bầu bổ sung 2 thành viên Hội đồng quản trị.", PUBLISHED,
     [{"kind": "Đại hội đồng cổ đông", "date": "2023-08-16"}]),
    # one ordinal written as a Roman numeral, in digits or in words is one meeting
    ("Chiều 14/8, Hội Cựu chiến binh huyện tổ chức đại hội lần thứ IV. Ông Lê Văn Tám cho biết Hội tiến hành đại hội "
     "lần thứ 4 khi các chi hội đã hoàn thành đại hội.", PUBLISHED, [{"kind": "Đại hội", "date": "2023-08-14"}]),
    ("Báo cáo tại kỳ họp thứ hai của Hội đồng nhân dân tỉnh, Sở Tài chính nêu nhiều kiến nghị. Các kiến nghị tại kỳ "
     "họp thứ 2 đã được trả lời.", UNDATED, [{"kind": "Kỳ họp", "date": None}]),
]

# --- 3. programmes held as occasions, meetings reported by their verb only ------------------------------
OCCASIONS_AND_VERBS = [
    ("Ngày 28/1, Liên đoàn Lao động tỉnh Long An tổ chức chương trình “Tết sum vầy” cho 500 công nhân.", PUBLISHED,
     [{"kind": "Chương trình", "date": "2023-01-28"}]),
    ("Phó Thủ tướng Hồ Văn Nam dự chương trình Tết sum vầy do Tổng Liên đoàn Lao động Việt Nam tổ chức ngày 6/1 "
     "tại Gia Lai.", PUBLISHED, [{"kind": "Chương trình", "date": "2023-01-06", "attendees": ["Hồ Văn Nam"]}]),
    ("Công đoàn ngành tiếp tục triển khai chương trình “Nâng cao chất lượng thỏa ước” trong toàn ngành.",
     PUBLISHED, []),
    ("Công đoàn xây dựng chương trình hành động thực hiện nghị quyết và chương trình công tác năm 2024.",
     PUBLISHED, []),
    ("Sáng 14/8, Bí thư Tỉnh ủy Trần Văn Nam đã làm việc với Liên đoàn Lao động tỉnh về công tác chăm lo cho "
     "đoàn viên.", PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-08-14"}]),
    ("Chiều 9/6, Chủ tịch nước Lê Minh Hòa hội đàm với Tổng thống nước bạn tại Phủ Chủ tịch.", PUBLISHED,
     [{"kind": "Hội đàm", "date": "2023-06-09"}]),
    ("Ngày 7/2, Chủ tịch Công đoàn Ngân hàng Việt Nam Nguyễn Văn Đức đã gặp mặt cán bộ cơ quan đầu năm mới.",
     PUBLISHED, [{"kind": "Buổi gặp mặt", "date": "2023-02-07"}]),
    ("Chiều 11/5, Phó Thủ tướng Đỗ Văn Hải tiếp Đoàn đại biểu Quốc hội Cu Ba đang thăm Việt Nam.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": "2023-05-11"}]),
    ("Sáng 12/5, Tổng Liên đoàn Lao động Việt Nam tổ chức trao Giải thưởng Nguyễn Văn Linh cho 50 cán bộ công đoàn "
     "tiêu biểu.", PUBLISHED, [{"kind": "Lễ", "name": "lễ trao", "date": "2023-05-12"}]),
    ("Ngày 28/7, Liên đoàn Lao động tỉnh long trọng tổ chức kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam.",
     PUBLISHED, [{"kind": "Lễ", "date": "2023-07-28"}]),
    ("Sáng 25/7, Đại hội Công đoàn tỉnh Lạng Sơn lần thứ XV bước vào ngày làm việc thứ hai.", PUBLISHED,
     [{"kind": "Đại hội", "name": "đại hội", "date": "2023-07-25"}]),
    # the same verbs in their other senses
    ("Dịp Tết, công đoàn các cấp tổ chức trao quà và đón công nhân về quê.", PUBLISHED, []),
    ("Nhiều công nhân làm việc với cường độ cao trong dịp cuối năm.", PUBLISHED, []),
    ("Doanh nghiệp gặp nhiều khó khăn do thiếu đơn hàng.", PUBLISHED, []),
    ("Công ty tiếp tục tuyển thêm 200 lao động.", PUBLISHED, []),
]

# --- 4. held, planned or cited: scoped to the clause ---------------------------------------------------
SCOPE = [
    ("Nhân dịp chào mừng Ngày Quốc tế Lao động, Liên đoàn Lao động tỉnh Kon Tum đã tổ chức Lễ tuyên dương 50 công "
     "nhân tiêu biểu.", PUBLISHED, [{"kind": "Lễ", "organizer": "Liên đoàn Lao động tỉnh Kon Tum"}]),
    ("Trước khi đi dự Đại hội XIII, các đại biểu đã dâng hương tại Khu di tích.", PUBLISHED, []),
    ("Trước khi lên đường dự Đại hội Công đoàn tỉnh lần thứ IX, đoàn đại biểu huyện đã viếng nghĩa trang liệt sĩ.",
     PUBLISHED, []),
    # the previous session is only recalled; a review of the previous year is held
    ("Tại kỳ họp lần trước, Hội đồng nhân dân huyện đã thông qua 12 nghị quyết.", PUBLISHED, []),
    ("Ngày 6/1, Liên đoàn Lao động tỉnh Hòa Bình tổ chức hội nghị tổng kết năm trước.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-01-06"}]),
    # a meeting compared with is not reported; the one held after it is
    ("So với hội nghị năm ngoái, số công nhân được tư vấn tăng gấp ba. Sáng 8/7, Liên đoàn Lao động tỉnh Tiền "
     "Giang tổ chức hội nghị tư vấn pháp luật.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-07-08", "organizer": "Liên đoàn Lao động tỉnh Tiền Giang"}]),
    # a kind that needs a name, reported held by the verb after its lower-case words; a bare one alone is none
    ("Tối 2/7, liên hoan văn nghệ quần chúng công nhân khu công nghiệp Tân Hương đã bế mạc.", PUBLISHED,
     [{"kind": "Liên hoan", "date": "2023-07-02"}]),
    ("Sau giờ làm, tổ sản xuất thường liên hoan cùng nhau.", PUBLISHED, []),
    ("Trong buổi tổng kết, diễn đàn ngày càng thu hút đoàn viên tham gia.", PUBLISHED, []),
    ("Công đoàn ngành đang tích cực chuẩn bị tiến tới Đại hội Công đoàn tỉnh lần thứ XV.", PUBLISHED, []),
    ("Dự kiến, cuối tháng 9, Liên đoàn Lao động thành phố sẽ tổ chức hội nghị sơ kết.", PUBLISHED, []),
    # a plan's list after a colon: each item, past the semicolons, is planned too; a list of what was done is not
    ("Huyện chuẩn bị chu đáo cho dịp lễ. Dự kiến, huyện sẽ tổ chức nhiều hoạt động, gồm: Lễ mít tinh tại quảng trường; "
     "Lễ dâng hương tại đền liệt sĩ và Hội thảo về lịch sử địa phương được tổ chức tại nhà văn hóa.", PUBLISHED, []),
    ("Huyện chuẩn bị chu đáo cho dịp lễ. Trong tháng 7, huyện đã tổ chức nhiều hoạt động: Lễ mít tinh tại quảng "
     "trường ngày 2/7; Lễ dâng hương tại đền liệt sĩ ngày 27/7.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-07-02"}, {"kind": "Lễ", "date": "2023-07-27"}]),
    ("Hội nghị tổng kết công tác năm của Công đoàn ngành Xây dựng sẽ diễn ra vào ngày 20/12.", PUBLISHED, []),
    ("Các cấp công đoàn quán triệt Nghị quyết Đại hội XII Công đoàn Việt Nam đến đoàn viên.", PUBLISHED, []),
    ("Hằng năm, Công ty Dệt may Thành Công tổ chức hội nghị người lao động vào tháng 1.", PUBLISHED, []),
    ("Nhiều doanh nghiệp đã tổ chức buổi gặp mặt công nhân trong ngày làm việc đầu năm.", PUBLISHED, []),
    ("Công đoàn cơ sở phối hợp tốt với chuyên môn trong việc tổ chức hội nghị cán bộ công chức.", PUBLISHED, []),
    # sports games, a match, the organizers of a meeting, a venue in lower case: no meetings
    ("Ngày 25/4, tại Đà Lạt đã diễn ra Đại hội thể thao sinh viên khu vực Tây Nguyên.", PUBLISHED, []),
    ("Tối 7/6, đội tuyển Việt Nam gặp Thái Lan trên sân Mỹ Đình.", PUBLISHED, []),
    ("Trước trận đấu chiều 9/5, huấn luyện viên trả lời phóng viên trong phòng họp báo.", PUBLISHED, []),
    ("Ngày 14/5, nước này không cử phái đoàn chính thức đến dự Diễn đàn Hợp tác khu vực.", PUBLISHED, []),
    ("Trưởng ban tổ chức Đại hội Phạm Thu Hà cho biết các đội đã luyện tập từ tháng 3.", PUBLISHED, []),
    ("Khu đô thị mới có bệnh viện, trường học, thư viện và trung tâm hội nghị từ ngày 3 - 9/5.", PUBLISHED, []),
    # a venue and a related article's headline are no meetings
    ("Sáng 5/9, triển lãm ảnh về công nhân khai mạc tại Trung tâm Hội nghị Quốc gia.", PUBLISHED, []),
    ("Giá điện tăng từ tháng 5. [Hội nghị Ban Chấp hành Tổng Liên đoàn bàn về tiền lương] Nhiều hộ dân lo lắng.",
     PUBLISHED, []),
]

# --- 5. the day of each meeting -------------------------------------------------------------------------
DATES = [
    # the sentence before, when it gives nothing but a date
    ("Chiều ngày 12/6/2022. Công đoàn Sở Tư pháp đã tổ chức thành công Đại hội lần thứ V.", UNDATED,
     [{"kind": "Đại hội", "date": "2022-06-12"}]),
    # the lead, for the meeting the headline names
    ("Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh lần thứ 8\nSáng 19/7, tại Vĩnh Yên, đã diễn ra với sự tham "
     "dự của 45 ủy viên.", UNDATED, [{"kind": "Hội nghị", "date": "XXXX-07-19"}]),
    # the publication year for a day and month; XXXX when no year is known
    ("Ngày 3/6, Liên đoàn Lao động tỉnh Yên Bái tổ chức Hội nghị tổng kết Tháng Công nhân.", PUBLISHED,
     [{"date": "2023-06-03"}]),
    ("Ngày 3/6, Liên đoàn Lao động tỉnh Yên Bái tổ chức Hội nghị tổng kết Tháng Công nhân.", UNDATED,
     [{"date": "XXXX-06-03"}]),
    # coordinated days are one run of days
    ("Trong hai ngày 14 và 15/8/2023, Đại hội Công đoàn tỉnh Sơn La lần thứ XVI đã diễn ra tại thành phố Sơn La.",
     UNDATED, [{"kind": "Đại hội", "date": "2023-08-14/2023-08-15"}]),
    ("Trong 2 ngày 9-10/6, Hội nghị Ban Chấp hành Tổng Liên đoàn lần thứ 12 được tổ chức tại Hà Nội.", UNDATED,
     [{"kind": "Hội nghị", "date": "XXXX-06-09/XXXX-06-10"}]),
    # never the year under review, a year in a programme's name, or a holiday's date
    ("Công đoàn Viên chức tỉnh đã tổ chức hội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023.", UNDATED,
     [{"kind": "Hội nghị", "date": None, "name": "hội nghị tổng"}]),
    ("Liên đoàn Lao động tỉnh đã tổ chức chương trình “Tết Sum vầy 2023” cho công nhân khó khăn.", UNDATED,
     [{"kind": "Chương trình", "date": None}]),
    ("Liên đoàn Lao động tỉnh Bến Tre tổ chức lễ mít tinh kỷ niệm Ngày Quốc tế Lao động 1/5.", UNDATED,
     [{"kind": "Lễ", "date": None}]),
    ("Liên đoàn Lao động tỉnh Bến Tre tổ chức lễ mít tinh kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam "
     "(28/7/1929 - 28/7/2023).", UNDATED, [{"kind": "Lễ", "date": None}]),
    # a relative day, resolved against the publication date (Wednesday 16 August 2023)
    ("Chiều qua, Liên đoàn Lao động tỉnh Đắk Lắk tổ chức hội nghị đối thoại với công nhân.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-08-15"}]),
    ("Sáng nay, Công đoàn Công ty Than Hà Lầm tổ chức lễ tuyên dương thợ mỏ giỏi.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-08-16"}]),
    ("Thứ Hai tuần trước, Ban Thường vụ Công đoàn tỉnh đã tổ chức cuộc họp bàn về nhà ở công nhân.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-08-07"}]),
    ("Cuối tuần qua, Công đoàn ngành Y tế tổ chức hội thao công nhân viên chức và hội nghị tổng kết.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-08-12/2023-08-13"}]),
    # … and unknown without one
    ("Chiều qua, Liên đoàn Lao động tỉnh Đắk Lắk tổ chức hội nghị đối thoại với công nhân.", UNDATED,
     [{"kind": "Hội nghị", "date": None}]),
    # a meeting the text goes on to from another keeps that day
    ("Sáng 7/6, tại Phủ Chủ tịch, Chủ tịch nước Lê Minh Hòa chủ trì Lễ đón Tổng thống nước bạn. Sau Lễ đón, hai "
     "nhà lãnh đạo đã hội đàm. Chiều cùng ngày, Chủ tịch nước đã có cuộc gặp gỡ với báo chí.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-06-07"}, {"kind": "Hội đàm", "date": "2023-06-07"},
      {"kind": "Cuộc gặp gỡ", "date": "2023-06-07"}]),
]

# --- 6. chairs, in every syntax ------------------------------------------------------------------------
CHAIRS = [
    ("Sáng 4/3, Liên đoàn Lao động tỉnh Phú Yên tổ chức hội nghị tổng kết. Chủ trì hội nghị có đồng chí Võ Văn "
     "Bảo, Chủ tịch Liên đoàn Lao động tỉnh Phú Yên.", PUBLISHED,
     [{"date": "2023-03-04", "chairs": ["Võ Văn Bảo"]}]),
    ("Ngày 27/6, phiên họp thứ nhất của Hội đồng Tiền lương quốc gia đã diễn ra tại Hà Nội dưới sự chủ trì của Thứ "
     "trưởng Bộ Lao động - Thương binh và Xã hội Lê Văn Thanh.", PUBLISHED,
     [{"kind": "Phiên họp", "date": "2023-06-27", "chairs": ["Lê Văn Thanh"]}]),
    ("Chiều 10/2, Chính phủ và Tổng Liên đoàn Lao động Việt Nam tổ chức hội nghị liên tịch. Thủ tướng Phạm Văn "
     "Khải, Chủ tịch Tổng Liên đoàn Lao động Việt Nam Hoàng Văn Minh đồng chủ trì hội nghị.", PUBLISHED,
     [{"date": "2023-02-10", "chairs": ["Phạm Văn Khải", "Hoàng Văn Minh"]}]),
    ("Sáng 12/6, Quốc hội họp phiên toàn thể tại hội trường. Phó Chủ tịch Quốc hội Trịnh Văn Quang điều khiển "
     "phiên họp.", PUBLISHED, [{"kind": "Phiên họp", "date": "2023-06-12", "chairs": ["Trịnh Văn Quang"]}]),
    # "với sự chủ trì của"; a body's union of the article's province as the subject of "họp"
    ("Sáng 6/4, Ban Chấp hành Công đoàn ngành Giao thông tỉnh họp phiên thường kỳ với sự chủ trì của đồng chí Lò Văn "
     "Sơn, Chủ tịch Công đoàn ngành.", PUBLISHED, [{"kind": "Phiên họp", "date": "2023-04-06", "chairs": ["Lò Văn Sơn"]}]),
    # attends and chairs
    ("Ngày 20/7, Công đoàn Bệnh viện tỉnh tổ chức lễ kỷ niệm. Bà Đinh Thị Huệ, Phó Chủ tịch Liên đoàn Lao động tỉnh "
     "dự và chủ trì buổi lễ.", PUBLISHED, [{"kind": "Lễ", "date": "2023-07-20", "chairs": ["Đinh Thị Huệ"]}]),
    # a title that names a body inside the meeting's name does not cut it
    ("Sáng 9/1, Tổng Liên đoàn Lao động Việt Nam tổ chức Hội nghị Đoàn Chủ tịch lần thứ 15, do ông Mai Đức Chính chủ "
     "trì.", PUBLISHED, [{"name": "Hội nghị Đoàn Chủ tịch lần thứ 15", "chairs": ["Mai Đức Chính"]}]),
    ("Ông Trần Minh Tuấn, Chủ tịch Công đoàn Công ty, chủ trì và điều hành hội nghị người lao động năm 2023 sáng "
     "18/1.", PUBLISHED, [{"date": "2023-01-18", "chairs": ["Trần Minh Tuấn"]}]),
    ("Sáng 28/6, Bộ Giao thông Vận tải tổ chức hội nghị đối thoại với các hãng taxi. Thứ trưởng Bộ Giao thông Vận "
     "tải Nguyễn Văn Trường cho biết sẽ tiếp thu ý kiến. Thứ trưởng Bộ Giao thông Vận tải chủ trì cuộc đối thoại.",
     PUBLISHED, [{"date": "2023-06-28", "chairs": ["Nguyễn Văn Trường"]}]),
    # a body's name run on in lower case is still part of the run of names before the cue
    ("Chiều 30/4, Ban chỉ đạo phòng chống dịch tỉnh Hà Nam tổ chức hội nghị trực tuyến. Ông Phạm Văn Ngọc, Chủ tịch "
     "UBND tỉnh, Trưởng Ban chỉ đạo chủ trì hội nghị.", PUBLISHED, [{"date": "2023-04-30", "chairs": ["Phạm Văn Ngọc"]}]),
    # the persons listed after the meeting chaired ("… điều hành Đại hội gồm: …")
    ("Sáng 23/4, Công ty Khí Đông tổ chức Đại hội đồng cổ đông thường niên. Đoàn chủ tịch điều hành Đại hội gồm: Ông "
     "Trần Trung Chính - Chủ tịch Hội đồng quản trị; ông Lê Văn Hòa - Tổng Giám đốc.", PUBLISHED,
     [{"date": "2023-04-23", "chairs": ["Trần Trung Chính", "Lê Văn Hòa"]}]),
    # "Giám đốc điều hành" is an office, no chair
    ("Sáng 9/3, Công ty Điện tử Hòa Bình tổ chức hội nghị khách hàng. Ông Lý Văn Tú, Giám đốc điều hành công ty, "
     "phát biểu tại hội nghị.", PUBLISHED, [{"chairs": [], "attendees": ["Lý Văn Tú"]}]),
    # each chair on the meeting the sentence names
    ("Chiều 10/2, Chủ tịch Quốc hội Đặng Thị Hồng chủ trì hội nghị tổng kết quy chế phối hợp với Mặt trận. Cũng "
     "trong ngày 10/2, Thủ tướng Phạm Văn Khải chủ trì Hội nghị liên tịch của Chính phủ và Mặt trận.", PUBLISHED,
     [{"date": "2023-02-10", "chairs": ["Đặng Thị Hồng"]}, {"date": "2023-02-10", "chairs": ["Phạm Văn Khải"]}]),
    # who will chair a meeting held is no chair of it
    ("Hội nghị tổng kết của Công đoàn ngành Dệt may đã khai mạc sáng 5/1. Ngày mai, ông Vũ Đức Hạnh sẽ chủ trì "
     "hội nghị.", PUBLISHED, [{"date": "2023-01-05", "chairs": []}]),
    # a chair cue with no meeting to chair is a lead agency
    ("Bộ Tài chính chủ trì xây dựng đề án; Bộ trưởng Hồ Đức Nam yêu cầu hoàn thành trong tháng 9.", PUBLISHED, []),
    # a speaker before a chair is no chair
    ("Sáng 5/5, Công đoàn Viên chức tỉnh tổ chức hội nghị; ông Lê Văn Tâm phát biểu, bà Phan Thị Hoa chủ trì hội "
     "nghị.", PUBLISHED, [{"chairs": ["Phan Thị Hoa"], "attendees": ["Lê Văn Tâm"]}]),
]

# --- 7. several meetings in one report: each apart, each on its day --------------------------------------
NARRATIVES = [
    # talks and a reception during a visit are not dated by the visit's run of days; a verb that goes on from
    # another in the clause ("…; hội kiến …") reports a meeting of its own
    ("Thủ tướng thăm chính thức Nhật Bản\nTrong chuyến thăm từ ngày 3 - 6/5, Thủ tướng Lê Văn Hùng đã hội đàm với "
     "Thủ tướng Nhật Bản; hội kiến Chủ tịch Thượng viện Nhật Bản.", "2023-05-08",
     [{"kind": "Chuyến thăm", "date": "2023-05-03/2023-05-06"}, {"kind": "Hội đàm", "date": None},
      {"kind": "Hội kiến", "date": None}]),
    # a delegation's visit, and its working session pointed back to ("Tại buổi làm việc với Đoàn")
    ("Trong hai ngày 9 và 10/3, đoàn công tác của Ban Dân vận Trung ương thăm, làm việc tại tỉnh Lai Châu. Tại buổi "
     "làm việc với Đoàn, ông Giàng Seo Phử, Bí thư Tỉnh ủy, báo cáo tình hình của tỉnh.", "2023-03-12",
     [{"kind": "Chuyến thăm", "date": "2023-03-09/2023-03-10", "attendees": ["Giàng Seo Phử"]}]),
    ("Ngày 12/7, Thủ tướng Lê Văn Hùng đã có cuộc gặp Thị trưởng thành phố Osaka; gặp Chủ tịch Hiệp hội doanh "
     "nghiệp Kansai.", "2023-07-14",
     [{"kind": "Cuộc gặp", "name": "cuộc gặp", "date": "2023-07-12"}, {"kind": "Cuộc gặp", "name": "cuộc gặp"}]),
    # one meeting named two ways ("Hội nghị công bố quy hoạch", "buổi lễ công bố quy hoạch")
    ("Sáng 3/6, Bộ Xây dựng tổ chức Hội nghị công bố quy hoạch chung đô thị Hà Giang. Phát biểu tại buổi lễ công bố "
     "quy hoạch, ông Lê Quang Hưng đánh giá cao sự phối hợp.", "2023-06-05",
     [{"kind": "Hội nghị", "date": "2023-06-03", "organizer": "Bộ Xây dựng", "attendees": ["Lê Quang Hưng"]}]),
    # congresses of different ordinals are different meetings, however alike their names
    ("Tại Đại hội đại biểu toàn quốc lần thứ X của Đảng, ông được bầu vào Ban Chấp hành Trung ương. Tại Đại hội "
     "đại biểu toàn quốc lần thứ XI của Đảng, ông tiếp tục được bầu.", None,
     [{"kind": "Đại hội", "date": None}, {"kind": "Đại hội", "date": None}]),
    # "Quốc hội thảo luận": no "hội thảo" across two words, a discussion session reported by its verb
    ("Sáng 12/6, dưới sự điều hành của Phó Chủ tịch Quốc hội Trịnh Văn Quang, Quốc hội thảo luận tại hội trường về "
     "dự án Luật Đất đai.", "2023-06-13",
     [{"kind": "Phiên thảo luận", "date": "2023-06-12", "chairs": ["Trịnh Văn Quang"]}]),
    # a press conference about a session keeps the session's day; two chairs named only by their office
    ("Sáng 9/5, Bộ trưởng Bộ Công Thương Lê Văn An và Bộ trưởng Bộ Công nghiệp Lào Phạm Văn Bình đồng chủ trì kỳ "
     "họp lần thứ 5 Ủy ban hợp tác. Hai Bộ trưởng đã chủ trì cuộc họp báo thông báo kết quả của kỳ họp.",
     "2023-05-10",
     [{"kind": "Kỳ họp", "date": "2023-05-09", "chairs": ["Lê Văn An", "Phạm Văn Bình"]},
      {"kind": "Họp báo", "date": "2023-05-09", "chairs": ["Lê Văn An", "Phạm Văn Bình"]}]),
    # a headline the body only plans is no meeting held
    ("Hội nghị xúc tiến đầu tư tỉnh Bình Định diễn ra ngày 20/9\nTheo kế hoạch, Hội nghị xúc tiến đầu tư sẽ diễn ra "
     "ngày 20/9 tại Quy Nhơn. Dự kiến khoảng 500 đại biểu sẽ dự Hội nghị.", "2023-09-10", []),
    # none held: none at all, a future day, a task set, tomorrow's agenda
    ("Giữa hai bên chưa có cuộc làm việc nào về vấn đề này.", PUBLISHED, []),
    ("Thủ tướng sẽ đồng chủ trì kỳ họp lần thứ 45 của Ủy ban liên Chính phủ vào ngày 8/2 tới.", PUBLISHED, []),
    ("Theo đó, Công đoàn ngành phấn đấu hoàn thành các chỉ tiêu; tổ chức Hội nghị tổng kết năm 2023 vào tháng 12; tổ "
     "chức Hội thảo về thương lượng tập thể.", PUBLISHED, []),
    ("Theo chương trình ngày mai, thứ ba, ngày 13/6, Quốc hội làm việc tại hội trường.", PUBLISHED, []),
    # a day in what someone says at a meeting is not the meeting's
    ("Tuy nhiên, tại kỳ họp thứ 7 Quốc hội khóa XIV nhiều đại biểu cho rằng việc lấy ngày 27/7 là không phù hợp.",
     PUBLISHED, [{"kind": "Kỳ họp", "date": None}]),
    # a day after a document named later in the sentence is the document's
    ("Phó Thủ tướng đã dự Hội nghị về du lịch tổ chức tại Hội An, tiếp đó là Nghị quyết của Bộ Chính trị về du "
     "lịch ngày 16/1/2017.", "2017-06-10", [{"kind": "Hội nghị", "date": None}]),
    # a recalled meeting its own clause places and dates is reported held, on that month (NOTES.md item 19;
    # test_extract_meetings_audit.py: RECALLED)
    ("Phó Thủ tướng nhắc lại Hội nghị về du lịch tổ chức tại Hội An tháng 8/2016, tiếp đó là Nghị quyết của Bộ "
     "Chính trị về du lịch ngày 16/1/2017.", "2017-06-10", [{"kind": "Hội nghị", "date": "2016-08"}]),
]

# a delegation led by someone ("do A dẫn đầu") is the subject of the visit after it
DELEGATIONS = [
    ("Ngày 3/7, đoàn công tác Liên đoàn Lao động tỉnh Lạng Sơn do Phó Chủ tịch Hoàng Thị Vân dẫn đầu đã đến thăm "
     "và làm việc tại Công ty cổ phần Xi măng Đồng Bành.", PUBLISHED, [{"date": "2023-07-03"}]),
    # a visit "sang thăm, làm việc tại" is one visit, lasting the days it is given
    ("Bộ trưởng cảm ơn sự đón tiếp chu đáo nhân dịp Đoàn đại biểu Bộ Y tế sang thăm, làm việc tại Cộng hòa Séc từ ngày "
     "4 - 6/3/2023.", PUBLISHED, [{"kind": "Chuyến thăm", "date": "2023-03-04/2023-03-06"}]),
    ("Sáng 2/8, đoàn công tác của Bộ Y tế đến thăm và làm việc với Sở Y tế tỉnh Điện Biên.", PUBLISHED,
     [{"kind": "Chuyến thăm", "date": "2023-08-02"}]),
]

CASES = DELEGATIONS + KINDS + BACK_REFERENCES + OCCASIONS_AND_VERBS + SCOPE + DATES + CHAIRS + NARRATIVES


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_extract_meetings_case_table(text, published, expected):
    check(text, published, expected)


_ISO = re.compile(r"(?:\d{4}|XXXX)-\d{2}(?:-\d{2}(?:/(?:\d{4}|XXXX)-\d{2}-\d{2})?)?")


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_extract_meetings_contract_shape(text, published, expected):
    """What holds even where values are wrong: the evidence is the body slice, a date is a day, a run of days or a
    month as GOLD.md writes it, and a chair is not repeated among the attendees (NOTES.md item 20)."""
    doc = meetings_doc(text, published)
    for event in facts_of(doc, "events"):
        assert doc.text[event.start:event.end] == event.text
        assert event.date is None or _ISO.fullmatch(event.date), event.date
        assert not set(event.people("chair")) & set(event.people("attendee"))
        for part in event.parts:
            assert part.part in ("chair", "attendee")
            assert 0 <= part.start < part.end <= len(doc.text)
