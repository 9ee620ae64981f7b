"""`query chairs` / `query meetings` over archives where some articles have no publication date.

An undated article's meeting has a day of unknown year ("XXXX-06-27"); it cannot be placed in a
period, so --since/--until leave it out, say so, and --include-undated shows it. A --since that
is no date is a one-line usage error (exit 2). Articles written for this test.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from unionfacts.cli import app
from unionfacts.query import DateBoundError, chairs, check_date_bound, meetings
from unionfacts.store.database import connect

runner = CliRunner()

ARTICLES = [
    {"id": "dated-2021", "published": "2021-03-06",
     "text": "Liên đoàn Lao động tỉnh Bắc Giang tổ chức hội nghị tổng kết\nSáng 5/3, Liên đoàn Lao động tỉnh Bắc Giang "
             "tổ chức hội nghị tổng kết công tác năm 2020. Ông Trần Văn Bình, Chủ tịch Liên đoàn Lao động tỉnh Bắc "
             "Giang, chủ trì hội nghị."},
    {"id": "dated-2019", "published": "2019-11-20",
     "text": "Công đoàn ngành Y tế họp bàn về nhà ở\nChiều 19/11, Công đoàn ngành Y tế tổ chức cuộc họp bàn về nhà ở "
             "cho người lao động. Bà Lê Thị Hạnh, Chủ tịch Công đoàn ngành Y tế, chủ trì cuộc họp."},
    {"id": "undated", "published": None,
     "text": "Hội đồng Tiền lương quốc gia họp phiên thứ nhất\nNgày 27/6, phiên họp thứ nhất của Hội đồng Tiền lương "
             "quốc gia đã diễn ra tại Hà Nội dưới sự chủ trì của Chủ tịch Hội đồng Tiền lương quốc gia Phạm Minh "
             "Đức."},
]


@pytest.fixture(scope="module")
def archive_database(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    manifest = folder / "articles.jsonl"
    manifest.write_text("\n".join(json.dumps(article, ensure_ascii=False) for article in ARTICLES) + "\n",
                        encoding="utf-8")
    db = str(folder / "facts.db")
    result = runner.invoke(app, ["run", str(manifest), "--db", db])
    assert result.exit_code == 0, result.output
    return db


def _dates(frame) -> list[str]:
    return sorted(str(value) for value in frame["date"])


def test_query_meetings_archive_has_every_meeting(archive_database):
    assert _dates(meetings(connect(archive_database))) == ["2019-11-19", "2021-03-05", "XXXX-06-27"]


@pytest.mark.parametrize(("since", "until", "include", "expected", "left_out"), [
    ("2021-01-01", None, False, ["2021-03-05"], 1),
    ("2021", None, False, ["2021-03-05"], 1),
    (None, "2020-12-31", False, ["2019-11-19"], 1),
    ("2019-11", "2019-11", False, ["2019-11-19"], 1),
    ("2021-01-01", None, True, ["2021-03-05", "XXXX-06-27"], 0),
    (None, None, False, ["2019-11-19", "2021-03-05", "XXXX-06-27"], 0),
])
def test_query_chairs_period_counts_undated(archive_database, since, until, include, expected, left_out):
    frame = chairs(connect(archive_database), since=since, until=until, include_undated=include)
    assert _dates(frame) == expected
    assert frame.attrs["undated_left_out"] == left_out


@pytest.mark.parametrize("value", ["not-a-date", "2021-13-01", "2021-02-30", "21-01-01", "2021/01/01", ""])
def test_query_check_date_bound_rejects(value):
    with pytest.raises(DateBoundError):
        check_date_bound(value, "--since")


def test_query_chairs_run_of_days_overlaps_period():
    from unionfacts.query import _in_period

    assert _in_period("2017-06-06/2017-06-08", "2017-06-07", None)
    assert _in_period("2017-06-06/2017-06-08", None, "2017-06-06")
    assert not _in_period("2017-06-06/2017-06-08", "2017-06-09", None)
    assert _in_period("2021-06", "2021-06-15", "2021-06-20")


def test_cli_query_chairs_bad_since_is_one_line_usage_error(archive_database):
    result = runner.invoke(app, ["query", "chairs", "--since", "not-a-date", "--db", archive_database])
    assert result.exit_code == 2
    assert "not-a-date" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_cli_query_meetings_bad_until_is_usage_error_before_the_database():
    result = runner.invoke(app, ["query", "meetings", "--until", "2021-02-30", "--db", "/nonexistent/facts.db"])
    assert result.exit_code == 2
    assert "2021-02-30" in result.stderr


def test_cli_query_chairs_says_how_many_undated_were_left_out(archive_database):
    result = runner.invoke(app, ["query", "chairs", "--since", "2021-01-01", "--db", archive_database,
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [row["person"] for row in json.loads(result.stdout)] == ["Trần Văn Bình"]
    assert "1 row(s) of unknown year left out" in result.stderr


def test_cli_query_chairs_include_undated_shows_them(archive_database):
    result = runner.invoke(app, ["query", "chairs", "--since", "2021-01-01", "--include-undated",
                                 "--db", archive_database, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert sorted(row["person"] for row in json.loads(result.stdout)) == ["Phạm Minh Đức", "Trần Văn Bình"]
    assert "left out" not in result.stderr
