"""The one loader for language data in ``models/``: read lazily, once per process."""

from __future__ import annotations

import csv
import os
import unicodedata
from functools import lru_cache
from pathlib import Path

MODELS_DIR = Path(os.environ.get("UNIONFACTS_MODELS", Path(__file__).resolve().parent.parent / "models"))


class DataError(ValueError):
    """A data file under models/ is malformed."""


@lru_cache(maxsize=None)
def read_table(relative_path: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV file under models/ (header row, ``#`` comment lines), NFC-normalized."""
    path = MODELS_DIR / relative_path
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for row in reader:
        if None in row or any(value is None for value in row.values()):
            raise DataError(f"{relative_path}: wrong number of columns in {row!r}")
        rows.append({key: unicodedata.normalize("NFC", value.strip()) for key, value in row.items()})
    return tuple(rows)


@lru_cache(maxsize=None)
def read_mapping(relative_path: str, key: str, value: str) -> dict[str, str]:
    """A TSV file as a ``{key column: value column}`` dict."""
    return {row[key]: row[value] for row in read_table(relative_path)}


@lru_cache(maxsize=None)
def read_words(relative_path: str, column: str = "word") -> frozenset[str]:
    """One column of a TSV file as a set of words."""
    return frozenset(row[column] for row in read_table(relative_path))


def data_files() -> list[Path]:
    """Every TSV data file under models/ (for integrity tests)."""
    return sorted(MODELS_DIR.rglob("*.tsv"))
