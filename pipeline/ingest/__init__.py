"""Ingest stage: inputs on disk become raw documents, then articles with metadata and a clean body."""

from __future__ import annotations

import hashlib

from unionfacts.ingest.files import DEFAULT_MAX_BYTES, count_documents, iter_documents
from unionfacts.ingest.page import parse_page
from unionfacts.ingest.published import normalize_published
from unionfacts.normalize import normalize_text
from unionfacts.types import Article, RawDocument

__all__ = ["DEFAULT_MAX_BYTES", "count_documents", "iter_documents", "to_article"]


def to_article(raw: RawDocument) -> Article:
    """Normalize a raw document and take its metadata off the page.

    Metadata the input declares (manifest fields, HTML meta) wins over what the page text
    shows, since it was given on purpose. The publication date, in whatever layout it
    comes, is stored in one ISO form (``unionfacts.ingest.published``).
    """
    page = parse_page(normalize_text(raw.text))
    return Article(
        doc_id=raw.doc_id,
        source=raw.source,
        body=page.body,
        content_hash=hashlib.sha256(page.body.encode("utf-8")).hexdigest(),
        title=_given(raw.title) or page.title,
        published=normalize_published(raw.published) or page.published,
        author=_given(raw.author) or page.author,
        url=_given(raw.url) or page.url,
        notes=raw.notes,
    )


def _given(value: str | None) -> str | None:
    # Declared metadata is normalized like the body, so titles compare equal to the text.
    return normalize_text(value) or None if value else None
