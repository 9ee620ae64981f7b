"""Meetings and officials in the shapes a new study set of general news found misread (study22: bulk news articles
with an office and a meeting word), issues 10 and 11. Every sentence is our own, written in the shape of a misread
one; each table has rows that must stay as they are (precision).
"""

from __future__ import annotations

import pytest

from test_extract_meetings import UNDATED, check, meetings_doc
from unionfacts.extract.base import facts_of

READ = "2021-07-06"

# --- a meeting first named as where a statement the sentence before dates was made ---------------------------
STATEMENTS = [
    # the day right before the verb of the statement ("ngày 4/6 thông báo"); "hôm 2/6" dates something else
    ("Cảnh sát tỉnh Bình Phước ngày 4/6 thông báo đã bắt được nghi phạm vụ cháy kho hôm 2/6. Phát biểu tại buổi "
     "họp báo, Đại tá Lê Văn Hùng cho biết nghi phạm đã nhận tội.", READ,
     [{"kind": "Họp báo", "date": "2021-06-04"}]),
    # a quotation opening the paragraph, closed by who said it and where
    ("Ông Trần Quốc Nam, Giám đốc Sở Y tế, ngày 22/4 cho biết tỉnh đã đủ vắc xin cho tháng 5.\n“Chúng tôi đã lên kế "
     "hoạch. Người dân yên tâm”, ông Nam nói tại Phan Rang trong cuộc họp báo chiều cùng ngày.", READ,
     [{"kind": "Họp báo", "date": "2021-04-22"}]),
    # the day opening the sentence of the statement, after a photo's bracketed credit
    ("(Ảnh: TTXVN) Ngày 18/6, Bộ trưởng Bộ Lao động nước này khẳng định sẽ tăng lương tối thiểu. Phát biểu trong "
     "cuộc họp báo tại thủ đô, ông cho biết mức tăng là 5%.", READ,
     [{"kind": "Họp báo", "date": "2021-06-18"}]),
    # the statement made at a sitting: "được đưa ra trong"
    ("Thủ tướng Nhật Bản ngày 5/7 tuyên bố sẽ gia hạn tình trạng khẩn cấp. Tuyên bố của ông được đưa ra trong cuộc "
     "họp Quốc hội.", READ, [{"kind": "Cuộc họp", "date": "2021-07-05"}]),
    # an undated page: the day keeps its unknown year
    ("Cảnh sát Manila ngày 4/6 thông báo đã xác định danh tính thủ phạm. Phát biểu tại buổi họp báo, cảnh sát "
     "trưởng Manila nêu rõ thủ phạm 42 tuổi.", UNDATED, [{"kind": "Họp báo", "date": "XXXX-06-04"}]),
    # "Trước đó" puts the meeting at another time than the statement
    ("Ông Nguyễn Văn Lâm ngày 10/5 cho biết công ty sẽ tăng lương từ tháng 7. Trước đó, phát biểu tại hội nghị người "
     "lao động, ông Lâm đã hứa thưởng Tết.", READ, [{"kind": "Hội nghị", "date": None}]),
    # the day before dates no statement: a storm, not a saying
    ("Ngày 1/5, tỉnh Lai Châu khai trương chợ biên giới. Huyện Mường Tè có 12 xã vùng cao. Mưa đá ngày 3/5 làm hư "
     "hỏng 200 ngôi nhà ở huyện Mường Tè. Phát biểu tại cuộc họp báo, ông Lò Văn Pao, Phó Chủ tịch huyện, nói đã hỗ "
     "trợ các hộ dân.", UNDATED,
     [{"kind": "Họp báo", "date": None}]),
]


@pytest.mark.parametrize(("text", "published", "expected"), STATEMENTS)
def test_meeting_of_the_statement_dated_before(text, published, expected):
    check(text, published, expected)


# --- a part of the day closing a compound does not end a meeting's name -------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Chị Lan được tôn vinh tại chương trình Thắp sáng ước mơ xanh do Trung ương Đoàn tổ chức sáng 12/6.",
     ["Chương trình Thắp sáng ước mơ xanh"]),
    ("Sáng 5/3, Sở Lao động tỉnh Kon Tum tổ chức Đối thoại hai chiều với doanh nghiệp về tiền lương.",
     ["Đối thoại hai chiều với doanh nghiệp về tiền lương"]),
    # a part of the day that is the time still ends it
    ("Hội nghị tổng kết công tác công đoàn diễn ra sáng 6/4 tại hội trường tỉnh.",
     ["Hội nghị tổng kết công tác công đoàn"]),
])
def test_day_part_closing_a_compound_in_a_name(text, expected):
    assert [event.name for event in facts_of(meetings_doc(text, READ), "events")] == expected
