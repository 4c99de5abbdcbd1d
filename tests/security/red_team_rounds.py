"""The harness of the red-team rounds: conversations through the real guarded cloud client.

The cloud tier is the OpenAI-compatible recorder on 127.0.0.1 behind the real guarded
HTTP client; the local fake echoes what it read, the worst case (whatever the local step
saw it passes on). A round lists its conversations and the values that must not reach the
recorder, plus public asks that must (the channel is live, and public text is not kept
local needlessly), as a :class:`Round`; its module marks its tests with the
``fresh_taint`` fixture of conftest. A round's control switches only its own detectors
off with :func:`detectors_off`, and the same conversations then leak
(:meth:`Round.assert_leaks`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage, BaseMessage
from langgraph.checkpoint.memory import InMemorySaver

from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services
from tests.core.privacy.scanner_switch import detectors_off
from tests.security.harness import REPO
from tests.security.openai_stub import Stub, openai_stub

#: (turns of one thread, values that must not reach the cloud).
Conversation = tuple[list[str], list[str]]
OPENER = "why is the sky blue? answer in one sentence"


def _echo(messages: list[BaseMessage]) -> AIMessage:
    return AIMessage(content="Summary: " + str(messages[-1].content)[-600:])


def _assistant(tmp: Path, cloud: Stub) -> Assistant:
    settings = load_settings(
        data_dir=tmp / "data",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": "openai:gpt-4o-mini"},
        openai_api_key="dummy",
        openai_base_url=f"{cloud.base_url}/v1",
        router={"difficulty_threshold": 0.0},
        budget={"max_cost_per_session_usd": 1000.0, "max_cost_per_turn_usd": 1000.0},
        privacy={"public_contacts": []},
    )
    local: Any = ScriptedChatModel(replies=[_echo] * 500, model_name="test:local")
    services = build_services(
        settings, fakes={"local": local}, docs=None, mcp=False, checkpointer=InMemorySaver()
    )
    return Assistant(services)


def cloud_text(tmp: Path, conversations: Sequence[Conversation], public: Sequence[str]) -> str:
    """Ask the opener, each public ask, then every conversation; what the recorder got."""
    with openai_stub() as cloud:
        assistant = _assistant(tmp, cloud)
        for ask in (OPENER, *public):
            assistant.ask(ask)
        for turns, _values in conversations:
            thread = None
            for turn in turns:
                thread = assistant.ask(turn, thread_id=thread).thread_id
        return cloud.text()


def leaked(seen: str, conversations: Sequence[Conversation]) -> list[str]:
    """The protected values of ``conversations`` found in the recorder's text."""
    return [value for _turns, values in conversations for value in values if value in seen]


@dataclass(frozen=True)
class Round:
    """One round's conversations, its public asks and how much its control must leak.

    Attributes:
        conversations: The threads carrying this round's forms, with their protected values.
        public: Asks that must reach the cloud (public text is not kept local needlessly).
        public_values: The parts of ``public`` the recorder must show.
        leaks_without_rules: How many protected values must leak with the round's rules off.
    """

    conversations: Sequence[Conversation]
    public: Sequence[str]
    public_values: Sequence[str]
    leaks_without_rules: int

    def run(self, tmp: Path) -> str:
        """What the recorder got from the opener, the public asks and the conversations."""
        return cloud_text(tmp, self.conversations, self.public)

    def assert_defended(self, tmp: Path) -> None:
        """With the defence on: the channel is live, public asks pass, nothing protected leaks."""
        seen = self.run(tmp)
        assert "sky blue" in seen, "the cloud channel is not live"
        for value in self.public_values:
            assert value in seen, f"public text was kept off the cloud: {value}"
        assert leaked(seen, self.conversations) == []

    def assert_leaks(self, tmp: Path) -> None:
        """With the round's rules off (the caller switched them): the same threads leak."""
        seen = self.run(tmp)
        assert "sky blue" in seen, "the cloud channel is not live"
        found = leaked(seen, self.conversations)
        assert len(found) >= self.leaks_without_rules, found

    def tests(
        self, rules: set[str], also_off: Callable[[pytest.MonkeyPatch], None] | None = None
    ) -> tuple[Callable[[Path], None], Callable[[Path, pytest.MonkeyPatch], None]]:
        """The two tests of a round whose control is its detectors ``rules`` switched off:
        defended (:meth:`assert_defended`), and leaking with ``rules`` off
        (:meth:`assert_leaks`). Assign them to ``test_…`` names at module level.
        ``also_off`` switches off what the round widened in older rules (after ``rules``).
        """

        def defended(tmp_path: Path) -> None:
            self.assert_defended(tmp_path)

        def leaks_without_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
            detectors_off(monkeypatch, rules)
            if also_off is not None:
                also_off(monkeypatch)
            self.assert_leaks(tmp_path)

        return defended, leaks_without_rules
