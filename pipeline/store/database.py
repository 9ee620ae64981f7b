"""Open a database by SQLAlchemy URL (or SQLite path) with the schema in place."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from unionfacts.store.models import Base

DEFAULT_DB = "sqlite:///data/facts.db"


def database_url(db: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path (taken as SQLite).

    A PostgreSQL URL without a driver (``postgresql://…``, ``postgres://…``) uses psycopg 3,
    the driver the ``postgres`` extra installs (SQLAlchemy would pick psycopg2 otherwise).
    """
    for scheme in ("postgresql://", "postgres://"):
        if db.startswith(scheme):
            return "postgresql+psycopg://" + db.removeprefix(scheme)
    return db if "://" in db else f"sqlite:///{db}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")  # SQLite ignores ON DELETE CASCADE without it
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def connect(db: str = DEFAULT_DB, create: bool = True) -> Engine:
    """An engine for ``db``; creates the SQLite folder and the tables when ``create``."""
    url = database_url(db)
    if url.startswith("sqlite:///") and create:
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if create:
        Base.metadata.create_all(engine)
        add_missing_columns(engine)
        from unionfacts.store.views import create_views

        create_views(engine)
    return engine


def add_missing_columns(engine: Engine) -> None:
    """Add the columns a newer schema has to the tables of an older database (those with a
    server default only, such as ``roles.former``): its facts stay, the new column takes the default."""
    present = inspect(engine)
    tables = set(present.get_table_names())
    with engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name not in tables:
                continue
            have = {column["name"] for column in present.get_columns(table.name)}
            for column in table.columns:
                if column.name not in have and column.server_default is not None:
                    kind = column.type.compile(dialect=engine.dialect)
                    default = column.server_default.arg.compile(dialect=engine.dialect)
                    connection.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind} '
                                            f"NOT NULL DEFAULT {default}"))


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    session = sessionmaker(engine)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
