"""A company's brand written as its product's name ("vắc xin Pfizer", "máy bay Boeing 787") names no body.

orgs/product_words.tsv lists the nouns of a product that, right before a brand the knowledge base names alone,
make the mention the product's (some only with a model's code after the brand); the body's other mentions stay. A
one-word short form of a known body of any kind reads so as well ("vắc xin Sputnik", the news agency's name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from unionfacts.normalize import fold_for_matching
from unionfacts.orgbase import OrgBase
from unionfacts.resources import read_mapping
from unionfacts.types import OrgMention

_MODEL = re.compile(r"[ ](?=[\w-]*\d|[A-Z]{2,}\b)[\w-]+")  # "[ VF8]", "[ 787]", "[ Q5]"


@lru_cache(maxsize=1)
def _product_words() -> tuple[re.Pattern[str], frozenset[str]]:
    """A pattern for the product nouns that end a text (the longest first), and those that need a model."""
    words = read_mapping("orgs/product_words.tsv", "word", "model")
    alternation = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return (re.compile(rf"(?<!\w)(?:{alternation})[ ]$", re.IGNORECASE),
            frozenset(word for word, model in words.items() if model == "1"))


def without_products(mentions: list[OrgMention], text: str, base: OrgBase) -> list[OrgMention]:
    """``mentions`` without those of a brand written as its product's name."""
    nouns, with_model = _product_words()
    kept = []
    for mention in mentions:
        org = base.orgs.get(mention.org_id or "")
        if org is not None and (org.level == "other" and fold_for_matching(mention.text) == fold_for_matching(org.name)
                                or " " not in mention.text):  # "vắc xin [Sputnik]": a one-word short form of any body
            noun = nouns.search(text, max(0, mention.start - 16), mention.start)
            if noun and (noun.group().strip().lower() not in with_model or _MODEL.match(text, mention.end)):
                continue
        kept.append(mention)
    return kept
