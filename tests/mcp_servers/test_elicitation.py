"""Elicitation against ``@modelcontextprotocol/server-everything``: a pause, then an answer.

Its ``trigger-elicitation-request`` tool sends ``elicitation/create`` mid-call and
prints back what the user gave (or that they declined/cancelled). Through the real
graph, the question pauses the run like a tool approval; the answer resumes it and
reaches the server as the elicitation result (omitted fields filled from defaults).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.language_models import BaseChatModel

from agents.mcp import McpManager
from agents.mcp.elicitation_types import ElicitationAnswer
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services
from graphs.state import Context
from tests.agents.mcp.conftest import stdio_entry
from tests.mcp_servers.third_party import REPO, everything_server_command

TOOL = "trigger-elicitation-request"
ASK = f"ev.{TOOL} {{}}"
ADMIN = Context(user_id="u")  # "writes" tools run without a confirmation for an admin


@pytest.fixture(scope="module")
def everything(tmp_path_factory: pytest.TempPathFactory) -> Iterator[McpManager]:
    """server-everything over stdio, its elicitation tool listed and approved."""
    tmp = tmp_path_factory.mktemp("ev")
    config = tmp / "mcp_servers.json"
    entry = stdio_entry(everything_server_command("stdio"))
    config.write_text(json.dumps({"mcpServers": {"ev": entry}}))
    manager = McpManager(config, tmp / "data", request_timeout_s=10, startup_timeout_s=30)
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


def _assistant(tmp: Path, manager: McpManager) -> Assistant:
    settings = load_settings(
        data_dir=tmp / "data",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": "test:cloud"},
        roles={"users": {"u": "admin"}},
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
    assistant = _assistant(tmp_path, everything)
    paused = assistant.ask(ASK, context=ADMIN)
    (question,) = paused.pending
    assert question["type"] == "elicitation" and question["tool"] == f"ev.{TOOL}"
    assert "name" in question["requested_schema"]["properties"]
    assert "asks: Please provide inputs" in paused.answer
    answer = {"action": "accept", "content": {"name": "Grace", "check": False}}
    done = assistant.resume(paused.thread_id, answer=answer, context=ADMIN)
    assert not done.pending
    assert "- Name: Grace" in done.answer and "- Agreed to terms: false" in done.answer
    assert [s.tool for s in done.steps] == [TOOL] and done.steps[0].server == "ev"


def test_declining_reaches_the_server(everything: McpManager, tmp_path: Path) -> None:
    assistant = _assistant(tmp_path, everything)
    paused = assistant.ask(ASK, context=ADMIN)
    done = assistant.resume(paused.thread_id, answer={"action": "decline"}, context=ADMIN)
    assert "User declined to provide the requested information" in done.answer


def test_personal_data_typed_into_the_form_makes_the_run_local(
    everything: McpManager, tmp_path: Path
) -> None:
    assistant = _assistant(tmp_path, everything)
    paused = assistant.ask(ASK, context=ADMIN)
    content = {"name": "Grace", "email": "grace.hopper@navy-mail.example"}
    done = assistant.resume(
        paused.thread_id, answer={"action": "accept", "content": content}, context=ADMIN
    )
    assert "- Email: grace.hopper@navy-mail.example" in done.answer
    assert done.privacy == "local_only"
    # The form itself is the reason, not only the server echoing it back.
    (step,) = done.steps
    assert any("answer to ev." in r and "email" in r for r in step.reasons), step.reasons


def test_a_form_without_personal_data_keeps_the_run_public(
    everything: McpManager, tmp_path: Path
) -> None:
    assistant = _assistant(tmp_path, everything)
    paused = assistant.ask(ASK, context=ADMIN)
    done = assistant.resume(
        paused.thread_id, answer={"action": "accept", "content": {"check": True}}, context=ADMIN
    )
    assert "- Agreed to terms: true" in done.answer and done.privacy == "public"
