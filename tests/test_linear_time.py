"""Time grows linearly with the text on every input shape, and the tokenizer guards change no normal output."""

from __future__ import annotations

import gc
import random
import time

import pytest
from underthesea import sent_tokenize
from underthesea.pipeline.word_tokenize import regex_tokenize

from unionfacts.nlp import annotate
from unionfacts.normalize import normalize_text
from unionfacts.segment import LONG_RUN, _segmenter, token_matches

from hostile_shapes import SHAPES

SMALL = 5_000  # characters; each shape is timed at SMALL and 4 × SMALL
# Shapes whose quadratic part only outgrows the fixed costs on a longer text.
SMALL_FOR = {"amounts-list": 20_000, "dates-everywhere": 20_000}
LIMIT = 5.0  # linear work grows 4×; quadratic work 16×
NOISE_BAND = 8.0  # a ratio between LIMIT and this is timed again (a busy machine), above it is quadratic

# Shapes known to be quadratic still, with the reason (xfail, not strict). None today.
STILL_QUADRATIC: dict[str, str] = {}


def _work(text: str) -> float:
    """CPU seconds of the whole extraction (normalize, segment, every extractor) of ``text``.

    The garbage collector is held off while timing: its passes over the whole heap come
    at moments that have nothing to do with the text."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        annotate(normalize_text(text), "2021-09-30")
        return time.process_time() - started
    finally:
        gc.enable()


def _growth(make, size: int) -> float:
    small, large = make(size), make(4 * size)
    _work(small)  # warm caches the first call fills
    return _work(large) / max(_work(small), 1e-3)


@pytest.mark.parametrize("shape", [
    pytest.param(name, marks=pytest.mark.xfail(reason=STILL_QUADRATIC[name], strict=False))
    if name in STILL_QUADRATIC else name for name in SHAPES])
def test_linear_time_extract_work_grows_with_the_text(shape):
    make = SHAPES[shape]
    size = SMALL_FOR.get(shape, SMALL)
    ratios = [_growth(make, size)]
    while LIMIT < ratios[-1] < NOISE_BAND and len(ratios) < 3:
        ratios.append(_growth(make, size))
    assert min(ratios) <= LIMIT, f"{shape}: 4× the text took {min(ratios):.1f}× the time"


# --- the guards around underthesea give its own results on text a person writes -----------------

NORMAL_LINES = [
    "Sáng ngày 29/9, Công đoàn Công Thương Việt Nam (CĐCTVN) tổ chức Hội nghị tại TP.HCM.",
    "Hỗ trợ 1.411.000 đồng, 52,5% KH; 12.326 tỷ đồng… lúc 8:30 ngày 02-03-2014, xem https://congdoan.vn/a?id=1.",
    "Ông A. Nguyễn, Th.S Trần B., e-mail: cd@congdoan.vn -> v.v... H&M, N’Thôn Hạ 43H-0530 NĐ-CP 3x4 4K :)) <3",
    "Q. Chủ tịch U.B.N.D. tỉnh. 1.2.3. a.b.c. Mr. X! Thật ư?! Vâng... Được.",
]


def _generated_lines(count: int) -> list[str]:
    """Lines of words, numbers and punctuation with runs under LONG_RUN, shuffled from a seed."""
    pieces = ["Công", "đoàn", "1.411", "29/9", "T.Ư", "TP.HCM", "(CĐ)", "a.b", "1,5", "Mr.", "...", "v.v.", "?!",
              "https://x.vn/a-b", "x@y.vn", "12.3.2021", "-", "A.", "“", "”", "%", "50%", ":)", "H'Mông", "e-mail",
              "." * 3, "1-2", "20.08.2014"]
    rng = random.Random(12)
    lines = []
    for _ in range(count):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 60))]
        lines.append("".join(word + rng.choice([" ", " ", " ", "", ". ", ", "]) for word in words).strip())
    return lines


@pytest.mark.parametrize("line", NORMAL_LINES + _generated_lines(300))
def test_linear_time_token_guard_gives_underthesea_tokens(line):
    pattern = regex_tokenize.patterns
    assert token_matches(pattern, line) == [match.span() for match in pattern.finditer(line)]


@pytest.mark.parametrize("line", NORMAL_LINES + _generated_lines(300))
def test_linear_time_sentence_guard_gives_underthesea_sentences(line):
    assert _segmenter().guarded_sentences(line) == sent_tokenize(line)


def test_linear_time_token_guard_keeps_short_runs_around_a_long_one():
    line = "Ảnh 1.411 đồng " + "1." * LONG_RUN * 3 + " tại TP.HCM ngày 29/9."
    pattern = regex_tokenize.patterns
    spans = token_matches(pattern, line)
    run_start = line.index("1.1.")
    run_end = line.index(" tại")
    whole = [match.span() for match in pattern.finditer(line)]
    assert [span for span in spans if span[1] <= run_start] == [span for span in whole if span[1] <= run_start]
    assert [span for span in spans if span[0] >= run_end] == [span for span in whole if span[0] >= run_end]
    covered = "".join(line[start:end] for start, end in spans if run_start <= start < run_end)
    assert covered == line[run_start:run_end]  # the run's tokens tile it: no character lost or doubled
