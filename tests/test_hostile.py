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
