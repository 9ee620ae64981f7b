"""What the extractors share: the tokens holding a capital, which scans for names start from."""

import pytest
from spacy.vocab import Vocab

from unionfacts.extract.base import capitalized_tokens, token_spans
from unionfacts.segment import make_doc


@pytest.mark.parametrize(("body", "expected"), [
    ("Ông Nguyễn Văn An dự họp.", ["Ông", "Nguyễn Văn An"]),
    ("công nhân được nhận quà.", []),
    ("", []),
    ("quý Ⅱ tại ℍà nội và Ｃông ty x", ["Ⅱ", "ℍà nội", "Ｃông ty"]),  # any character str.isupper holds
    ("iPhone và eKYC", ["iPhone", "eKYC"]),  # a capital inside a word counts
])
def test_capitalized_tokens(body, expected):
    doc = make_doc(Vocab(), body)
    spans = token_spans(doc)
    found = [body[spans[index][0]:spans[index][1]] for index in capitalized_tokens(doc)]
    assert [token for token in found if token.strip()] == expected
    assert capitalized_tokens(doc) == sorted(set(capitalized_tokens(doc)))
