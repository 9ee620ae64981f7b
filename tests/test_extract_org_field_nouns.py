"""Names in sentence case end with a lower-case field noun that is never a verb
(models/orgs/field_words.tsv, kind ``noun``): own sentences of the shapes news writes."""

import pytest

from unionfacts import extract_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bà Lan là Giám đốc Trung tâm Chăm sóc khách hàng của công ty điện lực.", "Trung tâm Chăm sóc khách hàng"),
        ("Ông Hải, Phó Giám đốc Trung tâm Y tế dự phòng tỉnh Hà Nam, cho biết đã lấy 300 mẫu.",
         "Trung tâm Y tế dự phòng tỉnh Hà Nam"),
        ("Cục Quản lý môi trường vừa công bố báo cáo quý III.", "Cục Quản lý môi trường"),
        ("Đại biểu Viện Chính sách kinh tế trình bày tham luận.", "Viện Chính sách kinh tế"),
        ("Người lao động được Trung tâm Tư vấn pháp luật hướng dẫn làm đơn.", "Trung tâm Tư vấn pháp luật"),
        # nouns of policing, health and trade that close the names of departments and centres
        ("Theo Cục Cảnh sát giao thông, số vụ tai nạn đã giảm.", "Cục Cảnh sát giao thông"),
        ("Phòng Cảnh sát hình sự đã bắt giữ hai đối tượng.", "Phòng Cảnh sát hình sự"),
        ("Chi cục Quản lý thị trường tỉnh Bắc Giang thu giữ 500 hộp sữa.", "Chi cục Quản lý thị trường tỉnh Bắc Giang"),
        ("Mẫu xét nghiệm được gửi tới Trung tâm Kiểm soát bệnh tật tỉnh Ninh Bình.",
         "Trung tâm Kiểm soát bệnh tật tỉnh Ninh Bình"),
        ("Cục Quản lý chất lượng vừa công bố điểm thi.", "Cục Quản lý chất lượng"),
        ("Viện Vệ sinh dịch tễ trung ương khuyến cáo người dân.", "Viện Vệ sinh dịch tễ trung ương"),
        ("Các chuyên gia của Viện Sức khỏe nghề nghiệp và Môi trường đo bụi tại xưởng.",
         "Viện Sức khỏe nghề nghiệp và Môi trường"),
        ("Phó Giám đốc Sở Giao thông vận tải cho biết sẽ phân luồng.", "Sở Giao thông vận tải"),
        # fields of glass, ceramics, drinks and enterprise before a capitalized last word; "CTCP" heads a company
        ("Ông Hà làm việc tại Công ty CP Gốm sứ thủy tinh Việt Nam từ năm 2010.",
         "Công ty cổ phần Gốm sứ thủy tinh Việt Nam"),
        ("Hôm nay, Tổng công ty cổ phần Bia rượu nước giải khát Sài Gòn tổ chức đại hội.",
         "Tổng công ty cổ phần Bia rượu nước giải khát Sài Gòn"),
        # (a foreign body's branch in Vietnam is named with its seat: national_forms.with_seat_at_home)
        ("Ông Hà, Chủ tịch Hiệp hội doanh nghiệp Hàn Quốc tại Việt Nam, cho biết.",
         "Hiệp hội doanh nghiệp Hàn Quốc tại Việt Nam"),
        ("Ông An làm việc ở CTCP Dược phẩm Hà Tây từ năm 2001.", "Công ty cổ phần Dược phẩm Hà Tây"),
        # a company's legal form (TNHH, MTV) is no capitalized word of its own name, written in sentence case
        ("Công ty TNHH MTV Tư vấn thiết kế và xây dựng công trình Miền Tây đã trúng thầu.",
         "Công ty TNHH một thành viên Tư vấn thiết kế và xây dựng công trình Miền Tây"),
        # "và" joins two fields after an abbreviation the segmenter glued to the first (abbreviations.tsv: KHKT)
        ("Bà Hoa được bầu làm Phó Chủ tịch Hội KHKT Nhiệt và Điện lạnh Việt Nam.",
         "Hội Khoa học Kỹ thuật Nhiệt và Điện lạnh Việt Nam"),
        # after the head of a unit (sentence_case_heads.tsv) one lower-case field word closes the name before
        # a clear stop: punctuation, a function word, what the body does, a kind of place
        ("Ông Nguyễn Văn Tâm, Vụ trưởng Vụ Đào tạo chính quy, cho biết chỉ tiêu tăng.", "Vụ Đào tạo chính quy"),
        ("Cục Xúc tiến thương mại tổ chức hội chợ hàng Việt tại Cần Thơ.", "Cục Xúc tiến thương mại"),
        ("Đại diện Cục Tài chính doanh nghiệp phát biểu tại buổi làm việc.", "Cục Tài chính doanh nghiệp"),
        ("Báo cáo của Vụ Kế hoạch tài chính được gửi tới các tỉnh.", "Vụ Kế hoạch tài chính"),
        ("Cục Quản lý thị trường tỉnh Hà Tĩnh vừa thu giữ 200 chai rượu.", "Cục Quản lý thị trường tỉnh Hà Tĩnh"),
        # a programme and its purpose named in lower case inside a centre's or an office's name (study14 audit)
        ("Trung tâm Điều hành chương trình chống ngập thành phố Đà Nẵng cho biết sẽ nạo vét cống.",
         "Trung tâm Điều hành chương trình chống ngập thành phố Đà Nẵng"),
        ("Công ty thoát nước Hải Phòng đã huy động 200 công nhân.", "Công ty thoát nước Hải Phòng"),
        # sports in lower case inside a federation's name (study16 audit)
        ("Liên đoàn bóng chuyền Việt Nam vừa công bố danh sách đội tuyển nữ.", "Liên đoàn bóng chuyền Việt Nam"),
        ("Phó Chủ tịch Liên đoàn cầu lông Việt Nam, ông Lê Văn Phát, trao giải.", "Liên đoàn cầu lông Việt Nam"),
        ("Liên đoàn quần vợt Nhật Bản đã gửi thư mời.", "Liên đoàn quần vợt Nhật Bản"),
        # the digital economy in lower case (study17 audit)
        ("Ông Lê Văn Hà, Viện trưởng Viện Nghiên cứu doanh nghiệp và kinh tế số Việt Nam, phát biểu.",
         "Viện Nghiên cứu doanh nghiệp và kinh tế số Việt Nam"),
        # rows that stay as they were: a place, a person's name and a title end the name
        ("Cục Thuế tỉnh Hà Tĩnh cho biết số thu quý I tăng.", "Cục Thuế tỉnh Hà Tĩnh"),
        ("Vụ trưởng Vụ Pháp chế Nguyễn Văn Hưng trình bày dự thảo.", "Vụ Pháp chế"),
    ],
)
def test_name_ends_with_field_noun(text, expected):
    assert expected in [org["name"] for org in extract_facts(text)["organizations"]]


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a verb after the name is no field noun
        ("Trung tâm Y tế huyện tiếp nhận 5 bệnh nhân.", "Trung tâm Y tế huyện tiếp nhận"),
        ("Sở Tư pháp báo cáo kết quả rà soát văn bản.", "Sở Tư pháp báo cáo"),
        # a field noun after a verb is the verb's object, not the end of the name
        ("Sở Y tế kiểm tra chất lượng nước sạch.", "Sở Y tế kiểm tra chất lượng"),
        ("Sở Công Thương kiểm tra thị trường dịp Tết.", "Sở Công Thương kiểm tra thị trường"),
        # a verb the segmenter glued to a proper name of two capitalized syllables or more
        ("Công ty TNHH Hoàng Long thưởng Tết cho công nhân.", "Công ty TNHH Hoàng Long thưởng Tết"),
        ("Công ty cổ phần Thành Đạt thưởng Tết sớm cho người lao động.", "Công ty cổ phần Thành Đạt thưởng Tết"),
        # "doanh nghiệp" after "và các" is the sentence's subject, no field of the name
        ("Tập đoàn Hoa Sen và các doanh nghiệp hợp tác cùng tài trợ giải đấu.", "Tập đoàn Hoa Sen và các doanh nghiệp"),
        # a field word with another lower-case word after it is no end of a unit's name: "thương mại hóa" is a verb
        ("Bộ Công Thương thương mại hóa các sản phẩm nông nghiệp.", "Bộ Công Thương thương mại"),
        ("Cục Xúc tiến thương mại hóa sản phẩm của hợp tác xã.", "Cục Xúc tiến thương mại"),
        # not after a head outside the list: a ministry's name holds no sentence-case field
        ("Sở Công Thương thương mại hóa sản phẩm OCOP.", "Sở Công Thương thương mại"),
        ("Vụ Pháp chế Nguyễn Văn Hưng trình bày dự thảo.", "Vụ Pháp chế Nguyễn Văn Hưng"),
    ],
)
def test_name_stops_before_a_verb(text, unexpected):
    assert unexpected not in [org["name"] for org in extract_facts(text)["organizations"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalized word and the lower-case one after it that the dictionary knows stay in the name
        ("Công ty TNHH Hoàng Long thưởng Tết cho công nhân.", "Công ty TNHH Hoàng Long"),
        ("Trường Đại học Thủy lợi tuyển sinh 4.000 chỉ tiêu.", "Trường Đại học Thủy lợi"),
    ],
)
def test_name_keeps_sentence_case_words_the_dictionary_knows(text, expected):
    assert any(org["name"].startswith(expected) for org in extract_facts(text)["organizations"])
