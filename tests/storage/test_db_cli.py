"""``switchyard db migrate|status`` on PostgreSQL, and a newer schema refusing to start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from ui.cli.db import STORES

pytestmark = pytest.mark.slow  # each command is a new process

REPO = Path(__file__).resolve().parents[2]


def _cli(*args: str, home: Path, url: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "SWITCHYARD_DATA_DIR": str(home / "data"),
        "SWITCHYARD_STORAGE_URL": url,
        "SWITCHYARD_MCP__CONFIG_PATH": str(home / "no-mcp.json"),
        "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
        "COLUMNS": "200",
    }
    return subprocess.run([sys.executable, "-m", "ui.cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300, check=False)  # fmt: skip


def test_migrate_then_status_then_a_newer_schema_is_refused(tmp_path: Path, pg_url: str) -> None:
    before = json.loads(_cli("db", "status", "--json", home=tmp_path, url=pg_url).stdout)
    assert before["backend"] == "postgresql" and not before["up_to_date"]
    done = _cli("db", "migrate", "--json", home=tmp_path, url=pg_url)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["up_to_date"] and {s["store"] for s in report["stores"]} == {
        e.schema.name for e in STORES
    }
    with psycopg.connect(pg_url, autocommit=True) as conn:
        # LangGraph's checkpoint tables came with the migration too.
        assert conn.execute("SELECT to_regclass('checkpoints')").fetchone() != (None,)
        conn.execute("UPDATE schema_versions SET version = 99 WHERE store = 'traces'")
    refused = _cli("trace", "list", "--json", home=tmp_path, url=pg_url)
    assert refused.returncode == 2
    message = " ".join(refused.stderr.split())
    assert "'traces' tables are at schema version 99, newer than this Switchyard knows" in message
    assert "upgrade Switchyard" in message
