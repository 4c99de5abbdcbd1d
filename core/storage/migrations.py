"""Versioned schema migrations, one numbered list per store, run when the store opens.

Every database holds a ``schema_versions`` table: one row per store with the number
of the last migration applied. Opening a store applies the missing migrations in one
transaction (PostgreSQL: under an advisory lock, so replicas starting together do not
race). A database at a *newer* version than this code knows is refused with a message
instead of being written with an older idea of its tables.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from core.errors import ConfigError
from core.storage.database import Database, Dialect, Session

_VERSIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_versions ("
    "store TEXT PRIMARY KEY, version INTEGER NOT NULL, updated_at {real} NOT NULL)"
)


class SchemaTooNewError(ConfigError):
    """The database was migrated by a newer Switchyard than this one."""


@dataclass(frozen=True)
class Migration:
    """One step of a store's schema.

    Attributes:
        version: 1, 2, 3... in order, never renumbered once released.
        statements: DDL with ``{real}``/``{blob}``/``{serial_key}`` tokens, or a function of
            the dialect for statements that differ more (triggers).
        after: optional data step run after the statements, in the same transaction.
    """

    version: int
    statements: Sequence[str] | Callable[[Dialect], Sequence[str]]
    after: Callable[[Session], None] | None = None

    def sql(self, dialect: Dialect) -> list[str]:
        """The statements for ``dialect``."""
        raw = self.statements(dialect) if callable(self.statements) else self.statements
        return [dialect.ddl(s) for s in raw]


@dataclass(frozen=True)
class StoreSchema:
    """A store's name, its SQLite file name in the data dir, and its migrations."""

    name: str
    sqlite_file: str
    migrations: tuple[Migration, ...] = field(default_factory=tuple)

    @property
    def latest(self) -> int:
        """The version this code migrates to."""
        return max((m.version for m in self.migrations), default=0)


def _lock_key(store: str) -> int:
    # A stable signed 64-bit key for pg_advisory_xact_lock, the same in every process.
    digest = hashlib.sha256(f"switchyard:migrate:{store}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def current_version(session: Session, store: str) -> int:
    """The store's applied version in this database (0 when never migrated)."""
    session.execute(session.dialect.ddl(_VERSIONS_TABLE))
    query = "SELECT version FROM schema_versions WHERE store = ?"
    row = session.execute(query, (store,)).fetchone()
    return int(row[0]) if row else 0


def _refuse_if_newer(db: Database, schema: StoreSchema, found: int) -> None:
    if found > schema.latest:
        raise SchemaTooNewError(
            f"{db.describe()}: the {schema.name!r} tables are at schema version {found}, "
            f"newer than this Switchyard knows ({schema.latest}). A newer release migrated "
            "them; upgrade Switchyard to that release, or point storage_url at another database."
        )


def migrate(db: Database, schema: StoreSchema) -> int:
    """Bring ``schema``'s tables in ``db`` to the latest version; returns that version.

    Raises:
        SchemaTooNewError: the database is at a newer version than this code.
    """
    with db.session(exclusive=True) as session:
        if db.backend == "postgresql":
            session.execute("SELECT pg_advisory_xact_lock(?)", (_lock_key(schema.name),))
        found = current_version(session, schema.name)
        _refuse_if_newer(db, schema, found)
        for migration in sorted(schema.migrations, key=lambda m: m.version):
            if migration.version <= found:
                continue
            for statement in migration.sql(db.dialect):
                session.execute(statement)
            if migration.after is not None:
                migration.after(session)
        if schema.latest != found:
            session.execute(
                "INSERT INTO schema_versions (store, version, updated_at) VALUES (?,?,?) "
                "ON CONFLICT (store) DO UPDATE SET version = excluded.version, "
                "updated_at = excluded.updated_at",
                (schema.name, schema.latest, time.time()),
            )
    return schema.latest


def status(db: Database, schema: StoreSchema) -> int:
    """The store's version in ``db`` without migrating (0: not created yet)."""
    with db.session() as session:
        return current_version(session, schema.name)
