"""Open a database by SQLAlchemy URL (or SQLite path): writers with the schema in place, readers read-only.

Several runs may write into one database at once. Every write transaction takes the
database's write lock when it begins (SQLite ``BEGIN IMMEDIATE``, a PostgreSQL advisory
lock for the schema) and waits for it rather than fails; the schema and its views are
created or migrated inside such a transaction, once, by whichever run comes first.
Readers (``query``, ``export``) open SQLite with ``mode=ro`` and never write, so an
archived read-only database can be queried.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from unionfacts.store.models import Base

DEFAULT_DB = "sqlite:///data/facts.db"
# How long a write waits for another run's transaction before it gives up: a batch
# commits in well under a second, so this only ends a wait on a run that hangs.
BUSY_TIMEOUT_SECONDS = 600
_SCHEMA_LOCK = 0x756E696F  # PostgreSQL advisory lock key held while the schema is made ("unio")
_WRITE_LOCK = 0x756E6977  # and while a batch is written ("uniw")
_VERSIONED_VIEW = "v_money"  # PostgreSQL keeps the views' version as this view's comment


class DatabaseError(Exception):
    """The database cannot be used as asked (the message says why, in one line)."""


def database_url(db: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path (taken as SQLite).

    A PostgreSQL URL without a driver (``postgresql://…``, ``postgres://…``) uses psycopg 3,
    the driver the ``postgres`` extra installs (SQLAlchemy would pick psycopg2 otherwise).
    """
    for scheme in ("postgresql://", "postgres://"):
        if db.startswith(scheme):
            return "postgresql+psycopg://" + db.removeprefix(scheme)
    return db if "://" in db else f"sqlite:///{db}"


def sqlite_path(url: str) -> str | None:
    """The file of a SQLite URL; "" for an in-memory database; None for another database."""
    try:
        parsed = make_url(url)
    except Exception:  # not a URL SQLAlchemy reads: create_engine says why, where the caller reports it
        return None
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database == ":memory:" or parsed.query.get("mode") == "memory" or database.startswith("file::memory:"):
        return ""
    return database.removeprefix("file:") if parsed.query.get("uri") == "true" else database


def is_transient(db: str) -> bool:
    """Whether ``db`` names a database that keeps nothing once the process ends (``''``, ``:memory:``)."""
    return not db.strip() or sqlite_path(database_url(db)) == ""


def _sqlite_events(engine: Engine, write: bool) -> None:
    """Per connection: foreign keys, a busy timeout, and transactions this module begins itself.

    Python's sqlite3 would open a transaction only before the first write of it, after
    the reads; a writer must hold the lock from its first read (ids, "already stored?")
    to its commit, so every transaction starts with BEGIN IMMEDIATE, which waits for the
    lock (busy timeout) instead of failing half-way through.
    """

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # no implicit BEGIN: the "begin" event below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")  # SQLite ignores ON DELETE CASCADE without it
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
        if write:
            cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed batch
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def connect(db: str = DEFAULT_DB, create: bool = True, read_only: bool = False) -> Engine:
    """An engine for ``db``.

    ``create``: a writer's engine; the SQLite folder is made, an existing SQLite file is
    checked (``PRAGMA quick_check``) and the schema is created or migrated.
    ``read_only``: a reader's engine that cannot write (SQLite ``mode=ro``; a PostgreSQL
    session in read-only mode); the database must exist.
    """
    url = database_url(db)
    path = sqlite_path(url)
    if read_only:
        return _reader(url, path)
    if path and create:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if path is not None:
        _sqlite_events(engine, write=True)
    if create:
        if path:
            check_integrity(engine, path)
        prepare_schema(engine)
    return engine


def _reader(url: str, path: str | None) -> Engine:
    if path is None:
        options = {"options": "-c default_transaction_read_only=on"} if url.startswith("postgresql") else {}
        return create_engine(url, connect_args=options)
    if not path:
        raise DatabaseError("an in-memory database holds nothing to read")
    if not Path(path).is_file():
        raise DatabaseError(f"no database at {path}")
    location = Path(path).resolve().as_uri().removeprefix("file://")
    engine = create_engine(f"sqlite:///file:{location}?mode=ro&uri=true")
    _sqlite_events(engine, write=False)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT COUNT(*) FROM sqlite_master").scalar_one()
    except Exception:
        # A database in WAL mode on a medium nothing may write to (not even the -shm
        # index): read it as immutable, which needs no lock and no side file.
        engine.dispose()
        engine = create_engine(f"sqlite:///file:{location}?mode=ro&immutable=1&uri=true")
        _sqlite_events(engine, write=False)
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT COUNT(*) FROM sqlite_master").scalar_one()
        except Exception as error:
            raise DatabaseError(f"cannot read {path}: {_first_line(error)}") from error
    return engine


def check_integrity(engine: Engine, path: str) -> None:
    """Refuse to write into an existing SQLite file that is damaged or no database at all."""
    if not Path(path).is_file() or Path(path).stat().st_size == 0:
        return
    def quick_check() -> list:
        with engine.connect() as connection:
            return [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check(5)")]

    try:
        rows = _while_locked(quick_check)
    except Exception as error:  # "file is not a database", "database disk image is malformed"
        raise DatabaseError(f"{path} is not a usable SQLite database: {_first_line(error)}") from error
    if rows != ["ok"]:
        raise DatabaseError(f"{path} is damaged (PRAGMA quick_check: {rows[0]}); nothing was written. "
                            f"Restore it from a copy, or recover it with the sqlite3 shell's .recover")


_LOCKED_PAUSE = 0.05  # seconds between tries while another run holds a lock SQLite will not wait for


def _while_locked(action):
    """``action()``, tried again while SQLite says the database is locked, up to the busy timeout.

    SQLite waits (busy timeout) for most locks, but not when two connections change the journal
    mode or read the header of a file another run is creating at that moment: two runs started at
    once on a new database would otherwise fail with "database is locked"."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            return action()
        except (OperationalError, sqlite3.OperationalError) as error:  # the driver's own, when called directly
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(_LOCKED_PAUSE)


def lock_for_writing(connection: Connection | Session) -> None:
    """Take the database's write lock for the transaction that begins (held to its end).

    SQLite transactions of a writer's engine take it at BEGIN IMMEDIATE already; on
    PostgreSQL, concurrent runs would otherwise race to create the same person or
    organization rows, so each batch waits for an advisory lock.
    """
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    if bind.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK})


def _first_line(error: Exception) -> str:
    message = str(getattr(error, "orig", None) or error)
    return message.strip().splitlines()[0] if message.strip() else type(error).__name__


def _views_version() -> int:
    """A number for the view definitions of this version (changes when any definition does)."""
    from unionfacts.store.views import VIEWS

    return int(hashlib.sha256(repr(sorted(VIEWS.items())).encode("utf-8")).hexdigest()[:7], 16)


def _stored_views_version(connection: Connection) -> int | None:
    """The version of the views the database holds: SQLite's ``user_version``, a PostgreSQL comment."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        return connection.exec_driver_sql("PRAGMA user_version").scalar() or None
    if dialect == "postgresql":
        comment = connection.execute(text("SELECT obj_description(to_regclass(:view), 'pg_class')"),
                                     {"view": _VERSIONED_VIEW}).scalar()
        return int(comment.rsplit(" ", 1)[1]) if comment and comment.startswith("unionfacts views ") else None
    return None


def _store_views_version(connection: Connection, version: int) -> None:
    dialect = connection.dialect.name
    if dialect == "sqlite":
        connection.exec_driver_sql(f"PRAGMA user_version = {int(version)}")
    elif dialect == "postgresql":
        connection.execute(text(f"COMMENT ON VIEW {_VERSIONED_VIEW} IS 'unionfacts views {int(version)}'"))


def prepare_schema(engine: Engine) -> None:
    """Create the tables and views, or migrate them, under the write lock; idempotent.

    Tables missing are created; columns a newer schema added to a table are added (as
    nullable columns); the views are replaced when their definitions changed (their
    version is SQLite's ``user_version``, or a comment on a view in PostgreSQL). Two runs
    starting at once both come here: the second waits for the lock, then finds all done.
    """
    if engine.dialect.name == "sqlite":
        def wal() -> None:
            with engine.connect() as connection:
                # WAL lets readers read while a run writes; the mode is kept in the file. It
                # cannot change inside a transaction, so it is set before the lock is taken.
                connection.connection.driver_connection.execute("PRAGMA journal_mode=WAL")

        _while_locked(wal)
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
        Base.metadata.create_all(connection)
        _add_missing_columns(connection)
        version = _views_version()
        if _stored_views_version(connection) != version:
            from unionfacts.store.views import create_views

            create_views(connection)
            _store_views_version(connection, version)


def views_ready(engine: Engine) -> bool:
    """Whether the database holds the views of this version (made when a run created or migrated it)."""
    with engine.connect() as connection:
        if connection.dialect.name in ("sqlite", "postgresql"):
            return _stored_views_version(connection) == _views_version()
        from unionfacts.store.views import VIEWS

        present = set(inspect(connection).get_view_names())
        return set(VIEWS) <= present


def _add_missing_columns(connection: Connection) -> None:
    """Add the columns a newer schema has to the tables of an older database: its facts stay,
    a new column with a server default (``roles.former``) takes the default, another is null."""
    inspector = inspect(connection)
    for table in Base.metadata.sorted_tables:
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present:
                continue
            kind = column.type.compile(dialect=connection.dialect)
            if column.server_default is not None:
                default = column.server_default.arg.compile(dialect=connection.dialect)
                kind += f" NOT NULL DEFAULT {default}"
            connection.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'))


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
