"""Researchers' view of officials and organizations: each office once, accent-insensitive
search, former offices told apart, organizations by how often they are named."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from unionfacts.cli import app
from unionfacts.query import search_key

runner = CliRunner()

# Three articles of our own: the same office twice, a former office, two organizations.
ARTICLES = [
    {"id": "a1", "date": "2020-03-02",
     "text": "Sáng 2/3, ông Trần Quang Huy, Chủ tịch Công đoàn Công Thương Việt Nam, làm việc với LĐLĐ tỉnh "
             "Quảng Ninh. Ông Đỗ Mạnh Hùng, nguyên Chủ tịch Công đoàn Công Thương Việt Nam, cùng dự."},
    {"id": "a2", "date": "2021-05-10",
     "text": "Chủ tịch Công đoàn Công Thương Việt Nam Trần Quang Huy trao quà cho công nhân. "
             "Công đoàn Công Thương Việt Nam đã hỗ trợ 400 suất quà."},
    {"id": "a3", "date": "2021-06-01",
     "text": "Đồng chí Đỗ Mạnh Hùng, Phó Chủ tịch LĐLĐ tỉnh Quảng Ninh, phát biểu tại hội nghị."},
    # A title without its body: one known body takes it, two known bodies leave it apart.
    {"id": "a4", "date": "2021-07-01", "text": "Chủ tịch Trần Quang Huy phát biểu tại buổi gặp mặt công nhân."},
    {"id": "a5", "date": "2021-07-02", "text": "Bà Nguyễn Thị Lan, Chủ tịch Công đoàn Giáo dục Việt Nam, dự lễ."},
    {"id": "a6", "date": "2021-07-03",
     "text": "Bà Nguyễn Thị Lan, Chủ tịch LĐLĐ tỉnh Nam Định, dự lễ. Chủ tịch Nguyễn Thị Lan trao quà cho công nhân."},
]


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    folder = tmp_path_factory.mktemp("officials")
    manifest = folder / "articles.jsonl"
    manifest.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    db = str(folder / "facts.db")
    result = runner.invoke(app, ["run", str(manifest), "--db", db])
    assert result.exit_code == 0, result.output
    return db


def _rows(args: list[str]) -> list[dict]:
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if result.stdout.strip() else []  # --format json: one array


@pytest.mark.parametrize(("written", "key"), [
    ("Trần Quang Huy", "tran quang huy"),
    ("ĐỖ MẠNH HÙNG", "do manh hung"),
    ("Nguyễn Văn Thuỷ", "nguyen van thuy"),
    ("LĐLĐ TP.HCM", "ldld tp hcm"),
])
def test_query_search_key_folds_case_accents_and_d(written, key):
    assert search_key(written) == key


def test_query_person_lists_each_office_once_with_first_and_last_date(database):
    rows = _rows(["query", "person", "tran quang huy", "--db", database])
    assert len(rows) == 1
    row = rows[0]
    assert (row["person"], row["title"], row["organization"]) == ("Trần Quang Huy", "Chủ tịch",
                                                                   "Công đoàn Công Thương Việt Nam")
    assert (row["first_published"][:10], row["last_published"][:10], row["articles"]) == ("2020-03-02", "2021-07-01", 3)
    assert row["former"] is False and "Trần Quang Huy" in row["evidence"]


def test_query_person_bare_title_joins_the_one_body_known_for_it(database):
    rows = _rows(["query", "person", "nguyen thi lan", "--db", database])
    offices = {(row["title"], row["organization"]) for row in rows}
    assert offices == {("Chủ tịch", "Công đoàn Giáo dục Việt Nam"), ("Chủ tịch", "Liên đoàn Lao động tỉnh Nam Định"),
                       ("Chủ tịch", None)}


def test_query_person_tells_former_offices_apart(database):
    rows = _rows(["query", "person", "Do Manh Hung", "--db", database])
    offices = {(row["title"], row["organization"], row["former"]) for row in rows}
    assert offices == {("Chủ tịch", "Công đoàn Công Thương Việt Nam", True),
                       ("Phó Chủ tịch", "Liên đoàn Lao động tỉnh Quảng Ninh", False)}


def test_query_person_partial_name_is_whole_words(database):
    assert _rows(["query", "person", "Huy", "--db", database])
    assert not _rows(["query", "person", "Hu", "--db", database])


def test_query_officials_marks_former(database):
    rows = _rows(["query", "officials", "--org", "cong thuong", "--db", database])
    assert {(row["person"], row["former"]) for row in rows} == {("Trần Quang Huy", False), ("Đỗ Mạnh Hùng", True)}


def test_query_organizations_counts_mentions_most_first(database):
    rows = _rows(["query", "organizations", "--db", database])
    counts = {row["organization"]: (row["articles"], row["mentions"]) for row in rows}
    assert counts["Công đoàn Công Thương Việt Nam"] == (2, 4)
    assert rows[0]["organization"] == "Công đoàn Công Thương Việt Nam"
    assert [row["mentions"] for row in rows] == sorted((row["mentions"] for row in rows), reverse=True)


def test_query_organizations_by_name_ignores_accents(database):
    rows = _rows(["query", "organizations", "--name", "quang ninh", "--db", database])
    assert [row["organization"] for row in rows] == ["Liên đoàn Lao động tỉnh Quảng Ninh"]


def test_store_former_column_added_to_an_older_database(tmp_path):
    import sqlite3

    from unionfacts.store.database import connect

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE roles (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("INSERT INTO roles (title) VALUES ('Chủ tịch')")
    connect(str(path))
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT title, former FROM roles").fetchall() == [("Chủ tịch", 0)]
