"""Tool requests the way the tenth unseen set wrote them (its mechanisms, own inputs).

A message to send on a messenger no configured server provides, and a configured server
named bare after "use" in an instruction. The "box" server and its tools are written for
these tests.
"""

from __future__ import annotations

import pytest

from agents.mcp.types import McpToolInfo, ServerStatus
from agents.tool_problems import tool_problem


class _Servers:
    """A running "box" server and a disabled "shelf" server."""

    def status(self) -> list[ServerStatus]:
        return [ServerStatus("box", "running", tools=1), ServerStatus("shelf", "disabled")]

    def list_tools(self) -> list[McpToolInfo]:
        return [McpToolInfo("box", "size", "How big the box is.", {}, permission="read_only")]

    def known_tools(self) -> list[tuple[str, str, bool]]:
        return [("box", "size", True)]


@pytest.mark.parametrize(
    ("text", "server"),
    [
        ("카톡으로 팀장님한테 회의 끝났다고 전해줘", "kakaotalk"),
        ("텔레그램에 사진 올려줘", "telegram"),
        ("send my brother a whatsapp saying happy birthday", "whatsapp"),
    ],
)
def test_a_message_on_a_messenger_no_server_provides_is_told_so(text: str, server: str) -> None:
    problem = tool_problem(text, _Servers())
    assert problem is not None and problem.kind == "unknown_server"
    assert problem.server == server and "nothing ran" in problem.message


def test_asking_how_to_use_a_messenger_is_not_a_tool_request() -> None:
    assert tool_problem("카톡 단체방은 어떻게 만들어?", _Servers()) is None


@pytest.mark.parametrize("text", ["use shelf to list my books", "please use the shelf to find it"])
def test_a_configured_server_named_after_use_is_the_server_asked_for(text: str) -> None:
    problem = tool_problem(text, _Servers())
    assert problem is not None and problem.kind == "server_disabled"
    assert "'shelf'" in problem.message


def test_use_before_a_word_that_is_no_server_names_nothing() -> None:
    assert tool_problem("use less sugar in the cake", _Servers()) is None
