"""Meetings on shapes an audit of the study articles found misread: the parties of a meeting named again by a
count and a noun capitalized by respect ("kết quả hội đàm giữa hai Bên"), which names no one new; a sitting named as
a part of its session ("buổi thảo luận tại hội trường của kỳ họp thứ 5"); a meeting word as the agent of a passive
verb ("chỉ tiêu được ĐHĐCĐ giao"); a meeting first named with no day, later reported after a sequence cue ("Tiếp đó
…"); a delegation going up or down to work ("đã lên làm việc tại …"). Each row is written for these tests in the
shape Vietnamese news uses (no article text is copied); rows with ``[]`` must stay empty.

The helpers and their conventions are those of ``test_extract_meetings.py``.
"""

from __future__ import annotations

import pytest

from test_extract_meetings import PUBLISHED, UNDATED, check

# --- the parties counted, not named: the meeting already reported ---------------------------------------------
PARTIES_COUNTED = [
    ("Chiều 5/8, tại Hà Nội, Bộ trưởng Bộ Xây dựng Lê Văn Hòa tiếp và hội đàm với Đoàn đại biểu Bộ Giao thông Cộng "
     "hòa Séc. Cùng ngày, Bộ trưởng Lê Văn Hòa đã đến chào Thủ tướng và báo cáo kết quả hội đàm giữa hai Bên.",
     UNDATED, [{"kind": "Hội đàm", "name": "hội đàm với", "date": "XXXX-08-05"}]),
    ("Sáng 12/3, Bộ Nội vụ và Bộ Tư pháp ký kết chương trình phối hợp. Lễ ký kết giữa hai Bộ diễn ra tại Hà Nội.",
     PUBLISHED, [{"kind": "Lễ", "date": "2023-03-12"}]),
    ("Ngày 9/5, Chủ tịch tỉnh Trần Văn Lợi hội đàm với Thống đốc bang Victoria. Sau đó, hai bên dự lễ ký kết "
     "giữa các Bên về hợp tác giáo dục.", PUBLISHED,
     [{"kind": "Hội đàm", "date": "2023-05-09"}, {"kind": "Lễ", "date": "2023-05-09"}]),
    # two meetings that each name whom they met stay two
    ("Sáng 9/5, Chủ tịch tỉnh hội đàm với Thống đốc bang Victoria. Chiều 9/5, Chủ tịch tỉnh hội đàm với Thị trưởng "
     "thành phố Osaka.", PUBLISHED, [{"kind": "Hội đàm", "date": "2023-05-09"}, {"kind": "Hội đàm", "date": "2023-05-09"}]),
]

# --- a sitting named as part of a session, its place in it between: one meeting ------------------------------------
PART_OF_SESSION = [
    ("Chuyện con kênh\nTại buổi thảo luận tại hội trường của kỳ họp thứ 5 HĐND tỉnh Long An khóa IX sáng 5-7, lãnh "
     "đạo Sở Tài nguyên cho biết kênh đã được nạo vét.", UNDATED, [{"kind": "Kỳ họp", "date": "XXXX-07-05"}]),
    ("Sáng 10/8, tại phiên thảo luận ở tổ của Kỳ họp thứ 12 HĐND tỉnh, đại biểu Nguyễn Văn Bình nêu ý kiến.",
     PUBLISHED, [{"kind": "Kỳ họp", "date": "2023-08-10"}]),
    ("Sáng 10/8, tại phiên bế mạc của Đại hội Công đoàn tỉnh Hà Nam lần thứ XV, ông Lê Văn Tư đã phát biểu.",
     PUBLISHED, [{"kind": "Đại hội", "date": "2023-08-10"}]),
    # a meeting held on the same day but only named next to another, no "của" between: two
    ("Sáng 10/8, sau buổi tiếp xúc cử tri, đại biểu Nguyễn Văn Bình dự hội nghị tổng kết của Sở Y tế.", PUBLISHED,
     [{"name": "buổi tiếp", "date": "2023-08-10"}, {"kind": "Hội nghị", "date": "2023-08-10"}]),
]

# --- a meeting word as the agent of a passive verb: the body that set something, no meeting held nor dated -----------
PASSIVE_AGENT = [
    ("Đại hội diễn ra tại trụ sở Công ty. Đoàn chủ tịch điều hành Đại hội gồm ông Trần Văn Tâm và ông Lê Văn Hùng. "
     "Đại hội đã thông qua các tờ trình. Trong năm 2022, mặc dù gặp nhiều khó khăn, tập thể lãnh đạo Công ty đã triển "
     "khai công tác chỉ đạo, điều hành, thực hiện thành công nhiệm vụ, chỉ tiêu kế hoạch được ĐHĐCĐ giao. Đại hội "
     "đồng cổ đông thường niên Công ty Khí Miền Tây 2023 đã kết thúc tốt đẹp.", UNDATED,
     [{"kind": "Đại hội", "date": "2023", "chairs": ["Trần Văn Tâm", "Lê Văn Hùng"]}]),
    ("Năm 2022, Công ty Sông Đà 9 hoàn thành kế hoạch đã được đại hội đồng cổ đông thông qua.", UNDATED, []),
    ("Trong năm 2022, các chỉ tiêu được hội nghị người lao động đề ra đều hoàn thành.", PUBLISHED, []),
    # a congress named with its own words and ordinal after "được" still reports one
    ("Sáng 20/4, ông Lê Văn Tư đã được Đại hội Công đoàn tỉnh Hà Nam lần thứ XV bầu làm Chủ tịch.", PUBLISHED,
     [{"kind": "Đại hội", "date": "2023-04-20"}]),
]

# --- a meeting named first in the summary with no day, then in the body after a sequence cue: that day -----------
SEQUENCED_LATER = [
    ("Thủ tướng thăm Đại sứ quán tại Hà Lan\nThủ tướng đã có buổi gặp mặt thân mật với cán bộ, nhân viên Đại sứ quán."
     "\nChiều tối 9/7, tại La Hay, Thủ tướng Nguyễn Minh Tâm đã đến thăm Đại sứ quán Việt Nam tại Hà Lan. Tiếp đó Thủ "
     "tướng đã có buổi gặp mặt thân mật với cán bộ, nhân viên Đại sứ quán.", UNDATED,
     [{"kind": "Chuyến thăm", "date": "XXXX-07-09"}, {"kind": "Buổi gặp mặt", "date": "XXXX-07-09"}]),
    ("Lãnh đạo tỉnh gặp mặt doanh nghiệp\nLãnh đạo tỉnh Hà Nam đã có buổi gặp mặt các doanh nghiệp FDI.\nSáng 14/3, "
     "Chủ tịch UBND tỉnh Hà Nam Trương Quốc Hùng chủ trì hội nghị xúc tiến đầu tư. Chiều cùng ngày, lãnh đạo tỉnh có "
     "buổi gặp mặt các doanh nghiệp FDI.", "2023-03-15",
     [{"kind": "Buổi gặp mặt", "date": "2023-03-14"}, {"kind": "Hội nghị", "date": "2023-03-14"}]),
]

# --- a delegation going up or down to work somewhere ("đã lên / xuống làm việc tại …") ---------------------------
WENT_TO_WORK = [
    ("Chiều 3/6, đoàn công tác của Bộ Y tế đã lên làm việc tại Bệnh viện Đa khoa tỉnh Sơn La.", UNDATED,
     [{"kind": "Buổi làm việc", "date": "XXXX-06-03", "organizer": "Bộ Y tế"}]),
    ("Sáng 5/3, đoàn công tác của Tổng Liên đoàn đã xuống làm việc tại Công ty May Việt Tiến.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-03-05"}]),
    ("Năm 2010, anh Tâm lên làm việc tại Công ty May Việt Tiến.", PUBLISHED, []),
    ("Ông Tâm đã lên kế hoạch tổ chức hội nghị.", PUBLISHED, []),
]

CASES = PARTIES_COUNTED + PART_OF_SESSION + PASSIVE_AGENT + SEQUENCED_LATER + WENT_TO_WORK


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_meetings_on_study_audit_shapes(text, published, expected):
    check(text, published, expected)
