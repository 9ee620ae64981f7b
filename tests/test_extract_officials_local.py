"""Persons and offices of government, Party and local news (issue 11): own sentences of the shapes
candidate lists, provincial reports and ministry news write, and the sentences that must give nothing."""

import pytest

from unionfacts import extract_facts


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return {(person["name"], role["title"], role.get("organization"))
            for person in extract_facts(text)["persons"] for role in person.get("roles", [])}


def _persons(text: str) -> list[str]:
    return [person["name"] for person in extract_facts(text)["persons"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank, degree or profession set off by commas between the name and the offices
        ("Ông Trần Văn Bình (sinh năm 1975), Đại tá, Phó Tham mưu trưởng Quân khu 7.",
         ("Trần Văn Bình", "Phó Tham mưu trưởng", "Quân khu 7")),
        ("Ông Lê Văn Tâm, Bác sĩ chuyên khoa II, Phó Giám đốc Bệnh viện Đa khoa tỉnh Nam Định phát biểu.",
         ("Lê Văn Tâm", "Phó Giám đốc", "Bệnh viện Đa khoa tỉnh Nam Định")),
        ("Bà Đỗ Thị Hạnh (sinh năm 1979), Thạc sĩ, Phó Chủ tịch UBND huyện Kim Bảng.",
         ("Đỗ Thị Hạnh", "Phó Chủ tịch", "Ủy ban nhân dân huyện Kim Bảng")),
        # an occupation set off by commas says more of the person, and the offices after it are still theirs
        ("GS.TS Phạm Văn Lộc, chuyên gia thủy lợi, Hiệu trưởng Trường Đại học Cửu Long, cho rằng đê đã xuống cấp.",
         ("Phạm Văn Lộc", "Hiệu trưởng", "Trường Đại học Cửu Long")),
        ("Ông Tạ Minh Quân, nhà nghiên cứu, Viện trưởng Viện Kinh tế Nông nghiệp, nhận định giá lúa sẽ tăng.",
         ("Tạ Minh Quân", "Viện trưởng", "Viện Kinh tế Nông nghiệp")),
        ("Chị Vi Thị Duyên, công nhân may, Chủ tịch Công đoàn cơ sở Công ty TNHH Hải Long, chia sẻ.",
         ("Vi Thị Duyên", "Chủ tịch", "Công đoàn cơ sở Công ty TNHH Hải Long")),
        # a longer bracket after the name: its short form and the year of birth
        ("Ông Trần Văn Hòa (Trần Hòa - sinh năm 1960), Ủy viên Bộ Chính trị, Thượng tướng, Chủ nhiệm Tổng cục "
         "Hậu cần.", ("Trần Văn Hòa", "Ủy viên", "Bộ Chính trị")),
        ("Ông Trần Văn Hòa (Hòa Trần - sinh năm 1960), Ủy viên Bộ Chính trị, Thượng tướng, Chủ nhiệm Tổng cục "
         "Hậu cần.", ("Trần Văn Hòa", "Chủ nhiệm", "Tổng cục Hậu cần")),
        # a member of the Party Central Committee written in one abbreviation
        ("Ông Vũ Văn Nam, UVTƯ Đảng, Phó Thủ tướng Chính phủ, dự lễ.",
         ("Vũ Văn Nam", "Ủy viên", "Ban Chấp hành Trung ương Đảng")),
        ("Bà Lê Thị Hoa, UVTW Đảng, Bí thư Tỉnh ủy Thái Bình dự lễ.",
         ("Lê Thị Hoa", "Ủy viên", "Ban Chấp hành Trung ương Đảng")),
        ("Bà Lê Thị Hoa, UVTW Đảng, Bí thư Tỉnh ủy Thái Bình dự lễ.", ("Lê Thị Hoa", "Bí thư", "Tỉnh ủy Thái Bình")),
        # the standing member of a committee keeps "Thường trực" in the title
        ("Bà Hà Thị Lan, Ủy viên thường trực Ủy ban Kiểm tra Trung ương, Phó trưởng đoàn công tác số 5 phát biểu.",
         ("Hà Thị Lan", "Ủy viên Thường trực", "Ủy ban Kiểm tra Trung ương")),
        ("Bà Hà Thị Lan, Ủy viên thường trực Ủy ban Kiểm tra Trung ương, Phó trưởng đoàn công tác số 5 phát biểu.",
         ("Hà Thị Lan", "Phó Trưởng đoàn", None)),
        # an office after "chức vụ" written capitalized is that office, not "vụ Phó" (Vụ phó)
        # (the unit stays in the title, the body is the parent, as the h11 gold's "Chánh Thanh tra" of the Sở)
        ("Bà Nguyễn Thị Hà được bổ nhiệm chức vụ Phó Chánh Thanh tra Bộ Tư pháp.",
         ("Nguyễn Thị Hà", "Phó Chánh Thanh tra", "Bộ Tư pháp")),
        ("Ông Lê Văn Cấp được bổ nhiệm chức vụ Phó Giám đốc Bệnh viện Bạch Mai.",
         ("Lê Văn Cấp", "Phó Giám đốc", "Bệnh viện Bạch Mai")),
        # offices given by a verb of appointment
        ("Hôm qua, ông Lê Văn Hùng nhận quyết định bổ nhiệm Phó Giám đốc Sở Y tế tỉnh Hà Nam.",
         ("Lê Văn Hùng", "Phó Giám đốc", "Sở Y tế tỉnh Hà Nam")),
        ("Hôm qua, ông Lê Văn Hùng được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ tỉnh Nam Định.",
         ("Lê Văn Hùng", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định")),
        # a highland name takes the offices around it as any name does
        ("Hôm qua, ông Y Thanh Hà Niê Kđăm, Chủ tịch UBND tỉnh Đắk Lắk, cho biết.",
         ("Y Thanh Hà Niê Kđăm", "Chủ tịch", "Ủy ban nhân dân tỉnh Đắk Lắk")),
        ("Hôm qua, Chủ tịch UBND tỉnh Đắk Lắk Y Biêr Niê đã dự lễ.",
         ("Y Biêr Niê", "Chủ tịch", "Ủy ban nhân dân tỉnh Đắk Lắk")),
        # a plural office with examples of its holders after "như", each perhaps with a form of address
        ("Vừa qua đã kỷ luật mấy nguyên Ủy viên Trung ương Đảng như Lê Văn Hòa, Trần Minh Quang, Phạm Văn Trắc.",
         ("Phạm Văn Trắc", "Ủy viên", "Ban Chấp hành Trung ương Đảng")),
        ("Tin trong ngày. Đoàn gồm các Phó Chủ tịch UBND tỉnh Nam Định như ông Lê Văn Hòa, ông Trần Minh Quang.",
         ("Trần Minh Quang", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")),
        # a Party Central Committee's alternate member, and the offices after it
        ("Tin trong ngày. Ông Lê Văn Nam, Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy Hà Nam, dự lễ.",
         ("Lê Văn Nam", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng")),
        ("Tin trong ngày. Ông Lê Văn Nam, Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy Hà Nam, dự lễ.",
         ("Lê Văn Nam", "Bí thư", "Tỉnh ủy Hà Nam")),
        ("Tin trong ngày. Ông Lê Văn Nam, Ủy viên dự khuyết BCH Công đoàn Giáo dục Việt Nam, dự lễ.",
         ("Lê Văn Nam", "Ủy viên dự khuyết Ban Chấp hành", "Công đoàn Giáo dục Việt Nam")),
        # a sentence whose subject is an office the article gives one person: the offices after "là" are his
        ("Tin trong ngày. Bộ Chính trị điều động ông Hà Văn Nhã giữ chức Phó Trưởng Ban Tuyên giáo Trung ương. "
         "Tân Phó Trưởng Ban Tuyên giáo Trung ương là Ủy viên dự khuyết Trung ương Đảng khóa XI; Ủy viên Trung "
         "ương Đảng khóa XII, Đại biểu Quốc hội khóa XIV.", ("Hà Văn Nhã", "Đại biểu", "Quốc hội Việt Nam")),
        # "Ủy viên Trung ương" alone is of the Party's Central Committee, and a former one heads a list too
        ("Tin trong ngày. Vừa qua đã kỷ luật mấy nguyên ủy viên Trung ương như Lê Văn Hòa, Trần Minh Quang.",
         ("Trần Minh Quang", "Ủy viên", "Ban Chấp hành Trung ương Đảng")),
        ("Tin trong ngày. Ông Lê Văn Nam, Ủy viên Trung ương Đoàn, Bí thư Tỉnh đoàn Hà Nam, dự lễ.",
         ("Lê Văn Nam", "Ủy viên", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")),
        # a fronted clause of the office the subject held then
        ("Tin trong ngày. Trong thời gian giữ chức vụ Phó Chủ tịch UBND huyện Krông Pắc, ông Hà Văn Đông đã ký "
         "32 quyết định.", ("Hà Văn Đông", "Phó Chủ tịch", "Ủy ban nhân dân huyện Krông Pắc")),
        ("Tin trong ngày. Khi còn làm Giám đốc Sở Tài chính tỉnh Hà Nam, ông Lê Văn An đã ký nhiều văn bản.",
         ("Lê Văn An", "Giám đốc", "Sở Tài chính tỉnh Hà Nam")),
        # how an office is held, between it and its body, is no part of the title
        ("Tin trong ngày. Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Nam Định Trần Văn Khuê cho biết như vậy.",
         ("Trần Văn Khuê", "Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Nam Định")),
        ("Tin trong ngày. Ông Trần Văn Khuê, Phó Chủ tịch chuyên trách Công đoàn Công ty Hòa Phát, cho biết.",
         ("Trần Văn Khuê", "Phó Chủ tịch", "Công đoàn Công ty Hòa Phát")),
        # a union's department after "Ban" stays in the title (NOTES.md 33)
        ("Tin trong ngày. Bà Lê Thị Hoa, Trưởng ban Nữ công LĐLĐ tỉnh Nam Định, phát biểu.",
         ("Lê Thị Hoa", "Trưởng Ban Nữ công", "Liên đoàn Lao động tỉnh Nam Định")),
        ("Tin trong ngày. Ông Trần Văn Thuấn, Thứ trưởng Bộ Y tế, Phó Ban chỉ đạo Quốc gia phòng, chống dịch "
         "Covid-19 cho biết.", ("Trần Văn Thuấn", "Phó ban", "Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19")),
        # a Party or youth cell is a unit of the body it sits in: its officer's title keeps it (NOTES.md 33)
        ("Tin trong ngày. Bà Đỗ Thị Lan, Bí thư Chi bộ Sở Công Thương tỉnh Nam Định, phát biểu.",
         ("Đỗ Thị Lan", "Bí thư Chi bộ", "Sở Công Thương tỉnh Nam Định")),
        ("Tin trong ngày. Phó Bí thư Chi bộ Trường THPT Hoàng Văn Thụ Lê Minh Đức cho biết như vậy.",
         ("Lê Minh Đức", "Phó Bí thư Chi bộ", "Trường THPT Hoàng Văn Thụ")),
        ("Tin trong ngày. Anh Vũ Văn Khải, Bí thư Chi đoàn Công ty TNHH Cơ khí Hưng Yên, phát biểu.",
         ("Vũ Văn Khải", "Bí thư Chi đoàn", "Công ty TNHH Cơ khí Hưng Yên")),
        ("Tin trong ngày. Bà Đinh Thị Thu, Bí thư Chi bộ, Giám đốc Trung tâm Y tế huyện Kim Sơn, phát biểu.",
         ("Đinh Thị Thu", "Bí thư Chi bộ", "Trung tâm Y tế huyện Kim Sơn")),
        ("Tin trong ngày. Ông Giàng A Lử, Bí thư chi bộ bản Pá Khoang, cho biết.", ("Giàng A Lử", "Bí thư Chi bộ", None)),
        # a lower-case Vụ phó is still one
        ("Ông Lê Văn Hà, vụ phó Vụ Pháp chế, cho biết.", ("Lê Văn Hà", "Vụ phó", "Vụ Pháp chế")),
        # a body of its own whose head is written in lower case after its head's office, which ends with the
        # head's first word: a management board, a steering committee (not a unit kept in the title)
        ("Trưởng ban quản lý Khu công nghiệp Phú Mỹ, ông Đặng Văn Sáu cho biết.",
         ("Đặng Văn Sáu", "Trưởng Ban", "Ban quản lý Khu công nghiệp Phú Mỹ")),
        ("Bà Hồ Thị Nga, Phó trưởng ban quản lý dự án đầu tư xây dựng huyện Tuy Phong cho biết công trình chậm.",
         ("Hồ Thị Nga", "Phó Trưởng Ban", "Ban quản lý dự án đầu tư xây dựng huyện Tuy Phong")),
        ("Ông Lò Văn Kiên, Trưởng ban chỉ đạo phòng chống thiên tai huyện Mường La cho biết nước đã rút.",
         ("Lò Văn Kiên", "Trưởng Ban", "Ban chỉ đạo phòng chống thiên tai huyện Mường La")),
        ("Phó Chủ tịch UBND huyện kiêm Trưởng ban chỉ đạo phòng chống dịch huyện Ba Vì, ông Đỗ Văn Hải yêu cầu "
         "các xã tăng cường kiểm tra.", ("Đỗ Văn Hải", "Trưởng Ban", "Ban chỉ đạo phòng chống dịch huyện Ba Vì")),
        # an appointment or a dismissal names every holder after "đối với": the office is each one's
        ("HĐQT đã miễn nhiệm chức vụ thành viên Hội đồng quản trị đối với ông Lý Văn Tài và bà Mạc Thị Hương.",
         ("Mạc Thị Hương", "Thành viên Hội đồng quản trị", None)),
        ("UBND tỉnh quyết định bổ nhiệm chức vụ Phó Giám đốc Sở Xây dựng đối với ông Hà Văn Lực, ông Đinh Công Tráng.",
         ("Đinh Công Tráng", "Phó Giám đốc", "Sở Xây dựng")),
    ],
)
def test_local_roles(text, expected):
    assert expected in _roles(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # "Ủy viên Trung ương" of another body named right after it is no Party Central Committee member
        ("Tin trong ngày. Bà Lê Thị Hoa, Ủy viên Trung ương Hội LHPN Việt Nam, dự lễ.",
         ("Lê Thị Hoa", "Ủy viên", "Ban Chấp hành Trung ương Đảng")),
        ("Tin trong ngày. Ông Lê Văn Nam, Ủy viên Trung ương Mặt trận Tổ quốc Việt Nam, dự lễ.",
         ("Lê Văn Nam", "Ủy viên", "Ban Chấp hành Trung ương Đảng")),
        ("Bà Nguyễn Thị Hà được bổ nhiệm chức vụ Phó Chánh Thanh tra Bộ Tư pháp.", "Vụ phó"),
        ("Bà Nguyễn Thị Hà được bổ nhiệm chức vụ Phó Chánh Thanh tra Bộ Tư pháp.", "Chánh Thanh tra"),
        # a rank or a profession is no office (NOTES.md 34)
        ("Ông Trần Văn Bình (sinh năm 1975), Đại tá, Phó Tham mưu trưởng Quân khu 7.", "Đại tá"),
        ("Ông Lê Văn Tâm, Bác sĩ, cho biết bệnh nhân đã qua cơn nguy kịch.", "Bác sĩ"),
        # a steering committee after "Ban" is a body, no unit kept in the title
        ("Tin trong ngày. Ông Trần Văn Thuấn, Thứ trưởng Bộ Y tế, Phó Ban chỉ đạo Quốc gia phòng, chống dịch "
         "Covid-19 cho biết.", "Phó ban chỉ đạo Quốc gia phòng"),
        # "Thường trực" of a standing body is not a deputy's modifier
        ("Ông Lê Văn Hùng, Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh Hà Nam, dự lễ.", "Ủy viên Thường trực"),
    ],
)
def test_local_roles_not_given(text, unexpected):
    roles = _roles(text)
    assert unexpected not in (roles if isinstance(unexpected, tuple) else {title for _, title, _ in roles})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a profession followed by a body, not by an office, gives the person nothing
        ("Ông Lê Văn Tâm, Bác sĩ Bệnh viện Bạch Mai, cho biết bệnh nhân đã tỉnh.", set()),
        # an office two persons hold is no subject that names one of them
        ("Tin trong ngày. Phó Chủ tịch UBND tỉnh Nam Định Lê Văn Hòa và Phó Chủ tịch UBND tỉnh Nam Định Trần Văn "
         "Bình dự. Phó Chủ tịch UBND tỉnh Nam Định là Ủy viên Ban Thường vụ Tỉnh ủy.",
         {("Lê Văn Hòa", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định"),
          ("Trần Văn Bình", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")}),
        # an office that comes to see the subject is no office of the subject
        ("Tin trong ngày. Khi Giám đốc Sở Tài chính tỉnh Hà Nam đến, ông Lê Văn An đã ký nhiều văn bản.", set()),
        # "như" after a single office compares: no holder is named
        ("Tin trong ngày. Bí thư Tỉnh ủy Nam Định như ông Lê Văn Hòa phải gương mẫu.", set()),
        # a person listed without offices keeps none from a profession
        ("Bà Lý Thị Mai (sinh năm 1990), giáo viên Trường THCS Yên Lạc, huyện Yên Lạc.", set()),
    ],
)
def test_local_roles_exact(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name spelt with "y" for "i" and the short mentions after it are the person named first
        ("Ông Phạm Sĩ Thành là Giám đốc Sở. Gia đình ông Phạm Sỹ Thành có ba căn nhà. Ông Thành cho biết vậy.",
         ["Phạm Sĩ Thành"]),
        # districts, communes and streets listed after a plural head are places, not persons
        ("Đơn vị bầu cử số 3 gồm các huyện: Quảng Xương, Nông Cống Như Thanh và Như Xuân.", []),
        ("Đoàn đã đến các xã Tân Lập, Lê Lợi, Hoàng Văn Thụ của huyện.", []),
        ("Người dân tập trung đông ở các phố Hàng Khay, Tràng Tiền, Đinh Tiên Hoàng.", []),
        ("Tuyến metro đi qua các quận Hai Bà Trưng, Đống Đa, Thanh Xuân.", []),
        # a person named after such a list, set off by an office or a form of address, is one
        ("Tại các phường Trần Phú, Lê Lợi, Bí thư Lê Văn An cho biết đã xong.", ["Lê Văn An"]),
        ("Tại các huyện miền núi, Nguyễn Văn An cho biết đã xong.", ["Nguyễn Văn An"]),
        ("Các đồng chí Lê Văn An, Trần Văn Bình và Hà Thị Cúc dự lễ.", ["Lê Văn An", "Trần Văn Bình", "Hà Thị Cúc"]),
        # names of the Central Highlands peoples, with or without a form of address
        ("Hôm qua, ông Y Thanh Hà Niê Kđăm dự lễ.", ["Y Thanh Hà Niê Kđăm"]),
        ("Hôm qua, bà H'Yim Kđoh phát biểu.", ["H'Yim Kđoh"]),
        ("Đoàn do Ksor Phước Hà dẫn đầu.", ["Ksor Phước Hà"]),
        ("Hôm qua, bà Rơ Mah Thị Hoa phát biểu.", ["Rơ Mah Thị Hoa"]),
        ("Hôm qua, Phó Chủ tịch HĐND tỉnh Đắk Nông Điểu K'Ré dự lễ.", ["Điểu K'Ré"]),
        # the same openers inside other names, or without a cue, are no persons
        ("Sinh viên Trường Đại học Y Dược Thái Bình nhập học.", []),
        ("Ông học ngành Y Dược ở Hà Nội.", []),
        ("Huyện A Lưới đã hoàn thành việc này.", []),
        ("Nay Công ty Hà Đô quyết định tăng vốn.", []),
        # a stage or pen name after an artist's or a writer's profession
        ("Tối qua, ca sĩ Mỹ Tâm đã hát hai bài.", ["Mỹ Tâm"]),
        ("Tối qua, NSND Lan Hương và NSƯT Quốc Hưng tham gia đêm diễn.", ["Lan Hương", "Quốc Hưng"]),
        ("Hội Nhà báo Việt Nam tổ chức lễ trao giải.", []),
        ("Hôm qua, các nghệ sĩ Việt cũng được mời dự.", []),
        # a highland name repeated by its last word alone is the same person
        ("Hôm qua, anh Điểu Huỳnh Văn cho rằng như vậy. Anh Văn nói thêm về việc này.", ["Điểu Huỳnh Văn"]),
        ("Tối qua, ca sĩ Hàn Quốc biểu diễn tại Hà Nội.", []),
        # a short form of the name in a bracket right after it is the same person; another name is another
        ("Hôm qua, ông Trần Văn Hòa (Trần Hòa - sinh năm 1960) dự lễ.", ["Trần Văn Hòa"]),
        ("Hôm qua, ông Trần Văn Hòa (Trần Văn Bình) dự lễ.", ["Trần Văn Hòa", "Trần Văn Bình"]),
        # a name whose last syllable a scraper glued to the next word is the full name written before
        ("Tin trong ngày. Bí thư Trần Văn Trọng tiếp đoàn. Bí thư Trần Văn Trọngmong rằng quan hệ sẽ phát triển.",
         ["Trần Văn Trọng"]),
        # a company named after its owner is no person mention
        ("Ông Hà Văn Tài, Giám đốc Cty TNHH một thành viên Lê Quang Lộc, phát biểu.", ["Hà Văn Tài"]),
    ],
)
def test_local_persons(text, expected):
    assert _persons(text) == expected


def test_compilation_note_before_a_byline():
    facts = extract_facts("Tiêu đề bài\nÔng Phạm Văn Đạt cho biết như vậy. Đoàn sẽ làm việc độc lập. (Tổng hợp) Hoàng Yên")
    assert facts["author"] == "Hoàng Yên"
    assert [person["name"] for person in facts["persons"]] == ["Phạm Văn Đạt"]
