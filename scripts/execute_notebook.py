"""Execute a notebook top to bottom and save it with its outputs (``make notebook``).

Runs in the notebook's folder against ``$UNIONFACTS_DB`` or ``../data/facts.db`` (which
``make run`` builds from the seed articles), and drops nbclient's timing metadata so that a
re-run changes only what the outputs show.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def execute(path: Path, timeout: int = 600) -> nbformat.NotebookNode:
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    return notebook


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", type=Path, nargs="?", default=Path("notebooks/explore.ipynb"))
    arguments = parser.parse_args()
    nbformat.write(execute(arguments.notebook.resolve()), arguments.notebook)


if __name__ == "__main__":
    main()
