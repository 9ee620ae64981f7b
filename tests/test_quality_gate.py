"""Quality gate: dev-gold F1 per fact kind must not drop below the floors pinned in quality_floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unionfacts.evaluate import evaluate

from conftest import DEV_GOLD, SEEDS_GOLD, SHARED_MISSING

FLOORS = {k: v for k, v in json.loads((Path(__file__).parent / "quality_floors.json").read_text()).items()
          if not k.startswith("_")}


@pytest.fixture(scope="module")
def scores():
    if not DEV_GOLD.exists():
        pytest.skip(SHARED_MISSING)
    field_scores, _ = evaluate([SEEDS_GOLD, DEV_GOLD])
    return {score.field: score for score in field_scores}


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_quality_gate_f1_above_floor(scores, field):
    score = scores[field]
    assert score.f1 >= FLOORS[field], (
        f"{field} F1 {score.f1:.3f} < floor {FLOORS[field]} (P={score.precision:.3f} R={score.recall:.3f})"
    )
