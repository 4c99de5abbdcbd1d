"""Tools named in prose: code says why they cannot run (round-6 unseen requests).

Real MCP servers (the test fixtures) answer; the requests are the workload's unseen
ones: a Korean particle glued to a tool name, a server named in a sentence, a tool the
running server does not have, and a role that may not run the named tool.
"""

from __future__ import annotations

import pytest

from agents.output_guard import invented_tool_result
from agents.tool_problems import named_tool, tool_problem
from tests.agents.mcp.conftest import MakeManager, fixture_entry, make_manager
from tests.tools.rule_switch import NEVER

__all__ = ["make_manager"]  # the fixture, re-exported for pytest


def test_a_korean_particle_is_not_part_of_the_tool_name() -> None:
    call = named_tool("tasks.export_report로 11월 보고서 뽑아 줘", ["tasks"])
    assert call is not None and call.tool == "export_report"
    assert named_tool("pol.wipe 로 notes 지워 줘", ["pol"]) is not None


def test_a_configured_server_named_in_a_sentence_is_a_tool_request() -> None:
    servers = ["broken", "archive", "drift"]
    ko = named_tool("broken 서버로 보고서 동기화 좀 해 줘", servers)
    assert ko is not None and (ko.server, ko.tool) == ("broken", "")
    en = named_tool("Can you use the broken server's sync tool?", servers)
    assert en is not None and (en.server, en.tool) == ("broken", "sync")
    with_tool = named_tool("drift 서버의 echo로 안녕이라고 말해 줘", servers)
    assert with_tool is not None and (with_tool.server, with_tool.tool) == ("drift", "echo")
    # A word that is not a configured server stays an ordinary sentence.
    assert named_tool("the file server is slow today", servers) is None


def test_a_configured_server_named_as_a_tool_is_a_tool_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    servers = ["broken", "archive"]
    for text, server in [
        ("broken 툴 좀 돌려봐", "broken"),
        ("archive 도구로 정리해줘", "archive"),
        ("run the broken tool again", "broken"),
    ]:
        named = named_tool(text, servers)
        assert named is not None and (named.server, named.tool) == (server, "")
    # Only configured names: "the pen tool" is nobody's MCP server.
    assert named_tool("use the pen tool to sign it", servers) is None
    monkeypatch.setattr("agents.tool_naming._SERVER_AS_TOOL", NEVER)
    assert named_tool("broken 툴 좀 돌려봐", servers) is None


def test_prose_requests_name_the_server_and_what_to_do(make_manager: MakeManager) -> None:
    manager = make_manager(
        {
            "calc": fixture_entry("good_server.py"),
            "broken": fixture_entry("crash_on_start.py"),
            "archive": {**fixture_entry("good_server.py"), "disabled": True},
            "pol": fixture_entry("policy_server.py"),
        }
    )
    down = tool_problem("broken 서버로 보고서 동기화 좀 해 줘", manager)
    assert down is not None and down.kind == "server_down" and "'broken'" in down.message
    as_tool = tool_problem("broken 툴 좀 돌려봐", manager)
    assert as_tool is not None and as_tool.kind == "server_down" and "'broken'" in as_tool.message
    off = tool_problem("Use the archive server to echo my notes back", manager)
    assert off is not None and off.kind == "server_disabled" and "'archive'" in off.message
    unknown = tool_problem("calc.divide 도구로 10을 2로 나눠 줘", manager)
    assert unknown is not None and unknown.kind == "unknown_tool"
    assert "'divide'" in unknown.message and "switchyard mcp tools" in unknown.message
    # A file name beside a server of the same name is still not a tool.
    assert tool_problem("summarize calc.md for me", manager) is None
    # The role: a viewer may not run a write tool, a user not a destructive one.
    viewer = tool_problem("pol.note 도구로 memo에 메모 남겨 줘", manager, "viewer")
    assert viewer is not None and viewer.kind == "denied"
    assert "needs role 'user'" in viewer.message and "nothing ran" in viewer.message
    user = tool_problem("pol.wipe 로 notes 지워 줘", manager, "user")
    assert user is not None and user.kind == "denied" and "'admin'" in user.message
    # Allowed for the role: the request goes on (a confirmation may still be asked).
    assert tool_problem("pol.note 도구로 memo에 메모 남겨 줘", manager, "user") is None
    # The explicit form is the policy gate's to decide (it audits the denial).
    assert tool_problem('pol.wipe {"target": "notes"}', manager, "user") is None


def test_a_reply_to_a_request_to_run_a_tool_is_not_shown_without_a_call() -> None:
    asked = "pol.note 도구로 memo에 메모 남겨 줘"
    assert invented_tool_result("메모를 남겼어요.", "pol.note", 0, question=asked) is not None
    assert invented_tool_result("Sure thing!", "pol.note", 0, question=asked) is not None
    assert invented_tool_result("메모를 남겼어요.", "pol.note", 1, question=asked) is None
    # A question about the tool may be answered without calling it.
    about = "pol.note 도구는 뭐 하는 거야?"
    assert invented_tool_result("메모를 적는 도구예요.", "pol.note", 0, question=about) is None


def test_an_action_of_a_well_known_server_that_is_not_configured_is_told_so() -> None:
    reset = tool_problem("git 리셋 해줘", None)
    assert reset is not None and reset.server == "git" and "nothing ran" in reset.message
    assert tool_problem("Please reset my git repo to the last commit", None) is not None
    # Asking how, or what it is, is a question for a model.
    for question in ("git 리셋 방법 알려줘", "git이 뭐야?", "What is git?"):
        assert tool_problem(question, None) is None
