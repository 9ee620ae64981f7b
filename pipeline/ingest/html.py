"""Ingest HTML pages: main text (line breaks kept) and metadata through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

# lxml, under trafilatura, refuses a tree deeper than 255 levels ("no main text"); pages
# nested deeper (generated markup, a pasted document) are flattened below this first.
MAX_DEPTH = 200
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None = None
    published: str | None = None  # ISO date or date-time as the page declares it
    author: str | None = None
    url: str | None = None


def extract_html(html: str) -> HtmlPage | None:
    """Main text and metadata of an HTML page, or None when it has no main text."""
    page = _extract(html)
    if page is None:
        flat = flatten_deep_html(html)
        if flat is not None:
            page = _extract(flat)
    return page


def _extract(html: str) -> HtmlPage | None:
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


class _Flattener(HTMLParser):
    """Copies HTML, leaving out the tags (not the text) of elements nested deeper than ``limit``."""

    def __init__(self, limit: int) -> None:
        super().__init__(convert_charrefs=False)
        self.limit, self.out, self.open, self.deepest = limit, [], [], 0
        self.counts: dict[str, int] = {}  # open elements per tag: a stray end tag costs no scan

    def handle_starttag(self, tag, attrs) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if tag in _VOID:
            self.out.append(raw)
            return
        kept = len(self.open) < self.limit
        self.open.append((tag, kept))
        self.counts[tag] = self.counts.get(tag, 0) + 1
        self.deepest = max(self.deepest, len(self.open))
        if kept:
            self.out.append(raw)

    def handle_startendtag(self, tag, attrs) -> None:
        self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag) -> None:
        if not self.counts.get(tag):
            return
        while self.open:  # close up to the matching open tag
            name, kept = self.open.pop()
            self.counts[name] -= 1
            if kept:
                self.out.append(f"</{name}>")
            if name == tag:
                return

    def handle_data(self, data) -> None:
        self.out.append(data)

    def handle_entityref(self, name) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl) -> None:
        self.out.append(f"<!{decl}>")


def flatten_deep_html(html: str, limit: int = MAX_DEPTH) -> str | None:
    """``html`` without the tags nested deeper than ``limit`` (their text kept), or None if none is."""
    parser = _Flattener(limit)
    parser.feed(html)
    parser.close()
    if parser.deepest <= limit:
        return None
    return "".join(parser.out)
