"""Issue 13's acceptance check with the official MCP Inspector's CLI mode:

    npx @modelcontextprotocol/inspector --cli .venv/bin/switchyard mcp serve \\
        --transport stdio --method resources/list   (and prompts/list)

lists the ingested sample documents and the prompts. The server starts the whole
app (graph imports, sample ingest), which takes longer than the Inspector's
15 s default on a loaded machine, hence ``--connect-timeout``.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.mcp_servers.third_party import REPO, inspector_command

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
SAMPLES = sorted(p.name for p in (REPO / "data" / "samples").iterdir())


def inspect(method: str, data_dir: Path) -> dict[str, Any]:
    # The Inspector starts the server with a fixed set of variables, not its own
    # environment: the data dir and the checkout must be passed with ``-e``.
    server_env = ["-e", f"SWITCHYARD_DATA_DIR={data_dir}", "-e", f"PYTHONPATH={REPO}"]
    proc = subprocess.run(
        [*inspector_command(), "--cli", "--connect-timeout", "300000", *server_env,
         str(REPO / ".venv" / "bin" / "switchyard"), "mcp", "serve", "--transport", "stdio",
         "--method", method],
        cwd=REPO, capture_output=True, text=True, timeout=400,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def test_inspector_lists_ingested_documents_and_prompts(tmp_path: Path) -> None:
    resources = inspect("resources/list", tmp_path)["resources"]
    titles = sorted(r["title"] for r in resources)
    assert titles == SAMPLES
    # The samples have their own collection, which every workspace also searches.
    assert all(r["uri"].startswith("switchyard://documents/samples/") for r in resources)
    prompts = {p["name"] for p in inspect("prompts/list", tmp_path)["prompts"]}
    assert {"switchyard_assistant", "grounded_answer"} <= prompts
