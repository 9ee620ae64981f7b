"""Ingest HTML pages: main text (line breaks kept) and metadata through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None = None
    published: str | None = None  # ISO date or date-time as the page declares it
    author: str | None = None
    url: str | None = None


def extract_html(html: str) -> HtmlPage | None:
    """Main text and metadata of an HTML page, or None when it has no main text."""
    import trafilatura  # imported here: heavy, and only HTML inputs need it

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,  # reader comments are not the article
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        # The publication time too, where the page gives one ("2021-09-30T07:47:00+0700");
        # ``unionfacts.ingest.published`` reads it into the one ISO form.
        date_extraction_params={"original_date": True, "extensive_search": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"},
    )
    if document is None or not (document.text or "").strip():
        return None
    return HtmlPage(
        text=document.text,
        title=_clean(document.title),
        published=_clean(document.date),
        author=_clean(document.author),
        url=_clean(document.url),
    )


def _clean(value: str | None) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
