"""The spaCy ``Language`` users load: ``nlp = unionfacts.load()``, then ``nlp(text)`` or ``nlp.pipe(texts)``.

It wraps the same components as ``unionfacts.nlp.annotate`` (what ``extract`` and ``run``
use), so a Doc carries exactly the facts ``extract`` prints:

- the tokenizer reads a text as ``extract`` reads a ``.txt`` page: normalized, dateline,
  title and byline taken off; the Doc's text is the normalized body every offset points
  into, and the page's metadata is on ``doc._.title``, ``doc._.published``, …;
- metadata a caller knows goes in as context, ``nlp.pipe([(text, {"published": …})],
  as_tuples=True)``, or on the Doc, ``doc = nlp.make_doc(text); doc._.published = …;
  nlp(doc)``;
- the last component writes ``doc._.facts`` (the facts contract object), the getters
  ``doc._.persons``, ``doc._.money``, … (its lists), span groups per kind in ``doc.spans``
  and all of them labelled in ``doc.spans["sc"]`` for ``displacy.render(doc, style="span")``;
  it keeps only plain values on the Doc, so Docs go through ``DocBin``, ``to_bytes`` and
  ``nlp.pipe(n_process=…)``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from unionfacts.extract.base import text_of
from unionfacts.facts import facts_json
from unionfacts.ingest import to_article
from unionfacts.nlp import COMPONENTS, check_order, register_components
from unionfacts.normalize import normalize_text
from unionfacts.segment import make_doc
from unionfacts.types import Article, RawDocument

TOKENIZER = "unionfacts.article_tokenizer.v1"
ARTICLE_COMPONENT = "unionfacts_article"
FACTS_COMPONENT = "unionfacts_facts"

METADATA = ("doc_id", "source", "title", "published", "author", "url")
_NORMALIZED = ("title", "published", "author", "url")  # as ingest normalizes a manifest's metadata
FACT_LISTS = ("persons", "organizations", "dates", "money", "counts", "events", "documents")
# Span groups shown together in doc.spans["sc"], with the label displaCy prints.
SPAN_LABELS = {"persons": "PERSON", "roles": "ROLE", "organizations": "ORG", "events": "MEETING",
               "documents": "DOCUMENT", "dates": "DATE", "money": "MONEY", "counts": "COUNT"}
ALL_FACTS_KEY = "sc"  # displaCy's default spans key
# What the extractors keep on a Doc while they work; not the user's, and not serializable.
_WORKING_DATA = ("facts", "body", "token_spans", "capitalized_tokens", "sentence_chars", "published", "author")
_WORKING_SPANS = ("date_mentions", "org_candidates")


# The contract is kept as JSON text in user_data: DocBin's msgpack would turn its lists into tuples.
_FACTS_DATA = "unionfacts_facts_json"


def _facts(doc: Doc) -> dict[str, Any] | None:
    text = doc.user_data.get(_FACTS_DATA)
    return json.loads(text) if text is not None else None


def _register_extensions() -> None:
    for name in METADATA:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("facts"):
        Doc.set_extension("facts", getter=_facts)
    for name in FACT_LISTS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=lambda doc, name=name: (_facts(doc) or {}).get(name, []))


def article_doc(vocab, article: Article) -> Doc:
    """An unprocessed Doc of an article's body, its metadata on the Doc's extensions."""
    doc = make_doc(vocab, article.body)
    for name in METADATA:
        setattr(doc._, name, getattr(article, name))
    return doc


def process_raw(nlp: Language, raw: RawDocument) -> Doc:
    """A document as ``extract`` reads it (page, HTML or manifest record, with its metadata), through ``nlp``."""
    return nlp(article_doc(nlp.vocab, to_article(raw)))


class ArticleTokenizer:
    """Text → Doc of its normalized body, as ``extract`` reads a ``.txt`` page."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return article_doc(self.vocab, to_article(RawDocument(source="<text>", doc_id="text", text=text, kind="txt")))

    # Nothing to save: the segmentation model ships with underthesea, the data with this package.
    def to_bytes(self, **_kwargs) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_kwargs) -> ArticleTokenizer:
        return self

    def to_disk(self, _path, **_kwargs) -> None:
        return None

    def from_disk(self, _path, **_kwargs) -> ArticleTokenizer:
        return self


class ArticleMetadata:
    """First component: the metadata the extractors read, from the caller's context or the page."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        context = getattr(doc, "_context", None)
        if isinstance(context, dict):  # as a manifest record gives them: normalized like the body
            for name in METADATA:
                value = context.get("id" if name == "doc_id" else name)
                if isinstance(value, str) and value.strip():
                    setattr(doc._, name, normalize_text(value) if name in _NORMALIZED else value)
        data = doc.user_data
        data.setdefault("body", doc.text)
        if "token_spans" in data:  # back from bytes (nlp.pipe with n_process), tuples came back as lists
            data["token_spans"] = [tuple(span) for span in data["token_spans"]]
        if "sentence_chars" not in data and doc.has_annotation("SENT_START"):  # a Doc run through before
            data["sentence_chars"] = [sentence.start_char for sentence in doc.sents]
        doc.user_data["published"] = doc._.published
        doc.user_data["author"] = doc._.author
        return doc


class FactsWriter:
    """Last component: the facts contract on ``doc._.facts``, spans for displaCy, only plain values left."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        body = text_of(doc)
        article = Article(doc_id=doc._.doc_id or "text", source=doc._.source or "<text>", body=body,
                          content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(), title=doc._.title,
                          published=doc._.published, author=doc._.author, url=doc._.url)
        facts = facts_json(article, doc)
        kb_ids = {(m.start, m.end): m.org_id for m in doc.user_data.get("facts", {}).get("organizations", [])
                  if m.org_id}
        labelled = []
        for kind, label in SPAN_LABELS.items():
            for span in doc.spans.get(kind, []):
                kb_id = kb_ids.get((span.start_char, span.end_char), "") if kind == "organizations" else ""
                labelled.append(Span(doc, span.start, span.end, label=label, kb_id=kb_id))
        doc.spans[ALL_FACTS_KEY] = sorted(labelled, key=lambda span: (span.start, -span.end))
        for key in _WORKING_SPANS:
            doc.spans.pop(key, None)
        for key in _WORKING_DATA:
            doc.user_data.pop(key, None)
        doc.user_data[_FACTS_DATA] = json.dumps(facts, ensure_ascii=False)
        return doc


def article_tokenizer():
    """The registered tokenizer factory (``[nlp.tokenizer] @tokenizers = "unionfacts.article_tokenizer.v1"``)."""
    return lambda nlp: ArticleTokenizer(nlp.vocab)


def _register() -> None:
    register_components()
    _register_extensions()
    if ARTICLE_COMPONENT not in Language.factories:
        Language.factory(ARTICLE_COMPONENT, func=ArticleMetadata)
        Language.factory(FACTS_COMPONENT, func=FactsWriter)
    if TOKENIZER not in spacy.registry.tokenizers:
        spacy.registry.tokenizers(TOKENIZER, func=article_tokenizer)


def load() -> Language:
    """A new spaCy pipeline that turns article texts into Docs carrying their facts."""
    check_order(COMPONENTS)
    _register()
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.add_pipe(ARTICLE_COMPONENT)
    for name, _ in COMPONENTS:
        nlp.add_pipe(name)
    nlp.add_pipe(FACTS_COMPONENT)
    return nlp


# spaCy finds these registrations through the entry points in pyproject.toml, so that
# spacy.load() of a pipeline saved with nlp.to_disk() works with unionfacts installed.
_register()
