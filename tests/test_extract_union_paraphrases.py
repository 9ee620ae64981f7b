"""Union news in other words than the development articles' (issues 10 and 11): a paraphrase audit wrote short
reports of the same shapes with other names, bodies, acronyms, title orders, date formats and punctuation, and these
rows are its sentences (our own, no article text) that the pipeline misread. Each table has rows that must stay
empty or unchanged (precision).
"""

from __future__ import annotations

import pytest

from test_extract_meetings import PUBLISHED, check
from test_extract_officials_audit import _folded, roles
from test_extract_org_shapes import _entries, _expected

# --- meetings ---------------------------------------------------------------------------------------------------
MEETINGS = [
    # a headline's meeting reported by the verb "họp" is the one the body names by its kind word
    ("LĐLĐ Ninh Bình họp Ban Chấp hành lần thứ 12\nSáng 5/3, Liên đoàn Lao động tỉnh Ninh Bình tổ chức Hội nghị Ban "
     "Chấp hành lần thứ 12, khóa XV. Đồng chí Phạm Quang Ngọc, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-03-05", "chairs": ["Phạm Quang Ngọc"]}]),
    ("Công đoàn Dệt May họp Ban Thường vụ\nChiều 2-8, Ban Thường vụ Công đoàn Dệt May Việt Nam đã tổ chức hội nghị "
     "Ban Thường vụ mở rộng lần thứ 9.", PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-02"}]),
    # the verb's object is held in the other name's kind words ("họp cổ đông" ~ "Đại hội đồng cổ đông")
    ("Công ty Sông Lam họp cổ đông\nSáng 20/4, Đại hội đồng cổ đông thường niên của Công ty Sông Lam đã diễn ra "
     "tại Vinh. Quang cảnh phiên họp cổ đông (Ảnh: Hải Yến).", PUBLISHED,
     [{"kind": "Đại hội đồng cổ đông", "date": "2023-04-20"}]),
    # a meeting of another ordinal stays apart
    ("LĐLĐ Ninh Bình họp Ban Chấp hành lần thứ 12\nSáng 5/3, LĐLĐ tỉnh Ninh Bình tổ chức Hội nghị Ban Chấp hành lần "
     "thứ 13.", PUBLISHED, [{"kind": "Cuộc họp", "date": None}, {"kind": "Hội nghị", "date": "2023-03-05"}]),
    # one sitting of a periodic meeting, dated: held; a custom with no sitting dated: none
    ("Ngày 10/7, Công ty CP May Tiến Đạt tổ chức hội nghị đối thoại định kỳ với người lao động. Hội nghị do ông "
     "Phùng Văn Khải, Tổng giám đốc công ty chủ trì.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-07-10", "chairs": ["Phùng Văn Khải"]}]),
    ("Công ty CP May Tiến Đạt tổ chức hội nghị đối thoại định kỳ với người lao động mỗi quý.", PUBLISHED, []),
    # the delegates a congress elects to a higher congress: that congress lies ahead
    ("Trong hai ngày 2 và 3/8, Đại hội Công đoàn tỉnh Sóc Trăng lần thứ XI đã diễn ra. Đại hội đã bầu 245 đại "
     "biểu chính thức và bầu đoàn đại biểu dự Đại hội XIII Công đoàn Việt Nam.", PUBLISHED,
     [{"kind": "Đại hội", "date": "2023-08-02/2023-08-03"}]),
    ("Ngày 14/7, Đại hội Công đoàn cơ sở Công ty Sao Vàng lần thứ V đã bầu đại biểu đi dự Đại hội Công đoàn huyện.",
     PUBLISHED, [{"kind": "Đại hội", "date": "2023-07-14"}]),
    # with no day given, the congress that elects is still held; the one of another number ahead is not it
    ("Đại hội Công đoàn tỉnh Bạc Liêu lần thứ X đã bầu đoàn đại biểu dự Đại hội XIII Công đoàn Việt Nam.", PUBLISHED,
     [{"kind": "Đại hội"}]),
    # a signing a verb reports is the "lễ ký kết" its next sentence attends
    ("Ngày 16-5, Công đoàn Khu kinh tế tỉnh Hà Tĩnh và Công ty TNHH Thép Hưng Long ký kết chương trình phối hợp chăm "
     "lo cho người lao động. Tham dự lễ ký kết có ông Nguyễn Văn Khánh.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-05-16", "attendees": ["Nguyễn Văn Khánh"]}]),
    # a bare unit head between commas before the cue is the chair's office, no "Ban điều hành" of a body
    ("Chiều 15-8, Ban Tuyên giáo LĐLĐ tỉnh Đắk Lắk tổ chức hội nghị tập huấn cho cán bộ công đoàn. Bà Lê Thị Hoa, "
     "Trưởng ban, chủ trì hội nghị.", PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-15", "chairs": ["Lê Thị Hoa"]}]),
    ("Chiều 15-8, Công ty Sao Mai tổ chức hội nghị người lao động. Ban điều hành công ty báo cáo kết quả kinh doanh.",
     PUBLISHED, [{"kind": "Hội nghị", "date": "2023-08-15", "chairs": []}]),
    # a day written with a dash between spaces dates the visit
    ("Ngày 2 - 5, đoàn công tác LĐLĐ tỉnh Đồng Tháp do bà Nguyễn Thị Mười, Phó Chủ tịch LĐLĐ tỉnh, làm trưởng đoàn đã "
     "đến thăm, tặng quà công nhân Công ty cổ phần Thủy sản Sao Mai.", PUBLISHED,
     [{"kind": "Chuyến thăm", "date": "2023-05-02"}]),
    # a bare "chương trình" after a chair cue: the programme the article reports held; a show's is none
    ("Tối 8-3, LĐLĐ TPHCM tổ chức chương trình “Tôn vinh phụ nữ lao động”. Đồng chủ trì chương trình có bà Nguyễn "
     "Thị Bích Thủy, phó chủ tịch thường trực LĐLĐ TPHCM, và ông Võ Khắc Thái, phó chủ tịch LĐLĐ TPHCM.", PUBLISHED,
     [{"kind": "Chương trình", "date": "2023-03-08", "chairs": ["Nguyễn Thị Bích Thủy", "Võ Khắc Thái"]}]),
    ("Nhiều khán giả xúc động khi xem chương trình “Ước mơ xanh” trên truyền hình. Cũng trong chương trình, MC Lê "
     "Văn Tài kể về hoàn cảnh của hai em nhỏ.", PUBLISHED, []),
    # punctuation and line breaks the development articles do not use: no space after a comma, a name on the next
    # line, «» quotes, a colon before the chair
    ("Ngày 2/4, LĐLĐ TP. Hồ Chí Minh tổ chức hội nghị đối thoại với công nhân Khu chế xuất Tân Thuận.  Hội nghị do "
     "ông Nguyễn Văn Nhân,Phó Chủ tịch thường trực LĐLĐ TP.HCM,chủ trì.", PUBLISHED,
     [{"kind": "Hội nghị", "date": "2023-04-02", "chairs": ["Nguyễn Văn Nhân"]}]),
    ("Sáng 28/7, LĐLĐ tỉnh Thanh Hóa tổ chức Lễ kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – "
     "28/7/2023).\nTham dự có đồng chí Đỗ Văn Hưng, Bí thư Tỉnh ủy Thanh Hóa.", PUBLISHED,
     [{"kind": "Lễ", "date": "2023-07-28", "attendees": ["Đỗ Văn Hưng"]}]),
    ("Ngày 16/7, Công đoàn Viên chức Việt Nam tổ chức tọa đàm «Nâng cao chất lượng hoạt động công đoàn cơ sở». Chủ "
     "trì tọa đàm: bà Vũ Thị Kim Chung - Phó Chủ tịch Công đoàn Viên chức Việt Nam.", PUBLISHED,
     [{"kind": "Tọa đàm", "date": "2023-07-16", "chairs": ["Vũ Thị Kim Chung"]}]),
]


@pytest.mark.parametrize(("text", "published", "expected"), MEETINGS)
def test_union_paraphrases_meetings(text, published, expected):
    check(text, published, expected)


# --- offices --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # re-elected: the body of the office the text already gives the person, not that of the guest named last
    ("Đại hội diễn ra dưới sự chủ trì của bà Lương Thị Thu Trang, Chủ tịch CĐCS Công ty TNHH Giày da Phúc Hưng. Tới "
     "dự có ông Võ Minh Khang — Phó Chủ tịch Thường trực LĐLĐ huyện Đức Hòa. Bà Lương Thị Thu Trang tái đắc cử Chủ "
     "tịch.",
     {("Lương Thị Thu Trang", "Chủ tịch", "Công đoàn cơ sở Công ty TNHH Giày da Phúc Hưng"),
      ("Võ Minh Khang", "Phó Chủ tịch Thường trực", "Liên đoàn Lao động huyện Đức Hòa")}),
    ("Bà Ka Thị Xuân – Chủ tịch Công đoàn Viên chức tỉnh Lâm Đồng – điều hành đại hội. Đến dự có ông Phan Thanh "
     "Bình, Phó Chủ tịch LĐLĐ tỉnh Lâm Đồng. Bà Ka Thị Xuân được bầu lại làm Chủ tịch.",
     {("Ka Thị Xuân", "Chủ tịch", "Công đoàn Viên chức tỉnh Lâm Đồng"),
      ("Phan Thanh Bình", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Lâm Đồng")}),
    # offices listed one after another share the body the list names once, before or after
    ("Chủ trì hội nghị gồm các đồng chí: Nguyễn Văn Sáu – Chủ tịch; Trịnh Hồng Vân – Phó Chủ tịch Công đoàn Xây "
     "dựng Việt Nam.",
     {("Nguyễn Văn Sáu", "Chủ tịch", "Công đoàn Xây dựng Việt Nam"),
      ("Trịnh Hồng Vân", "Phó Chủ tịch", "Công đoàn Xây dựng Việt Nam")}),
    ("Chủ trì hội nghị có đồng chí Đinh Thị Thu Lan, Chủ tịch Công đoàn Ngân hàng Việt Nam và đồng chí Bạch Văn "
     "Quang, Phó Chủ tịch thường trực.",
     {("Đinh Thị Thu Lan", "Chủ tịch", "Công đoàn Ngân hàng Việt Nam"),
      ("Bạch Văn Quang", "Phó Chủ tịch Thường trực", "Công đoàn Ngân hàng Việt Nam")}),
    # a bare "Quỹ" after the fund the passage named; no fund named: no body
    ("Quỹ Xã hội Công đoàn tỉnh Quảng Trị trao 20 Mái ấm Công đoàn. Bà Hồ Thị Thu Hằng, Phó Chủ tịch LĐLĐ tỉnh Quảng "
     "Trị, kiêm Giám đốc Quỹ, phát biểu.",
     {("Hồ Thị Thu Hằng", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Quảng Trị"),
      ("Hồ Thị Thu Hằng", "Giám đốc", "Quỹ Xã hội Công đoàn tỉnh Quảng Trị")}),
    ("Ông Lê Văn An, Giám đốc Quỹ, cho biết nhiều quỹ đầu tư đã rút vốn.", {("Lê Văn An", "Giám đốc", None)}),
    # the head of a bloc of unions named by the unions it groups
    ("Ngày 26/2, Khối thi đua các Công đoàn ngành Trung ương tổ chức hội nghị. Hội nghị do bà Trần Thị Thanh Hà, Chủ "
     "tịch Công đoàn Viên chức Việt Nam, Khối trưởng chủ trì.",
     {("Trần Thị Thanh Hà", "Chủ tịch", "Công đoàn Viên chức Việt Nam"),
      ("Trần Thị Thanh Hà", "Khối trưởng", "Khối thi đua các Công đoàn ngành Trung ương")}),
    # two holders of an office one person holds are of two bodies; deputies may share one
    ("Dự có ông Lê Văn Hùng, Chủ tịch UBND tỉnh Hà Nam, và ông Trần Văn Bảo, Chủ tịch.",
     {("Lê Văn Hùng", "Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam"), ("Trần Văn Bảo", "Chủ tịch", None)}),
    ("Ông Đỗ Văn Tâm, Giám đốc Công ty TNHH Hải Long và ông Vũ Văn Khoa, Giám đốc, ký biên bản.",
     {("Đỗ Văn Tâm", "Giám đốc", "Công ty TNHH Hải Long"), ("Vũ Văn Khoa", "Giám đốc", None)}),
    ("Dự có bà Lê Thị Vân, Phó Chủ tịch LĐLĐ tỉnh Hà Nam và ông Đào Văn Sơn, Phó Chủ tịch.",
     {("Lê Thị Vân", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Hà Nam"),
      ("Đào Văn Sơn", "Phó Chủ tịch", "Liên đoàn Lao động tỉnh Hà Nam")}),
    # an office of another rank, a body written but unknown, a title before the name: no body shared
    ("Dự có ông Lê Văn Hùng, Chủ tịch UBND tỉnh Hà Nam và ông Trần Văn Bảo, Bí thư.",
     {("Lê Văn Hùng", "Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam"), ("Trần Văn Bảo", "Bí thư", None)}),
    ("Giàu hơn họ có ông Ngô Văn Dũng - Chủ tịch VPBank; ông Trần Gia Bảo - Chủ tịch FPX.",
     {("Ngô Văn Dũng", "Chủ tịch", "Ngân hàng Thương mại cổ phần Việt Nam Thịnh Vượng"),
      ("Trần Gia Bảo", "Chủ tịch", None)}),
])
def test_union_paraphrases_roles(text, expected):
    assert roles(text) == _folded(expected)


# --- organizations --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # a national sector union's short name with a bare "tỉnh" is the article's provincial union
    ("Ngày 18/12, Công đoàn Y tế tỉnh Hải Dương tổ chức hội nghị. Ông Vũ Đình Tiến, Chủ tịch Công đoàn Y tế tỉnh, "
     "chủ trì.", {"Công đoàn Y tế tỉnh Hải Dương": {"Công đoàn Y tế tỉnh"}}),
    ("Ngày 5/4, Công đoàn Công Thương tỉnh Bắc Ninh tổ chức hội nghị. Bà Lê Thị Hoa, Phó Chủ tịch Công đoàn Công "
     "Thương tỉnh, phát biểu.", {"Công đoàn Công Thương tỉnh Bắc Ninh": {"Công đoàn Công Thương tỉnh"}}),
    # alone it is still the national union
    ("Công đoàn Y tế đã gửi thư khen các y bác sĩ.", {"Công đoàn Y tế Việt Nam": {"Công đoàn Y tế"}}),
    # a union's short name defined with its head's abbreviation, after its company's name
    ("Công đoàn Tổng công ty Hàng không Việt Nam (CĐ TCTHK) tổ chức tọa đàm. Ông Đặng Anh Tuấn, Chủ tịch CĐ TCTHK, "
     "phát biểu.", {"Công đoàn Tổng công ty Hàng không Việt Nam": {"CĐ TCTHK"},
                    "Tổng công ty Hàng không Việt Nam": set()}),
    ("Công đoàn Công ty Điện lực Bắc Ninh (CĐ PCBN) trao 50 suất quà. Chủ tịch CĐ PCBN cho biết.",
     {"Công đoàn Công ty Điện lực Bắc Ninh": {"CĐ PCBN"}, "Công ty Điện lực Bắc Ninh": set()}),
    # after a company's name it is the company's union, no short name of the company
    ("Công ty Cổ phần May Sông Đà (CĐ MSĐ) trao 30 suất quà cho công nhân.",
     {"Công ty Cổ phần May Sông Đà": set(), "Công đoàn MSĐ": {"CĐ MSĐ"}}),
    # a sector written by its abbreviation is written out
    ("Công đoàn ngành Giao thông vận tải tỉnh Quảng Bình trao quà. Ông Đặng Văn Lộc, Chủ tịch Công đoàn ngành GTVT "
     "tỉnh Quảng Bình, phát biểu.", {"Công đoàn ngành Giao thông vận tải tỉnh Quảng Bình": {"Công đoàn ngành GTVT tỉnh Quảng Bình"}}),
    # a bloc or an association named by the bodies it groups; a bare "Khối" is no body
    ("Khối thi đua Công đoàn ngành Trung ương ký giao ước thi đua.", {"Khối thi đua Công đoàn ngành Trung ương": set()}),
    ("Ông Lê Văn Bình là Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An.",
     {"Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An": set()}),
    ("Các đơn vị trong Khối đã ký giao ước.", {}),
    ("Thanh tra các Sở Giao thông vận tải đã vào cuộc.", {}),
    # what a body does ends its name, a lower-case field before it too
    ("Công đoàn ngành Y tế phối hợp với Sở Giao thông vận tải tổ chức Hội thi lái xe an toàn.",
     {"Công đoàn ngành Y tế": set(), "Sở Giao thông vận tải": set()}),
    ("Sở Giao thông vận tải tổ chức hội thi lái xe an toàn.", {"Sở Giao thông vận tải": set()}),
])
def test_union_paraphrases_organizations(text, expected):
    assert _entries(text) == _expected(expected)
