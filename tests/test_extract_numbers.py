"""The number grammar: digits by the whole number's shape, number words that compose, scale words.

Case tables of phrases written for these tests (no article text): each row is a
text and the value of the number phrase the grammar reads at its start, or None
where no number starts there.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from unionfacts.extract.numbers import comma_grouped, find_numbers, number_at, parse_decimal, words_value

DIGITS = [
    ("12.326", Decimal("12326")),  # "." groups thousands
    ("1.411", Decimal("1411")),
    ("2.345.000", Decimal("2345000")),
    ("5,9", Decimal("5.9")),  # "," is the decimal mark
    ("2,375", Decimal("2.375")),  # a single "," before three digits is still the decimal mark
    ("52,5", Decimal("52.5")),
    ("1.250,75", Decimal("1250.75")),
    ("1,250,000", Decimal("1250000")),  # a whole English shape groups with commas
    ("1,250.5", Decimal("1250.5")),
    ("4.0", Decimal("4.0")),
    ("0", Decimal("0")),
    ("1.2.3", None),  # dotted digits are no number
    ("1,2,3", None),
    ("2,8112.812", None),
    ("12.34.567", None),
    ("7" * 19, None),  # beyond any amount: not read (and no int-string limit is reached)
    ("7" * 5000, None),
]

WORDS = [
    ("hai mươi lăm suất quà", 25),
    ("Mười bốn huyện", 14),
    ("mười lăm", 15),
    ("bốn mươi bảy", 47),
    ("ba mươi mốt", 31),
    ("ba mươi tư", 34),
    ("chín mươi nhăm", 95),
    ("hai mươi", 20),
    ("ba chục", 30),
    ("một trăm", 100),
    ("hai trăm linh năm", 205),
    ("hai trăm lẻ tư", 204),
    ("một trăm mười", 110),
    ("sáu trăm năm mươi", 650),
    ("hai nghìn lẻ một", 2001),
    ("một nghìn không trăm linh năm", 1005),
    ("ba trăm nghìn", 300_000),
    ("năm trăm triệu", 500_000_000),
    ("một trăm hai mươi triệu đồng", 120_000_000),
    ("ba triệu đồng", 3_000_000),
    ("một triệu hai trăm nghìn", 1_200_000),
    ("hai triệu tư", 2_400_000),  # tenths of the scale: "hai triệu tư" = 2.4 million
    ("một triệu mốt", 1_100_000),
    ("hai triệu một trăm nghìn", 2_100_000),
    ("năm triệu một chiếc", 5_000_000),  # "một" after a scale word is "a", not a tenth (that is "mốt")
    ("một trăm rưỡi", 150),
    ("một vạn", 10_000),
    ("hai tỉ", 2_000_000_000),
    ("mười năm", 10),  # "năm" after mười is "year": ten years, not fifteen
    ("hai mươi năm qua", 20),
    ("Ba khâu", 3),
]

MIXED = [
    ("250 nghìn tỷ đồng", Decimal("250e12")),  # scale words compose
    ("7 nghìn tỷ", Decimal("7e12")),
    ("2,5 nghìn tỷ", Decimal("2.5e12")),
    ("2 tỷ rưỡi đồng", Decimal("2.5e9")),
    ("2,375 tỷ đồng", Decimal("2.375e9")),
    ("15 vạn", Decimal("150000")),
    ("2 tỷ 500 triệu", Decimal("2.5e9")),
    ("1 triệu 200 nghìn", Decimal("1.2e6")),
    ("11 ngàn", Decimal("11000")),
    ("3tr", Decimal("3e6")),
    ("15 tr đồng", Decimal("15e6")),
    ("200K", Decimal("200000")),
    ("1tr5", Decimal("1.5e6")),  # the digits after a glued scale are its fraction
    ("2k5", Decimal("2500")),
    ("5tỷ", Decimal("5e9")),
    ("1 triệu 200 người", Decimal("1e6")),  # a bare group after a scale word ends the number
    ("200g", Decimal("200")),
    ("10kg", Decimal("10")),
]

NOT_NUMBERS = ["đầu tư", "tư nhân", "mốt", "lăm", "mươi người", "trăm người", "nghìn người", "hàng triệu", "không quá",
               "linh hoạt", "rưỡi"]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_extract_numbers_digits_by_the_whole_shape(text, expected):
    assert parse_decimal(text) == expected


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_extract_numbers_number_words_compose(text, expected):
    phrase = number_at(text, 0)
    assert phrase is not None and phrase.value == expected


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_extract_numbers_digits_and_scale_words(text, expected):
    phrase = number_at(text, 0)
    assert phrase is not None and phrase.value == expected


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_extract_numbers_words_that_open_no_number(text):
    assert find_numbers(text) == []


def test_extract_numbers_phrases_are_found_left_to_right_with_offsets():
    text = "Có hai mươi lăm người, 3,5 triệu đồng và 250 nghìn tỷ; năm 2016."
    found = [(text[p.start:p.end], p.value) for p in find_numbers(text)]
    assert found == [("hai mươi lăm", 25), ("3,5 triệu", Decimal("3.5e6")), ("250 nghìn tỷ", Decimal("250e12")),
                     ("năm", 5), ("2016", 2016)]


@pytest.mark.parametrize(("text", "expected"), [
    ("trời lạnh -5 độ C", [("-5", -5, True)]),
    ("lợi nhuận âm 1,5 tỷ", [("âm 1,5 tỷ", Decimal("-1.5e9"), True)]),
    ("(-3 điểm)", [("-3", -3, True)]),
    ("từ 5-10 người", [("5", 5, False)]),  # a range joiner, no sign (the range reads "10")
    ("Kết quả:\n-200 suất quà", []),  # a list dash at a line start is no sign (and glued: no number)
    ("âm lịch ngày 15", [("15", 15, False)]),
])
def test_extract_numbers_a_sign_makes_the_value_negative(text, expected):
    found = [(text[p.start:p.end], p.value, p.negative) for p in find_numbers(text)]
    assert found == expected


def test_extract_numbers_glued_digits_open_no_number():
    # "Covid-19", "F0", "P3": digits glued to a word or a dash are part of a name.
    assert find_numbers("Covid-19 và F0 ở khu P3") == []


@pytest.mark.parametrize(("text", "expected"), [("mười một", 11), ("Tư", 4), ("hai", 2), ("mười hai", 12)])
def test_extract_numbers_words_value_reads_a_whole_string(text, expected):
    # "Tư" opens no number in running text, but alone (a month or quarter name) it is 4.
    assert words_value(text) == expected


@pytest.mark.parametrize("text", ["hai người", "mươi", "", "ba mươi năm"])
def test_extract_numbers_words_value_refuses_what_is_not_one_number(text):
    assert words_value(text) is None


@pytest.mark.parametrize(("text", "expected"), [("500,000", 500000), ("4,753", 4753), ("0,195", None),
                                                 ("12,5", None), ("1,250,000", None)])
def test_extract_numbers_comma_grouped_is_the_english_reading_of_d_ddd(text, expected):
    assert comma_grouped(text) == expected
