"""A running server's tool asked for in a sentence, called when code can fill it in.

The "box" server and its tools are written for these tests.
"""

from __future__ import annotations

import pytest

from agents.mcp.types import McpToolInfo, ServerStatus
from agents.mcp_dispatch import match_mcp_step
from agents.mcp_prose_calls import prose_tool_call

_TEXT = {"type": "object", "properties": {"word": {"type": "string"}}, "required": ["word"]}
_TWO_INTS = {
    "type": "object",
    "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
    "required": ["x", "y"],
}


class _Box:
    def status(self) -> list[ServerStatus]:
        return [ServerStatus("box", "running", tools=4), ServerStatus("shelf", "failed")]

    def list_tools(self) -> list[McpToolInfo]:
        return [
            McpToolInfo("box", "size", "How big.", {"type": "object"}, permission="read_only"),
            McpToolInfo("box", "shout", "Shout a word.", _TEXT, permission="read_only"),
            McpToolInfo("box", "times", "Multiply.", _TWO_INTS, permission="read_only"),
            McpToolInfo(
                "box", "later", "Later.", {}, task_only=True, enabled=False, permission="read_only"
            ),
        ]

    def known_tools(self) -> list[tuple[str, str, bool]]:
        return [("box", t.name, t.enabled) for t in self.list_tools()]


@pytest.mark.parametrize(
    ("text", "tool", "args"),
    [
        ("can u check the size on the box server real quick", "size", {}),
        ("box 서버 shout로 '안녕 친구' 외쳐줘", "shout", {"word": "안녕 친구"}),
        ("box 서버 times로 12랑 30 곱해줘", "times", {"x": 12, "y": 30}),
    ],
)
def test_a_tool_named_in_a_sentence_is_called_with_what_it_states(
    text: str, tool: str, args: dict[str, object]
) -> None:
    call = prose_tool_call(text, _Box())
    assert call is not None and (call.server, call.tool, call.args) == ("box", tool, args)


@pytest.mark.parametrize(
    "text",
    [
        "box 서버 shout로 인사 좀 해줘",  # no quoted text: which word is a guess
        "box 서버 times로 12랑 30이랑 2 곱해줘",  # a figure too many
        "what does the box server's size tool do?",  # a question about the tool
        "box 서버 later로 돌려줘",  # a task-only tool: told why elsewhere
        "shelf 서버 size 돌려줘",  # a server that is not running
    ],
)
def test_a_sentence_that_leaves_an_argument_to_guess_is_not_called(text: str) -> None:
    assert prose_tool_call(text, _Box()) is None


class _ChangedBox(_Box):
    """The "box" server with one tool whose definition changed since its approval."""

    def list_tools(self) -> list[McpToolInfo]:
        changed = McpToolInfo(
            "box", "paint", "Paint.", {}, enabled=False, disabled_reason="definition changed"
        )
        return [*super().list_tools(), changed]


def test_a_server_awaiting_approval_is_not_called_from_a_sentence() -> None:
    assert prose_tool_call("run box.times with 12 and 30", _Box()) is not None
    assert prose_tool_call("run box.times with 12 and 30", _ChangedBox()) is None


def test_the_one_matcher_reads_a_sentence_when_given_the_manager() -> None:
    box = _Box()
    text = "box 서버 times로 12랑 30 곱해줘"
    assert match_mcp_step(text, box.known_tools()) is None
    call = match_mcp_step(text, box.known_tools(), box)
    assert call is not None and (call.tool, call.args) == ("times", {"x": 12, "y": 30})
