"""Batches: killed and resumed without loss or duplicates, parallel and Dask runs equal a local run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from unionfacts.run import run_batch
from unionfacts.store import connect

from conftest import REPO, read_jsonl
from test_store import _dump


def _manifest(path, copies: int) -> int:
    """A manifest of the seeds, each repeated with a distinct last line (so a distinct article)."""
    seeds = read_jsonl(REPO / "corpus" / "gold" / "seeds.jsonl")
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(copies):
            for seed in seeds:
                record = {"id": f"{seed['id']}-{copy}", "text": f"Bản số {copy} của {seed['id']}\n{seed['text']}",
                          "published": seed["published"]}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return copies * len(seeds)


def _articles(db) -> int:
    try:
        with sqlite3.connect(db) as connection:
            return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_run_killed_and_resumed_loses_nothing_and_redoes_nothing(tmp_path):
    manifest = tmp_path / "batch.jsonl"
    total = _manifest(manifest, 12)
    db = tmp_path / "facts.db"
    command = [sys.executable, "-m", "unionfacts.cli", "run", str(manifest), "--db", str(db), "--workers", "1",
               "--batch-size", "5"]
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _articles(db) < 10 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    committed = _articles(db)
    assert 10 <= committed < total, "the run should be killed part-way through"

    resumed = subprocess.run([*command, "--workers", "2"], env=env, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    with sqlite3.connect(db) as connection:
        ids = [row[0] for row in connection.execute("SELECT doc_id FROM articles")]
    assert len(ids) == total and len(set(ids)) == total
    skipped_row = next(line for line in resumed.stdout.splitlines() if "skipped" in line)
    assert skipped_row.split()[-2] == str(committed), "committed articles are not redone"


def test_run_dask_local_cluster_builds_the_local_database(tmp_path):
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    manifest = tmp_path / "batch.jsonl"
    _manifest(manifest, 1)
    local = connect(f"sqlite:///{tmp_path / 'local.db'}")
    run_batch([str(manifest)], local)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            remote = connect(f"sqlite:///{tmp_path / 'dask.db'}")
            summary = run_batch([str(manifest)], remote, executor=client.get_executor())
            assert summary.stored == 5 and not summary.failed
            from typer.testing import CliRunner

            from unionfacts.cli import app

            result = CliRunner().invoke(app, ["run", str(manifest), "--db", str(tmp_path / "cli.db"), "--executor",
                                              "dask", "--scheduler", cluster.scheduler_address])
            assert result.exit_code == 0, result.output
    assert _dump(local) == _dump(remote)
    assert _dump(local) == _dump(connect(f"sqlite:///{tmp_path / 'cli.db'}"))


def test_run_a_row_the_database_refuses_fails_its_article_only(tmp_path, monkeypatch):
    import unionfacts.run as run_module
    from unionfacts.types import Money

    manifest = tmp_path / "batch.jsonl"
    _manifest(manifest, 1)
    original = run_module.extract_article

    def with_a_bad_row(article):
        result = original(article)
        if article.doc_id.startswith("seed-002"):  # an empty span: the CHECK constraint refuses it
            result.mentions["money"] = [(0, Money(start=5, end=5, text="", amount=1, currency="VND"))]
        return result

    monkeypatch.setattr(run_module, "extract_article", with_a_bad_row)
    engine = connect(f"sqlite:///{tmp_path / 'facts.db'}")
    summary = run_batch([str(manifest)], engine)
    assert summary.stored == 4
    assert [failure.reason.value for failure in summary.failed] == ["pipeline_error"]
    with sqlite3.connect(tmp_path / "facts.db") as connection:
        assert connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 4
        assert connection.execute("SELECT COUNT(*) FROM failures").fetchone()[0] == 1
        assert connection.execute("SELECT COUNT(*) FROM money WHERE start = \"end\"").fetchone()[0] == 0
