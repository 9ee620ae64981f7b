"""Organization names in the shapes held-out news writes them, on sentences of our own.

Each table gives text → the organizations expected (canonical name → the other forms the text
uses), and rows that must name no body or must not hold a given name. The sentences are
invented; none is taken from an article.
"""

from __future__ import annotations

import pytest

from unionfacts.extract.base import facts_of
from unionfacts.facts import organizations_json
from unionfacts.normalize import fold_for_matching, normalize_text

from conftest import annotated


def _entries(text: str) -> dict[str, set[str]]:
    mentions = facts_of(annotated(normalize_text(text), None), "organizations")
    return {fold_for_matching(e["name"]): {fold_for_matching(a) for a in e["aliases"]} for e in organizations_json(mentions)}


def _expected(expected: dict[str, set[str]]) -> dict[str, set[str]]:
    return {fold_for_matching(name): {fold_for_matching(a) for a in aliases} for name, aliases in expected.items()}


# --- one body written two ways is one organization --------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Công ty Cổ phần Dệt Hòa Bình đã ký thỏa ước lao động. Đại diện Công ty Dệt Hòa Bình cho biết lương tăng.",
     {"Công ty Cổ phần Dệt Hòa Bình": {"Công ty Dệt Hòa Bình"}}),
    ("Ông A là Giám đốc Công ty TNHH MTV Sông Lam. Công ty Sông Lam đã trả đủ lương.",
     {"Công ty TNHH một thành viên Sông Lam": {"Công ty TNHH MTV Sông Lam", "Công ty Sông Lam"}}),
    ("Bà làm việc tại Ngân hàng Phát triển Mê Kông Việt Nam rồi chuyển sang Ngân hàng Phát triển Mê Kông VN.",
     {"Ngân hàng Phát triển Mê Kông Việt Nam": {"Ngân hàng Phát triển Mê Kông VN"}}),
    # a state group or bank the base knows, by its brand, its acronym and its short names
    ("Bà làm việc tại Ngân hàng Công thương Việt Nam rồi chuyển sang VietinBank chi nhánh mới.",
     {"Ngân hàng Thương mại cổ phần Công Thương Việt Nam": {"Ngân hàng Công thương Việt Nam", "VietinBank"}}),
    ("Tổng Giám đốc EVN cho biết Tập đoàn Điện lực VN đã đủ điện cho mùa khô.",
     {"Tập đoàn Điện lực Việt Nam": {"EVN", "Tập đoàn Điện lực VN"}}),
    # world bodies by their acronyms
    ("Tổng Thư ký NATO và lãnh đạo FIFA cùng dự. Liên đoàn Bóng đá Thế giới cảm ơn VFF.",
     {"Tổ chức Hiệp ước Bắc Đại Tây Dương": {"NATO"}, "Liên đoàn Bóng đá Thế giới": {"FIFA"},
      "Liên đoàn Bóng đá Việt Nam": {"VFF"}}),
    ("Trung tâm Không gian mạng Viettel phát hiện mã độc. Viettel cho biết đã ngăn chặn.",
     {"Trung tâm Không gian mạng Viettel": set(), "Tập đoàn Công nghiệp - Viễn thông Quân đội": {"Viettel"}}),
    ("Ông học tại Đại học Bách khoa Đà Nẵng, sau đó giảng dạy tại Trường Đại học Bách khoa Đà Nẵng.",
     {"Trường Đại học Bách khoa Đà Nẵng": {"Đại học Bách khoa Đà Nẵng"}}),
    ("Bà dạy ở Trường Cao đẳng Kỹ thuật TP. Cần Thơ, sau đó làm Trưởng khoa Trường Cao đẳng Kỹ thuật TP.Cần Thơ.",
     {"Trường Cao đẳng Kỹ thuật thành phố Cần Thơ": {"Trường Cao đẳng Kỹ thuật TP. Cần Thơ",
                                                    "Trường Cao đẳng Kỹ thuật TP.Cần Thơ"}}),
    ("Thứ trưởng Bộ Nông nghiệp & Phát triển nông thôn đã về làm việc với tỉnh.",
     {"Bộ Nông nghiệp và Phát triển nông thôn": {"Bộ Nông nghiệp & Phát triển nông thôn"}}),
    ("Cuộc họp nghe Bộ Văn hóa, Thể thao & Du lịch (VH,TT&DL) báo cáo. Thứ trưởng Bộ VH,TT&DL nói thêm.",
     {"Bộ Văn hóa, Thể thao và Du lịch": {"Bộ Văn hóa, Thể thao & Du lịch", "Bộ VH,TT&DL"}}),
    # the article's own dash spacing names a known body; its acronym with a dash is the same body
    ("Lễ do Hội đồng Thi đua-Khen thưởng (TĐ-KT) Trung ương tổ chức. Thường trực Hội đồng TĐ-KT Trung ương dự.",
     {"Hội đồng Thi đua-Khen thưởng Trung ương": {"Hội đồng TĐ-KT Trung ương"}}),
    ("Ban TĐ-KT Trung ương đã tổng hợp danh sách.", {"Ban Thi đua - Khen thưởng Trung ương": {"Ban TĐ-KT Trung ương"}}),
    # a school's "CĐ" is Cao đẳng, a union's Công đoàn
    ("Trường CĐ Kỹ thuật Quảng Bình ký kết hợp tác đào tạo với doanh nghiệp.",
     {"Trường Cao đẳng Kỹ thuật Quảng Bình": {"Trường CĐ Kỹ thuật Quảng Bình"}}),
])
def test_org_shapes_one_body_written_two_ways(text, expected):
    assert _entries(text) == _expected(expected)


@pytest.mark.parametrize("text", [
    # two companies of one group with different names stay two
    "Công ty Cổ phần Dệt Hòa Bình và Công ty Dệt Nam Định cùng ký thỏa ước.",
])
def test_org_shapes_different_bodies_stay_apart(text):
    assert len(_entries(text)) == 2


# --- where a name ends ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # a term after the name says which congress, it is no word of the name
    ("Năm 2015, chị được bầu vào Ban Chấp hành Đảng bộ huyện Krông Nô nhiệm kỳ III (2015-2020).",
     {"Đảng bộ huyện Krông Nô"}),
    ("Đại hội Công đoàn Trường Đại học Vinh khóa XV thành công tốt đẹp.",
     {"Công đoàn Trường Đại học Vinh", "Trường Đại học Vinh"}),
    # a country after a dash says where the body is
    ("Ông học tại Đại học Kỹ thuật Dresden – Cộng hòa Dân chủ Đức (1972-1979).", {"Đại học Kỹ thuật Dresden"}),
    ("Ông làm nghiên cứu sinh tại Viện Vật lý Kurchatov - Liên bang Nga.", {"Viện Vật lý Kurchatov"}),
    # a known acronym followed by another word in capitals is the first word of a longer one
    ("Công đoàn EVN SPC tặng quà công nhân. Đoàn công tác của EVN SPC về thăm.", {"Công đoàn EVN SPC"}),
    # ... a company's only: an institution stays itself before a common acronym
    ("Hàng dệt may hưởng lợi từ khu vực thương mại tự do ASEAN FTA.", {"Hiệp hội các quốc gia Đông Nam Á"}),
    # a number the counts read as counting a noun after it is no word of the name; a company's number is
    ("Các bệnh viện nhận thêm bệnh nhân: Bệnh viện Xanh Pôn 20 bệnh nhân, Bệnh viện Phổi Trung ương 15 bệnh nhân.",
     {"Bệnh viện Xanh Pôn", "Bệnh viện Phổi Trung ương"}),
    ("Công ty Sông Hồng 12 đã hoàn thành gói thầu.", {"Công ty Sông Hồng 12"}),
    # a title's head word written again as the body's own head ("Trưởng phòng Phòng …") is said once
    ("Ông Lâm, Trưởng phòng Phòng Tư pháp huyện Mê Linh cho biết.", {"Phòng Tư pháp huyện Mê Linh"}),
    # "kiêm" joins a second office: it ends the first office's body, also glued to the name's last word
    ("Ông Lý Văn Hải, Tổng Giám đốc Công ty Sunhouse kiêm Chủ tịch Hội đồng Quản trị cho biết.", {"Công ty Sunhouse"}),
    # a field whose last syllable the segmenter glued into another word with the verb after it ("hội đồng")
    ("Ông Lâm, Chủ tịch LĐLĐ tỉnh Nam Định và bà Thu, Giám đốc Sở Lao động - Thương binh và Xã hội đồng chủ trì.",
     {"Liên đoàn Lao động tỉnh Nam Định", "Sở Lao động - Thương binh và Xã hội tỉnh Nam Định"}),
    # ... but a country after a dash that follows a country pairs the two inside one bilateral name
    ("Công đoàn Khu công nghiệp Việt Nam - Singapore trao 200 suất quà.",
     {"Công đoàn Khu công nghiệp Việt Nam - Singapore"}),
    ("Em trúng tuyển vào Trường Đại học Việt - Đức năm nay.", {"Trường Đại học Việt - Đức"}),
    ("Bà là Phó Chủ tịch Hội hữu nghị Việt Nam - Nhật Bản tỉnh Nghệ An.", {"Hội hữu nghị Việt Nam - Nhật Bản tỉnh Nghệ An"}),
    # a place's name the segmenter glued to the family name of the officer after it ends the body's name
    ("Hiệu trưởng Trường THCS huyện Thường Xuân Cầm Bá Thanh tặng quà học sinh.", {"Trường THCS huyện Thường Xuân"}),
    # ... and so does a foreign officer's name the segmenter glued to the word after it ("Shulginov nhân")
    ("Thủ tướng tiếp Bộ trưởng Bộ Năng lượng Liên bang Nga Nikolai Shulginov nhân chuyến thăm Việt Nam.",
     {"Bộ Năng lượng Liên bang Nga"}),
    # a workplace's own name and a country, the home one too, end before its foreign officer's name
    ("Tổng Giám đốc Công ty Honda Việt Nam Toshio Kuwahara trao 20 xe máy cho trường.", {"Công ty Honda Việt Nam"}),
    ("Chủ tịch Tập đoàn Samsung Hàn Quốc Lee Jae-yong đến thăm nhà máy.", {"Tập đoàn Samsung Hàn Quốc"}),
    # ... not a company of a country named in foreign words, nor a company's place after the country
    ("Nhân viên Công ty Mỹ Kryptos Logic đã phát hiện mã độc.", {"Công ty Mỹ Kryptos Logic"}),
    ("Công nhân Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên nhận thưởng Tết.",
     {"Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên"}),
])
def test_org_shapes_name_ends(text, expected):
    assert set(_entries(text)) == {fold_for_matching(name) for name in expected}


@pytest.mark.parametrize("text", [
    # a kind of body and a country say where it is from, not which body it is
    "Là một trường đại học Hoa Kỳ, trường chú trọng đào tạo thực hành.",
    "Các công ty Nhật Bản tiếp tục mở rộng đầu tư vào tỉnh.",
    # a term alone after a name is no body
    "Đại hội nhiệm kỳ III đã bầu Ban Chấp hành mới.",
    # a bank's brand before a province names a football club, not the bank
    "Tối qua, SHB Đà Nẵng thắng trên sân khách.",
    # two levels of school joined by "và" with no school's own name after them are kinds of school (org90)
    "Học sinh các trường Tiểu học và THCS trên địa bàn được nghỉ học hai ngày.",
    # a body the paper leaves unnamed, given by its initial only (org90)
    "Giám đốc công ty lữ hành K., có văn phòng ở quận Ba Đình, cho biết khách tăng mạnh.",
    "Như tại công ty K. luôn kín lịch từ sau Tết.",
])
def test_org_shapes_no_body(text):
    assert _entries(text) == {}


def test_org_shapes_embassy_of_a_country_is_a_body():
    assert "đại sứ quán hoa kỳ" in _entries("Đại sứ quán Hoa Kỳ tổ chức lễ kỷ niệm.")


# --- credits, departments, newspapers' titles ----------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # a photo or source credit names no body (NOTES.md 12, 28); the same body in the text does
    ("Đoàn công tác thăm nhà máy. (Ảnh: Ban Tuyên giáo Tỉnh ủy Nghệ An) Chiều cùng ngày đoàn về Vinh.", set()),
    ("Công nhân nhận quà Tết. Ảnh: Công đoàn Dệt May\nNăm nay Công đoàn Dệt May chi 2 tỷ đồng.", {"Công đoàn Dệt May"}),
    ("Giá điện tăng từ tháng 5.\nThu Hà (theo VnExpress)", set()),
    # "theo" inside a sentence cites a body
    ("Số ca mắc giảm (theo báo cáo của Bộ Y tế) trong tuần qua.", {"Bộ Y tế"}),
    # a caption's credit run on into the next sentence leaves that sentence's bodies alone
    ("Ông A phát biểu - Ảnh: Minh Hà Phó Chủ tịch LĐLĐ tỉnh Nghệ An Lê Văn B cho biết thêm.",
     {"Liên đoàn Lao động tỉnh Nghệ An"}),
    # a department of an association or a union is no body; a Party committee's is
    ("Ông Lê Văn C - Trưởng ban Pháp chế VCCI nhận định thủ tục còn rườm rà.",
     {"Phòng Thương mại và Công nghiệp Việt Nam"}),
    ("Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị.", {"Ban Dân vận Tỉnh ủy Thanh Hóa", "Tỉnh ủy Thanh Hóa"}),
    # a newspaper named after a body is no mention of that body
    ("Báo Quân đội nhân dân đưa tin về buổi lễ.", {"Báo Quân đội nhân dân"}),
])
def test_org_shapes_credits_departments_titles(text, expected):
    assert set(_entries(text)) == {fold_for_matching(name) for name in expected}


# --- bodies the patterns lacked ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # the inspectorate of a body, also after the title that ends with its head
    ("Chánh thanh tra Bộ Xây dựng cho biết sẽ xử lý nghiêm.", {"Thanh tra Bộ Xây dựng", "Bộ Xây dựng"}),
    ("Thanh tra Sở Y tế tỉnh Nghệ An đã lập biên bản.", {"Thanh tra Sở Y tế tỉnh Nghệ An", "Sở Y tế tỉnh Nghệ An"}),
    # the police of the article's province named without the place
    ("Vụ việc xảy ra tại tỉnh Quảng Bình. Công an tỉnh đã vào cuộc điều tra.", {"Công an tỉnh Quảng Bình"}),
    # foreign and international bodies, media and the ministries' general departments the base now knows
    ("Hoa Kỳ và WTO đã trao đổi về chống bán phá giá.", {"Tổ chức Thương mại Thế giới"}),
    ("Trung tâm này trực thuộc Tổng cục thủy sản.", {"Tổng cục Thủy sản"}),
    ("Trả lời PV VTC News, ông Hải cho biết vụ việc đang được làm rõ.", {"VTC News"}),
    # an alliance is a head like an association
    ("Liên minh Hợp tác xã tỉnh Trà Vinh hỗ trợ 8 hợp tác xã vay vốn.", {"Liên minh Hợp tác xã tỉnh Trà Vinh"}),
    # a branch named after a known parent is one body, not the parent and a bare "Chi nhánh …"
    # a branch of a known bank names the bank as well (NOTES.md 34)
    ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Lào Cai đã giải ngân 3 tỷ đồng cho công nhân.",
     {"Ngân hàng Chính sách xã hội chi nhánh tỉnh Lào Cai", "Ngân hàng Chính sách xã hội"}),
    # a magazine, head "Tạp chí", as a newspaper's "Báo" (pattern_heads.tsv, org90)
    ("Ông Hùng, Phó Tổng Biên tập Tạp chí Tuyên giáo, đã phát biểu.", {"Tạp chí Tuyên giáo"}),
    # a magazine's editorial board is its internal organ (NOTES 15), as a paper's is
    ("Ban Biên tập Tạp chí Tuyên giáo khẳng định không cử phóng viên nào.", {"Tạp chí Tuyên giáo"}),
    # a journal's foreign title is a publication, no body (vietnamese_named_heads.tsv)
    ("Kết quả được công bố trên tạp chí Science Advances tuần trước.", set()),
    # a private clinic, head "Phòng khám" (pattern_heads.tsv, org90); a hospital's clinic in lower case is its unit
    ("Anh Nam bị Phòng khám Đa khoa Hòa Bình thu 9 triệu đồng.", {"Phòng khám Đa khoa Hòa Bình"}),
    ("Bác sĩ phòng khám Bệnh viện Thanh Nhàn cho biết số ca giảm.", {"Bệnh viện Thanh Nhàn"}),
])
def test_org_shapes_bodies_the_patterns_lacked(text, expected):
    assert set(_entries(text)) == {fold_for_matching(name) for name in expected}


# --- a body of the article's province named with the kind of place alone ----------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # the kind after a body's name: the province's body
    ("Ngày 9/3, UBND tỉnh Tuyên Quang làm việc với Hội Cựu chiến binh tỉnh và Hội Nông dân tỉnh.",
     {"Ủy ban nhân dân tỉnh Tuyên Quang", "Hội Cựu chiến binh tỉnh Tuyên Quang", "Hội Nông dân tỉnh Tuyên Quang"}),
    ("Tại tỉnh Sóc Trăng, Công đoàn ngành Y tế tỉnh đã thăm 30 đoàn viên.", {"Công đoàn ngành Y tế tỉnh Sóc Trăng"}),
    # an organ of a relative body whose name the segmenter cut inside the form ("Ban Tuyên giáo Tỉnh| ủy")
    ("Ngày 2/6, Tỉnh ủy Gia Lai họp. Ban Tuyên giáo Tỉnh ủy trình báo cáo.",
     {"Tỉnh ủy Gia Lai", "Ban Tuyên giáo Tỉnh ủy Gia Lai"}),
    # relative forms of the front, social insurance and the National Assembly delegation (relative.tsv)
    ("Tại tỉnh Kon Tum, UBMTTQ tỉnh và BHXH tỉnh đã trao 100 thẻ bảo hiểm.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum", "Bảo hiểm xã hội tỉnh Kon Tum"}),
    ("Ngày 4/7, Đoàn ĐBQH tỉnh Hà Giang tiếp xúc cử tri. Đoàn ĐBQH tỉnh ghi nhận 20 ý kiến.",
     {"Đoàn đại biểu Quốc hội tỉnh Hà Giang"}),
    # a ward's or commune's committees and police with the kind alone (relative.tsv, org90)
    ("Ông Hải, Chủ tịch UBND phường Đông Thọ, được giới thiệu ứng cử đại biểu HĐND phường khóa mới.",
     {"Ủy ban nhân dân phường Đông Thọ", "Hội đồng nhân dân phường Đông Thọ"}),
    ("Người dân xã Yên Lạc phản ánh; UBND xã đã giao Công an xã xác minh.",
     {"Ủy ban nhân dân xã Yên Lạc", "Công an xã Yên Lạc"}),
    # "Xã hội" inside a department's name is no commune: the department is the province's
    ("Tại tỉnh Ninh Thuận, Sở Lao động - Thương binh và Xã hội đã kiểm tra 12 doanh nghiệp.",
     {"Sở Lao động - Thương binh và Xã hội tỉnh Ninh Thuận"}),
    # a place of two words whose last is also a family name, then an official's full name
    ("Chủ tịch UBND huyện Gia Lâm Nguyễn Văn Tài phát biểu.", {"Ủy ban nhân dân huyện Gia Lâm"}),
    ("Chủ tịch LĐLĐ huyện Can Lộc Phan Thị Hòa trao quà.", {"Liên đoàn Lao động huyện Can Lộc"}),
    # a district's body after the district is named
    ("LĐLĐ huyện Thạch Thất phối hợp với Phòng Văn hóa và Thông tin huyện tổ chức hội thi.",
     {"Liên đoàn Lao động huyện Thạch Thất", "Phòng Văn hóa và Thông tin huyện Thạch Thất"}),
    # another kind than the article's places', or no place known: left as written
    ("Tại tỉnh Sóc Trăng, Hội Nông dân huyện đã hỗ trợ vốn.", {"Hội Nông dân"}),
    ("Hội Nông dân tỉnh đã hỗ trợ vốn cho hội viên.", {"Hội Nông dân"}),
])
def test_org_shapes_relative_kind_after_a_body(text, expected):
    assert set(_entries(text)) == {fold_for_matching(name) for name in expected}


@pytest.mark.parametrize("text", [
    "Thanh tra toàn diện các doanh nghiệp nợ bảo hiểm.",
    "Thanh tra các Cục Quản lý đường bộ đã xử phạt nhiều xe.",
    "Vụ việc được Công an tỉnh tiếp nhận.",  # no province named: no body
    "Người dân xã Tân Lập bắt được con rắn lạ và đem lên trình báo công an xã.",  # lower case: any commune's police
])
def test_org_shapes_inspection_and_relative_police_without_a_body(text):
    assert not any(name.startswith((fold_for_matching("Thanh tra"), fold_for_matching("Công an"))) for name in _entries(text))


# --- names that go on over lower-case words, places abroad and acronyms after a dash ----------
@pytest.mark.parametrize(("text", "expected"), [
    # a mission abroad is named with the country it sits in
    ("Bà từng là Bí thư thứ nhất Đại sứ quán Việt Nam tại Liên bang Nga.", {"Đại sứ quán Việt Nam tại Liên bang Nga": set()}),
    ("Đại sứ quán Nhật Bản tại Hà Nội tổ chức lễ.", {"Đại sứ quán Nhật Bản": set()}),
    # an armed force in lower case between an office and a foreign name, closed by its country
    ("Tư lệnh không quân Malaysia Rahman Ismail cho biết.", {"Không quân Malaysia": set()}),
    ("Ông nói quân đội Malaysia sẽ rút.", {}),  # no office before it: a common noun
    # the end of a headline's line ends the country too
    ("Khánh thành trụ sở mới của Đại sứ quán Việt Nam tại Ba Lan\nSáng 9/7, lễ khánh thành diễn ra.",
     {"Đại sứ quán Việt Nam tại Ba Lan": set()}),
    # a level word closes a name of several capitalized words; an acronym after a dash is its alias
    ("Theo ông Nam (Viện Nghiên cứu Chiến lược phát triển quốc gia - NCS), tăng trưởng sẽ chậm lại.",
     {"Viện Nghiên cứu Chiến lược phát triển quốc gia": {"NCS"}}),
    ("Sinh viên (Trường ĐH Bách khoa - TPHCM) đoạt giải nhất.", {"Trường ĐH Bách khoa": set()}),
    # sentence-case names whose fields are nouns of a field of work
    ("Ông Sơn, Giám đốc Trung tâm đăng kiểm quốc tế Việt Nam, cho biết.", {"Trung tâm đăng kiểm quốc tế Việt Nam": set()}),
    ("Bà Lan - Giám đốc Công ty cổ phần dự án xây dựng Minh Phát kiến nghị.",
     {"Công ty cổ phần dự án xây dựng Minh Phát": set()}),
    # a school's head glued to an acronym of its kind
    ("Em học Trường PTDT nội trú Mường Tè, Lai Châu.", {"Trường PTDT nội trú Mường Tè": set()}),
    # a second field joined by "và" in lower case, and the same department written short with its place
    ("Tỉnh Quảng Trị có nhiều dự án. Ba cán bộ Sở Thông tin và truyền thông bị kỷ luật. Giám đốc Sở TT&TT Quảng Trị nói.",
     {"Sở Thông tin và Truyền thông tỉnh Quảng Trị": {"Sở Thông tin và truyền thông", "Sở TT&TT Quảng Trị"}}),
    # the Front's committee by the acronym with the country's letters glued on
    ("Hội Cựu chiến binh phối hợp với UBMTTQVN TP Cần Thơ tổ chức lễ.",
     {"Hội Cựu chiến binh": set(), "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ": {"UBMTTQVN TP Cần Thơ"}}),
    # a province's department by its acronym with "&" spaced, and with "&" for "và" and the city's kind alone
    ("Ông Tô Văn Hải - Giám đốc Sở TN & MT TP Cần Thơ: tiến độ chậm. Ông Tô Văn Hải - Giám đốc Sở Tài nguyên & "
     "Môi trường TP chia sẻ thêm.",
     {"Sở Tài nguyên và Môi trường thành phố Cần Thơ": {"Sở TN & MT TP Cần Thơ", "Sở Tài nguyên & Môi trường TP"}}),
    ("Bà Lê Thị Nga, Phó Giám đốc Sở VH-TT&DL tỉnh Quảng Bình, cho biết.",
     {"Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Bình": {"Sở VH-TT&DL tỉnh Quảng Bình"}}),
    # a company's line of business in lower case between its legal form and its own name, whatever the words
    ("Ông Nam, Giám đốc Công ty TNHH xi măng Long Sơn, cho biết.", {"Công ty TNHH xi măng Long Sơn": set()}),
    ("Công nhân Công ty cổ phần xe khách Hoàng Long được thưởng Tết.", {"Công ty cổ phần xe khách Hoàng Long": set()}),
    ("Bà Hoa làm việc ở Công ty CP giày da Hải Dương đã 10 năm.", {"Công ty cổ phần giày da Hải Dương": {"Công ty CP giày da Hải Dương"}}),
    ("Công ty TNHH thức ăn chăn nuôi Đại Dương đã trả lương.", {"Công ty TNHH thức ăn chăn nuôi Đại Dương": set()}),
    # a union's head in lower case names the company inside its name as the capitalized head does
    ("Chủ tịch công đoàn Công ty TNHH Dệt Kim Đông Xuân Trần Văn Hòa cho biết.",
     {"Công đoàn Công ty TNHH Dệt Kim Đông Xuân": set(),
      "Công ty TNHH Dệt Kim Đông Xuân": set()}),
    # a committee carries its parent in its name after "của", a country after the parent too
    ("Bà Đỗ Thị Lan từng là Phó Chủ nhiệm Ủy ban Văn hóa xã hội của Quốc hội khóa V.",
     {"Ủy ban Văn hóa xã hội của Quốc hội": set(), "Quốc hội Việt Nam": {"Quốc hội"}}),
    ("Ông Vũ Hữu Bình là Ủy viên Ủy ban Lao động và Thương binh của Quốc hội, quê Nam Định.",
     {"Ủy ban Lao động và Thương binh của Quốc hội": set(), "Quốc hội Việt Nam": {"Quốc hội"}}),
    ("Đoàn của Ủy ban Đối ngoại của Quốc hội Campuchia thăm Hà Nội.",
     {"Ủy ban Đối ngoại của Quốc hội Campuchia": set(), "Quốc hội Campuchia": set()}),
])
def test_org_shapes_lower_case_words_places_and_acronyms(text, expected):
    assert _entries(text) == _expected(expected)


# --- a body's parent written by its initials inside the body's name (NOTES.md item 34) ------------
@pytest.mark.parametrize(("text", "parent"), [
    ("Phó Chủ tịch Ủy ban Trung ương MTTQ Trần Văn Bình dự lễ phát động.", "Mặt trận Tổ quốc Việt Nam"),
    ("Ủy ban Trung ương MTTQ Việt Nam đã gửi thư cảm ơn các nhà hảo tâm.", "Mặt trận Tổ quốc Việt Nam"),
    # a province's committee is "Ủy ban MTTQ Việt Nam tỉnh X" in full: its name holds the national body's
    ("Ủy ban MTTQ tỉnh Hà Nam đã trao 100 suất quà.", "Mặt trận Tổ quốc Việt Nam"),
    ("Mỗi hộ nhận thêm 200.000 đồng của Ủy ban Mặt trận tổ quốc huyện Yên Thế.", "Mặt trận Tổ quốc Việt Nam"),
])
def test_org_shapes_parent_written_inside_a_name(text, parent):
    assert fold_for_matching(parent) in _entries(text)


@pytest.mark.parametrize(("text", "absent"), [
    # the parent's name opens the body's own name: the body, no mention of the parent
    ("Hội Liên hiệp Phụ nữ tỉnh Hà Nam đã trao 100 suất quà.", "Hội Liên hiệp Phụ nữ Việt Nam"),
    # initials in brackets define the body's acronym; they name no other body
    ("Phó Giám đốc Kho bạc Nhà nước (KBNN) tỉnh Hà Nam bị kỷ luật.", "Kho bạc Nhà nước"),
])
def test_org_shapes_parent_not_named_inside(text, absent):
    assert fold_for_matching(absent) not in _entries(text)


# --- a plural before a head with only fields after it names a kind of body, no one body --------
@pytest.mark.parametrize("text", [
    "Ngày 5/6, 63 Sở Y tế trên cả nước đã gửi báo cáo.",
    "Thanh tra các Sở Giao thông vận tải đã kiểm tra 1.200 xe.",
    "Lãnh đạo những Trung tâm Y tế còn thiếu bác sĩ đã kiến nghị.",
    "Các Sở Giáo dục và Đào tạo phải công bố điểm trước ngày 10.",
])
def test_org_shapes_plural_kind_of_body_is_no_organization(text):
    assert _entries(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    # a name after the head still names a body; a year or a day before the head is no count
    ("Các Bệnh viện Chợ Rẫy và Bệnh viện Nhân dân 115 đã tiếp nhận bệnh nhân.", "Bệnh viện Chợ Rẫy"),
    ("Trong năm 2019 Sở Y tế đã khám cho 3.000 người.", "Sở Y tế"),
    ("Sáng ngày 12 Sở Giáo dục và Đào tạo đã họp.", "Sở Giáo dục và Đào tạo"),
])
def test_org_shapes_plural_rule_keeps_named_bodies(text, expected):
    assert fold_for_matching(expected) in _entries(text)


# --- foreign companies, agencies, parties and chambers in world and business news ----------------
@pytest.mark.parametrize(("text", "expected"), [
    # a head that only says what kind of company follows: the foreign name alone is one more form
    ("Hôm thứ Hai, hãng hàng không Pacific Wings đã hủy 20 chuyến bay.",
     {"Hãng hàng không Pacific Wings": {"Pacific Wings"}}),
    ("Hãng hàng không Hàn Quốc Blue Crane Air cho biết sẽ mở đường bay mới.",
     {"Hãng hàng không Hàn Quốc Blue Crane Air": {"Blue Crane Air"}}),
    ("Theo hãng tin The Morning Herald, công ty Northfield Logistics đã ngừng giao hàng.",
     {"Hãng tin The Morning Herald": {"The Morning Herald"}, "Công ty Northfield Logistics": {"Northfield Logistics"}}),
    ("Lãnh đạo tập đoàn Greystone Holdings đã gặp đối tác tại Hà Nội.",
     {"Tập đoàn Greystone Holdings": {"Greystone Holdings"}}),
    # a country written unaccented is part of the airline's name
    ("Hãng hàng không Malaysia Airlines nối lại đường bay.", {"Hãng hàng không Malaysia Airlines": {"Malaysia Airlines"}}),
    # two heads before one foreign name: one company
    ("Ngân hàng đầu tư Redwood Partners dự báo lãi suất tăng. Một chuyên gia của ngân hàng Redwood Partners nói thêm.",
     {"Ngân hàng đầu tư Redwood Partners": {"ngân hàng Redwood Partners", "Redwood Partners"}}),
    # a news agency or broadcaster quoted or spoken to, not credited
    ("AFP dẫn lời một nhà ngoại giao cho biết hai bên đã nhất trí.", {"Hãng thông tấn AFP": {"AFP"}}),
    ("Phát biểu với CNBC, ông cho rằng thị trường sẽ ổn định.", {"Đài CNBC": {"CNBC"}}),
    ("Tân Hoa xã đưa tin cây cầu đã được thông xe.", {"Hãng thông tấn Tân Hoa xã": {"Tân Hoa xã"}}),
    # a foreign party written with "đảng" in lower case, with its country after it
    ("Các nghị sĩ đảng Cộng hòa đã bỏ phiếu chống.", {"Đảng Cộng hòa": set()}),
    ("Ứng viên của đảng Nhân dân Campuchia đã giành đa số.", {"Đảng Nhân dân Campuchia": set()}),
    # a foreign chamber named by its country
    ("Thượng viện Mỹ đã thông qua dự luật với 55 phiếu thuận.", {"Thượng viện Mỹ": set()}),
    # a committee of a chamber names the chamber too (NOTES.md item 34)
    ("Ủy ban Ngân sách Hạ viện Mỹ đã bỏ phiếu.", {"Ủy ban Ngân sách Hạ viện Mỹ": set(), "Hạ viện Mỹ": set()}),
    # world bodies the press names in Vietnamese and by acronym
    ("Cơ quan Hàng không và Vũ trụ Mỹ (NASA) phóng tàu thăm dò. NASA cho biết tàu đã vào quỹ đạo.",
     {"Cơ quan Hàng không và Vũ trụ Mỹ": {"NASA"}}),
    ("Ngân hàng Trung ương châu Âu giữ nguyên lãi suất, ECB cho biết.", {"Ngân hàng Trung ương châu Âu": {"ECB"}}),
    ("Ban Thư ký ASEAN đã gửi báo cáo.", {"Ban Thư ký ASEAN": set()}),
])
def test_org_shapes_foreign_bodies_in_world_news(text, expected):
    assert _entries(text) == _expected(expected)


@pytest.mark.parametrize(("text", "absent"), [
    ("Hai bên đã nhất trí.\nTheo AFP", "Hãng thông tấn AFP"),  # a source credit after the last sentence
    ("Lãnh đạo phe Dân chủ tại Hạ viện Alice Morgan phản đối.", "Hạ viện Alice Morgan"),  # a member, no country
    ("Trong bối cảnh lưỡng đảng Mỹ ngày càng đồng thuận.", "Đảng Mỹ"),
    ("Công tác xây dựng đảng Trong sạch vững mạnh được chú trọng.", "Đảng Trong sạch"),
    ("Ông từng theo học tại đại học Oregon.", "Oregon"),  # a school named by its place: no own name
    ("Anh làm việc cho nhà máy Nordwerk ở ngoại ô.", "Nordwerk"),  # a plant is no company
    ("Hãng hàng không Vietnam Airlines nối lại đường bay.", "Hãng hàng không Tổng công ty Hàng không Việt Nam"),
])
def test_org_shapes_foreign_forms_that_name_no_other_body(text, absent):
    names = _entries(text)
    assert fold_for_matching(absent) not in names and not any(fold_for_matching(absent) == a for v in names.values() for a in v)


# --- heads that are common words, papers after their classifier, agencies in lower case (orgs51) ----------
@pytest.mark.parametrize(("text", "expected"), [
    # "Tổ chức" and "Cơ quan" open a body's name mid-sentence, capitalized, with a capitalized name after them
    ("Theo thống kê của Tổ chức Cứu trợ Ngư dân Quốc tế, có 12 tàu bị bỏ rơi.",
     {"Tổ chức Cứu trợ Ngư dân Quốc tế": set()}),
    ("Số liệu của Tổ chức Bảo vệ Rừng Nhiệt đới (TBRN) cho thấy diện tích rừng giảm.",
     {"Tổ chức Bảo vệ Rừng Nhiệt đới": {"TBRN"}}),
    ("Báo cáo do Cơ quan Thống kê Lao động Canada công bố hôm qua.", {"Cơ quan Thống kê Lao động Canada": set()}),
    ("Mẫu thử đã được gửi tới Cơ quan Kiểm định dược phẩm châu Âu để phân tích.",
     {"Cơ quan Kiểm định dược phẩm châu Âu": set()}),
    # after "và" such a head opens another body
    ("Phòng Cảnh sát Kinh tế và Tổ chức Cứu trợ Ngư dân đã phối hợp giải cứu.",
     {"Phòng Cảnh sát Kinh tế": set(), "Tổ chức Cứu trợ Ngư dân": set()}),
    # a paper in Latin letters after "tờ", known or not; a country in Vietnamese after it is no word of its title
    ("Theo tờ The Daily Ledger, hai bên đã ký hợp đồng.", {"The Daily Ledger": set()}),
    ("Tờ Corriere di Milano Anh cho biết cầu thủ đã đồng ý.", {"Corriere di Milano": set()}),
    # names in Latin letters listed beside a company, or as the holders of an event after "do"
    ("Hội thảo do Corvan AG cùng QXT, Brightwell và Nordica tổ chức.",
     {"Corvan AG": set(), "QXT": set(), "Brightwell": set(), "Nordica": set()}),
    ("Chuyên gia của Tập đoàn Minh Phát và Fennick Việt Nam đã trình bày giải pháp.",
     {"Tập đoàn Minh Phát": set(), "Fennick Việt Nam": set()}),
    ("Tọa đàm do Báo Lao Động phối hợp cùng Stellar Glass Việt Nam tổ chức.",
     {"Báo Lao Động": set(), "Stellar Glass Việt Nam": set()}),
    # a provincial agency whose head is written in lower case, named up to its place
    ("Trạm kiến nghị chi cục Trồng trọt và Bảo vệ thực vật TP. HCM cấp thêm kinh phí.",
     {"Chi cục Trồng trọt và Bảo vệ thực vật thành phố Hồ Chí Minh": {"chi cục Trồng trọt và Bảo vệ thực vật TP. HCM"}}),
    # a Party committee's inspection committee is a body, also by its acronym and with the relative committee
    ("Hôm qua, Ủy ban Kiểm tra Huyện ủy Thường Xuân đã xem xét kỷ luật hai đảng viên.",
     {"Ủy ban Kiểm tra Huyện ủy Thường Xuân": set()}),
    ("Hôm qua, UBKT Tỉnh ủy Cao Bằng đã kết luận vụ việc.",
     {"Ủy ban Kiểm tra Tỉnh ủy Cao Bằng": {"UBKT Tỉnh ủy Cao Bằng"}, "Tỉnh ủy Cao Bằng": set()}),
    # left: the bare "UBKT Tỉnh ủy" of the article's province, which the segmenter cuts ("UBKT Tỉnh | ủy")
    # knowledge base additions: an acronym the press uses, and a body written in lower case
    ("Cổ phiếu này sẽ rời HoSE để niêm yết trên HNX từ tháng sau.",
     {"Sở Giao dịch Chứng khoán thành phố Hồ Chí Minh": {"HoSE"}, "Sở Giao dịch Chứng khoán Hà Nội": {"HNX"}}),
    ("Kết luận của TTCP đã được gửi tới các bộ.", {"Thanh tra Chính phủ": {"TTCP"}}),
    ("Liên hiệp các hội khoa học và kỹ thuật Việt Nam đã góp ý dự thảo.",
     {"Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam": set()}),
])
def test_org_shapes_common_word_heads_papers_lower_case_agencies(text, expected):
    assert _entries(text) == _expected(expected)


@pytest.mark.parametrize(("text", "absent"), [
    ("Tổ chức Hội nghị tổng kết năm tại Hà Nội.", "Tổ chức Hội nghị"),  # the verb opening a sentence
    ("Trưởng ban Tổ chức Huyện ủy Lê Văn Nam phát biểu.", "Tổ chức Huyện ủy"),  # the field of a unit after its title
    ("Cơ quan Bộ Tài chính tổ chức lễ chào cờ.", "Cơ quan Bộ Tài chính"),  # the office of a body (NOTES.md 15)
    ("Trước đó, Cơ quan quản lý Hàn Quốc đã phạt hãng này.", "Cơ quan quản lý Hàn Quốc"),  # a country's regulators
    ("Đối Tác Địa Điểm Tổ Chức Sự Kiện Họp Báo Chính Thức.", "Tổ Chức Sự Kiện Họp Báo Chính Thức"),  # a heading
    ("Theo tờ Tuổi Trẻ Cười, vụ việc đã rõ.", "Tuổi Trẻ Cười"),  # Vietnamese syllables only: left to the base
    ("Hồ sơ do cơ quan điều tra Công an tỉnh Bình Phước thụ lý.", "Cơ quan điều tra Công an tỉnh Bình Phước"),
    ("Vụ việc xảy ra tại huyện Hàm Yên. Nạn nhân được đưa về đồn công an huyện.", "Công an huyện Hàm Yên"),
    ("Đoàn khách đã tham quan trung tâm thành phố Đà Lạt.", "Trung tâm thành phố Đà Lạt"),
    ("Ủy ban Kiểm tra LĐLĐ tỉnh Yên Bái đã họp.", "Ủy ban Kiểm tra LĐLĐ tỉnh Yên Bái"),  # a union's organ (NOTES.md 15)
    ("Bà Hà Thị Lan, Phó Chủ nhiệm UBKT Công đoàn Giáo dục Việt Nam, phát biểu.", "Ủy ban Kiểm tra Công đoàn Giáo dục Việt Nam"),
    ("Chỉ số HNX-Index tăng nhẹ trong phiên sáng.", "Sở Giao dịch Chứng khoán Hà Nội"),  # an index, no mention of the body
    # beside a company: a person's name, a common noun's short form, a new clause's subject after a comma
    ("Ông Peter Dalton cho biết Tập đoàn Minh Phát và Dalton sẽ hợp tác.", "Dalton"),
    ("Ở Trường Đại học Hòa Bình, SV được học tập trong môi trường hiện đại.", "SV"),
    ("Theo chủ tịch Tập đoàn Minh Phát, CPTPP mang lại nhiều cơ hội.", "CPTPP"),
    ("Hội thảo do John Dalton tổ chức.", "John Dalton"),
    # after a company's legal form, a verb or a stop word is no line of business
    ("Công ty cổ phần tặng Hà Nội 500 suất quà.", "Công ty cổ phần tặng Hà Nội"),
    ("Công ty TNHH cho Nguyễn Văn An nghỉ việc.", "Công ty TNHH cho Nguyễn Văn An"),
])
def test_org_shapes_common_words_and_lower_case_forms_name_no_body(text, absent):
    names = _entries(text)
    assert fold_for_matching(absent) not in names and not any(fold_for_matching(absent) == a for v in names.values() for a in v)
