"""Versioned migrations on both backends: applied once, in order, and a newer DB refused."""

from __future__ import annotations

import pytest

from core.storage import Migration, SchemaTooNewError, StoreSchema, migrate, status
from tests.storage.conftest import DatabaseFactory

V1 = Migration(1, ("CREATE TABLE notes (id TEXT PRIMARY KEY, at {real} NOT NULL)",))
V2 = Migration(2, ("ALTER TABLE notes ADD COLUMN body TEXT NOT NULL DEFAULT ''",))


def test_migrations_run_in_order_once(make_db: DatabaseFactory) -> None:
    db = make_db("notes.sqlite")
    assert status(db, StoreSchema("notes", "notes.sqlite", (V1,))) == 0
    assert migrate(db, StoreSchema("notes", "notes.sqlite", (V1,))) == 1
    # Opening again with a second migration applies only the second.
    assert migrate(db, StoreSchema("notes", "notes.sqlite", (V1, V2))) == 2
    assert migrate(db, StoreSchema("notes", "notes.sqlite", (V1, V2))) == 2
    with db.session() as s:
        s.execute("INSERT INTO notes (id, at, body) VALUES (?,?,?)", ("a", 1.5, "x"))
        assert s.columns("notes") == {"id", "at", "body"}
    assert status(db, StoreSchema("notes", "notes.sqlite", (V1, V2))) == 2


def test_a_database_at_a_newer_version_is_refused(make_db: DatabaseFactory) -> None:
    db = make_db("notes.sqlite")
    migrate(db, StoreSchema("notes", "notes.sqlite", (V1, V2)))
    with pytest.raises(SchemaTooNewError, match=r"schema version 2, newer than .*\(1\)"):
        migrate(db, StoreSchema("notes", "notes.sqlite", (V1,)))


def test_a_failing_migration_leaves_the_version_and_tables_as_they_were(
    make_db: DatabaseFactory,
) -> None:
    db = make_db("notes.sqlite")
    broken = Migration(2, ("CREATE TABLE extra (x TEXT)", "THIS IS NOT SQL"))
    with pytest.raises(Exception, match=r"(?i)syntax"):
        migrate(db, StoreSchema("notes", "notes.sqlite", (V1, broken)))
    assert status(db, StoreSchema("notes", "notes.sqlite", (V1,))) == 0
    with db.session() as s:
        assert s.columns("extra") == set()
        assert s.columns("notes") == set()


def test_timestamps_keep_double_precision(make_db: DatabaseFactory) -> None:
    db = make_db("notes.sqlite")
    migrate(db, StoreSchema("notes", "notes.sqlite", (V1,)))
    with db.session() as s:
        s.execute("INSERT INTO notes (id, at) VALUES (?, ?)", ("t", 1795000000.123456))
        (at,) = s.execute("SELECT at FROM notes WHERE id = ?", ("t",)).fetchone()
    assert at == 1795000000.123456
