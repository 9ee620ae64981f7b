"""The wheel as a user installs it: built from the repository, installed in a clean venv, run from elsewhere.

The clean venv sees the project venv's dependencies (linked in through a ``.pth`` file,
without the editable ``unionfacts`` itself), so the test needs no network and installs in
seconds; the wheel itself goes in with ``pip install --no-deps``, and ``pip check``
confirms every dependency it declares is there.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

from conftest import REPO

SOURCES = ("pyproject.toml", "README.md", "pipeline", "models")


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _run(command: list[str], cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "UNIONFACTS_MODELS"}}
    env["HF_HUB_OFFLINE"] = "1"
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, **kwargs)


def _expected_packages() -> set[str]:
    """Every package the wheel must carry: the code folders and the data folders."""
    config = _pyproject()["tool"]["setuptools"]
    expected = set()
    for name, folder in config["package-dir"].items():
        root = REPO / folder
        for path in [root, *sorted(p for p in root.rglob("*") if p.is_dir())]:
            if path.name == "__pycache__":
                continue
            is_code = (path / "__init__.py").exists()
            is_data = any(path.glob("*.tsv")) or any(path.glob("*.md"))
            if is_code or is_data:
                relative = path.relative_to(root).parts
                expected.add(".".join((name, *relative)))
    return expected


def test_packaging_package_list_names_every_package():
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    assert _expected_packages() == listed


def test_packaging_package_data_covers_every_data_file():
    patterns = _pyproject()["tool"]["setuptools"]["package-data"]["*"]
    suffixes = {pattern.removeprefix("*") for pattern in patterns}
    data = [p for p in (REPO / "models").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert data and all(path.suffix in suffixes for path in data), "a file under models/ would miss the wheel"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin folder of a clean venv with the freshly built wheel installed."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    source.mkdir()
    for name in SOURCES:
        origin = REPO / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(origin, source / name)
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                  "-w", str(root / "dist"), str(source)], cwd=root)
    assert built.returncode == 0, built.stdout + built.stderr
    wheel = next((root / "dist").glob("unionfacts-*.whl"))

    env_dir = root / "venv"
    venv.create(env_dir, with_pip=False, clear=True)
    python = env_dir / "bin" / "python"
    # The project's dependencies, without the project itself: a folder of links, on the new venv's path.
    dependencies = root / "dependencies"
    dependencies.mkdir()
    project_site = Path(site.getsitepackages()[0])
    for entry in project_site.iterdir():
        if not entry.name.startswith(("unionfacts", "__editable__", "_unionfacts")) and entry.suffix != ".pth":
            (dependencies / entry.name).symlink_to(entry)
    target_site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                            cwd=root).stdout.strip())
    (target_site / "project_dependencies.pth").write_text(f"{dependencies}\n", encoding="utf-8")

    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    install = _run([*pip, "install", "--no-deps", "--no-index", str(wheel)], cwd=root)
    assert install.returncode == 0, install.stdout + install.stderr
    check = _run([*pip, "check"], cwd=root)
    assert check.returncode == 0, check.stdout + check.stderr
    return env_dir / "bin"


@pytest.fixture()
def elsewhere(tmp_path) -> Path:
    """A folder far from the repository, holding one article."""
    shutil.copy2(REPO / "corpus" / "seed-000.txt", tmp_path / "article.txt")
    return tmp_path


def test_packaging_wheel_imports_from_site_packages_with_its_data(installed, elsewhere):
    probe = "import unionfacts, unionfacts.resources as r; print(unionfacts.__file__); print(r.MODELS_DIR)"
    result = _run([str(installed / "python"), "-c", probe], cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    module, models = result.stdout.splitlines()
    assert "site-packages" in module and not module.startswith(str(REPO))
    assert models.endswith(os.path.join("unionfacts", "models")) and not models.startswith(str(REPO))


def test_packaging_wheel_extract_runs_from_another_folder(installed, elsewhere):
    result = _run([str(installed / "unionfacts"), "extract", "article.txt"], cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert any(m["amount"] == 70_000_000_000 and m["currency"] == "VND" for m in facts["money"])
    assert any(person["name"] == "Trần Quang Huy" for person in facts["persons"])


def test_packaging_wheel_run_and_query_chairs_from_another_folder(installed, elsewhere):
    ran = _run([str(installed / "unionfacts"), "run", ".", "--db", "facts.db", "--workers", "1"], cwd=elsewhere)
    assert ran.returncode == 0, ran.stderr
    assert (elsewhere / "facts.db").exists()
    chairs = _run([str(installed / "unionfacts"), "query", "chairs", "--db", "facts.db", "--format", "json"],
                  cwd=elsewhere)
    assert chairs.returncode == 0, chairs.stderr
    rows = json.loads(chairs.stdout)
    assert [(row["person"], row["date"]) for row in rows] == [("Trần Quang Huy", "2021-09-29")]


def test_packaging_python_dash_m_unionfacts(installed, elsewhere):
    result = _run([str(installed / "python"), "-m", "unionfacts", "--help"], cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert "extract" in result.stdout and "query" in result.stdout
