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
        # a verb after "và" ends the name
        ("Bệnh viện đa khoa tỉnh Hòa Bình và hỗ trợ Bệnh viện huyện Lạc Sơn.", "Bệnh viện đa khoa tỉnh Hòa Bình và hỗ trợ"),
    ],
)
def test_name_stops(text, unexpected):
    assert unexpected not in _names(text)
