"""Meetings on shapes an audit of the study articles (study13–15, events) found misread: a photo caption that gives
its day last ("Ông A trong cuộc họp báo tại X ngày 11/5. Ảnh: Y") names a meeting and reports none, where a sentence
that opens with its day before a credit still reports one; the edition year a name gives ("ĐHĐCĐ thường niên 2021")
is no date on a page of that year; a bare meeting word first reported held ("cuộc họp đã diễn ra") is the lead's
occasion; an award received on a day reports its ceremony. Each row is written for these tests in the shape
Vietnamese news uses (no article text is copied); rows with ``[]`` must stay empty.

The helpers and their conventions are those of ``test_extract_meetings.py``.
"""

from __future__ import annotations

import pytest

from test_extract_meetings import PUBLISHED, UNDATED, check

# --- a short sentence past the lead that a photo credit follows and no day opens is a caption, its day given last:
# the meeting it names is no report; a sentence opening with its day before a credit still reports one -------------
CAPTIONS_WITH_A_DAY = [
    ("Giải bóng đá công nhân bị hoãn\nBan tổ chức giải bóng đá công nhân tỉnh Hòa Lâm đã thông báo hoãn giải. "
     "Trưởng ban tổ chức Phạm Văn Quân trong cuộc họp báo tại Đà Nẵng ngày 9/5. Ảnh: Hải Nam. Theo ban tổ chức, "
     "giải sẽ được tổ chức lại vào tháng 7.", PUBLISHED, []),
    ("Cảng biển quá tải\nNhiều tàu hàng phải chờ nhiều ngày ngoài cảng Hòa Lâm. Bộ trưởng Lê Minh Khoa phát biểu tại "
     "hội nghị ở Hải Phòng hôm 3/4. Ảnh: TTXVN Theo các hãng tàu, tình trạng này sẽ kéo dài.", UNDATED, []),
    # a report that opens with its day, a credit after it: still a report
    ("Công đoàn ngành Y tế tổng kết năm\nCông đoàn ngành Y tế công bố kết quả thi đua năm. Sáng 5/6, Công đoàn ngành Y tế tổ "
     "chức hội nghị tổng kết tại Hà Nội. Ảnh: Thu Hà. Hội nghị đã biểu dương 20 tập thể.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-06-05"}]),
    # the meeting the body reports stays, dated by the body
    ("Hội nghị xúc tiến đầu tư\nChiều 12/4, UBND tỉnh Hòa Lâm tổ chức Hội nghị xúc tiến đầu tư. Chủ tịch UBND tỉnh "
     "Trần Quốc Việt phát biểu tại hội nghị chiều 12/4. Ảnh: Minh Đức. Hội nghị thu hút 300 doanh nghiệp.",
     PUBLISHED, [{"kind": "Hội nghị", "date": "2023-04-12"}]),
    # the body pointing back to the caption's meeting on a day of its own reports it
    ("Hòa Lâm phong tỏa khu dân cư\nSáng 2/5, UBND quận Hòa Lâm quyết định phong tỏa khu dân cư số 5. Phó Chủ tịch "
     "UBND tỉnh Trần Văn Dũng tại cuộc họp chiều 30/4 (Ảnh: Thành Trung). Trước đó, chỉ đạo tại cuộc họp chiều 30/4, "
     "Phó Chủ tịch UBND tỉnh Trần Văn Dũng cho biết các cơ quan sẽ quyết định phong tỏa theo mức độ dịch.", "2023-05-02",
     [{"kind": "Cuộc họp", "date": "2023-04-30"}]),
]

# --- the edition year a name gives ("ĐHĐCĐ thường niên 2021") is no date on a page of that year: the text gives no time
# for the meeting; an undated page, or a past edition, still takes it --------------------------------------------
EDITIONS_OF_THE_PAGE_YEAR = [
    ("Chủ tịch HĐQT Lê Văn Hà đã chủ tọa và điều hành ĐHĐCĐ thường niên 2023 của Công ty CP Hòa Lâm.", PUBLISHED,
     [{"kind": "Đại hội đồng cổ đông", "date": None, "chairs": ["Lê Văn Hà"]}]),
    ("Đoàn chủ tịch điều hành Đại hội gồm ông Trần Văn Minh. Đại hội đồng cổ đông thường niên Công ty Hòa Lâm 2023 "
     "đã kết thúc tốt đẹp.", PUBLISHED, [{"kind": "Đại hội", "date": None, "chairs": ["Trần Văn Minh"]}]),
    ("Tại đại hội cổ đông thường niên 2023 của Tập đoàn Hòa Lâm, Chủ tịch HĐQT Trần Văn Long đã trả lời cổ đông.",
     PUBLISHED, [{"kind": "Đại hội", "date": None}]),
    # an undated page keeps the edition's year; so does a past edition on a dated one
    ("Tại đại hội cổ đông thường niên 2021 của Tập đoàn Hòa Lâm, Chủ tịch HĐQT Trần Văn Long đã trả lời cổ đông.",
     UNDATED, [{"kind": "Đại hội", "date": "2021"}]),
    ("Tại lễ trao giải Cánh Diều 2021, đạo diễn Lê Văn An nhận giải.", PUBLISHED, [{"kind": "Lễ", "date": "2021"}]),
    # two editions on one page stay two meetings, the page's own undated
    ("Nữ ca sĩ đã thử kiểu tóc mới khi đến dự lễ trao giải Cánh Diều 2016. Gần đây nhất, dáng vẻ của cô tại lễ trao "
     "giải Cánh Diều 2023 đã khiến nhiều người ngẩn ngơ.", PUBLISHED,
     [{"kind": "Lễ", "date": "2016"}, {"kind": "Lễ", "date": None}]),
    # a day still dates it
    ("Sáng 20/4, Công ty CP Hòa Lâm tổ chức ĐHĐCĐ thường niên 2023.", PUBLISHED,
     [{"kind": "Đại hội đồng cổ đông", "date": "2023-04-20"}]),
]

# --- a bare meeting word the body first reports held ("cuộc họp đã diễn ra …"), the article's only meeting, is the
# lead's occasion and takes the lead's day, as "Tại cuộc họp, …" does; not when its sentence gives another time ----
BARE_HELD_AFTER_THE_LEAD = [
    ("Tân thủ tướng nhận bàn giao\nSáng 14/5, ông Trần Văn Minh đã đến dinh thủ tướng để nhận bàn giao công việc. "
     "Ông Minh và ông Lê Văn Hải đã nói chuyện riêng với nhau. Báo Tin Mới đưa tin cuộc họp đã diễn ra trong hơn "
     "một giờ.", UNDATED, [{"kind": "Cuộc họp", "date": "XXXX-05-14"}]),
    ("Tân thủ tướng nhận bàn giao\nSáng 14/5, ông Trần Văn Minh đã đến dinh thủ tướng để nhận bàn giao công việc. "
     "Ông Minh và ông Lê Văn Hải đã nói chuyện riêng với nhau. Báo Tin Mới đưa tin cuộc họp đã diễn ra hồi tháng "
     "trước.", UNDATED, [{"kind": "Cuộc họp", "date": None}]),
    # one an organizing verb introduces is not the lead's occasion
    ("Tiêm vắc xin cho bác sĩ\nSáng 24/4, các bác sĩ Bệnh viện tỉnh Hòa Lâm đã được tiêm vắc xin. Trước khi triển "
     "khai tiêm, ngành y tế đã tổ chức tập huấn để cập nhật kiến thức.", UNDATED, [{"kind": "Tập huấn", "date": None}]),
]

# --- an award received on a day ("Ngày 29/4, công ty X được trao giải thưởng Y năm 2023") reports its ceremony, named
# after what is awarded; a year alone, or a plan, reports none ------------------------------------------------------
AWARDED_ON_A_DAY = [
    ("Ngày 29/4, tại Hà Nội, Công ty CP Hòa Lâm vinh dự được trao giải thưởng “Doanh nghiệp xanh” năm 2023.",
     PUBLISHED, [{"kind": "Lễ", "date": "2023-04-29", "name": "Lễ trao giải thưởng “Doanh nghiệp xanh” năm 2023"}]),
    ("Sáng 12/5, 20 công nhân tiêu biểu được trao giải thưởng Tôn Đức Thắng.", UNDATED,
     [{"kind": "Lễ", "date": "XXXX-05-12"}]),
    ("Năm 2019, bà Lê Thị Hoa được trao giải thưởng Kovalevskaia.", PUBLISHED, []),
    ("Sáng 5/6, Công ty Hòa Lâm sẽ được trao giải thưởng Sao Vàng.", PUBLISHED, []),
]

CASES = CAPTIONS_WITH_A_DAY + EDITIONS_OF_THE_PAGE_YEAR + BARE_HELD_AFTER_THE_LEAD \
    + AWARDED_ON_A_DAY


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_meetings_on_ev99_audit_shapes(text, published, expected):
    check(text, published, expected)
