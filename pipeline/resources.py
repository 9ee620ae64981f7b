"""The one loader for language data in ``models/``: read lazily, once per process.

The data is package data: an installed wheel carries it as ``unionfacts/models/`` and it
is read through ``importlib.resources``, so the package works from any folder. A source
checkout (the editable install of ``make install``) has no such folder inside
``pipeline/`` and reads the repository's top-level ``models/``. ``UNIONFACTS_MODELS``
points at another copy of the data (to try an edited lexicon without reinstalling).
"""

from __future__ import annotations

import csv
import os
import unicodedata
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

_CHECKOUT_MODELS = Path(__file__).resolve().parent.parent / "models"


def _models_root() -> Traversable:
    override = os.environ.get("UNIONFACTS_MODELS")
    if override:
        return Path(override)
    packaged = files("unionfacts") / "models"
    if packaged.is_dir():
        return packaged
    return _CHECKOUT_MODELS


# A Path for a wheel installed in site-packages and for a checkout; a Traversable (for
# example inside a zip) otherwise, which is all the readers below need.
MODELS_DIR = _models_root()


class DataError(ValueError):
    """A data file under models/ is malformed."""


@lru_cache(maxsize=None)
def read_table(relative_path: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV file under models/ (header row, ``#`` comment lines), NFC-normalized."""
    resource = MODELS_DIR.joinpath(*relative_path.split("/"))
    with resource.open("r", encoding="utf-8", newline="") as handle:
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


def data_files() -> list[Traversable]:
    """Every TSV data file under models/ (for the integrity tests)."""
    found = []
    stack = [MODELS_DIR]
    while stack:
        folder = stack.pop()
        for entry in folder.iterdir():
            if entry.is_dir():
                stack.append(entry)
            elif entry.name.endswith(".tsv"):
                found.append(entry)
    return sorted(found, key=str)
