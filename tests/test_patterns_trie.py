"""A trie alternation matches what the flat longest-first alternation matches."""

import random
import re

import pytest

from unionfacts.extract.patterns import alternation, first_characters, first_letters, trie_alternation, word_pattern

WORDS = ["Chủ tịch", "chủ tịch nước", "Phó Chủ tịch", "Phó Chủ tịch Thường trực", "Phó Bí thư", "Bí thư",
         "Bí thư Tỉnh ủy", "UBND", "UBND tỉnh", "TP.", "TP", "a.b", "Hội nghị", "hội nghị trực tuyến", "Hội",
         "Tổng LĐLĐ", "Tổng LĐLĐVN", "(x)", "Đ", "đ"]
TEXTS = ["Ông Chủ tịch nước và Phó Chủ tịch Thường trực UBND tỉnh dự Hội nghị trực tuyến.",
         "phó chủ tịch  thường trực;  Bí thư\nTỉnh ủy, TP. Hồ Chí Minh, TP Huế, a.b.c (x) Tổng LĐLĐVN Tổng LĐLĐ",
         "Hội Hội nghị hội nghị trực tuyếnX Đ đ ĐĐ chủ tịch nướcc"]


def _spans(pattern: str, text: str, flags: int) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize("ignore_case", [False, True])
@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("context", ["(?:{})", r"(?<!\w)(?:{})(?!\w)", r"(?:{})[ ]\w+"])
def test_trie_alternation_matches_the_flat_one(ignore_case, text, context):
    flags = re.IGNORECASE if ignore_case else 0
    flat = context.format(alternation(WORDS))
    trie = context.format(trie_alternation(WORDS, ignore_case=ignore_case))
    assert _spans(trie, text, flags) == _spans(flat, text, flags)


def test_trie_alternation_matches_the_flat_one_on_random_words():
    rng = random.Random(7)
    letters = "aAbBđĐ. "
    for _ in range(300):
        words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 5))).strip() or "a" for _ in range(6)}
        text = "".join(rng.choice(letters + "x\n") for _ in range(40))
        for ignore_case in (False, True):
            flags = re.IGNORECASE if ignore_case else 0
            for context in ("(?:{})", "(?:{})(?![ab])", "(?:{})b"):
                assert _spans(context.format(trie_alternation(words, ignore_case=ignore_case)), text, flags) \
                    == _spans(context.format(alternation(words)), text, flags), (words, text)


@pytest.mark.parametrize(("words", "text"), [
    (["s", "ſ b"], "s b"), (["µ", "μ b"], "μ b"), (["i", "İ b"], "i b"), (["Ας", "ασ β"], "ασ β"),
    (["ΑΣ", "ας β"], "ας β"), (["", "a"], ""), (["K", "k b"], "K b"), (["Ｃông", "công nghệ"], "ｃông nghệ"),
])
def test_trie_alternation_where_case_folds_otherwise(words, text):
    """Letters the regex engine folds unlike str.lower (long s, micro sign, final sigma,
    dotted I), blank words, the Kelvin sign and full-width letters."""
    for ignore_case in (False, True):
        flags = re.IGNORECASE if ignore_case else 0
        for context in ("(?:{})", r"(?<!\w)(?:{})(?!\w)"):
            assert _spans(context.format(trie_alternation(words, ignore_case=ignore_case)), text, flags) \
                == _spans(context.format(alternation(words)), text, flags), (words, ignore_case, context)


def test_trie_alternation_of_nothing_is_empty():
    assert trie_alternation([], ignore_case=True) == alternation([]) == ""


def test_word_pattern_prefers_the_longest_word_whatever_its_case():
    pattern = word_pattern(["Chủ tịch", "chủ tịch nước"])
    assert pattern.search("ông Chủ tịch Nước X").group() == "Chủ tịch Nước"


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("ignore_case", [False, True])
def test_first_letters_and_characters_lookaheads_change_no_match(text, ignore_case):
    """A lookahead for the words' first letters (either case) or characters (as written, where case
    counts) opening a pattern only skips positions: the matches are the pattern's own."""
    flags = re.IGNORECASE if ignore_case else 0
    pattern = rf"(?<!\w)(?:{alternation(WORDS)})(?!\w)"
    assert _spans(first_letters(WORDS) + pattern, text, flags) == _spans(pattern, text, flags)
    if not ignore_case:
        assert _spans(first_characters(WORDS) + pattern, text, flags) == _spans(pattern, text, flags)
