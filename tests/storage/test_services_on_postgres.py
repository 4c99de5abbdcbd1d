"""``storage_url`` moves every store of the services to PostgreSQL (and only then)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from langgraph.checkpoint.postgres import PostgresSaver

from core.errors import ConfigError
from core.settings import load_settings
from core.storage import resolve_storage_url
from core.storage.advisory_locks import AdvisoryThreadLocks
from graphs.runner import Assistant
from graphs.services import build_services
from tests.graphs.conftest import REPO


def test_the_url_and_its_older_alias() -> None:
    assert resolve_storage_url(None) is None and resolve_storage_url("sqlite:") is None
    assert resolve_storage_url(None, "postgresql://h/db") == "postgresql://h/db"
    assert resolve_storage_url("postgres://a/b", "postgresql://h/db") == "postgres://a/b"
    with pytest.raises(ConfigError, match="postgresql://user:password@host:port/db"):
        resolve_storage_url("mysql://h/db")


def test_every_store_of_the_services_lives_in_postgres(tmp_path: Path, pg_url: str) -> None:
    settings = load_settings(
        data_dir=tmp_path / "data",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": ""},
        storage_url=pg_url,
        mcp={"config_path": tmp_path / "none.json"},
    )
    services = build_services(settings, mcp=False)
    assert isinstance(services.checkpointer, PostgresSaver)
    assert isinstance(services.thread_locks, AdvisoryThreadLocks)
    result = Assistant(services).ask("3만 5천원의 15%는 얼마야?")
    assert "5,250" in result.answer
    with psycopg.connect(pg_url) as conn:
        (runs,) = conn.execute("SELECT COUNT(*) FROM runs").fetchone()  # type: ignore[misc]
        (checkpoints,) = conn.execute("SELECT COUNT(*) FROM checkpoints").fetchone()  # type: ignore[misc]
        stores = {r[0] for r in conn.execute("SELECT store FROM schema_versions")}
    assert runs == 1 and checkpoints > 0
    assert {"traces", "audit", "answer_cache", "documents"} <= stores
    # Nothing of it went to SQLite files in the data directory.
    assert not list((tmp_path / "data").rglob("*.sqlite*"))
