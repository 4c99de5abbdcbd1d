"""A throw-away schema on a PostgreSQL server (benchmarks' "fresh temporary index")."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from core.storage.database import release_shared
from core.storage.url import split_schema


@contextmanager
def scratch_schema(url: str, prefix: str = "scratch") -> Iterator[str]:
    """Yield ``url`` pointed at a new, empty schema; drop the schema (and its pool) after.

    Args:
        url: a ``postgresql://`` URL (any ``?schema=`` in it is replaced).
        prefix: the start of the schema's name, to tell leftovers apart.
    """
    import psycopg
    from psycopg import sql

    dsn, _ = split_schema(url)
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    parts = urlsplit(dsn)
    query = [*parse_qsl(parts.query, keep_blank_values=True), ("schema", schema)]
    try:
        yield urlunsplit(parts._replace(query=urlencode(query)))
    finally:
        release_shared(dsn, schema)
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))
