"""The 2026-07-28 multi-round-trip form of elicitation, driven by ``drive_input_required``.

A server answers ``tools/call`` with ``InputRequiredResult`` (embedded elicitation
requests plus opaque ``request_state``); the client retries the original request with
the responses. The retry here is a real function standing in for the session: it
checks what a server would (the echoed state, the keyed responses) and answers.
"""

from __future__ import annotations

import asyncio

import pytest
from mcp import types

from agents.mcp.elicitation import AnswerBook, drive_input_required
from agents.mcp.elicitation_types import ElicitationAnswer, question_key

SCHEMA = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "days": {"type": "integer", "default": 3}},
}
ASK = types.ElicitRequest(
    params=types.ElicitRequestFormParams(message="Where to?", requested_schema=SCHEMA)
)
FIRST = types.InputRequiredResult(input_requests={"trip": ASK}, request_state="s1")


async def _server(
    responses: types.InputResponses, state: str | None
) -> types.CallToolResult | types.InputRequiredResult:
    assert state == "s1"  # the opaque state comes back byte for byte
    reply = responses["trip"]
    assert isinstance(reply, types.ElicitResult)
    text = f"{reply.action}: {reply.content}"
    return types.CallToolResult(content=[types.TextContent(type="text", text=text)])


def _text(result: types.CallToolResult | None) -> str:
    assert result is not None
    block = result.content[0]
    assert isinstance(block, types.TextContent)
    return block.text


def test_without_an_answer_the_question_is_kept_and_nothing_is_retried() -> None:
    book = AnswerBook("srv", "plan", ())
    assert asyncio.run(drive_input_required(FIRST, book, _server)) is None
    assert book.asked is not None and book.asked.message == "Where to?"
    assert book.asked.schema == SCHEMA


def test_an_answer_is_sent_with_the_state_and_defaults_filled() -> None:
    accept = ElicitationAnswer(question_key("Where to?", SCHEMA), "accept", {"city": "Busan"})
    result = asyncio.run(drive_input_required(FIRST, AnswerBook("srv", "plan", [accept]), _server))
    assert _text(result) == "accept: {'city': 'Busan', 'days': 3}"


def test_a_sampling_request_is_refused_with_a_reason() -> None:
    sampling = types.CreateMessageRequest(
        params=types.CreateMessageRequestParams(messages=[], max_tokens=10)
    )
    first = types.InputRequiredResult(input_requests={"s": sampling}, request_state="s1")
    with pytest.raises(RuntimeError, match="sampling/createMessage"):
        asyncio.run(drive_input_required(first, AnswerBook("srv", "plan", ()), _server))
