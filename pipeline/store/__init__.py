"""Store facts in a SQL database (SQLite by default) through SQLAlchemy 2.0."""

from unionfacts.store.database import connect, session_scope
from unionfacts.store.writer import StoreResult, store_article, store_failure

__all__ = ["connect", "session_scope", "StoreResult", "store_article", "store_failure"]
