"""A Vietnamese national body's short form names another country's body, or none.

"Chính phủ", "Quốc hội", "Bộ Quốc phòng" name Vietnam's bodies in Vietnamese news; followed by a
foreign country they are that country's, and in lower case "chính phủ" and "quốc hội" are common
nouns. The sentences are our own, in the shapes world and government news write.
"""

from __future__ import annotations

import pytest

from unionfacts.extract.base import facts_of
from unionfacts.normalize import fold_for_matching, normalize_text

from conftest import annotated


def _mentions(text: str):
    return facts_of(annotated(normalize_text(text), None), "organizations")


def _bodies(text: str) -> dict[str, str | None]:
    return {fold_for_matching(m.name): m.org_id for m in _mentions(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Hôm qua, Chính phủ Thái Lan công bố gói hỗ trợ mới cho nông dân.", {"Chính phủ Thái Lan": None}),
    ("Phát ngôn viên Bộ Ngoại giao Nhật Bản cho biết hai bên sẽ nối lại đàm phán.", {"Bộ Ngoại giao Nhật Bản": None}),
    ("Bộ Quốc phòng Ấn Độ đã ký hợp đồng mua thêm máy bay.", {"Bộ Quốc phòng Ấn Độ": None}),
    ("Dự luật đã được Quốc hội Đức thông qua vào tuần trước.", {"Quốc hội Đức": None}),
    ("Đoàn đã hội đàm với Chính phủ Vương quốc Campuchia về thương mại.", {"Chính phủ Vương quốc Campuchia": None}),
    ("Ông đã gặp lãnh đạo Đảng Cộng sản Trung Quốc tại Bắc Kinh.", {"Đảng Cộng sản Trung Quốc": None}),
    # a foreign country's name that is no Vietnamese syllable closes the body before a person's name
    ("Theo Bộ Tư pháp Argentina Martín Soria, vụ án đã khép lại.", {"Bộ Tư pháp Argentina": None}),
    # the short form written alone after it, in an article about that country, is that body again
    ("Bầu cử Quốc hội Canada diễn ra hôm qua. Phe cầm quyền giành đa số ghế ở Quốc hội.", {"Quốc hội Canada": None}),
    # ... but not before it, nor where the article names Vietnam's body with the country
    ("Quốc hội đã thông qua luật, như Quốc hội Canada từng làm.", {"Quốc hội Việt Nam": "quoc-hoi-vn", "Quốc hội Canada": None}),
    ("Chính phủ Việt Nam và Chính phủ Lào ký thỏa thuận. Chính phủ cam kết giải ngân.",
     {"Chính phủ Việt Nam": "chinh-phu-vn", "Chính phủ Lào": None}),
    # Vietnam's own bodies stay the known ones, with or without the country's name
    ("Bộ Quốc phòng và Chính phủ Việt Nam đã chỉ đạo các địa phương.",
     {"Bộ Quốc phòng": "bo-quoc-phong", "Chính phủ Việt Nam": "chinh-phu-vn"}),
    ("Quốc hội đã thông qua luật mới; Bộ Y tế hướng dẫn thi hành.",
     {"Quốc hội Việt Nam": "quoc-hoi-vn", "Bộ Y tế": "bo-y-te"}),
])
def test_national_form_before_a_country_names_that_countrys_body(text, expected):
    assert _bodies(text) == {fold_for_matching(name): org_id for name, org_id in expected.items()}


@pytest.mark.parametrize("text", [
    "Lệnh cấm cần được chính phủ các nước thành viên chấp thuận.",
    "Nơi này chỉ dành đón tiếp nguyên thủ hay người đứng đầu chính phủ.",
    "Quan chức này mới cho quốc hội biết kế hoạch mua vũ khí.",
    "Các công ty không được cho 3 ngân hàng nhà nước lớn vay tiền.",
    "Các tổ chức phi chính phủ đã gửi thư phản đối.",
])
def test_lower_case_national_forms_name_no_body(text):
    assert _bodies(text) == {}


@pytest.mark.parametrize(("text", "absent"), [
    # a one-word country that begins a place name is no country there
    ("Ông được điều về Bộ Công an Nga Sơn công tác.", "Bộ Công an Nga"),
    ("Bộ Y tế Mỹ Tho không tồn tại, đó là Sở Y tế.", "Bộ Y tế Mỹ"),
])
def test_national_form_before_a_place_is_no_foreign_body(text, absent):
    assert fold_for_matching(absent) not in _bodies(text)


@pytest.mark.parametrize(("text", "written", "expected"), [
    ("Bầu cử Quốc hội Canada diễn ra hôm qua. Phe cầm quyền giành đa số ghế ở Quốc hội.", "Quốc hội", "Quốc hội Canada"),
    # Vietnam named outside a body's name: a text of two countries, where the short form may be either's
    ("Bộ Y tế Lào cảm ơn Việt Nam. Bộ Y tế sẽ cử chuyên gia sang hỗ trợ.", "Bộ Y tế", "Bộ Y tế"),
    ("Chính phủ Việt Nam và Chính phủ Lào ký thỏa thuận. Chính phủ cam kết giải ngân.", "Chính phủ", "Chính phủ Việt Nam"),
])
def test_short_form_alone_after_a_foreign_body(text, written, expected):
    names = {m.name for m in _mentions(text) if m.text == written}
    assert names == {expected}
