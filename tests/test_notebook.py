"""The notebook: committed with its outputs, and executed top to bottom (nbclient) on a database built here."""

from __future__ import annotations

import importlib.util

import nbformat
import pytest

from unionfacts.run import run_batch
from unionfacts.store import connect

from conftest import REPO

pytest.importorskip("nbclient", reason="the notebook extra (nbclient, ipykernel, matplotlib) is not installed")
NOTEBOOK = REPO / "notebooks" / "explore.ipynb"


def _execute_module():
    spec = importlib.util.spec_from_file_location("execute_notebook", REPO / "scripts" / "execute_notebook.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _images(notebook) -> int:
    return sum("image/png" in output.get("data", {}) for cell in notebook.cells for output in cell.get("outputs", []))


def _check_executed(notebook) -> None:
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1)), "not run top to bottom"
    assert all(cell.outputs for cell in code), "a code cell has no output"
    assert not [o for cell in code for o in cell.outputs if o.output_type == "error"]
    assert _images(notebook) >= 3  # meetings per month, offices over time, money per currency


def test_notebook_is_committed_with_its_outputs():
    _check_executed(nbformat.read(NOTEBOOK, as_version=4))


def test_notebook_executes_top_to_bottom(tmp_path, monkeypatch):
    database = tmp_path / "facts.db"
    run_batch([str(REPO / "corpus")], connect(f"sqlite:///{database}"))
    monkeypatch.setenv("UNIONFACTS_DB", str(database))
    notebook = _execute_module().execute(NOTEBOOK)
    _check_executed(notebook)
    text = "".join(output.get("data", {}).get("text/plain", "") for cell in notebook.cells
                   for output in cell.get("outputs", []))
    assert "Trần Quang Huy" in text and "Hội nghị Ban Thường vụ mở rộng lần thứ 19" in text
