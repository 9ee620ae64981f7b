"""Meetings on shapes an audit of the study articles (study14) found misread: a plan word early in a sentence that
the past tense overtakes before the meeting ("Ngày hội dự kiến được tổ chức … đã được thông báo hủy trong cuộc
họp báo chiều 6/2": the plan was the festival's, the press conference was held); a meeting some stayed away from ("không cử đại biểu đến dự Diễn đàn X"), later
reported attended or chaired on a day ("đã dự diễn đàn do ông A chủ trì sáng 14/5"). Each row is written for these tests
in the shape Vietnamese news uses (no article text is copied); rows with ``[]`` must stay empty.

The helpers and their conventions are those of ``test_extract_meetings.py``.
"""

from __future__ import annotations

import pytest

from test_extract_meetings import PUBLISHED, UNDATED, check

# --- a plan overtaken by the past tense before the meeting: the meeting is held ----------------------------------
PLAN_OVERTAKEN = [
    ("Hội chợ nông sản dự kiến khai mạc ngày 20/3 đã được Sở Công Thương thông báo hoãn tại cuộc họp báo sáng 15/3.",
     PUBLISHED, [{"kind": "Họp báo", "date": "2023-03-15"}]),
    ("Giải chạy dự kiến tổ chức vào tháng 5 đã bị hủy, Ban tổ chức cho biết tại buổi họp báo chiều 2/4.",
     UNDATED, [{"kind": "Họp báo", "date": "XXXX-04-02"}]),
    # a plan with no past tense after it still holds
    ("Hội nghị tổng kết dự kiến được tổ chức vào ngày 20/12 tại Hà Nội.", PUBLISHED, []),
    ("Theo kế hoạch, UBND tỉnh dự kiến tổ chức cuộc họp báo vào chiều 15/3.", PUBLISHED, []),
]

# --- a meeting some stayed away from, later reported attended or chaired: held ------------------------------------
STAYED_AWAY = [
    ("Nhiều tỉnh không cử đại biểu đến dự Diễn đàn Công nhân do Tổng Liên đoàn tổ chức. Hơn 300 đại biểu đã dự diễn "
     "đàn do Chủ tịch Tổng Liên đoàn Trần Văn Khải chủ trì sáng 14/5.", PUBLISHED,
     [{"kind": "Diễn đàn", "date": "2023-05-14"}]),
    ("Một số đoàn không dự Hội nghị xúc tiến đầu tư do UBND tỉnh tổ chức. Đông đảo doanh nghiệp đã tham dự hội nghị "
     "chiều 3/5.", PUBLISHED, [{"kind": "Hội nghị", "date": "2023-05-03"}]),
    # no report of it held: still none
    ("Nhiều tỉnh không cử đại biểu đến dự Diễn đàn Công nhân do Tổng Liên đoàn tổ chức.", PUBLISHED, []),
]

CASES = PLAN_OVERTAKEN + STAYED_AWAY


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_meetings_on_study14_audit_shapes(text, published, expected):
    check(text, published, expected)
