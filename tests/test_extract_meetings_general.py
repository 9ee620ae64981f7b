"""Meetings on news the rules were not written from: case tables of the shapes that fooled them
(plural and counted meetings, cited and planned ones, meetings denied or set as a task, first lines
that are a lead or a caption, receptions and shareholders' meetings), each written for these tests
in the shape Vietnamese news uses (no article text is copied). Rows with ``[]`` must stay empty.

The helpers and their conventions are those of ``test_extract_meetings.py``.
"""

from __future__ import annotations

import pytest

from test_extract_meetings import PUBLISHED, UNDATED, check, meetings_doc
from unionfacts.extract.base import facts_of
from unionfacts.facts import event_json

# --- one of many: a determiner, a classifier or a count before the meeting word -------------------
PLURAL = [
    ("Năm qua, Công đoàn ngành đã mở 12 lớp tập huấn và 5 lớp bồi dưỡng cho cán bộ công đoàn cơ sở.", PUBLISHED, []),
    ("Sau khi nhậm chức, tân Giám đốc Sở Lê Văn Hòa đã chủ trì các cuộc họp với các phòng chuyên môn.", PUBLISHED, []),
    ("Ban Tổ chức quyết định gộp 2 Lễ trao giải năm 2022 và năm 2023.", PUBLISHED, []),
    ("Trong tháng, hai bên đã có ba cuộc hội đàm về hợp tác thương mại.", PUBLISHED, []),
    ("LĐLĐ tỉnh ban hành kế hoạch tổ chức đại hội công đoàn các cấp nhiệm kỳ 2023-2028.", PUBLISHED, []),
    # a count in a date is no count
    ("Sáng 12/8 Hội nghị Ban Chấp hành Công đoàn tỉnh lần thứ 8 đã khai mạc tại Vinh.", "2023-08-16",
     [{"kind": "Hội nghị", "date": "2023-08-12"}]),
]

# --- held, planned, cited: what the words around the meeting say ---------------------------------
SCOPE = [
    # "dự án" is no attending cue; a meeting as a deadline lies ahead
    ("Chiều 5/7, UBND tỉnh Bình Định họp bàn tiến độ dự án cầu Phước An. Tại cuộc họp, Giám đốc Sở Giao thông cam kết đưa "
     "dự án vào khai thác trước Đại hội Đảng bộ tỉnh lần thứ XV.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-07-05"}]),
    ("Bộ trưởng cam kết đưa tuyến đường vào khai thác trước Đại hội Đảng toàn quốc lần thứ XIV.", PUBLISHED, []),
    # a denial of something else that happened after the meeting denies not the meeting
    ("Chiều 20/3, Ban Kỷ luật của giải đã tiến hành cuộc họp khẩn. Tuy nhiên, không có án phạt nào được công bố sau "
     "cuộc họp.", PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-03-20"}]),
    # a meeting that could not be held, or was put off
    ("Sáng nay, cuộc họp đại hội đồng cổ đông thường niên của Công ty Sông Hồng không thể tiến hành vì thiếu cổ đông.",
     PUBLISHED, []),
    # only the source of what it passed; with its own day it is reported held
    ("Trước đó, kỳ họp thứ 12 HĐND thành phố (tháng 7/2023) đã thông qua nghị quyết về việc đặt tên đường.",
     PUBLISHED, []),
    ("Ngày 12/7, kỳ họp thứ 12 HĐND thành phố đã thông qua 20 nghị quyết quan trọng.", PUBLISHED,
     [{"kind": "Kỳ họp", "date": "2023-07-12"}]),
    ("Đại hội lần thứ IX của Hội Nông dân tỉnh đã xác định ba khâu đột phá của nhiệm kỳ.", PUBLISHED, []),
    # a meeting named with its own day "vừa qua" is past, whatever the sentence plans
    ("Sáng 14/8, Sở Y tế tổ chức Hội nghị tập huấn. Hội nghị sẽ xem lại các bài giảng trình bày tại Hội thảo chuyên đề "
     "do Bộ Y tế tổ chức ngày 20/7 vừa qua.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-08-14"}, {"kind": "Hội thảo", "date": "2023-07-20"}]),
    # what else a meeting did, in the past tense, reports it held, undated
    ("Hội nghị lần thứ nhất Ban Chấp hành Hội Nông dân tỉnh khóa IX đã bầu ông Lê Văn Năm giữ chức Chủ tịch.",
     PUBLISHED, [{"kind": "Hội nghị", "date": None}]),
    ("Vừa qua, Hội nghị Trung ương 8 đã bàn về chiến lược bảo vệ Tổ quốc.", UNDATED,
     [{"kind": "Hội nghị", "date": None}]),
    ("Theo báo cáo của Bộ Văn hóa tại Hội nghị tổng kết năm 2022, phong trào thể thao quần chúng phát triển mạnh.",
     UNDATED, []),
    # a notice of the conclusions drawn at a meeting, or a source with the meeting's day, opening the article: the
    # meeting is what the article reports; further down it is cited
    ("Văn phòng Chính phủ vừa ra thông báo kết luận của Thủ tướng tại cuộc họp về phòng, chống thiên tai.",
     PUBLISHED, [{"kind": "Cuộc họp", "date": None}]),
    ("Văn phòng Chính phủ vừa ra thông báo kết luận của Thủ tướng tại cuộc làm việc với Bộ Xây dựng, hôm 12/8.",
     PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-08-12"}]),
    ("Theo báo cáo của Sở Y tế tại hội nghị giao ban chiều 14/8, tỉnh đã tiêm xong mũi thứ hai.",
     PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-14"}]),
    ("Ngày 14/8, Sở Y tế công bố kết quả thanh tra. Sở đã xây dựng kế hoạch số 22 thực hiện kết luận của Thường trực "
     "Tỉnh ủy tại cuộc họp ngày 26/6/2022.", PUBLISHED, []),
    # the next meeting of its kind, named by "tới" / "tiếp theo" alone, is only ahead
    ("Sáng 14/8, HĐND tỉnh tổ chức kỳ họp chuyên đề. Ông Lê Văn Lâm cho biết, tại kỳ họp tới, HĐND tỉnh sẽ xem xét "
     "giá đất.", PUBLISHED, [{"kind": "Kỳ họp", "date": "2023-08-14"}]),
    ("Tin công đoàn. Ông Trần Văn Hải cho biết, tại Đại hội tiếp theo, Công đoàn ngành sẽ bầu Ban Chấp hành mới.",
     PUBLISHED, []),
    # a meeting on whose margins something is said or done was held; the side event's day is not its own
    ("Chiều 8/6, bên lề kỳ họp Quốc hội, Chủ tịch Tổng LĐLĐ Việt Nam trao đổi với báo chí về nhà ở công nhân.",
     PUBLISHED, [{"kind": "Kỳ họp", "date": None}]),
    ("Bên lề Hội nghị phòng chống thiên tai diễn ra ngày 27/4, ông Trần Văn An trao đổi với phóng viên.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-04-27"}]),
    ("Bên lề Hội nghị Bộ trưởng Thương mại APEC lần thứ 30, chiều 21/5, Bộ trưởng Công Thương đã tiếp Bộ trưởng "
     "Thương mại Úc.", PUBLISHED, [{"kind": "Hội nghị", "date": None}, {"kind": "Buổi tiếp", "date": "2023-05-21"}]),
    ("Tại buổi tiếp song phương bên lề Hội nghị Bộ trưởng Thương mại APEC lần thứ 30 với Bộ trưởng Thương mại, Du "
     "lịch và Đầu tư Úc vào ngày 21/5 vừa qua, hai bên bàn về xuất khẩu trái cây.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": "2023-05-21"}, {"kind": "Hội nghị", "date": None}]),
    # a task set someone is ahead; a requirement raised at a meeting is not
    ("Thủ tướng giao Bộ Kế hoạch và Đầu tư chủ trì tổ chức Hội nghị xúc tiến đầu tư vào tháng 10.", PUBLISHED, []),
    ("Bí thư Tỉnh ủy đặt ra nhiều yêu cầu tại buổi làm việc với Sở Y tế chiều 10/4.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-04-10"}]),
    # a plan in the next phrase of the clause
    ("Buổi giao lưu trực tuyến do Báo Người Lao Động tổ chức, sẽ diễn ra vào sáng 20/8 tại Hà Nội.", PUBLISHED, []),
    # a programme held as an occasion needs its organizing verb, not "tổ chức" elsewhere in the clause
    ("Dù còn khó khăn cho công tác tổ chức bồi dưỡng, chương trình ETEP vẫn hoàn thành mục tiêu đề ra.", PUBLISHED, []),
    ("Ngày 6/1, Công đoàn tỉnh tổ chức chương trình Tết sum vầy cho công nhân.", PUBLISHED,
     [{"kind": "Chương trình", "date": "2023-01-06"}]),
]

# --- a first line that ends as a sentence is a lead or a caption, not a headline ------------------
FIRST_LINES = [
    ("Ủy ban điều hành giải đấu đã tiến hành cuộc họp khẩn vào chiều ngày 14/5 để xem xét án phạt.\nTuy nhiên, "
     "chưa có án phạt nào được công bố sau cuộc họp.", PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-05-14"}]),
    # (the speech that opens it says the meeting took place, as "phát biểu tại hội nghị" does; no day given)
    ("Ông Trần Văn Nam phát biểu khai mạc hội nghị.\nTại buổi lễ, lãnh đạo Sở tặng hoa các đơn vị.", PUBLISHED,
     [{"kind": "Hội nghị", "date": None}]),
    # a caption or an intertitle fused into the text (no line break, no full stop) reports nothing
    ("Đến nay, Công đoàn ngành đã kết nạp 250 đoàn viên mới. Lễ ra mắt Công đoàn cơ sở Công ty May Hòa Bình Về nội "
     "dung tuyên truyền, Công đoàn tập trung vào pháp luật lao động.", UNDATED, []),
    ("Hội nghị tổng kết công tác năm 2022 của Công đoàn Điện lực Theo báo cáo, năm qua Công đoàn đã chăm lo tốt cho "
     "đoàn viên.", UNDATED, []),
]

# --- receptions, friendship exchanges, ceremonies and shareholders' meetings (NOTES.md item 31) ---
KINDS = [
    ("Ngày 14/6, Phó Chủ tịch nước đã tiếp đoàn công tác cấp cao của Hội đồng Anh do bà Jane Smith dẫn đầu. Tại buổi "
     "tiếp, hai bên trao đổi về hợp tác giáo dục.", PUBLISHED, [{"kind": "Buổi tiếp", "date": "2023-06-14"}]),
    ("Sáng 7/7, Thành ủy Hà Nội tổ chức lễ dâng hương kỷ niệm 110 năm ngày sinh đồng chí Trần Văn Bình.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-07-07"}]),
    ("Ngày 2/7, UBND quận tổ chức lễ đặt tên cho 15 tuyến đường mới.", PUBLISHED, [{"kind": "Lễ", "date": "2023-07-02"}]),
    ("Sáng 12/8, Ủy ban Xã hội của Quốc hội tổ chức phiên giải trình về chính sách bảo hiểm xã hội.", PUBLISHED,
     [{"kind": "Phiên giải trình", "date": "2023-08-12"}]),
    ("Sáng 12/8, Bộ Giao thông vận tải tổ chức lễ thông xe cao tốc Diễn Châu - Bãi Vọt.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-08-12"}]),
    ("Sáng 12/8, Trường Cao đẳng Kỹ thuật tổ chức lễ bế giảng khóa đào tạo công nhân.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-08-12"}]),
    ("Chiều 25/4, Công ty cổ phần Sông Đà tổ chức ĐHĐCĐ thường niên năm 2023.", PUBLISHED,
     [{"kind": "Đại hội đồng cổ đông", "date": "2023-04-25"}]),
    ("Giao lưu hữu nghị quốc phòng biên giới lần thứ 7 diễn ra ngày 21/4 tại Lào Cai.", PUBLISHED,
     [{"kind": "Giao lưu", "date": "2023-04-21"}]),
    # a voters' meeting done by a person whose office is placed ("…, Đại biểu Quốc hội tỉnh X đã …"); the session
    # the voters' meetings come before or after ("tiếp xúc cử tri trước kỳ họp") is no meeting reported
    ("Tin Quốc hội. Sáng 4/8, ông Hồ Văn Niên, Đại biểu Quốc hội tỉnh Gia Lai đã tiếp xúc cử tri tại huyện Chư Sê.",
     PUBLISHED, [{"kind": "Buổi tiếp xúc cử tri", "date": "2023-08-04"}]),
    ("Tin Quốc hội. Sáng 4/8, Đoàn đại biểu Quốc hội tỉnh Gia Lai tiếp xúc cử tri sau Kỳ họp thứ 5, Quốc hội khóa XV "
     "tại huyện Chư Sê.", PUBLISHED, [{"kind": "Buổi tiếp xúc cử tri", "date": "2023-08-04"}]),
    # a body's review reported by the verb with its day (NOTES.md item 30: a held tổng kết with its subject); the
    # noun after an organizing verb stays a meeting of its own
    ("Tin công đoàn. Chiều 20/7, Công đoàn Viên chức tỉnh sơ kết công tác công đoàn 6 tháng đầu năm.", PUBLISHED,
     [{"kind": "Sơ kết", "date": "2023-07-20"}]),
    ("Tin công đoàn. Công đoàn cơ sở Công ty May 10 đã tổ chức tổng kết hoạt động năm 2022 kết hợp giao lưu văn nghệ.",
     PUBLISHED, [{"kind": "Tổng kết", "date": None}]),
    # a show named after its kind ("Chương trình nghệ thuật “…”"); a broadcast one is no occasion held
    ("Tin công đoàn. Tối 30/7, LĐLĐ tỉnh tổ chức Chương trình nghệ thuật “Công nhân hát” tại Nhà văn hóa công nhân.",
     PUBLISHED, [{"kind": "Chương trình", "date": "2023-07-30"}]),
    ("Tin công đoàn. Tối 30/7, đài tỉnh phát sóng chương trình văn nghệ “Công nhân hát” trên kênh thời sự.",
     PUBLISHED, []),
    # a programme of a meeting's kind held when an organizing verb takes it; a gathering
    # reported by the verb "họp mặt" on a day
    ("Tin công đoàn. Tối 12/8, Công đoàn Khu kinh tế tổ chức chương trình giao lưu văn nghệ mừng ngày thành lập.",
     PUBLISHED, [{"kind": "Chương trình", "date": "2023-08-12"}]),
    ("Tin công đoàn. Sáng 12/8, LĐLĐ quận Ba Đình tổ chức chương trình đối thoại giữa lãnh đạo quận với công nhân.",
     PUBLISHED, [{"kind": "Chương trình", "date": "2023-08-12"}]),
    ("Tin công đoàn. Sáng 12/8, Công đoàn Bệnh viện Bạch Mai đã họp mặt các cán bộ công đoàn đã nghỉ hưu.",
     PUBLISHED, [{"kind": "Buổi gặp mặt", "date": "2023-08-12"}]),
    # a union and the employer's management signing a collective agreement on a day hold a signing ceremony
    ("Tin công đoàn. Ngày 12/8, Công đoàn Công ty cổ phần Dệt Hòa Thọ và Ban Giám đốc công ty đã ký kết thỏa ước "
     "lao động tập thể.", PUBLISHED, [{"kind": "Lễ ký kết thỏa ước", "date": "2023-08-12"}]),
    ("Tin công đoàn. Sáng 12/8, Ban Giám đốc công ty đã đối thoại với 200 công nhân về tiền lương.", PUBLISHED,
     [{"kind": "Đối thoại", "date": "2023-08-12"}]),
    # … not a programme carried on, a body's exchanges in general, nor the habit of meeting
    ("Tin công đoàn. Ngoài thi đua đầu năm, công ty còn tổ chức giao lưu văn nghệ, lãnh đạo mừng tuổi công nhân.",
     PUBLISHED, []),
    ("Tin công đoàn. Năm nay Công đoàn Bệnh viện Bạch Mai sẽ duy trì chương trình giao lưu giữa các khoa.", PUBLISHED, []),
    ("Tin công đoàn. Các hội viên thường họp mặt mỗi năm một lần vào dịp Tết.", PUBLISHED, []),
    # two kind words joined name one occasion; the second gives its name
    ("Tin công đoàn. Chiều 14/8, Công đoàn ngành Y tế tổ chức buổi gặp mặt, tọa đàm kỷ niệm ngày truyền thống ngành "
     "27/2.", PUBLISHED, [{"kind": "Buổi gặp mặt", "date": "2023-08-14"}]),
    # an office-holder's or a delegation's inspection visit (NOTES.md item 30); "tại buổi kiểm tra" points back to it
    ("Tin địa phương. Sáng 12/7, Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tam đến kiểm tra tiến độ thi công cầu Rạch "
     "Miễu 2. Tại buổi kiểm tra, ông Tam yêu cầu nhà thầu tăng ca.", PUBLISHED,
     [{"kind": "Chuyến kiểm tra", "date": "2023-07-12"}]),
    ("Tin địa phương. Ngày 3/8, Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên dẫn đầu đoàn công tác kiểm tra công tác tiêm chủng "
     "tại tỉnh Sóc Trăng.", PUBLISHED, [{"kind": "Chuyến công tác", "date": "2023-08-03"}]),
    ("Tin địa phương. Chiều 5/8, đoàn kiểm tra của Sở Xây dựng đã đi kiểm tra an toàn lao động tại công trình.",
     PUBLISHED, [{"kind": "Chuyến kiểm tra", "date": "2023-08-05"}]),
    # anyone else's check, or the police's, is no visit of an office
    ("Tin địa phương. Sáng 12/7, anh Lê Văn Tâm đi kiểm tra đàn vịt thì phát hiện nước sông dâng cao.", PUBLISHED, []),
    ("Tin địa phương. Ngày 3/8, bác sĩ Phạm Thu Hà đến kiểm tra sức khỏe cho các cụ cao tuổi.", PUBLISHED, []),
    ("Tin địa phương. Ngày 3/8, lực lượng cảnh sát giao thông đã đến kiểm tra nhiều xe khách.", PUBLISHED, []),
    # an office-holder handing over or announcing an appointment decision holds that ceremony
    ("Tin nhân sự. Sáng 21/7, ông Lê Văn Hùng, Trưởng ban Tổ chức Tỉnh ủy đã trao quyết định điều động ông Trần Văn "
     "Tâm giữ chức Bí thư Huyện ủy.", PUBLISHED, [{"kind": "Lễ trao quyết định", "date": "2023-07-21"}]),
    ("Tin nhân sự. Chiều 4/8, Phó Chủ tịch UBND tỉnh Hà Nam Nguyễn Thị Hoa công bố quyết định bổ nhiệm Giám đốc Sở "
     "Y tế.", PUBLISHED, [{"kind": "Lễ công bố quyết định", "date": "2023-08-04"}]),
    # a survey trip of an office-holder or a delegation; a students' survey is none
    ("Tin địa phương. Sáng 10/6, Phó Chủ tịch UBND tỉnh Bến Tre Lê Văn Nam đến khảo sát tình hình hạn mặn tại huyện "
     "Ba Tri.", PUBLISHED, [{"kind": "Chuyến khảo sát", "date": "2023-06-10"}]),
    ("Tin địa phương. Ngày 5/6, đoàn công tác của Bộ Y tế đã vào khảo sát tình hình tại bệnh viện tỉnh.", PUBLISHED,
     [{"kind": "Chuyến khảo sát", "date": "2023-06-05"}]),
    ("Tin địa phương. Ngày 10/6, nhóm sinh viên đi khảo sát giá cả tại chợ Bến Thành.", PUBLISHED, []),
    # a body handing a land decision to households holds no ceremony
    ("Tin địa phương. Ngày 5/3, UBND huyện đã trao quyết định thu hồi đất cho 20 hộ dân.", PUBLISHED, []),
]

# --- which meeting a mention is: names that tell two meetings apart -------------------------------
GROUPING = [
    # a meeting named with its own ordinal after "Tại" is not the one just reported
    ("Tại Đại hội đại biểu toàn quốc lần thứ XII của Đảng, ông được bầu vào Ban Chấp hành Trung ương. Tại Kỳ họp thứ "
     "nhất Quốc hội khóa XIV, ông được phê chuẩn làm Phó Thủ tướng.", UNDATED,
     [{"kind": "Đại hội", "date": None}, {"kind": "Kỳ họp", "date": None}]),
    # two visits to two countries are two visits
    ("Chiều 30/5, trong khuôn khổ chuyến thăm chính thức Nhật Bản của Thủ tướng, Bộ trưởng Công Thương đã có buổi làm "
     "việc với Bộ trưởng Kinh tế Nhật Bản. Bộ trưởng Nhật Bản cảm ơn sự đón tiếp chu đáo trong chuyến thăm Việt Nam "
     "vừa qua của ông.", PUBLISHED,
     [{"kind": "Chuyến thăm"}, {"kind": "Buổi làm việc", "date": "2023-05-30"}, {"kind": "Chuyến thăm", "date": None}]),
    # a meeting someone praises at another is not dated by it
    ("Chiều 8/3, Bộ trưởng Công Thương có buổi làm việc với Đại sứ Hoa Kỳ. Tại buổi làm việc, Đại sứ đánh giá cao việc "
     "Việt Nam vừa tổ chức thành công Hội nghị Bộ trưởng APEC.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-03-08"}, {"kind": "Hội nghị", "date": None}]),
    # "Sau đó": on the day the sentence before gave
    ("Chiều 24/4, Đoàn đại biểu Bộ Quốc phòng trở về nước qua cửa khẩu Hoành Mô. Sau đó, Bộ trưởng Bộ Quốc phòng Phan "
     "Văn Giang đã chủ trì Lễ đón chính thức Đoàn đại biểu Bộ Quốc phòng Lào.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-04-24", "chairs": ["Phan Văn Giang"]}]),
    # a name followed by an adverb is the meeting already reported
    ("Ngày 18/6, Bộ trưởng dự hội nghị xúc tiến đầu tư vào nông nghiệp tỉnh Hải Dương. Phát biểu tại hội nghị, Bộ "
     "trưởng cho rằng tỉnh tổ chức hội nghị hết sức có ý nghĩa.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-06-18"}]),
    # a speech opening or closing it, as "tại": the meeting took place, the one reported if any
    ("Phát biểu mở đầu cuộc họp, Phó Thủ tướng Lê Văn Thành cho biết dịch bệnh diễn biến phức tạp.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": None}]),
    ("Sáng 23/7, Bộ Y tế tổ chức hội nghị trực tuyến với các tỉnh. Phát biểu kết luận hội nghị, Bộ trưởng yêu cầu các "
     "tỉnh tập trung xét nghiệm.", PUBLISHED, [{"kind": "Hội nghị trực tuyến", "date": "2023-07-23"}]),
]

# --- chairs: shareholders' meetings, a chair cue opening the sentence, a pronoun, an office ------
CHAIRS = [
    ("Sáng 20/4, Công ty cổ phần Bến Thành tổ chức Đại hội đồng cổ đông thường niên năm 2023. Chủ tọa đại hội gồm ông "
     "Lê Quang Minh – Chủ tịch HĐQT và ông Phạm Đức Tâm – Giám đốc Công ty.", PUBLISHED,
     [{"date": "2023-04-20", "chairs": ["Lê Quang Minh", "Phạm Đức Tâm"]}]),
    ("Sáng 20/4, Công ty cổ phần Bến Thành tổ chức ĐHĐCĐ thường niên năm 2023. Ông Lê Quang Minh - Chủ tịch HĐQT, ông "
     "Phạm Đức Tâm - Thành viên HĐQT kiêm Tổng Giám đốc cùng các thành viên HĐQT đã chủ tọa và điều hành ĐHĐCĐ.",
     PUBLISHED, [{"date": "2023-04-20", "chairs": ["Lê Quang Minh", "Phạm Đức Tâm"]}]),
    ("Chiều 11/5, Bộ Ngoại giao tổ chức họp báo thường kỳ. Chủ trì buổi họp báo, Người phát ngôn Bộ Ngoại giao Phạm "
     "Thu Hằng cho biết Việt Nam quan tâm vụ việc.", PUBLISHED, [{"date": "2023-05-11", "chairs": ["Phạm Thu Hằng"]}]),
    ("Sáng 3/3, tại Đà Nẵng, Bộ Tài chính tổ chức Hội nghị triển khai nhiệm vụ năm 2023. Phát biểu khai mạc hội nghị, "
     "Bộ trưởng Bộ Tài chính Hồ Đức Phớc cho biết đây là lần đầu tiên ông chủ trì hội nghị ở ngoài Hà Nội.",
     PUBLISHED, [{"date": "2023-03-03", "chairs": ["Hồ Đức Phớc"]}]),
    # the cue opening its clause without the meeting's name lists who chair the meeting just reported
    ("Chiều 9/8, Hội Nông dân tỉnh tổ chức hội thảo về chuyển đổi số. Cùng chủ trì có ông Vũ Văn Bình, Phó Giám "
     "đốc Sở Nông nghiệp.", PUBLISHED, [{"date": "2023-08-09", "chairs": ["Vũ Văn Bình"]}]),
    ("Chiều 9/8, Hội Nông dân tỉnh tổ chức hội thảo về chuyển đổi số. Chủ trì là bà Đinh Thị Thu, Chủ tịch Hội "
     "Nông dân tỉnh.", PUBLISHED, [{"date": "2023-08-09", "chairs": ["Đinh Thị Thu"]}]),
    # a lead agency is no chair
    ("Chiều 9/8, UBND tỉnh tổ chức hội nghị về chuyển đổi số. Chủ trì là Sở Thông tin và Truyền thông, các sở phối "
     "hợp thực hiện.", PUBLISHED, [{"date": "2023-08-09", "chairs": []}]),
    # a passive agent clause ("… do A chủ trì") chairs the meeting it follows, a comma after the cue too
    ("Hội thảo do Thứ trưởng Bộ Y tế Trần Văn Thuấn chủ trì, diễn ra sáng 9/5 tại Hà Nội.", PUBLISHED,
     [{"kind": "Hội thảo", "date": "2023-05-09", "chairs": ["Trần Văn Thuấn"]}]),
    ("Ngày 2/6, LĐLĐ tỉnh Hòa Bình tổ chức Hội nghị tập huấn cán bộ công đoàn. Hội nghị do bà Bùi Thị Hằng, Phó "
     "Chủ tịch LĐLĐ tỉnh chủ trì, thu hút 80 cán bộ.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-06-02", "chairs": ["Bùi Thị Hằng"]}]),
    # "do" as "because" names no agent: no chair
    ("Ngày 2/6, Hội nghị bị hoãn do ông Lê Văn Tuấn bận chủ trì, phối hợp xử lý sự cố.", PUBLISHED,
     [{"chairs": []}]),
    # an office or a body with "điều hành" in its name chairs nothing
    ("Sáng 5/5, Công ty Minh Phát tổ chức Hội nghị người lao động. Ông Nguyễn Văn Hải, Giám đốc điều hành Công ty "
     "phát biểu tại hội nghị.", PUBLISHED, [{"date": "2023-05-05", "chairs": [], "attendees": ["Nguyễn Văn Hải"]}]),
    ("Ngày 23/4, Ủy ban điều hành UEFA đã tiến hành cuộc họp khẩn để xem xét án phạt.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-04-23", "chairs": []}]),
]

# --- days and months: a month that opens the clause or follows the name in brackets; a list of days ---
DATES = [
    ("Tháng 3/2014, Trung ương Hội Khuyến học tổ chức Hội nghị quán triệt Quyết định 281.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2014-03"}]),
    ("Tại Hội nghị lần thứ 5 Ban Chấp hành Trung ương khóa XIII (tháng 5/2022), ông được bầu vào Ban Bí thư.",
     UNDATED, [{"kind": "Hội nghị", "date": "2022-05"}]),
    # a month the meeting reviews is not its date
    ("Sở Lao động đã tổ chức hội nghị sơ kết công tác tháng 5/2023 với các phòng chuyên môn.", UNDATED,
     [{"kind": "Hội nghị", "date": None}]),
    ("Đại hội đại biểu Công đoàn tỉnh lần thứ XV diễn ra trong các ngày 25, 26 và 27/9/2023 tại Vinh.", UNDATED,
     [{"kind": "Đại hội", "date": "2023-09-25/2023-09-27"}]),
]

# --- an article that opens at its meeting; names of ceremonies and visits; plans of what someone will do ---
OPENINGS = [
    ("Phát biểu tại Hội nghị, Giám đốc Sở Nội vụ Nguyễn Văn Tâm đánh giá cao sự chuẩn bị của các đơn vị.", PUBLISHED,
     [{"kind": "Hội nghị", "date": None}]),
    ("Chia sẻ tại buổi họp, ông Trần Minh Đức cho biết quy trình xét chọn đã được công khai.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": None}]),
    # meetings named before, if only as many: "tại buổi làm việc" points back to them, none reported
    ("Sau khi nhậm chức, tân Giám đốc Sở đã chủ trì các cuộc họp với các phòng chuyên môn.\nTại buổi làm việc, ông "
     "giao nhiệm vụ cụ thể cho từng phòng.", PUBLISHED, []),
    # a meeting only planned before: "tại buổi lễ" points back to it, no meeting held
    ("Công ty sẽ tổ chức buổi lễ gặp mặt công nhân đầu năm vào ngày 10/2. Tại buổi lễ, Công ty sẽ trao thưởng cho "
     "công nhân tiêu biểu.", PUBLISHED, []),
    # a meeting only planned just before: "kỳ họp này" with its days is that one, still planned
    ("Chiều 27/4, Ủy ban Thường vụ Quốc hội cho ý kiến về việc chuẩn bị kỳ họp thứ nhất, Quốc hội khóa XV. Tổng Thư "
     "ký cho biết, kỳ họp này, dự kiến khai mạc vào ngày 20/7 và bế mạc vào ngày 3/8.", "2021-04-28", []),
    # a meeting reported before: "tại cuộc họp" far after it is that meeting, no new one
    ("Ngày 10/2, Đoàn công tác của Tổng LĐLĐ đã có buổi làm việc với LĐLĐ tỉnh Long An. Đoàn đã nghe báo cáo tình hình "
     "công nhân. Ông A nêu nhiều kiến nghị. Bà B nói về nhà ở. Ông C bàn về tiền lương. Tại cuộc họp, ông D đề nghị tăng "
     "phúc lợi.", UNDATED, [{"kind": "Buổi làm việc", "date": "XXXX-02-10"}]),
    ("Chiều 8/6, Công ty Điện lực Quảng Ninh tổ chức buổi lễ trao quyết định bổ nhiệm Giám đốc.", PUBLISHED,
     [{"kind": "Lễ", "name": "Lễ trao quyết định bổ nhiệm Giám đốc", "date": "2023-06-08"}]),
    # the visit frames the talks: the talks' day is not the visit's; the visit is named with whose it is
    ("Chiều 26/5, trong khuôn khổ chuyến thăm chính thức Nhật Bản của Thủ tướng Phạm Minh Chính, Bộ trưởng Bộ Công "
     "Thương Nguyễn Hồng Diên đã có buổi làm việc với Bộ trưởng Kinh tế Nhật Bản.", PUBLISHED,
     [{"kind": "Chuyến thăm", "name": "Chuyến thăm chính thức Nhật Bản của Thủ tướng Phạm Minh Chính", "date": None},
      {"kind": "Buổi làm việc", "date": "2023-05-26"}]),
    # what someone will do next is no plan of the meeting
    ("Bộ trưởng cảm ơn đóng góp của Đại sứ quán vào thành công tốt đẹp của chuyến thăm Hàn Quốc của Chủ tịch nước Võ Văn "
     "Thưởng, đồng thời đề nghị Đại sứ sẽ tiếp tục thúc đẩy hợp tác.", PUBLISHED,
     [{"kind": "Chuyến thăm", "date": None}]),
    ("Lễ tuyên dương công nhân giỏi do LĐLĐ tỉnh tổ chức sẽ diễn ra vào sáng 10/9 tại Nhà văn hóa Lao động.", PUBLISHED,
     []),
    ("Theo giới phân tích, cuộc gặp giữa Tổng thống Pháp và Thủ tướng Đức trong ngày 7/9 sẽ là phép thử cho quan hệ hai "
     "nước.", PUBLISHED, []),
    # a name ends where the sentence goes on ("… tham gia cuộc họp và luôn đồng hành"): one meeting
    ("Ngày 20/4, Công ty cổ phần Sông Đà tổ chức Đại hội đồng cổ đông thường niên năm 2023. Bế mạc Đại hội, Chủ tịch "
     "HĐQT Lê Văn Nam cảm ơn cổ đông đã tham gia cuộc họp và luôn đồng hành với công ty.", PUBLISHED,
     [{"kind": "Đại hội đồng cổ đông", "date": "2023-04-20"}]),
]

# --- names: an acronym written out, what someone says after it, the subject that tells two meetings apart ---
NAMES = [
    ("Sáng 25/4, Công ty cổ phần Bến Thành tổ chức ĐHĐCĐ thường niên năm 2023.", PUBLISHED,
     [{"kind": "Đại hội đồng cổ đông", "name": "Đại hội đồng cổ đông thường niên năm 2023", "date": "2023-04-25"}]),
    ("Phát biểu khai mạc, ông A nhắc lại lời Tổng Bí thư đã nêu \"Đại hội chỉ là mở đầu, thành công thực tế của Đại "
     "hội\".", PUBLISHED, []),
    ("Chiều 5/6, Thủ tướng chủ trì cuộc họp Thường trực Chính phủ về tiến độ dự án sân bay Long Thành. Bộ trưởng Bộ "
     "Giao thông báo cáo tiến độ. Tại cuộc họp Thường trực Chính phủ về đề án phát triển đường sắt diễn ra mới đây, Phó "
     "Thủ tướng Trần Hồng Hà đánh giá đường sắt còn lạc hậu.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-06-05"}, {"kind": "Cuộc họp", "date": None}]),
]

# --- held or planned: the success of a meeting is its report; a target opens a run of tasks up to its end ---
RUNS = [
    ("Thượng tướng Lê Văn Hòa chúc mừng thành công của Đại hội Đảng bộ tỉnh Lào Cai lần thứ XVI.", PUBLISHED,
     [{"kind": "Đại hội", "date": None}]),
    ("Năm 2024, Công đoàn ngành Công Thương phấn đấu hoàn thành 100% các chỉ tiêu đã đề ra trong giao ước thi đua; tổ "
     "chức các đoàn kiểm tra, giám sát việc thực hiện chính sách tiền lương, thưởng, bảo hiểm xã hội tại các doanh "
     "nghiệp trong ngành để nắm bắt tình hình thực tế của người lao động; tổ chức Hội nghị tổng kết phong trào thi đua "
     "năm 2024, lồng ghép với giao lưu văn nghệ, thể thao chào mừng các ngày lễ lớn của đất nước; tổ chức Hội thảo về "
     "mô hình tổ chức của công đoàn cơ sở trong doanh nghiệp ngoài nhà nước.", PUBLISHED, []),
]

# --- two meetings told apart by their ordinals, a visit welcomed, a session's agenda ---
ORDINALS = [
    ("Tại Hội nghị lần thứ sáu, ông Trần Văn Minh được bầu làm Chủ tịch. Tại Hội nghị lần thứ nhất Ban Chấp hành khóa "
     "IX, ông được bầu vào Ban Thường vụ.", UNDATED,
     [{"kind": "Hội nghị", "date": None}, {"kind": "Hội nghị", "date": None}]),
    ("Chủ tịch tỉnh Nguyễn Văn Út hoan nghênh chuyến thăm Việt Nam của Đại sứ Nhật Bản.", PUBLISHED,
     [{"kind": "Chuyến thăm", "date": None}]),
    # the visit welcomed at a reception lasts its own days: it takes no day of the reception
    ("Ngày 20/6, Trưởng ban Kinh tế Trung ương Nguyễn Văn Bình đã tiếp Đoàn công tác của Ngân hàng Thế giới. Tại buổi "
     "tiếp, ông Nguyễn Văn Bình hoan nghênh chuyến thăm Việt Nam của Đoàn.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": "2023-06-20"}, {"kind": "Chuyến thăm", "date": None}]),
    ("Quốc hội biểu quyết thông qua việc sửa đổi chương trình kỳ họp thứ 5.", PUBLISHED, []),
    # a programme named after the body that is its council is no meeting: the ceremony the body holds is
    ("Tối 20/5, Hội đồng bình chọn cấp Trung ương Chương trình “Vinh quang ngành Dệt may” và Công đoàn Dệt may Việt "
     "Nam đồng tổ chức Lễ tôn vinh 50 công nhân tiêu biểu.", PUBLISHED, [{"kind": "Lễ", "date": "2023-05-20"}]),
    # "sắp xếp" is no plan, "giáo dục thường xuyên" no custom: "vừa tổ chức" reports one meeting held
    ("Bộ Giáo dục và Đào tạo vừa tổ chức Hội nghị đánh giá việc sắp xếp các cơ sở giáo dục mầm non, phổ thông và giáo "
     "dục thường xuyên.", PUBLISHED, [{"kind": "Hội nghị", "date": None}]),
    ("Hằng năm, Công đoàn ngành Giáo dục tổ chức Hội nghị biểu dương giáo viên tiêu biểu.", PUBLISHED, []),
    # a condition is no report ("Trường hợp …, cuộc họp lần thứ 3 sẽ …")
    ("Trường hợp cuộc họp lần thứ hai không đủ điều kiện tiến hành, cuộc họp lần thứ ba được tiến hành ngay trong ngày.",
     PUBLISHED, []),
]

DATES_RELATIVE = [
    # "vào tháng trước": the month before publication; "Hai tháng trước" counts months
    ("Sau cuộc đàm phán căng thẳng vào tháng trước giữa hai Ngoại trưởng tại Geneva, hai bên đã nối lại liên lạc.",
     PUBLISHED, [{"kind": "Đàm phán", "date": "2023-07"}]),
    ("Hai tháng trước, hai bên đã có cuộc đàm phán tại Geneva.", PUBLISHED, [{"kind": "Đàm phán", "date": None}]),
]

# --- tasks, partners, lists looking ahead, meetings reported by "tổ chức họp" --------------------
TASKS_AND_LISTS = [
    # a task given to lower-case agents: none held
    ("Các cấp công đoàn đã chỉ đạo cơ sở tổ chức phát động phong trào thi đua lao động giỏi.", PUBLISHED, []),
    ("Công đoàn ngành hướng dẫn các công đoàn cơ sở tổ chức hội nghị người lao động trước ngày 31/3.", PUBLISHED, []),
    ("Ngày 3/6, LĐLĐ tỉnh chỉ đạo tổ chức Hội nghị đối thoại tại 5 doanh nghiệp.", PUBLISHED, []),
    # "chỉ đạo" with the meeting itself as its object reports it
    ("Sáng 3/6, đồng chí Nguyễn Văn An chỉ đạo Hội nghị sơ kết công tác công đoàn.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-06-03"}]),
    # a programme named as a partner is no meeting; the one they hold is
    ("Viện Công nhân và Công đoàn phối hợp với Chương trình Better Work tổ chức Hội thảo An toàn lao động ngày 23/5.",
     PUBLISHED, [{"kind": "Hội thảo", "date": "2023-05-23"}]),
    # the organizer's clause ends at the day: it is the meeting's however long the name and the organizers are
    ("Số liệu được công bố tại Hội thảo Việc làm, thu nhập, điều kiện sống và an sinh của công nhân khu công nghiệp do "
     "Tổng Liên đoàn Lao động Việt Nam phối hợp với Tổ chức Lao động Quốc tế tổ chức ngày 15/3 tại Hà Nội.", PUBLISHED,
     [{"kind": "Hội thảo", "date": "2023-03-15"}]),
    ("Sở Y tế phối hợp cùng Dự án Sức khỏe Cộng đồng tổ chức Hội nghị tập huấn ngày 4/4.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-04-04"}]),
    # meetings listed after one a campaign looks toward lie ahead too; one said to be held does not
    ("LĐLĐ tỉnh hướng dẫn các cấp công đoàn tổ chức phong trào thi đua chào mừng Đại hội XVI Công đoàn tỉnh, Đại hội "
     "XIII Công đoàn Việt Nam.", PUBLISHED, []),
    ("Các hoạt động hướng tới Đại hội Công đoàn ngành, Đại hội Công đoàn tỉnh và Đại hội XIII Công đoàn Việt Nam được "
     "triển khai sâu rộng.", PUBLISHED, []),
    ("Hướng tới Đại hội XIII Công đoàn Việt Nam, Đại hội Công đoàn tỉnh Nghệ An lần thứ X đã khai mạc sáng 3/6.",
     PUBLISHED, [{"kind": "Đại hội", "date": "2023-06-03"}]),
    # a meeting that only dates what happened after it; with a day in its clause it is reported
    ("Hội nghị được tổ chức ngay sau khi Hội nghị Trung ương 7 đã thông qua các nghị quyết về tiền lương.", PUBLISHED, []),
    ("Kể từ Hội nghị lần thứ nhất các quan chức cao cấp, các nhóm công tác đã họp nhiều lần.", PUBLISHED, []),
    ("Sau khi Hội nghị Ban Chấp hành Công đoàn tỉnh kết thúc chiều 5/6, các đại biểu đi thăm khu công nghiệp.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-06-05"}]),
    # "tổ chức họp": the subject of the organizing verb holds the meeting
    ("Ngày 12/5, LĐLĐ tỉnh Nghệ An tổ chức họp Ban Chỉ đạo để triển khai nhiệm vụ.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-05-12"}]),
    ("Chiều 7/7, Công đoàn Dầu khí Việt Nam tiến hành họp Ban Thường vụ mở rộng.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-07-07"}]),
    # a directive verb inside a name sets no task
    ("Ngày 29/6, tại Cần Thơ, Ban Chỉ đạo Tây Nam bộ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-06-29"}]),
    ("Ngày 23/4, Thứ trưởng Bộ Y tế, Phó Trưởng Ban chỉ đạo Quốc gia phòng chống dịch cùng đoàn công tác đã đến làm "
     "việc với tỉnh Bạc Liêu.", PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-04-23"}]),
    # "Bộ Ngoại giao": "giao" ends a name here, it sets no task
    ("Chiều 11/5, Bộ Ngoại giao tổ chức họp báo thường kỳ tại Hà Nội.", PUBLISHED, [{"kind": "Họp báo", "date": "2023-05-11"}]),
]

# --- the first working day (after Tết, of the year) is no meeting; a first one with a body is ---------------
FIRST_WORKING_DAY = [
    ("Sáng 30/1, trong buổi làm việc đầu tiên sau Tết, Chủ tịch UBND tỉnh đi kiểm tra các công trình trọng điểm.",
     PUBLISHED, []),
    ("Sáng 2/1, buổi làm việc đầu tiên của năm mới tại Sở Tư pháp diễn ra khẩn trương.", PUBLISHED, []),
    ("Ngày làm việc đầu tiên sau kỳ nghỉ Tết, cán bộ Sở Tư pháp đã có mặt đông đủ.", PUBLISHED, []),
    ("Sáng 30/1, Bí thư Tỉnh ủy có buổi làm việc đầu tiên với Sở Kế hoạch và Đầu tư.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-01-30"}]),
    ("Sáng 30/1, buổi làm việc đầu tiên của Đoàn công tác Bộ Y tế với tỉnh diễn ra tại Vinh.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-01-30"}]),
    ("Sáng 30/1, Chủ tịch tỉnh có buổi làm việc đầu tiên với các doanh nghiệp.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-01-30"}]),
]

# --- a back-reference with a verb after it ("Cuộc họp còn có …") joins the meeting reported before ------------
BACK_WITH_VERB = [
    ("Ngày 6/2, Ban Thường vụ Liên đoàn Lao động tỉnh Nghệ An đã nhóm họp tại Vinh. Cuộc họp còn có sự tham dự của "
     "đại diện các sở ngành.", PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-02-06"}]),
    ("Ngày 6/2, Liên đoàn Lao động tỉnh Nghệ An tổ chức nhóm họp tại Vinh. Cuộc họp còn có sự tham dự của đại diện "
     "các sở ngành.", PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-02-06"}]),
    ("Chiều 14/2, Công đoàn ngành Giáo dục tổ chức cuộc họp tại Huế. Cuộc họp còn nghe báo cáo về nhà ở giáo viên.",
     PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-02-14"}]),
    ("Cuộc họp còn có sự tham dự của đại diện các sở ngành.", PUBLISHED, []),
    ("Tổ dân phố nhóm họp thường kỳ hằng tháng.", PUBLISHED, []),
]

# --- someone named speaking at a meeting word the article names nothing before: the occasion it reports (GOLD.md
# attendees); after a meeting reported (a visit) it is a part of that one; after ("sau") the word it is no report
SPOKEN_AT = [
    ("Công trình do các đoàn viên công đoàn góp sức xây dựng sau nhiều cuộc họp bàn. Phát biểu tại buổi lễ, ông Lê "
     "Văn Hòa, Chủ tịch UBND huyện Kỳ Anh, chúc mừng thầy trò nhà trường.", PUBLISHED, [{"kind": "Lễ", "name": "Buổi lễ"}]),
    ("Năm qua, khách sạn của cảng phục vụ nhiều hội nghị quốc tế. Bà Trần Thị Hạnh, Giám đốc cảng, phát biểu tại cuộc "
     "họp báo rằng cảng sẵn sàng đón thêm tàu.", PUBLISHED, [{"kind": "Họp báo", "name": "Cuộc họp báo"}]),
    ("Chiều 3/2, Bộ trưởng Bộ Y tế đến thăm Bệnh viện Đa khoa tỉnh Hà Nam. Bệnh viện có 500 giường bệnh. Khu cách "
     "ly đã được phun khử khuẩn. Phát biểu tại buổi làm việc, Bộ trưởng Nguyễn Văn Long yêu cầu tỉnh khẩn trương "
     "xét nghiệm.", PUBLISHED, [{"kind": "Chuyến thăm", "date": "2023-02-03"}]),
    ("Năm qua, khách sạn của cảng phục vụ nhiều hội nghị quốc tế. Sau buổi lễ, ông Lê Văn Hòa, Chủ tịch UBND huyện, "
     "phát biểu với phóng viên.", PUBLISHED, []),
]

# --- talks by telephone, meetings named by whom they were with, two meetings joined by "và", and a bare
# "Tại cuộc họp" that presupposes the occasion of the lead
TALKS = [
    ("Trong cuộc điện đàm hôm qua với Ngoại trưởng Nhật Bản, Ngoại trưởng Australia cho biết hai nước sẽ tăng cường "
     "hợp tác.", "2023-08-16", [{"kind": "Điện đàm", "date": "2023-08-15"}]),
    ("Tổng thống Chile Gabriel Boric đã điện đàm với Thủ tướng Canada Justin Trudeau ngày 14/8.", PUBLISHED,
     [{"kind": "Điện đàm", "date": "2023-08-14"}]),
    ("Thủ tướng Thái Lan cho biết hai bên nhất trí cao sau cuộc điện đàm giữa hai Thủ tướng ngày 2/8/2023.", PUBLISHED,
     [{"kind": "Điện đàm", "date": "2023-08-02"}]),
    # asked for or ahead: none held
    ("Lãnh đạo hai nước đang chuẩn bị tiến hành điện đàm về vấn đề biên giới.", PUBLISHED, []),
    ("Hai bên cần phát huy các hình thức điện đàm, hội nghị trực tuyến để duy trì tiếp xúc.", PUBLISHED, []),
    # one meeting per counterpart, the office-holder named without "với"
    ("Bên lề Hội nghị Cấp cao ASEAN, Thủ tướng đã có các cuộc gặp song phương. Tại cuộc gặp Thủ tướng Lào Sonexay "
     "Siphandone, hai bên nhất trí tăng cường hợp tác. Tại cuộc gặp Tổng thống Indonesia Joko Widodo, Thủ tướng đề "
     "nghị thúc đẩy thương mại. Tại cuộc gặp với Thủ tướng Malaysia Anwar Ibrahim, hai nhà lãnh đạo bàn về biển.",
     PUBLISHED, [{"kind": "Hội nghị", "date": None}, {"kind": "Cuộc gặp", "name": "Cuộc gặp Thủ tướng Lào"},
                 {"kind": "Cuộc gặp", "name": "Cuộc gặp Tổng thống Indonesia"},
                 {"kind": "Cuộc gặp", "name": "Cuộc gặp với Thủ tướng Malaysia"}]),
    # an office right after a sitting's word is the next clause's subject
    ("Chiều 14/4, Chủ tịch nước khai mạc phiên họp Thủ tướng Nguyễn Văn Hậu đề nghị các bộ báo cáo.", PUBLISHED,
     [{"kind": "Phiên họp", "name": "Phiên họp"}]),
    # two meetings named with "và", each with its own name
    ("Bộ trưởng chúc mừng thành công của Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 3 và Đối thoại "
     "chiến lược Quốc phòng lần thứ 5.", PUBLISHED,
     [{"kind": "Giao lưu", "name": "Giao lưu hữu nghị"}, {"kind": "Đối thoại", "name": "Đối thoại chiến lược"}]),
    # meeting a community by "gặp và nói chuyện với", on a day of its own
    ("Tối 14/8, Phó Chủ tịch nước đã gặp và nói chuyện với cán bộ Đại sứ quán Việt Nam tại Hungary.", PUBLISHED,
     [{"kind": "Buổi gặp mặt", "date": "2023-08-14"}]),
    ("Ông thường gặp và nói chuyện với bạn bè cũ.", PUBLISHED, []),
    # a visit whose phrase goes on to a month after the article's day is one welcomed ahead, not one held
    ("Bộ trưởng đề nghị hai bên tăng cường trao đổi đoàn, hoan nghênh chuyến thăm Việt Nam của Bộ trưởng Ngoại giao "
     "Brazil nhân dịp dự Diễn đàn Kinh tế tại Hà Nội tháng 10/2023.", PUBLISHED, []),
    # a chair cue right before a meeting verb reports the meeting held, with no day given; not when planned or a task
    ("Sau khi nhận được báo cáo, ông Lê Văn Tâm - Chủ tịch UBND tỉnh Phú Yên đã chủ trì làm việc với các sở để hoàn "
     "chỉnh phương án.", PUBLISHED, [{"kind": "Buổi làm việc", "date": None, "chairs": ["Lê Văn Tâm"]}]),
    ("Tuần tới, ông Lê Văn Tâm - Chủ tịch UBND tỉnh Phú Yên sẽ chủ trì làm việc với các sở.", PUBLISHED, []),
    ("Thường trực Tỉnh ủy giao Chủ tịch UBND tỉnh chủ trì làm việc với các sở để hoàn chỉnh phương án.", PUBLISHED, []),
    # "… đã tổ chức X và sẽ …": what its subject does next, not a plan of the meeting
    ("Hai bộ đã tổ chức hội nghị trực tuyến giữa hai ngành y tế và sẽ tiếp tục chia sẻ kinh nghiệm.", PUBLISHED,
     [{"kind": "Hội nghị trực tuyến", "name": "Hội nghị trực tuyến"}]),
    ("Sáng 12/8, Sở Y tế tổ chức hội nghị tổng kết và sẽ công bố kết quả vào tuần sau.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-08-12"}]),
    ("Bộ Y tế sẽ tổ chức hội nghị trực tuyến giữa hai ngành và sẽ mời chuyên gia quốc tế.", PUBLISHED, []),
    # the one meeting the article reports, named again sentences on with whom it was held
    ("Ngày 14/8, Phó Chủ tịch UBND tỉnh Cà Mau làm việc với Sở Y tế tỉnh Cà Mau về tình trạng thiếu thuốc.\nBáo cáo "
     "vụ việc, Giám đốc Sở cho biết đã có công văn chấn chỉnh.\nNgoài ra, Sở yêu cầu các bệnh viện rà soát.\nCác "
     "bệnh viện phải báo cáo hằng tuần.\nTại cuộc họp với lãnh đạo tỉnh Cà Mau, Giám đốc Sở nhận trách nhiệm.",
     PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-08-14"}]),
    # a delegation's "chương trình làm việc tại/với": a working visit over its days, or a working session
    ("Trong hai ngày 9 - 10/8, Đoàn công tác Trường Chính trị tỉnh do Hiệu trưởng Lê Văn Hòa làm Trưởng đoàn đã có "
     "chương trình làm việc tại huyện Lục Yên, tỉnh Yên Bái.", PUBLISHED,
     [{"kind": "Chuyến công tác", "date": "2023-08-09/2023-08-10"}]),
    ("Ngày 10/8, Đoàn công tác của Bộ Y tế đã có chương trình làm việc với UBND tỉnh Yên Bái.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-08-10"}]),
    ("Tuần tới, Đoàn công tác của Bộ Y tế sẽ có chương trình làm việc với UBND tỉnh Yên Bái.", PUBLISHED, []),
    # "Tại cuộc họp" reports the occasion of the lead, which gives the day
    ("Chiều 14/8, sau khi nghe báo cáo của các sở, Chủ tịch UBND tỉnh nhận định tình hình hạn hán rất phức tạp.\n"
     "Chủ tịch tỉnh yêu cầu các huyện chủ động nguồn nước.\nTại cuộc họp, Chủ tịch tỉnh đồng ý với đề xuất của Sở "
     "Nông nghiệp.", PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-08-14"}]),
    # … after an intertitle, and over a day ahead in between
    ("Hạn hán ở mức báo động\nChiều 14/8, Chủ tịch UBND tỉnh nghe báo cáo về tình hình hạn hán.\nCác huyện phải bảo "
     "đảm nước cho vụ mùa trước ngày 30/9 tới.\nTại cuộc họp, Chủ tịch tỉnh đồng ý với đề xuất của Sở.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-08-14"}]),
    # … but a lead that counts cases up to a day dates no meeting
    ("Tính đến 17h ngày 14/8, toàn tỉnh ghi nhận 120 ca mắc sốt xuất huyết.\nPhát biểu tại buổi họp, Chủ tịch tỉnh "
     "yêu cầu các huyện phun thuốc diệt muỗi.", PUBLISHED, [{"kind": "Cuộc họp", "date": None}]),
]

# --- a sitting named by a word of its own, a body's routine briefing, a meeting convened ("triệu tập một …") ---------
SITTINGS_AND_BRIEFINGS = [
    ("Ông Trần Văn Bình, đại biểu đoàn Hà Nam phát biểu tại phiên bàn luận về dự án Luật Công đoàn (sửa đổi) ngày "
     "12-6 của Quốc hội.", PUBLISHED, [{"kind": "Phiên thảo luận", "date": "2023-06-12"}]),
    ("Bà Lê Thị Hạnh cho biết quan điểm của Tổng LĐLĐ tại buổi giao ban báo chí quý II tổ chức sáng 14-7.", PUBLISHED,
     [{"kind": "Giao ban", "date": "2023-07-14"}]),
    ("Tuần trước, Tổng thống đã triệu tập một hội nghị thượng đỉnh trực tuyến về khí hậu.", PUBLISHED,
     [{"kind": "Hội nghị", "date": None}]),
    # a person summoned, a meeting to be convened: none
    ("Công an huyện đã triệu tập một người đàn ông lên làm việc.", PUBLISHED, []),
    ("Thủ tướng sẽ triệu tập một cuộc họp khẩn với các bộ trưởng vào tuần tới.", PUBLISHED, []),
]

# --- a word of a meeting's own name names its series ("định kỳ"): the sitting its sentence dates is held ----------
SITTING_OF_A_SERIES = [
    ("Ông Lê Văn Hòa cho biết như vậy tại Hội nghị cung cấp thông tin định kỳ quý II do Bảo hiểm xã hội tỉnh tổ chức "
     "ngày 25-7.", PUBLISHED, [{"kind": "Hội nghị", "date": "2023-07-25"}]),
    # the custom said outside the name, or a recurring day: none held
    ("Hằng năm, Bảo hiểm xã hội tỉnh tổ chức Hội nghị cung cấp thông tin định kỳ cho báo chí.", PUBLISHED, []),
    ("Sở Lao động tổ chức hội nghị giao ban định kỳ với các doanh nghiệp vào ngày 25 hằng tháng.", PUBLISHED, []),
]

# --- a day after what is said in full between quotes is the clause's, not what is said ----------------------------
DAY_AFTER_A_QUOTE = [
    ("Ngay sau khi Bộ Y tế tổ chức họp báo và cho rằng \"bệnh viện đã vi phạm quy trình\" vào chiều 10-6, bệnh viện đã "
     "có ý kiến phản hồi.", PUBLISHED, [{"kind": "Họp báo", "date": "2023-06-10"}]),
    # the day inside what is said stays no day of the meeting
    ("Chiều nay, Bộ Y tế tổ chức họp báo và cho rằng bệnh viện đã vi phạm quy trình từ ngày 10-6.", None,
     [{"kind": "Họp báo", "date": None}]),
]

# --- a bill discussed on a day is the Assembly's sitting; a meeting dated after the page and planned in its sentence is
# announced -------------------------------------------------------------------------------------------------------
BILLS_AND_ANNOUNCED = [
    ("Chiều 5/11, Quốc hội thảo luận dự án Luật Cảnh sát biển Việt Nam.", UNDATED,
     [{"kind": "Phiên thảo luận", "date": "XXXX-11-05"}]),
    ("Ngày 5/11, thảo luận về dự án Luật Thanh niên lần cuối trước khi Quốc hội biểu quyết.", UNDATED,
     [{"kind": "Phiên thảo luận", "date": "XXXX-11-05"}]),
    ("Bộ Tư pháp cho biết các chuyên gia sẽ thảo luận dự án luật này vào ngày 20/11.", UNDATED, []),
    ("Bộ trưởng Lê Văn Thanh trả lời ý kiến đại biểu trong buổi thảo luận về việc gia nhập Công ước số 87.", UNDATED,
     [{"kind": "Phiên thảo luận", "date": None}]),
    ("Trong cuộc thảo luận ngày 4/1, Tổng thống đe dọa đóng cửa chính phủ nhiều tháng.", UNDATED,
     [{"kind": "Phiên thảo luận", "date": "XXXX-01-04"}]),
    ("Các cuộc thảo luận về thương vụ đã bắt đầu từ năm ngoái.", UNDATED, []),
    ("Tại họp đại hội đồng cổ đông ngày 18/8, ngân hàng sẽ trình cổ đông phương án tăng vốn.", PUBLISHED, []),
    # what someone says will be done, at a meeting the page reports the day before it is held, still reports it
    ("Sáng 18/8, tại hội nghị, Bộ trưởng Lê Văn Thành cho biết Bộ sẽ sửa Luật Việc làm.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-08-18"}]),
]

# --- a bare year after a proper word of a meeting's name is its edition and dates it; "năm" before the year, a
# lower-case word (a law, a plan) or a year written apart is what the meeting reviews or plans -------------------------
EDITION_YEARS = [
    ("Nam ca sĩ mặc vest trắng khi dự lễ trao giải MAMA 2016. Tại lễ trao giải Billboard 2019, anh lại chọn áo da.",
     UNDATED, [{"kind": "Lễ", "date": "2016"}, {"kind": "Lễ", "date": "2019"}]),
    ("Thủ tướng đã dự Hội nghị thượng đỉnh G7 2019 tại Pháp.", "2020-03-02", [{"kind": "Hội nghị", "date": "2019"}]),
    ("Công đoàn ngành đã tổ chức Hội nghị tổng kết năm 2019.", "2020-03-02", [{"kind": "Hội nghị", "date": None}]),
    ("Sở Lao động đã tổ chức Hội nghị triển khai Bộ luật Lao động 2019.", "2020-03-02",
     [{"kind": "Hội nghị", "date": None}]),
    # an edition after the page's day is one ahead, none held
    ("Ban tổ chức đã công bố danh sách đề cử của lễ trao giải MAMA 2024.", PUBLISHED, []),
]

# --- a time of the week or of late days right after a bare meeting word gives it an occasion of its own; coming back
# from a meeting reports it held ------------------------------------------------------------------------------------
TIMED_AND_RETURNED = [
    ("Lô hàng được chuyển đi sau cuộc hội đàm trong tuần này giữa Tổng thống Pháp và Thủ tướng Đức.", PUBLISHED,
     [{"kind": "Hội đàm", "date": None}]),
    ("Hai bên đã đạt được thỏa thuận tại cuộc gặp mới đây, người phát ngôn Bộ Ngoại giao cho biết ngày 15/8.",
     PUBLISHED, [{"kind": "Cuộc gặp", "date": None}]),
    ("Tổng thống xuống máy bay tại căn cứ Andrews sau khi trở về từ hội nghị thượng đỉnh NATO ở Brussels.", UNDATED,
     [{"kind": "Hội nghị", "date": None}]),
    # a time ahead, or a plan, stays no meeting held
    ("Hai bộ trưởng sẽ gặp nhau tại cuộc họp trong tuần này.", PUBLISHED, []),
    ("Dự kiến cuộc hội đàm trong tuần này giữa hai ngoại trưởng sẽ bàn về thương mại.", PUBLISHED, []),
]

# --- what a visit is for is no report of it; a name cut before whom it names drops the preposition; a verb that
# says what a meeting meant ends its name ---------------------------------------------------------------------------
PURPOSES_AND_NAME_ENDS = [
    ("Theo báo chí Nhật Bản, chuyến thăm Hà Nội của ông Suzuki là để tham dự lễ kỷ niệm 50 năm quan hệ hai nước.",
     UNDATED, [{"kind": "Lễ", "date": None}]),
    ("Đoàn đại biểu tỉnh đã có chuyến thăm Viêng Chăn để dự lễ kỷ niệm ngày thành lập tỉnh kết nghĩa.", UNDATED,
     [{"kind": "Chuyến thăm", "date": None}, {"kind": "Lễ", "date": None}]),
    ("Sáng 3/5, chuyến thăm Hà Nội của ông Suzuki đã bắt đầu.", PUBLISHED,
     [{"kind": "Chuyến thăm", "name": "Chuyến thăm Hà Nội", "date": "2023-05-03"}]),
    ("Ngày 4/6, tàu huấn luyện của Hải quân Pháp cập cảng Tiên Sa. Chuyến thăm thể hiện cam kết của Pháp với hợp tác "
     "hai nước.", PUBLISHED, []),
]

# --- a short sentence past the lead, with no day, that a photo credit follows is a caption: a meeting named only there
# is no report; the meeting the body reports stays, with whoever the caption shows speaking -------------------------
PHOTO_CAPTIONS = [
    ("Bộ Ngoại giao Nhật Bản thay người phát ngôn\nBộ trưởng cho biết sẽ sớm bổ nhiệm người phát ngôn mới. Người phát "
     "ngôn Bộ Ngoại giao Nhật Bản trong một cuộc họp báo ở Tokyo. Ảnh: Kyodo. Theo báo Asahi, quyết định sẽ được công "
     "bố trong tháng.", PUBLISHED, []),
    ("Công đoàn ngành tổng kết năm\nSáng 5/1, Công đoàn ngành Y tế tổ chức Hội nghị tổng kết năm 2022. Ông Lê Văn Hòa "
     "phát biểu tại hội nghị. Ảnh: Thu Hà. Hội nghị đã bầu bổ sung hai ủy viên.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-01-05", "attendees": ["Lê Văn Hòa"]}]),
    # the credit in brackets right after the caption's last word
    ("Vinamilk họp cổ đông\nĐại hội đồng cổ đông của Vinamilk diễn ra sáng 14/8. Toàn cảnh phiên họp cổ đông của "
     "Vinamilk đang diễn ra (Ảnh: Minh Anh). Tại đại hội, bà Mai cho biết công ty sẽ chia cổ tức.", PUBLISHED,
     [{"kind": "Đại hội đồng cổ đông", "date": "2023-08-14"}]),
]

# --- a body's working session or dialogue told in the past tense with whom it met is held without a day; a job or
# work in general is not; a kind word opening a quoted name is named ----------------------------------------------
PAST_SESSIONS_AND_QUOTED = [
    ("Liên đoàn Lao động tỉnh Bình Dương cũng đã trực tiếp làm việc với Ban Giám đốc Công ty may Thái Bình.", UNDATED,
     [{"kind": "Buổi làm việc", "date": None, "organizer": "Liên đoàn Lao động tỉnh Bình Dương"}]),
    ("Liên đoàn Lao động tỉnh Bình Dương đã đối thoại với công nhân Công ty may Thái Bình.", UNDATED,
     [{"kind": "Đối thoại", "date": None}]),
    ("Công ty đã làm việc với các chuyên gia nước ngoài để cải tiến dây chuyền.", UNDATED, []),
    ("Anh Tâm đã làm việc tại Công ty may Thái Bình từ năm 2015.", UNDATED, []),
    ("Sản phẩm được giới thiệu tại “Diễn đàn chuyển đổi số ngành y tế” lần thứ 2, diễn ra sáng 20/4.", "2023-04-21",
     [{"kind": "Diễn đàn", "date": "2023-04-20"}]),
    ("Nhiều bạn đọc đã gửi ý kiến tới “diễn đàn” của báo.", "2023-04-21", []),
]

# --- two sides meeting each other, and an assembly questioning a minister on a day, are meetings; a questioning said
# of voters, or an answer, is none -------------------------------------------------------------------------------
MET_EACH_OTHER_AND_QUESTIONED = [
    ("Ngày 14/8, Ngoại trưởng Pháp Pierre Martin và Ngoại trưởng Đức Hans Weber đã gặp nhau bên lề Hội nghị G20.",
     PUBLISHED, [{"kind": "Cuộc gặp", "date": "2023-08-14"}, {"kind": "Hội nghị", "date": None}]),
    ("Ngày 14/8, hai người bạn cũ gặp nhau ở quán cà phê.", PUBLISHED, []),
    ("Sáng 14/8, Quốc hội chất vấn Bộ trưởng Bộ Công Thương.", PUBLISHED,
     [{"kind": "Phiên chất vấn", "date": "2023-08-14", "organizer": "Quốc hội Việt Nam"}]),
    ("Sáng 14/8, Quốc hội tiến hành phiên chất vấn. Đại biểu Lê Văn An chất vấn Bộ trưởng Bộ Công Thương về giá điện.",
     PUBLISHED, [{"kind": "Phiên chất vấn", "date": "2023-08-14"}]),
    ("Cử tri chất vấn vì sao dự án chậm tiến độ.", PUBLISHED, []),
]

# --- a sector or a force told to do something ("chỉ đạo ngành y tế …, làm việc với …") is given a task: no meeting
# held; the sector's leaders meeting on a day are -------------------------------------------------------------------
SECTORS_GIVEN_TASKS = [
    ("Chiều 14/8, Bộ Y tế đã chỉ đạo ngành y tế tỉnh khẩn trương truy vết, làm việc với lãnh đạo các huyện.", PUBLISHED,
     []),
    ("Chiều 14/8, Thủ tướng chỉ đạo lực lượng chức năng tổ chức họp báo công bố vụ việc.", PUBLISHED, []),
    ("Sáng 14/8, Sở Y tế đã làm việc với lãnh đạo ngành giáo dục tỉnh.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-08-14"}]),
]

# --- a meeting named right after another as its place ("cuộc gặp song phương tại hội nghị thượng đỉnh …") is a
# meeting of its own; "Tại buổi làm việc" opening the next sentence still points back to the visit just reported -----
FRAMED_BY_ANOTHER = [
    ("Chiều 14/8, hai nhà lãnh đạo có cuộc gặp song phương tại Hội nghị Cấp cao ASEAN ở Jakarta.", PUBLISHED,
     [{"kind": "Cuộc gặp", "date": "2023-08-14"}, {"kind": "Hội nghị", "date": None}]),
    ("Thỏa thuận được đưa ra trong cuộc gặp song phương tại hội nghị thượng đỉnh G7 đang diễn ra ở Hiroshima.", UNDATED,
     [{"kind": "Cuộc gặp", "date": None}, {"kind": "Hội nghị", "date": None}]),
]

# --- a past occasion given a time with "hồi" in place of its name ("tại cuộc họp hồi tháng 5", "cuộc gặp hồi tuần
# trước") is a meeting the text reports held (NOTES.md item 19), dated by its month; a month that opens the clause
# dates the meeting its clause reports with "vừa qua" / "vừa rồi" before its comma as without (NOTES.md item 32) --
RECALLED_WITH_HOI = [
    ("Theo bà Lan, tại buổi đối thoại hồi tháng 4, công nhân đã nêu 12 kiến nghị về tiền lương.", PUBLISHED,
     [{"kind": "Đối thoại", "date": "2023-04"}]),
    ("Tại cuộc hội đàm hồi tháng 6/2022, hai bên đã ký ba văn bản hợp tác.", PUBLISHED,
     [{"kind": "Hội đàm", "date": "2022-06"}]),
    ("Sáng kiến được hai bộ trưởng công bố sau cuộc gặp hồi cuối tuần trước ở Tokyo.", PUBLISHED,
     [{"kind": "Cuộc gặp", "date": None}]),
    ("Bà cho biết tại cuộc họp hồi tháng 5, hai bên chưa đạt được thỏa thuận.", UNDATED,
     [{"kind": "Cuộc họp", "date": "XXXX-05"}]),
    # after a meeting of another day, a past occasion of its own, not a pointer back to it
    ("Sáng 14/8, Sở Xây dựng tổ chức hội nghị giao ban. Tại cuộc họp hồi tháng 7, Sở đã giao nhiệm vụ cho các phòng.",
     PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-14"}, {"kind": "Cuộc họp", "date": "2023-07"}]),
    # without "hồi" a past occasion of the kind stays recalled; a plan stays none
    ("Tại buổi lễ năm ngoái, Công đoàn ngành Y tế đã trao 300 suất quà cho nhân viên.", PUBLISHED, []),
    ("Tháng 8 này, Sở Du lịch sẽ tổ chức hội nghị xúc tiến du lịch.", PUBLISHED, []),
]
FRONTED_MONTH_TAILS = [
    ("Tháng 5 vừa qua, Hội Nông dân tỉnh đã tổ chức hội thảo về chuyển đổi số.", PUBLISHED,
     [{"kind": "Hội thảo", "date": "2023-05"}]),
    ("Cuối tháng 6 vừa rồi, Công đoàn ngành đã tổ chức lễ tuyên dương 50 công nhân giỏi.", UNDATED,
     [{"kind": "Lễ", "date": "XXXX-06"}]),
    ("Năm 2022 vừa qua, Tổng công ty đã tổ chức Đại hội cổ đông bất thường.", PUBLISHED,
     [{"kind": "Đại hội", "date": "2022"}]),
    ("Tháng 5 vừa qua, lượng khách quốc tế tăng mạnh.", PUBLISHED, []),
]
# --- a second occasion of another kind named in passing, meeting others: its own meeting, on the day of the first
OCCASIONS_BESIDE = [
    ("Chiều 14/7, đoàn công tác Tỉnh đoàn đã có buổi làm việc với Lãnh sự quán Việt Nam tại Lào. Ông Hùng cảm ơn "
     "Lãnh sự quán. Trong buổi giao lưu với lưu học sinh Việt Nam tại Lào, các em báo cáo kết quả học tập.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-07-14"}, {"kind": "Giao lưu", "date": "2023-07-14"}]),
    ("Sáng 3/9, đoàn đại biểu Hội Nông dân tỉnh đã có buổi làm việc với Sở Nông nghiệp tỉnh Lâm Đồng. Hai bên trao đổi "
     "kinh nghiệm. Đoàn cũng cảm ơn tỉnh. Tại buổi đối thoại với nông dân xã Lạc Dương, bà con nêu nhiều kiến nghị.",
     UNDATED, [{"kind": "Buổi làm việc", "date": "XXXX-09-03"}, {"kind": "Đối thoại", "date": "XXXX-09-03"}]),
    # the same kind, or any sitting ("cuộc họp"), named again with whom it met: the one meeting reported
    ("Sáng 14/7, Phó Chủ tịch tỉnh Lê Văn An làm việc với Sở Xây dựng tỉnh Đồng Tháp. Ông An phát biểu. Các sở "
     "báo cáo. Tại cuộc họp với lãnh đạo tỉnh Đồng Tháp, ông cho biết thêm.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-07-14"}]),
]

# --- an undated article's meeting takes the year its own name gives as its edition: after "thường niên", or after
# "năm" right after a capitalized word, a bracket or a quote of the name; not a year it reviews or plans ------------
EDITION_YEARS_OF_A_DAY = [
    ("Sáng 24/4, Công ty CP Dược Hậu Giang tổ chức đại hội đồng cổ đông (ĐHĐCĐ) thường niên năm 2022 tại Cần Thơ.",
     UNDATED, [{"kind": "Đại hội đồng cổ đông", "date": "2022-04-24"}]),
    ("Ngày 20/4, họp Đại hội đồng cổ đông thường niên 2022 của Ngân hàng TMCP Á Châu đã diễn ra tại TP.HCM.",
     UNDATED, [{"kind": "Đại hội đồng cổ đông", "date": "2022-04-20"}]),
    ("Ngày 12/6, UBND tỉnh Bắc Ninh phối hợp với Liên đoàn Lao động tỉnh tổ chức Hội nghị đối thoại với công nhân các "
     "khu công nghiệp Bắc Ninh năm 2018.", UNDATED, [{"kind": "Hội nghị", "date": "2018-06-12"}]),
    ("Lễ trao giải Cánh Diều 2019 diễn ra tối 8/3 tại Hà Nội.", UNDATED, [{"kind": "Lễ", "date": "2019-03-08"}]),
    # no day at all: the edition's year alone, as "Lễ trao giải Grammy 2014"
    ("Công ty CP Dược Hậu Giang đã tổ chức đại hội đồng cổ đông thường niên năm 2021 tại Cần Thơ.", UNDATED,
     [{"kind": "Đại hội đồng cổ đông", "date": "2021"}]),
    ("Liên đoàn Lao động tỉnh Nam Định đã tổ chức Hội nghị tổng kết công tác Công đoàn năm 2016.", UNDATED,
     [{"kind": "Hội nghị", "date": None}]),
    # what it reviews or discusses: no year
    ("Sáng 12/1, Liên đoàn Lao động tỉnh Nam Định tổ chức Hội nghị tổng kết công tác Công đoàn năm 2016.", UNDATED,
     [{"kind": "Hội nghị", "date": "XXXX-01-12"}]),
    ("Sáng 9/6, Hội đồng Tiền lương quốc gia họp phiên thứ nhất bàn về mức lương tối thiểu vùng năm 2019.", UNDATED,
     [{"kind": "Phiên họp", "date": "XXXX-06-09"}]),
    ("Ngày 22/4, Ngân hàng TMCP Quân đội tổ chức đại hội đồng cổ đông thường niên năm tài chính 2021.", UNDATED,
     [{"kind": "Đại hội đồng cổ đông", "date": "XXXX-04-22"}]),
    # a later year its sentences give is one it plans: the year of its name is a fiscal year, held the next
    ("Ngày 26/5, Ngân hàng TMCP Nam Á đã tổ chức Đại hội đồng cổ đông thường niên năm 2016 tại TP.HCM. Đại hội đã "
     "thông qua báo cáo hoạt động năm 2016, kế hoạch kinh doanh năm 2017.", UNDATED,
     [{"kind": "Đại hội đồng cổ đông", "date": "XXXX-05-26"}]),
    ("Sáng 7/7, Công đoàn Công ty Bách Hưng tổ chức Đại hội lần thứ nhất, nhiệm kỳ 2017-2022.", UNDATED,
     [{"kind": "Đại hội", "date": "XXXX-07-07"}]),
]

# --- a list a plan opens with a colon, its items joined by "và" in the plan's clause: each item planned; "vừa" of
# "doanh nghiệp vừa và nhỏ" is no past tense, and no word that ends a meeting's name ------------------------------
PLANNED_LIST_ITEMS = [
    ("Năm nay ban tổ chức sẽ mở thêm 2 phiên đặc biệt, gồm: Tài chính cho doanh nghiệp vừa và nhỏ và Hội nghị kết "
     "nối nhà đầu tư khởi nghiệp.", PUBLISHED, []),
    ("Chương trình gồm: Hội nghị kết nối nhà đầu tư khởi nghiệp diễn ra sáng 5/6.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-06-05"}]),
    ("Sáng 5/6, Sở Kế hoạch và Đầu tư vừa tổ chức Hội nghị hỗ trợ doanh nghiệp vừa và nhỏ.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-06-05", "name": "Hội nghị hỗ trợ doanh nghiệp vừa và nhỏ"}]),
]

# --- a bare meeting word taken by an organizing verb that someone named does is a meeting reported held, even
# with no day; not one planned, nor a bare word with no one doing it --------------------------------------------
ATTENDED_BARE = [
    ("Trở về nước, ông Lê Văn Nam đã tới trụ sở Bộ Tài chính tham dự cuộc họp nhằm bàn về giá xăng dầu.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": None}]),
    ("Bộ trưởng Nguyễn Văn Hùng đã dự cuộc họp để thống nhất phương án hỗ trợ ngư dân.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": None}]),
    ("Bộ trưởng Nguyễn Văn Hùng sẽ tham dự cuộc họp để thống nhất phương án hỗ trợ ngư dân.", PUBLISHED, []),
    ("Việc tham dự cuộc họp nhằm thống nhất phương án hỗ trợ ngư dân là cần thiết.", PUBLISHED, []),
]

# --- market and world news: a meeting awaited ("chờ đợi cuộc họp của Fed") or urged ("hối thúc một cuộc họp") lies
# ahead; a body that "đã tổ chức họp với …" reports a meeting held, even with no day ------------------------------
AWAITED_URGED_ORGANIZED = [
    ("Giới đầu tư đang chờ đợi cuộc họp của Ngân hàng Trung ương Nhật Bản, diễn ra vào ngày 27/4, để tìm tín hiệu.",
     UNDATED, []),
    ("Thị trường đang chờ đợi kết quả cuộc họp của Cục Dự trữ Liên bang Mỹ vào ngày 16/6.", UNDATED, []),
    ("Bộ trưởng Ngoại giao Ba Lan đã hối thúc một cuộc họp của các bộ trưởng quốc phòng NATO để bàn biện pháp.",
     UNDATED, []),
    ("Cục Hàng không Việt Nam cũng đã tổ chức họp với các hãng bay để thống nhất giá vé.", UNDATED,
     [{"kind": "Cuộc họp", "date": None}]),
    ("Cục Hàng không Việt Nam sẽ tổ chức họp với các hãng bay để thống nhất giá vé.", UNDATED, []),
    # reported held on its day, whatever the market awaited before
    ("Chiều 16/6, Cục Dự trữ Liên bang Mỹ đã kết thúc cuộc họp chính sách kéo dài hai ngày.", UNDATED,
     [{"kind": "Cuộc họp", "date": "XXXX-06-16"}]),
]

# --- a delegation that inspects, surveys or supervises a place on a day makes a visit (NOTES.md item 30), however
# long its name; not someone told to inspect, nor the delegation's own name, nor a plan; a launch ("buổi ra mắt") is
# a ceremony -------------------------------------------------------------------------------------------------------
DELEGATIONS_AND_LAUNCHES = [
    ("Ngày 12/5, Đoàn kiểm tra liên ngành của thành phố Đà Lạt gồm Đội Quản lý thị trường, Phòng Y tế, Công an thành "
     "phố đã kiểm tra khách sạn Hoa Hồng.", PUBLISHED, [{"kind": "Chuyến kiểm tra", "date": "2023-05-12"}]),
    ("Chiều 12/5, Đoàn giám sát của Hội đồng nhân dân tỉnh đã giám sát việc chi trả trợ cấp tại huyện Mèo Vạc.",
     PUBLISHED, [{"kind": "Chuyến giám sát", "date": "2023-05-12"}]),
    ("Ngày 12/5, Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra các khách sạn trên địa bàn.", PUBLISHED, []),
    ("Ngày 12/5, Cục Quản lý thị trường phối hợp với công an kiểm tra Công ty TNHH Hoa Hồng.", PUBLISHED, []),
    ("Sau đó, đoàn kiểm tra sẽ kiểm tra hồ sơ của công ty vào ngày 26/5.", PUBLISHED, []),
    ("Sáng 3/5, Đoàn công tác của Bộ Y tế đã về tỉnh Hà Nam để kiểm tra công tác phòng dịch tại các khu cách ly.",
     PUBLISHED, [{"kind": "Chuyến kiểm tra", "date": "2023-05-03"}]),
    # a delegation word inside a body's name is none; a noun is no verb
    ("Ngày 25/3, Tập đoàn Dữ liệu Quốc tế IDG đã khảo sát mức độ hài lòng của người dùng.", PUBLISHED, []),
    ("Chiều 8/4, Liên đoàn Lao động tỉnh Nghệ An tổ chức họp sơ kết chương trình giám sát việc thực hiện pháp luật.",
     PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-04-08"}]),
    ("Trong buổi ra mắt cuốn sách “Sống chậm” sáng 16/6, tác giả Lê Minh Hà đã ký tặng độc giả.", PUBLISHED,
     [{"kind": "Lễ ra mắt", "date": "2023-06-16"}]),
    ("Buổi ra mắt bộ phim dự kiến diễn ra vào cuối tháng 9.", PUBLISHED, []),
]

# --- another name written in brackets after a meeting's name names it again later; a different edition's name does
# not ---------------------------------------------------------------------------------------------------------------
BRACKETED_OTHER_NAMES = [
    ("Sáng 14/9, Hội nghị Thành phố thông minh (Smart City Asia Summit) năm 2022 được tổ chức tại Đà Nẵng. Ông Lê Văn "
     "Tâm phát biểu tại Hội nghị Smart City Asia Summit 2022.", UNDATED,
     [{"kind": "Hội nghị", "date": "2022-09-14"}]),
    ("Sáng 14/9, Hội nghị Thành phố thông minh (Smart City Asia Summit) được tổ chức tại Đà Nẵng. Ông Lê Văn Tâm nhắc "
     "lại Hội nghị Mekong Delta Forum do Bộ tổ chức tại Cần Thơ tháng 8/2021.", UNDATED,
     [{"kind": "Hội nghị", "date": "XXXX-09-14"}, {"kind": "Hội nghị", "date": "2021-08"}]),
]

# --- a kind word listed right after one of many is one of many too; bare kinds listed with no name and no day are
# kinds of activity, no meeting ------------------------------------------------------------------------------------
LISTED_KINDS = [
    ("Nhiều hội thảo, hội nghị quốc tế về di sản Huế đã được tổ chức trong năm qua.", PUBLISHED, []),
    ("Trong tuần lễ văn hóa, các Hội nghị, Hội thảo chuyên môn về nghề gốm cũng đã được tổ chức.", PUBLISHED, []),
    ("Tỉnh đề nghị các sở, ngành tổ chức hội thảo, hội nghị; đồng thời có chính sách hỗ trợ doanh nghiệp.",
     PUBLISHED, []),
    # one occasion named by two kinds, dated or named
    ("Sáng 8/3, Công đoàn Công ty tổ chức buổi gặp mặt, tọa đàm.", PUBLISHED,
     [{"kind": "Buổi gặp mặt", "date": "2023-03-08"}]),
    ("Sáng 12/5, Sở Văn hóa tỉnh tổ chức hội thảo, hội nghị khoa học về di sản Huế.", PUBLISHED,
     [{"kind": "Hội thảo", "date": "2023-05-12"}]),
]

# --- the lead's occasion dated through what is said at it ("… cho biết sẽ …") and through a run of days from the
# lead's own day
LEAD_OCCASION_SAID = [
    # a word of another time inside what someone says or undertakes at the occasion is not the occasion's time
    ("Sáng 9/3, UBND tỉnh Hà Nam đã trao giấy chứng nhận đầu tư cho 5 doanh nghiệp.\nCác dự án tập trung vào chế "
     "biến nông sản.\nTại buổi lễ, ông Trần Văn Bình, Chủ tịch UBND tỉnh, cho biết tỉnh sẽ tiếp tục cải cách thủ "
     "tục hành chính.", PUBLISHED, [{"kind": "Lễ", "date": "2023-03-09"}]),
    ("Chiều 21/7, Công ty Điện lực tỉnh Nam Định đưa trạm biến áp mới vào vận hành.\nTrạm có công suất lớn.\nPhát biểu "
     "tại buổi lễ, ông Nguyễn Văn Tâm, Giám đốc công ty, cam kết trong thời gian tới sẽ bảo đảm cung cấp điện ổn định.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-07-21"}]),
    # … and a run of days opening on the lead's day is no other day given since
    ("Sáng 12/7, lãnh đạo tỉnh Khánh Hòa đã đón đoàn đại biểu hữu nghị Lào đến thăm tỉnh.\nTừ ngày 12 đến 15/7, "
     "đoàn sẽ thăm một số địa phương.\nPhát biểu tại cuộc họp báo sau lễ đón, ông Phạm Văn Lâm, Trưởng đoàn, cho biết hai bên sẽ "
     "mở rộng hợp tác.", PUBLISHED,
     [{"kind": "Họp báo", "date": "2023-07-12"}, {"kind": "Lễ", "name": "Lễ đón", "date": "2023-07-12"}]),
    # … but a day of its own before it still puts the occasion elsewhere, and so does a word of another time before
    # the verb of saying
    ("Sáng 9/3, UBND tỉnh Hà Nam đã trao giấy chứng nhận đầu tư cho 5 doanh nghiệp.\nNgày 14/3, các doanh nghiệp "
     "khởi công nhà xưởng.\nTại buổi lễ, ông Trần Văn Bình cho biết tỉnh sẽ tiếp tục hỗ trợ.", PUBLISHED,
     [{"kind": "Lễ", "date": None}]),
]

CASES = LEAD_OCCASION_SAID + SPOKEN_AT + BRACKETED_OTHER_NAMES + DELEGATIONS_AND_LAUNCHES + AWAITED_URGED_ORGANIZED + EDITION_YEARS_OF_A_DAY + LISTED_KINDS + ATTENDED_BARE + PLANNED_LIST_ITEMS + OCCASIONS_BESIDE + RECALLED_WITH_HOI + FRONTED_MONTH_TAILS + FRAMED_BY_ANOTHER + SECTORS_GIVEN_TASKS + MET_EACH_OTHER_AND_QUESTIONED + PAST_SESSIONS_AND_QUOTED + PHOTO_CAPTIONS + PURPOSES_AND_NAME_ENDS + TIMED_AND_RETURNED + EDITION_YEARS + BILLS_AND_ANNOUNCED + DAY_AFTER_A_QUOTE + SITTINGS_AND_BRIEFINGS + SITTING_OF_A_SERIES + TALKS + BACK_WITH_VERB + FIRST_WORKING_DAY + TASKS_AND_LISTS + ORDINALS + RUNS + NAMES + DATES_RELATIVE + OPENINGS + DATES + PLURAL + SCOPE + FIRST_LINES + KINDS + GROUPING + CHAIRS


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_meetings_on_unseen_shapes(text, published, expected):
    check(text, published, expected)


# --- a verb that is the meeting's predicate ends its name; a ceremony's word or a verb before its object does not
PREDICATE_NAMES = [
    ("Sau khi Hội nghị Ban Chấp hành Công đoàn tỉnh bế mạc chiều 5/6, các đại biểu đi thăm khu công nghiệp.",
     ["Hội nghị Ban Chấp hành Công đoàn tỉnh"]),
    ("Ngay khi Đại hội Công đoàn ngành Y tế khai mạc sáng 3/6, trời đổ mưa lớn.", ["Đại hội Công đoàn ngành Y tế"]),
    ("Sáng 3/6, Hội nghị tổng kết công tác năm 2022 kết thúc tại Hà Nội.", ["Hội nghị tổng kết công tác năm 2022"]),
    ("Sáng 3/6, Hội nghị kết thúc tốt đẹp.", ["Hội nghị"]),
    ("Sáng 3/6, Lễ bế mạc Hội thao công nhân diễn ra tại Hà Nội.", ["Lễ bế mạc Hội thao công nhân"]),
    ("Sáng 3/6, buổi lễ khai mạc diễn ra tại Hà Nội.", ["Lễ khai mạc"]),
    ("Sáng 3/6, lễ khai mạc và bế mạc Hội thao công nhân diễn ra tại Hà Nội.",
     ["Lễ khai mạc và bế mạc Hội thao công nhân"]),
    # a quantifier opens the clause's subject: "nhiều đại biểu" is who spoke, no part of the name
    ("Tại kỳ họp thứ 5 HĐND tỉnh khóa X nhiều đại biểu đề nghị tăng lương.", ["Kỳ họp thứ 5 HĐND tỉnh khóa X"]),
    # its object follows: no predicate, and a programme that ends a stage is no meeting held
    ("Chương trình “Sáng tạo trẻ vì cộng đồng” kết thúc giai đoạn 2020 - 2023 đã tiếp cận 40 tỉnh.", []),
    # what a meeting meant ends its name; a preposition left before whom it names is dropped; "phòng, chống" goes on
    ("Sáng 3/6, đoàn đại biểu tỉnh Chiba có chuyến thăm Đà Nẵng đánh dấu 20 năm kết nghĩa.", ["Chuyến thăm Đà Nẵng"]),
    ("Sáng 3/6, chuyến thăm Hà Nội của ông Suzuki đã bắt đầu.", ["Chuyến thăm Hà Nội"]),
    ("Tại cuộc họp Ban Chỉ đạo về phòng, chống thiên tai sáng 3/6, Phó Thủ tướng yêu cầu các tỉnh sơ tán dân.",
     ["Cuộc họp Ban Chỉ đạo về phòng, chống thiên tai"]),
    # a word that opens with a part of the day but is no time goes on with the name; the time itself ends it
    ("Sáng 3/6, Công đoàn ngành tổ chức hội thảo về lương tối thiểu vùng.", ["Hội thảo về lương tối thiểu vùng"]),
    ("Hội thảo về lương tối 3/6 đã thu hút nhiều chuyên gia.", ["Hội thảo về lương"]),
    # the quotes opening before its kind word are not kept as a stray closing one
    ("Sản phẩm được giới thiệu tại “Diễn đàn chuyển đổi số ngành y tế” lần thứ 2, diễn ra sáng 3/6.",
     ["Diễn đàn chuyển đổi số ngành y tế lần thứ 2"]),
]


@pytest.mark.parametrize(("text", "names"), PREDICATE_NAMES)
def test_meeting_name_ends_before_its_predicate(text, names):
    events = sorted(facts_of(meetings_doc(text, PUBLISHED), "events"), key=lambda e: e.start)
    assert [event_json(event)["name"] for event in events] == names
