"""A turn asking for the previous tool request again is read as that request
(agents.tool_retry). The "crate", "bin" and "broken" servers are ours."""

from __future__ import annotations

import pytest

from agents.mcp.types import McpToolInfo, ServerStatus
from agents.tool_problems import tool_problem
from agents.tool_retry import repeated_tool_request
from tests.tools.rule_switch import NEVER


class _Servers:
    def status(self) -> list[ServerStatus]:
        return [
            ServerStatus("crate", "running", tools=1),
            ServerStatus("bin", "running", tools=1),
            ServerStatus("broken", "failed", reason="crashed"),
        ]

    def list_tools(self) -> list[McpToolInfo]:
        return [
            McpToolInfo("crate", "peek", "Look inside.", {}, permission="read_only"),
            McpToolInfo("bin", "peek", "Look inside.", {}, enabled=False, disabled_reason="new"),
        ]

    def known_tools(self) -> list[tuple[str, str, bool]]:
        return [(t.server, t.name, t.enabled) for t in self.list_tools()]


@pytest.mark.parametrize(
    ("earlier", "text", "again"),
    [
        (["broken.sync {}"], "try that again please", "broken.sync {}"),
        (['crate.peek {"shelf": 3}'], "같은 거 bin으로도 해봐", 'bin.peek {"shelf": 3}'),
        (['crate.peek {"shelf": 3}'], "do the same with bin", 'bin.peek {"shelf": 3}'),
        # The redo of a redo is the request before both.
        (["crate 서버로 peek 해줘", "다시"], "한 번 더", "crate 서버로 peek 해줘"),
    ],
)
def test_a_redo_is_the_previous_tool_request(
    earlier: list[str], text: str, again: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert repeated_tool_request(text, earlier, _Servers()) == again
    monkeypatch.setattr("agents.tool_retry._REDO", NEVER)
    assert repeated_tool_request(text, earlier, _Servers()) is None


def test_the_repeated_request_is_told_why_it_cannot_run() -> None:
    again = repeated_tool_request("같은 거 bin으로도 해봐", ['crate.peek {"shelf": 3}'], _Servers())
    problem = tool_problem(again or "", _Servers())
    assert problem is not None and problem.kind == "pending_approval"
    assert (problem.server, problem.tool) == ("bin", "peek")


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["3 더하기 4는?"], "다시 해봐"),  # the previous turn was no tool request
        (["broken.sync {}"], "why did it fail again?"),  # a question about it
        (['crate.peek {"shelf": 3}'], "again with shelf 4"),  # a new argument
        (['crate.peek {"shelf": 3}'], "try again with 'attic'"),
        ([], "try again"),  # nothing before
        (["broken.sync {}"], "thanks, that's the same as yesterday so never mind it all"),
    ],
)
def test_other_turns_are_no_redo(earlier: list[str], text: str) -> None:
    assert repeated_tool_request(text, earlier, _Servers()) is None


def test_no_servers_no_redo() -> None:
    assert repeated_tool_request("try that again", ["broken.sync {}"], None) is None
