"""Chairs in the shapes news gives them, and the meeting each one chairs: a case table of sentences
written for these tests (no article text is copied). Rows with no chair or ``[]`` must stay so.

The helpers and their conventions are those of ``test_extract_meetings.py``.
"""

from __future__ import annotations

import pytest

from test_extract_meetings import PUBLISHED, check

_LEAD = "Sáng 12/3, LĐLĐ tỉnh Quảng Trị tổ chức Hội nghị Ban Chấp hành lần thứ 5. "

CHAIR_SHAPES = [
    # a bracketed aside between the chair and the cue: where the person stands in the photo, a birth year
    ("Sáng 14/3, LĐLĐ tỉnh tổ chức buổi gặp gỡ báo chí. Chủ tịch LĐLĐ tỉnh Lê Văn Tâm (đứng) chủ trì buổi gặp gỡ "
     "báo chí sáng 14/3.", PUBLISHED, [{"date": "2023-03-14", "chairs": ["Lê Văn Tâm"]}]),
    ("Sáng 14/3, ông Lý Văn Hải (thứ hai từ trái sang) chủ trì hội nghị sơ kết quý I của LĐLĐ tỉnh.", PUBLISHED,
     [{"date": "2023-03-14", "chairs": ["Lý Văn Hải"]}]),
    # an adverb of two syllables between the chair and the cue goes on the run, though one of them alone ends it
    ("Sáng 14/3, ông Lý Văn Hải, Chủ tịch LĐLĐ tỉnh chủ trì buổi làm việc với Công đoàn ngành Y tế. Chiều cùng "
     "ngày, ông Hải tiếp tục chủ trì hội nghị sơ kết quý I.", PUBLISHED,
     [{"date": "2023-03-14", "chairs": ["Lý Văn Hải"]}, {"date": "2023-03-14", "chairs": ["Lý Văn Hải"]}]),
    ("Sáng 14/3, LĐLĐ tỉnh tổ chức hội nghị đối thoại. Bà Hà Thị Lụa trực tiếp chủ trì hội nghị.", PUBLISHED,
     [{"date": "2023-03-14", "chairs": ["Hà Thị Lụa"]}]),
    # a list after a colon runs over semicolons
    (_LEAD + "Đồng chủ trì hội nghị có các đồng chí: Lê Văn Bình, Chủ tịch LĐLĐ tỉnh; Trần Thị Hoa, Phó Chủ tịch "
     "LĐLĐ tỉnh.", PUBLISHED, [{"date": "2023-03-12", "chairs": ["Lê Văn Bình", "Trần Thị Hoa"]}]),
    # a body's name with lower-case words and a comma in it between the chair and the cue
    ("Sáng 12/3, UBND tỉnh Hà Nam tổ chức cuộc họp trực tuyến. Cuộc họp do ông Nguyễn Văn Sơn, Phó Chủ tịch UBND "
     "tỉnh, Trưởng Ban Chỉ đạo phòng, chống dịch tỉnh chủ trì.", PUBLISHED,
     [{"date": "2023-03-12", "chairs": ["Nguyễn Văn Sơn"]}]),
    # the subject after an adverbial phrase, in a sentence that opens with the cue
    ("Ngày 5/6, Viện Chiến lược tổ chức hội thảo về thị trường công nghệ. Chủ trì hội thảo, trước băn khoăn của "
     "doanh nghiệp, Thứ trưởng Bộ Khoa học và Công nghệ Trần Văn Tùng cho biết Bộ sẽ hỗ trợ.", PUBLISHED,
     [{"date": "2023-06-05", "chairs": ["Trần Văn Tùng"]}]),
    ("Ngày 5/6, Viện Chiến lược tổ chức hội thảo về thị trường công nghệ. Chủ trì hội thảo, trước băn khoăn của "
     "doanh nghiệp, các chuyên gia cho rằng ông Trần Văn Tùng đã nói đúng.", PUBLISHED,
     [{"date": "2023-06-05", "chairs": []}]),
    # a session of the meeting reported a few sentences before
    ("Ngày 12/3, Công đoàn Viên chức tỉnh tổ chức Đại hội lần thứ V. Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí. "
     "Đồng chí Lê Văn An được bầu làm Chủ tịch. Phiên trù bị do đồng chí Trần Văn Bình chủ trì.", PUBLISHED,
     [{"date": "2023-03-12", "chairs": ["Trần Văn Bình"]}]),
    # "dưới sự chủ trì của" ends the meeting's name
    ("Ngày 29/4, Ban Chỉ đạo Cải cách tư pháp tỉnh tổ chức Phiên họp thứ 12 dưới sự chủ trì của Bí thư Tỉnh ủy "
     "Nguyễn Văn Sơn.", PUBLISHED, [{"name": "Phiên họp thứ 12", "chairs": ["Nguyễn Văn Sơn"]}]),
    # who will chair a meeting ahead: no chair, no meeting held
    ("Hội thảo sẽ do Phó Giáo sư Nguyễn Văn Hùng, Trưởng khoa Kinh tế chủ trì vào sáng 20/8.", PUBLISHED, []),
    ("Sáng 10/8, Sở Lao động tổ chức hội nghị tập huấn. Hội thảo chuyên đề sẽ do ông Nguyễn Văn Hùng, Trưởng "
     "phòng Lao động chủ trì.", PUBLISHED, [{"date": "2023-08-10", "chairs": []}]),
    ("Ông Nguyễn Văn Long, Chủ tịch LĐLĐ tỉnh từng chủ trì nhiều hội nghị đối thoại với công nhân.", PUBLISHED, []),
    ("Bộ Tài chính chủ trì xây dựng dự thảo Nghị định về tiền lương, hoàn thành trước ngày 30/9.", PUBLISHED, []),
    # a list opened by "có" runs over semicolons, as one after a colon does; a bare colon opens one too
    (_LEAD + "Chủ trì hội nghị có đồng chí Lê Văn Bình - Chủ tịch LĐLĐ tỉnh; đồng chí Trần Thị Hoa - Phó Chủ tịch "
     "LĐLĐ tỉnh.", PUBLISHED, [{"date": "2023-03-12", "chairs": ["Lê Văn Bình", "Trần Thị Hoa"]}]),
    (_LEAD + "Chủ trì: đồng chí Lê Văn Bình, Chủ tịch LĐLĐ tỉnh và đồng chí Trần Thị Hoa, Phó Chủ tịch.", PUBLISHED,
     [{"date": "2023-03-12", "chairs": ["Lê Văn Bình", "Trần Thị Hoa"]}]),
    (_LEAD + "Chủ trì hội nghị có đồng chí Lê Văn Bình, Chủ tịch LĐLĐ tỉnh; dự hội nghị có đồng chí Trần Thị Hoa, "
     "Phó Chủ tịch UBND tỉnh.", PUBLISHED, [{"date": "2023-03-12", "chairs": ["Lê Văn Bình"]}]),
    # a capitalized cue after a full stop opens its clause, whatever the sentence splitter made of "quý I."
    ("Ngày 12/3, Công đoàn Tổng công ty Sông Đà tổ chức Hội nghị giao ban quý I. Chủ trì: đồng chí Phạm Văn Hùng, "
     "Chủ tịch Công đoàn Tổng công ty.", PUBLISHED, [{"date": "2023-03-12", "chairs": ["Phạm Văn Hùng"]}]),
    # each side of a working session after "Chủ trì buổi làm việc, về phía … có"
    ("Ngày 3/5, LĐLĐ tỉnh Bắc Ninh có buổi làm việc với Công ty TNHH Samsung Display. Chủ trì buổi làm việc, về phía "
     "LĐLĐ tỉnh có bà Nguyễn Thị Hà, Phó Chủ tịch LĐLĐ tỉnh; về phía Công ty có ông Trần Văn Long, Giám đốc nhân sự.",
     PUBLISHED, [{"date": "2023-05-03", "chairs": ["Nguyễn Thị Hà", "Trần Văn Long"]}]),
    # a chair named by an office and a short form of its body the text gives one person with that office in
    ("Ông Vũ Văn Lâm, Chủ tịch Công đoàn ngành Xây dựng tỉnh Nam Định cho biết ngành có 40 công đoàn cơ sở. Chiều 6/3, "
     "Công đoàn ngành tổ chức hội nghị sơ kết quý I. Chủ tịch Công đoàn ngành chủ trì hội nghị.", PUBLISHED,
     [{"date": "2023-03-06", "chairs": ["Vũ Văn Lâm"]}]),
    ("Ông Vũ Văn Lâm, Chủ tịch Công đoàn ngành Xây dựng tỉnh Nam Định cho biết ngành có 40 công đoàn cơ sở. Chiều 6/3, "
     "Công đoàn ngành Y tế tổ chức hội nghị sơ kết quý I. Chủ tịch Công đoàn ngành Y tế chủ trì hội nghị.", PUBLISHED,
     [{"date": "2023-03-06", "chairs": []}]),
    # ... or by an office the text writes only before the person's name
    ("Ngày 14/6, Bộ Xây dựng tổ chức hội nghị về nhà ở xã hội. Thứ trưởng Bộ Xây dựng chủ trì hội nghị. Tại hội "
     "nghị, Thứ trưởng Nguyễn Anh Dũng yêu cầu các địa phương đẩy nhanh tiến độ.", PUBLISHED,
     [{"date": "2023-06-14", "chairs": ["Nguyễn Anh Dũng"]}]),
    # who runs the discussion part of a workers' conference chairs it
    ("Ngày 20/1, Công ty Cao su Đồng Nai tổ chức Hội nghị người lao động năm 2023. Bà Lê Thị Tư, Trưởng phòng Tổ "
     "chức điều hành phần thảo luận.", PUBLISHED, [{"date": "2023-01-20", "chairs": ["Lê Thị Tư"]}]),
    # a chair cue joined by "và" to what the chair said at the meeting before it
    (_LEAD + "Đồng chí Lê Văn Bình - Chủ tịch LĐLĐ tỉnh phát biểu khai mạc và chủ trì hội nghị.", PUBLISHED,
     [{"date": "2023-03-12", "chairs": ["Lê Văn Bình"]}]),
    (_LEAD + "Đồng chí Lê Văn Bình, Chủ tịch LĐLĐ tỉnh Quảng Trị đã đến dự, chủ trì hội nghị.", PUBLISHED,
     [{"date": "2023-03-12", "chairs": ["Lê Văn Bình"]}]),
    (_LEAD + "Đồng chí Lê Văn Bình phát biểu, bà Trần Thị Hoa chủ trì hội nghị.", PUBLISHED,
     [{"date": "2023-03-12", "chairs": ["Trần Thị Hoa"]}]),
    # a cue with no meeting of its own further from the article's only meeting than the sentence before
    ("Sáng 12/3, LĐLĐ tỉnh Quảng Trị tổ chức Hội nghị tổng kết Chỉ thị 29. Tham dự có đồng chí Lê Văn Hà, Phó Chủ tịch "
     "UBND tỉnh. Chủ trì có đồng chí Lê Văn Bình, Chủ tịch LĐLĐ tỉnh.", PUBLISHED,
     [{"date": "2023-03-12", "chairs": ["Lê Văn Bình"], "attendees": ["Lê Văn Hà"]}]),
    ("Sáng 12/3, LĐLĐ tỉnh Quảng Trị tổ chức Hội nghị tổng kết Chỉ thị 29. Báo cáo cho thấy 90% doanh nghiệp đã ký "
     "thỏa ước. Đồng chí Lê Văn Bình, Chủ tịch LĐLĐ tỉnh chủ trì.", PUBLISHED,
     [{"date": "2023-03-12", "chairs": ["Lê Văn Bình"]}]),
    # a photo caption fused into the running text, its bare meeting word pointing back
    (_LEAD + "Hội nghị đã thông qua nhiều nội dung. Đồng chí Lê Văn Bình, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị Theo "
     "báo cáo, quý I có 3.000 đoàn viên mới.", PUBLISHED, [{"date": "2023-03-12", "chairs": ["Lê Văn Bình"]}]),
    ("Ông Lê Văn Bình, Chủ tịch LĐLĐ tỉnh từng chủ trì hội nghị Theo báo cáo, quý I có 3.000 đoàn viên mới.",
     PUBLISHED, []),
    # "có sự chủ trì của", "làm chủ tọa"
    (_LEAD + "Hội nghị có sự chủ trì của đồng chí Lê Văn Bình, Chủ tịch LĐLĐ tỉnh.", PUBLISHED,
     [{"date": "2023-03-12", "chairs": ["Lê Văn Bình"]}]),
    ("Sáng 12/3, Hội nghị Ban Chấp hành LĐLĐ tỉnh Quảng Trị lần thứ 5 do đồng chí Lê Văn Bình làm chủ tọa đã diễn ra.",
     PUBLISHED, [{"date": "2023-03-12", "chairs": ["Lê Văn Bình"]}]),
    # the cue opening its clause after the day, the chair after the meeting (and its day) and a comma
    ("Chiều 10/6, chủ trì buổi làm việc với Tổng Liên đoàn Lao động Việt Nam, Phó Thủ tướng Trần Lưu Quang đề nghị "
     "quan tâm nhà ở cho công nhân.", PUBLISHED, [{"date": "2023-06-10", "chairs": ["Trần Lưu Quang"]}]),
    ("Chủ tọa phiên họp chiều 22/5, Phó Chủ tịch Quốc hội Nguyễn Đức Hải đề nghị đại biểu phát biểu ngắn gọn.",
     PUBLISHED, [{"date": "2023-05-22", "chairs": ["Nguyễn Đức Hải"]}]),
    # who will chair a meeting ahead named in the clause with a plan word: no chair of the meeting reported before
    ("Sáng 10/8, LĐLĐ tỉnh tổ chức Lễ tuyên dương công nhân giỏi do bà Lê Thị Hà, Chủ tịch LĐLĐ tỉnh chủ trì. Tuần "
     "tới, LĐLĐ tỉnh sẽ tổ chức hội nghị sơ kết do ông Trần Văn Nam, Phó Chủ tịch LĐLĐ tỉnh chủ trì.", PUBLISHED,
     [{"date": "2023-08-10", "chairs": ["Lê Thị Hà"]}]),
    ("Sáng 10/8, Sở Tư pháp tổ chức họp báo về Ngày Pháp luật. Theo kế hoạch, lễ mít tinh sẽ diễn ra vào sáng 9/11 "
     "do Giám đốc Sở Tư pháp Lê Văn Tú chủ trì.", PUBLISHED, [{"date": "2023-08-10", "chairs": []}]),
    # "Vì" opening a name ("Ban Vì sự tiến bộ của phụ nữ", "Kỷ niệm chương Vì sự nghiệp …") ends no fused caption
    ("Hội nghị Ban Chấp hành LĐLĐ tỉnh Đắk Lắk diễn ra ngày 13/3 do đồng chí Y Kông, Chủ tịch LĐLĐ tỉnh, Trưởng "
     "Ban Vì sự tiến bộ của phụ nữ LĐLĐ tỉnh chủ trì.", PUBLISHED, [{"date": "2023-03-13", "chairs": ["Y Kông"]}]),
    ("Sáng 5/3, LĐLĐ tỉnh Nam Định tổ chức Lễ trao Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn cho 20 "
     "cán bộ. Đồng chí Trần Văn An, Chủ tịch LĐLĐ tỉnh chủ trì buổi lễ.", PUBLISHED,
     [{"date": "2023-03-05", "chairs": ["Trần Văn An"]}]),
    # where the chair sat, after the cue, before the clause ends: still the meeting's chair; a career is not
    ("Sáng 12/3, Bộ Tài chính tổ chức hội nghị trực tuyến với 63 tỉnh. Bộ trưởng Hồ Đức Phớc chủ trì tại điểm cầu "
     "Hà Nội; Thứ trưởng Võ Thành Hưng đồng chủ trì.", PUBLISHED,
     [{"date": "2023-03-12", "chairs": ["Hồ Đức Phớc", "Võ Thành Hưng"]}]),
    ("Sáng 12/3, LĐLĐ tỉnh Nam Định tổ chức hội nghị trực tuyến. Ông Trần Văn An chủ trì ở Nam Định.", PUBLISHED,
     [{"date": "2023-03-12", "chairs": ["Trần Văn An"]}]),
    ("Sáng 12/3, LĐLĐ tỉnh Nam Định tổ chức hội nghị trực tuyến. Ông Trần Văn An từng chủ trì ở nhiều đợt kiểm "
     "tra an toàn lao động.", PUBLISHED, [{"date": "2023-03-12", "chairs": []}]),
    # what the chair does at the meeting joined by "và" before a bare meeting word ("kết luận hội nghị" alone cites
    # a Party document); attending joined to chairing before the listing word
    ("Sáng 12/3, Thành ủy Vinh tổ chức hội nghị sơ kết quý I. Bí thư Thành ủy Phan Đức Lâm chủ trì và kết luận hội "
     "nghị, đề nghị các phường tập trung giải ngân.", PUBLISHED, [{"date": "2023-03-12", "chairs": ["Phan Đức Lâm"]}]),
    ("Sáng 12/3, Thành ủy Vinh tổ chức hội nghị sơ kết quý I. Cùng dự và đồng chủ trì có ông Hoàng Nghĩa Hiếu, "
     "Phó Bí thư Tỉnh ủy.", PUBLISHED, [{"date": "2023-03-12", "chairs": ["Hoàng Nghĩa Hiếu"]}]),
    ("Sáng 12/3, Thành ủy Vinh tổ chức hội nghị sơ kết quý I. Ông Phan Đức Lâm từng chủ trì và kết luận Hội nghị "
     "Trung ương 4 khóa XII.", PUBLISHED, [{"date": "2023-03-12", "chairs": []}]),
    # a long passive agent clause, a comma and a held verb before the day: the day is the meeting's
    ("Hội nghị do ông Lê Văn Bình – Chủ tịch LĐLĐ tỉnh Bắc Giang và ông Mai Văn Khải – Phó Chủ tịch UBND tỉnh đồng "
     "chủ trì, diễn ra sáng 12/3.", PUBLISHED, [{"date": "2023-03-12", "chairs": ["Lê Văn Bình", "Mai Văn Khải"]}]),
    # who leads a programme for years holds no occasion of it
    ("Bà Phạm Thị Thu, người chủ trì Chương trình “Mái ấm Công đoàn” nhiều năm qua, cho biết tỉnh sẽ xây thêm 20 "
     "căn nhà.", PUBLISHED, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CHAIR_SHAPES)
def test_chairs_in_every_shape(text, published, expected):
    check(text, published, expected)


# --- a preview: a headline in the present tense, a body that plans the meeting (also in other words, or
# with the headline printed again as a caption) reports none held; a body that reports it keeps it ---------
PREVIEWS = [
    ("Hội nghị Thủ tướng với nông dân diễn ra vào ngày 20/9\nNgày 20/9, Thủ tướng Phạm Minh Chính sẽ chủ trì Hội "
     "nghị với nông dân tại Cần Thơ. Theo Bộ Nông nghiệp, Hội nghị với chủ đề “Nông dân làm giàu” sẽ diễn ra vào "
     "ngày 20/9 tại Cần Thơ.", None, []),
    ("Hội nghị Thủ tướng với nông dân diễn ra vào ngày 20/9\nTheo Bộ Nông nghiệp, Hội nghị với chủ đề “Nông dân làm "
     "giàu” sẽ diễn ra vào ngày 20/9 tại Cần Thơ. Hội nghị Thủ tướng với nông dân diễn ra vào ngày 20/9. Tham dự "
     "Hội nghị có lãnh đạo các tỉnh.", None, []),
    ("Hội nghị Thủ tướng với nông dân diễn ra tại Cần Thơ\nNgày 20/9, Thủ tướng Phạm Minh Chính đã chủ trì Hội nghị "
     "với nông dân tại Cần Thơ. Hội nghị Thủ tướng với nông dân diễn ra tại Cần Thơ. Hội nghị có 500 đại biểu "
     "tham dự.", None, [{"date": "XXXX-09-20", "chairs": ["Phạm Minh Chính"]}]),
    # what the meeting will do ("Đại hội sẽ bầu …") plans it; a press conference held today is a meeting of its own
    ("Khai mạc Đại hội Công đoàn tỉnh lần thứ XV\nSáng mai 20/12, Đại hội Công đoàn tỉnh Nghệ An lần thứ XV sẽ khai "
     "mạc tại Vinh. Đại hội sẽ bầu Ban Chấp hành khóa mới. Phát biểu tại buổi họp báo chiều nay, ông Nguyễn Văn A cho "
     "biết công tác chuẩn bị đã hoàn tất.", "2023-12-18", [{"kind": "Họp báo", "date": "2023-12-18"}]),
    # a meeting held today still says what it will do; the day it will close ends its run of days (NOTES.md item 31,
    # as "Kỳ họp sẽ diễn ra trong 3 ngày" does)
    ("Sáng 18/12, Kỳ họp thứ 15 HĐND tỉnh Nghệ An khai mạc tại Vinh. Kỳ họp này sẽ xem xét 12 tờ trình. Kỳ họp sẽ "
     "bế mạc vào ngày 20/12.", "2023-12-18", [{"kind": "Kỳ họp", "date": "2023-12-18/2023-12-20"}]),
    # what it will do on later days, however many, plans none of a meeting the body reports held
    ("Sáng 10/5, Đại hội Công đoàn tỉnh Hà Tĩnh lần thứ XIX đã khai mạc tại TP Hà Tĩnh. Chiều 11/5, Đại hội sẽ bầu "
     "Ban Chấp hành khóa mới.", "2023-05-10", [{"kind": "Đại hội", "date": "2023-05-10"}]),
    ("Sáng 10/5, Kỳ họp thứ 8 HĐND tỉnh Quảng Bình khóa XVIII khai mạc. Ngày 11/5, kỳ họp sẽ thảo luận tại tổ. Ngày "
     "12/5, kỳ họp sẽ chất vấn các giám đốc sở.", "2023-05-10", [{"kind": "Kỳ họp", "date": "2023-05-10"}]),
    ("Sáng mai 12/5, Đại hội Công đoàn tỉnh Hà Tĩnh lần thứ XIX sẽ khai mạc. Ngày 13/5, Đại hội sẽ bầu Ban Chấp "
     "hành.", "2023-05-11", []),
    # nor what is planned at it once the body has reported it open on its day
    ("Hội nghị Cấp cao ASEAN khai mạc tại Jakarta\nChiều 5/9, Hội nghị Cấp cao ASEAN lần thứ 43 đã khai mạc tại "
     "Jakarta. Trong hai ngày 5-6/9, chương trình nghị sự của Hội nghị Cấp cao ASEAN sẽ tập trung vào kinh tế. An ninh "
     "biển sẽ là chủ đề được thảo luận tại hội nghị lần này. Thủ tướng Phạm Minh Chính, khi dự Hội nghị Cấp cao "
     "ASEAN, sẽ phát biểu về hợp tác số.", "2023-09-05", [{"kind": "Hội nghị"}]),
    # a plan before the report is still a plan ("sẽ tổ chức" then no report): none
    ("Hội nghị Cấp cao ASEAN sẽ khai mạc tại Jakarta\nChiều mai 6/9, Hội nghị Cấp cao ASEAN lần thứ 43 sẽ khai mạc "
     "tại Jakarta. Chương trình nghị sự của Hội nghị Cấp cao ASEAN sẽ tập trung vào kinh tế.", "2023-09-05", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), PREVIEWS)
def test_previews_report_no_meeting_held(text, published, expected):
    check(text, published, expected)


# --- a meeting reported by "chủ trì" and a meeting verb; a body the lexicon does not know holding one --------
CHAIRED_VERBS = [
    ("Sáng 12/3, Chủ tịch UBND tỉnh Lê Văn Bình chủ trì họp với các doanh nghiệp về tình hình thiếu lao động.",
     PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-03-12", "chairs": ["Lê Văn Bình"]}]),
    ("Sáng 12/3, Chủ tịch UBND tỉnh Lê Văn Bình đã chủ trì làm việc với Công đoàn ngành Giáo dục về chế độ cho "
     "giáo viên.", PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-03-12", "chairs": ["Lê Văn Bình"]}]),
    ("Theo kế hoạch, Phó Thủ tướng Trần Hồng Hà sẽ chủ trì họp với các địa phương vào ngày 20/9.", PUBLISHED, []),
    ("Chiều 12/3, Ủy ban liên Chính phủ Việt Nam - Lào đã nhóm họp kỳ thứ 45 tại Hà Nội.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-03-12", "organizer": None}]),
    # a committee named in lower case holds the meeting it is said to have held (NOTES.md item 30, "có họp bàn")
    ("Chiều 12/3, Ban tổ chức giải chạy đã họp để rút kinh nghiệm.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-03-12"}]),
    ("Hội đồng quản trị công ty đã họp bất thường để bàn phương án tăng vốn.", PUBLISHED, [{"kind": "Cuộc họp"}]),
    ("Sáng 4/7, ban chấp hành công đoàn cơ sở đã họp, thống nhất mức hỗ trợ cho đoàn viên.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-07-04"}]),
    ("Ban tổ chức giải bóng đá công nhân sẽ họp vào tuần tới để bốc thăm chia bảng.", PUBLISHED, []),
    ("Ban tổ chức cho biết giải chạy năm nay thu hút 5.000 vận động viên.", PUBLISHED, []),
    ("Ban quản lý dự án đã họp nhiều lần nhưng chưa thống nhất được phương án.", PUBLISHED, []),
    ("Ngày 12/3, Tổng cục Thống kê công bố số liệu về lao động.", PUBLISHED, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CHAIRED_VERBS)
def test_meetings_reported_by_chair_and_verb(text, published, expected):
    check(text, published, expected)


# --- one host meeting several counterparts: a meeting with each (meetings-dev annotates them apart) -------
COUNTERPARTS = [
    ("Chiều 12/3, Chủ tịch nước Võ Văn Thưởng lần lượt hội kiến Chủ tịch Quốc hội Lào và Thủ tướng Campuchia.",
     PUBLISHED, [{"kind": "Hội kiến", "date": "2023-03-12", "organizer": None},
                 {"kind": "Hội kiến", "date": "2023-03-12", "organizer": None}]),
    ("Sáng 12/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản và Đại sứ Hàn Quốc tại Việt Nam.", PUBLISHED,
     [{"name": "Buổi tiếp Đại sứ Nhật Bản"}, {"name": "Buổi tiếp Đại sứ Hàn Quốc"}]),
    # reported again later in the article: still two
    ("Thủ tướng kết thúc chuyến công tác tại Thái Lan\nTrong chuyến công tác, Thủ tướng đã hội kiến Chủ tịch Thượng "
     "viện và Chủ tịch Hạ viện Thái Lan. Tại Bangkok, Thủ tướng đã hội kiến Chủ tịch Thượng viện và Chủ tịch Hạ "
     "viện Thái Lan, trao đổi về hợp tác nghị viện.", None, [{"kind": "Hội kiến"}, {"kind": "Hội kiến"}]),
    # who comes with the one met, and talks with two, are one meeting
    ("Sáng 12/3, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Nhật Bản và Phu nhân.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": "2023-03-12"}]),
    ("Sáng 12/3, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản và Thủ tướng Hàn Quốc.", PUBLISHED,
     [{"kind": "Hội đàm", "date": "2023-03-12"}]),
]


@pytest.mark.parametrize(("text", "published", "expected"), COUNTERPARTS)
def test_one_meeting_per_counterpart(text, published, expected):
    check(text, published, expected)


# --- a meeting named by the short name its full name defines is that meeting, on any of its days ---------
ACRONYMS = [
    # (closed on a later day: the run of days, NOTES.md item 31)
    ("Sáng 12/3, Hội nghị các Quan chức cao cấp APEC lần thứ hai (SOM2) khai mạc tại Hà Nội. Ngày 14/3, Hội nghị "
     "SOM2 bế mạc.", PUBLISHED, [{"name": "Hội nghị các", "date": "2023-03-12/2023-03-14"}]),
    ("Ngày 12/5, Diễn đàn Kinh tế Việt Nam (VEF) khai mạc tại Hà Nội. Bên lề Diễn đàn VEF, Bộ trưởng trao đổi với "
     "báo chí.", PUBLISHED, [{"kind": "Diễn đàn", "date": "2023-05-12"}]),
    # a short name no meeting of the article defines is a meeting of its own
    ("Sáng 12/3, Hội nghị các Quan chức cao cấp APEC lần thứ hai (SOM2) khai mạc tại Hà Nội. Ngày 20/5, Hội nghị "
     "SOM3 khai mạc tại Đà Nẵng.", PUBLISHED, [{"date": "2023-03-12"}, {"date": "2023-05-20"}]),
]


@pytest.mark.parametrize(("text", "published", "expected"), ACRONYMS)
def test_meeting_named_by_its_short_name(text, published, expected):
    check(text, published, expected)
