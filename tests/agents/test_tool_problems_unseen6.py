"""Tools named the ways the sixth unseen set named them (its mechanisms, own inputs)."""

from __future__ import annotations

import pytest

from agents.tool_naming import well_known_action
from agents.tool_problems import NamedTool, named_tool

SERVERS = ["calc", "archive", "broken", "notes"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # 툴 is 도구 typed in English loanword form.
        ("calc 서버 divide 툴로 8 나누기 2 해줘", NamedTool("calc", "divide", False)),
        # A configured server named bare, with a particle, in an instruction.
        ("broken으로도 한번 돌려봐", NamedTool("broken", "", False)),
        ("archive에서 실행해 줘", NamedTool("archive", "", False)),
    ],
)
def test_a_tool_or_server_named_in_prose(text: str, named: NamedTool) -> None:
    assert named_tool(text, SERVERS) == named


@pytest.mark.parametrize(
    "text",
    [
        # A particle after a word that is no configured server, or a question, names none.
        "메일로 보내줘",
        "broken으로 끝나는 단어가 뭐야?",
    ],
)
def test_no_server_is_named(text: str) -> None:
    assert named_tool(text, SERVERS) is None


def test_use_the_tool_is_an_instruction() -> None:
    found = well_known_action("use the notion tool to add a page for the meeting pls", [])
    assert found == NamedTool("notion", "", False)
    assert well_known_action("how do I use the notion tool?", []) is None
