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


@pytest.mark.parametrize(("text", "sentences"), [
    # a one-letter Roman numeral after a numbering word ends its sentence (models/segment/numeral_heads.tsv) …
    ("Công đoàn tổng kết quý I. Cùng dự có ông Lê Văn Sáu.", 2),
    ("Đại hội Công đoàn khóa V. Đại hội bầu 15 người.", 2),
    # … a person's initial does not, nor a numeral the sentence goes on after
    ("Anh Nguyễn Văn T. cho biết đã nhận lương.", 1),
    ("Kết quả quý I. năm nay tăng.", 1),
    # a question or an exclamation inside quotes ends no sentence when the clause goes on in lower case …
    ('Buổi tọa đàm "Học tiếng Anh - Khó hay dễ?" diễn ra tại thư viện tỉnh.', 1),
    ("Hội thi “Công nhân giỏi tay nghề!” đã khép lại sau hai ngày.", 1),
    ('Anh Tuấn hỏi: "Bao giờ có lương?", rồi im lặng.', 1),
    # … a quotation that ends its sentence still does
    ('Chị Lan hỏi: "Bao giờ có lương?" Công ty chưa trả lời.', 2),
])
def test_segment_sentence_ends_where_underthesea_misreads(text, sentences):
    doc = make_doc(build_nlp().vocab, text)
    assert len(doc.user_data["sentence_chars"]) == sentences


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


# Shapes where a token depends on what follows its chunk: "TP." before a space is an
# abbreviation, at the end of the text a word and a period; ":D" before a space or the end.
CHUNK_SHAPES = [
    "Hội nghị tại TP. Hồ Chí Minh", "Hội nghị tại TP.", "Hội nghị tại TP.\n", "tại TP. \n", " TP.", "TP.  ",
    "cười :D nhé", "cười :D", "cười :D\n", "Hà Nội\t,  TP.\u00a0", "x\n\ny TP.\n", "",
    "email congdoan@gmail.com và foo.na@example.com", "v.v... H&M T.Ư 43H-0530 NĐ-CP 3x4 °C =)) <3",
    "1.600m-2.000m", "xem http://congdoan.vn/a(b) nhé.", "x" * 300 + " TP.", "1." * 200,
]


@pytest.mark.parametrize("text", CHUNK_SHAPES)
def test_segment_chunk_tokens_are_the_regex_tokens(text):
    from underthesea.pipeline.word_tokenize import regex_tokenize

    from unionfacts.segment import ChunkTokenizer

    pattern = regex_tokenize.patterns
    tokenizer = ChunkTokenizer(pattern)
    for _ in range(2):  # matched, then remembered
        tokens, starts, ends = tokenizer.tokens(text)
        expected = [match.span() for match in pattern.finditer(text)]
        assert list(zip(starts, ends)) == expected
        assert tokens == [text[start:end] for start, end in expected]
