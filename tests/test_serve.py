"""datasette as the browsing UI: metadata, canned queries that return rows, accent-blind search, a real server."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from typer.testing import CliRunner

from unionfacts.cli import app
from unionfacts.serve import fold, metadata

from conftest import REPO

datasette_app = pytest.importorskip("datasette.app", reason="the serve extra (datasette) is not installed")
runner = CliRunner()


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    db = folder / "facts.db"
    result = runner.invoke(app, ["run", str(REPO / "corpus"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    prepared = runner.invoke(app, ["serve", "--db", str(db), "--prepare-only"])
    assert prepared.exit_code == 0, prepared.output
    assert "datasette serve" in prepared.stdout
    return db


def _get(database, path: str):
    """GET ``path`` from datasette in-process (plugins and metadata as `unionfacts serve` runs them)."""
    meta = json.loads(database.with_name("facts.metadata.json").read_text(encoding="utf-8"))

    async def fetch():
        instance = datasette_app.Datasette([str(database)], metadata=meta)
        return await instance.client.get(path)

    response = asyncio.run(fetch())
    assert response.status_code == 200, response.text[:500]
    return response


@pytest.mark.parametrize(("text", "folded"), [
    ("Công đoàn Công Thương", "cong doan cong thuong"),
    ("ĐÀ NẴNG", "da nang"),
    ("Trần  Quang Huy", "tran quang huy"),
    ("Uỷ ban", "uy ban"),
])
def test_serve_fold(text, folded):
    assert fold(text) == folded


def test_serve_metadata_describes_tables_and_columns():
    meta = metadata("facts")["databases"]["facts"]
    assert meta["tables"]["money"]["columns"]["currency"].startswith("ISO 4217")
    assert meta["tables"]["v_meeting_chairs"]["description"]
    assert {"who_chaired", "offices_of_person", "most_mentioned_organizations", "money_by_organizer_and_currency",
            "search_articles"} <= set(meta["queries"])


@pytest.mark.parametrize(("query", "params", "expected"), [
    ("who_chaired", "person=tran+quang+huy&organizer=", {"person": "Trần Quang Huy", "date": "2021-09-29"}),
    ("who_chaired", "person=&organizer=cong+thuong", {"meeting": "Hội nghị Ban Thường vụ mở rộng lần thứ 19"}),
    ("offices_of_person", "person=TRẦN+QUANG+HUY", {"title": "Chủ tịch",
                                                    "organization": "Công đoàn Công Thương Việt Nam"}),
    ("most_mentioned_organizations", "", {"organization": "Công đoàn Công Thương Việt Nam"}),
    ("money_by_organizer_and_currency", "", {"currency": "VND"}),
    ("search_articles", "words=cong+doan+cong+thuong", {"doc_id": "seed-000"}),
    ("search_articles", "words=Công+đoàn+Công+Thương", {"doc_id": "seed-000"}),
    ("search_articles", "words=CÔNG+ĐOÀN", {"doc_id": "seed-000"}),
])
def test_serve_canned_query_returns_rows(database, query, params, expected):
    rows = _get(database, f"/facts/{query}.json?_shape=array&{params}").json()
    assert any(expected.items() <= row.items() for row in rows), rows[:3]


def test_serve_search_that_matches_nothing_returns_no_rows(database):
    assert _get(database, "/facts/search_articles.json?_shape=array&words=xyzzyq").json() == []


def test_serve_table_search_folds_accents(database):
    rows = _get(database, "/facts/articles.json?_shape=array&_search=cong+doan+cong+thuong&_col=doc_id").json()
    assert "seed-000" in {row["doc_id"] for row in rows}


def test_serve_money_counts_a_range_once(tmp_path):
    from unionfacts.query import money_by_currency
    from unionfacts.run import run_batch
    from unionfacts.store import connect

    page = tmp_path / "range.txt"
    page.write_text("Quỹ hỗ trợ\nCông đoàn Công Thương Việt Nam trao từ 5 đến 10 triệu đồng cho mỗi gia đình. "
                    "Công đoàn Công Thương Việt Nam trao thêm 2 triệu đồng.\n", encoding="utf-8")
    engine = connect(f"sqlite:///{tmp_path / 'range.db'}")
    run_batch([str(page)], engine)
    with engine.connect() as connection:
        bounds = sorted(row[0] or "" for row in connection.exec_driver_sql("SELECT bound FROM money"))
    assert bounds == ["", "high", "low"], "the sentence should give a range and one amount"
    vnd = money_by_currency(engine).set_index("currency").loc["VND"]
    assert (vnd["amounts"], vnd["total_min"], vnd["total_max"]) == (2, 7_000_000, 12_000_000)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_starts_datasette_and_answers(database):
    port = _free_port()
    command = [sys.executable, "-m", "unionfacts", "serve", "--db", str(database), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                               env={**os.environ, "HF_HUB_OFFLINE": "1"})
    try:
        url = f"http://127.0.0.1:{port}/facts/who_chaired.json?_shape=array&person=Huy&organizer="
        deadline, rows = time.monotonic() + 60, None
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    rows = json.loads(response.read())
                break
            except OSError:
                time.sleep(0.3)
        assert rows and rows[0]["person"] == "Trần Quang Huy", process.stderr.read().decode() if rows is None else rows
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
