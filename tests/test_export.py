"""Exports a data team loads blind: one declared schema per table and view, typed, whatever the data."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pandas as pd
import pyarrow.parquet as pq
import pytest
from sqlalchemy import text

from unionfacts.export import export
from unionfacts.run import run_batch
from unionfacts.schema import period_bounds, published_day, published_instant, schemas
from unionfacts.store import connect

from conftest import REPO, UNION_CORPUS

# An article of our own with almost no facts: most of its tables stay empty, some columns all null.
QUIET_ARTICLE = "Tin ngắn\nCông nhân trở lại làm việc sau kỳ nghỉ.\nÔng Lê Văn Bình nói rằng mọi việc đều ổn.\n"


def _build(tmp_path, name: str, inputs: list[str]):
    engine = connect(f"sqlite:///{tmp_path / name}.db")
    summary = run_batch(inputs, engine)
    assert summary.stored > 0 and not summary.failed
    return engine


@pytest.fixture(scope="module")
def seeds_export(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    export(_build(folder, "seeds", [str(REPO / "corpus")]), "parquet", folder / "out")
    return folder / "out"


@pytest.fixture(scope="module")
def quiet_export(tmp_path_factory):
    folder = tmp_path_factory.mktemp("quiet")
    (folder / "quiet.txt").write_text(QUIET_ARTICLE, encoding="utf-8")
    export(_build(folder, "quiet", [str(folder / "quiet.txt")]), "parquet", folder / "out")
    return folder / "out"


@pytest.fixture(scope="module")
def union_export(tmp_path_factory):
    if not UNION_CORPUS.exists():
        pytest.skip("../shared is absent (the union corpus is not copied into the repository)")
    folder = tmp_path_factory.mktemp("union")
    engine = connect(f"sqlite:///{folder / 'union.db'}")
    run_batch([str(UNION_CORPUS)], engine, workers=2)
    export(engine, "parquet", folder / "out")
    return folder / "out"


def test_export_schema_declares_every_column_of_every_table_and_view(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'empty.db'}")
    with engine.connect() as connection:
        names = {row[0] for row in connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"))}
        declared = schemas()
        assert set(declared) == names
        for name, schema in declared.items():
            stored = list(connection.execute(text(f"SELECT * FROM {name} LIMIT 0")).keys())
            assert [c.name for c in schema.columns if c.derived_from is None] == stored, name
            assert all(column.description for column in schema.columns), f"{name} has an undescribed column"


@pytest.mark.parametrize("other", ["quiet_export", "union_export"])
def test_export_two_corpora_concatenate_without_a_dtype_change(seeds_export, other, request):
    other_export = request.getfixturevalue(other)
    for name, schema in schemas().items():
        first = pd.read_parquet(seeds_export / f"{name}.parquet")
        second = pd.read_parquet(other_export / f"{name}.parquet")
        assert list(first.columns) == schema.column_names() == list(second.columns), name
        assert first.dtypes.equals(second.dtypes), name
        both = pd.concat([first, second], ignore_index=True)
        assert both.dtypes.equals(first.dtypes), name
        assert pq.read_schema(seeds_export / f"{name}.parquet").remove_metadata().equals(
            pq.read_schema(other_export / f"{name}.parquet").remove_metadata()), name


def test_export_keys_are_nullable_integers_and_dates_are_typed(seeds_export):
    roles = pd.read_parquet(seeds_export / "roles.parquet")
    assert str(roles["organization_id"].dtype) == "Int64" and str(roles["article_id"].dtype) == "Int64"
    assert roles["organization_id"].isna().any(), "a role without a known organization keeps an empty key"
    articles = pd.read_parquet(seeds_export / "articles.parquet").set_index("doc_id")
    assert str(articles["published_at"].dtype) == "datetime64[ms, UTC]"
    seed = articles.loc["seed-000"]
    assert seed["published"] == "2021-09-30T07:47:00+07:00"
    assert seed["published_at"] == pd.Timestamp("2021-09-30T00:47:00Z")
    assert seed["published_date"] == date(2021, 9, 30)
    dates = pd.read_parquet(seeds_export / "dates.parquet")
    quarter = dates[dates["value"] == "2021-Q3"].iloc[0]
    assert (quarter["date_start"], quarter["date_end"]) == (date(2021, 7, 1), date(2021, 9, 30))
    money = pd.read_parquet(seeds_export / "money.parquet")
    assert str(money["amount"].dtype) == "Int64" and 12_326_000_000_000 in set(money["amount"])


def test_export_views_are_exported(seeds_export):
    chairs = pd.read_parquet(seeds_export / "v_meeting_chairs.parquet")
    assert ("Trần Quang Huy", "2021-09-29") in set(zip(chairs["person"], chairs["date"]))
    assert chairs.loc[chairs["person"] == "Trần Quang Huy", "date_start"].iloc[0] == date(2021, 9, 29)


def test_export_datapackage_describes_every_file(seeds_export):
    package = json.loads((seeds_export / "datapackage.json").read_text(encoding="utf-8"))
    resources = {resource["name"]: resource for resource in package["resources"]}
    assert set(resources) == set(schemas())
    for name, resource in resources.items():
        arrow = pq.read_schema(seeds_export / resource["path"])
        assert [field["name"] for field in resource["schema"]["fields"]] == arrow.names
    roles = resources["roles"]["schema"]
    assert {"fields": ["organization_id"], "reference": {"resource": "organizations", "fields": ["id"]}} in roles[
        "foreignKeys"]


_CSV_TYPES = {"integer": "Int64", "number": "Float64", "string": "string"}


@pytest.mark.parametrize("excel", [False, True])
def test_export_csv_reads_back_with_the_declared_types(tmp_path, seeds_export, excel):
    engine = connect(f"sqlite:///{tmp_path / 'seeds.db'}")
    run_batch([str(REPO / "corpus")], engine)
    export(engine, "csv", tmp_path / "csv", excel=excel)
    raw = (tmp_path / "csv" / "articles.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == excel
    package = json.loads((tmp_path / "csv" / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        fields = resource["schema"]["fields"]
        frame = pd.read_csv(tmp_path / "csv" / resource["path"], encoding=resource["encoding"],
                            dtype={f["name"]: _CSV_TYPES.get(f["type"], "string") for f in fields})
        typed = pd.read_parquet(seeds_export / f"{resource['name']}.parquet")
        assert len(frame) == len(typed), resource["name"]
        for field in fields:
            if field["type"] in _CSV_TYPES:
                assert frame[field["name"]].equals(typed[field["name"]]), (resource["name"], field["name"])
    articles = pd.read_csv(tmp_path / "csv" / "articles.csv", encoding="utf-8-sig")
    assert "2021-09-30T00:47:00Z" in set(articles["published_at"])


@pytest.mark.parametrize(("value", "bounds"), [
    ("2021-09-29", (date(2021, 9, 29), date(2021, 9, 29))),
    ("2021-09", (date(2021, 9, 1), date(2021, 9, 30))),
    ("2020-02", (date(2020, 2, 1), date(2020, 2, 29))),
    ("2021-12", (date(2021, 12, 1), date(2021, 12, 31))),
    ("2021", (date(2021, 1, 1), date(2021, 12, 31))),
    ("2021-Q4", (date(2021, 10, 1), date(2021, 12, 31))),
    ("2021-H1", (date(2021, 1, 1), date(2021, 6, 30))),
    ("2018/2023", (date(2018, 1, 1), date(2023, 12, 31))),
    ("2021-09-01/2021-09-15", (date(2021, 9, 1), date(2021, 9, 15))),
    ("XXXX-09-29", (None, None)),
    ("2021-13", (None, None)),
    ("2021-02-30", (None, None)),
    ("hôm qua", (None, None)),
    (None, (None, None)),
])
def test_export_period_bounds(value, bounds):
    assert period_bounds(value) == bounds


@pytest.mark.parametrize(("value", "instant", "day"), [
    ("2021-09-30T07:47:00+07:00", datetime(2021, 9, 30, 0, 47, tzinfo=timezone.utc), date(2021, 9, 30)),
    ("2020-07-24T05:20:07+07:00", datetime(2020, 7, 23, 22, 20, 7, tzinfo=timezone.utc), date(2020, 7, 24)),
    ("2018-12-07", None, date(2018, 12, 7)),
    ("2018-12-07T10:00:00", None, date(2018, 12, 7)),  # a time with no offset is no instant
    ("không rõ", None, None),
])
def test_export_published_instant_and_day(value, instant, day):
    assert published_instant(value) == instant
    assert published_day(value) == day
