"""Read-only questions over the database, answered as pandas DataFrames."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine, text

from pipeline.store.views import VIEWS

FACT_QUERIES = {"money": "v_money", "counts": "v_counts", "dates": "v_dates"}


def _view(engine: Engine, view: str, limit: int | None = None) -> pd.DataFrame:
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}")
    query = f"SELECT * FROM {view} ORDER BY doc_id, start"
    if limit:
        query += f" LIMIT {int(limit)}"
    with engine.connect() as connection:
        return pd.read_sql_query(text(query), connection)


def money(engine: Engine, limit: int | None = None) -> pd.DataFrame:
    """Every amount of money with its article and evidence span."""
    return _view(engine, "v_money", limit)


def counts(engine: Engine, limit: int | None = None) -> pd.DataFrame:
    """Every count with its article and evidence span."""
    return _view(engine, "v_counts", limit)


def dates(engine: Engine, limit: int | None = None) -> pd.DataFrame:
    """Every date with its article and evidence span."""
    return _view(engine, "v_dates", limit)


def fact_table(engine: Engine, kind: str, limit: int | None = None) -> pd.DataFrame:
    """The table for one fact kind ("money", "counts" or "dates")."""
    if kind not in FACT_QUERIES:
        raise ValueError(f"unknown fact kind {kind!r}; choose from {', '.join(FACT_QUERIES)}")
    return _view(engine, FACT_QUERIES[kind], limit)


def summary(engine: Engine) -> pd.DataFrame:
    """How many articles, facts and failures the database holds."""
    rows = []
    with engine.connect() as connection:
        for table in ("articles", "money", "counts", "dates", "failures"):
            rows.append({"table": table, "rows": connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()})
    return pd.DataFrame(rows)
