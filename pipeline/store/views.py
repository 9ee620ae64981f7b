"""SQL views for the common questions, so any SQL client can ask them."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

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
    "v_roles": """
        SELECT p.name AS person, r.title, r.organization_name AS organization, r.former, a.doc_id, a.title AS article_title,
               a.published, r.sentence_index, r.start, r."end", r.text, r.evidence
        FROM roles r JOIN persons p ON p.id = r.person_id JOIN articles a ON a.id = r.article_id""",
    "v_meetings": """
        SELECT e.id AS event_id, e.name AS meeting, e.kind, e.date, e.location, e.organizer_name AS organizer,
               e.ordinal, e.term, a.doc_id, a.title AS article_title, a.published, e.sentence_index, e.start, e."end"
        FROM events e JOIN articles a ON a.id = e.article_id""",
    "v_meeting_chairs": """
        SELECT p.name AS person,
               (SELECT r.title || COALESCE(' ' || r.organization_name, '') FROM roles r
                WHERE r.article_id = e.article_id AND r.person_id = p.id
                ORDER BY r.former, r.organization_name IS NULL, r.start, r.id LIMIT 1) AS office,
               e.name AS meeting, e.date, e.organizer_name AS organizer, e.location, a.doc_id,
               a.title AS article_title, a.published, ep.evidence
        FROM event_participants ep JOIN events e ON e.id = ep.event_id JOIN persons p ON p.id = ep.person_id
             JOIN articles a ON a.id = e.article_id
        WHERE ep.part = 'chair'""",
    "v_meeting_attendees": """
        SELECT p.name AS person, ep.part, e.name AS meeting, e.date, e.organizer_name AS organizer, a.doc_id,
               ep.evidence
        FROM event_participants ep JOIN events e ON e.id = ep.event_id JOIN persons p ON p.id = ep.person_id
             JOIN articles a ON a.id = e.article_id""",
    "v_documents": """
        SELECT d.kind, d.number, d.issuer_name AS issuer, d.title, a.doc_id, a.published, d.text
        FROM documents d JOIN articles a ON a.id = d.article_id""",
    "v_persons": """
        SELECT p.name AS person, COUNT(DISTINCT m.article_id) AS articles, COUNT(*) AS mentions,
               MIN(a.published) AS first_published, MAX(a.published) AS last_published
        FROM persons p JOIN person_mentions m ON m.person_id = p.id JOIN articles a ON a.id = m.article_id
        GROUP BY p.id, p.name""",
    "v_organizations": """
        SELECT o.name AS organization, o.kb_id, COUNT(DISTINCT m.article_id) AS articles, COUNT(*) AS mentions
        FROM organizations o JOIN organization_mentions m ON m.organization_id = o.id
        GROUP BY o.id, o.name, o.kb_id""",
}


def create_views(connection: Connection | Engine) -> None:
    """(Re)create every view. Called when the schema is created or migrated
    (``store.database.prepare_schema``), never by a reader."""
    if isinstance(connection, Engine):
        with connection.begin() as inside:
            create_views(inside)
        return
    for name, query in VIEWS.items():
        connection.execute(text(f"DROP VIEW IF EXISTS {name}"))
        connection.execute(text(f"CREATE VIEW {name} AS {query}"))
