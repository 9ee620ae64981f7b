"""Run a batch: read inputs, skip what is stored, extract the rest, write in transactions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pipeline.api import process_article
from pipeline.facts import ENTITY_KINDS, FACT_KINDS
from pipeline.ingest import iter_documents, to_article
from pipeline.store import session_scope, store_article, store_failure
from pipeline.store.writer import StoreResult, known_hashes
from pipeline.types import Failure, RawDocument, SkipReason

STORED_KINDS = FACT_KINDS + ENTITY_KINDS
BATCH_SIZE = 50  # articles per transaction: few commits, little work lost on a crash


@dataclass
class RunSummary:
    stored: int = 0
    skipped: int = 0
    replaced: int = 0
    failed: list[Failure] = field(default_factory=list)
    facts: Counter = field(default_factory=Counter)


def _process_one(session: Session, raw: RawDocument, stored_hashes: set[str], replace: bool,
                 summary: RunSummary) -> None:
    article = to_article(raw)
    if article.content_hash in stored_hashes and not replace:
        summary.skipped += 1
        return
    processed = process_article(article)
    mentions = {kind: processed.mentions(kind) for kind in STORED_KINDS}
    evidence = {sentence: processed.sentence_text(sentence) for sentence, _ in mentions["roles"]}
    result = store_article(session, article, mentions, replace=replace, evidence=evidence)
    stored_hashes.add(article.content_hash)
    if result is StoreResult.SKIPPED:
        summary.skipped += 1
        return
    summary.stored += result is StoreResult.STORED
    summary.replaced += result is StoreResult.REPLACED
    for kind, found in mentions.items():
        summary.facts[kind] += len(found)


def run_batch(
    paths: Iterable[str],
    engine: Engine,
    replace: bool = False,
    on_progress: Callable[[str], None] | None = None,
) -> RunSummary:
    """Process every input under ``paths`` into the database behind ``engine``.

    Articles whose content is already stored are skipped, so a run that was killed
    resumes where its last committed batch ended.
    """
    summary = RunSummary()
    with session_scope(engine) as session:
        stored_hashes = known_hashes(session)
        pending = 0
        for item in iter_documents(paths):
            if isinstance(item, Failure):
                store_failure(session, item)
                summary.failed.append(item)
            else:
                try:
                    with session.begin_nested():
                        _process_one(session, item, stored_hashes, replace, summary)
                except Exception as error:  # one bad article must not stop the batch
                    failure = Failure(item.source, SkipReason.PIPELINE_ERROR, f"{type(error).__name__}: {error}")
                    store_failure(session, failure)
                    summary.failed.append(failure)
            pending += 1
            if pending >= BATCH_SIZE:
                session.commit()
                pending = 0
            if on_progress:
                on_progress(item.source)
    return summary
