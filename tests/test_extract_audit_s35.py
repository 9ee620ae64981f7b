"""Meetings and officials in the shapes a new study set of general news found misread (study22: bulk news articles
with an office and a meeting word), issues 10 and 11. Every sentence is our own, written in the shape of a misread
one; each table has rows that must stay as they are (precision).
"""

from __future__ import annotations

import pytest

from test_extract_meetings import UNDATED, check, meetings_doc
from test_extract_officials_audit import _fold, _folded, persons, roles
from unionfacts.extract.base import facts_of

READ = "2021-07-06"

# --- a meeting first named as where a statement the sentence before dates was made ---------------------------
STATEMENTS = [
    # the day right before the verb of the statement ("ngày 4/6 thông báo"); "hôm 2/6" dates something else
    ("Cảnh sát tỉnh Bình Phước ngày 4/6 thông báo đã bắt được nghi phạm vụ cháy kho hôm 2/6. Phát biểu tại buổi "
     "họp báo, Đại tá Lê Văn Hùng cho biết nghi phạm đã nhận tội.", READ,
     [{"kind": "Họp báo", "date": "2021-06-04"}]),
    # a quotation opening the paragraph, closed by who said it and where
    ("Ông Trần Quốc Nam, Giám đốc Sở Y tế, ngày 22/4 cho biết tỉnh đã đủ vắc xin cho tháng 5.\n“Chúng tôi đã lên kế "
     "hoạch. Người dân yên tâm”, ông Nam nói tại Phan Rang trong cuộc họp báo chiều cùng ngày.", READ,
     [{"kind": "Họp báo", "date": "2021-04-22"}]),
    # the day opening the sentence of the statement, after a photo's bracketed credit
    ("(Ảnh: TTXVN) Ngày 18/6, Bộ trưởng Bộ Lao động nước này khẳng định sẽ tăng lương tối thiểu. Phát biểu trong "
     "cuộc họp báo tại thủ đô, ông cho biết mức tăng là 5%.", READ,
     [{"kind": "Họp báo", "date": "2021-06-18"}]),
    # the statement made at a sitting: "được đưa ra trong"
    ("Thủ tướng Nhật Bản ngày 5/7 tuyên bố sẽ gia hạn tình trạng khẩn cấp. Tuyên bố của ông được đưa ra trong cuộc "
     "họp Quốc hội.", READ, [{"kind": "Cuộc họp", "date": "2021-07-05"}]),
    # an undated page: the day keeps its unknown year
    ("Cảnh sát Manila ngày 4/6 thông báo đã xác định danh tính thủ phạm. Phát biểu tại buổi họp báo, cảnh sát "
     "trưởng Manila nêu rõ thủ phạm 42 tuổi.", UNDATED, [{"kind": "Họp báo", "date": "XXXX-06-04"}]),
    # "Trước đó" puts the meeting at another time than the statement
    ("Ông Nguyễn Văn Lâm ngày 10/5 cho biết công ty sẽ tăng lương từ tháng 7. Trước đó, phát biểu tại hội nghị người "
     "lao động, ông Lâm đã hứa thưởng Tết.", READ, [{"kind": "Hội nghị", "date": None}]),
    # the day before dates no statement: a storm, not a saying
    ("Ngày 1/5, tỉnh Lai Châu khai trương chợ biên giới. Huyện Mường Tè có 12 xã vùng cao. Mưa đá ngày 3/5 làm hư "
     "hỏng 200 ngôi nhà ở huyện Mường Tè. Phát biểu tại cuộc họp báo, ông Lò Văn Pao, Phó Chủ tịch huyện, nói đã hỗ "
     "trợ các hộ dân.", UNDATED,
     [{"kind": "Họp báo", "date": None}]),
]


@pytest.mark.parametrize(("text", "published", "expected"), STATEMENTS)
def test_meeting_of_the_statement_dated_before(text, published, expected):
    check(text, published, expected)


# --- a part of the day closing a compound does not end a meeting's name -------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Chị Lan được tôn vinh tại chương trình Thắp sáng ước mơ xanh do Trung ương Đoàn tổ chức sáng 12/6.",
     ["Chương trình Thắp sáng ước mơ xanh"]),
    ("Sáng 5/3, Sở Lao động tỉnh Kon Tum tổ chức Đối thoại hai chiều với doanh nghiệp về tiền lương.",
     ["Đối thoại hai chiều với doanh nghiệp về tiền lương"]),
    # a part of the day that is the time still ends it
    ("Hội nghị tổng kết công tác công đoàn diễn ra sáng 6/4 tại hội trường tỉnh.",
     ["Hội nghị tổng kết công tác công đoàn"]),
])
def test_day_part_closing_a_compound_in_a_name(text, expected):
    assert [event.name for event in facts_of(meetings_doc(text, READ), "events")] == expected


# --- a survey trip is a visit (NOTES.md item 30) ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Ngày 3/2, đoàn công tác của tỉnh Lâm Đồng đã có chuyến đi khảo sát thực tế tại khu du lịch hồ Tuyền Lâm.", READ,
     [{"kind": "Chuyến khảo sát", "date": "2021-02-03"}]),
    ("Sáng 14/5, Phó Chủ tịch UBND tỉnh Trần Văn Nam có chuyến khảo sát các khu công nghiệp trên địa bàn.", READ,
     [{"kind": "Chuyến khảo sát", "date": "2021-05-14"}]),
    # trips only planned are none held
    ("Tỉnh sẽ tổ chức các chuyến khảo sát cho nhà đầu tư trong năm tới.", READ, []),
])
def test_survey_trip(text, published, expected):
    check(text, published, expected)


# --- the body of an office written before its holder's name, after "của" --------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Tổng giám đốc Lê Văn Cường của Công ty May Việt Tiến cho biết đơn hàng quý III đã tăng.",
     {("Lê Văn Cường", "Tổng Giám đốc", "Công ty May Việt Tiến")}),
    ("Giám đốc điều hành Stéphane Durand của Toyota khẳng định nhà máy sẽ mở lại.",
     {("Stéphane Durand", "Giám đốc điều hành", "Toyota")}),
    # a country after "của" is the state's, as before ("Bộ Quốc phòng Úc")
    ("Bộ trưởng Quốc phòng Marise Payne của Úc đã tới Hà Nội.", {("Marise Payne", "Bộ trưởng", "Bộ Quốc phòng Úc")}),
    # "của" after a name with its office after it: the office's own body only
    ("Ông Trần Văn Hải, Chủ tịch Công đoàn Công ty Than Vàng Danh, đọc thư của Công đoàn Than - Khoáng sản Việt Nam.",
     {("Trần Văn Hải", "Chủ tịch", "Công đoàn Công ty Than Vàng Danh")}),
])
def test_body_after_the_holder(text, expected):
    assert roles(text) == _folded(expected)


# --- a workplace's foreign name ends before its officer's name a given name opens ------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Chủ tịch Đại học Stanford Marc Tessier-Lavigne cho biết trường sẽ mở cửa.",
     {("Marc Tessier-Lavigne", "Chủ tịch", "Đại học Stanford")}),
    ("Giám đốc điều hành Netflix Reed Hastings cho biết số thuê bao tăng.",
     {("Reed Hastings", "Giám đốc điều hành", "Netflix")}),
])
def test_workplace_foreign_name_before_its_officer(text, expected):
    assert roles(text) == _folded(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign name of the workplace itself, a given name inside it: one body, as before
    ("Các nhà khoa học của Viện Tiến hóa Max Planck đã công bố nghiên cứu.", "Viện Tiến hóa Max Planck"),
    ("Ông Nguyễn Văn An từng học tại Đại học George Washington.", "Đại học George Washington"),
])
def test_workplace_named_after_a_person_stays_whole(text, expected):
    names = {org.name for org in facts_of(meetings_doc(text, READ), "organizations")}
    assert expected in names, names


# --- a career listed after a colon: an item that is no office may come first ------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Lê Minh Tâm sinh năm 1975. Trước khi được bổ nhiệm, ông Tâm từng kinh qua các nhiệm vụ: giảng viên Khoa "
     "Luật; Viện trưởng Viện Nghiên cứu Pháp luật; Phó Hiệu trưởng Trường Đại học Luật Hà Nội.",
     {("Lê Minh Tâm", "Viện trưởng", "Viện Nghiên cứu Pháp luật"),
      ("Lê Minh Tâm", "Phó Hiệu trưởng", "Trường Đại học Luật Hà Nội")}),
    # a colon after no word for offices: an office opening a later item is no one's named before
    ("Ông Lê Văn An cho biết có ba việc cần làm: rà soát hồ sơ; Phó Giám đốc Sở Tài chính tỉnh Nam Định kiểm tra "
     "lại các khoản chi.", set()),
])
def test_career_listed_after_a_colon(text, expected):
    assert roles(text) == _folded(expected)


# --- a counted group said to hold an office, then named ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Hai ứng viên là đại biểu Quốc hội đương nhiệm tái cử tại đơn vị bầu cử số 2 là bà Lò Thị Mai và ông Vi Văn Sơn.",
     {("Lò Thị Mai", "Đại biểu", "Quốc hội Việt Nam"), ("Vi Văn Sơn", "Đại biểu", "Quốc hội Việt Nam")}),
    ("3 trong số 5 người được giới thiệu là Ủy viên Ban Chấp hành Công đoàn ngành Y tế, là các ông Trần Văn Tư, Lê "
     "Văn Năm và Phạm Văn Sáu.",
     {("Trần Văn Tư", "Ủy viên Ban Chấp hành", "Công đoàn ngành Y tế"),
      ("Lê Văn Năm", "Ủy viên Ban Chấp hành", "Công đoàn ngành Y tế"),
      ("Phạm Văn Sáu", "Ủy viên Ban Chấp hành", "Công đoàn ngành Y tế")}),
    # one person, no counted group: the office is only the named subject's, as before
    ("Ông Đỗ Văn Bảy là Chủ tịch Công đoàn Công ty Than Hà Lầm, là người đã gắn bó với thợ mỏ nhiều năm.",
     {("Đỗ Văn Bảy", "Chủ tịch", "Công đoàn Công ty Than Hà Lầm")}),
])
def test_counted_group_holding_an_office(text, expected):
    assert roles(text) == _folded(expected)


# --- a city's or a state's office, the place it serves, then a name a given name opens --------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Cảnh sát trưởng Manila Oscar Albayalde nêu rõ nghi phạm đã tự sát.", {("Oscar Albayalde", "Cảnh sát trưởng", None)}),
    ("Thống đốc California Gavin Newsom ký lệnh phong tỏa.", {("Gavin Newsom", "Thống đốc", None)}),
    # a name of three words after any other office stays whole
    ("Giám đốc điều hành Stephane Bancel cho biết vắc xin đã sẵn sàng.",
     {("Stephane Bancel", "Giám đốc điều hành", None)}),
])
def test_place_before_a_given_name(text, expected):
    assert roles(text) == _folded(expected)


# --- a visit an office-holder or a delegation made, in the past tense, with no day ---------------------------------
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Phó Chủ tịch UBND tỉnh Lạng Sơn và đoàn công tác đã đến thăm, kiểm tra, động viên lực lượng tại chốt kiểm dịch "
     "Tân Thanh.", UNDATED,
     [{"kind": "Chuyến thăm", "date": None, "name": "Chuyến thăm, kiểm tra"}]),
    ("Đoàn công tác của Sở Y tế đã đi thăm và khảo sát Trung tâm Y tế huyện Văn Lãng.", UNDATED,
     [{"kind": "Chuyến thăm", "date": None}]),
    # after a visit already reported, a later "đã đến thăm" is what the visitors did there, no second visit
    ("Ngày 7/2, Chủ tịch LĐLĐ tỉnh cùng đoàn công tác đã đến thăm, tặng quà công nhân Công ty May Hưng Yên. Đoàn cũng "
     "đã đến thăm bữa ăn ca của công nhân.", READ,
     [{"kind": "Chuyến thăm", "date": "2021-02-07"}]),
    # no office-holder, or many visits: none
    ("Anh Nam đã về thăm quê sau ba năm làm việc ở Nhật.", UNDATED, []),
    ("Chủ tịch nước đã nhiều lần đến thăm tỉnh Hà Giang.", UNDATED, []),
])
def test_visit_in_the_past_tense(text, published, expected):
    check(text, published, expected)


# --- a street's head written as a compound -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Phố tây Bùi Viện là một trong những điểm ăn chơi đông đúc nhất thành phố.", set()),
    ("Các quán cà phê trên phố đi bộ Nguyễn Huệ đều đóng cửa từ tối qua.", set()),
    # a person whose name begins like the street's is still a person
    ("Ông Bùi Viện Hùng, chủ một quán bar, cho biết đã đóng cửa.", {"Bùi Viện Hùng"}),
])
def test_street_head_compound(text, expected):
    assert persons(text) == {_fold(name) for name in expected}
