"""Bodies named in sentence case up to the acronym they define (pipeline/extract/acronym_names.py), on sentences
of our own in the shapes world, health and science news write translated names: the name runs from its head over
lower-case words to the bracket; not a sentence's verb "Tổ chức", not an internal organ, not a name the bracket
sits inside ("… (CDC) tỉnh X", left to the patterns that read placed names)."""

from __future__ import annotations

import pytest

from unionfacts.api import extract_facts
from unionfacts.normalize import fold_for_matching


def _organizations(text: str) -> dict[str, list[str]]:
    return {fold_for_matching(org["name"]): [fold_for_matching(alias) for alias in org["aliases"]]
            for org in extract_facts(text, published="2024-03-20")["organizations"]}


@pytest.mark.parametrize(("text", "name", "acronym"), [
    ("Theo Viện nghiên cứu hòa bình quốc tế (IPRI), chi tiêu quân sự toàn cầu tăng.",
     "Viện nghiên cứu hòa bình quốc tế", "IPRI"),
    ("Số liệu do Cơ quan giám sát dịch bệnh (BDS) của Malaysia công bố sáng nay.",
     "Cơ quan giám sát dịch bệnh", "BDS"),
    ("Giải thưởng do Hiệp hội nghiên cứu tim mạch châu Âu (EHRA) trao tặng hằng năm.",
     "Hiệp hội nghiên cứu tim mạch châu Âu", "EHRA"),
    # a function word joining the name's parts, a dash between two capitalized words
    ("Hội thảo do Mạng lưới Kết nối Doanh nhân Việt Nam tại Canada (VBN-CA) tổ chức.",
     "Mạng lưới Kết nối Doanh nhân Việt Nam tại Canada", "VBN-CA"),
    ("Cuộc thi do Mạng lưới Khởi nghiệp Việt - Đức (VGS) đồng tổ chức.",
     "Mạng lưới Khởi nghiệp Việt - Đức", "VGS"),
    # the farthest head of the run opens the name ("Đại học" inside it opens none)
    ("Bằng cấp được Hội đồng kiểm định Đại học Canada (CUAC) công nhận.",
     "Hội đồng kiểm định Đại học Canada", "CUAC"),
    # a known body inside the name does not cut it ("ASEAN")
    ("Hàng cứu trợ được chuyển qua Trung tâm ứng phó thiên tai ASEAN (ADRC) tới vùng lũ.",
     "Trung tâm ứng phó thiên tai ASEAN", "ADRC"),
])
def test_acronym_names_named_up_to_the_acronym(text, name, acronym):
    organizations = _organizations(text)
    assert fold_for_matching(name) in organizations, organizations
    assert fold_for_matching(acronym) in organizations[fold_for_matching(name)]


@pytest.mark.parametrize(("text", "unexpected"), [
    # "Tổ chức" opening a sentence is the verb
    ("Tổ chức tập huấn về an toàn vệ sinh lao động (ATVSLĐ) cho công nhân.", "Tổ chức tập huấn"),
    # an internal organ defined by its acronym
    ("Hội đồng quản trị (HĐQT) công ty đã họp phiên thường kỳ.", "Hội đồng quản trị"),
    # an office before the body: the body opens after it
    ("Văn phòng Viện trưởng Viện Kiểm sát Quân sự Ba Lan (PMP) bác bỏ yêu cầu.",
     "Văn phòng Viện trưởng Viện Kiểm sát Quân sự Ba Lan"),
    # a verb before the bracket: no name runs over it
    ("Cơ quan này cho biết (AP) số người mất tích đã tăng.", "Cơ quan này cho biết"),
])
def test_acronym_names_not_a_body(text, unexpected):
    assert fold_for_matching(unexpected) not in _organizations(text)
