"""Shared fixtures: paths to the repository's corpus and to ../shared (optional)."""

from __future__ import annotations

import importlib.util
import json
import os
from functools import lru_cache
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS_GOLD = REPO / "corpus" / "gold" / "seeds.jsonl"
DEV_GOLD = SHARED / "gold" / "union-dev.jsonl"
UNION_CORPUS = SHARED / "corpus" / "union"

SHARED_MISSING = "../shared is absent (it holds the newspapers' text, which is not copied into the repository)"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def seed_records() -> list[dict]:
    return read_jsonl(SEEDS_GOLD)


@pytest.fixture(scope="session")
def dev_records() -> list[dict]:
    if not DEV_GOLD.exists():
        pytest.skip(SHARED_MISSING)
    return read_jsonl(DEV_GOLD)


@pytest.fixture(scope="session")
def union_texts() -> list[tuple[str, str]]:
    if not UNION_CORPUS.exists():
        pytest.skip(SHARED_MISSING)
    return [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(UNION_CORPUS.glob("*.txt"))]


# Helpers for the extractor case tables.
SEED_PUBLISHED = "2021-09-30"  # the seed files carry a publication date
UNDATED = None  # the baomoi articles of union-dev have none


@lru_cache(maxsize=None)
def annotated(text: str, published: str | None):
    """The whole pipeline over ``text`` (cached: each case table runs a text twice)."""
    from unionfacts.nlp import annotate

    return annotate(text, published)


def qualifier_key(value: str | None) -> str | None:
    return " ".join(value.lower().split()) if value else None


def xfail_case(text, published, expected, reason):
    """A case the extractor gets wrong by GOLD.md; the reason names the rule that would fix it."""
    return pytest.param(text, published, expected, marks=pytest.mark.xfail(reason=reason, strict=True))


def load_script(name: str):
    """The module of ``scripts/<name>.py`` (a probe script), loaded so that tests can run its cases."""
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def probe_param(case, known_failures: dict[str, str], group: str):
    """A probe case (its id first, its row last) as a parameter, a strict xfail where ``known_failures`` names it."""
    reason = known_failures.get(case[0])
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=f"{case[0]}-{case[-1][group]}", marks=marks)


def assert_covers(cases, rows, group: str, shapes) -> None:
    """A probe's sample keeps every group of its inventory and every shape, in a few hundred cases."""
    assert {case[-1][group] for case in cases} == {row[group] for row in rows}
    assert {case[1] for case in cases} == set(shapes)
    assert 250 <= len(cases) <= 400


def without_marks(cases):
    """The same cases without their xfail marks (for checks that hold even where values are wrong)."""
    return [pytest.param(*case.values) if hasattr(case, "values") else case for case in cases]
