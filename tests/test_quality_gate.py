"""Quality gate: F1 per fact kind on each gold file must not drop below its floors in quality_floors.json.

Each file is scored apart, so a gain on the rules' own development articles cannot hide
a loss on the newer ones.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unionfacts.evaluate import evaluate

from conftest import SEEDS_GOLD, SHARED, SHARED_MISSING

FLOORS = {name: floors for name, floors in json.loads((Path(__file__).parent / "quality_floors.json").read_text()).items()
          if not name.startswith("_")}
# Gold files kept in the repository: the seeds, and probes of our own sentences in tests/gold/ (chairs_probe.jsonl:
# mini-articles in the shapes union and government news give chairs, annotated by GOLD.md and NOTES.md)
LOCAL_GOLD = {path.name: path for path in (SEEDS_GOLD, *(Path(__file__).parent / "gold").glob("*.jsonl"))}
GOLD_PATHS = {name: LOCAL_GOLD.get(name, SHARED / "gold" / name) for name in FLOORS}


@pytest.fixture(scope="module")
def scores_by_file():
    cache: dict[str, dict] = {}

    def scores(name: str) -> dict:
        if name not in cache:
            path = GOLD_PATHS[name]
            if not path.exists():
                pytest.skip(SHARED_MISSING)
            field_scores, _ = evaluate([path])
            cache[name] = {score.field: score for score in field_scores}
        return cache[name]

    return scores


@pytest.mark.parametrize(("name", "field"), [(name, field) for name, floors in FLOORS.items() for field in sorted(floors)])
def test_quality_gate_f1_above_floor(scores_by_file, name, field):
    score = scores_by_file(name)[field]
    floor = FLOORS[name][field]
    assert score.f1 >= floor, f"{name} {field} F1 {score.f1:.3f} < floor {floor} (P={score.precision:.3f} R={score.recall:.3f})"


def test_quality_gate_every_dev_file_has_floors():
    shipped = {path.name for path in (SHARED / "gold").glob("*.jsonl")} if (SHARED / "gold").exists() else set()
    assert shipped <= set(FLOORS), f"gold files without floors: {sorted(shipped - set(FLOORS))}"
