"""What every extractor component shares: find without side effects, then write.

A component declares the fact kinds it ``requires`` (already written to the Doc by
earlier components) and the one it ``provides``; ``unionfacts.nlp`` checks the order
when the pipeline is built. Facts are frozen dataclasses with exact character
offsets into the body; they go to ``doc.user_data["facts"][kind]``, and a span per
fact (expanded to word boundaries) to ``doc.spans[kind]`` for spaCy users.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc


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


def facts_of(doc: Doc, kind: str) -> list[Any]:
    """Facts an earlier component wrote for ``kind`` (empty if none)."""
    return doc.user_data.get("facts", {}).get(kind, [])


def published_of(doc: Doc) -> str | None:
    """The article's publication date (ISO), which relative dates resolve against."""
    return doc.user_data.get("published")


class TakenSpans:
    """Character spans already taken, asked "does [start, end) overlap one?" in logarithmic time.

    Unlike ``spanindex.SpanIndex`` (which lists the overlapping items and scans back the
    length of the longest span) this only answers yes or no, in O(log n) however long the
    spans are, so a hostile 80,000-character amount cannot make the query linear.
    Spans are kept sorted by start with the running maximum of their ends: a query
    overlaps a span iff the largest end among spans starting before ``end`` passes
    ``start``. Adding in text order is an append; a span added out of order rebuilds the
    maxima from where it lands, so keep spans that come from elsewhere (dates, money) in
    an index of their own rather than adding to them as the text is read.
    """

    def __init__(self, spans=()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._max_ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return
        if not self._starts or start >= self._starts[-1]:
            self._starts.append(start)
            self._ends.append(end)
            self._max_ends.append(max(end, self._max_ends[-1]) if self._max_ends else end)
            return
        index = bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        running = self._max_ends[index - 1] if index else 0
        self._max_ends[index:] = []
        for span_end in self._ends[index:]:
            running = max(running, span_end)
            self._max_ends.append(running)

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # spans starting before ``end``
        return before > 0 and self._max_ends[before - 1] > start
