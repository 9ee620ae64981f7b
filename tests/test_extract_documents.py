"""Documents named by number: a case table of sentences written for these tests (the shapes union
news uses, no article text copied) → ``facts_of(doc, "documents")``: kind, number, issuer, title.

Moved here from the meetings tests, whose file held them while documents had none of its own.
"""

from __future__ import annotations

import pytest

from unionfacts.extract.base import facts_of
from unionfacts.normalize import fold_for_matching, normalize_text
from conftest import annotated, xfail_case

PUBLISHED = "2023-08-16"
TLD = "Tổng Liên đoàn Lao động Việt Nam"

NUMBER_WITH_LETTERS = (
    "a document number may carry letters after its first digits ('Nghị quyết số 7b/NQ-BCH'); _NUMBER needs digits "
    "followed only by '/' or '-' parts")
NUMBER_LIST = (
    "a list of numbers after one kind word ('Chỉ thị 04, 06 của Bộ Chính trị') names one document per number, each "
    "with the issuer after 'của'")

DOCUMENTS = [
    ("Hội nghị đã bàn kế hoạch thực hiện Chương trình hành động số 05/Ctr-BCH của TLĐ về nâng cao chất lượng đoàn "
     "viên theo Nghị quyết số 21-NQ/TW của Bộ Chính trị.", PUBLISHED,
     [{"kind": "Chương trình hành động", "number": "05/Ctr-BCH", "issuer": TLD,
       "title": "nâng cao chất lượng đoàn viên"},
      {"kind": "Nghị quyết", "number": "21-NQ/TW", "issuer": "Bộ Chính trị", "title": None}]),
    ("Các cấp công đoàn học tập NQ số 03 của Bộ Chính trị về \"Đổi mới phương thức hoạt động công đoàn\".",
     PUBLISHED, [{"kind": "Nghị quyết", "number": "03", "issuer": "Bộ Chính trị",
                  "title": "Đổi mới phương thức hoạt động công đoàn"}]),
    # a congress's resolution has no number: no document
    ("Nghị quyết Đại hội Công đoàn tỉnh lần thứ XV được thông qua ngày 12-10-2023.", PUBLISHED, []),
    ("Theo Nghị định 145 về thời giờ làm việc, doanh nghiệp phải trả lương làm thêm giờ.", PUBLISHED,
     [{"kind": "Nghị định", "number": "145", "issuer": None, "title": "thời giờ làm việc"}]),
    ("Ngân hàng cho vay theo Nghị định 100/2015/NĐ-CP về phát triển nhà ở xã hội.", PUBLISHED,
     [{"kind": "Nghị định", "number": "100/2015/NĐ-CP", "issuer": None, "title": "phát triển nhà ở xã hội"}]),
    ("Cơ chế theo Nghị định 100 đã có, nhưng Nghị định này chưa đủ.", PUBLISHED,
     [{"kind": "Nghị định", "number": "100", "issuer": None}]),
    ("Việc thực hiện Chỉ thị 05 của Bộ Chính trị về học tập và làm theo tư tưởng Hồ Chí Minh được đẩy mạnh.",
     PUBLISHED, [{"kind": "Chỉ thị", "number": "05", "issuer": "Bộ Chính trị"}]),
    ("Đơn vị đã quán triệt Nghị quyết số 20-NQ/TW và Kết luận 79-KL/TW về xây dựng giai cấp công nhân.", PUBLISHED,
     [{"kind": "Nghị quyết", "number": "20-NQ/TW", "issuer": None},
      {"kind": "Kết luận", "number": "79-KL/TW", "issuer": None}]),
    xfail_case("Công đoàn gặp khó khăn khi triển khai Nghị quyết số 7b/NQ-BCH trong năm nay.", PUBLISHED,
               [{"kind": "Nghị quyết", "number": "7b/NQ-BCH", "issuer": None}], NUMBER_WITH_LETTERS),
    xfail_case("Đoàn viên được học tập Chỉ thị 04, 06 của Bộ Chính trị về công tác dân vận.", PUBLISHED,
               [{"kind": "Chỉ thị", "number": "04", "issuer": "Bộ Chính trị"},
                {"kind": "Chỉ thị", "number": "06", "issuer": "Bộ Chính trị"}], NUMBER_LIST),
]


def _fold(value):
    return fold_for_matching(value) if isinstance(value, str) else value


@pytest.mark.parametrize(("text", "published", "expected"), DOCUMENTS)
def test_extract_documents_case_table(text, published, expected):
    mentions = sorted(facts_of(annotated(normalize_text(text), published), "documents"), key=lambda d: d.start)
    found = []
    for index, mention in enumerate(mentions):
        keys = list(expected[index]) if index < len(expected) else ["kind", "number"]
        found.append({key: _fold(getattr(mention, key)) for key in keys})
    assert len(found) == len(expected), found
    assert found == [{key: _fold(value) for key, value in document.items()} for document in expected]
