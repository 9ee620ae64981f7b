"""SQL views for the common questions, so any SQL client can ask them."""

from __future__ import annotations

from sqlalchemy import Engine, text

VIEWS = {
    "v_money": """
        SELECT a.doc_id, a.title, a.published, m.sentence_index, m.start, m."end",
               m.text, m.amount, m.currency, m.qualifier, m.bound
        FROM money m JOIN articles a ON a.id = m.article_id""",
    "v_counts": """
        SELECT a.doc_id, a.title, a.published, c.sentence_index, c.start, c."end",
               c.text, c.value, c.unit, c.qualifier, c.bound
        FROM counts c JOIN articles a ON a.id = c.article_id""",
    "v_dates": """
        SELECT a.doc_id, a.title, a.published, d.sentence_index, d.start, d."end",
               d.text, d.value, d.granularity
        FROM dates d JOIN articles a ON a.id = d.article_id""",
}


def create_views(engine: Engine) -> None:
    with engine.begin() as connection:
        for name, query in VIEWS.items():
            connection.execute(text(f"DROP VIEW IF EXISTS {name}"))
            connection.execute(text(f"CREATE VIEW {name} AS {query}"))
