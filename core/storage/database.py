"""One way to reach a store's tables, whether they live in a SQLite file or PostgreSQL.

Stores write their SQL once, with ``?`` placeholders and the ``ON CONFLICT`` upsert
syntax both engines understand; a ``Session`` translates placeholders for psycopg.
The few real differences (column types, identity columns, triggers) are the
``Dialect``'s business, used by the migrations.
"""

from __future__ import annotations

import atexit
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from core.errors import ConfigError

Backend = Literal["sqlite", "postgresql"]


class Rows(Protocol):
    """What both drivers' cursors offer and the stores use."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


@dataclass(frozen=True)
class Dialect:
    """The SQL differences between the two backends, kept to a handful of words."""

    name: Backend

    @property
    def real(self) -> str:
        """A double-precision float (PostgreSQL's ``REAL`` is single precision: timestamps)."""
        return "REAL" if self.name == "sqlite" else "DOUBLE PRECISION"

    @property
    def blob(self) -> str:
        """Raw bytes."""
        return "BLOB" if self.name == "sqlite" else "BYTEA"

    @property
    def serial_key(self) -> str:
        """An integer primary key the database numbers itself, never reused."""
        if self.name == "sqlite":
            return "INTEGER PRIMARY KEY AUTOINCREMENT"
        return "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"

    def ddl(self, text: str) -> str:
        """Fill ``{real}``, ``{blob}`` and ``{serial_key}`` in a statement."""
        return text.format(real=self.real, blob=self.blob, serial_key=self.serial_key)

    def placeholders(self, sql: str) -> str:
        """``?`` placeholders as the driver wants them (psycopg: ``%s``, literal ``%`` doubled)."""
        if self.name == "sqlite":
            return sql
        return sql.replace("%", "%%").replace("?", "%s")


class Session:
    """One transaction on one connection; SQL is written with ``?`` placeholders."""

    def __init__(self, raw: Any, dialect: Dialect) -> None:
        self.raw = raw  # sqlite3.Connection or psycopg.Connection: the driver's own object
        self.dialect = dialect

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        """Run one statement and return its cursor."""
        cursor: Rows = self.raw.execute(self.dialect.placeholders(sql), tuple(params))
        return cursor

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for each row of parameters."""
        batch = [tuple(r) for r in rows]
        if not batch:
            return
        if self.dialect.name == "sqlite":
            self.raw.executemany(sql, batch)
        else:
            with self.raw.cursor() as cursor:
                cursor.executemany(self.dialect.placeholders(sql), batch)

    def columns(self, table: str) -> set[str]:
        """The column names of ``table`` (empty when it does not exist)."""
        if self.dialect.name == "sqlite":
            return {str(r[1]) for r in self.execute(f"PRAGMA table_info({table})")}
        rows = self.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = ? AND table_schema = current_schema()",
            (table,),
        )
        return {str(r[0]) for r in rows}


class Database:
    """Where a store's tables live; ``session()`` is one transaction."""

    dialect: Dialect

    @property
    def backend(self) -> Backend:
        """``sqlite`` or ``postgresql``."""
        return self.dialect.name

    def describe(self) -> str:
        """Where the data is, without any password (for messages and ``doctor``)."""
        raise NotImplementedError

    @contextmanager
    def session(self, *, exclusive: bool = False) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back when it raises.

        Args:
            exclusive: take the write lock at the start (SQLite ``BEGIN IMMEDIATE``), so
                a read-then-write block cannot be overtaken by another process.
        """
        raise NotImplementedError
        yield  # pragma: no cover

    def close(self) -> None:
        """Release connections (a shared PostgreSQL pool stays open for other stores)."""


class SqliteDatabase(Database):
    """One SQLite file; one connection kept open and used by one thread at a time."""

    def __init__(self, path: Path, *, wal: bool = False, foreign_keys: bool = False) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.dialect = Dialect("sqlite")
        self._lock = threading.RLock()
        # Autocommit mode: transactions are begun explicitly, so DDL inside a migration
        # is part of its transaction instead of committing it halfway.
        self._db = sqlite3.connect(path, timeout=10, check_same_thread=False, isolation_level=None)
        if wal:
            # WAL + NORMAL: a commit survives a process crash; one fsync per checkpoint.
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        if foreign_keys:
            self._db.execute("PRAGMA foreign_keys = ON")

    def describe(self) -> str:
        """The file's path."""
        return f"sqlite file {self.path}"

    @contextmanager
    def session(self, *, exclusive: bool = False) -> Iterator[Session]:
        """A transaction on the file (see ``Database.session``)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE" if exclusive else "BEGIN")
            try:
                yield Session(self._db, self.dialect)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._db.close()


# One fixed advisory-lock key for exclusive sessions (any 64-bit number no other app uses).
_EXCLUSIVE_KEY = 0x5377_6974_6368_7964  # "Switchyd"


class PostgresDatabase(Database):
    """A PostgreSQL database (optionally one schema in it) through a connection pool."""

    def __init__(self, url: str, *, schema: str | None = None, max_connections: int = 10) -> None:
        try:
            from psycopg_pool import ConnectionPool
        except ImportError as exc:  # the ``postgres`` extra is not installed
            raise ConfigError(
                "storage_url is a postgresql:// URL but psycopg is not installed: "
                "pip install 'switchyard[postgres]'"
            ) from exc
        self.url = url
        self.schema = schema
        self.dialect = Dialect("postgresql")
        if schema is not None and not schema.replace("_", "").isalnum():
            raise ConfigError(f"storage schema {schema!r}: use letters, digits and _ only")
        self._pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max_connections,
            # Prepared statements break behind PgBouncer in transaction mode; they buy little here.
            kwargs={"prepare_threshold": None},
            configure=self._configure if schema else None,
            open=False,
        )
        try:
            self._pool.open(wait=True, timeout=10)
        except Exception as exc:
            self._pool.close()
            raise ConfigError(
                f"storage_url: cannot connect to {self.describe()} ({self._why(exc)}); "
                "check the server is running and the URL's user, password and database"
            ) from exc

    def _why(self, exc: Exception) -> str:
        # The pool only says it timed out; one direct attempt names the real cause.
        import psycopg

        try:
            with psycopg.connect(self.url, connect_timeout=5) as conn:
                if self.schema:
                    self._configure(conn)
        except psycopg.Error as direct:
            return str(direct).strip()
        return str(exc)

    def _configure(self, conn: Any) -> None:
        conn.autocommit = True
        conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"')
        conn.execute(f'SET search_path TO "{self.schema}"')
        conn.autocommit = False

    def describe(self) -> str:
        """Host, port and database name (never the password)."""
        from psycopg.conninfo import conninfo_to_dict

        info = conninfo_to_dict(self.url)
        where = f"postgresql {info.get('host', 'localhost')}:{info.get('port', 5432)}"
        where += f"/{info.get('dbname', '')}"
        return where + (f" schema {self.schema}" if self.schema else "")

    @contextmanager
    def session(self, *, exclusive: bool = False) -> Iterator[Session]:
        """A transaction on a pooled connection.

        ``exclusive`` sessions (read-then-write blocks) are serialised by a transaction-level
        advisory lock, as SQLite's ``BEGIN IMMEDIATE`` serialises them: two replicas
        pinning the same new MCP server cannot both find it unseen and both insert.
        """
        with self._pool.connection() as conn, conn.transaction():
            if exclusive:
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_EXCLUSIVE_KEY,))
            yield Session(conn, self.dialect)

    def close(self) -> None:
        """Close the pool."""
        self._pool.close()


_SHARED: dict[tuple[str, str | None], PostgresDatabase] = {}
_SHARED_LOCK = threading.Lock()


def shared_postgres(url: str, schema: str | None = None) -> PostgresDatabase:
    """One pool per (URL, schema) per process, shared by every store that uses it."""
    with _SHARED_LOCK:
        db = _SHARED.get((url, schema))
        if db is None:
            db = PostgresDatabase(url, schema=schema)
            _SHARED[(url, schema)] = db
        return db


def release_shared(url: str, schema: str | None = None) -> None:
    """Close and forget the shared pool of (URL, schema), if one is open."""
    with _SHARED_LOCK:
        db = _SHARED.pop((url, schema), None)
    if db is not None:
        db.close()


@atexit.register
def _close_shared() -> None:
    with _SHARED_LOCK:
        for db in _SHARED.values():
            db.close()
        _SHARED.clear()
