"""Which spans overlap a given one, found without a scan of every span: ``SpanIndex`` lists
them, ``TakenSpans`` only says whether there is one.

Mentions of persons and organizations are short (a name is a few words), so the spans
that overlap ``[start, end)`` all begin in ``(start - longest, end)``: two binary searches
on the sorted starts find them, and an article of any length costs O(n log n) where a
list scanned for every mention cost O(n²) (a 4 MB article took minutes).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Spans ``(start, end)`` with an item each; spans may overlap one another. Spans that
    start at the same character keep the order they were given (added ones come last)."""

    def __init__(self, spans: Iterable[tuple[int, int, T]] = ()) -> None:
        ordered = sorted(spans, key=lambda span: span[0])
        self._starts = [start for start, _, _ in ordered]
        self._spans = ordered
        self._longest = max((end - start for start, end, _ in ordered), default=0)

    def add(self, start: int, end: int, item: T) -> None:
        index = bisect.bisect_right(self._starts, start)
        self._starts.insert(index, start)
        self._spans.insert(index, (start, end, item))
        self._longest = max(self._longest, end - start)

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int, T]]:
        """Every span that shares a character with ``[start, end)``."""
        first = bisect.bisect_right(self._starts, start - self._longest)
        last = bisect.bisect_left(self._starts, end)
        for index in range(first, last):
            span = self._spans[index]
            if span[1] > start:
                yield span

    def overlaps(self, start: int, end: int) -> bool:
        return next(self.overlapping(start, end), None) is not None

    def starting_in(self, start: int, end: int) -> Iterator[tuple[int, int, T]]:
        """Every span that starts in ``[start, end)``, in order."""
        for index in range(bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)):
            yield self._spans[index]

    def __iter__(self) -> Iterator[T]:
        """The items, by start."""
        return (item for _, _, item in self._spans)

    def __len__(self) -> int:
        return len(self._spans)


class TakenSpans:
    """Character spans already taken, asked "does [start, end) overlap one?" in logarithmic time.

    Unlike ``SpanIndex`` (which lists the overlapping items and scans back the
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
        index = bisect.bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        running = self._max_ends[index - 1] if index else 0
        self._max_ends[index:] = []
        for span_end in self._ends[index:]:
            running = max(running, span_end)
            self._max_ends.append(running)

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self._starts, end)  # spans starting before ``end``
        return before > 0 and self._max_ends[before - 1] > start


def span_index(mentions: Iterable[T]) -> SpanIndex[T]:
    """An index of mentions by their ``start`` and ``end`` attributes."""
    return SpanIndex((mention.start, mention.end, mention) for mention in mentions)  # type: ignore[attr-defined]
