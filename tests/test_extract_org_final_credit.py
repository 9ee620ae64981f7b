"""The source a text ends with, after its last sentence, is a credit, no mention of a body
(NOTES.md items 12, 28, 29). Own sentences of the shapes news writes."""

from __future__ import annotations

import pytest

from unionfacts import extract_facts


def _names(text: str) -> set[str]:
    return {org["name"] for org in extract_facts(text)["organizations"]}


@pytest.mark.parametrize(("text", "credit"), [
    ("Công ty đã trả đủ lương cho 300 công nhân trước Tết. VnExpress", "VnExpress"),
    ("Bộ Y tế yêu cầu các bệnh viện báo cáo trước ngày 15. Theo Báo Tuổi Trẻ", "Báo Tuổi Trẻ"),
    ("Liên đoàn Lao động tỉnh đã trao 200 suất quà. Theo Dân trí.", "Báo Dân trí"),
])
def test_source_after_the_last_sentence_is_no_organization(text, credit):
    assert credit not in _names(text)


@pytest.mark.parametrize(("text", "body"), [
    # a short last sentence of its own names its body
    ("Hội nghị đã bế mạc. Lãnh đạo cảm ơn Bộ Y tế.", "Bộ Y tế"),
    ("Đoàn đã về nước. Báo Tuổi Trẻ đưa tin chiều qua.", "Báo Tuổi Trẻ"),
])
def test_last_sentence_of_its_own_keeps_its_body(text, body):
    assert body in _names(text)
