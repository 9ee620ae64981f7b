"""Officials and bodies of government and local-government news (issue 11): own sentences of the
shapes ministries', provinces' and hospitals' news writes, and the sentences that must give nothing."""

import pytest

from unionfacts import extract_facts


def _names(text: str) -> list[str]:
    return [org["name"] for org in extract_facts(text)["organizations"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lower-case fields of departments, courts and hospitals inside a sentence-case name
        ("Ông Lê Văn Hải, Cục trưởng Cục Thi hành án dân sự tỉnh Nam Định, cho biết số việc tăng.",
         "Cục Thi hành án dân sự tỉnh Nam Định"),
        ("Chi cục Thi hành án dân sự huyện Gia Lâm đã kê biên căn nhà.", "Chi cục Thi hành án dân sự huyện Gia Lâm"),
        ("Trung tâm kiểm soát bệnh tật tỉnh Hòa Bình đã lấy 200 mẫu.", "Trung tâm Kiểm soát bệnh tật tỉnh Hòa Bình"),
        ("Bệnh nhân được chuyển tới Bệnh viện dã chiến Tiên Du để điều trị.", "Bệnh viện dã chiến Tiên Du"),
        ("Chi cục Chăn nuôi và Thú y tỉnh Phú Thọ đã lấy mẫu xét nghiệm.", "Chi cục Chăn nuôi và Thú y tỉnh Phú Thọ"),
        ("Mẫu bệnh phẩm được gửi về Viện Pháp y quốc gia.", "Viện Pháp y quốc gia"),
        # a dash or a comma between the fields of one department's name
        ("Đại diện Phòng Tài chính - Kế hoạch huyện Sóc Sơn đã có mặt.", "Phòng Tài chính - Kế hoạch huyện Sóc Sơn"),
        ("Cùng ngày, Phòng Lao động, Thương binh và Xã hội huyện Thạch Thất đã tới thăm hỏi.",
         "Phòng Lao động, Thương binh và Xã hội huyện Thạch Thất"),
        # a province's treasury and disease-control centre, also by their acronyms (templates.tsv)
        ("Bà Hà, Giám đốc KBNN tỉnh Kon Tum, cho biết số thu tăng.", "Kho bạc Nhà nước tỉnh Kon Tum"),
        ("Mẫu bệnh phẩm đã được CDC Thái Bình xét nghiệm.", "Trung tâm Kiểm soát bệnh tật tỉnh Thái Bình"),
        # a kind of place the segmenter glued to the field before it
        ("Phòng Kinh tế thị xã Ngã Năm đã kết nối đầu mối tiêu thụ.", "Phòng Kinh tế thị xã Ngã Năm"),
        # a foreign news agency after "hãng tin" (the same name bare is a source credit)
        ("Bộ Ngoại giao Pháp cho hãng tin Reuters biết như vậy.", "Hãng tin Reuters"),
        # a ministry's Party organ written without "đảng", and a bloc's Party committee
        ("Ban cán sự Bộ Tài chính đã họp về việc này.", "Ban cán sự Bộ Tài chính"),
        ("Ông Khánh, Bí thư Đảng ủy Khối doanh nghiệp tỉnh Bình Phước, dự lễ.",
         "Đảng ủy Khối doanh nghiệp tỉnh Bình Phước"),
        # the national universities by their short forms
        ("Ông Nam, Phó Giám đốc ĐHQG TP.HCM, phát biểu.", "Đại học Quốc gia Thành phố Hồ Chí Minh"),
        ("Sinh viên ĐH Quốc gia Hà Nội nhập học.", "Đại học Quốc gia Hà Nội"),
        # a ministry's unit is named without the ministry written right after it
        ("Ông Hà Văn Sơn, Vụ trưởng Vụ Tín dụng Ngân hàng Nhà nước cho biết.", "Vụ Tín dụng"),
        ("Bà Lan, Cục phó Cục Quản lý khám chữa bệnh - Bộ Y tế, cho biết.", "Bộ Y tế"),
        # a ministry's department whose name holds a comma, known by name (organizations.tsv)
        ("Theo Cục Quản lý Khám chữa bệnh, 40 ca đã khỏi bệnh.", "Cục Quản lý Khám, chữa bệnh"),
        # the police's investigating bodies, and the place's police named inside them (NOTES.md 34)
        ("Cơ quan CSĐT Công an tỉnh Lào Cai đã khởi tố vụ án.", "Cơ quan Cảnh sát điều tra Công an tỉnh Lào Cai"),
        ("Cơ quan Cảnh sát điều tra Công an huyện Gia Lâm đề nghị ai biết thông tin hãy báo.", "Công an huyện Gia Lâm"),
        ("Cơ quan An ninh điều tra Bộ Công an đã bắt tạm giam ông Hưng.", "Cơ quan An ninh điều tra Bộ Công an"),
        # a national body named inside a foreign committee's name is that country's
        ("Ông Ali, thành viên Ủy ban An ninh Quốc gia Quốc hội Iran, cho biết.", "Quốc hội Iran"),
        # a head the segmenter glued to the lower-case verb before it ("giao Phòng", "chuyên Đại học")
        ("Chủ tịch UBND huyện Ba Vì giao Phòng Nội vụ huyện Ba Vì rà soát hồ sơ.", "Phòng Nội vụ huyện Ba Vì"),
        ("Bộ trưởng đã giao Vụ Pháp chế rà soát dự thảo thông tư.", "Vụ Pháp chế"),
        # a lower-case syllable that opens with "đ", "ư" … is no capital cutting the token
        ("Chung cư này do Công ty Cổ phần đầu tư bất động sản Sunland là chủ dự án; đơn vị quản lý là công ty khác.",
         "Công ty Cổ phần đầu tư bất động sản Sunland"),
    ],
)
def test_government_body_names(text, expected):
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a field after a verb is its object, and a plan's number after a dash is a document
        ("Sở Tư pháp điều tra vụ việc.", "Sở Tư pháp điều tra"),
        ("UBND huyện Sóc Sơn ban hành Kế hoạch 12/KH-UBND về phòng chống dịch.", "UBND huyện Sóc Sơn ban hành Kế hoạch"),
        ("Theo Phòng Tài chính - Kế hoạch 199/KH của huyện, việc này đã xong.", "Phòng Tài chính - Kế hoạch 199"),
        # fields alone, with no capitalized word, are a common noun
        ("Người bệnh được đưa tới bệnh viện dã chiến gần nhất.", "bệnh viện dã chiến"),
        ("Ông Ali, thành viên Ủy ban An ninh Quốc gia Quốc hội Iran, cho biết.", "Quốc hội Việt Nam"),
        # a field noun after a company's proper name is an apposition, not part of the name
        ("Công ty Hòa Phát doanh nghiệp lớn nhất ngành thép đã báo lãi.", "Công ty Hòa Phát doanh nghiệp"),
        ("Ban cán sự lớp đã họp phụ huynh.", "Ban cán sự"),
        ("Cơ quan cảnh sát điều tra đã vào cuộc xác minh.", "Cơ quan cảnh sát điều tra"),
        ("Ông Hà Văn Sơn, Vụ trưởng Vụ Tín dụng Ngân hàng Nhà nước cho biết.", "Vụ Tín dụng Ngân hàng"),
    ],
)
def test_government_body_names_stay_short(text, unexpected):  # also: no such body at all
    assert not any(name.startswith(unexpected) for name in _names(text))


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return {(person["name"], role["title"], role.get("organization"))
            for person in extract_facts(text)["persons"] for role in person.get("roles", [])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deputy written by a mark and the province in brackets, in a text about the National Assembly
        ("Tại phiên thảo luận của Quốc hội, ĐB Trần Văn Khải (Khánh Hòa) đề nghị sửa luật.",
         ("Trần Văn Khải", "Đại biểu", "Quốc hội Việt Nam")),
        ("Góp ý tại Quốc hội, đại biểu Lò Thị Mai (đoàn Sơn La) nêu ý kiến.",
         ("Lò Thị Mai", "Đại biểu", "Quốc hội Việt Nam")),
        ("Đại biểu Hà Văn Tùng (Đoàn ĐBQH tỉnh Yên Bái) phát biểu tại kỳ họp Quốc hội.",
         ("Hà Văn Tùng", "Đại biểu", "Quốc hội Việt Nam")),
        # a Party organ written bare before the next office is of that office's body, or of its place
        ("Ông Võ Văn Minh, Bí thư Đảng ủy, Chủ tịch Hội đồng Đại học Cần Thơ phát biểu.",
         ("Võ Văn Minh", "Bí thư", "Đảng ủy Đại học Cần Thơ")),
        ("Ông Lê Văn Tư, Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Lập phát biểu.",
         ("Lê Văn Tư", "Bí thư", "Đảng ủy xã Tân Lập")),
        # the district department's head: the department is the organization
        ("Ông Mã Văn Thọ, Trưởng Phòng Kinh tế thị xã Ngã Năm cho biết như vậy.",
         ("Mã Văn Thọ", "Trưởng phòng", "Phòng Kinh tế thị xã Ngã Năm")),
        # offices of diplomacy, audit and forest rangers the lexicon lacked
        ("Trả lời báo chí, Phó Phát ngôn Bộ Ngoại giao Ngô Thị Lan cho biết như vậy.",
         ("Ngô Thị Lan", "Phó Phát ngôn", "Bộ Ngoại giao")),
        ("Ông Lê Văn Long, Tổng Lãnh sự Việt Nam tại Quảng Châu, dự lễ.", ("Lê Văn Long", "Tổng Lãnh sự", None)),
        ("Ông Trần Văn Hải, Hạt trưởng Hạt Kiểm lâm huyện Quỳ Hợp, cho biết.",
         ("Trần Văn Hải", "Hạt trưởng", "Hạt Kiểm lâm huyện Quỳ Hợp")),
        ("Tại Nhà Trắng, phó phát ngôn viên Jane Miller không trả lời câu hỏi.",
         ("Jane Miller", "Phó Phát ngôn viên", None)),
        # the first deputy of a ministry or a department ("Thường trực" in the title): the body after it is its
        ("Thứ trưởng Thường trực Bộ Công Thương Đặng Hoàng An cho biết giá điện sẽ điều chỉnh.",
         ("Đặng Hoàng An", "Thứ trưởng Thường trực", "Bộ Công Thương")),
        ("Ông Lê Quang Thành, Phó Giám đốc Thường trực Sở Y tế tỉnh Bắc Ninh, cho biết như vậy.",
         ("Lê Quang Thành", "Phó Giám đốc Thường trực", "Sở Y tế tỉnh Bắc Ninh")),
        # a term between two offices of one person does not break the run ("nhiệm kỳ", "khóa")
        ("Ông Lê Minh Khoa, Phó Bí thư Đảng ủy nhiệm kỳ 2020-2025, Hiệu trưởng Trường Đại học Mỏ - Địa chất, phát biểu.",
         ("Lê Minh Khoa", "Hiệu trưởng", "Trường Đại học Mỏ - Địa chất")),
        ("Ông Lê Minh Khoa, Phó Bí thư Đảng ủy nhiệm kỳ 2020-2025, Hiệu trưởng Trường Đại học Mỏ - Địa chất, phát biểu.",
         ("Lê Minh Khoa", "Phó Bí thư", "Đảng ủy Trường Đại học Mỏ - Địa chất")),
        ("Bà Trần Thị Hà, Chủ tịch Công đoàn Công ty May Sông Hồng khóa IV, Phó Giám đốc Công ty May Sông Hồng, cho biết.",
         ("Trần Thị Hà", "Phó Giám đốc", "Công ty May Sông Hồng")),
        # a university's council: the office keeps the council, the organization is the school
        ("PGS.TS Lê Văn An, Chủ tịch Hội đồng trường Trường Đại học Vinh, cho biết trường tuyển 5.000 sinh viên.",
         ("Lê Văn An", "Chủ tịch Hội đồng trường", "Trường Đại học Vinh")),
        # a steering committee's head
        ("Ông Nguyễn Văn Hòa, Phó Chủ tịch UBND tỉnh Quảng Bình, Trưởng Ban Chỉ đạo phòng chống thiên tai và tìm kiếm "
         "cứu nạn tỉnh, cho biết.",
         ("Nguyễn Văn Hòa", "Trưởng Ban", "Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Bình")),
        # the committee's head written bare after its head's office points back to the committee named before
        ("Ban Chỉ đạo phòng chống thiên tai tỉnh Quảng Trị đã họp khẩn. Trưởng Ban chỉ đạo Lê Văn Tám yêu cầu "
         "các huyện sơ tán dân.",
         ("Lê Văn Tám", "Trưởng Ban", "Ban Chỉ đạo phòng chống thiên tai tỉnh Quảng Trị")),
        # a head in lower case after its own office
        ("Ông Trần Văn Hải - Cục trưởng cục Chống tham nhũng - cho biết như vậy.",
         ("Trần Văn Hải", "Cục trưởng", "Cục Chống tham nhũng")),
        # a company's short form the text defines in brackets, in mixed case or with a dot, used later alone
        ("Ngân hàng TMCP Hải Long (HaiLongBank) vừa họp. Ông Trần Văn Minh, Chủ tịch HĐQT HaiLongBank, cho biết lãi tăng.",
         ("Trần Văn Minh", "Chủ tịch Hội đồng quản trị", "Ngân hàng TMCP Hải Long")),
        ("Công ty Cổ phần Xây lắp Hà Bắc (PVC.HB) thua lỗ. Đỗ Văn Bình, Tổng Giám đốc PVC.HB, bị khởi tố.",
         ("Đỗ Văn Bình", "Tổng Giám đốc", "Công ty Cổ phần Xây lắp Hà Bắc")),
        # a foreign officer's name after a foreign body's: the body ends before it, after its country or its
        # Vietnamese words
        ("Bộ trưởng Bộ Thống nhất Hàn Quốc Park Ji-won cho biết hai miền sẽ đối thoại.",
         ("Park Ji-won", "Bộ trưởng", "Bộ Thống nhất Hàn Quốc")),
        ("Chủ tịch Hội đồng Hiến pháp Pierre Dubois phát biểu tại lễ nhậm chức.",
         ("Pierre Dubois", "Chủ tịch", "Hội đồng Hiến pháp")),
        ("Giám đốc Viện Nghiên cứu Biển Indonesia Budi Santoso nhận định tàu đã rời vùng biển.",
         ("Budi Santoso", "Giám đốc", "Viện Nghiên cứu Biển Indonesia")),
        # Vietnam's name after a national body is part of it: the office before reaches the name after
        ("Trả lời báo chí, Người phát ngôn Bộ Ngoại giao Việt Nam Đỗ Thu Hà cho biết như vậy.",
         ("Đỗ Thu Hà", "Người phát ngôn", "Bộ Ngoại giao")),
        # the body's executive committee between the office and the body: the office is the body's
        ("Phó Chủ tịch Ban Chấp hành Công đoàn Giáo dục Việt Nam Lê Văn Phú phát biểu.",
         ("Lê Văn Phú", "Phó Chủ tịch", "Công đoàn Giáo dục Việt Nam")),
        ("Bà Trần Thị Mai - chủ tịch BCH Liên đoàn Lao động tỉnh Hà Nam - trao quà.",
         ("Trần Thị Mai", "Chủ tịch", "Liên đoàn Lao động tỉnh Hà Nam")),
        # a minister's field in lower case, as world news writes an office after a name or a verb
        ("Ông Lê Minh Tâm, bộ trưởng tài chính, trả lời chất vấn.", ("Lê Minh Tâm", "Bộ trưởng", "Bộ Tài chính")),
        ("Tân thủ tướng chọn ông Peter Hollis làm bộ trưởng quốc phòng.",
         ("Peter Hollis", "Bộ trưởng", "Bộ Quốc phòng")),
        ("Bà Đào Thu Hằng, thứ trưởng ngoại giao, tiếp đoàn.", ("Đào Thu Hằng", "Thứ trưởng", "Bộ Ngoại giao")),
        # a foreign name with no form of address, known by the office a verb gives it right after,
        # or by a past office after a comma
        ("Nội các mới có Greg Whitfield làm bộ trưởng y tế.", ("Greg Whitfield", "Bộ trưởng", "Bộ Y tế")),
        ("Ông Hollis chọn bà Anna Kowal làm thứ trưởng và Mark Dunbar làm bộ trưởng nội vụ.",
         ("Mark Dunbar", "Bộ trưởng", "Bộ Nội vụ")),
        ("Danh sách có Mark Dunbar, cựu thứ trưởng, làm cố vấn.", ("Mark Dunbar", "Thứ trưởng", None)),
        # a foreign armed service and its country between the office and the name
        ("Tham mưu trưởng Hải quân Malaysia Ahmad Kamarulzaman thăm cảng.",
         ("Ahmad Kamarulzaman", "Tham mưu trưởng", "Hải quân Malaysia")),
        ("Tư lệnh Không quân Hàn Quốc Lee Sung-yong dự lễ.", ("Lee Sung-yong", "Tư lệnh", "Không quân Hàn Quốc")),
        ("Tư lệnh Lục quân Mỹ Robert Brown phát biểu.", ("Robert Brown", "Tư lệnh", "Lục quân Mỹ")),
        # a foreign name's office after a comma, its body in Vietnamese words closing the phrase
        ("Bà Ursula Brandt, Chủ tịch Hội đồng Bộ trưởng Bắc Âu, phát biểu.",
         ("Ursula Brandt", "Chủ tịch", "Hội đồng Bộ trưởng Bắc Âu")),
        ("Ông Tom Keller, Tư lệnh Hải quân Úc, thăm cảng.", ("Tom Keller", "Tư lệnh", "Hải quân Úc")),
        # two offices of one person joined by "và" after the name, the phrase closed by a comma
        ("Bà Vũ Thị Lan, Bộ trưởng Tư pháp và Thứ trưởng Nội vụ, dự họp.", ("Vũ Thị Lan", "Thứ trưởng", "Bộ Nội vụ")),
        ("Ông Hà Quang Vinh, Giám đốc Sở Y tế tỉnh Nam Định và Bí thư Đảng ủy Sở Y tế tỉnh Nam Định, dự lễ.",
         ("Hà Quang Vinh", "Bí thư", "Đảng ủy Sở Y tế tỉnh Nam Định")),
    ],
)
def test_government_roles(text, expected):
    assert expected in _roles(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a lower-case field the knowledge base has no ministry of stays without a body
        ("Ông Lê Minh Tâm, bộ trưởng cho biết thêm.", ("Lê Minh Tâm", "Bộ trưởng", "Bộ Cho")),
        # the office after the second name's verb is not the first name's
        ("Ông Hollis chọn bà Anna Kowal làm thứ trưởng và Mark Dunbar làm bộ trưởng nội vụ.",
         ("Anna Kowal", "Bộ trưởng", "Bộ Nội vụ")),
        # after "và" an office followed by a name is that name's, not the first person's
        ("Bà Vũ Thị Lan, Bộ trưởng Tư pháp và Thứ trưởng Nội vụ Đặng Văn Khoa dự họp.",
         ("Vũ Thị Lan", "Thứ trưởng", "Bộ Nội vụ")),
    ],
)
def test_government_roles_not_given(text, unexpected):
    assert unexpected not in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        # a congress delegate has a workplace, not a province, in brackets; without the Quốc hội no deputy
        "Tại đại hội Công đoàn, đại biểu Lê Văn Hà (Công ty May 10) phát biểu.",
        "Đại biểu Trần Văn Hòa (Hà Nam) phát biểu tại Đại hội Công đoàn tỉnh.",
    ],
)
def test_delegates_are_no_deputies(text):
    assert not any(title == "Đại biểu" for _, title, _ in _roles(text))


@pytest.mark.parametrize(
    "text",
    [
        # one who runs for an office does not hold it, whoever's candidate he is
        "Ứng viên tổng thống của đảng Tự do Anders Holm đã bỏ phiếu sớm.",
        "Cuộc thăm dò cho thấy ứng cử viên Tổng thống Pierre Lagarde dẫn trước.",
    ],
)
def test_candidates_hold_no_office(text):
    assert not any(title == "Tổng thống" for _, title, _ in _roles(text))


# Provincial, district and ward news, and ministries' Party organs: own sentences of the same shapes.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body of the article's province written with a bare "tỉnh" right before its head's name
        ("UBND tỉnh Nghệ An đã họp. Giám đốc Sở Xây dựng tỉnh Phan Văn Lực cho biết tiến độ chậm.",
         ("Phan Văn Lực", "Giám đốc", "Sở Xây dựng tỉnh Nghệ An")),
        ("Bệnh nhân ở tỉnh Cà Mau. Giám đốc Bệnh viện Sản Nhi tỉnh Lâm Thị Hồng nói ca mổ thành công.",
         ("Lâm Thị Hồng", "Giám đốc", "Bệnh viện Sản Nhi tỉnh Cà Mau")),
        # a Party committee after a five-word office, with a ministry whose name holds a dash
        ("Bà Trịnh Thị Mai, Phó Bí thư Thường trực Đảng ủy Bộ Văn hóa - Thể thao và Du lịch, phát biểu.",
         ("Trịnh Thị Mai", "Phó Bí thư Thường trực", "Đảng ủy Bộ Văn hóa, Thể thao và Du lịch")),
        # a port authority, a general hospital written in sentence case, the Front's Central Committee short
        ("Ông Trần Văn Đức, Giám đốc Cảng vụ Hàng hải Nghệ An, cho biết tàu đã cập cảng.",
         ("Trần Văn Đức", "Giám đốc", "Cảng vụ Hàng hải Nghệ An")),
        ("Bác sĩ Hà Văn Lâm, Phó Giám đốc BV đa khoa tỉnh Lai Châu, cho biết bệnh nhân đã ổn định.",
         ("Hà Văn Lâm", "Phó Giám đốc", "Bệnh viện đa khoa tỉnh Lai Châu")),
        ("Chủ tịch UBTW MTTQVN Đỗ Văn Chiến dự lễ.",
         ("Đỗ Văn Chiến", "Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")),
        # a standing member of a committee: the office with its modifier, the committee its body
        ("Bà Lê Thị Hạnh, Ủy viên thường trực Ủy ban Kiểm tra Trung ương, công bố quyết định.",
         ("Lê Thị Hạnh", "Ủy viên Thường trực", "Ủy ban Kiểm tra Trung ương")),
        # a foreign party's organ is that party's, and "Thường vụ" holds no "Vụ" head
        ("Ông Triệu Lạc Tế, Ủy viên Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc, tiếp đoàn.",
         ("Triệu Lạc Tế", "Ủy viên Thường vụ", "Bộ Chính trị Đảng Cộng sản Trung Quốc")),
        # a ward named after a historical figure is no officer's name
        ("Chủ tịch UBND phường Lê Lợi Đoàn Văn Tâm ký quyết định xử phạt.",
         ("Đoàn Văn Tâm", "Chủ tịch", "Ủy ban nhân dân phường Lê Lợi")),
    ],
)
def test_local_roles(text, expected):
    assert expected in _roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bodies only an office names are organizations too (the gold lists every role's body)
        ("Dự buổi tiếp có Bộ trưởng Tư pháp Lê Thành Long và Thứ trưởng Y tế Trần Văn Thuấn.", "Bộ Tư pháp"),
        ("Dự buổi tiếp có Bộ trưởng Tư pháp Lê Thành Long và Thứ trưởng Y tế Trần Văn Thuấn.", "Bộ Y tế"),
        ("Ông Phạm Văn Hòa, Chủ tịch TP Tam Kỳ, kiểm tra công trình.", "Ủy ban nhân dân thành phố Tam Kỳ"),
        # an acronym defined inside a department's name before its place is one body with the short form
        ("Sở Tài nguyên và Môi trường (TNMT) tỉnh Bắc Giang vừa có văn bản. Sở TNMT tỉnh Bắc Giang cho biết thêm.",
         "Sở Tài nguyên và Môi trường tỉnh Bắc Giang"),
        ("Sở Thông tin và Truyền thông (TTTT) tỉnh Lạng Sơn ra văn bản; Sở TTTT tỉnh Lạng Sơn giải thích.",
         "Sở Thông tin và Truyền thông tỉnh Lạng Sơn"),
        # a procuracy, a market-surveillance department written short: one body with the full name
        ("Viện KSND tỉnh Hà Giang phê chuẩn lệnh bắt. VKSND tỉnh Hà Giang đã trả hồ sơ.",
         "Viện Kiểm sát nhân dân tỉnh Hà Giang"),
        ("Cục QLTT tỉnh Cao Bằng đã thu giữ lô hàng.", "Cục Quản lý thị trường tỉnh Cao Bằng"),
        # a governing body's office written before it is a body too
        ("Theo Văn phòng UBND tỉnh Thái Nguyên, lịch làm việc đã thay đổi.", "Văn phòng Ủy ban nhân dân tỉnh Thái Nguyên"),
        ("Văn phòng Bộ Tư pháp đã gửi công văn hỏa tốc.", "Văn phòng Bộ Tư pháp"),
        # the President's office
        ("Văn phòng Chủ tịch nước tổ chức lễ trao quốc tịch.", "Văn phòng Chủ tịch nước"),
        # the one province an article names, without its kind, is where its bare-"tỉnh" bodies are
        ("Giáo viên Quảng Bình lo lắng. Sở Nội vụ đã trình UBND tỉnh phương án mới.", "Ủy ban nhân dân tỉnh Quảng Bình"),
        ("Giáo viên Quảng Bình lo lắng. Sở Nội vụ đã trình UBND tỉnh phương án mới.", "Sở Nội vụ tỉnh Quảng Bình"),
        ("Đoàn đại biểu Ban Chấp hành Trung ương Đảng Cộng sản Cuba đến Hà Nội.",
         "Ban Chấp hành Trung ương Đảng Cộng sản Cuba"),
        # wards and communes named after historical figures
        ("UBND phường Trần Hưng Đạo đã lập biên bản hai trường hợp.", "Ủy ban nhân dân phường Trần Hưng Đạo"),
        ("Cán bộ Công an phường Nguyễn Du đã có mặt tại hiện trường.", "Công an phường Nguyễn Du"),
    ],
)
def test_local_bodies(text, expected):
    assert expected in _names(text)


def test_a_body_named_by_an_office_has_no_alias_of_its_field():
    org = next(o for o in extract_facts("Bộ trưởng Tư pháp Lê Thành Long dự họp.")["organizations"]
               if o["name"] == "Bộ Tư pháp")
    assert org["aliases"] == []


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a police officer ("cán bộ công an") is no ministry, nor is the whole of a force
        ("Ông Hùng là cán bộ công an xã, đã nghỉ hưu từ năm ngoái.", "Bộ Công an"),
        ("Toàn bộ công an viên được huy động trực chốt.", "Bộ Công an"),
        # a general hospital without its place is a common noun
        ("Bệnh nhân được đưa tới bệnh viện đa khoa gần nhất để cấp cứu.", "Bệnh viện đa khoa"),
        # a foreign holder's office named by its field alone names no home ministry
        ("Ngoại trưởng Mỹ gặp Bộ trưởng Ngoại giao Rex Tillerson tại Nhà Trắng.", "Bộ Ngoại giao"),
        # two provinces named bare: the bare "tỉnh" is neither's
        ("Giáo viên Quảng Bình và Quảng Trị lo lắng. UBND tỉnh đã có phương án.", "Ủy ban nhân dân tỉnh Quảng Bình"),
        ("Giáo viên Quảng Bình và Quảng Trị lo lắng. UBND tỉnh đã có phương án.", "Ủy ban nhân dân tỉnh Quảng Trị"),
        # a foreign party's Central Committee is not Vietnam's
        ("Đoàn đại biểu Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào thăm tỉnh Điện Biên.",
         "Ban Chấp hành Trung ương Đảng"),
        ("Đoàn đại biểu Ban Chấp hành Trung ương Đảng Cộng sản Cuba đến Hà Nội.", "Ban Chấp hành Trung ương Đảng"),
        # the head of an office: the role's body is the governing body, no office is listed
        ("Ông Hà Văn Nam, Chánh Văn phòng UBND tỉnh Thái Nguyên, cho biết.", "Văn phòng Ủy ban nhân dân tỉnh Thái Nguyên"),
        # a venue
        ("Hội nghị diễn ra tại Văn phòng Tỉnh ủy Thái Nguyên.", "Văn phòng Tỉnh ủy Thái Nguyên"),
        # a union's office is an internal unit
        ("Văn phòng LĐLĐ tỉnh Thái Nguyên đã gửi công văn.", "Văn phòng Liên đoàn Lao động tỉnh Thái Nguyên"),
        # an office without any body named gives no organization
        ("Bộ trưởng Lê Thành Long phát biểu tại hội nghị.", "Bộ Tư pháp"),
    ],
)
def test_local_bodies_stay_absent(text, unexpected):
    assert unexpected not in _names(text)


@pytest.mark.parametrize(
    ("text", "holder", "office"),
    [
        # an office before a comma is the object of "của", not the office of the name after it, when
        # that name is set off by offices of its own
        ("Thực hiện chỉ đạo của Thủ tướng Chính phủ, PGS.TS Lê Văn Hòa, Bộ trưởng Bộ Xây dựng đã đến kiểm tra.",
         "Lê Văn Hòa", "Thủ tướng"),
        ("Theo yêu cầu của Chủ tịch UBND tỉnh, ông Đỗ Văn Kiên, Giám đốc Sở Tài chính đã báo cáo.",
         "Đỗ Văn Kiên", "Chủ tịch"),
    ],
)
def test_office_before_a_comma_is_not_the_named_persons_own(text, holder, office):
    offices = {(person, title) for person, title, _ in _roles(text)}
    assert (holder, office) not in offices
    assert any(person == holder for person, _ in offices)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no offices of its own after it, the name takes the office before the comma
        ("Bí thư Đảng ủy xã Tân Lập, ông Nguyễn Văn Hùng cho biết kết quả.",
         ("Nguyễn Văn Hùng", "Bí thư", "Đảng ủy xã Tân Lập")),
        ("Giám đốc Sở Y tế tỉnh Lâm Đồng, bà Trần Thị Hạnh cho biết.",
         ("Trần Thị Hạnh", "Giám đốc", "Sở Y tế tỉnh Lâm Đồng")),
    ],
)
def test_office_before_a_comma_and_a_form_of_address(text, expected):
    assert expected in _roles(text)


def test_office_opening_the_clause_before_a_comma_is_the_next_names():
    text = "“Việc này không liên quan” - đại biểu Quốc hội, Thiếu tướng Trần Văn Lộc, Chính ủy Quân khu 9 nói."
    assert ("Trần Văn Lộc", "Đại biểu", "Quốc hội Việt Nam") in _roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office the passage names with its body apart from any holder, then its holder with the bare office
        ("Sáng 3/5, Bí thư Tỉnh ủy Quảng Trị đến thăm các chốt kiểm dịch. Tại đây, Bí thư Nguyễn Văn Hòa "
         "yêu cầu giữ nghiêm kỷ luật.", ("Nguyễn Văn Hòa", "Bí thư", "Tỉnh ủy Quảng Trị")),
        ("Giám đốc Sở Y tế tỉnh Nam Định đã kiểm tra bệnh viện huyện. Giám đốc Trần Thị Lan đề nghị bổ sung "
         "nhân lực.", ("Trần Thị Lan", "Giám đốc", "Sở Y tế tỉnh Nam Định")),
        # a Party office before a place is the place's Party committee, by the kind of place
        ("Ông Phạm Văn Tâm - Bí thư phường Tân An bị kỷ luật.", ("Phạm Văn Tâm", "Bí thư", "Đảng ủy phường Tân An")),
        ("Bà Lê Thị Thu, Phó Bí thư huyện Hoài Đức, dự lễ.", ("Lê Thị Thu", "Phó Bí thư", "Huyện ủy Hoài Đức")),
        # a minister's field the home state has no ministry of, before a foreign country: that country's ministry
        ("Bộ trưởng Nông nghiệp Mỹ Tom Vilsack thăm Hà Nội.", ("Tom Vilsack", "Bộ trưởng", "Bộ Nông nghiệp Mỹ")),
        ("Bộ trưởng Môi trường Pháp Barbara Pompili phát biểu.", ("Barbara Pompili", "Bộ trưởng", "Bộ Môi trường Pháp")),
        # an acronym the text defines in mixed case or with a dot: the body wherever it is used
        ("Công ty cổ phần Dược phẩm Hà Tây (HataPharm) đã họp. Ông Vũ Văn Long, Tổng Giám đốc HataPharm, báo cáo.",
         ("Vũ Văn Long", "Tổng Giám đốc", "Công ty cổ phần Dược phẩm Hà Tây")),
        ("Công ty cổ phần Xây lắp Điện Miền Trung (XLĐ.MT) bị thanh tra. Ông Hồ Văn Sơn, Giám đốc Công ty XLĐ.MT, "
         "đã giải trình.", ("Hồ Văn Sơn", "Giám đốc", "Công ty cổ phần Xây lắp Điện Miền Trung")),
        # a fused member's office with its body written out, or before the next office's body
        ("Ông Hà Văn Lực, Huyện ủy viên Huyện ủy Thanh Chương, dự họp.", ("Hà Văn Lực", "Ủy viên", "Huyện ủy Thanh Chương")),
        ("Ông Đỗ Văn Khang, Đảng ủy viên Đảng ủy Cục Hải quan, bị kỷ luật.", ("Đỗ Văn Khang", "Ủy viên", "Đảng ủy Cục Hải quan")),
        ("Ông Lê Văn Tùng, Đảng ủy viên, Phó Giám đốc Công an tỉnh Hà Tĩnh, dự họp.",
         ("Lê Văn Tùng", "Ủy viên", "Đảng ủy Công an tỉnh Hà Tĩnh")),
        # the newspapers' short form of China between an office and the name
        ("Thủ tướng TQ Lý Khắc Cường tiếp đoàn.", ("Lý Khắc Cường", "Thủ tướng", None)),
        # a body written by its acronym alone between an office and the name: the body the base knows by it,
        # else as written
        ("Giám đốc NASA Bill Nelson phát biểu.", ("Bill Nelson", "Giám đốc", "Cơ quan Hàng không và Vũ trụ Mỹ")),
        ("Chủ tịch HĐQT Hòa Phát là ông Trần Đình Long; Tổng Giám đốc VPF Nguyễn Minh Ngọc dự họp.",
         ("Nguyễn Minh Ngọc", "Tổng Giám đốc", "VPF")),
        # a foreign body written out, set off from the name by a comma and a rank
        ("Giám đốc Cơ quan An ninh Quốc gia Mỹ, đại tướng Paul Nakasone cho biết.",
         ("Paul Nakasone", "Giám đốc", "Cơ quan An ninh Quốc gia Mỹ")),
        # a foreign country after the holder's name: his national body is that country's
        ("Ông đã gặp Bộ trưởng Quốc phòng Peter Dutton của Australia tại Singapore.",
         ("Peter Dutton", "Bộ trưởng", "Bộ Quốc phòng Australia")),
        # the term of an office, and "đồng thời là", between two offices of one run
        ("Ông Mai Văn Tám, Bí thư Đảng ủy xã Quỳnh Lâm nhiệm kỳ 2020-2025, Chủ tịch HĐND xã Quỳnh Lâm, phát biểu.",
         ("Mai Văn Tám", "Chủ tịch", "Hội đồng nhân dân xã Quỳnh Lâm")),
        ("Bà Đinh Thị Hoa, Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII (2021-2026), Bí thư Tỉnh ủy Ninh Bình, dự.",
         ("Đinh Thị Hoa", "Bí thư", "Tỉnh ủy Ninh Bình")),
        ("Giám đốc Sở Du lịch tỉnh Khánh Hòa đồng thời là Trưởng Ban quản lý Vịnh Nha Trang, ông Lê Văn Sáu "
         "cho biết.", ("Lê Văn Sáu", "Giám đốc", "Sở Du lịch tỉnh Khánh Hòa")),
    ],
)
def test_bodies_implied_written_short_or_defined_elsewhere(text, expected):
    assert expected in _roles(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a historical figure keeps the bare office; so does an office another holds by name, and a foreign official
        ("Chủ tịch UBND tỉnh Hà Giang đã chỉ đạo. Bà con nhớ lời Chủ tịch Hồ Chí Minh.",
         ("Hồ Chí Minh", "Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang")),
        ("Ông Lê Văn Nam, Giám đốc Sở Tài chính tỉnh Cà Mau, cho biết. Sau đó, Giám đốc Sở Tài chính tỉnh Cà Mau "
         "họp báo. Giám đốc Trần Văn Minh của công ty cũng dự.", ("Trần Văn Minh", "Giám đốc", "Sở Tài chính tỉnh Cà Mau")),
        ("Ngoại trưởng EU đã lên tiếng. Cùng ngày, Ngoại trưởng Dmytro Kuleba kêu gọi trừng phạt.",
         ("Dmytro Kuleba", "Ngoại trưởng", "Liên minh châu Âu")),
        # two bodies named for the office: none is implied
        ("Giám đốc Sở Y tế tỉnh Nam Định và Giám đốc Sở Tài chính tỉnh Nam Định đã họp. Giám đốc Trần Thị Lan "
         "phát biểu.", ("Trần Thị Lan", "Giám đốc", "Sở Y tế tỉnh Nam Định")),
        # a field that is a body of its own, a place written in brackets after a body
        ("Bộ trưởng Nội các Nhật Bản Katsunobu Kato từ chối bình luận.",
         ("Katsunobu Kato", "Bộ trưởng", "Bộ Nội các Nhật Bản")),
        ("Bệnh viện Từ Dũ (TP.HCM) đã xét nghiệm. Ông Trần Văn An, Giám đốc Bệnh viện Từ Dũ, cho biết.",
         ("Trần Văn An", "Giám đốc", "TP.HCM")),
    ],
)
def test_bodies_not_implied(text, unexpected):
    assert unexpected not in _roles(text)


def test_a_form_defined_inside_a_longer_name_stays_the_longer_names():
    text = "Bộ Nông nghiệp và Phát triển nông thôn (NN-PTNT) chỉ đạo. Sở NN-PTNT tỉnh Nghệ An đã báo cáo."
    names = _names(text)
    assert "Sở NN-PTNT tỉnh Nghệ An" in names or any(name.startswith("Sở Nông nghiệp") for name in names)


@pytest.mark.parametrize(
    ("text", "unexpected_holder"),
    [
        # a head written short is no body; a country after a comma is no body either
        ("Chủ tịch CLB Hải Phòng Văn Trần Hoàn phát biểu.", "Hải Phòng"),
        ("Sau khi ông Joe Biden nhậm chức Tổng thống Mỹ, bà Jill Biden xuất hiện.", "Jill Biden"),
    ],
)
def test_no_office_through_a_bare_head_or_a_country(text, unexpected_holder):
    assert not any(holder == unexpected_holder for holder, _, _ in _roles(text))


def test_a_bare_organ_alone_names_no_body():
    assert ("Trần Văn Hải", "Ủy viên", "Đảng ủy") not in _roles("Ông Trần Văn Hải, Đảng ủy viên, dự họp.")


def test_a_bare_office_repeating_a_fuller_one_is_no_office_of_its_own():
    text = ("Chủ tịch nước Nguyễn Văn Bình đến Viêng Chăn. Đây là chuyến thăm Lào đầu tiên của Chủ tịch "
            "Nguyễn Văn Bình trên cương vị mới.")
    assert _roles(text) == {("Nguyễn Văn Bình", "Chủ tịch nước", None)}


def test_an_office_written_short_of_one_in_the_same_body_is_no_office_of_its_own():
    text = ("Dự buổi gặp có ông Đặng Văn Khoa, Phó Chủ tịch thường trực UBND tỉnh Lạng Sơn. Kết luận buổi gặp, "
            "Phó Chủ tịch UBND tỉnh Lạng Sơn Đặng Văn Khoa đề nghị các sở vào cuộc.")
    assert _roles(text) == {("Đặng Văn Khoa", "Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Lạng Sơn")}
    # in another body the shorter office is an office of its own
    text = ("Ông Đặng Văn Khoa, Phó Chủ tịch thường trực UBND tỉnh Lạng Sơn, kiêm Phó Chủ tịch Hội Nông dân "
            "tỉnh Lạng Sơn, dự họp.")
    assert ("Đặng Văn Khoa", "Phó Chủ tịch", "Hội Nông dân tỉnh Lạng Sơn") in _roles(text)
    # an alternate member is another office than a member of the same body
    text = ("Ông Đặng Văn Khoa - ủy viên Ban Chấp hành Trung ương Đảng. Trước đó ông là Ủy viên dự khuyết Ban "
            "Chấp hành Trung ương Đảng.")
    assert ("Đặng Văn Khoa", "Ủy viên", "Ban Chấp hành Trung ương Đảng") in _roles(text)
