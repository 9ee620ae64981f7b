"""Run a batch: read inputs, skip what is stored, extract the rest in worker processes,
write in order and in transactions.

Inputs stream: at most a window of articles is in flight, whatever the archive's size.
The main process reads, normalizes and hashes (cheap), workers segment and extract
(the cost), each article within a time budget, and the main process alone writes, in
input order, committing every ``BATCH_SIZE`` articles, so a run killed at any point
loses at most one batch and a rerun skips every article already committed (same
content hash). A batch is written in one short transaction that holds the database's
write lock, so several runs may write into one database at once.
"""

from __future__ import annotations

import gc
import os
import signal
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from unionfacts.facts import ENTITY_KINDS, FACT_KINDS
from unionfacts.ingest import iter_documents, to_article
from unionfacts.pool import BudgetExceeded, BudgetPool
from unionfacts.store import session_scope, store_article, store_failure
from unionfacts.store.database import lock_for_writing
from unionfacts.store.models import ArticleRow
from unionfacts.store.writer import RowBuffer, StoreResult, forget_session_caches, known_hashes
from unionfacts.types import Article, Failure, SkipReason

STORED_KINDS = FACT_KINDS + ENTITY_KINDS
BATCH_SIZE = 50  # articles per transaction: few commits, little work lost on a crash
WINDOW_PER_WORKER = 8  # articles in flight per worker: enough to keep it busy, bounded memory
# The time budget of an article: this many seconds per BUDGET_CHARS characters (at least
# one share). An ordinary article takes a twentieth of it; one that takes more is stuck
# on some input shape, and is recorded as a "timeout" failure instead of stalling the run.
DEFAULT_MAX_SECONDS = 5.0
BUDGET_CHARS = 10_000
_KEYS_PER_QUERY = 500


def article_budget(max_seconds: float, characters: int) -> float:
    """Seconds an article of ``characters`` may take, at ``max_seconds`` per 10,000 characters."""
    return max_seconds * max(1.0, characters / BUDGET_CHARS)


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


@dataclass(frozen=True)
class _Known:
    """An article whose text is stored already, or comes earlier in this run: skipped if
    stored under the same id, recorded as a duplicate if under another (decided when its
    batch is written)."""

    article: Article
    in_run: bool = False  # the earlier copy is in this run: it is written after that copy


def extract_article(article: Article) -> Extraction:
    """Segment and extract one article (runs in a worker process)."""
    from unionfacts.api import process_article

    processed = process_article(article)
    mentions = {kind: processed.mentions(kind) for kind in STORED_KINDS}
    sentences = {sentence for sentence, _ in mentions["roles"]}
    return Extraction(mentions, {sentence: processed.sentence_text(sentence) for sentence in sentences})


@dataclass
class RunSummary:
    """What a run did; only committed batches are counted."""

    stored: int = 0
    skipped: int = 0
    replaced: int = 0
    failed: list[Failure] = field(default_factory=list)
    # recorded in failures ("duplicate", "repaired") but no error: the text is stored
    notes: list[Failure] = field(default_factory=list)
    facts: Counter = field(default_factory=Counter)

    def add(self, other: RunSummary) -> None:
        self.stored += other.stored
        self.skipped += other.skipped
        self.replaced += other.replaced
        self.failed.extend(other.failed)
        self.notes.extend(other.notes)
        self.facts.update(other.facts)


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
    """Load the pipeline and its data once in the parent, before workers fork from it.

    The text and the publication date are chosen so that the models load here,
    dateparser's Vietnamese data too (a relative day, a dateline in no ISO form); then
    every lexicon and pattern the stages build on first use (``load_resources``).

    What is loaded then lives as long as the process, so it is frozen out of the garbage
    collector: every later collection would otherwise walk its few hundred thousand
    objects again (some 3% of an extraction's time), and each worker forked from here would
    write to their pages (copy-on-write) doing so. The garbage loading left is collected
    first, so that none of it is kept for good."""
    from unionfacts.api import extract_facts

    extract_facts("Chiều qua, CĐCTVN tổ chức Hội nghị, hỗ trợ 70 tỷ đồng cho 400 đoàn viên.", "30/09/2021 07:47")
    load_resources()
    gc.collect()
    gc.freeze()


def load_resources() -> None:
    """Call every resource loader of the ingest, extract and resolve stages: each function of
    theirs cached once per process (``functools.lru_cache``) that takes no argument.

    They read their lexicons and compile their patterns on first use, which one short text
    reaches only in part: some 300 patterns would otherwise be compiled deep into a run, by
    each worker, and again by each worker started after one was stopped."""
    import importlib
    import inspect
    import pkgutil

    from unionfacts import extract, ingest, resolve

    for package in (ingest, extract, resolve):
        for module_info in pkgutil.iter_modules(package.__path__, f"{package.__name__}."):
            module = importlib.import_module(module_info.name)
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_info", None)) and getattr(value, "__module__", None) == module.__name__ \
                        and not inspect.signature(value).parameters:
                    value()


# --- signals --------------------------------------------------------------------------------


class Interrupted(BaseException):
    """SIGINT or SIGTERM reached the run; the batch in hand was rolled back."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal.Signals(signal_number).name)
        self.signal_number = signal_number

    @property
    def exit_code(self) -> int:
        return 128 + self.signal_number  # the shell's convention: 130 for SIGINT, 143 for SIGTERM


class _SignalState:
    deferring = False
    pending: int | None = None


def _on_signal(signal_number: int, _frame) -> None:
    if _SignalState.deferring:  # a commit is under way: it finishes first
        _SignalState.pending = signal_number
        return
    raise Interrupted(signal_number)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into ``Interrupted`` in the main thread while the block runs."""
    previous = {number: signal.signal(number, _on_signal) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold a SIGINT/SIGTERM that arrives during a commit until the commit is done and counted."""
    _SignalState.deferring, _SignalState.pending = True, None
    try:
        yield
    finally:
        _SignalState.deferring = False
        pending, _SignalState.pending = _SignalState.pending, None
    if pending is not None:
        raise Interrupted(pending)


# --- reading and writing ----------------------------------------------------------------------


def _work(paths: Iterable[str], stored: set[str], replace: bool) -> Iterator[Failure | Article | _Known]:
    """Inputs in order: failures, articles to extract, and articles whose text is stored already."""
    seen: set[str] = set()
    for item in iter_documents(paths):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            article = to_article(item)
        except Exception as error:
            yield Failure(item.source, SkipReason.PIPELINE_ERROR, f"{type(error).__name__}: {error}")
            continue
        if article.content_hash in seen:
            yield _Known(article, in_run=True)
        elif article.content_hash in stored and not replace:
            yield _Known(article)
        else:
            seen.add(article.content_hash)
            yield article


def _in_chunks(values: list[str]) -> Iterator[list[str]]:
    for first in range(0, len(values), _KEYS_PER_QUERY):
        yield values[first:first + _KEYS_PER_QUERY]


class _Writer:
    """Writes a batch of extracted articles and failures in one transaction.

    Nothing touches the database until ``commit``: the transaction (and the write lock
    it holds) lasts only as long as the writing. If the batch cannot be written in bulk,
    it is rolled back and written again article by article, each in a savepoint, so one
    bad article is recorded as failed and loses no other.
    """

    def __init__(self, session: Session, summary: RunSummary, replace: bool) -> None:
        self.session, self.summary, self.replace = session, summary, replace
        self.items: list[Extracted | Failure | _Known] = []

    def add(self, item: Extracted | Failure | _Known) -> None:
        self.items.append(item)

    def commit(self) -> None:
        if not self.items:
            return
        with _signals_deferred():
            try:
                lock_for_writing(self.session)
                outcome = self._write_batch()
                self.session.commit()
            except Exception as error:
                if _database_unusable(error):
                    raise
                self.session.rollback()
                forget_session_caches(self.session)
                lock_for_writing(self.session)
                outcome = self._write_one_by_one()
                self.session.commit()
            self.summary.add(outcome)
        self.items = []

    def _stored(self, hashes: list[str], ids: list[str]) -> tuple[dict[str, str], dict[str, str]]:
        """Of this batch's texts and ids, those the database holds: hash → id, id → source."""
        by_hash: dict[str, str] = {}
        by_id: dict[str, str] = {}
        for chunk in _in_chunks(hashes):
            by_hash.update(self.session.execute(
                select(ArticleRow.content_hash, ArticleRow.doc_id).where(ArticleRow.content_hash.in_(chunk))).all())
        for chunk in _in_chunks(ids):
            by_id.update(self.session.execute(
                select(ArticleRow.doc_id, ArticleRow.source).where(ArticleRow.doc_id.in_(chunk))).all())
        return by_hash, by_id

    def _write_batch(self) -> RunSummary:
        if self.replace:
            return self._write_one_by_one()
        outcome = RunSummary()
        articles = [item.article for item in self.items if not isinstance(item, Failure)]
        by_hash, by_id = self._stored(sorted({a.content_hash for a in articles}), sorted({a.doc_id for a in articles}))
        buffer = RowBuffer(self.session)
        notes: list[Failure] = []
        for item in self.items:
            if isinstance(item, Failure):
                self._failure(item, outcome)
                continue
            article = item.article
            if article.content_hash in by_hash or isinstance(item, _Known):
                self._already_stored(article, by_hash.get(article.content_hash), outcome)
                continue
            if article.doc_id in by_id:
                notes.append(Failure(article.source, SkipReason.DUPLICATE,
                                     f"id {article.doc_id!r} also names another text (from {by_id[article.doc_id]}); "
                                     "both are stored"))
            buffer.add(article, item.mentions, item.evidence)
            notes.extend(Failure(article.source, SkipReason.REPAIRED, note) for note in article.notes)
            by_hash[article.content_hash] = article.doc_id
            by_id[article.doc_id] = article.source
            self._count(item, outcome)
        buffer.flush()
        for note in notes:  # after the article rows: storing an article clears its source's failures
            self._failure(note, outcome)
        return outcome

    def _write_one_by_one(self) -> RunSummary:
        outcome = RunSummary()
        for item in self.items:
            if isinstance(item, Failure):
                self._failure(item, outcome)
            elif isinstance(item, _Known):
                self._already_stored(item.article, self._stored_id(item.article), outcome)
            else:
                self._one(item, outcome)
        return outcome

    def _stored_id(self, article: Article) -> str | None:
        return self.session.scalar(select(ArticleRow.doc_id).where(ArticleRow.content_hash == article.content_hash))

    def _already_stored(self, article: Article, stored_id: str | None, outcome: RunSummary) -> None:
        """An article whose text the database (or this batch) holds already."""
        if stored_id == article.doc_id:
            outcome.skipped += 1
        elif stored_id is None:  # an earlier copy in this run was not stored (it failed)
            self._failure(Failure(article.source, SkipReason.DUPLICATE,
                                  "same text as an earlier input of this run, which was not stored"), outcome)
        else:
            self._failure(Failure(article.source, SkipReason.DUPLICATE,
                                  f"same text as article {stored_id!r}, stored already; not stored again"), outcome)

    def _failure(self, failure: Failure, outcome: RunSummary) -> None:
        store_failure(self.session, failure)
        noted = failure.reason in (SkipReason.DUPLICATE, SkipReason.REPAIRED)
        (outcome.notes if noted else outcome.failed).append(failure)

    def _one(self, result: Extracted, outcome: RunSummary) -> None:
        """Write one article in a savepoint; record it as failed if it cannot be written."""
        try:
            with self.session.begin_nested():
                stored = self.session.scalar(
                    select(ArticleRow.doc_id).where(ArticleRow.content_hash == result.article.content_hash))
                if stored is not None and stored != result.article.doc_id and not self.replace:
                    self._already_stored(result.article, stored, outcome)
                    return
                status = store_article(self.session, result.article, result.mentions, replace=self.replace,
                                       evidence=result.evidence)
        except Exception as error:
            if _database_unusable(error):
                raise
            forget_session_caches(self.session)  # rows its savepoint made are gone
            self._failure(Failure(result.article.source, SkipReason.PIPELINE_ERROR,
                                  f"{type(error).__name__}: {error}"), outcome)
            return
        if status is StoreResult.SKIPPED:
            outcome.skipped += 1
            return
        outcome.replaced += status is StoreResult.REPLACED
        if status is StoreResult.STORED:
            self._count(result, outcome)
        for note in result.article.notes:
            self._failure(Failure(result.article.source, SkipReason.REPAIRED, note), outcome)

    @staticmethod
    def _count(result: Extracted, outcome: RunSummary) -> None:
        outcome.stored += 1
        for kind, found in result.mentions.items():
            outcome.facts[kind] += len(found)


def _database_unusable(error: Exception) -> bool:
    """Errors no article is to blame for (a full disk, a lost lock): stop the run, do not fail articles."""
    message = str(getattr(error, "orig", error)).lower()
    return any(words in message for words in ("disk is full", "database is locked", "disk i/o error",
                                              "readonly database", "no space left"))


# --- the run ----------------------------------------------------------------------------------


class _Tasks:
    """Extraction tasks on a ``BudgetPool`` or on any ``concurrent.futures`` executor."""

    def __init__(self, executor: Executor | BudgetPool) -> None:
        self.executor = executor
        self.pool = executor if isinstance(executor, BudgetPool) else None

    def submit(self, article: Article) -> Future:
        return self.pool.submit(article) if self.pool else self.executor.submit(extract_article, article)

    def done(self, future: Future) -> bool:
        if self.pool:
            self.pool.poll()
        return future.done()

    def result(self, future: Future) -> Any:
        return self.pool.result(future) if self.pool else future.result()


def run_batch(
    paths: Iterable[str],
    engine: Engine,
    replace: bool = False,
    on_progress: Callable[[str], None] | None = None,
    workers: int = 1,
    executor: Executor | None = None,
    batch_size: int = BATCH_SIZE,
    max_seconds: float | None = None,
    summary: RunSummary | None = None,
) -> RunSummary:
    """Process every input under ``paths`` into the database behind ``engine``.

    ``workers`` > 1 extracts in that many processes; ``executor`` may be any
    ``concurrent.futures``-style executor instead (a Dask client's, for one).
    ``max_seconds`` (per 10,000 characters, see ``article_budget``) bounds each
    article's extraction in worker processes (a pool of one when ``workers`` is 1); an
    article past it is recorded as a ``timeout`` failure. ``summary``, if given, is
    filled as batches commit, so it tells what was stored when the run is interrupted.
    """
    summary = summary if summary is not None else RunSummary()
    with session_scope(engine) as session:
        stored = known_hashes(session)
    own = executor is None
    if executor is None:
        if workers > 1 or max_seconds:
            warm_up()
            budget = (lambda article: article_budget(max_seconds, len(article.body))) if max_seconds else None
            executor = BudgetPool(extract_article, workers, budget)
        else:
            executor = _Inline()
    tasks = _Tasks(executor)
    window = max(2, WINDOW_PER_WORKER * max(1, workers))
    in_flight: deque[tuple[Article | _Known, Future | None]] = deque()
    session = Session(engine)
    writer = _Writer(session, summary, replace)
    pending = 0

    def hand_over(item: Extracted | Failure | _Known, source: str) -> None:
        nonlocal pending
        writer.add(item)
        pending += 1
        if pending >= batch_size:
            writer.commit()
            pending = 0
        if on_progress:
            on_progress(source)

    def finish(article: Article | _Known, future: Future | None) -> None:
        if future is None:  # a second copy of an article of this run: after the first
            hand_over(article, article.article.source)
            return
        try:
            extraction = tasks.result(future)
        except BudgetExceeded as error:
            hand_over(Failure(article.source, SkipReason.TIMEOUT,
                              f"extraction {error} ({len(article.body)} characters); the run went on"),
                      article.source)
            return
        except Exception as error:  # extraction failed: the article is recorded, the batch goes on
            hand_over(Failure(article.source, SkipReason.PIPELINE_ERROR, _error_text(error)), article.source)
            return
        hand_over(Extracted(article, extraction.mentions, extraction.evidence), article.source)

    try:
        for item in _work(paths, stored, replace):
            if isinstance(item, Article):
                in_flight.append((item, tasks.submit(item)))
                while len(in_flight) >= window or (in_flight and _ready(tasks, in_flight[0][1])):
                    finish(*in_flight.popleft())
            elif isinstance(item, _Known) and item.in_run:
                in_flight.append((item, None))
            else:
                hand_over(item, item.source if isinstance(item, Failure) else item.article.source)
        while in_flight:
            finish(*in_flight.popleft())
        writer.commit()
    except BaseException:
        session.rollback()  # the batch in hand: redone by the next run
        raise
    finally:
        session.close()
        if own:
            executor.shutdown()
    return summary


def _ready(tasks: _Tasks, future: Future | None) -> bool:
    return future is None or tasks.done(future)


def _error_text(error: Exception) -> str:
    from unionfacts.pool import TaskError

    return str(error) if isinstance(error, TaskError) else f"{type(error).__name__}: {error}"
