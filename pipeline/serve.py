"""Browse a database in datasette: table and column descriptions, canned queries, accent-folded full-text search.

``unionfacts serve`` (with the ``serve`` extra) prepares a SQLite database built by
``unionfacts run`` and starts datasette on it:

- ``articles_fts``, an FTS5 index over titles and bodies, written twice: as printed
  (unicode61 with ``remove_diacritics`` ignores tone marks) and folded (``đ`` as ``d`` as
  well), so "cong doan", "Công đoàn" and "CÔNG ĐOÀN" find the same articles;
- ``metadata()``: every table's and column's description from ``unionfacts.schema``, and
  the researchers' questions as canned queries (``unionfacts.query.CANNED``);
- the SQL function ``fold()`` (registered by the datasette plugin ``unionfacts.datasette_plugin``),
  so canned queries match names whatever their case and tone marks.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

from unionfacts.query import MONEY_BY_ORGANIZATION
from unionfacts.schema import schemas

FTS_TABLE = "articles_fts"
FACETS = {"money": ["currency", "bound"], "counts": ["unit"], "dates": ["granularity"], "events": ["kind"],
          "roles": ["title"], "failures": ["reason"], "organization_mentions": ["how"], "v_money": ["currency"],
          "v_meetings": ["kind"], "v_meeting_attendees": ["part"], "v_documents": ["kind"]}


def fold(text: str | None) -> str | None:
    """Lower case without tone marks or accents, đ as d: what search and name matching compare."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFD", str(text).replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().split())


def build_search_index(db_path: str | Path, batch: int = 500) -> int:
    """(Re)build ``articles_fts`` when the articles changed since it was built; returns the rows indexed."""
    with sqlite3.connect(db_path) as connection:
        count, last = connection.execute("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM articles").fetchone()
        exists = connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (FTS_TABLE,)).fetchone()
        if exists:
            indexed, indexed_last = connection.execute(
                f"SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM {FTS_TABLE}").fetchone()
            if (indexed, indexed_last) == (count, last):
                return count
            connection.execute(f"DROP TABLE {FTS_TABLE}")
        connection.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
                           "title, body, folded, tokenize = 'unicode61 remove_diacritics 2')")
        rows = connection.execute("SELECT id, COALESCE(title, ''), body FROM articles ORDER BY id")
        while chunk := rows.fetchmany(batch):
            connection.executemany(f"INSERT INTO {FTS_TABLE} (rowid, title, body, folded) VALUES (?, ?, ?, ?)",
                                   [(id_, title, body, fold(f"{title}\n{body}")) for id_, title, body in chunk])
    return count


def metadata(database: str) -> dict[str, Any]:
    """datasette metadata for a database named ``database`` (its file stem)."""
    tables: dict[str, Any] = {}
    for name, schema in schemas().items():
        entry: dict[str, Any] = {
            "description": schema.description,
            "columns": {c.name: c.description for c in schema.columns if c.derived_from is None},
        }
        if name in FACETS:
            entry["facets"] = FACETS[name]
        tables[name] = entry
    tables["articles"].update(fts_table=FTS_TABLE, fts_pk="id")
    tables[FTS_TABLE] = {"hidden": True}
    return {
        "title": "unionfacts",
        "description": "Facts from Vietnamese trade-union news: officials and their offices, organizations, "
                       "meetings and their chairs, money, counts and dates, each with the sentence it came from.",
        "databases": {database: {"tables": tables, "queries": CANNED_QUERIES}},
    }


# The researchers' questions. fold() is the plugin's SQL function: case, tone marks and đ/d do not matter.
CANNED_QUERIES: dict[str, dict[str, str]] = {
    "who_chaired": {
        "title": "Who chaired which meeting",
        "description": "Chairs of the meetings the articles report as held, with the office the article gives "
                       "them; leave a box empty to see all.",
        "sql": """SELECT person, office, meeting, date, organizer, location, doc_id, evidence
FROM v_meeting_chairs
WHERE fold(person) LIKE '%' || fold(:person) || '%' AND fold(COALESCE(organizer, '')) LIKE '%' || fold(:organizer) || '%'
ORDER BY date, doc_id""",
    },
    "offices_of_person": {
        "title": "All offices of a person",
        "description": "Every office the articles give a person, oldest first, with the evidence sentence.",
        "sql": """SELECT person, title, organization, published, doc_id, evidence
FROM v_roles WHERE fold(person) LIKE '%' || fold(:person) || '%'
ORDER BY published, doc_id, start""",
    },
    "most_mentioned_organizations": {
        "title": "Most mentioned organizations",
        "description": "Organizations by the number of articles that name them.",
        "sql": """SELECT organization, kb_id, articles, mentions FROM v_organizations
ORDER BY articles DESC, mentions DESC, organization LIMIT 100""",
    },
    "money_by_organizer_and_currency": {
        "title": "Money by organization and currency",
        "description": "Amounts per organization named in their sentence, per currency (never added across "
                       "currencies); an amount counts once per article, a range once (total_min adds its low "
                       "bound, total_max its high bound); an amount counts for every organization its "
                       "sentence names.",
        "sql": MONEY_BY_ORGANIZATION.strip(),
    },
    "search_articles": {
        "title": "Search the articles",
        "description": "Full-text search in titles and bodies: tone marks, case and đ/d do not matter.",
        "sql": (f"SELECT a.doc_id, a.title, a.published, snippet({FTS_TABLE}, 1, '[', ']', '…', 16) AS excerpt\n"
                f"FROM {FTS_TABLE} JOIN articles a ON a.id = {FTS_TABLE}.rowid\n"
                f"WHERE {FTS_TABLE} MATCH :words ORDER BY rank LIMIT 100"),
    },
}
