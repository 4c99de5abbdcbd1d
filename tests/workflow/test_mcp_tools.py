"""Workflows as MCP tools: a new file in the folder is a tool; approvals resume through MCP.

A real client session (the SDK's in-memory transport) calls the tools on an MCPServer
server; the runner underneath is a real one on a temporary data dir.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from mcp import ClientSession, StdioServerParameters, types
from mcp.client import Client
from mcp.client.stdio import stdio_client
from mcp.server.mcpserver import MCPServer

from mcp_servers.workflow_tools import register_workflow_tools
from tests.workflow.conftest import BuildHarness, Harness
from tests.workflow.sample_env import REPO, sample_config

NOTIFY = """
name: notify
version: 3
description: Draft a notice and send it once a person says yes.
inputs:
  topic: {type: string, description: What the notice is about}
  urgent: {type: boolean, required: false, default: false}
steps:
  - id: draft
    answer: "공지: {{ inputs.topic }}"
  - id: approve
    approval: "보낼까요? {{ steps.draft.output }}"
    value: "{{ steps.draft.output }}"
  - id: send
    when: "steps.approve.approved"
    tool: outbox_send
    args: {body: "{{ steps.approve.value }}"}
outputs:
  notice: "{{ steps.approve.value }}"
  sent: "{{ steps.send.output }}"
"""


def served(h: Harness) -> tuple[MCPServer, list[str]]:
    server = MCPServer("test")
    engine = h.runner.engine
    names = register_workflow_tools(
        server, settings=engine.settings, runner=lambda: h.runner, tools=engine.tools
    )
    return server, names


def session(server: MCPServer, body: Callable[[Client], Awaitable[Any]]) -> Any:
    async def main() -> Any:
        async with Client(server) as client:
            return await body(client)

    return asyncio.run(main())


def call(server: MCPServer, *calls: tuple[str, dict[str, Any]]) -> list[types.CallToolResult]:
    """Call tools in order in one session; a later call may use ``$run`` for the run id."""

    async def body(client: Client) -> list[types.CallToolResult]:
        results: list[types.CallToolResult] = []
        for name, args in calls:
            if args.get("run_id") == "$run":
                run_id = (results[-1].structured_content or {})["run_id"]
                args = {**args, "run_id": run_id}
            results.append(await client.call_tool(name, args))
        return results

    found: list[types.CallToolResult] = session(server, body)
    return found


def _holds_the_number(content: dict[str, Any]) -> bool:
    """Whether the phone number 010-2345-6789 or the name with it is in the content."""
    text = json.dumps(content, ensure_ascii=False)
    digits = "".join(ch for ch in text if ch.isdigit() or ch == " ")
    return "김민수" in text or "2345-6789" in text or "01023456789" in digits.replace(" ", "")


def test_a_new_file_is_a_tool_with_its_inputs_and_outputs(harness: BuildHarness) -> None:
    h = harness()
    h.write("notify", NOTIFY)
    server, names = served(h)
    assert names == ["notify"]

    async def body(client: Client) -> dict[str, types.Tool]:
        return {t.name: t for t in (await client.list_tools()).tools}

    tools: dict[str, types.Tool] = session(server, body)
    assert set(tools) == {"notify", "resume_run"}
    schema = tools["notify"].input_schema
    assert schema["required"] == ["topic"]
    assert schema["properties"]["topic"]["description"] == "What the notice is about"
    assert schema["properties"]["urgent"]["default"] is False
    assert "v3" in (tools["notify"].description or "")
    output = tools["notify"].output_schema or {}
    outputs_ref = output["properties"]["outputs"]["anyOf"][0]["$ref"].split("/")[-1]
    assert set(output["$defs"][outputs_ref]["properties"]) == {"notice", "sent"}


def test_a_paused_run_returns_its_question_and_resume_run_sends_once(
    harness: BuildHarness,
) -> None:
    h = harness()
    h.write("notify", NOTIFY)
    server, _ = served(h)
    (paused,) = call(server, ("notify", {"topic": "주차장 공사"}))
    first = paused.structured_content or {}
    assert not paused.is_error
    assert first["status"] == "paused"
    assert first["pending"]["step"] == "approve"
    assert first["pending"]["question"] == "보낼까요? 공지: 주차장 공사"
    assert h.outbox.sent == []
    edited = "공지: 주차장 공사 (수정)"
    args = {"run_id": first["run_id"], "action": "edit", "value": edited}
    (done,) = call(server, ("resume_run", args))
    final = done.structured_content or {}
    assert final["run_id"] == first["run_id"]
    assert final["status"] == "done"
    assert final["outputs"]["notice"] == "공지: 주차장 공사 (수정)"
    assert h.outbox.sent == ["공지: 주차장 공사 (수정)"]
    # Answering the same run again finds it done and sends nothing more.
    (again,) = call(server, ("resume_run", {"run_id": first["run_id"]}))
    assert (again.structured_content or {})["status"] == "done"
    assert h.outbox.sent == ["공지: 주차장 공사 (수정)"]


def test_reject_through_mcp_ends_the_run_with_nothing_sent(harness: BuildHarness) -> None:
    h = harness()
    h.write("notify", NOTIFY)
    server, _ = served(h)
    _, rejected = call(
        server,
        ("notify", {"topic": "휴진 안내"}),
        ("resume_run", {"run_id": "$run", "action": "reject"}),
    )
    answer = rejected.structured_content or {}
    assert answer["status"] == "done"
    assert answer["outputs"]["sent"] is None
    assert h.outbox.sent == []


def test_personal_data_keeps_outputs_and_question_from_the_client(harness: BuildHarness) -> None:
    h = harness()
    h.write("notify", NOTIFY)
    server, _ = served(h)
    paused, done = call(
        server,
        ("notify", {"topic": "김민수 님 010-2345-6789 예약 변경"}),
        ("resume_run", {"run_id": "$run", "action": "approve"}),
    )
    first = paused.structured_content or {}
    assert first["status"] == "paused" and first["withheld"] is True
    # The number as written, or its digits in any layout (a random run id may hold "010").
    assert not _holds_the_number(first)
    final = done.structured_content or {}
    assert final["status"] == "done" and final["outputs"] == {}
    assert not _holds_the_number(final)
    # The run itself went on: the approved notice was sent on this machine.
    assert h.outbox.sent == ["공지: 김민수 님 010-2345-6789 예약 변경"]


def test_bad_inputs_and_unknown_runs_are_tool_errors(harness: BuildHarness) -> None:
    h = harness()
    h.write("notify", NOTIFY)
    server, _ = served(h)
    missing, unknown = call(server, ("notify", {}), ("resume_run", {"run_id": "nosuchrun"}))
    assert missing.is_error
    assert unknown.is_error
    assert "nosuchrun" in "".join(
        b.text for b in unknown.content if isinstance(b, types.TextContent)
    )


OUTBOX_NOTICE = """
name: outbox_notice
description: Ask a person, then send the notice through the outbox server.
inputs:
  topic: {type: string}
steps:
  - id: approve
    approval: "보낼까요? 공지: {{ inputs.topic }}"
  - id: send
    tool: outbox.send
    args: {body: "공지: {{ inputs.topic }}"}
outputs:
  sent: "{{ steps.send.output }}"
"""


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_switchyard_mcp_serve_runs_a_new_file_and_resumes_it(tmp_path: Path) -> None:
    """A new file in a temporary workflows_dir, over stdio, against `switchyard mcp serve`."""
    folder = tmp_path / "workflows"
    folder.mkdir()
    (folder / "outbox_notice.yaml").write_text(OUTBOX_NOTICE, encoding="utf-8")
    env = {
        **sample_config(tmp_path),
        "SWITCHYARD_WORKFLOWS_DIR": str(folder),
        "PYTHONPATH": str(REPO),
    }
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "ui.cli", "mcp", "serve"], env=env, cwd=str(REPO)
    )

    async def main() -> tuple[set[str], dict[str, Any], dict[str, Any]]:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as client:
            await client.initialize()
            names = {t.name for t in (await client.list_tools()).tools}
            paused = await client.call_tool("outbox_notice", {"topic": "휴진"})
            first = paused.structured_content or {}
            done = await client.call_tool(
                "resume_run", {"run_id": first.get("run_id", ""), "action": "approve"}
            )
            return names, first, done.structured_content or {}

    names, first, final = asyncio.run(main())
    assert {"outbox_notice", "resume_run", "ask"} <= names
    assert first["status"] == "paused" and first["pending"]["question"] == "보낼까요? 공지: 휴진"
    assert final["status"] == "done", final
    # The outbox is a privacy "local" server: what it returns stays on this machine.
    assert (final["withheld"], final["outputs"]) == (True, {})
    sent = (tmp_path / "outbox.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["body"] for line in sent] == ["공지: 휴진"]
