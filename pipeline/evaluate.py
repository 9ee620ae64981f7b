"""Score extracted facts against gold files, field by field, as GOLD.md says.

Each field is scored with precision, recall and F1 over the whole file set: a
predicted item matches at most one gold item of the same document, by the key
GOLD.md names for the field (dates by value, money by amount, counts by value and
first word of unit, …). A gold date "XXXX-MM-DD" matches any year. A gold document
with ``"fields"`` was annotated for those kinds only, and only they are scored for it
(``events`` brings chairs and chairs+date with it, ``persons`` brings roles).

``roles_org`` is not in GOLD.md: it scores roles as (person, title, organization), the
organization matched by any name or alias the document gives that body, which is what
the maintainers report as "roles with the right organization".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unionfacts.normalize import fold_for_matching
from unionfacts.types import RawDocument

FIELDS = ("persons", "roles", "organizations", "dates", "money", "counts", "events", "chairs", "chairs_date",
          "roles_org")
# Fields scored along with an annotated kind (GOLD.md, "How a system is scored").
_BROUGHT_ALONG = {"events": ("chairs", "chairs_date"), "persons": ("roles", "roles_org")}


def scored_fields(gold: dict[str, Any]) -> frozenset[str]:
    """The fields a gold document was annotated for: its ``fields`` and what they bring, else all."""
    annotated = gold.get("fields")
    if annotated is None:
        return frozenset(FIELDS)
    unknown = [kind for kind in annotated if kind not in FIELDS]
    if unknown:
        raise ValueError(f"gold document {gold.get('id')!r}: unknown field(s) {', '.join(map(str, unknown))}")
    return frozenset(annotated).union(*(_BROUGHT_ALONG.get(kind, ()) for kind in annotated))


@dataclass(frozen=True)
class FieldScore:
    field: str
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _fold(text: Any) -> str:
    return fold_for_matching(str(text)) if text is not None else ""


def _number(value: Any) -> float:
    return round(float(value), 6)


def _first_word(text: str) -> str:
    words = _fold(text).split()
    return words[0].strip(".,;:!?\"'“”()") if words else ""


def _date_matches(predicted: str, gold: str) -> bool:
    """Equal values, where each "XXXX" year of the gold, in a span's either end too
    ("XXXX-02-09/XXXX-02-10", NOTES.md 32), matches any year."""
    if "XXXX" not in gold:
        return predicted == gold
    predicted_parts, gold_parts = predicted.split("/"), gold.split("/")
    return len(predicted_parts) == len(gold_parts) and all(
        p[4:] == g[4:] and len(p) == len(g) if g.startswith("XXXX") else p == g
        for p, g in zip(predicted_parts, gold_parts))


def _event_key(event: dict[str, Any]) -> str:
    if event.get("date"):
        return str(event["date"])
    return " ".join(_fold(event.get("name")).split()[:2])


def _items(facts: dict[str, Any], field: str) -> list[Any]:
    """The comparable items of ``field`` in one document's facts."""
    if field == "persons":
        return [_fold(p["name"]) for p in facts.get("persons", [])]
    if field == "roles":
        return [(_fold(p["name"]), _fold(r.get("title"))) for p in facts.get("persons", []) for r in p.get("roles", [])]
    if field == "roles_org":
        return [(_fold(p["name"]), _fold(r.get("title")), _org_names(facts, r.get("organization")))
                for p in facts.get("persons", []) for r in p.get("roles", [])]
    if field == "organizations":
        return [{_fold(o["name"]), *(_fold(a) for a in o.get("aliases", []))} for o in facts.get("organizations", [])]
    if field == "dates":
        return [str(d["value"]) for d in facts.get("dates", [])]
    if field == "money":
        return [_number(m["amount"]) for m in facts.get("money", [])]
    if field == "counts":
        return [(_number(c["value"]), _first_word(c.get("unit", ""))) for c in facts.get("counts", [])]
    if field == "events":
        return [_event_key(e) for e in facts.get("events", [])]
    if field == "chairs":
        return [_fold(name) for e in facts.get("events", []) for name in e.get("chairs", [])]
    if field == "chairs_date":
        return [(_fold(name), e.get("date")) for e in facts.get("events", []) for name in e.get("chairs", [])]
    raise ValueError(f"unknown field {field!r}")


def _org_names(facts: dict[str, Any], organization: Any) -> frozenset[str]:
    """A role's organization as the set of names the document gives that body: its name and
    aliases when the document lists it, else the name alone (empty for no organization)."""
    if not organization:
        return frozenset()
    folded = _fold(organization)
    for org in facts.get("organizations", []):
        names = {_fold(org["name"]), *(_fold(a) for a in org.get("aliases", []))}
        if folded in names:
            return frozenset(names)
    return frozenset({folded})


def _matcher(field: str) -> Callable[[Any, Any], bool]:
    if field == "roles_org":
        # The same person and title, and the same body: no organization on both sides, or names shared.
        return lambda predicted, gold: predicted[:2] == gold[:2] and (
            predicted[2] == gold[2] if not (predicted[2] and gold[2]) else bool(predicted[2] & gold[2]))
    if field == "organizations":
        return lambda predicted, gold: bool(predicted & gold)
    if field == "dates":
        return _date_matches
    if field == "events":
        return lambda predicted, gold: (
            _date_matches(predicted, gold) if "-" in gold or gold.isdigit() else predicted == gold
        )
    if field == "chairs_date":  # the same person, on a day matched as dates are
        return lambda predicted, gold: predicted[0] == gold[0] and (
            _date_matches(predicted[1], gold[1]) if predicted[1] and gold[1] else predicted[1] == gold[1])
    return lambda predicted, gold: predicted == gold


def match(predicted: list[Any], gold: list[Any], matches: Callable[[Any, Any], bool]) -> tuple[int, list, list]:
    """Greedy one-to-one matching; exact matches are taken before wildcard ones.

    Returns the number of matches, the predicted items left over and the gold items left over.
    """
    remaining = list(gold)
    hits = 0
    for exact_pass in (True, False):
        unmatched = []
        for item in predicted:
            for index, candidate in enumerate(remaining):
                if (item == candidate) if exact_pass else matches(item, candidate):
                    hits += 1
                    del remaining[index]
                    break
            else:
                unmatched.append(item)
        predicted = unmatched
    return hits, predicted, remaining


def score(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]], fields: tuple[str, ...] = FIELDS) -> list[FieldScore]:
    """Score (predicted facts, gold record) pairs field by field."""
    totals = {field: [0, 0, 0] for field in fields}
    for predicted, gold in pairs:
        annotated = scored_fields(gold)
        for field in fields:
            if field not in annotated:
                continue
            predicted_items, gold_items = _items(predicted, field), _items(gold, field)
            totals[field][0] += match(predicted_items, gold_items, _matcher(field))[0]
            totals[field][1] += len(predicted_items)
            totals[field][2] += len(gold_items)
    return [FieldScore(field, *totals[field]) for field in fields]


@dataclass(frozen=True)
class Mismatch:
    """One error of a field in one document: a gold item ``missed``, or a predicted one ``extra``."""

    doc_id: str
    field: str
    kind: str
    item: str


def _shown(item: Any) -> str:
    if isinstance(item, (set, frozenset)):  # an organization: its folded name and aliases
        return " | ".join(sorted(item))
    if isinstance(item, tuple):
        return " · ".join("" if part is None else _shown(part) for part in item)
    return str(item)


def mismatches(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]], fields: Iterable[str]) -> list[Mismatch]:
    """What the scores count as wrong, item by item, in the form each field is compared in."""
    found = []
    for predicted, gold in pairs:
        annotated = scored_fields(gold)
        for field in fields:
            if field not in annotated:
                continue
            _, extra, missed = match(_items(predicted, field), _items(gold, field), _matcher(field))
            found += [Mismatch(gold["id"], field, "missed", _shown(item)) for item in missed]
            found += [Mismatch(gold["id"], field, "extra", _shown(item)) for item in extra]
    return found


class GoldError(ValueError):
    """A gold file that cannot be read as GOLD.md describes."""


def read_gold(paths: Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise GoldError(f"{path}:{number}: not a JSON object ({error.msg})") from None
                if not isinstance(record, dict) or "id" not in record or "text" not in record:
                    raise GoldError(f"{path}:{number}: a gold record needs an 'id' and a 'text'")
                yield record


def gold_as_raw(record: dict[str, Any]) -> RawDocument:
    """A gold record read as a manifest record: the text as the pipeline receives it."""
    return RawDocument(
        source=f"gold:{record['id']}",
        doc_id=record["id"],
        text=record["text"],
        kind="jsonl",
        published=record.get("published"),
        title=record.get("title"),
    )


def predict(gold_paths: Iterable[str | Path]) -> list[tuple[dict, dict]]:
    """Run the pipeline over the gold texts: (predicted facts, gold record) pairs."""
    from unionfacts.api import process_document

    return [(process_document(gold_as_raw(record)).facts, record) for record in read_gold(gold_paths)]


def evaluate(gold_paths: Iterable[str | Path]) -> tuple[list[FieldScore], list[tuple[dict, dict]]]:
    """Run the pipeline over the gold texts; return per-field scores and the (predicted, gold) pairs."""
    pairs = predict(gold_paths)
    return score(pairs), pairs


def evaluate_files(gold_paths: Iterable[str | Path]) -> dict[str, tuple[list[FieldScore], list[tuple[dict, dict]]]]:
    """Score each gold file apart (the rules' own articles next to newer ones): {path: (scores, pairs)}."""
    results = {}
    for path in gold_paths:
        pairs = predict([path])
        results[str(path)] = (score(pairs), pairs)
    return results
