"""Untrusted text stays data; read-only commands never write; failures are never reported as success."""

from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest
from typer.testing import CliRunner

from unionfacts.cli import app, printable
from unionfacts.export import neutralize_formulas

runner = CliRunner()

HOSTILE_ID = "[/x][link=http://evil.example]bấm[/link]:smile:"
HOSTILE_TITLE = "=HYPERLINK(\"http://evil.example\",\"xem\")"
TEXT = ("Ngày 29/9/2021, Công đoàn Công Thương Việt Nam tổ chức Hội nghị, hỗ trợ 70 tỷ đồng cho 400 đoàn viên.\n"
        "Đồng chí Nguyễn Văn An, Chủ tịch Công đoàn Công Thương Việt Nam chủ trì Hội nghị.")


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    manifest = folder / "batch.jsonl"
    records = [{"id": HOSTILE_ID, "title": HOSTILE_TITLE, "text": TEXT, "published": "2021-09-30"},
               {"id": "@SUM(1+1)", "title": "-2+3", "text": "Tháng 10/2021, hỗ trợ 5 tỷ đồng cho 90 người.",
                "published": "2021-10-02"}]
    manifest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = folder / "facts.db"
    result = runner.invoke(app, ["run", str(manifest), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize("command", [["query", "money"], ["query", "dates"], ["query", "counts"],
                                     ["query", "documents"], ["query", "meetings"]])
def test_hostile_markup_in_data_is_printed_as_text(hostile_db, command):
    result = runner.invoke(app, [*command, "--db", str(hostile_db)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    if command[1] in ("money", "dates", "counts"):
        assert HOSTILE_ID in result.stdout


def test_hostile_control_characters_are_written_out():
    assert printable("a\x1b]8;;http://x\x07b") == "a\\x1b]8;;http://x\\x07b"
    assert printable("tab\tand\nnewline") == "tab\tand\nnewline"


def test_hostile_csv_cells_that_are_formulas_are_neutralized():
    import pandas as pd

    frame = pd.DataFrame({"text": ["=1+1", "+1", "-x", "@A1", "\tx", "\rx", "ok", None, "a=b"], "n": range(-4, 5)})
    cells = neutralize_formulas(frame)
    assert list(cells["text"][:7]) == ["'=1+1", "'+1", "'-x", "'@A1", "'\tx", "'\rx", "ok"]
    assert pd.isna(cells["text"][7]) and cells["text"][8] == "a=b"
    assert list(cells["n"]) == list(range(-4, 5))  # numbers stay numbers


def _csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_hostile_query_csv_neutralizes_and_raw_opts_out(hostile_db):
    safe = runner.invoke(app, ["query", "money", "--db", str(hostile_db), "--format", "csv"])
    assert safe.exit_code == 0, safe.output
    cells = _csv_cells(safe.stdout)
    assert "'@SUM(1+1)" in cells and "'-2+3" in cells
    assert not any(cell[:1] in "=+-@" for cell in cells if cell and not cell.lstrip("-").replace(".", "").isdigit())
    raw = runner.invoke(app, ["query", "money", "--db", str(hostile_db), "--format", "csv", "--raw"])
    assert "@SUM(1+1)" in _csv_cells(raw.stdout)


def test_hostile_export_csv_neutralizes_and_raw_opts_out(hostile_db, tmp_path):
    result = runner.invoke(app, ["export", "--db", str(hostile_db), "--format", "csv", "--out", str(tmp_path / "safe")])
    assert result.exit_code == 0, result.output
    cells = _csv_cells((tmp_path / "safe" / "articles.csv").read_text(encoding="utf-8"))
    assert "'" + HOSTILE_TITLE in cells and "'@SUM(1+1)" in cells and "'-2+3" in cells
    raw = runner.invoke(app, ["export", "--db", str(hostile_db), "--format", "csv", "--raw", "--out", str(tmp_path / "raw")])
    assert raw.exit_code == 0, raw.output
    assert HOSTILE_TITLE in _csv_cells((tmp_path / "raw" / "articles.csv").read_text(encoding="utf-8"))


# --- export --out: no overwrite without --force, no link followed, one-line errors -------------------


def test_hostile_export_refuses_to_overwrite_without_force(hostile_db, tmp_path):
    out = tmp_path / "out"
    first = runner.invoke(app, ["export", "--db", str(hostile_db), "--out", str(out)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["export", "--db", str(hostile_db), "--out", str(out)])
    assert again.exit_code == 1
    assert "--force" in again.stderr and len(again.stderr.strip().splitlines()) == 1
    forced = runner.invoke(app, ["export", "--db", str(hostile_db), "--out", str(out), "--force"])
    assert forced.exit_code == 0, forced.output


def test_hostile_export_out_is_a_file_is_one_line(hostile_db, tmp_path):
    existing = tmp_path / "existing.txt"
    existing.write_text("keep me", encoding="utf-8")
    result = runner.invoke(app, ["export", "--db", str(hostile_db), "--out", str(existing)])
    assert result.exit_code == 1
    assert "not a folder" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert existing.read_text(encoding="utf-8") == "keep me"


def test_hostile_export_never_follows_a_link(hostile_db, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "facts.jsonl").symlink_to(victim)
    refused = runner.invoke(app, ["export", "--db", str(hostile_db), "--out", str(out)])
    assert refused.exit_code == 1 and "--force" in refused.stderr
    forced = runner.invoke(app, ["export", "--db", str(hostile_db), "--out", str(out), "--force"])
    assert forced.exit_code == 0, forced.output
    assert victim.read_text(encoding="utf-8") == "keep me"  # the link was replaced, not written through
    assert not (out / "facts.jsonl").is_symlink()
    linked = tmp_path / "linked"
    linked.symlink_to(out)
    result = runner.invoke(app, ["export", "--db", str(hostile_db), "--out", str(linked), "--force"])
    assert result.exit_code == 1 and "symbolic link" in result.stderr


def test_hostile_export_full_disk_is_one_line(hostile_db, tmp_path, monkeypatch):
    import errno

    import pandas as pd

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pd.DataFrame, "to_csv", full)
    result = runner.invoke(app, ["export", "--db", str(hostile_db), "--format", "csv", "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not list((tmp_path / "o").iterdir())  # no half-written file left behind


# --- read-only commands never write ---------------------------------------------------------------

READ_COMMANDS = [["query", "money"], ["query", "counts", "--format", "csv"], ["query", "dates", "--format", "json"],
                 ["query", "person", "Nguyễn Văn An"], ["query", "chairs"], ["query", "meetings"],
                 ["query", "documents"], ["query", "officials"]]


def _fingerprint(db):
    import hashlib

    return hashlib.sha256(db.read_bytes()).hexdigest(), db.stat().st_mtime_ns


@pytest.fixture()
def settled_db(hostile_db, tmp_path):
    """A copy of the database with its WAL folded into the file, as an archived database is."""
    import shutil
    import sqlite3

    copy = tmp_path / "archived.db"
    shutil.copy(hostile_db, copy)
    for suffix in ("-wal", "-shm"):
        if (hostile_db.parent / (hostile_db.name + suffix)).exists():
            shutil.copy(hostile_db.parent / (hostile_db.name + suffix), tmp_path / ("archived.db" + suffix))
    with sqlite3.connect(copy) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return copy


def test_hostile_read_commands_leave_the_file_as_it_was(settled_db, tmp_path):
    before = _fingerprint(settled_db)
    for command in READ_COMMANDS:
        result = runner.invoke(app, [*command, "--db", str(settled_db)])
        assert result.exit_code == 0, (command, result.output)
    for fmt in ("csv", "jsonl", "parquet"):
        result = runner.invoke(app, ["export", "--db", str(settled_db), "--format", fmt, "--out", str(tmp_path / fmt)])
        assert result.exit_code == 0, result.output
    assert _fingerprint(settled_db) == before


def test_hostile_reader_cannot_write(settled_db):
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from unionfacts.store.database import connect

    engine = connect(str(settled_db), create=False, read_only=True)
    with pytest.raises(OperationalError, match="readonly"):
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM failures"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and writes files whatever their mode")
def test_hostile_query_works_on_a_read_only_file(settled_db):
    folder = settled_db.parent
    for path in folder.iterdir():
        path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = runner.invoke(app, ["query", "money", "--db", str(settled_db)])
        assert result.exit_code == 0, result.output
    finally:
        folder.chmod(stat.S_IRWXU)


def test_hostile_query_on_a_database_of_an_older_version_says_so_and_writes_nothing(settled_db):
    import sqlite3

    with sqlite3.connect(settled_db) as connection:
        connection.execute("PRAGMA user_version = 0")  # as a database made before views were versioned
        connection.execute("DROP VIEW v_money")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _fingerprint(settled_db)
    result = runner.invoke(app, ["query", "money", "--db", str(settled_db)])
    assert result.exit_code == 1 and "unionfacts run" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _fingerprint(settled_db) == before
    migrate = runner.invoke(app, ["run", str(settled_db.parent / "nothing-new"), "--db", str(settled_db)])
    assert migrate.exit_code == 1  # the input is missing, but the schema is migrated on the way
    again = runner.invoke(app, ["query", "money", "--db", str(settled_db)])
    assert again.exit_code == 0, again.output


def test_hostile_views_are_made_once_not_per_connection(tmp_path):
    import sqlite3

    from unionfacts.store.database import connect

    db = tmp_path / "facts.db"
    connect(str(db)).dispose()
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE marker (x)")  # a change the next writer must not undo
        before = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY name").fetchall()
    connect(str(db)).dispose()
    with sqlite3.connect(db) as connection:
        after = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY name").fetchall()
        schema_version = connection.execute("PRAGMA schema_version").fetchone()[0]
    assert before == after and len(after) >= 10
    connect(str(db)).dispose()
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA schema_version").fetchone()[0] == schema_version  # no DDL at all
