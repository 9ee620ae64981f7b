"""datasette plugin (entry point ``unionfacts``): the SQL function ``fold()`` the canned queries use."""

from __future__ import annotations

from datasette import hookimpl

from unionfacts.serve import fold


@hookimpl
def prepare_connection(conn) -> None:
    conn.create_function("fold", 1, fold, deterministic=True)
