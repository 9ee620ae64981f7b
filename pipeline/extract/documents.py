"""Documents: resolutions, programmes, decisions named by number ("Nghị quyết số 12-NQ/TW của
Bộ Chính trị", "Chương trình hành động số 02/Ctr-BCH của TLĐ"), with their issuer and title.

A document needs a number: "Nghị quyết Đại hội XII" names a congress's resolution but no
document an analyst can look up. The issuer is the organization right after "của"; the
title is what follows "về" up to the end of the clause, or a quoted title.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from unionfacts.extract.base import Extractor, facts_of, text_of
from unionfacts.extract.patterns import alternation, first_characters
from unionfacts.resources import read_mapping
from unionfacts.types import DocumentMention, OrgMention

# "12-NQ/TW", "02/Ctr-BCH", "02", "98/2017/NĐ-CP"
_NUMBER = r"\d+(?:[/-][\w.]+)*"
_TITLE = re.compile(
    r"[ ]?(?:về|về việc)[ ](?P<title>“[^”\n]+”|\"[^\"\n]+\"|[^,.;:\n(]+?)(?=[ ](?:theo|nhằm|để)[ ]|[,.;:\n(]|$)"
)


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    return read_mapping("documents/kinds.tsv", "word", "kind")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(rf"{first_characters(_kinds())}(?<!\w)(?P<kind>{alternation(_kinds())})(?:[ ]số)?[ ](?P<number>{_NUMBER})(?![\w])")


def _issuer(text: str, end: int, orgs: list[OrgMention]) -> tuple[OrgMention | None, int]:
    of = re.match(r"[ ]của[ ]", text[end:end + 5])
    if not of:
        return None, end
    start = end + of.end()
    issuer = next((o for o in orgs if o.start == start), None)
    return issuer, issuer.end if issuer else end


def find_documents(text: str, orgs: list[OrgMention]) -> list[DocumentMention]:
    found = []
    for match in _pattern().finditer(text):
        issuer, end = _issuer(text, match.end(), orgs)
        title_match = _TITLE.match(text, end)
        title = title_match.group("title").strip("“”\" ") if title_match else None
        kind = _kinds()[" ".join(match.group("kind").split())]
        found.append(DocumentMention(match.start(), end, text[match.start():end], kind, match.group("number"),
                                     issuer.name if issuer else None, issuer.org_id if issuer else None, title))
    return found


class DocumentExtractor(Extractor):
    provides = "documents"
    requires = ("organizations",)

    def find(self, doc: Doc) -> list[DocumentMention]:
        return find_documents(text_of(doc), facts_of(doc, "organizations"))
