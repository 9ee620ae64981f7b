"""Organization, person and role extraction take time in proportion to the text, on any shape.

Each shape is written at n and 4n characters; the work of the four components (the
segmenter's is not counted) may grow at most 8× (linear is 4×, quadratic 16×). Times are
the best of three runs, so a busy machine does not fail the test.
"""

from __future__ import annotations

import time

import pytest

from unionfacts.nlp import _VOCABULARIES, build_nlp
from unionfacts.segment import make_doc

_COMPONENTS = ("unionfacts_org_candidates", "unionfacts_organizations", "unionfacts_persons", "unionfacts_roles")

# Sentences of the shapes that once cost quadratic time: many organizations (known, by
# pattern, acronyms defined in the text, relative forms), many persons with short
# back-references, chains of titles, a run of capitalized syllables with no end.
SHAPES = {
    "officials": "Ông Nguyễn Văn An{i}, Phó Chủ tịch LĐLĐ tỉnh Quảng Ninh, Ủy viên Ban Chấp hành Công đoàn Công ty "
                 "TNHH Hòa Bình {i} cùng ông An{i} và bà Trần Thị Bích đến thăm Tỉnh ủy. ",
    "organizations": "Công đoàn Ngân hàng Công Thương (CĐNHCT{i}) phối hợp Công ty cổ phần Hải Hà {i}, CĐNHCT{i}, "
                     "LĐLĐ tỉnh, Công đoàn TP và Trường Đại học Y {i} tổ chức hội nghị. ",
    "capitalized run": "Hà Nam Ninh Bình Cao Bằng Lê Văn Tám {i} ",
    # Bodies pointed back to, acronyms defined inside names, sentence-case names, passage topics,
    # provincial bodies without their place, memberships, streets.
    "back references": "Về phía Công đoàn Khu Kinh tế (KKT{i}) Hải Phòng có Phó Chủ tịch Lê Văn Tư, Chủ tịch Công "
                       "đoàn công ty, Chủ tịch HĐQT công ty; Sở Y tế và Trung tâm Dự báo nguồn nhân lực và Thông tin "
                       "thị trường lao động bầu bổ sung ông Hà Văn Lộc vào BCH CĐ KKT{i} tại số 12 Lê Lợi. ",
}


def _seconds(body: str) -> float:
    nlp = build_nlp()
    best = float("inf")
    for _ in range(3):
        doc = make_doc(_VOCABULARIES.current(), body)
        doc.user_data["published"] = doc.user_data["author"] = None
        elapsed = 0.0
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            doc = component(doc)
            if name in _COMPONENTS:
                elapsed += time.perf_counter() - started
        best = min(best, elapsed)
    return best


def _text(shape: str, characters: int) -> str:
    parts, size, index = [], 0, 0
    while size < characters:
        part = SHAPES[shape].format(i=index)
        parts.append(part)
        size += len(part)
        index += 1
    return "".join(parts)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_extract_officials_linear_time_persons_organizations_roles(shape):
    small = _seconds(_text(shape, 15_000))
    large = _seconds(_text(shape, 60_000))
    assert large <= 8 * max(small, 0.03), f"{shape}: {small:.3f}s at 15k characters, {large:.3f}s at 60k"


def test_extract_officials_linear_time_span_index_finds_every_overlap():
    from unionfacts.extract.spanindex import SpanIndex

    index = SpanIndex([(0, 10, "a"), (5, 6, "b"), (20, 25, "c")])
    index.add(8, 12, "d")
    assert sorted(item for _, _, item in index.overlapping(9, 21)) == ["a", "c", "d"]
    assert not index.overlaps(12, 20) and index.overlaps(24, 30)
    assert [item for _, _, item in index.starting_in(5, 9)] == ["b", "d"]
    assert list(index) == ["a", "b", "d", "c"]
