"""Officials in the shapes an audit of the bulk news corpus found misread (issue 11).

Every sentence is our own, written in the shape of a misread one; each table has rows that must
stay empty or unchanged (precision).
"""

from __future__ import annotations

import pytest

from unionfacts.extract.base import facts_of
from unionfacts.normalize import fold_for_matching, normalize_text

from conftest import annotated


def _fold(value):
    return fold_for_matching(value) if value else None


def roles(text: str) -> set[tuple]:
    return {(_fold(r.person), _fold(r.title), _fold(r.organization))
            for r in facts_of(annotated(normalize_text(text), None), "roles")}


def persons(text: str) -> set[str]:
    return {_fold(m.name) for m in facts_of(annotated(normalize_text(text), None), "persons")}


def _folded(expected) -> set[tuple]:
    return {tuple(_fold(part) for part in item) for item in expected}


# --- a modifier that ends a compound is no modifier of the office after it --------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Nhiều nước phản đối quyết định của chính quyền Tổng thống Mỹ Joe Biden.",
     {("Joe Biden", "Tổng thống", None)}),
    ("Báo chí Pháp chỉ trích chính quyền Thủ tướng Pháp Jean Castex.",
     {("Jean Castex", "Thủ tướng", None)}),
    ("Việc này thuộc thẩm quyền Chủ tịch UBND tỉnh.", set()),
    # an acting office keeps its modifier
    ("Ông Trần Văn Lực, quyền Giám đốc Sở Y tế tỉnh Nam Định, cho biết.",
     {("Trần Văn Lực", "Quyền Giám đốc", "Sở Y tế tỉnh Nam Định")}),
    ("Quyền Chủ tịch UBND huyện Đức Thọ Phan Văn Bình chủ trì cuộc họp.",
     {("Phan Văn Bình", "Quyền Chủ tịch", "Ủy ban nhân dân huyện Đức Thọ")}),
])
def test_modifier_inside_a_compound(text, expected):
    assert roles(text) == _folded(expected)


# --- a minister named by the field of the ministry; a state body of a foreign country ------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Phái đoàn Mỹ gồm Ngoại trưởng Antony Blinken, Bộ trưởng Quốc phòng Lloyd Austin.",
     # the one country the sentence writes is the foreign minister's (holder_country.py)
     {("Antony Blinken", "Ngoại trưởng", None), ("Lloyd Austin", "Bộ trưởng", "Bộ Quốc phòng Mỹ")}),
    ("Bộ trưởng Tư pháp Lê Thành Long trả lời chất vấn của đại biểu.",
     {("Lê Thành Long", "Bộ trưởng", "Bộ Tư pháp")}),
    ("Bộ trưởng Ngoại giao Nhật Bản Toshimitsu Motegi hội đàm với người đồng cấp.",
     {("Toshimitsu Motegi", "Bộ trưởng", "Bộ Ngoại giao Nhật Bản")}),
    ("Thứ trưởng Bộ Ngoại giao Nga Andrei Rudenko tiếp đoàn đại biểu.",
     {("Andrei Rudenko", "Thứ trưởng", "Bộ Ngoại giao Nga")}),
    ("Đón đoàn có Phó Thủ tướng Chính phủ Lào Sonexay Siphandone.",
     {("Sonexay Siphandone", "Phó Thủ tướng", "Chính phủ Lào")}),
    # the home ministry, a minister without a field; a field no body of the base has, before a foreign
    # country, is that country's ministry
    ("Thứ trưởng Bộ Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản.",
     {("Bùi Thanh Sơn", "Thứ trưởng", "Bộ Ngoại giao")}),
    ("Bộ trưởng Nguyễn Văn Thể kiểm tra công trường cao tốc.",
     {("Nguyễn Văn Thể", "Bộ trưởng", None)}),
    ("Bộ trưởng Kinh tế Đức Peter Altmaier phát biểu.",
     {("Peter Altmaier", "Bộ trưởng", "Bộ Kinh tế Đức")}),
    ("Bộ trưởng Kinh tế Peter Altmaier phát biểu.",
     {("Peter Altmaier", "Bộ trưởng", None)}),
    # a field the base knows only as a short form of a home ministry, before a foreign country: as written
    ("Bộ trưởng Lao động Hàn Quốc Lee Jae-gap thăm nhà máy.",
     {("Lee Jae-gap", "Bộ trưởng", "Bộ Lao động Hàn Quốc")}),
    ("Thứ trưởng Lao động Trịnh Văn Hưng cho biết dự thảo đã xong.",
     {("Trịnh Văn Hưng", "Thứ trưởng", "Bộ Lao động - Thương binh và Xã hội")}),
])
def test_ministers_and_foreign_state_bodies(text, expected):
    assert roles(text) == _folded(expected)


# --- a state written in full, an envoy of the home country, countries the list lacked -----------
@pytest.mark.parametrize(("text", "expected"), [
    ("Nhận lời mời của Tổng thống Cộng hòa Kazakhstan Kassym-Jomart Tokayev, đoàn lên đường.",
     {("Kassym-Jomart Tokayev", "Tổng thống", None)}),
    ("Về phía Việt Nam có Đại sứ Việt Nam tại Nhật Bản Vũ Hồng Nam.",
     {("Vũ Hồng Nam", "Đại sứ", None)}),
    ("Tổng thống Ecuador Guillermo Lasso tuyên bố tình trạng khẩn cấp.",
     {("Guillermo Lasso", "Tổng thống", None)}),
])
def test_states_written_in_full_and_envoys(text, expected):
    assert roles(text) == _folded(expected)


# --- an office one person holds, named with its holder, is not another's through a run ----------
@pytest.mark.parametrize(("text", "expected"), [
    ("Thủ tướng Chính phủ Phạm Minh Chính thăm Nhật Bản. Thừa ủy quyền của Thủ tướng Chính phủ, "
     "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã ký thỏa thuận.",
     {("Phạm Minh Chính", "Thủ tướng", "Chính phủ Việt Nam"), ("Bùi Thanh Sơn", "Bộ trưởng", "Bộ Ngoại giao")}),
    # no other holder named: the whole run is the name's
    ("Tại hội nghị, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng phát biểu.",
     {("Đinh Tiến Dũng", "Ủy viên", "Bộ Chính trị"), ("Đinh Tiến Dũng", "Bí thư", "Thành ủy thành phố Hà Nội")}),
    # deputies and members have several holders
    ("Phó Chủ tịch UBND tỉnh Nghệ An Trần Văn Hải dự lễ. Phó Chủ tịch UBND tỉnh Nghệ An, Giám đốc "
     "Sở Y tế Lê Thị Minh phát biểu.",
     {("Trần Văn Hải", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An"),
      ("Lê Thị Minh", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An"),
      ("Lê Thị Minh", "Giám đốc", "Sở Y tế tỉnh Nghệ An")}),
])
def test_one_holder_of_an_office(text, expected):
    assert roles(text) == _folded(expected)


# --- an office written with the place it governs is of that place's people's committee ----------
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Lê Văn Thành - Chủ tịch TP Tam Kỳ thông tin, lượng khách đã tăng.",
     {("Lê Văn Thành", "Chủ tịch", "Ủy ban nhân dân thành phố Tam Kỳ")}),
    ("Phó Chủ tịch tỉnh Quảng Ngãi - ông Đặng Văn Minh yêu cầu các huyện không chủ quan.",
     {("Đặng Văn Minh", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ngãi")}),
    ("Chủ tịch huyện Mỹ Đức Nguyễn Văn Thanh cho biết, đê đã được gia cố.",
     {("Nguyễn Văn Thanh", "Chủ tịch", "Ủy ban nhân dân huyện Mỹ Đức")}),
    ("Chủ tịch quận 3 Nguyễn Thanh Hải kiểm tra công trình.",
     {("Nguyễn Thanh Hải", "Chủ tịch", "Ủy ban nhân dân quận 3")}),
    # the place left out: the article's province of that kind
    ("UBND tỉnh Bình Định vừa có văn bản. Phó Chủ tịch tỉnh Trần Châu Vĩnh chỉ đạo xử lý.",
     {("Trần Châu Vĩnh", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bình Định")}),
    # other bodies and offices are untouched
    ("Chủ tịch nước Võ Văn Lâm thăm tỉnh.", {("Võ Văn Lâm", "Chủ tịch nước", None)}),
    ("Chủ tịch Hội Nông dân tỉnh Nghệ An Phan Văn Thắng phát biểu.",
     {("Phan Văn Thắng", "Chủ tịch", "Hội Nông dân tỉnh Nghệ An")}),
    ("Phó Chủ tịch tỉnh Trần Châu Vĩnh chỉ đạo xử lý.", set()),
])
def test_office_of_a_place(text, expected):
    assert roles(text) == _folded(expected)


# --- offices the lexicon lacked; a body after "của"; a credit ends before a named person --------
@pytest.mark.parametrize(("text", "expected"), [
    ("Trung tá Phạm Văn Đông, Đội trưởng Đội CSGT số 3 cho biết, xe đã bị tạm giữ.",
     {("Phạm Văn Đông", "Đội trưởng", None)}),
    ("Thiếu tá Lê Quang Vinh - Đồn trưởng Đồn Biên phòng Cửa Việt kiểm tra tàu cá.",
     {("Lê Quang Vinh", "Đồn trưởng", None)}),
    ("Ông Hoàng Văn Lợi, Chi cục trưởng Chi cục Thuế huyện Đông Anh, cho biết.",
     {("Hoàng Văn Lợi", "Chi cục trưởng", None)}),
    ("Thượng tướng Nguyễn Tân Cương - Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam thăm đơn vị.",
     {("Nguyễn Tân Cương", "Tổng Tham mưu trưởng", None)}),
    ("Bà Đinh Thị Hà, Chánh Văn phòng, người phát ngôn của UBND tỉnh Gia Lai cho biết.",
     {("Đinh Thị Hà", "Chánh Văn phòng", "Ủy ban nhân dân tỉnh Gia Lai"),
      ("Đinh Thị Hà", "Người phát ngôn", "Ủy ban nhân dân tỉnh Gia Lai")}),
    ("Cán bộ của UBND tỉnh Gia Lai đã có mặt.", set()),
])
def test_offices_the_lexicon_lacked_and_bodies_after_cua(text, expected):
    assert {(p, t) for p, t, _ in roles(text)} == {(p, t) for p, t, _ in _folded(expected)}
    assert roles(text) >= {role for role in _folded(expected) if role[2]}


@pytest.mark.parametrize(("text", "expected"), [
    ("Cán bộ kiểm tra chất lượng tàu. Ảnh: Minh Đức/TTXVN Ông Trần Văn Khải, Giám đốc Công ty Đông Á cho biết.",
     {"Trần Văn Khải"}),
    ("Ảnh: Hoàng Anh Tuấn. Ông Khải cho biết.", {"Khải"}),
    # a house number before a street is no person's
    ("Văn phòng đặt tại 378 Nguyễn Trãi, quận Thanh Xuân; chi nhánh ở (29 Phạm Văn Đồng, TP Nha Trang).", set()),
    ("Địa chỉ: 183 Nguyễn Lương Bằng, quận Đống Đa, Hà Nội.", set()),
    ("Ở phút thứ 30 của hiệp 2 Bùi Duy Thường có bàn gỡ.", {"Bùi Duy Thường"}),
])
def test_persons_around_credits_and_addresses(text, expected):
    assert persons(text) == {_fold(name) for name in expected}


# --- a bracket between an office and the name; a unit set off by a comma; a school's head --------
@pytest.mark.parametrize(("text", "expected"), [
    ("Chủ tịch CĐCS Công ty TNHH Minh Phát (KCN Tân Tạo) Trần Văn Lộc cho biết, bữa ăn ca đã tăng.",
     {("Trần Văn Lộc", "Chủ tịch", "Công đoàn cơ sở Công ty TNHH Minh Phát")}),
    ("PGS.TS Lê Văn Quang, Trưởng khoa Hồi sức tích cực, Bệnh viện Bạch Mai cho biết.",
     {("Lê Văn Quang", "Trưởng khoa Hồi sức tích cực", "Bệnh viện Bạch Mai")}),
    ("Phòng GD&ĐT đã làm việc với Trường Tiểu học Kim Đồng. Bà Nguyễn Thị Hạnh - Hiệu trưởng cho biết.",
     {("Nguyễn Thị Hạnh", "Hiệu trưởng", "Trường Tiểu học Kim Đồng")}),
    # a bracket after a name says more of the person, not of the office
    ("Ông Trần Văn Lộc (SN 1975) - Chủ tịch CĐCS Công ty TNHH Minh Phát cho biết.",
     {("Trần Văn Lộc", "Chủ tịch", "Công đoàn cơ sở Công ty TNHH Minh Phát")}),
    ("Hiệu trưởng cho biết học sinh đã đi học lại.", set()),
])
def test_brackets_units_and_school_heads(text, expected):
    assert roles(text) == _folded(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a bracket followed by a dash: the office is the person's before it
    ("Từ trái qua: TS. Lê Văn Hòa, Cục trưởng Cục Việc làm (Bộ LĐ-TB&XH) - PGS.TS Ngô Văn Tuấn, chuyên gia.",
     {("Lê Văn Hòa", "Cục trưởng", "Cục Việc làm")}),
])
def test_bracket_before_a_dash(text, expected):
    assert roles(text) == _folded(expected)


# --- an envoy's mission named by the article; the mission of another country is not his ----------
@pytest.mark.parametrize(("text", "expected"), [
    ("Đại sứ quán Pháp tại Nhật Bản ra thông cáo. Đại sứ Laurent Pic xin lỗi người dân.",
     {("Laurent Pic", "Đại sứ", "Đại sứ quán Pháp tại Nhật Bản")}),
    ("Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng cho biết Đại sứ quán Việt Nam tại Lào đã đón 50 công dân.",
     {("Nguyễn Bá Hùng", "Đại sứ", "Đại sứ quán Việt Nam tại Lào")}),
    ("Tổng Lãnh sự quán Việt Nam làm việc với hội người Việt ở Osaka. Tổng Lãnh sự Vũ Chí Mai tới dự.",
     {("Vũ Chí Mai", "Tổng Lãnh sự", "Tổng Lãnh sự quán Việt Nam")}),
    # the country written with the office is not the named mission's; a foreign holder is not of the
    # home country's mission, a Vietnamese one not of a foreign country's; no mission named: none
    ("Đại sứ quán Việt Nam tại Lào đã họp. Đại sứ Việt Nam tại Campuchia Nguyễn Huy Tăng cũng dự.",
     {("Nguyễn Huy Tăng", "Đại sứ", None)}),
    # so with the office written after the name; with the named mission's countries it is the mission
    ("Đại sứ quán Việt Nam tại Lào đã họp. Ông Lê Văn Tuấn, Đại sứ Việt Nam tại Campuchia, cũng tới dự.",
     {("Lê Văn Tuấn", "Đại sứ", None)}),
    ("Đại sứ quán Việt Nam tại Lào đã họp. Ông Lê Văn Tuấn, Đại sứ Việt Nam tại Lào, phát biểu.",
     {("Lê Văn Tuấn", "Đại sứ", "Đại sứ quán Việt Nam tại Lào")}),
    ("Đại sứ quán Việt Nam tại Mỹ tổ chức lễ. Đại sứ Marc Knapper tới dự.",
     {("Marc Knapper", "Đại sứ", None)}),
    ("Đại sứ quán Nhật Bản tổ chức lễ. Đại sứ Phạm Quang Hiệu tới dự.",
     {("Phạm Quang Hiệu", "Đại sứ", None)}),
    ("Đại sứ Laurent Pic xin lỗi người dân.", {("Laurent Pic", "Đại sứ", None)}),
])
def test_envoys_of_the_mission_the_article_names(text, expected):
    assert roles(text) == _folded(expected)


# --- an aide's office is not the office he assists; offices of world and business news ------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Trợ lý Ngoại trưởng Mỹ David Stilwell tới Hà Nội.", {("David Stilwell", "Trợ lý Ngoại trưởng", None)}),
    ("Ông Nguyễn Văn Tiến, trợ lý Bộ trưởng Bộ Tài chính, cho biết.",
     {("Nguyễn Văn Tiến", "Trợ lý Bộ trưởng", "Bộ Tài chính")}),
    ("Cố vấn Tổng thống Pháp Emmanuel Bonne sang Nga.", {("Emmanuel Bonne", "Cố vấn Tổng thống", None)}),
    # the field or the place the office names its body by is read past the modifier
    ("Trợ lý Bộ trưởng Quốc phòng Nhật Bản Kenji Wakamiya thăm Hà Nội.",
     {("Kenji Wakamiya", "Trợ lý Bộ trưởng", "Bộ Quốc phòng Nhật Bản")}),
    ("Quyền Bộ trưởng Tư pháp Nguyễn Văn Sáu ký quyết định.", {("Nguyễn Văn Sáu", "Quyền Bộ trưởng", "Bộ Tư pháp")}),
    ("Ông Abu Bakr, thủ lĩnh nhóm phiến quân miền bắc, đã bị bắt.", {("Abu Bakr", "Thủ lĩnh", None)}),
    ("Ông Trần Văn Bình, người sáng lập Công ty Cổ phần Sao Mai, chia sẻ.",
     {("Trần Văn Bình", "Người sáng lập", "Công ty Cổ phần Sao Mai")}),
    ("Bà Kellyanne Conway, cố vấn cấp cao của tổng thống, đã từ chức.",
     {("Kellyanne Conway", "Cố vấn cấp cao", None)}),
    ("Đại tá Mark Bennett, Tùy viên Quốc phòng Canada tại Việt Nam, phát biểu.",
     {("Mark Bennett", "Tùy viên Quốc phòng", None)}),
    # a bare form of address goes on about the subject before, not the possessor named after "của"
    ("Bà Kellyanne Conway mất chức quản lý của ông Trump vào tháng 7.\nSau đó, bà giữ vị trí cố vấn cấp cao.",
     {("Kellyanne Conway", "Cố vấn cấp cao", None)}),
    ("Ông Lê Văn Hòa là trợ lý của một doanh nhân.", set()),
    # "thứ nhất" after a deputy's office names the first deputy, as "Thường trực" does
    ("Bà Lê Thị Bình, Phó Chủ tịch thứ nhất Hội Nông dân tỉnh Nghệ An, phát biểu.",
     {("Lê Thị Bình", "Phó Chủ tịch thứ nhất", "Hội Nông dân tỉnh Nghệ An")}),
    ("Phó Thủ tướng thứ nhất Nga Andrei Belousov thăm Hà Nội.", {("Andrei Belousov", "Phó Thủ tướng thứ nhất", None)}),
    # a whole office stays whole with its modifier: it takes no body of the office after it in the run
    ("Phó Thủ tướng thứ nhất, Bộ trưởng Tài chính Ba Lan Jan Nowak phát biểu.",
     {("Jan Nowak", "Phó Thủ tướng thứ nhất", None), ("Jan Nowak", "Bộ trưởng", "Bộ Tài chính Ba Lan")}),
    ("Phó Thủ tướng Thường trực kiêm Bộ trưởng Nội vụ Séc Petr Novak phát biểu.",
     {("Petr Novak", "Phó Thủ tướng Thường trực", None), ("Petr Novak", "Bộ trưởng", "Bộ Nội vụ Séc")}),
    # the successor named by a bare form of address is the one the sentence before is about
    ("Ông Nguyễn Văn Nam sinh năm 1960 tại Hà Nội. Năm 2018, ông kế nhiệm ông Lê Văn Hòa trở thành Giám đốc "
     "Sở Y tế tỉnh Nam Định.", {("Nguyễn Văn Nam", "Giám đốc", "Sở Y tế tỉnh Nam Định")}),
])
def test_aides_founders_and_leaders(text, expected):
    assert roles(text) == _folded(expected)


# --- a workplace office repeated bare is the office its holder holds, not of the company named last -
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Phạm Văn Tú - Chủ tịch HĐQT Tập đoàn Sơn Hà phát biểu. Ông Lâm là Giám đốc Công ty CP Thép Sơn Hà "
     "Nam Định. Ông Phạm Văn Tú - Chủ tịch HĐQT cho biết sẽ mở rộng sản xuất.",
     {("Phạm Văn Tú", "Chủ tịch Hội đồng quản trị", "Tập đoàn Sơn Hà"),
      ("Lâm", "Giám đốc", "Công ty cổ phần Thép Sơn Hà Nam Định")}),
    ("Tập đoàn Sơn Hà đã họp, cùng ông Phạm Văn Tú - Chủ tịch HĐQT định hướng chiến lược. Ông Lâm là Giám đốc "
     "Công ty CP Thép Sơn Hà Nam Định. Ông Phạm Văn Tú - Chủ tịch HĐQT cho biết sẽ mở rộng.",
     {("Phạm Văn Tú", "Chủ tịch Hội đồng quản trị", "Tập đoàn Sơn Hà"),
      ("Lâm", "Giám đốc", "Công ty cổ phần Thép Sơn Hà Nam Định")}),
    # the same office written with two bodies is two offices
    ("Ông Lê Minh Quang là Giám đốc Công ty CP Sơn Hà Nam Định, Giám đốc Công ty CP Sơn Hà Hải Phòng.",
     {("Lê Minh Quang", "Giám đốc", "Công ty cổ phần Sơn Hà Nam Định"),
      ("Lê Minh Quang", "Giám đốc", "Công ty cổ phần Sơn Hà Hải Phòng")}),
])
def test_repeated_workplace_office_keeps_its_body(text, expected):
    assert roles(text) == _folded(expected)


# --- offices joined by "kiêm", "đồng thời là", "và hiện là": a bare organ is of the next office's body ---
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Lê Văn Hải - Phó Bí thư Đảng ủy nhiệm kỳ 2020-2025 và hiện là Hiệu trưởng Trường Đại học Vinh, bị kỷ luật.",
     {("Lê Văn Hải", "Phó Bí thư", "Đảng ủy Trường Đại học Vinh"), ("Lê Văn Hải", "Hiệu trưởng", "Trường Đại học Vinh")}),
    ("Ông Lê Văn Hải - Bí thư Đảng ủy kiêm Giám đốc Bệnh viện Đa khoa tỉnh Nam Định, dự lễ.",
     {("Lê Văn Hải", "Bí thư", "Đảng ủy Bệnh viện Đa khoa tỉnh Nam Định"),
      ("Lê Văn Hải", "Giám đốc", "Bệnh viện Đa khoa tỉnh Nam Định")}),
    ("Bà Trần Thị Mai, Bí thư Đảng ủy, đồng thời là Hiệu trưởng Trường Đại học Vinh, phát biểu.",
     {("Trần Thị Mai", "Bí thư", "Đảng ủy Trường Đại học Vinh"), ("Trần Thị Mai", "Hiệu trưởng", "Trường Đại học Vinh")}),
    ("Ông Nguyễn Văn Sơn, Bí thư Tỉnh ủy Nam Định và là Chủ tịch HĐND tỉnh, dự lễ.",
     {("Nguyễn Văn Sơn", "Bí thư", "Tỉnh ủy Nam Định"), ("Nguyễn Văn Sơn", "Chủ tịch", "Hội đồng nhân dân tỉnh Nam Định")}),
    # "và" alone joins two persons' phrases, not two offices
    ("Chủ tịch UBND tỉnh Nam Định và Giám đốc Sở Y tế Lê Văn Hải đã kiểm tra.",
     {("Lê Văn Hải", "Giám đốc", "Sở Y tế tỉnh Nam Định")}),
])
def test_offices_joined_by_a_conjunction(text, expected):
    assert roles(text) == _folded(expected)


# --- offices a check of the lexicon found missing: deputies of the UN's and the state inspectorate's
# heads, faculties' deputies, enforcement officers -------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Phó Tổng Thư ký Liên hợp quốc Rosemary DiCarlo tới thăm.",
     {("Rosemary DiCarlo", "Phó Tổng Thư ký", "Liên Hợp Quốc")}),
    ("Tổng Thanh tra Chính phủ Đoàn Hồng Phong làm việc với tỉnh.",
     {("Đoàn Hồng Phong", "Tổng Thanh tra", "Thanh tra Chính phủ")}),
    ("Ông Lê Văn Tám, Phó Tổng Thanh tra Chính phủ, cho biết.",
     {("Lê Văn Tám", "Phó Tổng Thanh tra", "Thanh tra Chính phủ")}),
    ("BS Phạm Thị Lan - Phó khoa Nhi, Bệnh viện Đa khoa tỉnh Nam Định cho biết.",
     {("Phạm Thị Lan", "Phó khoa Nhi", "Bệnh viện Đa khoa tỉnh Nam Định")}),
    ("Ông Nguyễn Văn Dũng, Chấp hành viên Chi cục Thi hành án dân sự huyện Đông Anh, cho biết.",
     {("Nguyễn Văn Dũng", "Chấp hành viên", "Chi cục Thi hành án dân sự huyện Đông Anh")}),
    ("Tổng Thư ký Liên hợp quốc Antonio Guterres phát biểu.", {("Antonio Guterres", "Tổng Thư ký", "Liên Hợp Quốc")}),
    # "Phó" before an office the lexicon has no deputy of is its deputy
    ("Bà Karine Jean-Pierre, Phó Thư ký báo chí Nhà Trắng, cho biết.",
     {("Karine Jean-Pierre", "Phó Thư ký báo chí", "Nhà Trắng")}),
    ("Họ phải đối phó Tổng thống mới.", set()),
    # a name right after an office the verb gives is its holder's, not the subject's; a body's name is not
    # (the holder named after the office is read since aud-fn96: a Korean family name before a hyphenated given name)
    ("Ông Chung Mong-koo được thừa kế cổ phần của cha ông là Chủ tịch Chung Ju-yung tại Hyundai Motor.",
     {("Chung Ju-yung", "Chủ tịch", None)}),
    ("Ông Trần Văn Giàu từng là Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.",
     {("Trần Văn Giàu", "Ủy viên Đoàn Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}),
    ("Ông Lê Văn An sinh năm 1970. Ông từng là Giám đốc Sở Y tế tỉnh Nam Định.",
     {("Lê Văn An", "Giám đốc", "Sở Y tế tỉnh Nam Định")}),
    # the seat of an office is a word for it
    ("Ông Lê Văn Hòa rời ghế Chủ tịch Công ty CP Sông Đà sau 10 năm.",
     {("Lê Văn Hòa", "Chủ tịch", "Công ty cổ phần Sông Đà")}),
    ("Ông Lê Văn Hòa kê ghế cho Giám đốc.", set()),
    # a candidate for an office named a few words before it does not hold it
    ("Ông Trump nhắc tới bà Ann Coulter như là ứng cử viên sáng giá cho chức thư ký báo chí Nhà Trắng.", set()),
    # a word of appointment between the candidate and the office: the office was taken
    ("Ông Trần Văn Lực từng là ứng viên nhưng sau đó được bổ nhiệm vào chức Giám đốc Sở Tài chính.",
     {("Trần Văn Lực", "Giám đốc", "Sở Tài chính")}),
    ("Ứng cử viên Lê Văn Hòa cho biết ông được bầu vào chức Chủ tịch UBND xã.", {("Lê Văn Hòa", "Chủ tịch", None)}),
])
def test_offices_of_inspectorates_faculties_and_deputies(text, expected):
    assert roles(text) == _folded(expected)


# --- an age or a birth year between the name and its offices; a body's head after a unit's title -----
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Trần Văn Tư, 45 tuổi, Giám đốc Công ty TNHH Minh Long, cho biết.",
     {("Trần Văn Tư", "Giám đốc", "Công ty TNHH Minh Long")}),
    ("Ông Lê Văn Sáu, sinh năm 1970, Chủ tịch UBND xã Tân Lập, bị khởi tố.",
     {("Lê Văn Sáu", "Chủ tịch", "Ủy ban nhân dân xã Tân Lập")}),
    ("Anh Trần Văn Tư, 30 tuổi, công nhân Công ty TNHH Minh Long, cho biết.", set()),
    # … or opening the bracket the offices go on in (study17 audit)
    ("Ông Đỗ Văn Khiêm (62 tuổi, Chủ tịch Hội Nông dân xã Tân Lập) cho biết.",
     {("Đỗ Văn Khiêm", "Chủ tịch", "Hội Nông dân xã Tân Lập")}),
    ("Bà Lý Thị Hạnh (SN 1975, Phó Giám đốc Công ty TNHH Minh Long) đã bị bắt.",
     {("Lý Thị Hạnh", "Phó Giám đốc", "Công ty TNHH Minh Long")}),
    ("Anh Đỗ Văn Khiêm (30 tuổi, công nhân Công ty TNHH Minh Long) cho biết.", set()),
    ("Chánh Văn phòng Nhà Trắng Ron Klain cho biết.", {("Ron Klain", "Chánh Văn phòng", "Nhà Trắng")}),
    ("Ông Lê Văn Bảy, Giám đốc Nhà máy Z176, cho biết.", {("Lê Văn Bảy", "Giám đốc", "Nhà máy Z176")}),
    ("Trưởng phòng Tổ chức - Hành chính Công ty Than Hà Lầm Lê Văn Toàn cho biết.",
     {("Lê Văn Toàn", "Trưởng phòng Tổ chức - Hành chính", "Công ty Than Hà Lầm")}),
])
def test_age_asides_and_heads_after_unit_titles(text, expected):
    assert roles(text) == _folded(expected)


# --- the body alone in brackets after a name is the body of the office written before the name -------
@pytest.mark.parametrize(("text", "expected"), [
    ("Bộ trưởng Nguyễn Văn Thể (Bộ GTVT) trả lời chất vấn.",
     {("Nguyễn Văn Thể", "Bộ trưởng", "Bộ Giao thông Vận tải")}),
    ("Chủ tịch Lê Văn Huy (Công ty CP Sông Đà) và Giám đốc Trần Văn Nam (Công ty CP Licogi) ký kết.",
     {("Lê Văn Huy", "Chủ tịch", "Công ty cổ phần Sông Đà"), ("Trần Văn Nam", "Giám đốc", "Công ty cổ phần Licogi")}),
    # a place or a term in the brackets is no body; an office with its own body keeps it
    ("Bộ trưởng Nguyễn Văn Thể (Hà Nội) trả lời chất vấn.", {("Nguyễn Văn Thể", "Bộ trưởng", None)}),
    ("Giám đốc Sở Y tế Lê Văn Huy (Sở Y tế tỉnh Nam Định) cho biết.",
     {("Lê Văn Huy", "Giám đốc", "Sở Y tế tỉnh Nam Định")}),
])
def test_body_in_brackets_after_the_name(text, expected):
    assert roles(text) == _folded(expected)


# --- a name set off after "X của Y" holds X; one word between a company's office and a foreign holder is the company ---
@pytest.mark.parametrize(("text", "expected"), [
    ("Về việc này, người phát ngôn của Tổng thống, ông Harry Roque cho rằng tình hình đã ổn định.",
     {("Harry Roque", "Người phát ngôn", None)}),
    ("Người phát ngôn của Tổng thống Mỹ Joe Biden cho biết.", {("Joe Biden", "Tổng thống", None)}),
    ("Phó Chủ tịch Hyundai Chung Eui-sun thăm nhà máy.", {("Chung Eui-sun", "Phó Chủ tịch", "Hyundai")}),
    ("CEO Tesla Elon Musk cho biết.", {("Elon Musk", "CEO", "Tesla")}),
    # a state's office keeps no brand; two words are no brand
    ("Ngoại trưởng Mỹ Antony Blinken cho biết.", {("Antony Blinken", "Ngoại trưởng", None)}),
    # where an international body's office is held, between the body and the name
    ("Trưởng đại diện UNDP tại Việt Nam Ramla Khalidi phát biểu.",
     {("Ramla Khalidi", "Trưởng đại diện", "Chương trình Phát triển Liên Hợp Quốc")}),
    ("Ông Kamal Malhotra, Điều phối viên thường trú Liên hợp quốc tại Việt Nam, cho biết.",
     {("Kamal Malhotra", "Điều phối viên thường trú", "Liên Hợp Quốc")}),
])
def test_possessive_heads_and_brands(text, expected):
    assert roles(text) == _folded(expected)


# --- offices the clean45 audit (roles52) found missing; a unit name over a lower-case "và" and up to a closing
# bracket; a ministry's field written with a comma ------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Peter Brown, người đứng đầu Liên đoàn Lao động Anh, cho biết.",
     {("Peter Brown", "Người đứng đầu", "Liên đoàn Lao động Anh")}),
    ("Bà Sarah Lee là người đứng đầu Công đoàn Giáo viên Úc.",
     {("Sarah Lee", "Người đứng đầu", "Công đoàn Giáo viên Úc")}),
    ("Ông John Smith, Cố vấn trưởng của dự án, nói.", {("John Smith", "Cố vấn trưởng", None)}),
    ("Bà Nguyễn Thị Hà, thành viên độc lập HĐQT, cho biết.",
     {("Nguyễn Thị Hà", "Thành viên độc lập Hội đồng quản trị", None)}),
    ("Ông Trần Văn Bình, Phó Chủ tịch thường trực HĐQT - Tổng Giám đốc Vietcombank phát biểu.",
     {("Trần Văn Bình", "Phó Chủ tịch Thường trực Hội đồng quản trị", "Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam"),
      ("Trần Văn Bình", "Tổng Giám đốc", "Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam")}),
    ("Ông Đỗ Văn Nam (phó tổng giám đốc kiêm giám đốc khối quản trị rủi ro) mua cổ phiếu.",
     {("Đỗ Văn Nam", "Phó Tổng Giám đốc", None), ("Đỗ Văn Nam", "Giám đốc Khối quản trị rủi ro", None)}),
    ("Ông Trần Văn Bảo (giám đốc khối kiểm soát tuân thủ và pháp chế) bán cổ phiếu.",
     {("Trần Văn Bảo", "Giám đốc Khối kiểm soát tuân thủ và pháp chế", None)}),
    ("Ông Phạm Văn Cường, Trưởng phòng kế hoạch và đầu tư, Công ty May 10, cho biết.",
     {("Phạm Văn Cường", "Trưởng phòng kế hoạch và đầu tư", "Công ty May 10")}),
    # "và" before another person ends the unit
    ("Ông Phạm Văn Cường, Giám đốc khối bán lẻ và ông Trần Văn Dũng cùng dự.",
     {("Phạm Văn Cường", "Giám đốc Khối", None)}),
    ("Ông Lê Văn Phúc, Thứ trưởng Lao động, Thương binh và Xã hội - Chủ tịch Hội đồng Tiền lương quốc gia, cho biết.",
     {("Lê Văn Phúc", "Thứ trưởng", "Bộ Lao động - Thương binh và Xã hội"),
      ("Lê Văn Phúc", "Chủ tịch", "Hội đồng Tiền lương quốc gia")}),
    ("Bộ trưởng Tài chính, ông Đinh Văn Dũng cho biết.", {("Đinh Văn Dũng", "Bộ trưởng", "Bộ Tài chính")}),
])
def test_offices_of_the_clean45_audit(text, expected):
    assert roles(text) == _folded(expected)


# --- a deputy written by the mark alone, or by the plain word with a province in brackets, in a text that names
# the Quốc hội and no congress ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Tại phiên thảo luận của Quốc hội, Thiếu tướng Phạm Văn Hòa (đại biểu Đồng Tháp) cho rằng cần sửa luật.",
     {("Phạm Văn Hòa", "Đại biểu", "Quốc hội Việt Nam")}),
    ("Đại biểu Nguyễn Thị Lan - Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam phát biểu tại phiên họp của Quốc hội.",
     {("Nguyễn Thị Lan", "Đại biểu", "Quốc hội Việt Nam"),
      ("Nguyễn Thị Lan", "Phó Chủ tịch", "Hội Liên hiệp Phụ nữ Việt Nam")}),
    ("Bên lề kỳ họp Quốc hội, ĐB Dương Văn Quang cho rằng cần minh bạch.",
     {("Dương Văn Quang", "Đại biểu", "Quốc hội Việt Nam")}),
    # a congress writes its delegates the same way; a body's name ending with the word is no mark
    ("Tại Đại hội Công đoàn tỉnh, ông Lê Văn Hà (đại biểu Nam Định) nhắc tới Quốc hội.", set()),
    ("Đại biểu Trần Văn Hòa phát biểu tại hội nghị Công đoàn tỉnh.", set()),
])
def test_deputies_by_the_mark_alone(text, expected):
    assert roles(text) == _folded(expected)


# --- a career listed after a word for duties and "như"; a duty handed over is no office of the giver -------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Bà Lê Thị Thu từng đảm nhận các nhiệm vụ như Bí thư Quận đoàn Tân Phú; Phó Bí thư Thành đoàn TPHCM.",
     {("Lê Thị Thu", "Bí thư", "Quận đoàn Tân Phú"), ("Lê Thị Thu", "Phó Bí thư", "Thành đoàn thành phố Hồ Chí Minh")}),
    ("Thứ trưởng Phạm Văn Tâm trao quyết định và giao nhiệm vụ Phó Chánh Thanh tra Bộ tới ông Đỗ Văn Dũng.",
     {("Phạm Văn Tâm", "Thứ trưởng", None)}),
])
def test_career_after_a_word_for_duties(text, expected):
    assert roles(text) == _folded(expected)


# --- membership of a company's board one is elected into or joins; the standing member of the Ban Bí thư --------
@pytest.mark.parametrize(("text", "expected"), [
    ("Hôm nay, Công ty CP Sông Đà tổ chức đại hội. Ông Lê Văn Long được bầu vào HĐQT nhiệm kỳ mới.",
     {("Lê Văn Long", "Thành viên Hội đồng quản trị", "Công ty cổ phần Sông Đà")}),
    ("Ông Lê Văn Long được bầu vào HĐQT Công ty CP Sông Đà.",
     {("Lê Văn Long", "Thành viên Hội đồng quản trị", "Công ty cổ phần Sông Đà")}),
    ("Ông Lê Văn Long và ông Trần Văn Trọng được bầu bổ sung vào HĐQT ngân hàng nhiệm kỳ 2018 - 2023.",
     {("Lê Văn Long", "Thành viên Hội đồng quản trị", None), ("Trần Văn Trọng", "Thành viên Hội đồng quản trị", None)}),
    ("Tại phiên họp, cổ đông đã bầu ông Lê Văn Thụy tham gia HĐQT nhiệm kỳ 2018 - 2023.",
     {("Lê Văn Thụy", "Thành viên Hội đồng quản trị", None)}),
    ("Ông Lê Văn Long tham gia Ban Chấp hành LĐLĐ tỉnh Nam Định.",
     {("Lê Văn Long", "Ủy viên Ban Chấp hành", "Liên đoàn Lao động tỉnh Nam Định")}),
    ("Tỷ lệ nữ tham gia BCH công đoàn đạt 30%.", set()),
    ("Thường trực Ban Bí thư Võ Văn Thành dự hội nghị.", {("Võ Văn Thành", "Thường trực", "Ban Bí thư Trung ương Đảng")}),
    ("Ông Võ Văn Thành, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, dự hội nghị.",
     {("Võ Văn Thành", "Ủy viên", "Bộ Chính trị"), ("Võ Văn Thành", "Thường trực", "Ban Bí thư Trung ương Đảng")}),
])
def test_board_membership_and_standing_member(text, expected):
    assert roles(text) == _folded(expected)


# --- a list item's holder the persons finder missed ends the run before it: its office is not the name's before ---
@pytest.mark.parametrize(("text", "expected"), [
    ("Khách mời có Sandrine Araldi - Trưởng phòng truyền thông của Công ty Prisma, Lia Riva - Giám đốc điều hành của "
     "Công ty Riva.", {("Sandrine Araldi", "Trưởng phòng truyền thông", "Công ty Prisma")}),
    ("Ông Lê Văn Hải, Phó Bí thư Thường trực Đảng ủy, Phó Chủ tịch Tổng LĐLĐ Việt Nam dự lễ.",
     {("Lê Văn Hải", "Phó Bí thư Thường trực", "Đảng ủy Tổng Liên đoàn Lao động Việt Nam"),
      ("Lê Văn Hải", "Phó Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam")}),
])
def test_missed_holder_ends_the_run(text, expected):
    assert roles(text) == _folded(expected)


# --- a semicolon ends one person's item: the offices after it are the next name's, not the one's before it -----------
@pytest.mark.parametrize(("text", "expected"), [
    ("Dự lễ có ông Trần Văn Tâm, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương; Ủy viên Trung ương Đảng, "
     "Phó Chủ tịch Quốc hội Lê Thị Hoa.",
     {("Trần Văn Tâm", "Ủy viên", "Bộ Chính trị"), ("Trần Văn Tâm", "Trưởng ban", "Ban Tổ chức Trung ương"),
      ("Lê Thị Hoa", "Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Lê Thị Hoa", "Phó Chủ tịch", "Quốc hội Việt Nam")}),
    ("Tham dự có ông Nguyễn Văn Nam, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nam Định; Tỉnh ủy viên, Giám đốc Sở Y tế "
     "Trần Văn Bảo.",
     {("Nguyễn Văn Nam", "Phó Bí thư", "Tỉnh ủy Nam Định"), ("Nguyễn Văn Nam", "Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định"),
      ("Trần Văn Bảo", "Ủy viên", "Tỉnh ủy Nam Định"), ("Trần Văn Bảo", "Giám đốc", "Sở Y tế tỉnh Nam Định")}),
    # no semicolon: only the last office is the name's after the run
    ("Dự hội nghị có ông Lê Văn Cảnh, Chủ tịch LĐLĐ tỉnh Thái Bình, Phó Chủ tịch HĐND tỉnh Thái Bình Trần Thị Duyên.",
     {("Lê Văn Cảnh", "Chủ tịch", "Liên đoàn Lao động tỉnh Thái Bình"),
      ("Trần Thị Duyên", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Thái Bình")}),
])
def test_semicolon_ends_an_item_of_offices(text, expected):
    assert roles(text) == _folded(expected)


# --- an office and a foreign workplace opening a clause, then the holder set off by commas ----------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Trả lời phỏng vấn, chủ tịch Sevilla, Jose Castro, cho biết đội bóng không tham gia.",
     {("Jose Castro", "Chủ tịch", "Sevilla")}),
    ("Chủ tịch Bayern Munich, Herbert Hainer, khẳng định đội bóng vẫn ở lại.",
     {("Herbert Hainer", "Chủ tịch", "Bayern Munich")}),
    ("Giám đốc điều hành Netflix, ông Reed Hastings cho biết số thuê bao tăng.",
     {("Reed Hastings", "Giám đốc điều hành", "Netflix")}),
    ("Giám đốc Cơ quan Hàng không vũ trụ châu Âu, ông Josef Berger, cho biết tàu đã phóng.",
     {("Josef Berger", "Giám đốc", "Cơ quan Hàng không vũ trụ châu Âu")}),
    # a list of things after the workplace: no holder
    ("Giám đốc Samsung, Apple Watch, Galaxy Tab đều được bày bán.", set()),
])
def test_foreign_holder_set_off_after_office_and_workplace(text, expected):
    assert roles(text) == _folded(expected)


# --- a body the organizations finder did not read between two offices of a run -----------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("TS Lê Văn Bình, Phó giám đốc Trung tâm ghép tạng Quốc gia, Trưởng khoa Ngoại tiêu hóa, Bệnh viện Việt Đức cho biết.",
     {("Lê Văn Bình", "Phó Giám đốc", "Trung tâm ghép tạng Quốc gia"),
      ("Lê Văn Bình", "Trưởng khoa Ngoại tiêu hóa", "Bệnh viện Việt Đức")}),
    # a verb after the head, no body: the office keeps none
    ("Bà Lê Thị Hạnh, Giám đốc Trung tâm cho biết thêm, Chủ tịch UBND tỉnh Hà Nam đã đồng ý.",
     {("Lê Thị Hạnh", "Giám đốc", None)}),
])
def test_unread_body_between_offices(text, expected):
    assert roles(text) == _folded(expected)


# --- a company's functional directors keep their field, written in lower case before a verb --------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Theo ông Phạm Văn Đức - Giám đốc sản phẩm thì ứng dụng đã có mười nghìn người dùng.",
     {("Phạm Văn Đức", "Giám đốc sản phẩm", None)}),
    ("Bà Lê Thị Mai, Giám đốc tài chính cho biết lợi nhuận tăng.", {("Lê Thị Mai", "Giám đốc tài chính", None)}),
    ("Giám đốc dự án Nguyễn Văn Cường cho biết công trình sắp xong.", {("Nguyễn Văn Cường", "Giám đốc dự án", None)}),
    ("Ông Trần Văn Lộc, Giám đốc cho biết lợi nhuận tăng.", {("Trần Văn Lộc", "Giám đốc", None)}),
])
def test_functional_directors_keep_their_field(text, expected):
    assert roles(text) == _folded(expected)


# --- a product's name after a functional director's office and its company's acronym is no holder ---------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Nói về phiên bản mới, ông Lê Trọng Nghĩa, Giám đốc sản phẩm FPT Play Box kỳ vọng sản phẩm sẽ bán chạy.",
     {("Lê Trọng Nghĩa", "Giám đốc sản phẩm", "FPT")}),
])
def test_product_after_functional_director(text, expected):
    assert roles(text) == _folded(expected)


# --- a company's office written short, glued by the segmenter to "Cty" (aud-roleprec81) --------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Lê Văn Tâm, TGĐ Cty Thép Hòa Bình, cho biết sản lượng tăng.",
     {("Lê Văn Tâm", "Tổng Giám đốc", "Công ty Thép Hòa Bình")}),
    ("Bà Trần Thị Nga, GĐ Cty TNHH Minh Long cho rằng giá còn cao.",
     {("Trần Thị Nga", "Giám đốc", "Công ty TNHH Minh Long")}),
    ("Tại hội thảo, ông Trần Văn Bảo, TGĐ Cty Giống cây trồng Nam Định; ông Ngô Văn Cường, GĐ Cty CP Phân bón Bình Điền "
     "cho rằng lãi suất còn cao.",
     {("Trần Văn Bảo", "Tổng Giám đốc", "Công ty Giống cây trồng Nam Định"),
      ("Ngô Văn Cường", "Giám đốc", "Công ty cổ phần Phân bón Bình Điền")}),
    # a title of its own whose last word is a head stays whole
    ("Trưởng Ban Tổ chức Tỉnh ủy Lê Văn Hòa phát biểu.", {("Lê Văn Hòa", "Trưởng Ban", "Ban Tổ chức Tỉnh ủy")}),
])
def test_short_office_glued_to_a_company_head(text, expected):
    assert roles(text) == _folded(expected)


# --- a khoa's head keeps the khoa's name, capitalized, with or without the hospital after it ----------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("BS Trần Văn Khải, Trưởng khoa Tai Mũi Họng cho biết bệnh nhân đã ổn định.",
     {("Trần Văn Khải", "Trưởng khoa Tai Mũi Họng", None)}),
    ("BS Lê Thu Hà, Trưởng khoa Hồi sức Tích cực, Bệnh viện Chợ Rẫy cho biết ca bệnh đã qua nguy hiểm.",
     {("Lê Thu Hà", "Trưởng khoa Hồi sức Tích cực", "Bệnh viện Chợ Rẫy")}),
    ("Ông Vũ Hải, Phó Trưởng khoa Cấp cứu Bệnh viện Bạch Mai cho biết số ca tăng.",
     {("Vũ Hải", "Phó Trưởng khoa Cấp cứu", "Bệnh viện Bạch Mai")}),
    ("Bác sĩ Hoàng Văn Nam, Trưởng khoa Nội cho biết bệnh nhân đã tỉnh.", {("Hoàng Văn Nam", "Trưởng khoa Nội", None)}),
    # the holder's full name after the office is no khoa's name
    ("Trưởng khoa Nguyễn Văn An cho biết ca mổ thành công.", {("Nguyễn Văn An", "Trưởng khoa", None)}),
    ("Trưởng khoa Ngoại Nguyễn Văn An cho biết ca mổ thành công.", {("Nguyễn Văn An", "Trưởng khoa Ngoại", None)}),
    ("BS Lê Văn Hà, Trưởng khoa Tai Mũi Họng khuyến cáo người dân đi khám sớm.",
     {("Lê Văn Hà", "Trưởng khoa Tai Mũi Họng", None)}),
    # a verb after a name written partly in lower case is no word of the khoa's name; nor is a dashed one cut
    ("BS Lê Văn Hà, Trưởng khoa Phẫu thuật Tim chia sẻ, ca mổ kéo dài sáu giờ.", {("Lê Văn Hà", "Trưởng khoa", None)}),
    ("BS Lê Văn Hà, Trưởng khoa Tim mạch - Lồng ngực, Bệnh viện Nhi Thanh Hóa cho biết.",
     {("Lê Văn Hà", "Trưởng khoa Tim mạch - Lồng ngực", "Bệnh viện Nhi Thanh Hóa")}),
    ("Ông Lê Văn Hà, Chủ nhiệm khoa Luật, Trường Đại học Kinh tế cho biết.",
     {("Lê Văn Hà", "Chủ nhiệm khoa Luật", "Trường Đại học Kinh tế")}),
])
def test_khoa_head_keeps_the_khoa(text, expected):
    assert roles(text) == _folded(expected)


# --- a mass organization's central committee between an office and the body; a State Councillor; a senior deputy ------
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Đặng Văn Minh, Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam, phát biểu khai mạc.",
     {("Đặng Văn Minh", "Phó Chủ tịch", "Hội Khuyến học Việt Nam")}),
    ("Bà Lê Thị Thu, Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam, dự hội nghị.",
     {("Lê Thị Thu", "Ủy viên Ban Chấp hành", "Hội Nông dân Việt Nam")}),
    ("Ông Vương Hồng Quân, Ủy viên Quốc vụ, Bộ trưởng Bộ Ngoại giao Trung Quốc, hội đàm với đoàn.",
     {("Vương Hồng Quân", "Ủy viên Quốc vụ", "Quốc vụ viện"), ("Vương Hồng Quân", "Bộ trưởng", "Bộ Ngoại giao Trung Quốc")}),
    ("Phía Trung Quốc có Ủy viên Quốc vụ viện Dương Minh Khải và Bộ trưởng Bộ Thương mại Vương Văn Tào.",
     {("Dương Minh Khải", "Ủy viên Quốc vụ", "Quốc vụ viện Trung Quốc"),
      ("Vương Văn Tào", "Bộ trưởng", "Bộ Thương mại")}),
    ("Ông Lê Quang Vinh, Phó Chủ tịch cấp cao Tập đoàn Hòa Bình, cho biết đơn hàng tăng.",
     {("Lê Quang Vinh", "Phó Chủ tịch cấp cao", "Tập đoàn Hòa Bình")}),
    # a unit of a social insurer named by five words, the body in brackets
    ("Ông Vũ Văn Long, Phó Trưởng ban Thực hiện chính sách BHYT (BHXH Việt Nam) cho biết số thẻ tăng.",
     {("Vũ Văn Long", "Phó Trưởng ban Thực hiện chính sách BHYT", "Bảo hiểm xã hội Việt Nam")}),
])
def test_central_committees_councillors_and_senior_deputies(text, expected):
    assert roles(text) == _folded(expected)


# --- "UB" written for "Ủy ban" (aud-roleprec81) ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Chủ nhiệm UB Kinh tế Vũ Văn Thành trình bày báo cáo thẩm tra.",
     {("Vũ Văn Thành", "Chủ nhiệm", "Ủy ban Kinh tế")}),
    ("Phó Chủ tịch UB Thường vụ Quốc hội Đỗ Văn Tài phát biểu.",
     {("Đỗ Văn Tài", "Phó Chủ tịch", "Ủy ban Thường vụ Quốc hội")}),
    ("Ủy viên UB Tài chính - Ngân sách Lê Văn Hòa chất vấn Bộ trưởng.",
     {("Lê Văn Hòa", "Ủy viên", "Ủy ban Tài chính - Ngân sách của Quốc hội")}),
    ("Phó Chủ tịch UB MTTQ Hà Nội Nguyễn Văn Sơn phát biểu.",
     {("Nguyễn Văn Sơn", "Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội")}),
])
def test_committee_written_short(text, expected):
    assert roles(text) == _folded(expected)


# --- a minister's field written without the words that join the ministry's name (aud-role91) --------
@pytest.mark.parametrize(("text", "expected"), [
    ("Bộ trưởng Tài nguyên Môi trường Trần Văn Hòa kiểm tra bãi rác.",
     {("Trần Văn Hòa", "Bộ trưởng", "Bộ Tài nguyên và Môi trường")}),
    ("Thứ trưởng Kế hoạch Đầu tư Lê Thị Mai trả lời báo chí.",
     {("Lê Thị Mai", "Thứ trưởng", "Bộ Kế hoạch và Đầu tư")}),
    ("Ông Phạm Quốc Anh, bộ trưởng thông tin truyền thông, cho biết.",
     {("Phạm Quốc Anh", "Bộ trưởng", "Bộ Thông tin và Truyền thông")}),
    # written with its joining words, and a field no home ministry has, stay as they were
    ("Bộ trưởng Văn hóa, Thể thao và Du lịch Nguyễn Hữu Tâm dự lễ.",
     {("Nguyễn Hữu Tâm", "Bộ trưởng", "Bộ Văn hóa, Thể thao và Du lịch")}),
    ("Bộ trưởng Kinh tế Peter Altmaier phát biểu.", {("Peter Altmaier", "Bộ trưởng", None)}),
])
def test_ministers_field_without_joining_words(text, expected):
    assert roles(text) == _folded(expected)


# --- an office that ends with its unit's head: the unit stays in the title, the body is the parent ------
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Lê Văn Tâm, Chánh Thanh tra Sở GTVT tỉnh Nghệ An cho biết.",
     {("Lê Văn Tâm", "Chánh Thanh tra", "Sở Giao thông vận tải tỉnh Nghệ An")}),
    ("Phó Chánh Thanh tra Bộ Xây dựng Hoàng Minh Đức trả lời.",
     {("Hoàng Minh Đức", "Phó Chánh Thanh tra", "Bộ Xây dựng")}),
    ("Chánh Thanh tra Sở Xây dựng Lê Văn Tâm cho biết.", {("Lê Văn Tâm", "Chánh Thanh tra", "Sở Xây dựng")}),
    # a body the base knows is its own organization
    ("Ông Đoàn Văn Hiệp, Tổng Thanh tra Chính phủ, cho biết.",
     {("Đoàn Văn Hiệp", "Tổng Thanh tra", "Thanh tra Chính phủ")}),
])
def test_unit_head_ending_the_office(text, expected):
    assert roles(text) == _folded(expected)


# --- a capitalized head after an office, then words of the body's own name up to the phrase's end ------
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Trần Văn Lộc, Phó giám đốc Xí nghiệp quản lý phà Sông Hậu - bến Vàm Cống, cho biết xe đã qua.",
     {("Trần Văn Lộc", "Phó Giám đốc", "Xí nghiệp quản lý phà Sông Hậu")}),
    ("Bà Claire Martin, đồng tổng thư ký Công đoàn quốc gia giáo viên trung học, phản đối dự luật.",
     {("Claire Martin", "Đồng Tổng Thư ký", "Công đoàn quốc gia giáo viên trung học")}),
    # a head alone, a verb after it, a generic body, a name whose fields a comma lists on: no body
    ("Ông Lê Văn Tú, Giám đốc Công ty, cho biết.", {("Lê Văn Tú", "Giám đốc", None)}),
    ("Dự án do anh Lê Văn Tú – Phó Giám đốc Xí nghiệp khởi xướng, sau đó mọi người làm theo.",
     {("Lê Văn Tú", "Phó Giám đốc", None)}),
    ("Ông Lê Văn Hòa, Chủ tịch Công đoàn công ty cho biết.", {("Lê Văn Hòa", "Chủ tịch", None)}),
    ("Ông Lê Văn Hòa, Chủ tịch Công đoàn cơ sở, cho biết.", {("Lê Văn Hòa", "Chủ tịch", None)}),
    ("Ông Lê Văn Tú, Viện trưởng Viện nghiên cứu văn hóa, kinh tế và môi trường, tự ứng cử.",
     {("Lê Văn Tú", "Viện trưởng", None)}),
])
def test_body_a_head_opens_after_the_office(text, expected):
    assert roles(text) == _folded(expected)


def test_commune_police_officer():
    assert roles("Tối hôm đó, công an viên Lê Văn Tú trực tại trụ sở xã.") == _folded({("Lê Văn Tú", "Công an viên", None)})


# --- an office a counted or plural group "là", in what a named person says, is not that person's -------
@pytest.mark.parametrize(("text", "expected"), [
    ("Phó Chủ tịch Trần Văn Hải cho biết, có 50 người là Ủy viên Trung ương Đảng.",
     {("Trần Văn Hải", "Phó Chủ tịch", None)}),
    ("Theo Trưởng ban Tổ chức Lê Văn Nam, các ứng viên là Ủy viên Bộ Chính trị được phân công về các thành phố lớn.",
     {("Lê Văn Nam", "Trưởng Ban Tổ chức", None)}),
    # "những người" set off after names points back to them: the office is theirs
    ("Ban điều hành có ông Lê Văn An của CLB Hà Nội và ông Trần Văn Bình của CLB Nam Định, những người sẽ là phó chủ tịch.",
     {("Trần Văn Bình", "Phó Chủ tịch", None)}),
    # the person's own office after "là" stays his
    ("Ông Trần Văn Hải hiện là Ủy viên Trung ương Đảng.",
     {("Trần Văn Hải", "Ủy viên", "Ban Chấp hành Trung ương Đảng")}),
    ("Ông Trần Văn Hải cho biết ông vẫn là Chủ tịch Hội Nông dân tỉnh Nghệ An.",
     {("Trần Văn Hải", "Chủ tịch", "Hội Nông dân tỉnh Nghệ An")}),
])
def test_office_of_a_group_in_what_is_said(text, expected):
    assert roles(text) == _folded(expected)


# --- a committee named with its parent after "của" ("Ủy ban X của Quốc hội"), the office is of the whole name ---
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Hà Minh Đức từng là Phó Chủ nhiệm Ủy ban Khoa học kỹ thuật của Quốc hội khóa VII.",
     {("Hà Minh Đức", "Phó Chủ nhiệm", "Ủy ban Khoa học kỹ thuật của Quốc hội")}),
    # (a dash written for the "và" of the known name: the known committee, 25f3b1d)
    ("Bà Trịnh Thu Hà, Chủ nhiệm Ủy ban Quốc phòng - An ninh của Quốc hội, phát biểu.",
     {("Trịnh Thu Hà", "Chủ nhiệm", "Ủy ban Quốc phòng và An ninh của Quốc hội")}),
])
def test_committee_named_with_its_parent(text, expected):
    assert roles(text) == _folded(expected)


# --- a foreign holder of an office named by its field alone: the ministry of his country, not the home one ---
@pytest.mark.parametrize(("text", "expected"), [
    # the one foreign country the article writes
    ("Thủ tướng Canada Justin Moreau thăm Ottawa. Bộ trưởng Tài chính Chrystia Hallman cho biết Canada sẽ giảm thuế.",
     {("Justin Moreau", "Thủ tướng", None), ("Chrystia Hallman", "Bộ trưởng", "Bộ Tài chính Canada")}),
    # the country another office of the same holder names
    ("Thứ trưởng Ngoại giao Ba Lan Tomasz Wilk tới Berlin. Ông Tomasz Wilk, Bộ trưởng Nội vụ, cho biết Đức đã đồng ý.",
     {("Tomasz Wilk", "Thứ trưởng", "Bộ Ngoại giao Ba Lan"), ("Tomasz Wilk", "Bộ trưởng", "Bộ Nội vụ Ba Lan")}),
    # two countries written as often: no country for him
    ("Nga và Mỹ đã đàm phán. Bộ trưởng Quốc phòng Jack Doran cho biết Nga và Mỹ sẽ gặp lại.",
     {("Jack Doran", "Bộ trưởng", "Bộ Quốc phòng")}),
    # a Vietnamese holder's ministry is the home one
    ("Tổng thống Mỹ Joe Biden điện đàm. Bộ trưởng Quốc phòng Phan Văn Toàn cho biết Mỹ và Việt Nam sẽ hợp tác.",
     {("Joe Biden", "Tổng thống", None), ("Phan Văn Toàn", "Bộ trưởng", "Bộ Quốc phòng")}),
])
def test_foreign_holder_of_a_field_ministry(text, expected):
    assert roles(text) == _folded(expected)


# --- the mission a headline names, its country at the end of the line, is its envoy's ---------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Khánh thành trụ sở mới của Đại sứ quán Việt Nam tại Ba Lan\nTại buổi gặp, Đại sứ Việt Nam tại Ba Lan "
     "Lê Thanh Hà báo cáo về công tác bảo hộ công dân.",
     {("Lê Thanh Hà", "Đại sứ", "Đại sứ quán Việt Nam tại Ba Lan")}),
])
def test_envoy_of_a_mission_named_in_a_headline(text, expected):
    assert roles(text) == _folded(expected)


# --- a province's department written short or with "&": one office of the department's full name ---------
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Tô Văn Hải - Giám đốc Sở TN & MT TP Cần Thơ: tiến độ chậm. Ông Tô Văn Hải - Giám đốc Sở Tài nguyên & "
     "Môi trường TP chia sẻ thêm.",
     {("Tô Văn Hải", "Giám đốc", "Sở Tài nguyên và Môi trường thành phố Cần Thơ")}),
    ("Ông Đinh Quốc Bảo, Phó Giám đốc Sở NN&PTNT tỉnh Phú Yên, cho biết.",
     {("Đinh Quốc Bảo", "Phó Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên")}),
])
def test_department_of_a_province_by_its_template(text, expected):
    assert roles(text) == _folded(expected)


# --- an armed force written in lower case with its country between an office and a foreign name -----------
@pytest.mark.parametrize(("text", "expected"), [
    ("Tư lệnh hải quân Malaysia Rahman Ismail cho biết tàu đã mất liên lạc.",
     {("Rahman Ismail", "Tư lệnh", "Hải quân Malaysia")}),
    ("Khi được hỏi, người phát ngôn quân đội Philippines Ramon Zagala cho biết cuộc tìm kiếm vẫn tiếp tục.",
     {("Ramon Zagala", "Người phát ngôn", "Quân đội Philippines")}),
])
def test_lower_case_armed_force_of_a_country(text, expected):
    assert roles(text) == _folded(expected)
