"""Fuzz: 10,000 generated inputs through extract; nothing raises, every offset holds, nothing passes its budget.

Inputs come from a seeded generator, so a failure names an input that can be made again:
random bytes (read as a file is), random Unicode, articles of our own shape mutated at
random (and, when ../shared is present, mutated corpus articles, read at test time and
never copied here), and the hostile shapes of tests/hostile_shapes.py at small sizes.
"""

from __future__ import annotations

import random
import time

import pytest

from unionfacts.api import process_document
from unionfacts.ingest.files import document_from_bytes
from unionfacts.run import DEFAULT_MAX_SECONDS, STORED_KINDS, article_budget
from unionfacts.types import Failure, RawDocument

from conftest import UNION_CORPUS
from hostile_shapes import SHAPES

CHUNKS = 10
PER_CHUNK = 1_000  # 10 × 1,000 = 10,000 inputs

SENTENCES = [
    "Sáng ngày 29/9/2021, Công đoàn Công Thương Việt Nam (CĐCTVN) tổ chức Hội nghị Ban Chấp hành lần thứ 5.",
    "Đồng chí Nguyễn Văn An, Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam chủ trì Hội nghị.",
    "Năm 2021, LĐLĐ tỉnh đã hỗ trợ 1.411 đoàn viên với tổng số tiền hơn 12,5 tỷ đồng; 52,5% là lao động nữ.",
    "Tham dự có 300 đại biểu; bà Trần Thị Bình - Phó Chủ tịch CĐ ngành Dệt may phát biểu tại Hà Nội.",
    "Theo Nghị quyết số 12/NQ-CP, từ ngày 1/7 đến 31/12/2021, mỗi người được nhận 3 triệu đồng/tháng.",
    "Đại hội Công đoàn cơ sở Công ty TNHH May Xuất khẩu nhiệm kỳ 2023 - 2028 diễn ra trong 2 ngày.",
    "Trao 500 suất quà (mỗi suất trị giá 1 triệu đồng) cho công nhân có hoàn cảnh khó khăn.",
    "Hôm qua (24/7), ông Lê Văn Cường, Chủ tịch UBND tỉnh đã làm việc với 12 doanh nghiệp FDI.",
]
PIECES = ["0", "9", "1.000", "2,5", "tỷ", "triệu", "đồng", "USD", "%", "ngày", "tháng", "năm", "/", ".", ",", "-",
          "(", ")", "CĐ", "LĐLĐ", "Công đoàn", "Hội nghị", "Chủ tịch", "ông", "bà", "\n", "  ", "\t", "«", "…",
          "<p>", "</div>", "&amp;", "http://", "@", "=", "\u0301", "\u200b", "\ufeff", "😀", "Ð", "ǅ", "İ", "ß",
          "9" * 4400 + " tỷ đồng", "1e999", "99999999999999999999999 tỷ đồng"]  # numbers past int() and float limits
RANGES = [(0x20, 0x7E), (0xC0, 0x1B0), (0x1EA0, 0x1EF9), (0x300, 0x36F), (0x0, 0x1F), (0x2000, 0x206F),
          (0x4E00, 0x4E80), (0x1F600, 0x1F64F), (0xFFF0, 0xFFFF), (0x80, 0x9F), (0x0600, 0x06FF)]


def _random_bytes(rng: random.Random) -> bytes:
    size = rng.choice([1, 2, 5, 20, 100, 500])
    if rng.random() < 0.5:  # mostly text-like bytes: ASCII with high bytes (legacy encodings, broken UTF-8)
        return bytes(rng.choice(b"abc xyz 019.,\n" + bytes(range(0x80, 0x100))) for _ in range(size))
    return rng.randbytes(size)


def _random_unicode(rng: random.Random) -> str:
    chars = []
    for _ in range(rng.choice([1, 3, 10, 50, 200])):
        low, high = rng.choice(RANGES)
        chars.append(chr(rng.randint(low, high)))
        if rng.random() < 0.2:
            chars.append(rng.choice(PIECES))
    return "".join(chars)


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        if not chars:
            chars = list(rng.choice(SENTENCES))
        at = rng.randrange(len(chars))
        operation = rng.random()
        if operation < 0.25:
            del chars[at:at + rng.randint(1, 20)]
        elif operation < 0.5:
            chars[at:at] = list(rng.choice(PIECES))
        elif operation < 0.6:
            chars[at] = chars[at].swapcase()
        elif operation < 0.7:
            low, high = rng.choice(RANGES)
            chars[at] = chr(rng.randint(low, high))
        elif operation < 0.8:
            span = chars[at:at + rng.randint(1, 40)]
            chars[at:at] = span * rng.randint(2, 6)
        else:
            chars[at:at] = list(rng.choice(SENTENCES))
    return "".join(chars)


def _article(rng: random.Random) -> str:
    lines = [" ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 5))]
    return "\n".join(lines)


_CORPUS: list[str] | None = None


def _corpus_text(rng: random.Random) -> str:
    """A union corpus article (../shared, read at test time), or one of our own when it is absent."""
    global _CORPUS
    if _CORPUS is None:
        paths = sorted(UNION_CORPUS.glob("*.txt")) if UNION_CORPUS.exists() else []
        _CORPUS = [path.read_text(encoding="utf-8")[:3000] for path in paths]
    return rng.choice(_CORPUS) if _CORPUS else _article(rng)


def _input(rng: random.Random, number: int) -> tuple[str, RawDocument | Failure]:
    kind = number % 10
    if kind < 3:
        data = _random_bytes(rng)
        return "bytes", document_from_bytes(data, f"<fuzz {number}>", f"fuzz-{number}",
                                            "html" if rng.random() < 0.2 else "txt")
    if kind < 6:
        text = _random_unicode(rng)
        label = "unicode"
    elif kind < 9:
        text = _mutate(rng, _corpus_text(rng) if kind == 8 else _article(rng))
        label = "mutated"
    else:
        shape = rng.choice(sorted(SHAPES))
        text = SHAPES[shape](rng.choice([10, 100, 1000] * 30 + [5000]))
        label = f"shape {shape}"
    return label, RawDocument(f"<fuzz {number}>", f"fuzz-{number}", text, "txt",
                              published=rng.choice([None, "2021-09-30", "2021-09-30T07:47:00+07:00"]))


def _check(label: str, raw: RawDocument) -> None:
    started = time.perf_counter()
    processed = process_document(raw)
    elapsed = time.perf_counter() - started
    body = processed.article.body
    budget = article_budget(DEFAULT_MAX_SECONDS, len(body))
    assert elapsed <= budget, f"{label}: {elapsed:.1f} s for {len(body)} characters, over the {budget:.0f} s budget"
    assert processed.doc.text == body
    for kind in STORED_KINDS:
        for sentence, mention in processed.mentions(kind):
            assert 0 <= mention.start < mention.end <= len(body), (label, kind, mention)
            if hasattr(mention, "text"):
                assert body[mention.start:mention.end] == mention.text, (label, kind, mention)
            for part in getattr(mention, "parts", ()):
                assert 0 <= part.start < part.end <= len(body), (label, kind, part)
            assert sentence >= 0
    processed.facts  # the contract object builds


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_fuzz_extract_never_raises_and_offsets_hold(chunk):
    rng = random.Random(f"unionfacts-fuzz-{chunk}")
    checked = 0
    for number in range(chunk * PER_CHUNK, (chunk + 1) * PER_CHUNK):
        label, item = _input(rng, number)
        if isinstance(item, Failure):
            assert item.detail  # an input refused with a reason is a result too
            continue
        try:
            _check(label, item)
        except AssertionError:
            raise
        except Exception as error:  # name the input that raised: the generator makes it again
            raise AssertionError(f"input {number} ({label}, {item.text[:80]!r}…) raised {error!r}") from error
        checked += 1
    assert checked >= PER_CHUNK // 2
