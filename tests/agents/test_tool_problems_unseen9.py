"""Tool requests the way the ninth unseen set wrote them (its mechanisms, own inputs).

A well-known kind of server written in Hangul, a configured server's possessive without
the word "tool", a two-part tool name said as words, and a server and its tool named as
two bare words in a run request. The "box" server and its tools are written for these
tests.
"""

from __future__ import annotations

import pytest

from agents.mcp.types import McpToolInfo, ServerStatus
from agents.mcp_dispatch import match_mcp_step
from agents.tool_problems import tool_problem


class _BoxServer:
    """A running "box" server: "shout" waits for approval, "send_invoice" is task-only."""

    def status(self) -> list[ServerStatus]:
        return [ServerStatus("box", "running", tools=3)]

    def list_tools(self) -> list[McpToolInfo]:
        return [
            McpToolInfo("box", "size", "How big the box is.", {}, permission="read_only"),
            McpToolInfo(
                "box",
                "shout",
                "Shout a word.",
                {},
                enabled=False,
                disabled_reason="definition changed since it was approved",
                permission="read_only",
            ),
            McpToolInfo(
                "box", "send_invoice", "Send it.", {}, task_only=True, permission="read_only"
            ),
        ]

    def known_tools(self) -> list[tuple[str, str, bool]]:
        return [("box", t.name, t.enabled) for t in self.list_tools()]


@pytest.mark.parametrize(
    ("text", "server"),
    [
        ("슬랙에 내일 휴가라고 올려줘", "slack"),
        ("깃허브에 새 저장소 만들어줘", "github"),
        ("구글 캘린더에 금요일 저녁 약속 넣어줘", "calendar"),
    ],
)
def test_a_well_known_server_written_in_hangul_is_told_it_is_not_configured(
    text: str, server: str
) -> None:
    problem = tool_problem(text, _BoxServer())
    assert problem is not None and problem.kind == "unknown_server"
    assert problem.server == server and "nothing ran" in problem.message


def test_hangul_server_names_inside_other_words_or_questions_are_left_alone() -> None:
    assert tool_problem("슬랙에 공지 올려줘", _BoxServer()) is not None
    for text in ("슬랙 알림 끄는 방법 알려줘", "그렇게 하지라도 말아줘"):
        assert tool_problem(text, _BoxServer()) is None, text


def test_a_configured_servers_possessive_in_an_instruction_names_its_tool() -> None:
    problem = tool_problem("pls use box's shout to say hello", _BoxServer())
    assert problem is not None and problem.kind == "pending_approval"
    assert problem.tool == "shout" and "mcp approve box" in problem.message
    # The possessive of a tool that can run lets it run.
    assert tool_problem("use box's size to measure it", _BoxServer()) is None


def test_a_two_part_tool_name_said_as_words_is_the_tool_meant() -> None:
    problem = tool_problem("use the box server to send the march invoice pls", _BoxServer())
    assert problem is not None and problem.kind == "task_only"
    assert problem.tool == "send_invoice"


CATALOG = [("box", "size", True), ("calc", "add", True)]


@pytest.mark.parametrize("text", ["box size 돌려줘", "pls run box size", "box size 실행해 봐"])
def test_a_server_and_its_tool_as_two_words_in_a_run_request_is_the_call(text: str) -> None:
    chosen = match_mcp_step(text, CATALOG)
    assert chosen is not None and (chosen.server, chosen.tool, chosen.args) == ("box", "size", {})


def test_two_words_that_are_no_tool_of_the_server_or_no_run_request_are_not_called() -> None:
    assert match_mcp_step("box size 돌려줘", CATALOG) is not None
    for text in ("box size 얼마야", "box weight 돌려줘", "run calc size"):
        assert match_mcp_step(text, CATALOG) is None, text
