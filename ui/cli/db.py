"""``switchyard db migrate | status``: every store's schema version on the configured storage.

Stores migrate themselves when they open; ``db migrate`` does it up front (before
replicas start, or in a deploy step) and ``db status`` shows where each store stands.
A new store is one more line in ``stores()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ui.cli.common import console, handle_errors, print_json

if TYPE_CHECKING:
    # Settings and storage load in the commands: ``--help`` needs neither.
    from core.settings import Settings
    from core.storage import StoreSchema

db_app = typer.Typer(help="The storage every store uses (SQLite files or PostgreSQL).",
                     no_args_is_help=True)  # fmt: skip


@dataclass(frozen=True)
class StoreEntry:
    """A store's schema and how its SQLite file is opened."""

    schema: StoreSchema
    wal: bool = False
    foreign_keys: bool = False
    postgres_only: bool = False  # on SQLite setups it keeps a file of its own format


@cache
def stores() -> tuple[StoreEntry, ...]:
    """Every store, in migration order.

    Imported here, not at module level, so ``--help`` pays for none of them. The
    document index's schema comes from ``tools.rag_schema``, not ``tools.rag.storage``:
    anything inside the ``tools.rag`` package loads the whole RAG stack.
    """
    from agents.mcp.pins import PINS_SCHEMA
    from core import answer_cache, audit, conversations, login_throttle, trace_store, users
    from core.workflow import runs
    from tools.rag_schema import SCHEMA as INDEX_SCHEMA

    return (
        StoreEntry(conversations.SCHEMA),
        StoreEntry(trace_store.SCHEMA, foreign_keys=True),
        StoreEntry(audit.SCHEMA, wal=True),
        StoreEntry(answer_cache.SCHEMA, wal=True),
        StoreEntry(runs.SCHEMA),
        StoreEntry(INDEX_SCHEMA, wal=True),
        StoreEntry(PINS_SCHEMA, postgres_only=True),
        StoreEntry(users.SCHEMA),
        StoreEntry(login_throttle.SCHEMA),
    )


def __getattr__(name: str) -> tuple[StoreEntry, ...]:
    # ``STORES`` as before, built on first use (PEP 562).
    if name == "STORES":
        return stores()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _entries(settings: Settings) -> list[StoreEntry]:
    from core.storage import storage_url_of

    on_postgres = storage_url_of(settings) is not None
    return [e for e in stores() if on_postgres or not e.postgres_only]


def storage_report(settings: Settings, *, apply: bool = False) -> dict[str, Any]:
    """Backend, location and each store's schema version (migrating first when ``apply``).

    Raises:
        SchemaTooNewError: (with ``apply``) a store's tables are newer than this code.
    """
    from core.storage import migrate, open_store, status, storage_url_of

    url = storage_url_of(settings)
    stores: list[dict[str, Any]] = []
    where = str(settings.data_dir) if url is None else ""
    for entry in _entries(settings):
        sqlite_path = settings.data_dir / entry.schema.sqlite_file
        if url is None and not apply and not sqlite_path.exists():
            stores.append({"store": entry.schema.name, "version": 0,
                           "latest": entry.schema.latest})  # fmt: skip
            continue
        db = open_store(settings, entry.schema, wal=entry.wal, foreign_keys=entry.foreign_keys)
        try:
            version = migrate(db, entry.schema) if apply else status(db, entry.schema)
            where = where or db.describe()
        finally:
            if url is None:
                db.close()
        stores.append({"store": entry.schema.name, "version": version,
                       "latest": entry.schema.latest})  # fmt: skip
    if apply:
        from graphs.services import open_checkpointer

        open_checkpointer(settings)  # LangGraph's saver keeps its own migration table
    return {
        "backend": "postgresql" if url else "sqlite",
        "where": where,
        "stores": stores,
        "up_to_date": all(s["version"] == s["latest"] for s in stores),
    }


def _print(report: dict[str, Any]) -> None:
    console.print(f"storage: {report['backend']} ({report['where']})")
    for store in report["stores"]:
        mark = "" if store["version"] == store["latest"] else "  [yellow]behind[/]"
        console.print(f"  {store['store']}: schema {store['version']} of {store['latest']}{mark}")


@db_app.command("migrate")
@handle_errors
def migrate_command(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Bring every store (and LangGraph's checkpoints) to this release's schema."""
    from core.settings import load_settings

    report = storage_report(load_settings(), apply=True)
    if as_json:
        print_json(report)
    else:
        _print(report)


@db_app.command("status")
@handle_errors
def status_command(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Each store's schema version, without changing anything."""
    from core.settings import load_settings

    report = storage_report(load_settings())
    if as_json:
        print_json(report)
    else:
        _print(report)
