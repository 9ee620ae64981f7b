"""Storage: idempotent runs, provenance, constraints, cascade, failures recorded."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from unionfacts.run import run_batch
from unionfacts.store import connect
from unionfacts.store.models import ArticleRow, CountRow, MoneyRow

from conftest import REPO

TABLES = ("articles", "money", "counts", "dates", "failures")


def _dump(engine) -> dict[str, list[tuple]]:
    with engine.connect() as connection:
        return {table: connection.execute(text(f"SELECT * FROM {table} ORDER BY id")).all() for table in TABLES}


@pytest.fixture()
def corpus_copy(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted((REPO / "corpus").glob("seed-00[0-2].txt")):
        shutil.copy(path, folder / path.name)
    return folder


def test_store_run_twice_is_identical(tmp_path, corpus_copy):
    engine = connect(f"sqlite:///{tmp_path / 'facts.db'}")
    first = run_batch([str(corpus_copy)], engine)
    snapshot = _dump(engine)
    second = run_batch([str(corpus_copy)], engine)
    assert first.stored == 3 and second.stored == 0 and second.skipped == 3
    assert _dump(engine) == snapshot


def test_store_facts_point_into_body(tmp_path, corpus_copy):
    engine = connect(f"sqlite:///{tmp_path / 'facts.db'}")
    run_batch([str(corpus_copy)], engine)
    with Session(engine) as session:
        articles = session.query(ArticleRow).all()
        spans = [(fact, article.body) for article in articles for fact in article.money + article.counts + article.dates]
        assert spans
        for fact, body in spans:
            assert body[fact.start:fact.end] == fact.text


def test_store_bad_input_is_recorded_and_batch_goes_on(tmp_path, corpus_copy):
    (corpus_copy / "empty.txt").write_text("", encoding="utf-8")
    (corpus_copy / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    engine = connect(f"sqlite:///{tmp_path / 'facts.db'}")
    summary = run_batch([str(corpus_copy), str(tmp_path / "missing.txt")], engine)
    assert summary.stored == 3
    with engine.connect() as connection:
        reasons = dict(connection.execute(text("SELECT source, reason FROM failures")).all())
    assert len(reasons) == 3
    assert set(reasons.values()) >= {"empty", "binary", "not_found"}


def test_store_negative_amount_raises(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'facts.db'}")
    with Session(engine) as session:
        article = ArticleRow(content_hash="x" * 64, doc_id="a", source="a", body="70 tỷ đồng")
        article.money.append(MoneyRow(sentence_index=0, start=0, end=10, text="70 tỷ đồng", amount=-1, currency="VND"))
        session.add(article)
        with pytest.raises(IntegrityError):
            session.commit()


def test_store_empty_span_raises(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'facts.db'}")
    with Session(engine) as session:
        article = ArticleRow(content_hash="y" * 64, doc_id="a", source="a", body="400 suất quà")
        article.counts.append(CountRow(sentence_index=0, start=5, end=5, text="", value=400, unit="suất quà"))
        session.add(article)
        with pytest.raises(IntegrityError):
            session.commit()


def test_store_duplicate_content_hash_raises(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'facts.db'}")
    with Session(engine) as session:
        session.add(ArticleRow(content_hash="z" * 64, doc_id="a", source="a", body="x"))
        session.commit()
        session.add(ArticleRow(content_hash="z" * 64, doc_id="b", source="b", body="x"))
        with pytest.raises(IntegrityError):
            session.commit()


def test_store_delete_article_cascades(tmp_path, corpus_copy):
    engine = connect(f"sqlite:///{tmp_path / 'facts.db'}")
    run_batch([str(corpus_copy)], engine)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM articles"))
    with engine.connect() as connection:
        for table in ("money", "counts", "dates"):
            assert connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one() == 0


def test_store_replace_reextracts(tmp_path, corpus_copy):
    engine = connect(f"sqlite:///{tmp_path / 'facts.db'}")
    run_batch([str(corpus_copy)], engine)
    summary = run_batch([str(corpus_copy)], engine, replace=True)
    assert summary.replaced == 3
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM articles")).scalar_one() == 3


def test_store_two_workers_build_the_same_database(tmp_path, corpus_copy):
    one = connect(f"sqlite:///{tmp_path / 'one.db'}")
    two = connect(f"sqlite:///{tmp_path / 'two.db'}")
    run_batch([str(corpus_copy)], one, workers=1)
    summary = run_batch([str(corpus_copy)], two, workers=2)
    assert summary.stored == 3
    assert _dump(one) == _dump(two)
