"""The sample workflows' MCP servers in a temporary place, and the CLI that runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SERVERS = REPO / "workflows" / "servers"


def sample_config(tmp: Path) -> dict[str, str]:
    """Write an ``mcp_servers.json`` naming the samples' three servers (files under ``tmp``)
    and return the environment a ``switchyard`` process needs to use it."""
    servers = {
        "outbox": ("outbox.py", {"OUTBOX_PATH": str(tmp / "outbox.jsonl")}),
        "sales": ("sales.py", {"SALES_DB": str(tmp / "sales.sqlite")}),
        "review": ("review.py", {"REVIEW_RAG_DB": str(tmp / "data" / "rag" / "rag.sqlite3")}),
    }
    config = {
        "mcpServers": {
            name: {
                "command": sys.executable,
                "args": [str(SERVERS / script)],
                "env": env,
                "privacy": "local",
            }
            for name, (script, env) in servers.items()
        }
    }
    path = tmp / "mcp.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return {
        **os.environ,
        "SWITCHYARD_DATA_DIR": str(tmp / "data"),
        "SWITCHYARD_MCP__CONFIG_PATH": str(path),
        "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
    }


def switchyard(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI from the repository root (where the samples live)."""
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
