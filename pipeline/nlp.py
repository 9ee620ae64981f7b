"""Build the spaCy pipeline: the one ordered list of extractor components.

Each component declares what it requires and provides (``unionfacts.extract.base``);
``build_nlp`` checks the order and raises if a component would run before what it
needs. The pipeline is built once per process and reused for every article.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from unionfacts.extract.base import Extractor
from unionfacts.extract.counts import CountExtractor
from unionfacts.extract.dates import DateExtractor
from unionfacts.extract.money import MoneyExtractor
from unionfacts.extract.organizations import OrganizationFinder
from unionfacts.extract.persons import PersonExtractor
from unionfacts.extract.documents import DocumentExtractor
from unionfacts.extract.meetings import MeetingExtractor
from unionfacts.extract.roles import RoleExtractor
from unionfacts.resolve.counts import CountsOutsideNames
from unionfacts.resolve.dates import DateResolver
from unionfacts.resolve.organizations import OrganizationResolver
from unionfacts.resolve.role_bodies import RoleBodies
from unionfacts.segment import make_doc

# The pipeline, in order. Counts need money and dates to tell numbers apart.
COMPONENTS: tuple[tuple[str, type[Extractor]], ...] = (
    ("unionfacts_date_mentions", DateExtractor),
    ("unionfacts_dates", DateResolver),
    ("unionfacts_money", MoneyExtractor),
    ("unionfacts_counts", CountExtractor),
    ("unionfacts_org_candidates", OrganizationFinder),
    ("unionfacts_organizations", OrganizationResolver),
    ("unionfacts_counts_outside_names", CountsOutsideNames),
    ("unionfacts_persons", PersonExtractor),
    ("unionfacts_roles", RoleExtractor),
    ("unionfacts_events", MeetingExtractor),
    ("unionfacts_documents", DocumentExtractor),
    ("unionfacts_role_bodies", RoleBodies),  # last: the meetings read the organizations named in the text
)


class PipelineOrderError(ValueError):
    """A component was placed before a component it requires."""


def _factory(cls: type[Extractor]):
    # A closure, not a default argument: spaCy would take ``cls=`` for a config setting.
    def make(nlp: Language, name: str) -> Extractor:
        return cls(nlp, name)

    return make


def register_components() -> None:
    """Register every extractor as a spaCy factory (once per process)."""
    for name, cls in COMPONENTS:
        if name not in Language.factories:
            Language.factory(name, func=_factory(cls))


def check_order(components: tuple[tuple[str, type[Extractor]], ...]) -> None:
    provided: set[str] = set()
    for name, cls in components:
        missing = [need for need in cls.requires if need not in provided]
        if missing:
            raise PipelineOrderError(f"{name} requires {', '.join(missing)}, which no earlier component provides")
        provided.add(cls.provides)


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """The blank Vietnamese pipeline with every extractor, built once per process."""
    check_order(COMPONENTS)
    register_components()
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    for name, _ in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


DOCS_PER_VOCAB = 2000  # a spaCy vocabulary keeps every word it has seen: start a new one now and then


class _Vocabularies:
    """The vocabulary Docs are built with, replaced every ``DOCS_PER_VOCAB`` articles so that
    a worker's memory stays flat over an archive of any size (the components never look
    words up in it)."""

    def __init__(self) -> None:
        self.vocab: Vocab | None = None
        self.used = 0

    def current(self) -> Vocab:
        if self.vocab is None or self.used >= DOCS_PER_VOCAB:
            self.vocab, self.used = Vocab(), 0
        self.used += 1
        return self.vocab


_VOCABULARIES = _Vocabularies()


def annotate(body: str, published: str | None = None, author: str | None = None) -> Doc:
    """Segment ``body`` and run every extractor over it.

    ``published`` is what partial dates resolve against; ``author`` (the byline) is
    never read as a person named in the text.
    """
    nlp = build_nlp()
    doc = make_doc(_VOCABULARIES.current(), body)
    doc.user_data["published"] = published
    doc.user_data["author"] = author
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
