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


# --- budgets, exit codes, duplicates, damaged files (issue 12) --------------------------------------

from typer.testing import CliRunner  # noqa: E402

from unionfacts.cli import app  # noqa: E402

runner = CliRunner()


def test_run_an_article_past_its_budget_is_a_timeout_and_the_run_goes_on(tmp_path, monkeypatch):
    import unionfacts.run as run_module

    manifest = tmp_path / "batch.jsonl"
    _manifest(manifest, 1)
    original = run_module.extract_article

    def stuck_on_one(article):
        if article.doc_id.startswith("seed-002"):
            time.sleep(300)  # as an article stuck in a quadratic scan would be
        return original(article)

    monkeypatch.setattr(run_module, "extract_article", stuck_on_one)  # the forked workers inherit it
    engine = connect(f"sqlite:///{tmp_path / 'facts.db'}")
    started = time.monotonic()
    summary = run_batch([str(manifest)], engine, max_seconds=3)
    assert time.monotonic() - started < 120
    assert summary.stored == 4
    assert [(f.source.rsplit("#", 1)[1], f.reason.value) for f in summary.failed] == [("L3", "timeout")]
    with sqlite3.connect(tmp_path / "facts.db") as connection:
        assert connection.execute("SELECT reason FROM failures").fetchall() == [("timeout",)]


def test_run_budget_grows_with_the_text():
    from unionfacts.run import article_budget

    assert article_budget(5, 2_000) == 5
    assert article_budget(5, 40_000) == 20


def test_run_warm_up_loads_every_resource_loader():
    """Workers fork after warm_up: every lexicon and pattern a stage builds on first use is built by then."""
    from unionfacts.extract import dates, persons
    from unionfacts.extract import organizations as named_bodies
    from unionfacts.resolve import organizations
    from unionfacts.run import warm_up

    # _ministry_unit_heads and _sentence_case_heads: one lru_cache each (a unit's heads, read once per process)
    loaders = (persons._person_country_before, dates._anchors, organizations._bare_organ_pattern,
               named_bodies._ministry_unit_heads, named_bodies._sentence_case_heads)
    for loader in loaders:  # the warm-up text reaches none of them
        loader.cache_clear()
    warm_up()
    assert all(loader.cache_info().currsize == 1 for loader in loaders)


def _records(path, records) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_run_duplicates_are_recorded_never_silent(tmp_path):
    text_a = "Ngày 29/9, Công đoàn Công Thương Việt Nam hỗ trợ 70 tỷ đồng cho 400 đoàn viên."
    text_b = "Tháng 10/2021, Liên đoàn Lao động tỉnh trao 500 suất quà cho công nhân."
    manifest = tmp_path / "batch.jsonl"
    _records(manifest, [{"id": "a", "text": text_a}, {"id": "b", "text": text_a}, {"id": "a", "text": text_b}])
    db = tmp_path / "facts.db"
    result = runner.invoke(app, ["run", str(manifest), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "duplicate:" in result.stderr
    with sqlite3.connect(db) as connection:
        assert sorted(connection.execute("SELECT doc_id, body FROM articles")) == [("a", text_a), ("a", text_b)]
        reasons = connection.execute("SELECT source, reason, detail FROM failures ORDER BY source").fetchall()
    assert [(source.rsplit("#", 1)[1], reason) for source, reason, _ in reasons] == [("L2", "duplicate"),
                                                                                   ("L3", "duplicate")]
    assert "same text as article 'a'" in reasons[0][2] and "also names another text" in reasons[1][2]
    # the same text under a third id in a later run is recorded too; the same inputs again are skipped quietly
    later = tmp_path / "later.jsonl"
    _records(later, [{"id": "c", "text": text_a}])
    again = runner.invoke(app, ["run", str(later), "--db", str(db), "--workers", "1"])
    assert again.exit_code == 0 and "same text as article 'a'" in again.stderr
    rerun = runner.invoke(app, ["run", str(manifest), "--db", str(db), "--workers", "1"])
    assert rerun.exit_code == 0


def test_run_exit_code_is_1_when_any_input_failed(tmp_path):
    db = tmp_path / "facts.db"
    typo = runner.invoke(app, ["run", str(REPO / "corpus" / "seed-000.txt"), str(tmp_path / "seed-00O.txt"),
                               "--db", str(db), "--workers", "1"])
    assert typo.exit_code == 1
    assert "not_found" in typo.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1  # the good one is kept
    nothing = runner.invoke(app, ["run", str(tmp_path / "missing"), "--db", str(db), "--workers", "1"])
    assert nothing.exit_code == 1
    fine = runner.invoke(app, ["run", str(REPO / "corpus" / "seed-000.txt"), "--db", str(db), "--workers", "1"])
    assert fine.exit_code == 0, fine.output  # stored already: nothing failed


@pytest.mark.parametrize("db", ["", " ", ":memory:", "sqlite://", "sqlite:///:memory:",
                                "sqlite:///file::memory:?uri=true"])
def test_run_refuses_a_database_that_keeps_nothing(db):
    result = runner.invoke(app, ["run", str(REPO / "corpus" / "seed-000.txt"), "--db", db])
    assert result.exit_code == 1
    assert "keeps nothing" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def _damage(db, table: str | None) -> None:
    """Overwrite the first bytes of the root page of ``table`` (of every page after the second if None)."""
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        count = connection.execute("PRAGMA page_count").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    data = bytearray(db.read_bytes())
    for page in [root[0] - 1] if table else range(2, count):
        data[page * page_size: page * page_size + 200] = b"\xff" * 200
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("table", ["money", None], ids=["one page", "many pages"])
def test_run_refuses_to_write_into_a_damaged_database(tmp_path, table):
    db = tmp_path / "facts.db"
    first = runner.invoke(app, ["run", str(REPO / "corpus" / "seed-000.txt"), "--db", str(db), "--workers", "1"])
    assert first.exit_code == 0, first.output
    _damage(db, table)
    before = db.read_bytes()
    result = runner.invoke(app, ["run", str(REPO / "corpus" / "seed-001.txt"), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 1
    assert "damaged" in result.stderr or "not a usable SQLite database" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before


def test_run_refuses_a_file_that_is_no_database(tmp_path):
    db = tmp_path / "notes.txt"
    db.write_text("not a database, some notes\n" * 200, encoding="utf-8")
    result = runner.invoke(app, ["run", str(REPO / "corpus" / "seed-000.txt"), "--db", str(db)])
    assert result.exit_code == 1
    assert "not a usable SQLite database" in result.stderr
    assert db.read_text(encoding="utf-8").startswith("not a database")


def test_run_full_disk_is_one_line(tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    import unionfacts.store.writer as writer_module

    def full(self):
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(writer_module.RowBuffer, "flush", full)
    result = runner.invoke(app, ["run", str(REPO / "corpus" / "seed-000.txt"), "--db", str(tmp_path / "f.db"),
                                 "--workers", "1"])
    assert result.exit_code == 1
    assert "database or disk is full" in result.stderr and "run the same command again" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
