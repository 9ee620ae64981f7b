"""Meetings on the shapes a second audit of unseen bulk articles found missed or misread: ceremonies
by what they do and how they are held, a body's subject closed by its short name or term, another
ceremony of the day before, a meeting named right after "họp", a questioning, predicates listed after a
comma that share the plan and the day of the first, captions of a meeting's scene, days counted from the one
just reported; from a fifth audit, two meetings of one article or one phrase kept apart, each with its own day
(a cue inside a body's name, one more sitting, a day written after the second name, other counterparts, names
joined by "và", a day counted without "đó"), and a meeting placed at or after before a promise on a day ahead, a
meeting's outcome, a day of its own gone by, a plan after a place written aside, a plan carried out. Each row is
written for these tests in the shape Vietnamese news uses (no article text is copied); rows with ``[]`` must stay
empty.

The helpers and their conventions are those of ``test_extract_meetings.py``.
"""

from __future__ import annotations

import pytest

from test_extract_meetings import PUBLISHED, UNDATED, check

# --- ceremonies: a draw, a requiem, a "đại lễ", one performed ("làm lễ", "cử hành") -------------------------
CEREMONIES = [
    ("Chiều 4/8, tại Hà Nội, Liên đoàn Bóng chuyền Việt Nam tổ chức lễ bốc thăm giải vô địch quốc gia.",
     PUBLISHED, [{"kind": "Lễ", "date": "2023-08-04"}]),
    ("Tối 9/7, Ban Trị sự Giáo hội Phật giáo tỉnh long trọng tổ chức đại lễ cầu siêu cho các anh hùng liệt sĩ.",
     PUBLISHED, [{"kind": "Đại lễ", "date": "2023-07-09"}]),
    ("Sáng 2/6, Giáo hội Phật giáo Việt Nam khai mạc Đại lễ Phật đản tại chùa Tam Chúc.", PUBLISHED,
     [{"kind": "Đại lễ", "date": "2023-06-02"}]),
    ("Đoàn công tác của Bộ Chỉ huy Quân sự tỉnh đã làm lễ đón nhận hài cốt liệt sĩ tại cửa khẩu Cầu Treo.",
     PUBLISHED, [{"kind": "Lễ", "date": None}]),
    ("Sáng 20/7, huyện Đô Lương cử hành lễ truy điệu các liệt sĩ tại nghĩa trang huyện.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-07-20"}]),
    # a holiday, a hall, a family's rite: no ceremony held
    ("Nhiều tuyến phố đông người trong dịp đại lễ 30/4 và 1/5.", PUBLISHED, []),
    ("Tối 12/6, tại Đại lễ đường Nhân dân, hai nhà lãnh đạo dự tiệc chiêu đãi.", PUBLISHED, []),
    ("Gia đình anh Tâm làm lễ cúng tất niên chiều 30 Tết.", PUBLISHED, []),
    ("Sáng 11/5, gia đình làm lễ an táng cho nạn nhân tại quê nhà.", PUBLISHED, []),
]

# --- another ceremony after one reported: not the same one because both are Lễ ---------------------------------
ANOTHER_CEREMONY = [
    ("Sáng 20/7, tại nghĩa trang huyện đã diễn ra lễ truy điệu 15 liệt sĩ. Trước đó, đoàn công tác của tỉnh đã làm "
     "lễ đón nhận hài cốt các liệt sĩ tại cửa khẩu.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-07-20"}, {"kind": "Lễ", "name": "lễ đón"}]),
    # the same ceremony named again, by its own words or by one it holds: one
    ("Sáng 5/8, Công ty Thép Miền Bắc tổ chức lễ khởi công nhà máy mới. Phát biểu tại lễ khởi công, Giám đốc "
     "Trần Văn Hải cảm ơn chính quyền.", PUBLISHED, [{"kind": "Lễ", "date": "2023-08-05"}]),
    ("Sáng 5/8, trường tổ chức lễ kỷ niệm 40 năm thành lập và đón nhận Huân chương Lao động hạng Ba. Tại lễ "
     "đón nhận Huân chương, thầy hiệu trưởng ôn lại chặng đường đã qua.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-08-05"}]),
]

# --- a body that meets, its short name or its term closing its name before the verb --------------------------
BODY_WITH_TERM = [
    ("Ngày 3/8, Hội đồng quản trị Ngân hàng TMCP Đông Nam (SEB) nhiệm kỳ 2023-2028 đã họp để bầu chủ tịch mới.",
     PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-08-03"}]),
    ("Ngày 3/8, Ban Chấp hành Công đoàn ngành Xây dựng khóa IV đã họp để kiện toàn nhân sự.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-08-03"}]),
    ("Chiều 3/8, Ban Thường vụ Tỉnh ủy Bắc Kạn (khóa XII) đã họp cho ý kiến về quy hoạch tỉnh.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-08-03"}]),
    # a person's age in brackets is no body's name
    ("Ngày 3/8, anh Nguyễn Văn Tùng (32 tuổi) đã gặp bạn cũ ở quán cà phê.", PUBLISHED, []),
]

# --- "tổ chức họp" and the meeting named after it: one meeting ---------------------------------------------
HELD_NAMED_AFTER = [
    ("Sáng 26/4, Công ty Cổ phần Sữa Hà Nội (HNM) tổ chức họp đại hội đồng cổ đông thường niên 2023.", PUBLISHED,
     [{"kind": "Đại hội đồng cổ đông", "date": "2023-04-26"}]),
]

# --- working with a person named by initials is a questioning --------------------------------------------------
QUESTIONING = [
    ("Ngày 2/8, Công an huyện Củ Chi đã làm việc với bà L.T.M. về việc đăng tin sai sự thật trên mạng xã hội.",
     PUBLISHED, []),
    ("Ngày 2/8, Công an tỉnh đã làm việc với anh N.V.H (ngụ xã Tân Phú) để làm rõ vụ việc.", PUBLISHED, []),
    # a named official: a working session
    ("Ngày 2/8, Sở Y tế đã làm việc với ông Lê Văn Thành, Giám đốc Bệnh viện Đa khoa tỉnh.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-08-02"}]),
]

# --- predicates listed after a comma with no subject of their own share the plan and the day of the first ----
LISTED_PREDICATES = [
    ("Ngày 18/8, Chủ tịch nước sẽ thăm Tòa thị chính Paris, hội kiến với Thị trưởng thành phố.", PUBLISHED, []),
    ("Trong ngày 17/8, dự kiến Bộ trưởng có cuộc gặp cộng đồng người Việt, dự tọa đàm về hợp tác giáo dục.",
     PUBLISHED, []),
    ("Sáng 14/8, Thủ tướng tiếp Đại sứ Hàn Quốc, hội kiến với Chủ tịch Tập đoàn Samsung.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": "2023-08-14"}, {"kind": "Hội kiến", "date": "2023-08-14"}]),
    ("Sáng 14/8, Phó Thủ tướng tiếp Đại sứ Hàn Quốc, dự hội nghị xúc tiến đầu tư vào miền Trung.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": "2023-08-14"}, {"kind": "Hội nghị", "date": "2023-08-14"}]),
    # a subject of its own after the comma: held as reported
    ("Sáng 14/8, Thủ tướng sẽ tiếp Đại sứ Hàn Quốc, Phó Thủ tướng đã chủ trì hội nghị xúc tiến đầu tư.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-08-14"}]),
]

# --- a reception reported in the past with whom it received named needs no day ---------------------------------
RECEIVED_IN_PAST = [
    ("Trước đó, tại Phủ Chủ tịch, Chủ tịch nước đã tiếp Phó Chủ tịch Quốc hội Cuba Ana María Mari Machado.",
     PUBLISHED, [{"kind": "Buổi tiếp", "date": None}]),
    ("Bộ trưởng Bộ Công Thương đã tiếp Đoàn doanh nghiệp Nhật Bản tại trụ sở Bộ.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": None}]),
    # whom it received named with a form of address, then the name
    ("Chiều 9/8, Phó Chủ tịch Quốc hội đã tiếp ông Trịnh Quang Vũ, Đại sứ Việt Nam tại Ai Cập.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": "2023-08-09"}]),
    ("Sáng 3/8, Chủ tịch Tổng LĐLĐ Việt Nam tiếp đồng chí Lò Văn Thắng, Bí thư Huyện ủy Mường La.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": "2023-08-03"}]),
    # … not a meeting with anyone so named ("gặp ông A" is as often a reporter's encounter)
    ("Sáng 3/8, phóng viên gặp ông Đinh Văn Tư tại nhà riêng.", PUBLISHED, []),
    # taking in, going on: no reception
    ("Bệnh viện Bạch Mai đã tiếp nhận 40 bệnh nhân nặng từ tuyến dưới.", PUBLISHED, []),
    ("Bộ trưởng sẽ tiếp Đoàn doanh nghiệp Nhật Bản tại trụ sở Bộ.", PUBLISHED, []),
]

# --- a plan in a clause of its own after the meeting's name is not the meeting's ----------------------------------
PLAN_OF_ANOTHER_CLAUSE = [
    ("Chuyến thăm của Tổng thống diễn ra chỉ một ngày sau khi phe đối lập tuyên bố có kế hoạch biểu tình.",
     PUBLISHED, [{"kind": "Chuyến thăm", "date": None}]),
    # the meeting's own plan stays one
    ("Hội nghị thượng đỉnh sẽ diễn ra tại Hà Nội.", PUBLISHED, []),
]

# --- talks with a person named by a run of offices, then by one office: one meeting --------------------------------
SAME_COUNTERPART = [
    ("Sáng 10/8, Chủ tịch nước Võ Văn Thưởng đã hội đàm với Tổng thống, Thủ tướng Lào Sonexay Siphandone. Sau đó "
     "Chủ tịch nước Võ Văn Thưởng hội đàm với Thủ tướng Lào Sonexay Siphandone về hợp tác kinh tế.", PUBLISHED,
     [{"kind": "Hội đàm", "date": "2023-08-10"}]),
    # another person met: two meetings
    ("Sáng 10/8, Chủ tịch nước tiếp Đại sứ Nhật Bản Yamada Takio. Chiều 10/8, Chủ tịch nước tiếp Đại sứ Hàn Quốc "
     "Oh Young-ju.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": "2023-08-10"}, {"kind": "Buổi tiếp", "date": "2023-08-10"}]),
]

# --- many attending one meeting is no plural of meetings held here and there ----------------------------------
MANY_ATTEND_ONE = [
    ("Trong hai ngày 14-15/8, các đại biểu dự Hội nghị Bộ trưởng Kinh tế ASEAN thảo luận về chuỗi cung ứng.",
     PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-14/2023-08-15"}]),
    ("Những người tham dự Hội nghị thượng đỉnh khí hậu năm ngoái tại Ai Cập đều thừa nhận điều đó.", PUBLISHED,
     [{"kind": "Hội nghị", "date": None}]),
    # many holding: meetings here and there, none reported
    ("Nhiều công đoàn cơ sở đã tổ chức hội nghị người lao động trong tháng 3.", PUBLISHED, []),
]

# --- a caption of a meeting's scene with a credit after it names the meeting, reports none ---------------------
SCENE_CAPTIONS = [
    ("Ngân hàng Sài Gòn tăng vốn\nNăm nay ngân hàng sẽ tăng vốn điều lệ.\nQuang cảnh tại đại hội cổ đông Ngân hàng "
     "Sài Gòn. (Ảnh: SGB) Ngày 20/4, Ngân hàng Sài Gòn tổ chức Đại hội đồng cổ đông thường niên năm 2023.", UNDATED,
     [{"kind": "Đại hội đồng cổ đông", "date": "2023-04-20"}]),
    ("Nhà máy mới\nCông ty đang đẩy nhanh tiến độ thi công.\nToàn cảnh lễ khởi công nhà máy ngày 5/3/2021. Nguồn: "
     "Công ty Thép Việt Ngày nay, nhà máy đã hoàn thành 60% khối lượng.", PUBLISHED, []),
    # a body line closed by a credit after a dash is a caption: the meeting it names is the one the body reports,
    # or none
    ("Hội thảo 95 năm Công đoàn\nSáng 24/7, Tổng Liên đoàn tổ chức Hội thảo khoa học \"Công đoàn Việt Nam - 95 năm "
     "xây dựng\".\nNhiều đại biểu tham luận tại hội thảo.\nCác đại biểu dự hội thảo 95 năm Công đoàn, sáng 24-7 - Ảnh: "
     "MINH ANH.", PUBLISHED, [{"kind": "Hội thảo", "date": "2023-07-24"}]),
    ("Công đoàn chăm lo công nhân\nSáng 24/7, Liên đoàn Lao động tỉnh trao 200 suất quà cho công nhân.\nNăm nay Liên "
     "đoàn dành 5 tỷ đồng chăm lo công nhân.\nLãnh đạo tỉnh dự lễ khởi công nhà văn hóa công nhân, sáng 20-7 - Ảnh: "
     "MINH ANH.", PUBLISHED, []),
    # a caption of what someone does at an occasion is text ("… tặng quà tại chương trình …. Ảnh: …")
    ("Công đoàn chăm lo Tết\nChủ tịch LĐLĐ tỉnh tặng quà công nhân tại chương trình “Tết đoàn viên 2023”. Ảnh: "
     "Minh Anh Năm nay, LĐLĐ tỉnh dành 5 tỷ đồng chăm lo Tết.", PUBLISHED, [{"kind": "Chương trình"}]),
]

# --- a day counted from the one just reported ("Trước đó 1 ngày", "hai ngày sau đó") -----------------------------
COUNTED_DAYS = [
    ("Sáng 10/8, tại nghĩa trang tỉnh đã diễn ra lễ truy điệu 12 liệt sĩ. Trước đó 1 ngày, Bộ Chỉ huy Quân sự tỉnh "
     "làm lễ đón nhận hài cốt các liệt sĩ tại cửa khẩu.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-08-10"}, {"kind": "Lễ", "date": "2023-08-09"}]),
    ("Sáng 1/8, Bộ trưởng Bộ Công Thương tiếp Đại sứ Nhật Bản. Hai ngày sau đó, Bộ trưởng chủ trì hội nghị xúc tiến "
     "thương mại với các doanh nghiệp Nhật Bản.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": "2023-08-01"}, {"kind": "Hội nghị", "date": "2023-08-03"}]),
    # "đó" left out before the comma; a weak verb's meeting stands on the day counted
    ("Hôm 1/8, Ngoại trưởng Mỹ có cuộc gặp với Ngoại trưởng Anh. Một ngày sau, ông có cuộc gặp với Ngoại trưởng Ấn "
     "Độ.", PUBLISHED, [{"kind": "Cuộc gặp", "date": "2023-08-01"}, {"kind": "Cuộc gặp", "date": "2023-08-02"}]),
    ("Sáng 3/8, đoàn công tác làm việc với UBND tỉnh Lào Cai. Hai ngày sau, đoàn làm việc với UBND tỉnh Yên Bái.",
     PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-08-03"}, {"kind": "Buổi làm việc", "date": "2023-08-05"}]),
    # a count from another event ("sau khi …"), a private job: none
    ("Sáng 3/8, đoàn công tác làm việc với UBND tỉnh Lào Cai. Hai ngày sau khi nhận được báo cáo, tỉnh đã xử lý.",
     PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-08-03"}]),
    ("Anh Tuấn làm việc tại một công ty xây dựng. Hai ngày sau, anh gặp tai nạn.", PUBLISHED, []),
    # "Trước đó" with no count gives no day
    ("Sáng 1/8, Bộ trưởng Bộ Công Thương tiếp Đại sứ Nhật Bản. Trước đó, Bộ trưởng chủ trì hội nghị xúc tiến "
     "thương mại với các doanh nghiệp Nhật Bản.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": "2023-08-01"}, {"kind": "Hội nghị", "date": None}]),
]

# --- a fifth audit: two meetings in one article or one phrase, each kept with its own day ------------------------------
# a cue inside a body's name says nothing of the meeting ("Giáo dục thường xuyên" is no custom)
CUE_IN_BODY_NAME = [
    ("Ngày 30/7, Ban Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Yên Thế đã tổ chức họp, "
     "yêu cầu giáo viên viết bản tường trình.", PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-07-30"}]),
    ("Sáng 2/8, Trung tâm Giáo dục Thường xuyên tỉnh Hà Nam tổ chức hội nghị cán bộ, viên chức.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-08-02"}]),
    # the custom itself still keeps it out
    ("Hằng năm, Trung tâm Giáo dục Thường xuyên tỉnh Hà Nam tổ chức hội nghị cán bộ, viên chức.", PUBLISHED, []),
    ("Trung tâm Giáo dục Thường xuyên tỉnh Hà Nam thường xuyên tổ chức hội nghị cán bộ, viên chức.", PUBLISHED, []),
]

# a second meeting of a sentence written with its own day after its name: that day, not the first meeting's
OWN_DAY_AFTER_NAME = [
    ("Hội nghị lấy ý kiến cử tri lần thứ nhất diễn ra ngày 5/7, còn hội nghị lấy ý kiến cử tri lần thứ hai diễn ra "
     "ngày 20/7.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-07-05"}, {"kind": "Hội nghị", "date": "2023-07-20"}]),
    ("Khi diễn ra hội nghị hiệp thương lần thứ nhất (ngày 4/6), ông Tâm đang bị kiểm tra, còn tại hội nghị hiệp "
     "thương lần thứ hai (19/7) ông vẫn được giới thiệu.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-06-04"}, {"kind": "Hội nghị", "date": "2023-07-19"}]),
    ("Tại phiên họp thứ hai (15/6), các thành viên Hội đồng đã thảo luận về dự thảo quy chế.", PUBLISHED,
     [{"kind": "Phiên họp", "date": "2023-06-15"}]),
    # a ratio in brackets dates nothing that is not a meeting's
    ("Công ty đã hoàn thành 3 trong 5 hạng mục (3/5) của dự án.", PUBLISHED, []),
]

# two receptions or working sessions of one day with different counterparts: two meetings
OTHER_COUNTERPARTS = [
    ("Ngày 7/8, Thủ tướng tiếp Đại sứ Nhật Bản. Chiều cùng ngày, Thủ tướng tiếp Đại sứ Hàn Quốc.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": "2023-08-07"}, {"kind": "Buổi tiếp", "date": "2023-08-07"}]),
    ("Sáng 8/8, Chủ tịch UBND tỉnh Nguyễn Văn Hòa có buổi làm việc với Sở Y tế. Chiều cùng ngày, ông Hòa có buổi làm "
     "việc với Sở Giáo dục và Đào tạo.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": "2023-08-08"}, {"kind": "Buổi làm việc", "date": "2023-08-08"}]),
    # the same counterpart named again: one
    ("Ngày 7/8, Thủ tướng tiếp Đại sứ Nhật Bản. Tại buổi tiếp, Đại sứ Nhật Bản cảm ơn Thủ tướng.", PUBLISHED,
     [{"kind": "Buổi tiếp", "date": "2023-08-07"}]),
    ("Sáng 8/8, Chủ tịch UBND tỉnh Nguyễn Văn Hòa có buổi làm việc với Sở Y tế. Tại buổi làm việc với Sở Y tế, ông "
     "Hòa yêu cầu đẩy nhanh tiêm chủng.", PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-08-08"}]),
]

# two meetings joined by "và" after one organizing verb: two names
JOINED_NAMES = [
    ("Sáng 8/8, Công đoàn ngành Y tế tổ chức lễ ra mắt Câu lạc bộ nữ công và lễ trao học bổng cho con đoàn viên.",
     PUBLISHED, [{"kind": "Lễ", "name": "Lễ ra mắt Câu lạc bộ nữ công", "date": "2023-08-08"},
                 {"kind": "Lễ", "name": "Lễ trao học bổng", "date": "2023-08-08"}]),
    ("Ngày 8/8, trường tổ chức lễ khai giảng và buổi gặp mặt tân sinh viên.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-08-08"}, {"kind": "Buổi gặp mặt", "date": "2023-08-08"}]),
    # what follows the second name is said of both
    ("Lễ khai giảng và buổi gặp mặt tân sinh viên sẽ diễn ra vào ngày 5/9.", PUBLISHED, []),
    ("Năm nay, lễ rước đuốc và lễ thả hoa đăng không được tổ chức vì mưa bão.", PUBLISHED, []),
    # one ceremony of two parts, one meeting that also awards: one name
    ("Sáng 8/8, tỉnh tổ chức lễ khai mạc và bế mạc Tuần văn hóa du lịch.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-08-08"}]),
    ("Ngày 8/8, Bộ tổ chức hội nghị tổng kết và trao giải cuộc thi.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-08-08"}]),
]

# one more sitting of a body ("tiếp tục có cuộc họp", "tiếp tục họp"), or one put before the day reported ("Trước đó,
# … đã có cuộc họp"): a meeting of its own, not the one of the earlier sentence
ANOTHER_SITTING = [
    ("Cuộc họp diễn ra vào sáng 9/8. Đến chiều cùng ngày, UBND tỉnh tiếp tục có cuộc họp với các doanh nghiệp.",
     PUBLISHED, [{"kind": "Cuộc họp", "date": "2023-08-09"}, {"kind": "Cuộc họp", "date": "2023-08-09"}]),
    ("Chiều 9/8, Ban Chỉ đạo tổ chức cuộc họp thứ 40. Trước đó, sáng cùng ngày, Ban Chỉ đạo đã có cuộc họp với Bộ "
     "Ngoại giao.", PUBLISHED,
     [{"kind": "Cuộc họp", "date": "2023-08-09"}, {"kind": "Cuộc họp", "date": "2023-08-09"}]),
    ("Ngày 7/8, Tổng Liên đoàn tổ chức hội nghị. Ngày 8/8, Tổng Liên đoàn tiếp tục tổ chức hội nghị Ban Chấp hành.",
     PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-07"}, {"kind": "Hội nghị", "date": "2023-08-08"}]),
    # the meeting reported named again, or going on: one
    ("Sáng 9/8, Tỉnh ủy tổ chức hội nghị Ban Chấp hành. Trước đó, Hội nghị Ban Chấp hành đã thảo luận về nhân sự.",
     PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-09"}]),
    ("Sáng 9/8, Tỉnh ủy tổ chức hội nghị Ban Chấp hành. Chiều cùng ngày, hội nghị tiếp tục làm việc.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-08-09"}]),
    ("Sáng 9/8, Tỉnh ủy tổ chức hội nghị Ban Chấp hành. Trước đó, tại hội nghị, các đại biểu đã nghe báo cáo.",
     PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-09"}]),
]

# --- a meeting the sentence is placed at or after, then what is promised on a day ahead --------------------------
# ("Sau buổi làm việc, công ty hứa … vào ngày 20/8 tới"): the day ahead is the promise's, the meeting took place
AFTER_THEN_AHEAD = [
    ("Ngày 5/8, công nhân Công ty TNHH Minh Phát ngừng việc. Chiều 5/8, Công đoàn khu công nghiệp đã tổ chức buổi làm "
     "việc với công ty. Bà Lê Thị Hoa cho biết, sau buổi làm việc, công ty hứa thành lập công đoàn vào ngày 20/8 tới.",
     UNDATED, [{"kind": "Buổi làm việc", "date": "XXXX-08-05"}]),
    ("Sau buổi làm việc với Công đoàn khu công nghiệp, Công ty TNHH Minh Phát hứa thành lập công đoàn vào ngày 20/8 "
     "tới.", UNDATED, [{"kind": "Buổi làm việc", "date": None}]),
    ("Tại cuộc họp với công nhân, ông Trần Văn Nam, Giám đốc Công ty TNHH Minh Phát, hứa trả lương vào ngày 20/8 tới.",
     PUBLISHED, [{"kind": "Cuộc họp", "date": None}]),
    ("Tại buổi làm việc với Sở Lao động, công ty cam kết sẽ trả đủ lương vào ngày 25/8 tới.", PUBLISHED,
     [{"kind": "Buổi làm việc", "date": None}]),
    ("Sáng 10/8, Sở Y tế tỉnh Nam Định làm việc với Bệnh viện Đa khoa tỉnh. Sau buổi làm việc, bệnh viện cam kết "
     "hoàn thành sửa chữa vào ngày 30/8 tới.", PUBLISHED, [{"kind": "Buổi làm việc", "date": "2023-08-10"}]),
    # the day ahead is the meeting's own, in its phrase: planned
    ("Tại hội nghị ngày 25/8 tới, công ty sẽ trình phương án tăng lương.", PUBLISHED, []),
    ("Sau hội nghị vào ngày 25/8 tới, công ty sẽ công bố kết quả.", PUBLISHED, []),
]

# --- a meeting's outcome ("kết quả cuộc họp"): held, unless the outcome is carried out (cited) or awaited; a day of its
# own gone by ("cuộc họp hôm 25/5"): what was expected of it does not plan it
OUTCOME_AND_PAST_DAY = [
    ("Giá dầu giảm khi các nhà đầu tư thất vọng về kết quả cuộc họp của Tổ chức Các nước Xuất khẩu Dầu mỏ (OPEC).",
     UNDATED, [{"kind": "Cuộc họp", "date": None}]),
    ("Bộ Ngoại giao thông báo kết quả chuyến thăm Nhật Bản của Thủ tướng.", PUBLISHED,
     [{"kind": "Chuyến thăm", "date": None}]),
    ("Ngành giáo dục triển khai thực hiện kết quả Đại hội XIII của Đảng.", PUBLISHED, []),
    ("Công đoàn tỉnh tổ chức quán triệt kết quả Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khóa XIII.", PUBLISHED,
     []),
    ("Ông Trần Văn Nam cho biết kết quả Hội nghị Trung ương 4 sẽ được quán triệt tới toàn thể đảng viên.", PUBLISHED,
     []),
    ("Chờ kết quả cuộc họp, giá dầu đi ngang.", PUBLISHED, []),
    ("Đầu tuần, giá dầu tăng trước kỳ vọng các nước OPEC sẽ gia hạn thỏa thuận tại cuộc họp hôm 25/5.", UNDATED,
     [{"kind": "Cuộc họp", "date": "XXXX-05-25"}]),
    ("Ông Trần Văn Nam cho biết sẽ đề xuất vấn đề này tại cuộc họp vào ngày 25/5 tới.", PUBLISHED, []),
    # held and planned mentions of one meeting: its outcome and its day gone by outweigh what it was expected to do
    ("Giá cà phê giảm khi giới đầu tư thất vọng về kết quả cuộc họp của Tổ chức Cà phê Quốc tế (ICO). Đầu tuần, giá "
     "tăng do kỳ vọng các nước sẽ giảm sản lượng tại cuộc họp hôm 18/6. Cuộc họp giữa các nước thành viên ICO vào ngày "
     "18/6 được kỳ vọng sẽ gia hạn thỏa thuận.", UNDATED, [{"kind": "Cuộc họp", "date": "XXXX-06-18"}]),
]

# --- a plan after a place written aside between commas ("Lễ khai mạc X, huyện Y, dự kiến tổ chức … cũng tạm dừng") --
PLAN_AFTER_PLACE_ASIDE = [
    ("Lễ khai mạc lễ hội du lịch biển Cửa Lò, thị xã Cửa Lò, dự kiến tổ chức vào 20h ngày 1/5 cũng tạm dừng.",
     PUBLISHED, []),
    ("Hội nghị xúc tiến đầu tư vùng Bắc Trung Bộ, tỉnh Nghệ An, sẽ diễn ra vào ngày 5/9.", PUBLISHED, []),
    # held: the aside goes on with a held predicate
    ("Sáng 2/5, Lễ khai mạc lễ hội du lịch biển Cửa Lò, thị xã Cửa Lò, đã diễn ra tại quảng trường Bình Minh.",
     PUBLISHED, [{"kind": "Lễ", "date": "2023-05-02"}]),
]

# --- a plan the body goes on to report carried out: the held report on a day of its own wins over the plan -----------
PLAN_CARRIED_OUT = [
    ("Hội nghị tổng kết năm 2023 của Liên đoàn Lao động tỉnh Nghệ An sẽ diễn ra vào ngày 10/8. Sáng 10/8, Hội nghị đã "
     "khai mạc tại Vinh.", PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-10"}]),
    ("Theo kế hoạch, Đại hội Công đoàn tỉnh Nghệ An lần thứ XV diễn ra trong hai ngày 5-6/8. Sáng 5/8, Đại hội đã long "
     "trọng khai mạc tại Hội trường tỉnh.", PUBLISHED, [{"kind": "Đại hội", "date": "2023-08-05/2023-08-06"}]),
    ("Hội thảo khoa học về tiền lương dự kiến diễn ra ngày 5/8 tại Hà Nội. Tuy nhiên, do mưa bão, hội thảo đã được tổ "
     "chức vào ngày 8/8.", PUBLISHED, [{"kind": "Hội thảo", "date": "2023-08-08"}]),
    # what the planned meeting has done so far, no held verb: still planned
    ("Hội nghị khách hàng sẽ diễn ra ngày 20/8. Tính đến ngày 10/8, hội nghị đã nhận được 200 đăng ký.", PUBLISHED, []),
    ("Hội nghị khách hàng sẽ diễn ra ngày 20/8. Hội nghị đã được chuẩn bị chu đáo.", PUBLISHED, []),
]

# --- a ceremony only named bare ("buổi lễ") takes the name of what the sentence before it does, as the gold writes it --
BARE_CEREMONY_NAMED_BEFORE = [
    ("Hưởng ứng Tháng Công nhân, Liên đoàn Lao động tỉnh phối hợp với Báo Lao động phát động cuộc thi ảnh \"Người thợ "
     "hôm nay\".\nPhát biểu tại buổi lễ, ông Lê Văn Tâm nhấn mạnh ý nghĩa của cuộc thi.", UNDATED,
     [{"kind": "Lễ", "name": "lễ phát", "date": None}]),
    ("Công ty Cổ phần Sông Đà đã bầu Hội đồng quản trị mới.\nRa mắt Ban Chấp hành Công đoàn Công ty nhiệm kỳ "
     "2023 - 2028\nPhát biểu tại buổi lễ, bà Trần Thị Mai cảm ơn đoàn viên đã tín nhiệm.", UNDATED,
     [{"kind": "Lễ", "name": "lễ ra", "date": None}]),
    # the lead reports the occasion a later bare "buổi lễ" points back to
    ("Đền Cuông vừa đón nhận Bằng xếp hạng di tích quốc gia đặc biệt.\nĐền nằm ở xã Diễn An, huyện Diễn Châu.\n"
     "Mỗi năm, hàng chục nghìn du khách đến thăm đền.\nPhát biểu tại buổi lễ, ông Nguyễn Văn An cảm ơn các bộ, ngành.",
     UNDATED, [{"kind": "Lễ", "name": "lễ đón", "date": None}]),
    # the word only says what something is for, what else is done at the ceremony, or the ceremony is named in full:
    # the name stays
    ("Bệnh viện tỉnh có 500 giường bệnh.\nCũng tại buổi lễ, bệnh viện khai trương hệ thống khám bệnh từ xa.",
     UNDATED, [{"kind": "Lễ", "name": "buổi lễ", "date": None}]),
    ("Giải thưởng do Tổng Liên đoàn trao nhằm tôn vinh công nhân giỏi.\nPhát biểu tại buổi lễ, ông An chúc mừng "
     "các công nhân.", UNDATED, [{"kind": "Lễ", "name": "buổi lễ", "date": None}]),
    ("Trường đã khánh thành nhà đa năng.\nPhát biểu tại lễ trao học bổng, thầy hiệu trưởng cảm ơn nhà tài trợ.",
     UNDATED, [{"kind": "Lễ", "name": "lễ trao", "date": None}]),
]

# --- how a meeting went, written right after its kind word ("tại kỳ họp sôi nổi", "chuyến thăm tốt đẹp"): no name --
HOW_IT_WENT = [
    ("Không khí chất vấn tại kỳ họp sôi nổi, cởi mở, thể hiện trách nhiệm của các đại biểu HĐND tỉnh.", UNDATED,
     [{"kind": "Kỳ họp", "name": "kỳ họp", "date": None}]),
    ("Sáng 9/8, Chủ tịch UBND tỉnh kết thúc chuyến thăm tốt đẹp tới Lào.", PUBLISHED,
     [{"kind": "Chuyến thăm", "name": "chuyến thăm", "date": "2023-08-09"}]),
]

# --- a classifier before a kind named bare in the gold ("buổi tọa đàm X" is the Tọa đàm X); the kinds named both ways
# keep the classifier as written ("buổi đối thoại", "cuộc hội đàm") ----------------------------------------------
BARE_KIND_NAMES = [
    ("Hội Khuyến học huyện vừa tổ chức buổi tọa đàm với chủ đề \"Đọc sách cùng con mỗi tối\".", UNDATED,
     [{"kind": "Tọa đàm", "name": "tọa đàm", "date": None}]),
    ("Sáng 14/3, Đoàn Thanh niên trường tổ chức cuộc tọa đàm về kỹ năng tìm việc cho sinh viên năm cuối.", PUBLISHED,
     [{"kind": "Tọa đàm", "name": "tọa đàm", "date": "2023-03-14"}]),
    ("Công đoàn ngành Giáo dục đã tổ chức buổi đối thoại với giáo viên hợp đồng về chế độ phụ cấp.", UNDATED,
     [{"kind": "Đối thoại", "name": "buổi đối", "date": None}]),
]

CASES = BARE_KIND_NAMES + BARE_CEREMONY_NAMED_BEFORE + HOW_IT_WENT + PLAN_CARRIED_OUT + PLAN_AFTER_PLACE_ASIDE + OUTCOME_AND_PAST_DAY + AFTER_THEN_AHEAD + CUE_IN_BODY_NAME \
    + ANOTHER_SITTING + OWN_DAY_AFTER_NAME + OTHER_COUNTERPARTS + JOINED_NAMES + COUNTED_DAYS + SCENE_CAPTIONS \
    + MANY_ATTEND_ONE + SAME_COUNTERPART + PLAN_OF_ANOTHER_CLAUSE + RECEIVED_IN_PAST + CEREMONIES + ANOTHER_CEREMONY \
    + BODY_WITH_TERM + HELD_NAMED_AFTER + QUESTIONING + LISTED_PREDICATES


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_meetings_on_second_audit_shapes(text, published, expected):
    check(text, published, expected)


def test_undated_ceremony_of_the_draw():
    check("Chiều 30/5, tại TP Hồ Chí Minh, Liên đoàn Bóng đá Việt Nam tổ chức lễ bốc thăm giải futsal.", UNDATED,
          [{"kind": "Lễ", "date": "XXXX-05-30"}])
