"""What every extractor component shares: find without side effects, then write.

A component declares the fact kinds it ``requires`` (already written to the Doc by
earlier components) and the one it ``provides``; ``unionfacts.nlp`` checks the order
when the pipeline is built. Facts are frozen dataclasses with exact character
offsets into the body; they go to ``doc.user_data["facts"][kind]``, and a span per
fact (expanded to word boundaries) to ``doc.spans[kind]`` for spaCy users.
"""

from __future__ import annotations

import bisect
import re
import sys
from functools import lru_cache
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc



@lru_cache(maxsize=1)
def _capital() -> re.Pattern[str]:
    """Any character ``str.isupper`` holds upper case, in every script and form (full-width
    "Ａ", "Ⅱ", "ℍ" too), as ranges of code points."""
    ranges: list[list[int]] = []
    for code in range(sys.maxunicode + 1):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return re.compile("[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "")
                                    for a, b in ranges) + "]")


class Extractor:
    provides: ClassVar[str]
    requires: ClassVar[tuple[str, ...]] = ()

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def find(self, doc: Doc) -> list[Any]:
        """Return the facts in ``doc``; reads the Doc, writes nothing."""
        raise NotImplementedError

    def set_annotations(self, doc: Doc, facts: list[Any]) -> None:
        doc.user_data.setdefault("facts", {})[self.provides] = facts
        spans = []
        for fact in facts:
            span = doc.char_span(fact.start, fact.end, label=self.provides, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.provides] = spans

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc


def text_of(doc: Doc) -> str:
    """The body the Doc holds. ``doc.text`` rebuilds it from every token each time; this does not."""
    body = doc.user_data.get("body")
    return body if body is not None else doc.text


def token_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of every token, whitespace tokens included, without making Token objects."""
    spans = doc.user_data.get("token_spans")
    if spans is None:
        spans = doc.user_data["token_spans"] = [(token.idx, token.idx + len(token)) for token in doc]
    return spans


def capitalized_tokens(doc: Doc) -> list[int]:
    """Indices, in order, of the tokens that hold an upper-case character. Most tokens hold
    none, so scans for names start from the capitals instead of visiting every token."""
    found = doc.user_data.get("capitalized_tokens")
    if found is None:
        spans = token_spans(doc)
        starts = [start for start, _ in spans]
        indices = ((bisect.bisect_right(starts, match.start()) - 1, match.start())
                   for match in _capital().finditer(text_of(doc)))
        found = doc.user_data["capitalized_tokens"] = sorted(
            {index for index, position in indices if index >= 0 and position < spans[index][1]})
    return found


def facts_of(doc: Doc, kind: str) -> list[Any]:
    """Facts an earlier component wrote for ``kind`` (empty if none)."""
    return doc.user_data.get("facts", {}).get(kind, [])


def published_of(doc: Doc) -> str | None:
    """The article's publication date (ISO), which relative dates resolve against."""
    return doc.user_data.get("published")
