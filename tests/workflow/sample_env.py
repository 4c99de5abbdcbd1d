"""The sample workflows' MCP servers in a temporary place, and the CLI that runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli_env import REPO, cli_env, run_cli

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
    return cli_env(
        tmp / "data", mcp_config=path, extra={"SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false"}
    )


def switchyard(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI from the repository root (where the samples live)."""
    return run_cli(env, *args)
