"""Every language data file under models/ parses, is NFC, and has no duplicate or empty keys."""

from __future__ import annotations

import csv
import unicodedata

import pytest

from unionfacts.resources import MODELS_DIR, data_files

FILES = data_files()


def test_data_integrity_files_exist():
    assert len(FILES) >= 5
    assert (MODELS_DIR / "README.md").exists()


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(MODELS_DIR)) for p in FILES])
def test_data_integrity_file_is_clean(path):
    raw = path.read_text(encoding="utf-8")
    assert raw == unicodedata.normalize("NFC", raw), f"{path} is not NFC"
    lines = [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = rows[0], rows[1:]
    assert body, f"{path} has no rows"
    assert all(len(row) == len(header) for row in body), f"{path} has rows with the wrong number of columns"
    keys = [row[0].strip() for row in body]
    assert all(keys), f"{path} has an empty key"
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    assert not duplicates, f"{path} repeats keys {duplicates}"
    assert all(value == value.strip() for row in body for value in row), f"{path} has stray spaces"


@pytest.mark.parametrize("folder", sorted({p.parent for p in FILES}), ids=lambda p: str(p.relative_to(MODELS_DIR)))
def test_data_integrity_folder_has_readme(folder):
    assert (folder / "README.md").exists(), f"{folder} has no README saying where its data came from"


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(MODELS_DIR)) for p in FILES])
def test_data_integrity_file_is_described_in_its_readme(path):
    readme = (path.parent / "README.md").read_text(encoding="utf-8")
    assert path.name in readme, f"{path.parent}/README.md does not say what {path.name} holds and where it came from"
