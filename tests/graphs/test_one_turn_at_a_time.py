"""Turns on one thread run one at a time: concurrent asks are all kept, or refused aloud."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from core.thread_lock import FileThreadLocks, ThreadBusyError
from tests.graphs.conftest import BuildAssistant


def test_concurrent_asks_in_one_process_keep_every_turn(
    build_assistant: BuildAssistant,
) -> None:
    assistant, _ = build_assistant()
    questions = {f"12*{n}": str(12 * n) for n in range(7, 13)}
    # The pool re-raises any turn's failure here, in the test.
    with ThreadPoolExecutor(max_workers=len(questions)) as pool:
        futures = [pool.submit(assistant.ask, q, thread_id="shared") for q in questions]
        answers = [f.result().answer for f in futures]
    assert all(
        product in answer for product, answer in zip(questions.values(), answers, strict=True)
    )
    history = assistant.services.graph.get_state({"configurable": {"thread_id": "shared"}}).values[
        "messages"
    ]
    assert sorted(str(m.content) for m in history if m.type == "human") == sorted(questions)
    pairs = zip(history[::2], history[1::2], strict=True)
    assert all(questions[str(q.content)] in str(a.content) for q, a in pairs)


def test_a_turn_refused_while_the_thread_is_busy_leaves_the_history_alone(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    assistant, _ = build_assistant()
    first = assistant.ask("12*7", thread_id="busy")
    impatient = FileThreadLocks(tmp_path / "data" / "locks", wait_s=0.0)
    assistant.services.thread_locks = impatient
    with impatient.hold("busy"), pytest.raises(ThreadBusyError, match="Ask again"):
        assistant.ask("12*8", thread_id="busy")
    with impatient.hold("busy"), pytest.raises(ThreadBusyError):
        list(assistant.stream("12*9", thread_id="busy"))
    history = assistant.services.graph.get_state({"configurable": {"thread_id": "busy"}}).values[
        "messages"
    ]
    assert [str(m.content) for m in history if m.type == "human"] == ["12*7"]
    assert "84" in first.answer
    # Other conversations are not held up by it.
    with impatient.hold("busy"):
        assert "96" in assistant.ask("12*8", thread_id="other").answer
