"""The meetings extractor does work linear in its input, whatever the input looks like.

A 4 MB article used to take most of a minute in the organizer search and the overlap scans.
Each shape (sentences written for this test, repeated) is annotated at n and 4n characters;
only ``find_events`` is timed, and its CPU time may grow at most 8x (linear is 4x, quadratic
16x). Times are the best of a few runs, so a busy machine slows both sizes alike.
"""

from __future__ import annotations

import random
import time

import pytest

from unionfacts.extract.meetings import find_events
from unionfacts.nlp import annotate

_N = 20_000
_MAX_GROWTH = 8.0
_SYLLABLES = ["an", "bình", "cao", "đông", "hòa", "khánh", "lâm", "minh", "nam", "phú", "quang", "sơn", "tân"]


def _distinct_meetings(n: int) -> str:
    """Many meetings, each of its own name and day, chaired, pointed back to, with a ceremony after it."""
    rng = random.Random(7)
    parts, size = [], 0
    while size < n:
        a, b, c = (rng.choice(_SYLLABLES) for _ in range(3))
        part = (f"Ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}, ông Nguyễn Văn {a.title()} chủ trì Hội nghị {a} {b} "
                f"{c}. Tại hội nghị, bà Trần Thị {b.title()} phát biểu; lễ trao giải {c} diễn ra sau đó. ")
        parts.append(part)
        size += len(part)
    return "".join(parts)[:n]


def _one_long_sentence(n: int) -> str:
    """No punctuation at all: one sentence of meeting words, persons, bodies and cues."""
    unit = ("Hội nghị tổng kết do ông Lê Văn Hải chủ trì hội nghị tại buổi làm việc với Liên đoàn Lao động tỉnh "
            "Hà Giang sáng 5/6 ")
    return (unit * (n // len(unit) + 1))[:n]


def _back_references(n: int) -> str:
    unit = "tại hội nghị ông Phạm Văn Đức phát biểu "
    return (unit * (n // len(unit) + 1))[:n]


SHAPES = [_distinct_meetings, _one_long_sentence, _back_references]


def _best_time(doc, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        find_events(doc)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("shape", SHAPES, ids=lambda shape: shape.__name__.strip("_"))
def test_extract_meetings_linear_time_work_grows_with_the_input_not_its_square(shape):
    small, large = annotate(shape(_N), None), annotate(shape(4 * _N), None)
    small_time = max(_best_time(small), 1e-3)
    large_time = _best_time(large)
    assert large_time / small_time <= _MAX_GROWTH, f"{shape.__name__}: {small_time:.4f}s -> {large_time:.4f}s"
