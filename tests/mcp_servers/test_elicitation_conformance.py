"""The conformance suite's client scenario ``elicitation-sep1034-client-defaults``.

The suite's server asks (``elicitation/create``) for five fields that all have
defaults and checks that the client's ``accept`` carries each default. The command
answers like a user who accepts the form untouched, on the spot (the suite's server
judges the first reply, so it cannot be a pause): an empty ``accept`` that our client
fills with the schema's defaults (SEP-1034).

This module is also the small client command the suite runs
(``python -m tests.mcp_servers.test_elicitation_conformance SERVER_URL``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from agents.mcp import McpManager
from agents.mcp.elicitation_types import ElicitationAnswer, ElicitationQuestion
from tests.mcp_servers.third_party import REPO, conformance_command

SCENARIO = "elicitation-sep1034-client-defaults"


def _accept_untouched(question: ElicitationQuestion) -> ElicitationAnswer:
    return ElicitationAnswer(question.key, "accept", {})


def accept_every_form(url: str, workdir: Path) -> int:
    """Call each tool of the server at ``url``, accepting any form with its defaults."""
    config = workdir / "mcp_servers.json"
    config.write_text(json.dumps({"mcpServers": {"s": {"url": url, "timeout_s": 30}}}))
    with McpManager(config, workdir / "data", startup_timeout_s=30) as manager:
        for tool in manager.list_tools():
            result = manager.call_tool("s", tool.name, {}, ask=_accept_untouched)
            if result.is_error or result.elicitation is not None:
                print(f"{tool.name}: {result.text}", file=sys.stderr)
                return 1
    return 0


@pytest.mark.slow
def test_the_client_sends_the_schema_defaults_when_accepting(tmp_path: Path) -> None:
    command = f"{sys.executable} -m tests.mcp_servers.test_elicitation_conformance"
    done = subprocess.run(
        [*conformance_command(), "client", "--command", command, "--scenario", SCENARIO,
         "--output-dir", str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    checks = [json.loads(p.read_text()) for p in tmp_path.rglob("checks.json")]
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    statuses = {c["id"]: c["status"] for run in checks for c in run}
    for kind in ("string", "integer", "number", "enum", "boolean"):
        assert statuses.get(f"client-elicitation-sep1034-{kind}-default") == "SUCCESS", statuses


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as work:
        sys.exit(accept_every_form(sys.argv[-1], Path(work)))
