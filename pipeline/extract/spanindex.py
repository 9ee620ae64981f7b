"""Which spans overlap a given one, found without a scan of every span.

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


def span_index(mentions: Iterable[T]) -> SpanIndex[T]:
    """An index of mentions by their ``start`` and ``end`` attributes."""
    return SpanIndex((mention.start, mention.end, mention) for mention in mentions)  # type: ignore[attr-defined]
