"""Meetings on shapes an audit of study16 and of bulk news outside every gold set (aud-ev101) found missed: a
meeting someone speaks to conclude ("Phát biểu kết luận cuộc họp, Phó Thủ tướng A …"), which the cue "kết luận"
(the conclusions of a meeting as a document, "Kết luận Hội nghị Trung ương 4") dropped as only cited; a subject
whose list of who does a verb closes with an ellipsis ("… cùng lãnh đạo Sở Y tế… đã đi kiểm tra …"); an inspection
visit called "buổi / chuyến thị sát", or reported by "kiểm tra, giám sát" / "thị sát" done by an office-holder on a
day; the day of a decision written by its code without "số" ("trao Quyết định 2031/QĐ-BNV ngày 3/3/2023 …"), taken
as the day of the ceremony that hands it over. Each row is written for these tests in the shape Vietnamese news uses
(no article text is copied); rows with ``[]`` must stay empty.

The helpers and their conventions are those of ``test_extract_meetings.py``.
"""

from __future__ import annotations

import pytest

from test_extract_meetings import PUBLISHED, UNDATED, check

# --- "kết luận" as the act of closing the meeting held, not its conclusions as a document ---------------------------
CONCLUDED_THERE = [
    ("Phát biểu kết luận cuộc họp, Phó Thủ tướng Lê Minh Khoa biểu dương tỉnh Hòa Bắc đã chủ động phòng dịch.",
     PUBLISHED, [{"kind": "Cuộc họp", "attendees": ["Lê Minh Khoa"]}]),
    ("Phát biểu kết luận hội nghị, Bộ trưởng Đào Thị Ngân yêu cầu các đơn vị quyết liệt hơn trong quý cuối năm.",
     UNDATED, [{"kind": "Hội nghị", "attendees": ["Đào Thị Ngân"]}]),
    ("Phát biểu kết luận phiên họp, Chủ tịch UBND tỉnh Vũ Đình Tâm đề nghị các sở rà soát lại danh mục dự án.",
     UNDATED, [{"kind": "Phiên họp", "attendees": ["Vũ Đình Tâm"]}]),
    # a document: the conclusions of a meeting, carried out or cited, none reported held
    ("Kết luận Hội nghị Trung ương 4 khóa XII về xây dựng Đảng được quán triệt sâu rộng.", PUBLISHED, []),
    ("Các đơn vị cần thực hiện nghiêm kết luận cuộc họp giao ban tháng 3.", PUBLISHED, []),
]

# --- an ellipsis closing the list of who does a verb that reports a meeting -----------------------------------------
ELLIPSIS_SUBJECT = [
    ("Tối 12/3, Bí thư Tỉnh ủy Hà Thị Loan cùng lãnh đạo Sở Y tế… đã đi kiểm tra công tác phòng dịch tại xã Đông Phong.",
     PUBLISHED, [{"kind": "Chuyến kiểm tra", "date": "2023-03-12"}]),
    ("Sáng 5/3, đại diện Bộ Công Thương, Bộ Tài chính, Ngân hàng Nhà nước... đã họp với Hiệp hội Thép Việt Nam.",
     UNDATED, [{"kind": "Cuộc họp", "date": "XXXX-03-05"}]),
    # no one who holds an office or a body before the ellipsis: still none
    ("Tối 12/3, nhiều người dân, tiểu thương… đã đi kiểm tra lại hàng hóa tại chợ Đông Phong.", PUBLISHED, []),
]

# --- an inspection visit called "buổi / chuyến thị sát" (NOTES.md item 30: a visit at which officials report) --------
INSPECTION_VISIT = [
    ("Ngày 8/2, Bộ trưởng Bộ Y tế Phan Thị Hạnh đã có buổi thị sát và làm việc với Viện Dinh dưỡng quốc gia.",
     PUBLISHED, [{"kind": "Buổi thị sát", "date": "2023-02-08"}]),
    ("Sáng 12/3, Thủ tướng Lương Văn Bảo có chuyến thị sát cảng Cái Lân.", UNDATED,
     [{"kind": "Chuyến thị sát", "date": "XXXX-03-12"}]),
    # reported by the verb alone, done by an office-holder on a day
    ("Ngày 28/4, Phó Thủ tướng Chính phủ Kiều Văn Định kiểm tra, giám sát công tác phòng, chống dịch Covid-19 trên địa "
     "bàn tỉnh Hòa Bắc.", PUBLISHED, [{"kind": "Chuyến kiểm tra", "date": "2023-04-28"}]),
    ("Chiều 9/6, Bộ trưởng Bộ Giao thông vận tải Tạ Quang Vĩnh thị sát công trường cao tốc Bắc - Nam.", UNDATED,
     [{"kind": "Chuyến thị sát", "date": "XXXX-06-09"}]),
    # a task set, or a body checking things as its routine work: none
    ("Ngày 28/4, Chủ tịch UBND tỉnh Kiều Văn Định yêu cầu các sở kiểm tra, giám sát công tác phòng dịch.", PUBLISHED, []),
    ("Ngày 28/4, Sở Y tế tiếp tục kiểm tra, giám sát các cơ sở kinh doanh thực phẩm.", PUBLISHED, []),
]

# --- a day after a document's code written without "số" is the document's, not the ceremony's ----------------------
DOCUMENT_CODE_DAY = [
    ("Thứ trưởng Bộ Nội vụ Cao Văn Lâm đã trao Quyết định 2031/QĐ-BNV ngày 3/3/2023 công nhận Hội đồng trường Đại học "
     "Tây Hà. Phát biểu tại lễ công bố quyết định, ông Mạc Văn Hòa cảm ơn sự tin tưởng của Bộ.", PUBLISHED,
     [{"kind": "Lễ", "date": None}]),
    ("Giám đốc Sở Nội vụ Kha Thị Yến trao Quyết định 415/ QĐ UBND ngày 2/5/2023 bổ nhiệm ông Đàm Văn Kiên. Phát biểu "
     "tại buổi lễ, ông Đàm Văn Kiên hứa sẽ nỗ lực hết mình.", PUBLISHED, [{"kind": "Lễ", "date": None}]),
    # the ceremony's own day still dates it
    ("Sáng 20/4, Thứ trưởng Cao Văn Lâm đã trao Quyết định 2031/QĐ-BNV ngày 3/3/2023 công nhận Hội đồng trường Đại học "
     "Tây Hà.", PUBLISHED, [{"kind": "Lễ trao quyết định", "date": "2023-04-20"}]),
]

CASES = CONCLUDED_THERE + ELLIPSIS_SUBJECT + INSPECTION_VISIT + DOCUMENT_CODE_DAY


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_meetings_on_ev101_audit_shapes(text, published, expected):
    check(text, published, expected)
