"""The number, money, count and date extractors do work linear in their input.

Hostile or broken input (a list of 40,000 commas, a base64 blob, a run of dotted
digits) must not take minutes: each shape is built at n and 4n characters and the
extractor's CPU time may grow at most 8x (linear is 4x, quadratic 16x). Times are
the best of a few runs, so a busy machine slows both sizes alike.
"""

from __future__ import annotations

import base64
import time

import pytest

from unionfacts.extract.counts import find_counts
from unionfacts.extract.dates import find_mentions
from unionfacts.extract.money import find_money
from unionfacts.extract.numbers import _find_numbers_cached, find_numbers

_N = 40_000
_MAX_GROWTH = 8.0  # for 4x the input: linear work grows 4x, a quadratic scan 16x


def _commas(n: int) -> str:
    return ",".join(["1"] * (n // 2))


def _dotted(n: int) -> str:
    return ".".join(str(i % 10) for i in range(n // 2))


def _number_list(n: int) -> str:
    return ", ".join(str(1000 + i % 9000) for i in range(n // 6))


def _base64(n: int) -> str:
    return base64.b64encode(bytes((i * 37) % 256 for i in range(n * 3 // 4))).decode()


def _number_words(n: int) -> str:
    return " ".join(["hai mươi lăm nghìn"] * (n // 19))


def _amounts(n: int) -> str:
    return " ".join(["30.000đ-80.000đ, ngày 3/4 có 25 người"] * (n // 38))


def _long_amount(n: int) -> str:
    return "5 đồng" + "/a" * (n // 4) + " " + " 3 người" * (n // 18)


SHAPES = [_commas, _dotted, _number_list, _base64, _number_words, _amounts, _long_amount]


def _dates_and_money(text: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in find_mentions(text)] + [(m.start, m.end) for m in find_money(text)]


# Each extractor as a function of the text alone; counts get the dates' and money's spans
# computed before the clock starts.
EXTRACTORS = {
    "numbers": lambda text: lambda: find_numbers(text),
    "money": lambda text: lambda: find_money(text),
    "dates": lambda text: lambda: find_mentions(text),
    "counts": lambda text: (lambda taken: lambda: find_counts(text, taken))(_dates_and_money(text)),
}


def _best_time(prepare, text: str, runs: int = 3) -> float:
    run = prepare(text)
    best = float("inf")
    for _ in range(runs):
        _find_numbers_cached.cache_clear()
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("shape", SHAPES, ids=lambda shape: shape.__name__.strip("_"))
@pytest.mark.parametrize("name", sorted(EXTRACTORS))
def test_extract_linear_time_work_grows_with_the_input_not_its_square(name, shape):
    prepare = EXTRACTORS[name]
    prepare(shape(1000))()  # load the data files and compile the patterns outside the timing
    small, large = shape(_N), shape(4 * _N)
    small_time = max(_best_time(prepare, small), 1e-3)
    large_time = _best_time(prepare, large)
    assert large_time / small_time <= _MAX_GROWTH, f"{name} on {shape.__name__}: {small_time:.4f}s -> {large_time:.4f}s"


@pytest.mark.parametrize("name", sorted(EXTRACTORS))
def test_extract_linear_time_a_number_of_thousands_of_digits_reads_as_nothing(name):
    # Python refuses int() of more than 4,300 digits; such a run is no amount, count or date.
    text = "Tổng cộng " + "7" * 5000 + " đồng cho 12 người"
    found = EXTRACTORS[name](text)()
    assert all(text[fact.start:fact.end].count("7") < 100 for fact in found)


_PIECES = ["0", "1", "12", "250", "1.000", "2,5", "30.000", "9", " ", " ", " ", "-", "–", "/", ".", ",", "%", "(", ")",
           "đ", "đồng", "USD", "$", "€", "K", "k", "tr", "triệu", "nghìn", "tỷ", "vạn", "rưỡi", "linh", "mươi", "mười",
           "hai", "ba", "năm", "tư", "mốt", "trăm", "không", "đến", "và", "giữa", "từ", "ngày", "tháng", "quý", "thứ Ba",
           "mùng", "h", "g", "số", "người", "những năm", "Tết", "\n"]


@pytest.mark.parametrize("seed", range(5))
def test_extract_linear_time_random_number_soup_ends_and_keeps_offsets(seed):
    # Random runs of number pieces: every extractor ends (a zero range once looped forever)
    # and every fact points at its own text.
    import random
    import signal

    rng = random.Random(seed)
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(TimeoutError("an extractor did not end")))
    signal.alarm(60)
    try:
        for _ in range(200):
            text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
            found = find_money(text) + find_counts(text, []) + find_mentions(text)
            assert all(text[fact.start:fact.end] == fact.text for fact in found)
    finally:
        signal.alarm(0)
