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
        # a national body named inside a foreign committee's name is that country's
        ("Ông Ali, thành viên Ủy ban An ninh Quốc gia Quốc hội Iran, cho biết.", "Quốc hội Iran"),
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
    ],
)
def test_government_body_names_stay_short(text, unexpected):
    assert not any(name.startswith(unexpected) for name in _names(text))
