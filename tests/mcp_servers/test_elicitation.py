"""Elicitation against ``@modelcontextprotocol/server-everything``: a pause, then an answer.

Its ``trigger-elicitation-request`` tool sends ``elicitation/create`` mid-call and
prints back what the user gave (or that they declined/cancelled). Through the real
graph, the question pauses the run like a tool approval; the answer resumes it and
reaches the server as the elicitation result (omitted fields filled from defaults).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models import BaseChatModel
from mcp.client import Client
from mcp.types import TextContent

from agents.mcp import McpManager
from agents.mcp.elicitation_types import ElicitationAnswer
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services
from graphs.state import Context
from mcp_servers.assistant_server import build_assistant_server
from tests.agents.mcp.conftest import stdio_entry
from tests.mcp_servers.elicitation_flow import ask_and_answer, confirm_then_answer
from tests.mcp_servers.third_party import REPO, everything_server_command

TOOL = "trigger-elicitation-request"
ASK = f"ev.{TOOL} {{}}"
AS_U = Context(user_id="u")  # "u" is an admin unless a test says otherwise


@pytest.fixture(scope="module")
def everything(tmp_path_factory: pytest.TempPathFactory) -> Iterator[McpManager]:
    """server-everything over stdio, its elicitation tool listed and approved."""
    tmp = tmp_path_factory.mktemp("ev")
    config = tmp / "mcp_servers.json"
    entry = stdio_entry(everything_server_command("stdio"))
    config.write_text(json.dumps({"mcpServers": {"ev": entry}}))
    yield from _started(config, tmp / "data")


def _started(config: Path, data: Path) -> Iterator[McpManager]:
    manager = McpManager(config, data, request_timeout_s=10, startup_timeout_s=30)
    manager.start()
    try:
        # Registered once the server sees our elicitation capability (after
        # initialize), announced by list_changed; a tool new since the pin waits for
        # approval like any changed definition.
        deadline = time.monotonic() + 30
        while TOOL not in {t.name for t in manager.list_tools()}:
            assert time.monotonic() < deadline, "the elicitation tool was never listed"
            time.sleep(0.1)
        manager.approve("ev")
        yield manager
    finally:
        manager.stop()


def _assistant(tmp: Path, manager: McpManager, role: str = "admin") -> Assistant:
    settings = load_settings(
        data_dir=tmp / "data",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": "test:cloud"},
        roles={"users": {"u": role}},
    )
    fakes: dict[str, BaseChatModel] = {
        "local": ScriptedChatModel(replies=[], model_name="test:local"),
        "cloud": ScriptedChatModel(replies=[], model_name="test:cloud"),
    }
    services = build_services(settings, fakes=fakes, docs=None, mcp=False)
    services.toolbox.external_source = manager
    return Assistant(services)


def test_the_call_returns_the_question_then_the_answer_reaches_the_server(
    everything: McpManager,
) -> None:
    asked = everything.call_tool("ev", TOOL, {})
    assert asked.elicitation is not None and not asked.is_error
    assert asked.elicitation["message"] == "Please provide inputs for the following fields:"
    schema = asked.elicitation["requested_schema"]
    assert schema["required"] == ["name"] and schema["properties"]["integer"]["default"] == 42
    key = asked.elicitation["key"]

    accept = ElicitationAnswer(key, "accept", {"name": "Ada", "check": True})
    done = everything.call_tool("ev", TOOL, {}, answers=[accept])
    assert done.elicitation is None
    assert "- Name: Ada" in done.text and "- Agreed to terms: true" in done.text
    # Fields the user left out carry the schema's defaults (SEP-1034).
    assert "- Favorite Integer: 42" in done.text and "- Favorite Number: 3.14" in done.text

    declined = everything.call_tool("ev", TOOL, {}, answers=[ElicitationAnswer(key, "decline")])
    assert "User declined" in declined.text
    cancelled = everything.call_tool("ev", TOOL, {}, answers=[ElicitationAnswer(key, "cancel")])
    assert "User cancelled" in cancelled.text


def test_an_answer_to_another_question_is_not_given(everything: McpManager) -> None:
    stale = ElicitationAnswer("0" * 16, "accept", {"name": "Ada"})
    again = everything.call_tool("ev", TOOL, {}, answers=[stale])
    assert again.elicitation is not None  # asked again rather than answered blindly


def test_the_graph_pauses_with_the_form_and_resumes_with_the_answer(
    everything: McpManager, tmp_path: Path
) -> None:
    answer = {"action": "accept", "content": {"name": "Grace", "check": False}}
    paused, done = ask_and_answer(_assistant(tmp_path, everything), ASK, answer, context=AS_U)
    (question,) = paused.pending
    assert question["type"] == "elicitation" and question["tool"] == f"ev.{TOOL}"
    assert "name" in question["requested_schema"]["properties"]
    assert "asks: Please provide inputs" in paused.answer
    assert not done.pending
    assert "- Name: Grace" in done.answer and "- Agreed to terms: false" in done.answer
    assert [s.tool for s in done.steps] == [TOOL] and done.steps[0].server == "ev"


def test_declining_reaches_the_server(everything: McpManager, tmp_path: Path) -> None:
    assistant = _assistant(tmp_path, everything)
    _, done = ask_and_answer(assistant, ASK, {"action": "decline"}, context=AS_U)
    assert "User declined to provide the requested information" in done.answer


def test_personal_data_typed_into_the_form_makes_the_run_local(
    everything: McpManager, tmp_path: Path
) -> None:
    assistant = _assistant(tmp_path, everything)
    content = {"name": "Grace", "email": "grace.hopper@navy-mail.example"}
    answer = {"action": "accept", "content": content}
    _, done = ask_and_answer(assistant, ASK, answer, context=AS_U)
    assert "- Email: grace.hopper@navy-mail.example" in done.answer
    assert done.privacy == "local_only"
    # The form itself is the reason, not only the server echoing it back.
    (step,) = done.steps
    assert any("answer to ev." in r and "email" in r for r in step.reasons), step.reasons


def test_a_form_without_personal_data_keeps_the_run_public(
    everything: McpManager, tmp_path: Path
) -> None:
    assistant = _assistant(tmp_path, everything)
    answer = {"action": "accept", "content": {"check": True}}
    _, done = ask_and_answer(assistant, ASK, answer, context=AS_U)
    assert "- Agreed to terms: true" in done.answer and done.privacy == "public"


def test_after_a_confirmation_the_question_still_pauses_the_run(
    everything: McpManager, tmp_path: Path
) -> None:
    # For a plain user a "writes" tool needs a yes first; the question comes after it.
    assistant = _assistant(tmp_path, everything, role="user")
    answer = {"action": "accept", "content": {"check": True}}
    done = confirm_then_answer(assistant, ASK, answer, context=AS_U)
    assert "- Agreed to terms: true" in done.answer and not done.pending
    refused = assistant.ask(ASK, context=AS_U)
    no = assistant.resume(refused.thread_id, approve=False, context=AS_U)
    assert "confirmation, which was not given" in no.answer and not no.pending


def test_mcp_ask_returns_the_question_and_a_second_ask_answers_it(
    everything: McpManager, tmp_path: Path
) -> None:
    assistant = _assistant(tmp_path, everything)

    def ask_fn(
        question: str, thread_id: str | None, answer: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        if answer is not None and thread_id is not None:
            return assistant.resume(thread_id, answer=answer, context=AS_U).to_json()
        return assistant.ask(question, thread_id=thread_id, context=AS_U).to_json()

    async def body(client: Client) -> tuple[dict[str, Any], str]:
        paused = await client.call_tool("ask", {"question": ASK})
        assert paused.structured_content is not None
        first = paused.structured_content
        reply = {"action": "accept", "content": {"check": True}}
        done = await client.call_tool(
            "ask", {"question": "answer", "thread_id": first["thread_id"], "answer": reply}
        )
        assert not done.is_error
        return first, "\n".join(b.text for b in done.content if isinstance(b, TextContent))

    async def main() -> tuple[dict[str, Any], str]:
        async with Client(build_assistant_server(ask_fn)) as client:
            return await body(client)

    first, text = asyncio.run(main())
    (question,) = first["pending"]
    assert question["type"] == "elicitation"
    assert "name" in question["requested_schema"]["properties"]
    assert "- Agreed to terms: true" in text


def test_cli_ask_without_a_terminal_says_how_to_answer_and_resumes(tmp_path: Path) -> None:
    config = tmp_path / "mcp_servers.json"
    entry = stdio_entry(everything_server_command("stdio"))
    config.write_text(json.dumps({"mcpServers": {"ev": entry}}))
    # Approve the tool registered after initialize, as `switchyard mcp approve ev` would.
    for _ in _started(config, tmp_path / "data"):
        pass
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "SWITCHYARD_DATA_DIR": str(tmp_path / "data"),
        "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
        "SWITCHYARD_MCP__CONFIG_PATH": str(config),
    }

    def cli(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "ui.cli", "ask", *args],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=240,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    confirm = json.loads(cli("--json", ASK))
    thread = confirm["thread_id"]
    assert [p["type"] for p in confirm["pending"]] == ["confirm_tool"]
    asked = cli("--thread", thread, "--approve")
    assert f"switchyard ask --thread {thread} --answer" in asked and "--decline" in asked
    assert "asks: Please provide inputs" in asked
    done = cli("--thread", thread, "--answer", '{"check": true}')
    assert "Agreed to terms: true" in done
