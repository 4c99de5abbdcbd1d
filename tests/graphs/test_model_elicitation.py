"""A MODEL-proposed MCP call whose server asks the user something pauses the run.

Against ``@modelcontextprotocol/server-everything``'s ``trigger-elicitation-request``
(stdio), through the real graph; only the model is scripted (it proposes the call,
then answers from the tool's result). The pause is the same interrupt as a tool
approval (``graphs.model_batch``); the answer reaches the server, and the model sees
the tool's final result, never the "asks for input" placeholder.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, ToolMessage

from agents.mcp import McpManager
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import AskResult, Assistant
from graphs.services import build_services
from graphs.state import Context
from tests.agents.mcp.conftest import stdio_entry
from tests.mcp_servers.elicitation_flow import ask_and_answer, confirm_then_answer
from tests.mcp_servers.test_elicitation import TOOL, _started
from tests.mcp_servers.third_party import REPO, everything_server_command

AS_ADMIN = Context(user_id="u")
QUESTION = "Please collect my contact preferences with the form tool and summarise them."
ELICIT = f"ev__{TOOL}"
ECHO = "ev__echo"


@pytest.fixture(scope="module")
def everything(tmp_path_factory: pytest.TempPathFactory) -> Iterator[McpManager]:
    tmp = tmp_path_factory.mktemp("ev-model")
    config = tmp / "mcp_servers.json"
    config.write_text(
        json.dumps({"mcpServers": {"ev": stdio_entry(everything_server_command("stdio"))}})
    )
    yield from _started(config, tmp / "data")


def proposing(*calls: tuple[str, dict[str, Any]]) -> AIMessage:
    """The model's reply proposing ``calls`` (name, args), in that order."""
    return AIMessage(
        content="",
        tool_calls=[
            {"name": name, "args": args, "id": f"call-{index}"}
            for index, (name, args) in enumerate(calls)
        ],
    )


def assistant_with(
    tmp: Path, manager: McpManager, replies: list[Any], role: str = "admin"
) -> tuple[Assistant, ScriptedChatModel]:
    settings = load_settings(
        data_dir=tmp / "data",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": "test:cloud"},
        roles={"users": {"u": role}},
        router={"difficulty_threshold": 1.0},  # every model step prefers local
    )
    local = ScriptedChatModel(replies=replies, model_name="test:local")
    fakes: dict[str, BaseChatModel] = {
        "local": local,
        "cloud": ScriptedChatModel(replies=[], model_name="test:cloud"),
    }
    services = build_services(settings, fakes=fakes, docs=None, mcp=False)
    services.toolbox.external_source = manager
    return Assistant(services), local


def tool_results(model: ScriptedChatModel, call: int) -> list[str]:
    return [str(m.content) for m in model.calls[call] if isinstance(m, ToolMessage)]


def test_a_models_call_pauses_on_the_question_and_resumes_with_the_answer(
    everything: McpManager, tmp_path: Path
) -> None:
    replies = [proposing((ELICIT, {})), "Your name is recorded as Grace."]
    assistant, model = assistant_with(tmp_path, everything, replies)

    def while_paused(paused: AskResult) -> None:
        (question,) = paused.pending
        assert question["type"] == "elicitation" and question["tool"] == f"ev.{TOOL}"
        assert "name" in question["requested_schema"]["properties"]
        assert len(model.calls) == 1  # the model waits for the answer, it is not told "asked"

    answer = {"action": "accept", "content": {"name": "Grace", "check": True}}
    _, done = ask_and_answer(
        assistant, QUESTION, answer, context=AS_ADMIN, while_paused=while_paused
    )
    assert not done.pending and done.answer == "Your name is recorded as Grace."
    (result,) = tool_results(model, 1)
    assert "- Name: Grace" in result and "- Agreed to terms: true" in result
    assert "asks" not in result  # the placeholder never reached the model
    model.assert_complete()
    (step,) = done.steps
    assert step.tool == ELICIT


def test_declining_reaches_the_server_and_the_model_sees_it(
    everything: McpManager, tmp_path: Path
) -> None:
    replies = [proposing((ELICIT, {})), "You declined; nothing was recorded."]
    assistant, model = assistant_with(tmp_path, everything, replies)
    _, done = ask_and_answer(assistant, QUESTION, {"action": "decline"}, context=AS_ADMIN)
    (result,) = tool_results(model, 1)
    assert "User declined" in result and not done.pending
    model.assert_complete()


def test_in_a_batch_only_the_asking_call_runs_again_and_results_keep_their_order(
    everything: McpManager, tmp_path: Path
) -> None:
    replies = [
        proposing((ECHO, {"message": "before"}), (ELICIT, {}), (ECHO, {"message": "after"})),
        "Done.",
    ]
    assistant, model = assistant_with(tmp_path, everything, replies)
    answer = {"action": "accept", "content": {"name": "Ada"}}
    paused, done = ask_and_answer(assistant, QUESTION, answer, context=AS_ADMIN)
    assert [p["type"] for p in paused.pending] == ["elicitation"]
    assert not done.pending
    results = tool_results(model, 1)
    assert len(results) == 3
    assert "before" in results[0] and "- Name: Ada" in results[1] and "after" in results[2]
    # Each echo ran once: the resumed round ran only the call that asked.
    (step,) = done.steps
    ran = (step.tool or "").split(",")
    assert ran.count(ECHO) == 2 and ran.count(ELICIT) == 1, ran
    model.assert_complete()


def test_a_plain_users_confirmation_is_asked_once_then_the_question(
    everything: McpManager, tmp_path: Path
) -> None:
    replies = [proposing((ELICIT, {})), "Recorded."]
    assistant, model = assistant_with(tmp_path, everything, replies, role="user")
    answer = {"action": "accept", "content": {"check": True}}
    done = confirm_then_answer(assistant, QUESTION, answer, context=AS_ADMIN)
    assert not done.pending and done.answer == "Recorded."
    (result,) = tool_results(model, 1)
    assert "- Agreed to terms: true" in result
    model.assert_complete()
