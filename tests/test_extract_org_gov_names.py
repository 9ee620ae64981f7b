"""Names of government and local bodies in the shapes local news writes them, on sentences of our own
(issue 11 item 5). Each table gives text → a name the organizations must hold, or a name they must not
hold. The sentences are invented; none is taken from an article."""

import pytest

from unionfacts import extract_facts


def _names(text: str) -> list[str]:
    return [org["name"] for org in extract_facts(text, "2021-05-01")["organizations"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head glued by the segmenter to the field after it, after a sentence's opener
        ("Theo Phòng Văn hóa thông tin Vĩnh Yên, các lễ hội đều tạm dừng.", "Phòng Văn hóa thông tin Vĩnh Yên"),
        ("Tại Phòng Nội vụ huyện Ba Vì có 5 hồ sơ chờ duyệt.", "Phòng Nội vụ huyện Ba Vì"),
        # a place of two syllables whose first is a head word ("Hội", "Đài") after the fields
        ("Người dân đi lễ hội. Phòng Văn hóa thông tin Hội An thường xuyên cập nhật tình hình.",
         "Phòng Văn hóa thông tin Hội An"),
        # field words after the capitalized ones: a student, a forest, a registration, monitoring
        ("Trung tâm Hỗ trợ sinh viên của trường đã mở thêm ký túc xá.", "Trung tâm Hỗ trợ sinh viên"),
        ("Các cán bộ thuộc Ban Quản lý rừng phòng hộ Bắc Hướng Hóa đã phát hiện vụ việc.",
         "Ban Quản lý rừng phòng hộ Bắc Hướng Hóa"),
        ("Đoàn đã làm việc với Trung tâm Quan trắc môi trường tỉnh Lào Cai.", "Trung tâm Quan trắc môi trường tỉnh Lào Cai"),
        # every capitalized word a field: the name goes on over the lower-case fields after them
        ("Theo Cục Quản lý Đăng ký kinh doanh, số doanh nghiệp mới đã tăng.", "Cục Quản lý Đăng ký kinh doanh"),
        ("Số liệu của Cục Quản lý đăng ký kinh doanh cho thấy điều đó.", "Cục Quản lý đăng ký kinh doanh"),
        # heads of border posts and local health stations
        ("UBND thị xã phối hợp với Trạm kiểm soát Cửa Hội, Đồn Biên phòng Quỳnh Lập vào cuộc.", "Trạm kiểm soát Cửa Hội"),
        ("UBND thị xã phối hợp với Trạm kiểm soát Cửa Hội, Đồn Biên phòng Quỳnh Lập vào cuộc.", "Đồn Biên phòng Quỳnh Lập"),
        ("Trạm Y tế xã Tân Hiệp đã tiêm cho 200 người.", "Trạm Y tế xã Tân Hiệp"),
        # the prisons and detention centres of the police, named by their place (org97)
        ("Trại giam Xuân Hòa Bắc đã đề nghị giảm án cho 120 phạm nhân.", "Trại giam Xuân Hòa Bắc"),
        ("Phạm nhân Lò Văn Sáu đang chấp hành án tại Trại giam tỉnh Hà Nam Bắc.", "Trại giam tỉnh Hà Nam Bắc"),
        ("Đối tượng đã bị tạm giữ tại Trại tạm giam Công an tỉnh Lạng Trung.", "Trại tạm giam Công an tỉnh Lạng Trung"),
        # the Covid-19 steering committees, national and of a province, in the forms the news writes them
        ("Ông Lê Văn Nam, Phó Trưởng ban Ban Chỉ đạo quốc gia phòng chống dịch Covid-19, cho biết như vậy.",
         "Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19"),
        ("Sáng 3/5, Ban chỉ đạo phòng chống dịch Covid-19 tỉnh Sóc Trăng đã họp khẩn.",
         "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Sóc Trăng"),
        # steering committees other than Covid-19's: a purpose and a level or place close the name; "của tỉnh" is
        # the article's province
        ("Chiều 12/9, Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Bình đã họp trực tuyến.",
         "Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Bình"),
        ("Theo Ban Chỉ đạo Trung ương về Phòng, chống thiên tai, bão sẽ vào đất liền đêm nay.",
         "Ban Chỉ đạo Trung ương về Phòng, chống thiên tai"),
        ("Ông Trần Văn Nam, Phó Trưởng Ban Chỉ đạo Nhà nước về Du lịch, cắt băng khai mạc.",
         "Ban Chỉ đạo Nhà nước về Du lịch"),
        ("Ban Chỉ đạo 389 tỉnh Nghệ An đã bắt giữ 12 xe hàng lậu.", "Ban Chỉ đạo 389 tỉnh Nghệ An"),
        ("Phiên họp của Ban Chỉ đạo Cải cách tư pháp Trung ương diễn ra tại Hà Nội.",
         "Ban Chỉ đạo Cải cách tư pháp Trung ương"),
        ("Mưa lớn kéo dài ở Hà Tĩnh. Ban Chỉ đạo phòng chống thiên tai của tỉnh yêu cầu các huyện sơ tán dân.",
         "Ban Chỉ đạo phòng chống thiên tai tỉnh Hà Tĩnh"),
        # a workplace and an eponymous institute keep a foreign name after a country or Vietnamese words
        ("Công ty Mỹ Kryptos Logic vừa công bố báo cáo.", "Công ty Mỹ Kryptos Logic"),
        ("Các nhà khoa học của Viện Sinh học Tiến hóa Max Planck đã giải mã bộ gen.",
         "Viện Sinh học Tiến hóa Max Planck"),
        # a city written short after a body's name is no foreign officer's name
        ("Ông Lê Văn Hải, Chủ tịch Hiệp hội Du lịch TP HCM, cho biết khách đã tăng.", "Hiệp hội Du lịch thành phố Hồ Chí Minh"),
        # nor is a province whose syllables are no Vietnamese name's ("Đắk Lắk"), after its kind or alone
        ("Cơ quan Cảnh sát điều tra Công an tỉnh Đắk Lắk đã khởi tố vụ án.", "Cơ quan Cảnh sát điều tra Công an tỉnh Đắk Lắk"),
        ("Theo Sở Văn hóa Thể thao và Du lịch Đắk Lắk, lễ hội đã tạm dừng.", "Sở Văn hóa Thể thao và Du lịch Đắk Lắk"),
        # lower-case words of the name after the head: personnel, higher education, corruption
        ("Đại diện Vụ Tổ chức cán bộ, Bộ Nội vụ đã trao quyết định.", "Vụ Tổ chức cán bộ"),
        ("Theo Vụ Giáo dục đại học, năm nay có 300 ngành mới.", "Vụ Giáo dục đại học"),
        # a head written in lower case right after its own office: the body's name all the same
        ("Ông Lê Văn Tùng - Cục trưởng cục Chống tham nhũng - cho biết đoàn sẽ làm việc 15 ngày.",
         "Cục Chống tham nhũng"),
        ("Tuy vậy, Vụ trưởng vụ Pháp chế Hoàng Thị Mai cho rằng cần sửa quy định.", "Vụ Pháp chế"),
        # a field no verb writes, before the officer's name, stays in the name
        ("Hôm qua, Cục trưởng Cục Chống tham nhũng Lê Văn Tùng đã ký quyết định.", "Cục Chống tham nhũng"),
        # a body's head glued by the segmenter to the title before it ("Bí thư Thị ủy | Ninh Hòa")
        ("Ông Võ Văn Tâm, Bí thư Thị ủy Ninh Hòa cho biết thị xã đã phong tỏa hai thôn.", "Thị ủy Ninh Hòa"),
        ("Ông Võ Văn Tâm, Phó Bí thư Thị ủy Điện Bàn phát biểu tại hội nghị.", "Thị ủy Điện Bàn"),
        # the Quốc hội's committees in their older and newer names and the lower-case forms papers write
        ("Đoàn giám sát của Ủy ban Văn hóa, giáo dục, thanh niên, thiếu niên, nhi đồng đã làm việc với trường.",
         "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"),
        ("Phó Chủ nhiệm Ủy ban các vấn đề về xã hội Lê Văn Hòa nêu ý kiến.", "Ủy ban Các vấn đề xã hội của Quốc hội"),
        ("Chủ nhiệm Ủy ban Xã hội của Quốc hội Trần Thị Lan đề nghị sửa luật.", "Ủy ban Các vấn đề xã hội của Quốc hội"),
        # lower-case words of a field or level inside a name written in sentence case
        ("Theo số liệu của Cục Đầu tư nước ngoài, vốn đăng ký đã tăng.", "Cục Đầu tư nước ngoài"),
        ("Bà Trần Thu Hà, Viện trưởng Viện Đổi mới sáng tạo, cho biết như vậy.", "Viện Đổi mới sáng tạo"),
        ("Công ty Tư vấn du học quốc tế Sao Việt đã bị phạt 50 triệu đồng.", "Công ty Tư vấn du học quốc tế Sao Việt"),
        # airports and general hospitals written with their acronyms
        ("Lượng khách qua Cảng HKQT Đà Nẵng tăng mạnh trong dịp lễ.", "Cảng Hàng không Quốc tế Đà Nẵng"),
        ("Bệnh nhân được chuyển lên BVĐK tỉnh Nghệ An để điều trị.", "Bệnh viện Đa khoa tỉnh Nghệ An"),
        # a province's inspectorate and election committee, written relative to the article's place
        ("Tin Nghệ An. Thanh tra tỉnh đã kết luận vụ việc tại huyện Nam Đàn, tỉnh Nghệ An.", "Thanh tra tỉnh Nghệ An"),
        ("Ủy ban bầu cử TP Cần Thơ đã công bố danh sách người ứng cử.", "Ủy ban bầu cử thành phố Cần Thơ"),
        ("Chiều qua, Hội đồng bầu cử quốc gia đã họp phiên thứ 5.", "Hội đồng Bầu cử Quốc gia"),
        # a foreign mission's seat in Vietnam; two embassies in each other's countries are two
        ("Đại sứ quán Úc tại Việt Nam cho biết. Đại sứ quán Việt Nam tại Úc cũng xác nhận.", "Đại sứ quán Úc tại Việt Nam"),
        ("Đại sứ quán Úc tại Việt Nam cho biết. Đại sứ quán Việt Nam tại Úc cũng xác nhận.", "Đại sứ quán Việt Nam tại Úc"),
        # a trade office abroad, with its seat
        ("Theo Thương vụ Việt Nam tại Nhật Bản, xuất khẩu vải thiều tăng.", "Thương vụ Việt Nam tại Nhật Bản"),
        # foreign groups known by their acronym
        ("Hội nghị thượng đỉnh G20 khai mạc tại Osaka, sau hội nghị các bộ trưởng APEC.",
         "Nhóm các nền kinh tế lớn G20"),
        ("Hội nghị thượng đỉnh G20 khai mạc tại Osaka, sau hội nghị các bộ trưởng APEC.",
         "Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương"),
        # the first national union body, recalled at every anniversary
        ("Kỷ niệm 95 năm ngày thành lập Tổng Công hội đỏ Bắc Kỳ, tiền thân của Công đoàn Việt Nam.",
         "Tổng Công hội đỏ Bắc Kỳ"),
        # an online company's fields after its acronym (org97)
        ("Ông Trần Văn Nghĩa, Giám đốc Công ty cổ phần VNK truyền thông trực tuyến, đã bị bắt.",
         "Công ty cổ phần VNK truyền thông trực tuyến"),
    ],
)
def test_name_read_whole(text, expected):
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a verb and its object after fields written capitalized
        ("Theo Cục Quản lý Thị trường kiểm tra hàng hóa, số vụ đã tăng.", "Cục Quản lý Thị trường kiểm tra hàng hóa"),
        # a level word closes the name: a price after it is no field of the name
        ("Bệnh viện dẫn chứng, Viện Huyết học Truyền máu Trung ương giá 16.000 đồng.",
         "Viện Huyết học Truyền máu Trung ương giá"),
        # an acronym after a dash is the name's own, no word of it
        ("Theo ông Lê Văn Hòa (Viện Nghiên cứu Quản lý kinh tế trung ương - VIEM), thủ tục đã giảm.",
         "Viện Nghiên cứu Quản lý kinh tế trung ương - VIEM"),
        # a health station named only by the kind of place it serves is none
        ("Sinh viên làm việc với Trạm Y tế phường, Bệnh viện Đại học về phòng dịch.", "Trạm Y tế"),
        # a verb after "và" ends the name
        ("Bệnh viện đa khoa tỉnh Hòa Bình và hỗ trợ Bệnh viện huyện Lạc Sơn.", "Bệnh viện đa khoa tỉnh Hòa Bình và hỗ trợ"),
        # a steering committee without a level or a place is an event's or a campaign's, no body
        ("Ban Chỉ đạo phòng chống dịch các cấp đã được kiện toàn.", "Ban Chỉ đạo phòng chống dịch"),
        ("Trưởng Ban Chỉ đạo Lê Văn Tám yêu cầu các huyện sơ tán dân.", "Ban Chỉ đạo Lê Văn Tám"),
        # after the level only "về" goes on; a list of bodies after a comma is no purpose
        ("Ban Chỉ đạo Quốc gia điện cho tỉnh đề nghị mở rộng điều tra.", "Ban Chỉ đạo Quốc gia điện"),
        ("Ban Chỉ đạo Quốc gia, Bộ Y tế và Sở Y tế đã cảnh báo.", "Ban Chỉ đạo Quốc gia, Bộ Y tế"),
        # a district's kind alone may be any district's: no body named
        ("Thành viên Ban Chỉ đạo phòng chống dịch của huyện được tiêm trước.", "Ban Chỉ đạo phòng chống dịch huyện"),
        # a foreign officer's name closes a foreign body's
        ("Chủ tịch Phòng Thương mại Mỹ Mary Collins cho rằng thuế sẽ tăng.", "Phòng Thương mại Mỹ Mary Collins"),
        # a head in lower case after an office, with a foreign name after it: the officer's name, no body's
        ("Quỹ này do cựu giám đốc quỹ đầu tư Bill Hwang điều hành.", "Quỹ đầu tư Bill Hwang"),
        # "trực tuyến" alone after a body is the meeting's adverb, no field of its name
        ("Sở Y tế tỉnh Hà Nam trực tuyến với các bệnh viện.", "Sở Y tế tỉnh Hà Nam trực tuyến"),
        ("Bộ Y tế họp trực tuyến với 63 tỉnh, thành phố.", "Bộ Y tế họp trực tuyến"),
    ],
)
def test_name_stops(text, unexpected):
    assert unexpected not in _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kind written once in the plural, then the bodies' names (pipeline/extract/org_lists.py)
        ("Năm trường dạy song ngữ là các trường trung học cơ sở: Lê Lợi (quận Hà Đông); Kim Liên, Láng Thượng "
         "(quận Đống Đa) và Trường THPT Yên Hòa.",
         {"Trường Trung học cơ sở Lê Lợi", "Trường Trung học cơ sở Kim Liên", "Trường Trung học cơ sở Láng Thượng",
          "Trường THPT Yên Hòa"}),
        ("Cục đã gửi công văn tới các hãng Vietjet, Bamboo Airways và Vietravel Airlines về khẩu trang.",
         {"Vietjet", "Bamboo Airways", "Vietravel Airlines"}),
        ("Học sinh giỏi được 3 trường đại học Bách khoa, Kinh tế Quốc dân và Thủy lợi tuyển thẳng.",
         {"Trường Đại học Bách khoa", "Trường Đại học Kinh tế Quốc dân", "Trường Đại học Thủy lợi"}),
        ("Giáo viên của các trường THCS Nghĩa Đô, THCS Dịch Vọng sẽ được tiêm trước.",
         {"Trường THCS Nghĩa Đô", "Trường THCS Dịch Vọng"}),
    ],
)
def test_bodies_listed_after_their_kind(text, expected):
    assert {name.lower() for name in expected} <= {name.lower() for name in _names(text)}  # names match ignoring case


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # where the bodies are from, not which ones
        ("Hàng của các công ty Nhật Bản, Hàn Quốc đã tăng giá.", "Công ty Nhật Bản"),
        ("Các bệnh viện Hà Nội, Hải Phòng đều quá tải.", "Bệnh viện Hải Phòng"),
        # kinds of school, no names
        ("Sự phối hợp của các trường ĐH, CĐ diễn ra suôn sẻ.", "Trường Đại học ĐH"),
        ("Sự phối hợp của các trường ĐH, CĐ diễn ra suôn sẻ.", "Trường Đại học CĐ"),
        ("Giáo viên các trường Mầm non, Tiểu học, Trung học được tiêm trước.", "Trường Tiểu học"),
        ("Sinh viên các trường Cao đẳng, Trung cấp được miễn học phí.", "Trường Trung cấp"),
        # a street after a house number is no plural
        ("Ngọn lửa bùng lên tại nhà số 725 Trường Chinh, quận Tân Phú.", "Trường Chinh"),
    ],
)
def test_no_bodies_listed(text, unexpected):
    assert unexpected not in _names(text)


@pytest.mark.parametrize(
    ("text", "expected", "unexpected"),
    [
        # "Đảng" before another party's name is that party, not Vietnam's
        ("Ứng viên Đảng Cộng hòa thắng ở bang Ohio, Đảng Dân chủ mất hai ghế.", {"Đảng Cộng hòa", "Đảng Dân chủ"},
         "Đảng Cộng sản Việt Nam"),
        ("Đảng Tiến lên nước Ý (FI) của ông Berlusconi giành 14% số phiếu.", {"Đảng Tiến lên nước Ý"}, "Đảng Cộng sản Việt Nam"),
        ("Thượng nghị sĩ Đảng Lao động Sarah Hanson phát biểu.", {"Đảng Lao động"}, "Đảng Lao động Sarah Hanson"),
        # the Party's own organs, its state, a person's name and a place after "Đảng" stay Vietnam's Party
        ("Tổng Bí thư của Đảng Nguyễn Văn An tới dự.", {"Đảng Cộng sản Việt Nam"}, "Đảng Nguyễn Văn An"),
        ("Dưới sự lãnh đạo của Đảng Nhà nước ta đã làm được nhiều việc.", {"Đảng Cộng sản Việt Nam"}, "Đảng Nhà nước"),
        ("Bí thư khối Dân – Chính Đảng TP vắng mặt.", {"Đảng Cộng sản Việt Nam"}, "Đảng TP"),
        # the ordinal of the Party's congress names no other party
        ("Phát biểu tại Đại hội Đảng XIII, ông Lê Văn Bình nêu ba kiến nghị.", {"Đảng Cộng sản Việt Nam"}, "Đảng XIII"),
    ],
)
def test_other_parties(text, expected, unexpected):
    names = _names(text)
    assert expected <= set(names) and unexpected not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newspaper named without "Báo" after a cue (media_cues.tsv) or by its own short name
        ("Ngày 2/6, trao đổi với Dân trí, ông Lê Văn Nam cho biết đã nộp đơn.", "Báo Dân trí"),
        ("Như Tiền Phong đã đưa tin, cây cầu bị sập hôm qua.", "Báo Tiền Phong"),
        ("Sáng nay, trao đổi với Pháp Luật TP.HCM, bà Hoa cho biết đã báo công an.",
         "Báo Pháp Luật Thành phố Hồ Chí Minh"),
    ],
)
def test_newspaper_without_its_head(text, expected):
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bodies joined by a dash share the place after the last one
        ("Lãnh đạo Tỉnh ủy - HĐND - UBND tỉnh Hậu Giang dự lễ.", {"Hội đồng nhân dân tỉnh Hậu Giang"}),
        ("Lãnh đạo Thành ủy-HĐND-UBND thành phố Cần Thơ dự lễ.", {"Hội đồng nhân dân thành phố Cần Thơ"}),
        # the joint office of two bodies is one office, and names both bodies
        ("Văn phòng Đoàn ĐBQH và HĐND tỉnh Quảng Bình đã tổng hợp ý kiến cử tri.",
         {"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Quảng Bình",
          "Đoàn đại biểu Quốc hội tỉnh Quảng Bình", "Hội đồng nhân dân tỉnh Quảng Bình"}),
        ("Một cán bộ Văn phòng HĐND-UBND huyện Gia Lâm cho biết.",
         {"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Gia Lâm"}),
    ],
)
def test_bodies_sharing_place_and_office(text, expected):
    assert expected <= set(_names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one body written once for several provinces listed after it, with or without their kinds
        ("Báo cáo được gửi tới LĐLĐ Bắc Giang, Lạng Sơn và Cao Bằng.",
         {"Liên đoàn Lao động tỉnh Bắc Giang", "Liên đoàn Lao động tỉnh Lạng Sơn", "Liên đoàn Lao động tỉnh Cao Bằng"}),
        ("UBND tỉnh Quảng Trị và Thừa Thiên Huế đã ký kết hợp tác.",
         {"Ủy ban nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Thừa Thiên Huế"}),
        ("Công an tỉnh Sơn La, tỉnh Điện Biên phối hợp truy bắt đối tượng.",
         {"Công an tỉnh Sơn La", "Công an tỉnh Điện Biên"}),
    ],
)
def test_provinces_listed_after_one_body(text, expected):
    assert expected <= set(_names(text))


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a person after the comma, or a district the base does not know, ends the list
        ("Chủ tịch UBND tỉnh Bắc Kạn, Lê Văn Tâm cho biết.", "Ủy ban nhân dân tỉnh Lê Văn Tâm"),
        ("Sở Y tế Hà Nội và Bệnh viện Bạch Mai đã họp.", "Sở Y tế Bệnh viện Bạch Mai"),
        # a place of another level written with its kind ends the list
        ("Đại diện LĐLĐ tỉnh Bắc Giang, huyện Lạng Sơn đã dự.", "Liên đoàn Lao động tỉnh Lạng Sơn"),
    ],
)
def test_no_province_listed_after_a_body(text, unexpected):
    names = _names(text)
    assert unexpected not in names and len([n for n in names if n.startswith(unexpected.split(" ")[0])]) <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a local body's name in lower case between its head and its place
        ("Bà Lê Thị Hoa, Chủ tịch Hội người mù xã Tân Lập, đã nhận quà.", "Hội người mù xã Tân Lập"),
        ("Hội đồng thi đua khen thưởng huyện Ba Chẽ đã xét duyệt hồ sơ.", "Hội đồng thi đua khen thưởng huyện Ba Chẽ"),
        ("Danh sách do Ủy ban bầu cử phường Quang Trung công bố.", "Ủy ban bầu cử phường Quang Trung"),
    ],
)
def test_lower_case_local_body(text, expected):
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a clause, a compound word or a plural between the head and the place: no name
        "Hội đồng đã họp tại xã Tân Lập để xét hồ sơ.",
        "Hội trường xã Tân Lập chật kín người.",
        "Ban chỉ đạo các xã Tân Lập và Tân Tiến đã họp.",
        # a head that opens a common phrase at a sentence's start
        "Vụ cháy nhà dân xã Tân Lập xảy ra lúc 2 giờ sáng.",
        "Ban đêm người dân xã Tân Lập thay nhau đi tuần.",
    ],
)
def test_no_lower_case_local_body(text):
    assert not any(name.endswith("Tân Lập") for name in _names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news agency or paper cited in the body is named, bare or after "báo" in lower case
        ("Theo AFP, cuộc bầu cử diễn ra suôn sẻ.", "Hãng thông tấn AFP"),
        ("CNN dẫn lời một quan chức cho biết như vậy.", "Đài CNN"),
        ("Trả lời phỏng vấn báo Người Đưa Tin, ông Hùng khẳng định.", "Báo Người Đưa Tin"),
        ("Như báo Kiến Thức Ngày Nay đã phản ánh, con đường đã xuống cấp.", "Báo Kiến Thức Ngày Nay"),
        ("Theo báo Asahi dẫn nguồn tin ngoại giao, hai bên đã gặp nhau.", "Báo Asahi"),
        ("Báo VNExpress cho biết lễ hội bị hoãn.", "VnExpress"),
        # a paper whose name is a body's short form ("Thanh tra")
        ("Theo báo Thanh tra, đoàn kiểm tra đã kết luận.", "Báo Thanh tra"),
        # the national agency and broadcaster by their short forms after a reporter's word or quoted as a source
        # (agency_short_forms.tsv; aud-org100)
        ("Theo phóng viên TTXVN tại Nairobi, cuộc bầu cử diễn ra suôn sẻ.", "Thông tấn xã Việt Nam"),
        ("Liên minh cần tăng chi tiêu quốc phòng, TTXVN dẫn tin từ hãng Kyodo.", "Thông tấn xã Việt Nam"),
        ("PV VOV thường trú tại Vientiane cho biết nước lũ đã rút.", "Đài Tiếng nói Việt Nam"),
    ],
)
def test_media_cited_in_the_body(text, expected):
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a photo credit, "báo" as a verb or in a compound, a country's press: no paper
        "Hai nhà lãnh đạo bắt tay. Ảnh: AFP  Tờ Le Monde đưa tin cuộc gặp kéo dài một giờ.",
        "Người dân đã gọi điện báo Công an xã để trình báo sự việc.",
        "Nhà trường có 12 bài báo ISI trong năm qua.",
        "Theo báo Hàn Quốc, đội tuyển sẽ sang Việt Nam tập huấn.",
        # a stock index named after a paper
        "Chỉ số Nikkei 225 của Nhật Bản tăng 1% trong phiên sáng.",
        # the national agency's short form as a source credit (agency_short_forms.tsv: no reporter, no verb)
        "Cầu mới được thông xe sáng nay. (Theo TTXVN)",
        "Hai bên ký biên bản ghi nhớ về hợp tác. TTXVN/Tin Tức",
        "Mô hình được nhân rộng ra cả tỉnh. Ảnh: TTXVN",
    ],
)
def test_no_media_cited(text):
    assert not any(name in ("Hãng thông tấn AFP", "Thông tấn xã Việt Nam") or name.startswith("Báo ")
                   for name in _names(text))


def test_city_of_a_province_s_name_is_no_second_mention_of_the_province_body():
    facts = extract_facts("UBND tỉnh Hà Tĩnh và thành phố Hà Tĩnh đã ký kết quy chế phối hợp.", "2021-05-01")
    province = next(org for org in facts["organizations"] if org["name"] == "Ủy ban nhân dân tỉnh Hà Tĩnh")
    assert len(province["mentions"]) == 1


def test_office_of_one_body_before_another_body():
    names = _names("Văn phòng UBND tỉnh Nam Định và Sở Y tế đã làm việc với đoàn.")
    assert "Văn phòng Ủy ban nhân dân tỉnh Nam Định" in names and not any(" và Sở" in name for name in names)


@pytest.mark.parametrize(
    ("text", "expected", "unexpected"),
    [
        # a lower-case state body before a foreign country is that country's, not a common noun, not Vietnam's
        ("Ông Nowak, đại diện của chính phủ Ba Lan, cho biết chính phủ Ba Lan phản đối dự án.", "Chính phủ Ba Lan",
         "Chính phủ Việt Nam"),
        ("Lệnh phong tỏa của chính phủ Campuchia kéo dài hai tuần.", "Chính phủ Campuchia", "Chính phủ Việt Nam"),
    ],
)
def test_foreign_government_in_lower_case(text, expected, unexpected):
    names = _names(text)
    assert expected in names and unexpected not in names


def test_lower_case_government_alone_is_a_common_noun():
    assert _names("Người đứng đầu chính phủ các nước đã họp trực tuyến.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case kind of natural site (a lake, a bay, a mountain, an island) and its name close a site's board
        ("Ông Lê Văn Tâm, Trưởng ban Quản lý Khu du lịch quốc gia hồ Núi Mây, cho biết khu du lịch đã đón khách.",
         "Ban Quản lý Khu du lịch quốc gia hồ Núi Mây"),
        ("Ban Quản lý vịnh Cát Vân vừa công bố kế hoạch bảo tồn năm 2023.", "Ban Quản lý vịnh Cát Vân"),
        # the heritage words a site's board or centre names it with, in sentence case
        ("Bà Trần Thị Mai, Phó Trưởng ban Quản lý Khu di tích núi Bà Rền, phát biểu tại buổi lễ.",
         "Ban Quản lý Khu di tích núi Bà Rền"),
        ("Ban Quản lý Khu di tích lịch sử Đồi Gió vừa đón nhận bằng xếp hạng.", "Ban Quản lý Khu di tích lịch sử Đồi Gió"),
        ("Ông Phan Văn Quý, Giám đốc Trung tâm Bảo tồn di sản văn hóa Cố đô Hòa Lạc, cho biết.",
         "Trung tâm Bảo tồn di sản văn hóa Cố đô Hòa Lạc"),
        ("Ông Đỗ Văn Kiên, Trưởng ban Quản lý danh thắng đảo Cò Xanh, cho biết lượng khách tăng.",
         "Ban Quản lý danh thắng đảo Cò Xanh"),
    ],
)
def test_board_of_a_site_named_up_to_the_site(text, expected):
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province's department written in lower case without its place: the article's province's (org97)
        ("UBND tỉnh Hà Giang giao Sở Nội vụ tỉnh Hà Giang chủ trì, phối hợp sở Tài chính rà soát biên chế.",
         "Sở Tài chính tỉnh Hà Giang"),
        ("Sở Lao động - Thương binh và Xã hội tỉnh Bến Tre phối hợp với sở Y tế kiểm tra các doanh nghiệp.",
         "Sở Y tế tỉnh Bến Tre"),
    ],
)
def test_lower_case_department_of_the_article_s_province(text, expected):
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # the departments of many provinces, no one body
        "Bộ Y tế yêu cầu sở Y tế các tỉnh, thành phố tăng cường giám sát.",
        "Bộ Y tế yêu cầu các sở Y tế tăng cường giám sát dịch bệnh.",
        # a lake named as a place, with no body before it
        "Chiều qua, du khách đi thuyền trên hồ Xuân Hương rất đông.",
        # prisons in general, in lower case, no one body
        "Anh bị đưa vào trại giam ở tỉnh bên cạnh.",
        "Các trại giam trên cả nước đã tổ chức xét đặc xá.",
    ],
)
def test_no_one_body_in_a_kind_written_in_lower_case(text):
    assert not any(name.startswith(("Sở", "Hồ", "Trại")) for name in _names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the recognized religious organizations and the Government's committee for religion (organizations.tsv),
        # a provincial chapter through its executive board (templates.tsv: ghpgvn-tinh; aud-org100)
        ("Đại lễ Phật đản do Giáo hội Phật giáo Việt Nam tổ chức tại chùa Tam Chúc.", "Giáo hội Phật giáo Việt Nam"),
        ("Ban Trị sự GHPGVN tỉnh Nam Định tổ chức khóa tu mùa hè.", "Giáo hội Phật giáo Việt Nam tỉnh Nam Định"),
        ("Thay mặt Ban Trị sự Giáo hội Phật giáo Việt Nam TP Cần Thơ, Thượng tọa Thích Minh Tâm phát biểu.",
         "Giáo hội Phật giáo Việt Nam thành phố Cần Thơ"),
        ("Đoàn công tác của Hội đồng Giám mục Việt Nam thăm hỏi bà con vùng lũ.", "Hội đồng Giám mục Việt Nam"),
        ("Ban Tôn giáo Chính phủ vừa tổ chức hội nghị tập huấn.", "Ban Tôn giáo Chính phủ"),
    ],
)
def test_religious_organizations(text, expected):
    assert expected in _names(text)
