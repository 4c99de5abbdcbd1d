"""Issue 13's acceptance check with the official MCP Inspector's CLI mode:

    npx @modelcontextprotocol/inspector --cli .venv/bin/switchyard mcp serve \\
        --transport stdio --method resources/list   (and prompts/list)

lists the ingested sample documents and the prompts. The server starts the whole
app (graph imports, sample ingest), which takes longer than the Inspector's
15 s default on a loaded machine, hence ``--connect-timeout``.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.mcp_servers.third_party import REPO, inspector_command

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
SAMPLES = sorted(p.name for p in (REPO / "data" / "samples").iterdir())


def inspect(method: str, data_dir: Path) -> dict[str, Any]:
    env = {**os.environ, "SWITCHYARD_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [*inspector_command(), "--cli", "--connect-timeout", "300000",
         str(REPO / ".venv" / "bin" / "switchyard"), "mcp", "serve", "--transport", "stdio",
         "--method", method],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=400,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def test_inspector_lists_ingested_documents_and_prompts(tmp_path: Path) -> None:
    resources = inspect("resources/list", tmp_path)["resources"]
    titles = sorted(r["title"] for r in resources)
    assert titles == SAMPLES
    assert all(r["uri"].startswith("switchyard://documents/default/") for r in resources)
    prompts = {p["name"] for p in inspect("prompts/list", tmp_path)["prompts"]}
    assert {"switchyard_assistant", "grounded_answer"} <= prompts
