"""A server named without a tool: the arithmetic word between two numbers names the tool.

The "abacus" server and its tools are written for these tests.
"""

from __future__ import annotations

import pytest

from agents.mcp.types import McpToolInfo, ServerStatus
from agents.mcp_operation_tool import tool_named_by_operation
from agents.mcp_prose_calls import prose_tool_call

_TWO_NUMBERS = {
    "type": "object",
    "properties": {"left": {"type": "number"}, "right": {"type": "number"}},
    "required": ["left", "right"],
}
_TOOLS = [
    McpToolInfo("abacus", "sum", "Add two numbers.", _TWO_NUMBERS, permission="read_only"),
    McpToolInfo("abacus", "multiply", "Multiply.", _TWO_NUMBERS, permission="read_only"),
]


class _Abacus:
    def status(self) -> list[ServerStatus]:
        return [ServerStatus("abacus", "running", tools=2)]

    def list_tools(self) -> list[McpToolInfo]:
        return list(_TOOLS)

    def known_tools(self) -> list[tuple[str, str, bool]]:
        return [("abacus", t.name, t.enabled) for t in _TOOLS]


@pytest.mark.parametrize(
    ("text", "tool", "args"),
    [
        ("abacus 서버로 120 더하기 45 해줘", "sum", {"left": 120, "right": 45}),
        ("use the abacus server for 7 times 6", "multiply", {"left": 7, "right": 6}),
        ("abacus 서버로 12랑 30 더해줘", "sum", {"left": 12, "right": 30}),
    ],
)
def test_the_operation_word_names_the_tool_of_that_name(
    text: str, tool: str, args: dict[str, object]
) -> None:
    call = prose_tool_call(text, _Abacus())
    assert call is not None and (call.server, call.tool, call.args) == ("abacus", tool, args)


@pytest.mark.parametrize(
    "text",
    [
        "abacus 서버로 120 나누기 4 해줘",  # no tool of the server is named divide
        "abacus 서버로 12랑 30 비교해줘",  # 이랑 joins the numbers, says no operation
        "abacus 서버로 3 곱하기 4 더하기 5 해줘",  # two operations: which tool is a guess
    ],
)
def test_no_tool_is_guessed_when_the_name_does_not_say_the_operation(text: str) -> None:
    assert tool_named_by_operation(text, _TOOLS) == ""
    assert prose_tool_call(text, _Abacus()) is None
