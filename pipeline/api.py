"""Library entry points: read inputs, run the pipeline on one article, get facts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from unionfacts.extract.base import text_of
from unionfacts.facts import FACT_KINDS, facts_json, mentions_with_sentences
from unionfacts.ingest import iter_documents, to_article
from unionfacts.nlp import annotate
from unionfacts.types import Article, Failure, RawDocument


@dataclass(frozen=True)
class ProcessedArticle:
    """An article with its annotated Doc; ``facts`` is the contract object."""

    article: Article
    doc: Doc

    @property
    def facts(self) -> dict[str, Any]:
        return facts_json(self.article, self.doc)

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index`` (the evidence a fact is stored with)."""
        text = text_of(self.doc)
        starts = self.doc.user_data.get("sentence_chars") or [0]
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        return text[starts[index]:end].strip()

    def mentions(self, kind: str) -> list[tuple[int, Any]]:
        """Every mention of ``kind`` (not deduplicated) with its sentence index."""
        return mentions_with_sentences(self.doc, kind)


def read_documents(paths: Iterable[str]) -> Iterator[RawDocument | Failure]:
    """Stream raw documents (or failures) from files, folders, globs and manifests."""
    return iter_documents(paths)


def process_article(article: Article) -> ProcessedArticle:
    """Segment and extract one normalized article."""
    return ProcessedArticle(article, annotate(article.body, article.published, article.author))


def process_document(raw: RawDocument) -> ProcessedArticle:
    """Normalize, segment and extract one raw document."""
    return process_article(to_article(raw))


def extract_facts(text: str, published: str | None = None, doc_id: str = "text") -> dict[str, Any]:
    """Facts contract object for a single text (a convenience for notebooks and tests)."""
    raw = RawDocument(source="<text>", doc_id=doc_id, text=text, kind="txt", published=published)
    return process_document(raw).facts


__all__ = ["FACT_KINDS", "ProcessedArticle", "extract_facts", "process_article", "process_document", "read_documents"]
