"""Normalization: NFC, one tone-mark placement, clean whitespace, idempotent."""

from __future__ import annotations

import unicodedata

import pytest

from unionfacts.normalize import fold_for_matching, normalize_text, normalize_tone_marks


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Uỷ viên Ban Chấp hành", "Ủy viên Ban Chấp hành"),
        ("hoà bình", "hòa bình"),
        ("sức khoẻ", "sức khỏe"),
        ("Thuỷ sản", "Thủy sản"),
        ("quý III", "quý III"),  # qu + y: the tone stays on y
        ("hoàng", "hoàng"),  # closed syllable: both styles agree
        ("thuyết phục", "thuyết phục"),
        ("TOÀ ÁN", "TÒA ÁN"),
        ("Quỳnh", "Quỳnh"),
    ],
)
def test_normalize_tone_marks_one_placement(text, expected):
    assert normalize_tone_marks(text) == expected


def test_normalize_tone_marks_leave_other_words_alone():
    # A text with one old-style word once had every "uậ"/"oặ" rewritten too ("luật" → "lụât"):
    # the dot below sorts before the hat or breve when decomposed.
    text = "Uỷ ban thuận lợi, hoặc luật, quyết, khuya, thuở, hoà"
    assert normalize_text(text) == "Ủy ban thuận lợi, hoặc luật, quyết, khuya, thuở, hòa"


def test_normalize_nfc_and_spaces():
    decomposed = unicodedata.normalize("NFD", "Công đoàn\u00a0Y tế  Việt Nam \r\n\r\n\r\n\r\nHà Nội")
    assert normalize_text(decomposed) == "Công đoàn Y tế Việt Nam\n\nHà Nội"


def test_normalize_eth_is_vietnamese_d():
    assert normalize_text("Ðảng") == "Đảng"


@pytest.mark.parametrize("path_index", range(5))
def test_normalize_is_idempotent(seed_records, path_index):
    once = normalize_text(seed_records[path_index]["text"])
    assert normalize_text(once) == once


def test_normalize_fold_for_matching():
    assert fold_for_matching("Uỷ  viên") == fold_for_matching("ủy viên")


@pytest.mark.parametrize(
    "text, expected",
    [("12.326", 12326), ("5,9", 5.9), ("1.292.184", 1292184), ("52,5", 52.5), ("1,411.5", 1411.5),
     ("2.811,2.812", None), ("1.2.3", None), ("abc", None)],
)
def test_numbers_parse_vietnamese_format(text, expected):
    from unionfacts.extract.numbers import parse_number

    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sở LĐ-TB&amp;XH tỉnh Nam Định", "Sở LĐ-TB&XH tỉnh Nam Định"),
        ("Công ty H&ampM Việt Nam", "Công ty H&M Việt Nam"),  # a dump that lost the semicolon
        ("chương trình &quot;Mái ấm Công đoàn&quot;", "chương trình \"Mái ấm Công đoàn\""),
        ("Công&nbsp;đoàn", "Công đoàn"),
        ("C&#244;ng &#x111;o&#224;n", "Công đoàn"),
        ("&amp;amp;", "&"),  # twice escaped: still one pass of normalize_text
        ("Sở VH, TT & DL", "Sở VH, TT & DL"),  # a plain ampersand stays
        ("&copy; Báo Lao Động", "&copy; Báo Lao Động"),  # only the references scrapers leave in text
    ],
)
def test_normalize_character_references(text, expected):
    assert normalize_text(text) == expected
    assert normalize_text(expected) == expected
