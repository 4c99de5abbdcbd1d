"""The checks a question passes before it may enter a conversation."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.conversations import ConversationIndex
from core.input_check import check_question


def test_a_normal_question_passes() -> None:
    assert check_question("  12*7은?  ", 100) is None


@pytest.mark.parametrize("blank", ["", "   ", "\n\t "])
def test_an_empty_question_is_refused(blank: str) -> None:
    rejection = check_question(blank, 100)
    assert rejection is not None and rejection.reason == "empty"


def test_the_limit_counts_the_stripped_question_and_is_named() -> None:
    assert check_question("  " + "x" * 10 + "  ", 10) is None
    rejection = check_question("x" * 11, 10)
    assert rejection is not None and rejection.reason == "input_too_long"
    assert "11 characters" in rejection.message and "limits.max_input_chars" in rejection.message


def test_undecodable_argv_bytes_are_named_by_byte_and_position() -> None:
    # What Python makes of b"abc\xff" in argv: the byte survives as U+DCFF.
    question = b"abc\xff".decode("utf-8", "surrogateescape")
    rejection = check_question(question, 100)
    assert rejection is not None and rejection.reason == "invalid_utf8"
    assert "byte 0xFF at character 4" in rejection.message and "UTF-8" in rejection.message


def test_a_lone_surrogate_from_json_is_refused_before_the_length() -> None:
    rejection = check_question("\ud800" + "x" * 50, 10)
    assert rejection is not None and rejection.reason == "invalid_utf8"
    assert "U+D800" in rejection.message


def test_a_conversation_title_survives_undecodable_bytes(tmp_path: Path) -> None:
    index = ConversationIndex(tmp_path / "conversations.sqlite")
    conv = index.new("alice", "default")
    index.touch(conv.thread_id, "alice", b"caf\xe9 menu".decode("utf-8", "surrogateescape"))
    stored = index.get(conv.thread_id, "alice")
    assert stored is not None and stored.title == "caf? menu"
