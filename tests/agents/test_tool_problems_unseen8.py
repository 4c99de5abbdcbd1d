"""Tool requests the way the eighth unseen set wrote them (its mechanisms, own inputs)."""

from __future__ import annotations

import pytest

from agents.mcp_dispatch import match_mcp_step
from agents.tool_problems import tool_problem

CATALOG = [("calc", "add", True), ("notes", "append", True)]


@pytest.mark.parametrize(
    ("text", "server"),
    [
        # A server named as one ("X 서버", "the X server") that no configuration has.
        ("jenkins 서버로 배포 하나 돌려줘 브랜치는 main", "jenkins"),
        ("use the grafana server to make a dashboard", "grafana"),
        # An instruction followed by what it is about, to a well-known kind of server.
        ("notion에 페이지 하나 만들어줘 제목은 회의록", "notion"),
        ("schedule a call on my outlook for friday", "outlook"),
    ],
)
def test_an_instruction_to_a_server_that_is_not_configured_is_told_so(
    text: str, server: str
) -> None:
    problem = tool_problem(text, None)
    assert problem is not None and problem.server == server and "nothing ran" in problem.message


def test_the_server_rule_leaves_questions_and_plain_requests_alone() -> None:
    # Fails with the rule off through its first assertion; the rest bound what it reads.
    assert tool_problem("jenkins 서버로 배포 하나 돌려줘", None) is not None
    for text in (
        "jenkins 서버가 뭐야?",
        "the web server is slow, restart it pls",
        "이 문장 영어로 번역해줘 빨리",
        "add 12 and 30",
    ):
        assert tool_problem(text, None) is None, text


@pytest.mark.parametrize(
    "text",
    [
        'notes.append {"line": "milk"} 실행해줘',
        'please run notes.append {"line": "milk"}',
        'call notes.append {"line": "milk"} now',
    ],
)
def test_a_call_wrapped_in_a_run_instruction_is_the_call(text: str) -> None:
    chosen = match_mcp_step(text, CATALOG)
    assert chosen is not None and (chosen.server, chosen.tool) == ("notes", "append")
    assert chosen.args == {"line": "milk"}


def test_a_question_about_a_call_is_not_run() -> None:
    assert match_mcp_step('run notes.append {"line": "eggs"}', CATALOG) is not None
    assert match_mcp_step('notes.append {"line": "milk"} 이거 뭐하는거야', CATALOG) is None
