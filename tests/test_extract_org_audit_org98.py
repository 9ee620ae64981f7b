"""Organizations in shapes found by the org98 audit of the study sets (union news), on sentences of our own:
each case is text → the name (and aliases) the organizations must hold, or a form they must not hold. The
sentences and names are invented; none is taken from an article."""

import pytest

from unionfacts import extract_facts


def _organizations(text: str) -> list[dict]:
    return extract_facts(text, "2021-05-01")["organizations"]


def _forms(org: dict) -> set[str]:
    return {org["name"], *org["aliases"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a steering committee's purpose in the fields of pay and social policy, with a list in it
        ("Chiều 4/3, Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, bảo hiểm xã hội và ưu đãi người có "
         "công với cách mạng đã làm việc với tỉnh Lạng Sơn.",
         "Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, bảo hiểm xã hội và ưu đãi người có công với "
         "cách mạng"),
        ("Ông Trần Văn Hùng, Trưởng Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, cho biết đề án sắp xong.",
         "Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương"),
        # a purpose written by its abbreviation inside the list: written out in the name
        ("Tại buổi làm việc với Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, BHXH và ưu đãi người có "
         "công sáng 7/3, ông Lê Văn Bình đề xuất tăng lương.",
         "Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, bảo hiểm xã hội và ưu đãi người có công"),
    ],
)
def test_steering_committee_named_by_its_whole_purpose(text, expected):
    assert expected in [org["name"] for org in _organizations(text)]


def test_steering_committee_s_purpose_abbreviated_keeps_the_written_form_as_alias():
    text = ("Tại buổi làm việc với Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, BHXH và ưu đãi người có "
            "công sáng 7/3, ông Lê Văn Bình đề xuất tăng lương.")
    assert any("Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, BHXH và ưu đãi người có công" in org["aliases"]
               for org in _organizations(text))


def test_list_of_bodies_after_a_steering_committee_stays_apart():
    names = [org["name"] for org in _organizations("Ban Chỉ đạo Quốc gia, Bộ Y tế và BHXH Việt Nam đã họp bàn.")]
    assert "Ban Chỉ đạo Quốc gia" in names and "Bộ Y tế" in names


@pytest.mark.parametrize(
    ("text", "name", "alias", "not_alias"),
    [
        # an acronym in brackets that spells only the words after the head abbreviates the field, not the body:
        # the head written with it later is the same body, the acronym alone is no name of it
        ("Sáng 3/4, Ban Chỉ đạo Trung ương về Phòng chống thiên tai (PCTT) họp tại Hà Nội. Ông Phạm Văn Lâm nói "
         "công tác PCTT là việc lớn. Theo Ban Chỉ đạo Trung ương về PCTT, năm nay có nhiều bão.",
         "Ban Chỉ đạo Trung ương về Phòng chống thiên tai", "Ban Chỉ đạo Trung ương về PCTT", "PCTT"),
        ("Theo Cục Giám định chất lượng (GĐCL), có 20 lô hàng lỗi. Cục GĐCL khuyến cáo các doanh nghiệp cẩn trọng.",
         "Cục Giám định chất lượng", "Cục GĐCL", "GĐCL"),
        ("Trung tâm Dịch vụ việc làm (DVVL) đã giới thiệu 500 chỗ làm. Hoạt động DVVL năm nay được mở rộng, Trung tâm "
         "DVVL cho biết.",
         "Trung tâm Dịch vụ việc làm", "Trung tâm DVVL", "DVVL"),
    ],
)
def test_acronym_of_a_name_s_tail_abbreviates_the_field(text, name, alias, not_alias):
    orgs = _organizations(text)
    body = next(org for org in orgs if org["name"] == name)
    assert alias in body["aliases"] and not_alias not in body["aliases"]
    assert not any(not_alias == org["name"] for org in orgs)


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # a proper name's initials, or the whole name's, stay the body's short name
        ("Công ty Cổ phần Phú Lâm Giang (PLG) vừa công bố lãi. PLG cho biết sẽ trả nợ trước hạn.",
         "Công ty Cổ phần Phú Lâm Giang", "PLG"),
        ("Ngân hàng Phát triển nông thôn (NHPTNT) đã cho vay 20 tỷ đồng. NHPTNT cho biết thêm.",
         "Ngân hàng Phát triển nông thôn", "NHPTNT"),
    ],
)
def test_acronym_of_a_proper_or_whole_name_is_the_body_s(text, name, alias):
    assert any(org["name"] == name and alias in org["aliases"] for org in _organizations(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mission's seat abroad is a foreign city as well as a country, after "tại" or "ở" (named with "tại")
        ("Nga đã trục xuất 10 nhân viên của Đại sứ quán Pháp tại Moscow, ông Sergey Lavkin nói.",
         "Đại sứ quán Pháp tại Moscow"),
        ("Tổng Lãnh sự quán Nhật Bản ở New York đã đóng cửa hai ngày.", "Tổng Lãnh sự quán Nhật Bản tại New York"),
        ("Theo Đại sứ quán Việt Nam ở Ba Lan, có 3 công dân bị tạm giữ.", "Đại sứ quán Việt Nam tại Ba Lan"),
        # an embassy or a consulate written in lower case, in world news
        ("Hàng trăm người đã tập trung trước đại sứ quán Canada ở Bắc Kinh để phản đối.", "Đại sứ quán Canada tại Bắc Kinh"),
        ("Bộ Ngoại giao đã triệu tập đại diện của đại sứ quán Hà Lan để trao công hàm.", "Đại sứ quán Hà Lan"),
    ],
)
def test_mission_named_with_its_seat_abroad(text, expected):
    assert expected in [org["name"] for org in _organizations(text)]


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a city of Viet Nam is where a foreign mission sits, no part of its name
        ("Đại sứ quán Hàn Quốc tại Hà Nội đã trao 200 suất học bổng.", "Đại sứ quán Hàn Quốc tại Hà Nội"),
        # a person's name after the city is no part of the seat
        ("Phát biểu tại Đại sứ quán Pháp ở Moscow Pierre Lemaire cho biết như vậy.",
         "Đại sứ quán Pháp ở Moscow Pierre Lemaire"),
        # the mission the article names with its country: the capital written later is where it sits
        ("Thủ tướng thăm Đại sứ quán Việt Nam tại Ba Lan. Sau đó ông tới trụ sở Đại sứ quán Việt Nam tại Warszawa.",
         "Đại sứ quán Việt Nam tại Warszawa"),
        # "thương vụ" in lower case is a deal, no trade office
        ("Giới đầu tư chú ý tới thương vụ Hòa Bình mua lại 20% cổ phần.", "Thương vụ Hòa Bình"),
    ],
)
def test_no_mission_named_with_a_seat(text, unexpected):
    assert unexpected not in [org["name"] for org in _organizations(text)]


def test_mission_s_seat_after_o_is_named_with_tai_and_one_body_with_it():
    text = ("Theo Đại sứ quán Việt Nam ở Indonesia, có 3 ngư dân bị tạm giữ. Người thân cần giúp đỡ có thể liên hệ Đại "
            "sứ quán Việt Nam tại Indonesia.")
    missions = [org for org in _organizations(text) if org["name"].startswith("Đại sứ quán")]
    assert [org["name"] for org in missions] == ["Đại sứ quán Việt Nam tại Indonesia"]
    assert "Đại sứ quán Việt Nam ở Indonesia" in missions[0]["aliases"]


def test_plural_embassies_in_lower_case_are_no_body():
    text = "Các điệp viên đã tìm cách lẻn vào các đại sứ quán Ba Lan ở châu Âu."
    assert not any("sứ quán" in org["name"] for org in _organizations(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a translated name in sentence case runs over its lower-case words up to the acronym it defines
        ("Nghiệp đoàn cảnh sát này thuộc Liên đoàn Lực lượng thợ mỏ (FMT) ở Bỉ.", "Liên đoàn Lực lượng thợ mỏ"),
        ("Quỹ Ổn định giá xăng (OGX) còn dư 500 tỷ đồng.", "Quỹ Ổn định giá xăng"),
    ],
)
def test_name_runs_up_to_the_acronym_it_defines(text, expected):
    assert expected in [org["name"] for org in _organizations(text)]


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a verb or a function word before a bracket is no word of the name
        ("Sở Y tế tỉnh Hòa Bình cho biết (PV) hôm qua đã có 20 ca mắc.", "Sở Y tế tỉnh Hòa Bình cho biết"),
        ("Công ty Hà Phong phát biểu (VTC) rằng sẽ trả lương đúng hạn.", "Công ty Hà Phong phát biểu"),
    ],
)
def test_name_stops_before_a_verb_and_a_bracket(text, unexpected):
    assert unexpected not in [org["name"] for org in _organizations(text)]
