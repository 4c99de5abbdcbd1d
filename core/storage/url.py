"""``storage_url``: which backend every store uses, and the store's database from it."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from core.errors import ConfigError
from core.storage.database import Database, SqliteDatabase, shared_postgres
from core.storage.migrations import StoreSchema

_POSTGRES_PREFIXES = ("postgresql://", "postgres://")


def resolve_storage_url(storage_url: str | None, checkpoint_url: str | None = None) -> str | None:
    """The effective URL: ``storage_url``, else the older ``checkpoint_url`` alias, else None.

    ``None`` (or ``sqlite:``) means SQLite files in the data directory.

    Raises:
        ConfigError: the URL is neither PostgreSQL nor SQLite.
    """
    url = storage_url or checkpoint_url or None
    if url is None or url in ("sqlite", "sqlite:", "sqlite://"):
        return None
    if not url.startswith(_POSTGRES_PREFIXES):
        raise ConfigError(
            f"storage_url {url!r}: use a postgresql://user:password@host:port/db URL, "
            "or leave it empty for SQLite files in the data directory"
        )
    return url


def is_postgres(url: str | None) -> bool:
    """True for a ``postgresql://`` URL."""
    return bool(url) and str(url).startswith(_POSTGRES_PREFIXES)


def split_schema(url: str) -> tuple[str, str | None]:
    """A URL's ``?schema=NAME`` (Switchyard's own parameter) apart from what libpq reads.

    ``postgresql://host/db?schema=switchyard`` keeps every table in that schema, so
    one database can hold several Switchyard installations (or a throw-away index).
    """
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((value for key, value in query if key == "schema"), None)
    rest = urlencode([(key, value) for key, value in query if key != "schema"])
    return urlunsplit(parts._replace(query=rest)), schema or None


def open_database(
    url: str | None,
    data_dir: Path,
    sqlite_file: str,
    *,
    wal: bool = False,
    foreign_keys: bool = False,
) -> Database:
    """The database a store uses: its own SQLite file, or the shared PostgreSQL pool.

    Args:
        url: the resolved storage URL (``None`` for SQLite).
        data_dir: the data directory (SQLite files live there).
        sqlite_file: the store's file name in ``data_dir``.
        wal: SQLite write-ahead logging (stores with many small appends).
        foreign_keys: SQLite foreign-key enforcement (PostgreSQL always enforces them).
    """
    if is_postgres(url):
        assert url is not None
        return shared_postgres(*split_schema(url))
    return SqliteDatabase(data_dir / sqlite_file, wal=wal, foreign_keys=foreign_keys)


class StorageSettings(Protocol):
    """The part of ``core.settings.Settings`` the storage layer reads."""

    @property
    def data_dir(self) -> Path: ...

    @property
    def storage_url(self) -> str | None: ...

    @property
    def checkpoint_url(self) -> str | None: ...


def storage_url_of(settings: StorageSettings) -> str | None:
    """The settings' effective storage URL (``checkpoint_url`` is the older alias)."""
    return resolve_storage_url(settings.storage_url, settings.checkpoint_url)


def open_store(
    settings: StorageSettings,
    schema: StoreSchema,
    *,
    wal: bool = False,
    foreign_keys: bool = False,
) -> Database:
    """The database of one store under these settings (see ``open_database``)."""
    return open_database(
        storage_url_of(settings),
        settings.data_dir,
        schema.sqlite_file,
        wal=wal,
        foreign_keys=foreign_keys,
    )
