"""Read-only questions over the database, answered as pandas DataFrames."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pandas as pd
from sqlalchemy import Engine, text

from unionfacts.normalize import fold_for_matching
from unionfacts.store.views import VIEWS

_NOT_WORD = re.compile(r"[^\w]+")
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


def _read(engine: Engine, query: str, **params) -> pd.DataFrame:
    with engine.connect() as connection:
        return pd.read_sql_query(text(query), connection, params=params)


def person(engine: Engine, name: str) -> pd.DataFrame:
    """Each distinct office the texts give a person once: (person, title, organization, former)
    with the first and last publication date, the number of articles and mentions, and the
    evidence sentence of the first mention. ``name`` is matched ignoring case and accents."""
    frame = _read(engine, """
        SELECT person, title, organization, former, published, doc_id, evidence
        FROM v_roles ORDER BY published NULLS FIRST, doc_id, start, "end", title, organization NULLS FIRST""")
    frame = _fold_filter(frame, "person", name)
    columns = ["person", "title", "organization", "former", "first_published", "last_published", "articles",
               "mentions", "doc_id", "evidence"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    frame["former"] = frame["former"].astype(bool)
    keys = ["person", "title", "organization", "former"]
    frame = _fill_lone_organization(frame)
    grouped = frame.groupby(keys, dropna=False, sort=False).agg(
        first_published=("published", "min"), last_published=("published", "max"), articles=("doc_id", "nunique"),
        mentions=("doc_id", "size"), doc_id=("doc_id", "first"), evidence=("evidence", "first")).reset_index()
    grouped = grouped.sort_values(["person", "former", "first_published"], na_position="first", kind="stable")
    return grouped[columns].reset_index(drop=True)


def _fill_lone_organization(frame: pd.DataFrame) -> pd.DataFrame:
    """A mention of an office without its body ("Chủ tịch Trần Quang Huy phát biểu") counts
    toward the same office with a body when the texts give the person that title in exactly
    one body; with two or more bodies it stays apart, since the bare title cannot say which."""
    office = ["person", "title", "former"]
    known = frame.dropna(subset=["organization"]).groupby(office)["organization"].unique()
    lone = {key: bodies[0] for key, bodies in known.items() if len(bodies) == 1}
    missing = frame["organization"].isna()
    frame = frame.copy()
    frame.loc[missing, "organization"] = [
        lone.get(key) for key in frame.loc[missing, office].itertuples(index=False, name=None)]
    return frame


def officials(engine: Engine, org: str | None = None) -> pd.DataFrame:
    """Who holds (or held: ``former``) which office in which organization: one row per
    (person, title, organization, former)."""
    frame = _read(engine, """
        SELECT person, title, organization, former, COUNT(DISTINCT doc_id) AS articles,
               MIN(published) AS first_published, MAX(published) AS last_published
        FROM v_roles GROUP BY person, title, organization, former
        ORDER BY organization NULLS FIRST, person, former, title""")
    frame["former"] = frame["former"].astype(bool)
    return _fold_filter(frame, "organization", org) if org else frame


def organizations(engine: Engine, name: str | None = None) -> pd.DataFrame:
    """Every organization with how many articles and mentions name it, most mentioned first;
    ``name`` keeps those whose name contains it (ignoring case and accents)."""
    frame = _read(engine, """
        SELECT organization, kb_id, articles, mentions FROM v_organizations
        ORDER BY mentions DESC, articles DESC, organization""")
    return _fold_filter(frame, "organization", name) if name else frame


class DateBoundError(ValueError):
    """A --since / --until value that is no ISO date."""


_BOUND = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def check_date_bound(value: str | None, option: str = "date") -> str | None:
    """``value`` if it is an ISO year, month or day ("2021", "2021-03", "2021-03-05"), else DateBoundError."""
    if value is None:
        return None
    text = value.strip()
    if not _BOUND.fullmatch(text):
        raise DateBoundError(f"{option} {value!r} is no date: write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (text.split("-") + [None, None])[:3]
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise DateBoundError(f"{option} {value!r} is no date: write YYYY, YYYY-MM or YYYY-MM-DD") from None
    return text


def is_undated(value) -> bool:
    """A meeting date that cannot be placed in time: none, or its year unknown ("XXXX-02-10")."""
    return not isinstance(value, str) or not value or value.startswith("XXXX")


def _in_period(value: str, since: str | None, until: str | None) -> bool:
    """Whether a day, period or run of days ("2017-06-06/2017-06-08") overlaps [since, until], each
    compared at the precision both give ("2021-06" overlaps since 2021-06-15)."""
    first, _, last = value.partition("/")
    last = last or first
    if since:
        size = min(len(last), len(since))
        if last[:size] < since[:size]:
            return False
    if until:
        size = min(len(first), len(until))
        if first[:size] > until[:size]:
            return False
    return True


UNDATED_LEFT_OUT = "undated_left_out"


def _between(frame: pd.DataFrame, column: str, since: str | None, until: str | None,
             include_undated: bool = False) -> pd.DataFrame:
    """Rows whose date in ``column`` lies in [since, until]. Rows of unknown date (no date, or a day of
    an unknown year: undated archives) cannot be placed: they are kept with ``include_undated``, else
    left out and counted in ``frame.attrs["undated_left_out"]``, never dropped silently."""
    if not since and not until:
        frame.attrs[UNDATED_LEFT_OUT] = 0
        return frame
    undated = frame[column].map(is_undated)
    placed = frame[column].map(lambda value: not is_undated(value) and _in_period(value, since, until))
    kept = frame[placed | (undated & include_undated)].reset_index(drop=True)
    kept.attrs[UNDATED_LEFT_OUT] = 0 if include_undated else int(undated.sum())
    return kept


def chairs(engine: Engine, person: str | None = None, org: str | None = None, since: str | None = None,
           until: str | None = None, include_undated: bool = False) -> pd.DataFrame:
    """Who chaired which meeting: person, office at the time, meeting, date, organizer, place, article, evidence.

    With ``since``/``until``, meetings whose year is unknown are left out unless ``include_undated``;
    how many were is in ``frame.attrs["undated_left_out"]``.
    """
    since, until = check_date_bound(since, "--since"), check_date_bound(until, "--until")
    frame = _read(engine, """
        SELECT person, office, meeting, date, organizer, location, doc_id, article_title, evidence
        FROM v_meeting_chairs ORDER BY date NULLS FIRST, doc_id""")
    if person:
        frame = _fold_filter(frame, "person", person)
    if org:
        frame = _fold_filter(frame, "organizer", org)
    return _between(frame, "date", since, until, include_undated)


def meetings(engine: Engine, org: str | None = None, since: str | None = None, until: str | None = None,
             include_undated: bool = False) -> pd.DataFrame:
    """Every meeting reported as held, with its chairs and attendees (undated ones as in ``chairs``)."""
    since, until = check_date_bound(since, "--since"), check_date_bound(until, "--until")
    frame = _read(engine, "SELECT * FROM v_meetings ORDER BY date NULLS FIRST, doc_id, start")
    people = _read(engine, """
        SELECT ep.event_id, ep.part, p.name FROM event_participants ep JOIN persons p ON p.id = ep.person_id
        ORDER BY ep.id""")
    for part, column in (("chair", "chairs"), ("attendee", "attendees")):
        names = people[people["part"] == part].groupby("event_id")["name"].agg(lambda n: "; ".join(dict.fromkeys(n)))
        frame[column] = frame["event_id"].map(names).astype(object).fillna("")
    frame = frame[["meeting", "kind", "date", "location", "organizer", "ordinal", "term", "chairs", "attendees",
                   "doc_id", "article_title"]]
    if org:
        frame = _fold_filter(frame, "organizer", org)
    return _between(frame, "date", since, until, include_undated)


def documents(engine: Engine) -> pd.DataFrame:
    """Every document named by number, with its issuer and title."""
    return _read(engine, "SELECT * FROM v_documents ORDER BY doc_id")


def search_key(text: str) -> str:
    """A name as a search compares it: lower case, single spaces, no accents, "đ" as "d"
    ("Trần Quang Huy" and "tran quang huy" are one key)."""
    decomposed = unicodedata.normalize("NFD", fold_for_matching(text).replace("đ", "d"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", bare).split())  # "TP.HCM" holds the word "hcm"


def _fold_filter(frame: pd.DataFrame, column: str, needle: str) -> pd.DataFrame:
    """Rows whose ``column`` contains ``needle`` as whole words, ignoring case and accents."""
    wanted = f" {search_key(needle)} "
    keys = {value: wanted in f" {search_key(value)} " for value in frame[column].dropna().unique()}
    mask = frame[column].map(lambda value: keys.get(value, False))
    return frame[mask].reset_index(drop=True)


def summary(engine: Engine) -> pd.DataFrame:
    """How many articles, facts and failures the database holds."""
    rows = []
    with engine.connect() as connection:
        for table in ("articles", "money", "counts", "dates", "persons", "organizations", "roles", "events",
                      "documents", "failures"):
            rows.append({"table": table, "rows": connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()})
    return pd.DataFrame(rows)


# Money per organization and currency. An amount is counted once per article (however often
# the article restates it), a range once (its low bound in total_min, its high bound in
# total_max, one amount in `amounts`), and never summed across currencies. An amount belongs
# to every organization its sentence names, so totals do not add up across organizations.
MONEY_BY_ORGANIZATION = """
    WITH attributed AS (
        SELECT DISTINCT o.id AS organization_id, o.name AS organization, m.article_id, m.currency, m.amount, m.bound
        FROM money m
        JOIN organization_mentions om ON om.article_id = m.article_id AND om.sentence_index = m.sentence_index
        JOIN organizations o ON o.id = om.organization_id)
    SELECT organization, currency, COUNT(DISTINCT article_id) AS articles,
           SUM(CASE WHEN bound IS NULL OR bound = 'low' THEN 1 ELSE 0 END) AS amounts,
           SUM(CASE WHEN bound IS NULL OR bound = 'low' THEN amount ELSE 0 END) AS total_min,
           SUM(CASE WHEN bound IS NULL OR bound = 'high' THEN amount ELSE 0 END) AS total_max
    FROM attributed
    GROUP BY organization_id, organization, currency
    ORDER BY currency, total_min DESC, organization"""

# Money per currency, on the same rules: once per article, a range once, currencies apart.
MONEY_BY_CURRENCY = """
    WITH distinct_amounts AS (SELECT DISTINCT article_id, currency, amount, bound FROM money)
    SELECT currency, COUNT(DISTINCT article_id) AS articles,
           SUM(CASE WHEN bound IS NULL OR bound = 'low' THEN 1 ELSE 0 END) AS amounts,
           SUM(CASE WHEN bound IS NULL OR bound = 'low' THEN amount ELSE 0 END) AS total_min,
           SUM(CASE WHEN bound IS NULL OR bound = 'high' THEN amount ELSE 0 END) AS total_max
    FROM distinct_amounts GROUP BY currency ORDER BY currency"""


def money_by_organization(engine: Engine) -> pd.DataFrame:
    """Money per organization named in the amount's sentence and currency (see MONEY_BY_ORGANIZATION)."""
    return _read(engine, MONEY_BY_ORGANIZATION)


def money_by_currency(engine: Engine) -> pd.DataFrame:
    """Money per currency: how many amounts and their totals, a range counted once, currencies never mixed."""
    return _read(engine, MONEY_BY_CURRENCY)


def meetings_per_month(engine: Engine) -> pd.DataFrame:
    """How many meetings were held each month (meetings whose date names at least a month)."""
    frame = _read(engine, "SELECT date FROM events WHERE date IS NOT NULL")
    months = frame["date"].str.extract(r"^(\d{4}-\d{2})(?:-\d{2})?$")[0].dropna()
    counted = months.value_counts().sort_index()
    return pd.DataFrame({"month": counted.index, "meetings": counted.to_numpy()})


def offices_over_time(engine: Engine, name: str) -> pd.DataFrame:
    """The offices the texts give a person, with the first and last publication day that gives each."""
    frame = person(engine, name)
    if frame.empty:
        return pd.DataFrame(columns=["title", "organization", "first", "last", "articles"])
    # person() lists each office once already, with its first and last publication date.
    frame = frame.assign(first=frame["first_published"].str.slice(0, 10), last=frame["last_published"].str.slice(0, 10),
                         organization=frame["organization"].fillna(""))
    frame = frame[["title", "organization", "first", "last", "articles"]]
    return frame.sort_values(["first", "title"], na_position="first").reset_index(drop=True)
