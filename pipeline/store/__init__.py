"""Store facts in a SQL database (SQLite by default) through SQLAlchemy 2.0."""

from pipeline.store.database import connect, session_scope
from pipeline.store.writer import StoreResult, store_article, store_failure

__all__ = ["connect", "session_scope", "StoreResult", "store_article", "store_failure"]
