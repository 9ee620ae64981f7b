"""Turn an annotated Doc into the facts JSON contract (DESIGN.md), one entry per fact.

Every mention is kept in the Doc and in the database; the contract lists each fact
once, as the gold does (GOLD.md, NOTES.md item 2): a date once per value, an amount
of money once per amount and currency, a count once per value, unit and wording.
"""

from __future__ import annotations

import re
from dataclasses import fields
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from unionfacts.extract.base import facts_of
from unionfacts.extract.own_names import name_after_kind
from unionfacts.normalize import fold_for_matching
from unionfacts.segment import sentence_index
from unionfacts.types import (IMPLIED_BY_ROLE, Article, Count, DateFact, DocumentMention, EventMention, Money, OrgMention,
                              PersonMention, RoleMention)

FACT_KINDS = ("dates", "money", "counts")
ENTITY_KINDS = ("persons", "organizations", "roles", "events", "documents")


def mentions_with_sentences(doc: Doc, kind: str) -> list[tuple[int, Any]]:
    """Every fact of ``kind`` in ``doc`` with the index of its sentence."""
    return [(sentence_index(doc, fact.start), fact) for fact in facts_of(doc, kind)]


def _dedupe_key(fact: Any, ranges: dict[tuple[int, int], tuple[int, ...]], headline_end: int) -> tuple:
    if isinstance(fact, DateFact):
        return (fact.value,)
    if isinstance(fact, Money):
        # A bound of a range is a fact of its own: the 180.000 that ends "130.000 - 180.000"
        # is not the one that opens "180.000 - 250.000"; the same amount said again is one
        # fact, and so is a headline amount that restates a bound of the body ("mua nhà 100
        # triệu" beside "giá 100 - 200 triệu", NOTES.md item 24).
        bounds = ranges.get((fact.start, fact.end))
        if bounds is None:
            restated = fact.end <= headline_end
            bounds = next((pair for pair in ranges.values() if restated and fact.amount in pair), ())
        return (fact.amount, fact.currency, bounds)
    if isinstance(fact, Count):
        # A share is told apart by what it is a share of ("80% trở lên CĐ cấp trên …" and
        # "80% trở lên CĐ cơ sở …"), a count by its unit; a fact restated with a longer
        # noun phrase is the same fact, so both compare by their first words.
        share = _share_of(fact.text) if fact.unit == "%" else ""
        head = fold_for_matching(fact.unit).split(" ")[0]
        return (fact.value, head, share)
    raise TypeError(f"not a fact: {fact!r}")


_SHARE = re.compile(r"(?:%|phần trăm)(?:\s+trở\s+(?:lên|xuống))?\s*(.*)", re.IGNORECASE | re.DOTALL)


def _share_of(text: str) -> str:
    """The first three words of what a percentage is a share of, as its text gives it."""
    found = _SHARE.search(text)
    return " ".join(fold_for_matching(found.group(1)).split()[:3]) if found else ""


def distinct_facts(facts: list[Any], headline_end: int = 0) -> list[Any]:
    """One entry per fact: the first mention of each (NOTES.md item 2)."""
    ranges: dict[tuple[int, int], tuple[int, ...]] = {}
    for fact in facts:
        if isinstance(fact, Money) and fact.bound is not None:
            ranges[(fact.start, fact.end)] = ranges.get((fact.start, fact.end), ()) + (fact.amount,)
    seen: set[tuple] = set()
    distinct = []
    for fact in facts:
        key = _dedupe_key(fact, ranges, headline_end)
        if key not in seen:
            seen.add(key)
            distinct.append(fact)
    return distinct


@lru_cache(maxsize=None)
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(field.name for field in fields(kind))


def _fact_json(fact: Any, sentence: int) -> dict[str, Any]:
    # Dates, money and counts hold numbers and strings only: their fields are read as they
    # are (``asdict`` would deep-copy each value).
    values = ((key, getattr(fact, key)) for key in _field_names(type(fact)))
    data = {key: value for key, value in values if value is not None or key in {"start", "end"}}
    data["sentence"] = sentence
    return data


def build_contract(article: Article, mentions: dict[str, list[tuple[int, Any]]]) -> dict[str, Any]:
    """The facts contract object for one article, from its (sentence, fact) mentions."""
    result: dict[str, Any] = {
        "id": article.doc_id,
        "source": article.source,
        "title": article.title,
        "published": article.published,
        "author": article.author,
        "url": article.url,
        "persons": persons_json([f for _, f in mentions.get("persons", [])], [f for _, f in mentions.get("roles", [])]),
        "organizations": organizations_json([f for _, f in mentions.get("organizations", [])]),
    }
    headline_end = article.body.find("\n")
    for kind in FACT_KINDS:
        ordered = sorted(mentions.get(kind, []), key=lambda item: (item[1].start, item[1].end))
        sentence_of = {id(fact): sentence for sentence, fact in ordered}
        result[kind] = [_fact_json(fact, sentence_of[id(fact)]) for fact in distinct_facts([f for _, f in ordered], headline_end)]
    result["documents"] = documents_json([d for _, d in mentions.get("documents", [])])
    result["events"] = [event_json(event) for _, event in sorted(mentions.get("events", []), key=lambda i: i[1].start)]
    return result


def documents_json(documents: list[DocumentMention]) -> list[dict[str, Any]]:
    """Each document once (by kind, number and issuer), with the first title the text gives."""
    merged: dict[tuple, dict[str, Any]] = {}
    for d in sorted(documents, key=lambda d: d.start):
        key = (d.kind, d.number, d.issuer_id or d.issuer)
        entry = merged.setdefault(key, {"kind": d.kind, "number": d.number, "issuer": d.issuer, "title": d.title,
                                        "text": d.text, "start": d.start, "end": d.end})
        entry["title"] = entry["title"] or d.title
    return list(merged.values())


def event_json(event: EventMention) -> dict[str, Any]:
    return {"name": event.name, "kind": event.kind, "date": event.date, "location": event.location,
            "organizer": event.organizer, "organizer_id": event.organizer_id, "ordinal": event.ordinal,
            "term": event.term, "chairs": event.people("chair"), "attendees": event.people("attendee"),
            "start": event.start, "end": event.end}


def facts_json(article: Article, doc: Doc) -> dict[str, Any]:
    """The facts contract object for one annotated article."""
    return build_contract(article, {kind: mentions_with_sentences(doc, kind) for kind in FACT_KINDS + ENTITY_KINDS})


_BRACKETED = re.compile(r"[ ]?\([^()\n]*\)")


def organizations_json(mentions: list[OrgMention]) -> list[dict[str, Any]]:
    """Organizations with every other form the text uses for them (NOTES.md item 3)."""
    grouped: dict[str, list[OrgMention]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        grouped.setdefault(mention.org_id or fold_for_matching(mention.name), []).append(mention)
    result = []
    for group in grouped.values():
        name = group[0].name
        seen = {fold_for_matching(name)}
        aliases = []
        forms = [name]
        for mention in group:
            if mention.how == IMPLIED_BY_ROLE:
                continue  # a role's span names the body without being a form of its name
            # A form that only inserts a definition is no alias; without the definition it may be one
            # ("Công đoàn các KCX – KCN (KCX-KCN) TP.HCM" of the name written with the city in full).
            written = " ".join(_BRACKETED.sub("", mention.text).split())
            folded = fold_for_matching(written)
            if folded not in seen and "(" not in folded:
                seen.add(folded)
                aliases.append(written)
                forms.append(written)
        for form in forms:  # the name without its kind is a form the text writes too ("[hãng tin] Reuters")
            if (own := name_after_kind(form)) is not None and fold_for_matching(own) not in seen:
                seen.add(fold_for_matching(own))
                aliases.append(own)
        result.append({"name": name, "id": group[0].org_id, "aliases": aliases,
                       "mentions": [{"start": m.start, "end": m.end} for m in group]})
    return result


def persons_json(mentions: list[PersonMention], roles: list[RoleMention]) -> list[dict[str, Any]]:
    """Persons with the offices the text gives them and every place they are named."""
    grouped: dict[str, list[PersonMention]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        grouped.setdefault(fold_for_matching(mention.name), []).append(mention)
    result = []
    for key, group in grouped.items():
        offices = []
        seen: dict[tuple, dict[str, Any]] = {}
        for role in sorted((r for r in roles if fold_for_matching(r.person) == key), key=lambda r: r.start):
            role_key = (fold_for_matching(role.title), role.org_id or fold_for_matching(role.organization or ""))
            if role_key in seen:
                # "nguyên Giám đốc X" and "Giám đốc X" in one article: one office, former only if always so
                seen[role_key]["former"] = seen[role_key]["former"] and role.former
                continue
            seen[role_key] = {"title": role.title, "organization": role.organization, "former": role.former,
                              "start": role.start, "end": role.end}
            offices.append(seen[role_key])
        result.append({"name": group[0].name, "roles": _drop_unplaced_repeats(offices),
                       "mentions": [{"start": m.start, "end": m.end} for m in group]})
    return result


def _drop_unplaced_repeats(offices: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"Chủ tịch Trần Quang Huy" (no body) repeats a "Chủ tịch CĐCTVN" the text gives elsewhere."""
    placed = {fold_for_matching(o["title"]) for o in offices if o["organization"]}
    return [o for o in offices if o["organization"] or fold_for_matching(o["title"]) not in placed]
