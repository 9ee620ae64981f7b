"""unionfacts.wordseg decodes underthesea's word segmentation model: same tags as underthesea's tagger."""

from __future__ import annotations

import json
from itertools import islice

import pytest
from underthesea import sent_tokenize, word_tokenize
from underthesea.pipeline.word_tokenize import regex_tokenize

from unionfacts.normalize import normalize_text
from unionfacts.segment import segment_spans
from unionfacts.wordseg import CRFModel, WordSegmenter, _is_i32, _is_title, load_segmenter

from conftest import SHARED

BULK = SHARED / "corpus" / "bulk"

# Tokens where the featurizer's notions of "digit" and "title" differ from Python's str methods.
TRICKY_TOKENS = [
    "2021", "-5", "+5", "+", "-", "0012", "2147483647", "2147483648", "-2147483648", "-2147483649",
    "114000161718", "00000000000000000000", "٣", "²", "1.5", "1_000",
    "Hà", "hà", "HÀ", "hÀ", ".", ",", '"', "(", "TP.HCM", "iPhone", "ĐH", "đH", "Ðà", "x", "BOS", "EOS",
]

SENTENCES = [
    "Đồng chí Trần Quang Huy - Chủ tịch CĐVTVN chủ trì và điều hành Hội nghị.",
    "Sáng ngày 29/9, Công đoàn Công Thương Việt Nam tổ chức Hội nghị Ban Thường vụ mở rộng lần thứ 19.",
    "Hỗ trợ 70 tỷ đồng cho 11 ngàn đoàn viên, lúc 8:30 ngày 02-03-2014 tại TP.HCM.",
    "Hà Nội",
    "Hà",
    "BOS EOS",
    "Giá 2147483648 đồng, giảm -5% so với +5 năm trước (114000161718 lượt).",
    "email: congdoan@gmail.com, web https://congdoan.vn/tin-tuc?id=1 …",
]


@pytest.fixture(scope="module")
def segmenter() -> WordSegmenter:
    found = load_segmenter()
    assert found is not None, "underthesea's installed model is not one unionfacts.wordseg knows"
    return found


@pytest.fixture(scope="module")
def reference():
    """underthesea's own featurizer and tagger."""
    from underthesea.pipeline import word_tokenize as module

    word_tokenize("khởi động")
    return module.word_tokenize_model


def _tokens(sentence: str) -> list[str]:
    return [match.group() for match in regex_tokenize.patterns.finditer(sentence)]


def _reference_starts(reference, tokens: list[str]) -> list[bool]:
    return [tag != "I-W" for tag in reference.predict([[token] for token in tokens])]


@pytest.mark.parametrize("token", TRICKY_TOKENS)
def test_wordseg_token_values_match_featurizer(reference, token):
    features = dict(feature.split("=", 1) for feature in reference.featurizer.process([[[token]]])[0][0])
    assert features["T[0].isdigit"] == str(_is_i32(token))
    assert features["T[0].istitle"] == str(_is_title(token))


@pytest.mark.parametrize("sentence", SENTENCES + [" ".join(TRICKY_TOKENS)])
def test_wordseg_tags_match_underthesea(segmenter, reference, sentence):
    tokens = _tokens(sentence)
    assert segmenter.tags(tokens) == _reference_starts(reference, tokens)


def test_wordseg_tags_match_underthesea_on_seeds(segmenter, reference, seed_records):
    sentences = [s for record in seed_records for line in normalize_text(record["text"]).split("\n")
                 for s in sent_tokenize(line)]
    assert len(sentences) > 50
    for sentence in sentences:
        tokens = _tokens(sentence)
        assert segmenter.tags(tokens) == _reference_starts(reference, tokens), sentence


def test_wordseg_tags_match_underthesea_on_bulk(segmenter, reference):
    """200 articles of the bulk corpus (every one of its 92,654 sentences was checked once)."""
    if not BULK.exists():
        pytest.skip("../shared is absent")
    path = sorted(BULK.glob("*.jsonl"))[0]
    with path.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in islice(handle, 200)]
    differ = []
    for text in texts:  # an article's sentences are tagged together, as the pipeline does
        sentences = [sentence for line in normalize_text(text).split("\n") for sentence in sent_tokenize(line)]
        batch = [_tokens(sentence) for sentence in sentences]
        for sentence, tokens, tags in zip(sentences, batch, segmenter.tags_many(batch)):
            if tags != _reference_starts(reference, tokens):
                differ.append(sentence)
    assert differ == []


def test_wordseg_sentences_tagged_together_as_alone(segmenter, reference):
    """A window never reaches from one sentence into the next: short, empty and
    one-token sentences between others are tagged as when each is alone."""
    batch = [_tokens(sentence) for sentence in SENTENCES]
    batch[1:1] = [[], ["Hà"], ["Hà", "Nội"], ["Công", "đoàn", "Việt"]]
    batch.append(["Nội"])
    assert segmenter.tags_many(batch) == [_reference_starts(reference, tokens) if tokens else [] for tokens in batch]
    assert segmenter.tags_many([]) == [] and segmenter.tags_many([[]]) == [[]]


def test_wordseg_empty_sentence(segmenter):
    assert segmenter.tags([]) == []


def test_wordseg_words_are_word_tokenize_words():
    body = normalize_text("\n".join(SENTENCES))
    spans, _ = segment_spans(body)
    expected = [word for line in body.split("\n") for sentence in sent_tokenize(line)
                for word in word_tokenize(sentence, use_token_normalize=False)]
    # underthesea joins the tokens of a word with a space, even tokens that touch ("@ gmail")
    assert ["".join(body[start:end].split()) for start, end in spans] == [word.replace(" ", "") for word in expected]


def test_wordseg_refuses_unknown_templates(segmenter):
    model = CRFModel.__new__(CRFModel)
    model.labels, model.transitions, model.attributes = ["B-W", "I-W"], [[0.0, 0.0], [0.0, 0.0]], {}
    with pytest.raises(ValueError, match="unknown feature template"):
        WordSegmenter(model, ["T[0].isupper"], frozenset())


def test_wordseg_window_cache_stays_bounded(segmenter, monkeypatch):
    monkeypatch.setattr("unionfacts.wordseg._CACHE_LIMIT", 5)
    for number in range(50):
        segmenter.tags(_tokens(f"Có {number} người tham dự hội nghị số {number * 7}"))
    assert len(segmenter.token_cache) <= 5


def test_wordseg_refuses_windows_it_cannot_number(monkeypatch):
    """A model whose known windows hold too many syllables to number in 64 bits is refused
    (load_segmenter then gives None and underthesea's own tagger is used)."""
    model = CRFModel.__new__(CRFModel)
    model.labels, model.transitions = ["B-W", "I-W"], [[0.0, 0.0], [0.0, 0.0]]
    model.attributes = {f"T[0,1]=a{n} b{n}": (0.5, -0.5) for n in range(10)}
    assert WordSegmenter(model, ["T[0,1]"], frozenset()).windows  # 21 syllable ids: fine
    monkeypatch.setattr("unionfacts.wordseg._KEY_LIMIT", 2 * 21 ** 2)
    with pytest.raises(ValueError, match="64 bits"):
        WordSegmenter(model, ["T[0,1]"], frozenset())


def test_wordseg_unknown_model_falls_back_to_underthesea(monkeypatch):
    """Without a model unionfacts.wordseg knows, segmentation uses underthesea's tagger: same words."""
    import unionfacts.segment as segment_module

    body = normalize_text("\n".join(SENTENCES))
    expected = segment_spans(body)
    monkeypatch.setattr("unionfacts.wordseg.load_segmenter", lambda: None)
    segment_module._segmenter.cache_clear()
    try:
        assert segment_module._segmenter().tagger is None
        assert segment_spans(body) == expected
    finally:
        segment_module._segmenter.cache_clear()


def test_wordseg_sentence_underthesea_rewrites_is_aligned():
    """A sentence whose length underthesea's character normalization changes (decomposed
    marks) takes the slow path: words re-aligned to the text, nothing lost."""
    from unionfacts.segment import _segmenter

    body = "Cafe\u0301 Ha\u0300 Nội có 300 đoàn viên."
    assert _segmenter().sentence_tokens(body) is None  # the fast path declines it
    spans, starts = segment_spans(body)
    assert starts == [0]
    assert [body[start:end] for start, end in spans][-4:] == ["có", "300", "đoàn viên", "."]
    assert all(0 <= start < end <= len(body) for start, end in spans)


@pytest.mark.parametrize("content", [b"", b"not a model at all", b"lCRF" + b"\x00" * 60])
def test_wordseg_damaged_model_file_is_refused(tmp_path, content):
    import struct

    path = tmp_path / "models.bin"
    path.write_bytes(content)
    with pytest.raises((ValueError, struct.error)):
        CRFModel(path)


def test_wordseg_other_underthesea_layout_falls_back_to_word_tokenize(monkeypatch):
    """Without underthesea's tokenizer where this version keeps it, words come from
    word_tokenize and are re-aligned to the text: same spans."""
    import unionfacts.segment as segment_module

    body = normalize_text("\n".join(SENTENCES))
    expected = segment_spans(body)
    segment_module._segmenter.cache_clear()
    try:
        segmenter = segment_module._segmenter()
        monkeypatch.setattr(segmenter, "tokens", None)
        assert segmenter.sentence_tokens(body) is None
        assert segment_spans(body) == expected
    finally:
        segment_module._segmenter.cache_clear()
