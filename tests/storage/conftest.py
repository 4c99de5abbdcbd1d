"""Fixtures for the storage suite: a session-wide PostgreSQL cluster and a database per test.

Nothing here mocks a database: ``sqlite`` is a real file, ``postgresql`` a real server.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from core.storage import Database, PostgresDatabase, SqliteDatabase
from tests.storage.pg_cluster import PgCluster, start_cluster

BACKENDS = ("sqlite", "postgresql")

DatabaseFactory = Callable[[str], Database]


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """One throw-away cluster for the whole run; a missing server fails, never skips."""
    try:
        cluster = start_cluster()
    except RuntimeError as exc:
        pytest.fail(str(exc))
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Each contract test runs once per backend."""
    return str(request.param)


@pytest.fixture
def make_db(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[DatabaseFactory]:
    """``make_db(file)``: a fresh database of the test's backend (a schema of its own on PG)."""
    opened: list[Database] = []
    schema = "t_" + uuid.uuid4().hex[:12]

    def make(sqlite_file: str) -> Database:
        db: Database
        if backend == "sqlite":
            db = SqliteDatabase(tmp_path / sqlite_file)
        else:
            cluster: PgCluster = request.getfixturevalue("pg_cluster")
            db = PostgresDatabase(cluster.url, schema=schema)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> str:
    """A fresh, empty database on the session cluster."""
    return pg_cluster.create_database()
