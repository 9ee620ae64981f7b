"""Run a batch: read inputs, skip what is stored, extract the rest in worker processes,
write in order and in transactions.

Inputs stream: at most a window of articles is in flight, whatever the archive's size.
The main process reads, normalizes and hashes (cheap), workers segment and extract
(the cost), and the main process alone writes, in input order, committing every
``BATCH_SIZE`` articles, so a run killed at any point loses at most one batch and a
rerun skips every article already committed (same content hash).
"""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from unionfacts.facts import ENTITY_KINDS, FACT_KINDS
from unionfacts.ingest import iter_documents, to_article
from unionfacts.store import session_scope, store_article, store_failure
from unionfacts.store.writer import RowBuffer, StoreResult, forget_session_caches, known_hashes
from unionfacts.types import Article, Failure, SkipReason

STORED_KINDS = FACT_KINDS + ENTITY_KINDS
BATCH_SIZE = 50  # articles per transaction: few commits, little work lost on a crash
WINDOW_PER_WORKER = 8  # articles in flight per worker: enough to keep it busy, bounded memory


@dataclass(frozen=True)
class Extraction:
    """What a worker sends back: picklable, no spaCy objects, and not the article again
    (the writer holds it already; its body is the largest part of the message)."""

    mentions: dict[str, list[tuple[int, Any]]]
    evidence: dict[int, str]


@dataclass(frozen=True)
class Extracted:
    """An article with what was extracted from it, as the writer stores it."""

    article: Article
    mentions: dict[str, list[tuple[int, Any]]]
    evidence: dict[int, str]


def extract_article(article: Article) -> Extraction:
    """Segment and extract one article (runs in a worker process)."""
    from unionfacts.api import process_article

    processed = process_article(article)
    mentions = {kind: processed.mentions(kind) for kind in STORED_KINDS}
    sentences = {sentence for sentence, _ in mentions["roles"]}
    return Extraction(mentions, {sentence: processed.sentence_text(sentence) for sentence in sentences})


@dataclass
class RunSummary:
    stored: int = 0
    skipped: int = 0
    replaced: int = 0
    failed: list[Failure] = field(default_factory=list)
    facts: Counter = field(default_factory=Counter)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


class _Inline(Executor):
    """An executor that runs the call at once, in this process (one worker, no pickling)."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as error:  # reported by the writer as the article's failure
            future.set_exception(error)
        return future


def warm_up() -> None:
    """Load the pipeline and its data once in the parent, before workers fork from it."""
    from unionfacts.api import extract_facts

    extract_facts("Ngày 29/9, CĐCTVN tổ chức Hội nghị, hỗ trợ 70 tỷ đồng cho 400 đoàn viên.", "2021-09-30")


def _work(paths: Iterable[str], stored: set[str], replace: bool) -> Iterator[Failure | Article | tuple[str, str]]:
    """Inputs in order: failures, articles to extract, and ("skipped", source) for stored ones."""
    for item in iter_documents(paths):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            article = to_article(item)
        except Exception as error:
            yield Failure(item.source, SkipReason.PIPELINE_ERROR, f"{type(error).__name__}: {error}")
            continue
        if article.content_hash in stored and not replace:
            yield ("skipped", item.source)
        else:
            stored.add(article.content_hash)  # a second copy in this run is skipped too
            yield article


class _Writer:
    """Writes extracted articles a transaction at a time.

    Rows of a whole batch go through one ``RowBuffer`` (a bulk insert per table). If the
    batch cannot be written, it is rolled back and written again article by article, each
    in a savepoint, so one bad article is recorded as failed and loses no other.
    """

    def __init__(self, session: Session, summary: RunSummary, replace: bool) -> None:
        self.session, self.summary, self.replace = session, summary, replace
        self.results: list[Extracted] = []
        self.failures: list[Failure] = []
        self.buffer: RowBuffer | None = None
        self.broken = False

    def article(self, article: Article, future: Future) -> None:
        try:
            extraction = future.result()
            result = Extracted(article, extraction.mentions, extraction.evidence)
        except Exception as error:  # extraction failed: the article is recorded, the batch goes on
            self.failure(Failure(article.source, SkipReason.PIPELINE_ERROR, f"{type(error).__name__}: {error}"))
            return
        if self.replace:
            self._one(result)
            return
        self.results.append(result)
        self._count(result, +1)
        if not self.broken:
            try:
                if self.buffer is None:
                    self.buffer = RowBuffer(self.session)
                self.buffer.add(result.article, result.mentions, result.evidence)
            except Exception:
                self.broken = True  # written again one by one at commit

    def failure(self, failure: Failure) -> None:
        store_failure(self.session, failure)
        self.failures.append(failure)
        self.summary.failed.append(failure)

    def commit(self) -> None:
        try:
            if self.broken:
                raise RuntimeError("a row of this batch could not be prepared")
            if self.buffer is not None:
                self.buffer.flush()
            self.session.commit()
        except Exception:
            self.session.rollback()
            forget_session_caches(self.session)
            for failure in self.failures:
                store_failure(self.session, failure)
            for result in self.results:
                self._count(result, -1)
                self._one(result)
            self.session.commit()
        self.results, self.failures, self.buffer, self.broken = [], [], None, False

    def _one(self, result: Extracted) -> None:
        """Write one article in a savepoint; record it as failed if it cannot be written."""
        try:
            with self.session.begin_nested():
                outcome = store_article(self.session, result.article, result.mentions, replace=self.replace,
                                        evidence=result.evidence)
        except Exception as error:
            forget_session_caches(self.session)  # rows its savepoint made are gone
            failure = Failure(result.article.source, SkipReason.PIPELINE_ERROR, f"{type(error).__name__}: {error}")
            store_failure(self.session, failure)
            self.summary.failed.append(failure)
            return
        if outcome is StoreResult.SKIPPED:
            self.summary.skipped += 1
        else:
            self.summary.replaced += outcome is StoreResult.REPLACED
            self._count(result, +1 if outcome is StoreResult.STORED else 0)

    def _count(self, result: Extracted, sign: int) -> None:
        self.summary.stored += sign
        for kind, found in result.mentions.items():
            self.summary.facts[kind] += sign * len(found)


def run_batch(
    paths: Iterable[str],
    engine: Engine,
    replace: bool = False,
    on_progress: Callable[[str], None] | None = None,
    workers: int = 1,
    executor: Executor | None = None,
    batch_size: int = BATCH_SIZE,
) -> RunSummary:
    """Process every input under ``paths`` into the database behind ``engine``.

    ``workers`` > 1 extracts in that many processes; ``executor`` may be any
    ``concurrent.futures``-style executor instead (a Dask client's, for one).
    """
    summary = RunSummary()
    with session_scope(engine) as session:
        stored = known_hashes(session)
    own_executor = executor is None
    if executor is None:
        if workers > 1:
            warm_up()
            executor = ProcessPoolExecutor(max_workers=workers)
        else:
            executor = _Inline()
    window = max(2, WINDOW_PER_WORKER * max(1, workers))
    in_flight: deque[tuple[Article, Future]] = deque()
    try:
        with session_scope(engine) as session:
            writer = _Writer(session, summary, replace)
            pending = 0

            def done(source: str) -> None:
                nonlocal pending
                pending += 1
                if pending >= batch_size:
                    writer.commit()
                    pending = 0
                if on_progress:
                    on_progress(source)

            for item in _work(paths, stored, replace):
                if isinstance(item, Article):
                    in_flight.append((item, executor.submit(extract_article, item)))
                    while len(in_flight) >= window or (in_flight and in_flight[0][1].done()):
                        article, future = in_flight.popleft()
                        writer.article(article, future)
                        done(article.source)
                    continue
                if isinstance(item, Failure):
                    writer.failure(item)
                    done(item.source)
                else:
                    summary.skipped += 1
                    done(item[1])
            while in_flight:
                article, future = in_flight.popleft()
                writer.article(article, future)
                done(article.source)
            writer.commit()
    finally:
        if own_executor:
            executor.shutdown(cancel_futures=True)
    return summary
