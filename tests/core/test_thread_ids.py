"""Generated thread ids are never all digits, so the egress screen never reads one as a number."""

from __future__ import annotations

import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest

from core import thread_ids
from core.conversations import ConversationIndex
from core.privacy.wire_screen import screen_outgoing
from core.thread_ids import THREAD_ID_LENGTH, new_thread_id

# A random UUID whose hex form happens to begin with twelve decimal digits.
DIGITS_FIRST = uuid.UUID("40817265-3390-4abc-8def-0123456789ab")


@pytest.fixture
def digit_uuids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the random source of thread ids return an all-digit prefix."""
    monkeypatch.setattr(thread_ids, "uuid", SimpleNamespace(uuid4=lambda: DIGITS_FIRST))


def test_an_unlucky_random_draw_still_gives_an_id_with_a_letter(digit_uuids: None) -> None:
    thread = new_thread_id()
    assert not thread.isdigit()
    assert len(thread) == THREAD_ID_LENGTH
    assert all(ch in "0123456789abcdef" for ch in thread)
    assert screen_outgoing(f'{{"thread_id": "{thread}"}}') == []


def test_a_new_conversation_gets_a_screen_safe_id(tmp_path: Path, digit_uuids: None) -> None:
    conversation = ConversationIndex(tmp_path / "c.sqlite").new("alice", "ws-alice")
    assert not conversation.thread_id.isdigit()
    assert screen_outgoing(conversation.thread_id) == []
