"""Segmentation loses nothing: the Doc's text is the body, every fact span is body[start:end]."""

from __future__ import annotations

import pytest

from unionfacts.extract.base import facts_of, token_spans
from unionfacts.facts import FACT_KINDS
from unionfacts.nlp import annotate, build_nlp
from unionfacts.normalize import normalize_text
from unionfacts.segment import make_doc, sentence_index

NAUGHTY = [
    "",
    "\n\n",
    "Công đoàn\nViệt Nam",  # underthesea would join the two lines into one word
    "Hội nghị   lần thứ 19 ,  ngày 29/9 .",
    "CĐCTVN:\tTổ chức 😀 Hội nghị « Ban » – 70 tỷ đồng…",
    "a" * 3000,
    "1.411 công đoàn cơ sở; 52,5% KH; 12.326 tỷ đồng",
    "\u0301Dấu đứng đầu",
]


@pytest.mark.parametrize("text", NAUGHTY)
def test_segment_doc_text_equals_body(text):
    body = normalize_text(text)
    doc = make_doc(build_nlp().vocab, body)
    assert doc.text == body
    # The spans components read instead of Token objects are the tokens' own.
    assert token_spans(doc) == [(token.idx, token.idx + len(token)) for token in doc]


def test_segment_words_are_multi_syllable():
    doc = make_doc(build_nlp().vocab, "Đồng chí Trần Quang Huy chủ trì Hội nghị.")
    assert "Trần Quang Huy" in [token.text for token in doc]


def test_segment_lines_do_not_merge():
    doc = make_doc(build_nlp().vocab, "Công đoàn\nViệt Nam")
    assert all("\n" not in token.text or token.is_space for token in doc)


def test_segment_sentence_index():
    doc = make_doc(build_nlp().vocab, "Câu một có 3 người. Câu hai có 4 người.")
    assert sentence_index(doc, 0) == 0
    assert sentence_index(doc, doc.text.index("Câu hai")) == 1


def _assert_loses_nothing(text, published=None):
    body = normalize_text(text)
    doc = annotate(body, published)
    assert doc.text == body
    for kind in FACT_KINDS:
        for fact in facts_of(doc, kind):
            assert body[fact.start:fact.end] == fact.text, (kind, fact)
            assert fact.start < fact.end


def test_segment_loses_nothing_on_seeds(seed_records):
    for record in seed_records:
        _assert_loses_nothing(record["text"], record.get("published"))


def test_segment_loses_nothing_on_union_corpus(union_texts):
    for _, text in union_texts:
        _assert_loses_nothing(text)
