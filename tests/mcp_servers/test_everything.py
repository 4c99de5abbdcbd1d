"""The client against ``@modelcontextprotocol/server-everything`` (npm), stdio and HTTP.

A server nobody here wrote: progress on its long-running operation (longer than the
request timeout), its other tools working meanwhile, structured content, annotations,
resource links, and its task-only tool not being offered.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agents.mcp import McpManager
from tests.agents.mcp.conftest import stdio_entry
from tests.mcp_servers.procs import free_port, running
from tests.mcp_servers.third_party import REPO, everything_server_command

REQUEST_TIMEOUT_S = 2.0
LONG = {"duration": 6, "steps": 6}  # 3x the request timeout, progress every second


@pytest.fixture(params=["stdio", "http"])
def everything(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[McpManager]:
    """A started manager with server-everything as ``ev`` over stdio or streamable HTTP."""
    if request.param == "stdio":
        yield from _manager(tmp_path, stdio_entry(everything_server_command("stdio")))
        return
    port = free_port()
    cmd = everything_server_command("streamableHttp")
    with running(cmd, port, env={"PORT": str(port)}) as url:
        yield from _manager(tmp_path, {"url": url})


def _manager(tmp_path: Path, entry: dict[str, Any]) -> Iterator[McpManager]:
    config = tmp_path / "mcp_servers.json"
    config.write_text(json.dumps({"mcpServers": {"ev": entry}}))
    manager = McpManager(
        config, tmp_path / "data", request_timeout_s=REQUEST_TIMEOUT_S, startup_timeout_s=30
    )
    manager.start()
    try:
        yield manager
    finally:
        manager.stop()


def test_long_operation_outlives_the_request_timeout_while_other_tools_work(
    everything: McpManager,
) -> None:
    outcome: dict[str, Any] = {}
    worker = threading.Thread(
        target=lambda: outcome.update(
            long=everything.call_tool("ev", "trigger-long-running-operation", LONG)
        )
    )
    worker.start()
    echoes = [everything.call_tool("ev", "echo", {"message": f"m{i}"}) for i in range(3)]
    worker.join(timeout=120)
    assert [e.text for e in echoes] == ["Echo: m0", "Echo: m1", "Echo: m2"]
    long = outcome["long"]
    assert not long.is_error, long.text
    assert "Long running operation completed" in long.text and "Steps: 6" in long.text


def test_structured_content_and_annotations(everything: McpManager) -> None:
    result = everything.call_tool("ev", "get-structured-content", {"location": "New York"})
    assert result.structured is not None and set(result.structured) >= {"temperature"}
    assert json.loads(result.text) == result.structured
    infos = {t.name: t for t in everything.list_tools()}
    long = infos["trigger-long-running-operation"]
    # readOnlyHint from the server decides the permission (no confirmation needed).
    assert long.annotations.get("readOnlyHint") is True and long.permission == "read_only"
    assert not long.requires_confirmation


def test_resource_links_are_shown_and_task_only_tools_not_offered(everything: McpManager) -> None:
    result = everything.call_tool("ev", "get-resource-links", {"count": 2})
    assert "[resource demo://resource/dynamic/" in result.text
    # Not trusted for it (the default): the links are named, never read.
    assert result.text.count("[resource ") == 2
    research = {t.name: t for t in everything.list_tools()}.get("simulate-research-query")
    if research is not None:  # registered once the server has seen `initialized`
        assert not research.enabled and "tasks extension" in research.disabled_reason
        offered = {t.name for t in everything.langchain_tools()}
        assert "ev__simulate-research-query" not in offered


def test_ask_runs_the_long_operation_with_the_explicit_tool_form(tmp_path: Path) -> None:
    config = tmp_path / "mcp_servers.json"
    entry = stdio_entry(everything_server_command("stdio"))
    config.write_text(json.dumps({"mcpServers": {"ev": entry}}))
    env = {
        "PYTHONPATH": str(REPO),
        "SWITCHYARD_DATA_DIR": str(tmp_path / "data"),
        "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
        "SWITCHYARD_MCP__CONFIG_PATH": str(config),
        "SWITCHYARD_MCP__REQUEST_TIMEOUT_S": str(REQUEST_TIMEOUT_S),
    }
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", "ask", "--json",
         f"ev.trigger-long-running-operation {json.dumps(LONG)}"],
        cwd=REPO, env={**os.environ, **env}, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert "Long running operation completed. Duration: 6 seconds" in result["answer"]
    (step,) = result["steps"]
    assert step["tier"] == "deterministic" and step["server"] == "ev"


def test_a_trusted_servers_resource_links_are_read_into_the_result(tmp_path: Path) -> None:
    entry = stdio_entry(everything_server_command("stdio"), read_resource_links=True)
    for manager in _manager(tmp_path, entry):
        result = manager.call_tool("ev", "get-resource-links", {"count": 2})
        # Each link named by the server, then again with the text read from it.
        assert result.text.count("[resource demo://resource/dynamic/text/2]") == 2
        text_part = result.text.rsplit("[resource demo://resource/dynamic/text/2]\n", 1)[1]
        assert text_part.strip() and "could not be read" not in text_part
