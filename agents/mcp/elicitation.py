"""Elicitation: a server asks the user for input during a tool call.

Switchyard answers it as an approval-style pause, not inline: a call that meets a
question it has no answer for declines to guess (it answers ``cancel``, so the
server's tool ends at once) and the question comes back with the call's result.
The graph pauses the run with it; once the user answers, the same call is made
again carrying the answers, and each question is answered from them in order.
That is the shape the 2026-07-28 multi-round-trip form has anyway (the client
retries the original request with the responses), so both forms meet one path,
and a pause can outlive the process that started it (``switchyard ask --answer``).

Calling again runs the tool body again, which does not suit a tool that did
something before it asked. So within one live process (the web app, ``mcp serve``,
an interactive CLI) a server-initiated question is HELD instead: the call stays
open, waiting up to ``hold_s`` (``AnswerBook.respond_held``), the run pauses all
the same, and the answer is delivered to the waiting call (``agents.mcp.held_calls``).
Only when that process is gone, or the hold ran out, is the call made again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from mcp import types

from agents.mcp.elicitation_types import ElicitationAnswer, ElicitationQuestion, with_defaults

# Answers a question on the spot (``None``: it cannot, so the run pauses instead).
AskNow = Callable[[ElicitationQuestion], ElicitationAnswer | None]
MAX_ROUNDS = 10  # multi-round-trip retries of one call (the SDKs' own default)


class AnswerBook:
    """The answers one tool call may give, in order; records the first unanswered question.

    Args:
        server: The server called (named in the question).
        tool: The tool called.
        answers: Answers the user already gave to this call's questions, in order.
        ask: Answers a question there and then, when it can.
        hold_s: How long a question with no answer may keep the call waiting for one
            (``deliver``) instead of ending it with ``cancel``; 0 never holds. Only a
            server-initiated ``elicitation/create`` is held: the multi-round-trip form
            retries the request by design.
    """

    def __init__(
        self,
        server: str,
        tool: str,
        answers: Sequence[ElicitationAnswer],
        ask: AskNow | None = None,
        hold_s: float = 0.0,
    ) -> None:
        self.server = server
        self.tool = tool
        self._answers = list(answers)
        self._next = 0
        self._ask = ask
        self.asked: ElicitationQuestion | None = None
        self.hold_s = hold_s
        # Set while a question is held for the user (``HeldCalls`` waits on it).
        self.waiting = asyncio.Event()
        # Told when a hold starts (True) and ends (False): the request timeout pauses.
        self.on_hold: Callable[[bool], None] | None = None
        self._reply: asyncio.Future[ElicitationAnswer] | None = None

    def respond(self, params: types.ElicitRequestParams) -> types.ElicitResult:
        """The reply to one ``elicitation/create`` (or embedded elicitation input request)."""
        if isinstance(params, types.ElicitRequestURLParams):
            # URL mode sends the user to a web page; not declared, so not followed.
            return types.ElicitResult(action="decline")
        question, answer = self._lookup(params)
        if answer is not None:
            return _result(question, answer)
        if self.asked is None:
            self.asked = question
        # No answer yet: end the server's wait now; the run pauses and calls again.
        return types.ElicitResult(action="cancel")

    async def respond_held(self, params: types.ElicitRequestParams) -> types.ElicitResult:
        """Like ``respond``, but a question with no answer waits (up to ``hold_s``) for one.

        The call stays open meanwhile, so a tool that did something before it asked
        does not do it again when the answer comes (``HeldCalls``).
        """
        if self.hold_s <= 0 or isinstance(params, types.ElicitRequestURLParams):
            return self.respond(params)
        question, answer = self._lookup(params)
        if answer is not None:
            return _result(question, answer)
        if self.asked is not None:  # a second question while one is open: not ours to hold
            return types.ElicitResult(action="cancel")
        self.asked = question
        self._reply = asyncio.get_running_loop().create_future()
        self.waiting.set()
        if self.on_hold is not None:
            self.on_hold(True)
        try:
            answer = await asyncio.wait_for(self._reply, self.hold_s)
        except TimeoutError:
            # Nobody answered in time: the tool ends now; a late answer runs it again.
            return types.ElicitResult(action="cancel")
        finally:
            self._reply = None
            if self.on_hold is not None:
                self.on_hold(False)
        self.asked = None
        return _result(question, answer)

    def deliver(self, answer: ElicitationAnswer) -> bool:
        """Give the held question its answer; ``False`` when none is held (or it differs)."""
        reply, asked = self._reply, self.asked
        if reply is None or reply.done() or asked is None or asked.key != answer.key:
            return False
        self.waiting.clear()
        reply.set_result(answer)
        return True

    def _lookup(
        self, params: types.ElicitRequestFormParams
    ) -> tuple[ElicitationQuestion, ElicitationAnswer | None]:
        """The question asked and the answer already given to it (or asked for at once)."""
        schema = dict(params.requested_schema)
        question = ElicitationQuestion(self.server, self.tool, params.message, schema)
        answer: ElicitationAnswer | None = None
        given = self._answers[self._next] if self._next < len(self._answers) else None
        if self.asked is None and given is not None and given.key == question.key:
            answer = given
            self._next += 1
        if answer is None and self.asked is None and self._ask is not None:
            answer = self._ask(question)  # a caller that can answer at once (no pause)
        return question, answer


def _result(question: ElicitationQuestion, answer: ElicitationAnswer) -> types.ElicitResult:
    if answer.action != "accept":
        return types.ElicitResult(action=answer.action)
    return types.ElicitResult(
        action="accept", content=with_defaults(question.schema, answer.content)
    )


class ElicitationRouter:
    """Routes a server's ``elicitation/create`` to the call waiting on that server.

    A server-initiated request names no call it belongs to (stdio has no request
    link), so it goes to the latest call still running on the connection; a call
    made without an answer book (a health ping, a listing) never gets one.
    """

    def __init__(self) -> None:
        self._books: list[AnswerBook] = []

    def attach(self, book: AnswerBook) -> None:
        """A call starts: questions go to its book until ``detach``."""
        self._books.append(book)

    def detach(self, book: AnswerBook) -> None:
        """The call ended."""
        if book in self._books:
            self._books.remove(book)

    async def __call__(
        self, context: Any, params: types.ElicitRequestParams
    ) -> types.ElicitResult | types.ErrorData:
        """The session's elicitation callback."""
        if not self._books:
            return types.ElicitResult(action="cancel")
        return await self._books[-1].respond_held(params)


async def drive_input_required(
    first: types.InputRequiredResult,
    book: AnswerBook,
    retry: Callable[
        [types.InputResponses, str | None],
        Awaitable[types.CallToolResult | types.InputRequiredResult],
    ],
) -> types.CallToolResult | None:
    """The multi-round-trip form: answer embedded elicitations from ``book`` and retry.

    Returns:
        The final result, or ``None`` when a question has no answer yet
        (``book.asked`` says which); nothing is retried then.

    Raises:
        RuntimeError: The server kept asking past ``MAX_ROUNDS``, or asked for a
            sampling or roots input this client does not offer.
    """
    current: types.CallToolResult | types.InputRequiredResult = first
    for _ in range(MAX_ROUNDS):
        if not isinstance(current, types.InputRequiredResult):
            return current
        responses: types.InputResponses = {}
        for key, request in (current.input_requests or {}).items():
            if not isinstance(request, types.ElicitRequest):
                raise RuntimeError(f"the server asked for {request.method}, which is not offered")
            responses[key] = book.respond(request.params)
        if book.asked is not None:
            return None
        current = await retry(responses, current.request_state)
    raise RuntimeError(f"the server kept asking for input past {MAX_ROUNDS} rounds")
