"""Tool calls kept waiting on the user's answer, within the process that made them.

When a server asks the user something mid-call (``elicitation/create``), the run
pauses and comes back later with the answer. Calling the tool again would run its
body twice, which matters for a tool that did something before it asked. So the
call is not ended: its task stays on the manager's loop, the question is handed back
(carrying the held call's id), and the answer, when it comes, is delivered to that
call (``AnswerBook.deliver``), which then finishes or asks again.

A held call lasts as long as its ``AnswerBook.hold_s`` (after which the server is
told ``cancel`` and the call ends) and the process: a new process (a later CLI
``ask --answer``) holds nothing, so its caller calls again with the answers (the
re-run fallback; ``McpCallResult.answered_by_rerun`` says so).
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

from mcp import types

from agents.mcp.elicitation import AnswerBook
from agents.mcp.elicitation_types import ElicitationAnswer, ElicitationQuestion

CallOutcome = types.CallToolResult | None


@dataclass(frozen=True)
class Held:
    """A call now waiting on ``question``; answer it with ``ElicitationAnswer(held=id)``."""

    id: str
    question: ElicitationQuestion


@dataclass
class _Waiting:
    task: asyncio.Task[CallOutcome]
    book: AnswerBook


class HeldCalls:
    """The calls of one manager that wait on an answer (used on the manager's loop only)."""

    def __init__(self) -> None:
        self._calls: dict[str, _Waiting] = {}

    def __len__(self) -> int:
        return len(self._calls)

    async def run(
        self, call: Coroutine[Any, Any, CallOutcome], book: AnswerBook
    ) -> CallOutcome | Held:
        """Run ``call`` until it finishes or holds a question for the user.

        Raises:
            Whatever ``call`` raises, when it ends before holding a question.
        """
        task = asyncio.ensure_future(call)
        return await self._until_result_or_question(task, book, None)

    def claim(self, answers: Sequence[ElicitationAnswer]) -> tuple[bool, _Waiting | None]:
        """The held call the latest answer is for: ``(named one, still held here)``."""
        held = answers[-1].held if answers else ""
        if not held:
            return False, None
        waiting = self._calls.get(held)
        if waiting is None or waiting.task.done():
            return True, None
        return True, waiting

    async def resume(
        self, held_id: str, waiting: _Waiting, answer: ElicitationAnswer
    ) -> CallOutcome | Held | None:
        """Deliver ``answer`` to the waiting call; ``None`` when it no longer waits for it."""
        if not waiting.book.deliver(answer):
            return None
        self._calls.pop(held_id, None)
        return await self._until_result_or_question(waiting.task, waiting.book, held_id)

    async def _until_result_or_question(
        self, task: asyncio.Task[CallOutcome], book: AnswerBook, held_id: str | None
    ) -> CallOutcome | Held:
        question = asyncio.ensure_future(book.waiting.wait())
        try:
            await asyncio.wait({task, question}, return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:
            task.cancel()  # the caller gave up (its own timeout): so does the call
            raise
        finally:
            question.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await question
        if task.done() or book.asked is None:
            return await task
        call_id = held_id or uuid.uuid4().hex
        self._calls[call_id] = _Waiting(task, book)
        # Ended unanswered (hold ran out, server gone): forget it, and its error.
        task.add_done_callback(lambda done: self._forget(call_id, done))
        return Held(call_id, book.asked)

    def _forget(self, call_id: str, task: asyncio.Task[CallOutcome]) -> None:
        waiting = self._calls.get(call_id)
        if waiting is not None and waiting.task is task:
            del self._calls[call_id]
        if not task.cancelled():
            task.exception()  # retrieved: an abandoned call's error is not "never retrieved"
