"""A server's question is answered to the call that asked, not by calling the tool again.

``fixtures/counting_server.py``'s ``book_room`` writes a line (its side effect) and
then asks how many guests. Within one live process the call stays open while the run
is paused, and the answer goes to it: the body runs once. When the process that held
the call is gone (a new manager, as a later CLI ``ask --answer`` is), the answer is
given by calling again: the body runs twice, and the step's reasons say so.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.language_models import BaseChatModel

from agents.mcp import McpManager
from agents.mcp.elicitation_types import ElicitationAnswer
from agents.mcp.runtime import HOLD_QUESTION_S
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services
from graphs.state import Context
from tests.agents.mcp.conftest import stdio_entry
from tests.graphs.test_model_elicitation import proposing
from tests.mcp_servers.elicitation_flow import ask_and_answer
from tests.mcp_servers.third_party import REPO, fixture_command

AS_ADMIN = Context(user_id="u")
BOOK = 'rooms.book_room {"room": "A"}'
RERUN_NOTE = "was called again with the answer"


class Rooms:
    """The counting server's config and its run counter, under one tmp dir."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.count_file = tmp / "runs.txt"
        self.config = tmp / "mcp_servers.json"
        entry = stdio_entry(fixture_command("counting_server.py", str(self.count_file)))
        self.config.write_text(json.dumps({"mcpServers": {"rooms": entry}}))

    @property
    def runs(self) -> int:
        """How many times ``book_room``'s body ran."""
        if not self.count_file.exists():
            return 0
        return len(self.count_file.read_text(encoding="utf-8").splitlines())

    def manager(self, hold_question_s: float = HOLD_QUESTION_S) -> McpManager:
        manager = McpManager(
            self.config,
            self.tmp / "data",
            request_timeout_s=10,
            startup_timeout_s=30,
            hold_question_s=hold_question_s,
        )
        manager.start()
        manager.approve("rooms")
        return manager

    def assistant(self, manager: McpManager, replies: list[object] | None = None) -> Assistant:
        settings = load_settings(
            data_dir=self.tmp / "data",
            faq_path=REPO / "data" / "faq.yaml",
            tiers={"local": "test:local", "cloud": "test:cloud"},
            roles={"users": {"u": "admin"}},
            router={"difficulty_threshold": 1.0},
        )
        fakes: dict[str, BaseChatModel] = {
            "local": ScriptedChatModel(replies=list(replies or []), model_name="test:local"),
            "cloud": ScriptedChatModel(replies=[], model_name="test:cloud"),
        }
        services = build_services(settings, fakes=fakes, docs=None, mcp=False)
        services.toolbox.external_source = manager
        return Assistant(services)


@pytest.fixture()
def rooms(tmp_path: Path) -> Iterator[Rooms]:
    yield Rooms(tmp_path)


def test_the_answer_reaches_the_waiting_call_so_the_body_runs_once(rooms: Rooms) -> None:
    manager = rooms.manager()
    try:
        asked = manager.call_tool("rooms", "book_room", {"room": "A"})
        assert asked.elicitation is not None and asked.elicitation["held"]
        assert rooms.runs == 1
        key, held = asked.elicitation["key"], asked.elicitation["held"]
        done = manager.call_tool(
            "rooms",
            "book_room",
            {"room": "A"},
            answers=[ElicitationAnswer(key, "accept", {"guests": 5}, held=held)],
        )
        assert done.elicitation is None and not done.answered_by_rerun
        assert "booked room A for 5 guests (tool body runs: 1)" in done.text
        assert rooms.runs == 1
    finally:
        manager.stop()


def test_without_holding_the_answer_runs_the_body_again(rooms: Rooms) -> None:
    manager = rooms.manager(hold_question_s=0)
    try:
        asked = manager.call_tool("rooms", "book_room", {"room": "A"})
        assert asked.elicitation is not None and "held" not in asked.elicitation
        answer = ElicitationAnswer(asked.elicitation["key"], "accept", {"guests": 1})
        done = manager.call_tool("rooms", "book_room", {"room": "A"}, answers=[answer])
        assert "for 1 guests (tool body runs: 2)" in done.text and rooms.runs == 2
    finally:
        manager.stop()


def test_a_paused_explicit_step_resumes_the_held_call_in_a_live_process(rooms: Rooms) -> None:
    manager = rooms.manager()
    try:
        answer = {"action": "accept", "content": {"guests": 3}}
        paused, done = ask_and_answer(rooms.assistant(manager), BOOK, answer, context=AS_ADMIN)
        (question,) = paused.pending
        assert question["type"] == "elicitation" and question["held"]
        assert "booked room A for 3 guests (tool body runs: 1)" in done.answer
        assert rooms.runs == 1
        (step,) = done.steps
        assert not any(RERUN_NOTE in r for r in step.reasons), step.reasons
    finally:
        manager.stop()


def test_a_models_paused_call_resumes_the_held_call_too(rooms: Rooms) -> None:
    manager = rooms.manager()
    try:
        replies = [proposing(("rooms__book_room", {"room": "B"})), "Booked."]
        assistant = rooms.assistant(manager, replies)
        answer = {"action": "accept", "content": {"guests": 4}}
        question = "Book room B for me and tell me when it is done."
        paused, done = ask_and_answer(assistant, question, answer, context=AS_ADMIN)
        assert [p["type"] for p in paused.pending] == ["elicitation"]
        assert done.answer == "Booked." and rooms.runs == 1
    finally:
        manager.stop()


def test_when_the_holding_process_is_gone_the_call_runs_again_and_says_so(rooms: Rooms) -> None:
    first = rooms.manager()
    try:
        paused = rooms.assistant(first).ask(BOOK, context=AS_ADMIN)
        assert [p["type"] for p in paused.pending] == ["elicitation"]
    finally:
        first.stop()  # the process that held the call is gone
    second = rooms.manager()
    try:
        answer = {"action": "accept", "content": {"guests": 2}}
        done = rooms.assistant(second).resume(paused.thread_id, answer=answer, context=AS_ADMIN)
        assert "booked room A for 2 guests (tool body runs: 2)" in done.answer
        assert rooms.runs == 2
        (step,) = done.steps
        assert any(RERUN_NOTE in r for r in step.reasons), step.reasons
    finally:
        second.stop()
