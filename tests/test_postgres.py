"""The same schema and queries on PostgreSQL as on SQLite (``--db postgresql://…``).

Needs a server: ``UNIONFACTS_TEST_POSTGRES_URL`` names a database these tests may wipe
(every table and view of the schema is dropped first). ``scripts/start_postgres.sh`` starts a
throwaway one on 127.0.0.1 and prints its URL; CI runs it before ``make test``. Without a
reachable server every test here skips.

The five seeds go through ``run_batch`` into PostgreSQL and into a SQLite file; both must hold
the same rows (ids included: input order is deterministic) and every query must answer with the
same DataFrame. All tests leave the PostgreSQL data as the fixture built it, in any order.
"""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from unionfacts import query
from unionfacts.cli import app
from unionfacts.run import run_batch
from unionfacts.store import connect
from unionfacts.store.database import database_url
from unionfacts.store.models import ArticleRow, Base, CountRow, EventRow, MoneyRow, ParticipantRow, PersonRow
from unionfacts.store.views import VIEWS

from conftest import REPO

ENV = "UNIONFACTS_TEST_POSTGRES_URL"
NO_SERVER = f"no PostgreSQL server: set {ENV} or run scripts/start_postgres.sh"
SEEDS = [str(path) for path in sorted((REPO / "corpus").glob("seed-*.txt"))]
TABLES = [table.name for table in Base.metadata.sorted_tables]

runner = CliRunner()


@pytest.fixture(scope="module")
def pg_url() -> str:
    url = os.environ.get(ENV, "").strip()
    if not url:
        pytest.skip(NO_SERVER)
    shown = make_url(database_url(url)).render_as_string(hide_password=True)
    try:
        probe = create_engine(database_url(url), connect_args={"connect_timeout": 5})
        with probe.connect() as connection:
            connection.execute(text("SELECT 1"))
        probe.dispose()
    except Exception as error:  # a server that is down, a driver that is missing, a bad URL
        cause = getattr(error, "orig", None) or error
        reason = (str(cause).strip().splitlines() or [""])[0]
        pytest.skip(f"{NO_SERVER} ({shown} is unreachable: {type(cause).__name__}: {reason})")
    return url


def _reset(url: str) -> None:
    """Drop every view and table of the schema: a fresh database state."""
    engine = create_engine(database_url(url))
    with engine.begin() as connection:
        for view in VIEWS:
            connection.execute(text(f"DROP VIEW IF EXISTS {view} CASCADE"))
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(text(f'DROP TABLE IF EXISTS "{table.name}" CASCADE'))
    engine.dispose()


def _normalize(value):
    return float(f"{value:.12g}") if isinstance(value, float) else value


def _dump(engine) -> dict[str, list[tuple]]:
    """Every row of every table, by id, with floats rounded to what both backends keep."""
    with engine.connect() as connection:
        return {table: [tuple(_normalize(v) for v in row)
                        for row in connection.execute(text(f'SELECT * FROM "{table}" ORDER BY id'))]
                for table in TABLES}


@pytest.fixture(scope="module")
def backends(pg_url, tmp_path_factory):
    """The seeds run twice into PostgreSQL and into SQLite: (pg engine, sqlite engine, sqlite path, runs)."""
    _reset(pg_url)
    sqlite_path = tmp_path_factory.mktemp("sqlite") / "facts.db"
    pg = connect(pg_url)
    sqlite = connect(str(sqlite_path))
    runs = {}
    for name, engine in (("postgresql", pg), ("sqlite", sqlite)):
        first = run_batch(SEEDS, engine, workers=1)
        snapshot = _dump(engine)
        second = run_batch(SEEDS, engine, workers=1)
        runs[name] = (first, second, snapshot, _dump(engine))
    yield pg, sqlite, sqlite_path, runs
    pg.dispose()
    sqlite.dispose()


def test_postgres_backend_is_postgresql(backends):
    pg, sqlite, _, _ = backends
    assert pg.dialect.name == "postgresql" and sqlite.dialect.name == "sqlite"


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_postgres_run_twice_is_idempotent(backends, backend):
    first, second, snapshot, after = backends[3][backend]
    assert first.stored == len(SEEDS) and not first.failed
    assert second.stored == 0 and second.skipped == len(SEEDS)
    assert after == snapshot


@pytest.mark.parametrize("table", TABLES)
def test_postgres_same_rows_as_sqlite(backends, table):
    pg, sqlite, _, _ = backends
    with pg.connect() as a, sqlite.connect() as b:
        pg_columns = list(a.execute(text(f'SELECT * FROM "{table}" WHERE 1 = 0')).keys())
        sqlite_columns = list(b.execute(text(f'SELECT * FROM "{table}" WHERE 1 = 0')).keys())
    assert pg_columns == sqlite_columns
    assert _dump(pg)[table] == _dump(sqlite)[table]


def test_postgres_holds_the_seed_facts(backends):
    pg = backends[0]
    with pg.connect() as connection:
        amounts = set(connection.execute(text("SELECT amount FROM money")).scalars())
        articles = connection.execute(text("SELECT COUNT(*) FROM articles")).scalar_one()
    assert articles == len(SEEDS)
    assert {70_000_000_000, 12_326_000_000_000} <= amounts  # past 32 bits: money.amount is a BIGINT


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_postgres_views_match_sqlite(backends, view):
    pg, sqlite, _, _ = backends

    def rows(engine):
        with engine.connect() as connection:
            return sorted((tuple(_normalize(v) for v in row) for row in connection.execute(text(f"SELECT * FROM {view}"))),
                          key=repr)

    assert rows(pg) == rows(sqlite)


QUERIES = {
    "money": lambda e: query.money(e),
    "money-limit": lambda e: query.money(e, limit=2),
    "counts": lambda e: query.counts(e),
    "dates": lambda e: query.dates(e),
    "fact_table-counts": lambda e: query.fact_table(e, "counts"),
    "person": lambda e: query.person(e, "Trần Quang Huy"),
    "person-folded": lambda e: query.person(e, "trần quang huy"),
    "officials": lambda e: query.officials(e),
    "officials-org": lambda e: query.officials(e, org="Quảng Ninh"),
    "chairs": lambda e: query.chairs(e),
    "chairs-filtered": lambda e: query.chairs(e, person="Trần Quang Huy", org="Công Thương", since="2021-01-01"),
    "meetings": lambda e: query.meetings(e),
    "meetings-july-2020": lambda e: query.meetings(e, since="2020-07-01", until="2020-07-31"),
    "documents": lambda e: query.documents(e),
    "summary": lambda e: query.summary(e),
}


@pytest.mark.parametrize("name", list(QUERIES))
def test_postgres_query_matches_sqlite(backends, name):
    pg, sqlite, _, _ = backends
    on_pg, on_sqlite = QUERIES[name](pg), QUERIES[name](sqlite)
    assert len(on_sqlite), f"{name}: the seeds give no rows, so the comparison proves nothing"
    pd.testing.assert_frame_equal(on_pg, on_sqlite)


def _fails(engine, *rows) -> None:
    with Session(engine) as session:
        session.add_all(rows)
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()


def _article(key: str, body: str = "70 tỷ đồng cho 400 suất quà") -> ArticleRow:
    return ArticleRow(content_hash=key * 64, doc_id=f"check-{key}", source=f"check-{key}", body=body)


def test_postgres_check_constraints_raise(backends):
    pg = backends[0]
    before = _dump(pg)
    article = _article("a")
    article.money.append(MoneyRow(sentence_index=0, start=0, end=10, text="70 tỷ đồng", amount=-1, currency="VND"))
    _fails(pg, article)
    article = _article("b")
    article.counts.append(CountRow(sentence_index=0, start=5, end=5, text="", value=400, unit="suất quà"))
    _fails(pg, article)
    article = _article("c")
    article.counts.append(CountRow(sentence_index=-1, start=0, end=3, text="400", value=400, unit="suất quà"))
    _fails(pg, article)
    article = _article("d")
    article.counts.append(CountRow(sentence_index=0, start=0, end=3, text="400", value=-400, unit="suất quà"))
    _fails(pg, article)
    article = _article("e")
    event = EventRow(sentence_index=0, start=0, end=3, text="Hội", name="Hội nghị", kind="hội nghị")
    event.participants.append(ParticipantRow(person=PersonRow(key="check", name="Check"), part="speaker", start=0,
                                             end=3, evidence="Hội"))
    article.events.append(event)
    _fails(pg, article)
    with pg.connect() as connection:
        stored_hash = connection.execute(text("SELECT content_hash FROM articles ORDER BY id LIMIT 1")).scalar_one()
    _fails(pg, ArticleRow(content_hash=stored_hash, doc_id="dup", source="dup", body="x"))  # UNIQUE
    _fails(pg, MoneyRow(article_id=10**6, sentence_index=0, start=0, end=1, text="7", amount=7, currency="VND"))  # FK
    assert _dump(pg) == before


def test_postgres_delete_article_cascades(backends):
    pg = backends[0]
    before = _dump(pg)
    children = ("money", "counts", "dates", "person_mentions", "organization_mentions", "roles", "events",
                "event_participants", "documents")
    with pg.connect() as connection:
        transaction = connection.begin()
        try:
            assert connection.execute(text("SELECT COUNT(*) FROM event_participants")).scalar_one() > 0
            connection.execute(text("DELETE FROM articles"))
            for table in children:
                assert connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one() == 0, table
            assert connection.execute(text("SELECT COUNT(*) FROM persons")).scalar_one() > 0  # shared, kept
        finally:
            transaction.rollback()
    assert _dump(pg) == before


def _bare(url: str) -> str:
    """The URL as a user types it: ``postgresql://…`` without a driver."""
    return make_url(database_url(url)).set(drivername="postgresql").render_as_string(hide_password=False)


def _json_rows(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_postgres_cli_query_chairs(backends, pg_url):
    sqlite_path = backends[2]
    on_pg = runner.invoke(app, ["query", "chairs", "--db", _bare(pg_url), "--format", "jsonl"])
    on_sqlite = runner.invoke(app, ["query", "chairs", "--db", str(sqlite_path), "--format", "jsonl"])
    assert on_pg.exit_code == 0, on_pg.output
    assert on_sqlite.exit_code == 0, on_sqlite.output
    rows = _json_rows(on_pg.stdout)
    assert rows == _json_rows(on_sqlite.stdout)
    assert ("Trần Quang Huy", "Hội nghị Ban Thường vụ mở rộng lần thứ 19", "2021-09-29",
            "Chủ tịch Công đoàn Công Thương Việt Nam") in {(r["person"], r["meeting"], r["date"], r["office"])
                                                          for r in rows}


def test_postgres_cli_export_csv(backends, pg_url, tmp_path):
    sqlite_path = backends[2]
    for name, db in (("postgresql", _bare(pg_url)), ("sqlite", str(sqlite_path))):
        result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--out", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    pg_files = sorted(path.name for path in (tmp_path / "postgresql").iterdir())
    assert pg_files == sorted(path.name for path in (tmp_path / "sqlite").iterdir())
    assert "money.csv" in pg_files and "articles.csv" in pg_files
    for name in pg_files:
        on_pg = (tmp_path / "postgresql" / name).read_text(encoding="utf-8")
        assert on_pg == (tmp_path / "sqlite" / name).read_text(encoding="utf-8"), name


def test_postgres_cli_run_skips_what_is_stored(backends, pg_url):
    pg = backends[0]
    before = _dump(pg)
    result = runner.invoke(app, ["run", SEEDS[0], "--db", _bare(pg_url), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.stdout
    assert _dump(pg) == before
