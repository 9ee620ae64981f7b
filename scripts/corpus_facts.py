"""Facts of a whole corpus, and what a change did to them: the look after every rule change.

    python scripts/corpus_facts.py dump OUT.jsonl [--corpus bulk|union|all|segmented|every] [--limit N] [--workers N]
    python scripts/corpus_facts.py diff BEFORE.jsonl AFTER.jsonl [--kind money] [--show 40]

``dump`` writes one line per article: its id and its facts (the contract's lists, each
item reduced to what identifies it and its text). ``diff`` prints, per fact kind, how
many items appeared and disappeared, then examples with the text around them, so a
rule change can be judged on the 3,653 bulk and 68 union articles, not only on the gold ("all"); "segmented" reads
the 127 word-segmented VietNews union articles, re-assembled (approximately) into plain text, and "every" all three.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
KINDS = ("persons", "roles", "organizations", "dates", "money", "counts", "events")


def records(corpus: str, limit: int | None) -> list[dict]:
    found: list[dict] = []
    if corpus in ("bulk", "all"):
        for path in sorted((CORPUS / "bulk").glob("*.jsonl")):
            with path.open(encoding="utf-8") as handle:
                for line in handle:
                    record = json.loads(line)
                    published = record.get("date")
                    if published and len(published) == 8:
                        published = f"{published[:4]}-{published[4:6]}-{published[6:]}"
                    found.append({"id": record["id"], "text": record["text"], "published": published})
    if corpus in ("union", "all", "every"):
        for path in sorted((CORPUS / "union").glob("*.txt")):
            found.append({"id": path.stem, "text": path.read_text(encoding="utf-8"), "published": None})
    if corpus in ("segmented", "every"):
        for path in sorted((CORPUS / "union_segmented").glob("*.txt")):
            lines = path.read_text(encoding="utf-8").split("\n")
            body = "\n".join(detokenized(line) for line in lines[1:] if line.strip())
            found.append({"id": path.stem, "text": f"{detokenized(lines[0])}\n\n{body}", "published": None})
    return found[:limit] if limit else found


_CLOSING = re.compile(r" ([,.;:!?%)\]”…])")
_OPENING = re.compile(r"([(\[“]) ")
_QUOTED = re.compile(r"([\"']) (.*?) \1")


def detokenized(line: str) -> str:
    """A word-segmented line of the VietNews union articles (union_segmented/: "Công_đoàn Hà_Tĩnh ,") as plain
    text, approximately: syllables joined by spaces, punctuation re-attached, straight quotes closed around
    their words. Only for looking at facts; these texts are not what any newspaper printed."""
    text = _OPENING.sub(r"\1", _CLOSING.sub(r"\1", line.replace("_", " ")))
    return unicodedata.normalize("NFC", _QUOTED.sub(r"\1\2\1", text).strip())


def _items(facts: dict) -> dict[str, list[str]]:
    """Each fact as one comparable line: its value and its text."""
    items: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for person in facts.get("persons", []):
        items["persons"].append(person["name"])
        for role in person.get("roles", []):
            items["roles"].append(f"{person['name']} | {role.get('title')} | {role.get('organization')}")
    for org in facts.get("organizations", []):
        items["organizations"].append(" | ".join([org["name"], *sorted(org.get("aliases", []))]))
    for date in facts.get("dates", []):
        items["dates"].append(f"{date['value']} | {date['text']}")
    for money in facts.get("money", []):
        items["money"].append(f"{money['amount']} {money['currency']} | {money['text']}")
    for count in facts.get("counts", []):
        items["counts"].append(f"{count['value']} {count['unit']} | {count['text']}")
    for event in facts.get("events", []):
        items["events"].append(
            f"{event.get('name')} | {event.get('date')} | {event.get('organizer')} | chairs={event.get('chairs')}"
        )
    return items


def _extract(record: dict) -> dict:
    from unionfacts.api import extract_facts

    try:
        facts = extract_facts(record["text"], published=record["published"], doc_id=record["id"])
    except Exception as error:  # a crash is a finding too: keep it in the dump
        return {"id": record["id"], "error": f"{type(error).__name__}: {error}"}
    return {"id": record["id"], "items": _items(facts)}


def dump(out: Path, corpus: str, limit: int | None, workers: int) -> None:
    todo = records(corpus, limit)
    with out.open("w", encoding="utf-8") as handle, ProcessPoolExecutor(workers) as pool:
        for number, line in enumerate(pool.map(_extract, todo, chunksize=8), 1):
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
            if number % 500 == 0:
                print(f"{number}/{len(todo)}", file=sys.stderr)


def _load(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        return {line["id"]: line for line in map(json.loads, handle)}


def diff(before_path: Path, after_path: Path, kinds: list[str], show: int, seed: int) -> None:
    before, after = _load(before_path), _load(after_path)
    for doc_id in sorted(set(before) | set(after)):
        for side, lines in (("before", before), ("after", after)):
            if "error" in lines.get(doc_id, {}):
                print(f"ERROR {side} {doc_id}: {lines[doc_id]['error']}")
    for kind in kinds:
        gone, new = [], []
        for doc_id in sorted(set(before) & set(after)):
            old = Counter(before[doc_id].get("items", {}).get(kind, []))
            now = Counter(after[doc_id].get("items", {}).get(kind, []))
            gone += [(doc_id, item) for item in (old - now).elements()]
            new += [(doc_id, item) for item in (now - old).elements()]
        total = sum(len(line.get("items", {}).get(kind, [])) for line in after.values())
        print(f"\n## {kind}: {total} after, -{len(gone)} +{len(new)}")
        rng = random.Random(seed)
        for label, changed in (("-", gone), ("+", new)):
            sample = changed if len(changed) <= show else sorted(rng.sample(changed, show))
            for doc_id, item in sample:
                print(f"  {label} {doc_id}: {item}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="facts of the corpus to a JSONL file")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--corpus", choices=("bulk", "union", "all", "segmented", "every"), default="all")
    dumping.add_argument("--limit", type=int, default=None)
    dumping.add_argument("--workers", type=int, default=1)
    diffing = commands.add_parser("diff", help="what changed between two dumps")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    diffing.add_argument("--kind", action="append", choices=KINDS, help="fact kinds to show (default all)")
    diffing.add_argument("--show", type=int, default=40, help="examples per kind and direction")
    diffing.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.corpus, args.limit, args.workers)
    else:
        diff(args.before, args.after, args.kind or list(KINDS), args.show, args.seed)


if __name__ == "__main__":
    main()
