"""The assistant's generated thread ids are never all digits; a thread id it is given is kept."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from core import thread_ids
from core.privacy.wire_screen import screen_outgoing
from tests.core.test_thread_ids import DIGITS_FIRST
from tests.graphs.conftest import BuildAssistant

TOO_LONG = "x" * 1_000_000  # refused before the graph runs, but still given a thread id


def test_the_assistant_generates_screen_safe_ids_but_keeps_a_given_one(
    build_assistant: BuildAssistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(thread_ids, "uuid", SimpleNamespace(uuid4=lambda: DIGITS_FIRST))
    assistant, _ = build_assistant()
    generated = assistant.ask(TOO_LONG)
    assert not generated.thread_id.isdigit()
    assert screen_outgoing(generated.thread_id) == []
    assert assistant.ask(TOO_LONG, thread_id="123456789012").thread_id == "123456789012"
