"""Two runs writing into one database at once: both succeed, every article is stored once."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from conftest import REPO, read_jsonl

ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}


def _manifest(path, copies: range) -> set[str]:
    """Copies of the seeds, each with its own first line (so its own text and id)."""
    seeds = read_jsonl(REPO / "corpus" / "gold" / "seeds.jsonl")
    ids = set()
    with path.open("w", encoding="utf-8") as handle:
        for copy in copies:
            for seed in seeds:
                record = {"id": f"{seed['id']}-{copy}", "text": f"Bản số {copy} của {seed['id']}\n{seed['text']}",
                          "published": seed["published"]}
                ids.add(record["id"])
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return ids


def _run_together(db, manifests) -> list[subprocess.CompletedProcess]:
    processes = [subprocess.Popen([sys.executable, "-m", "unionfacts.cli", "run", str(manifest), "--db", str(db),
                                   "--workers", "1", "--batch-size", "3"],
                                  env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for manifest in manifests]
    results = []
    for process in processes:
        stdout, stderr = process.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr))
    return results


@pytest.mark.parametrize("existing", [False, True], ids=["new database", "existing database"])
def test_concurrency_two_runs_at_once_store_every_article_once(tmp_path, existing):
    db = tmp_path / "facts.db"
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    expected = _manifest(first, range(0, 5)) | _manifest(second, range(2, 7))  # copies 2-4 in both
    if existing:
        seed = tmp_path / "seed.jsonl"
        expected |= _manifest(seed, range(100, 101))
        done = subprocess.run([sys.executable, "-m", "unionfacts.cli", "run", str(seed), "--db", str(db),
                               "--workers", "1"], env=ENV, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    results = _run_together(db, [first, second])
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    with sqlite3.connect(db) as connection:
        ids = [row[0] for row in connection.execute("SELECT doc_id FROM articles")]
        hashes = [row[0] for row in connection.execute("SELECT content_hash FROM articles")]
        failures = connection.execute("SELECT source, reason, detail FROM failures").fetchall()
        orphans = connection.execute(
            "SELECT COUNT(*) FROM money WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
    assert sorted(ids) == sorted(expected), "every article once"
    assert len(set(hashes)) == len(hashes)
    assert failures == []
    assert orphans == 0


def test_concurrency_locked_header_is_tried_again():
    """Two runs creating one database: changing its journal mode can fail at once with "database is
    locked" (SQLite's busy timeout does not cover it); it is tried again, other errors are not."""
    import sqlite3

    from unionfacts.store import database

    tries = []

    def locked_twice():
        tries.append(1)
        if len(tries) < 3:
            raise sqlite3.OperationalError("database is locked")
        return "done"

    assert database._while_locked(locked_twice) == "done" and len(tries) == 3

    def broken():
        raise sqlite3.OperationalError("file is not a database")

    with pytest.raises(sqlite3.OperationalError):
        database._while_locked(broken)
