"""Elicitation: a server asks the user for input during a tool call.

Switchyard answers it as an approval-style pause, not inline: a call that meets a
question it has no answer for declines to guess (it answers ``cancel``, so the
server's tool ends at once) and the question comes back with the call's result.
The graph pauses the run with it; once the user answers, the same call is made
again carrying the answers, and each question is answered from them in order.
That is the shape the 2026-07-28 multi-round-trip form has anyway (the client
retries the original request with the responses), so both forms meet one path,
and a pause can outlive the process that started it (``switchyard ask --answer``).
"""

from __future__ import annotations

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
    """

    def __init__(
        self,
        server: str,
        tool: str,
        answers: Sequence[ElicitationAnswer],
        ask: AskNow | None = None,
    ) -> None:
        self.server = server
        self.tool = tool
        self._answers = list(answers)
        self._next = 0
        self._ask = ask
        self.asked: ElicitationQuestion | None = None

    def respond(self, params: types.ElicitRequestParams) -> types.ElicitResult:
        """The reply to one ``elicitation/create`` (or embedded elicitation input request)."""
        if isinstance(params, types.ElicitRequestURLParams):
            # URL mode sends the user to a web page; not declared, so not followed.
            return types.ElicitResult(action="decline")
        schema = dict(params.requested_schema)
        question = ElicitationQuestion(self.server, self.tool, params.message, schema)
        answer: ElicitationAnswer | None = None
        given = self._answers[self._next] if self._next < len(self._answers) else None
        if self.asked is None and given is not None and given.key == question.key:
            answer = given
            self._next += 1
        if answer is None and self.asked is None and self._ask is not None:
            answer = self._ask(question)  # a caller that can answer at once (no pause)
        if answer is not None:
            if answer.action != "accept":
                return types.ElicitResult(action=answer.action)
            content = with_defaults(schema, answer.content)
            return types.ElicitResult(action="accept", content=content)
        if self.asked is None:
            self.asked = question
        # No answer yet: end the server's wait now; the run pauses and calls again.
        return types.ElicitResult(action="cancel")


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
        return self._books[-1].respond(params)


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
