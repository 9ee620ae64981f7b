"""Print the README's quality table from `unionfacts evaluate --json` output (stdin): F1 per field and file, gold counts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

FIELDS = ("persons", "roles", "organizations", "dates", "money", "counts", "events", "chairs", "chairs_date")


def main() -> None:
    payload = json.load(sys.stdin)
    files = payload["files"]
    names = [Path(path).stem for path in files]
    print("| field | " + " | ".join(f"{name} F1 (gold)" for name in names) + " |")
    print("|---|" + "---|" * len(names))
    for field in FIELDS:
        cells = []
        for scores in files.values():
            score = scores[field]
            cells.append("—" if not score["gold"] and not score["predicted"] else f"{score['f1']:.3f} ({score['gold']})")
        print(f"| {field} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
