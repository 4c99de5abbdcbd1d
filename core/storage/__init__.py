"""The storage layer every store shares: SQLite files by default, PostgreSQL by URL.

How a store plugs in (``core.users`` included): declare a ``StoreSchema`` with its
SQLite file name and numbered ``Migration`` list, accept ``Path | Database`` in the
constructor (a ``Path`` keeps today's SQLite file), call ``migrate(db, SCHEMA)`` there,
then run its SQL through ``db.session()`` with ``?`` placeholders. ``graphs.services``
hands every store ``open_store(settings, SCHEMA)``, and
``ui.cli.db`` lists the schema so ``switchyard db migrate`` and ``doctor`` cover it.
"""

from core.storage.database import (
    Backend,
    Database,
    Dialect,
    PostgresDatabase,
    Rows,
    Session,
    SqliteDatabase,
    shared_postgres,
)
from core.storage.migrations import (
    Migration,
    SchemaTooNewError,
    StoreSchema,
    migrate,
    status,
)
from core.storage.url import (
    StorageSettings,
    is_postgres,
    open_database,
    open_store,
    resolve_storage_url,
    storage_url_of,
)

__all__ = [
    "Backend",
    "Database",
    "Dialect",
    "Migration",
    "PostgresDatabase",
    "Rows",
    "SchemaTooNewError",
    "Session",
    "SqliteDatabase",
    "StorageSettings",
    "StoreSchema",
    "is_postgres",
    "migrate",
    "open_database",
    "open_store",
    "resolve_storage_url",
    "shared_postgres",
    "status",
    "storage_url_of",
]
