"""Servers start in the background: only a step that needs one waits for it.

No wall-clock assertions: ``start_waits`` counts every wait for a start-up, so a
question that needs no MCP tool is shown to have waited for none.
"""

from __future__ import annotations

from agents.tool_problems import await_named_server, tool_problem
from tests.agents.mcp.conftest import MakeManager, fixture_entry, make_manager, state_of
from tests.graphs.conftest import BuildAssistant, build_assistant

__all__ = ["build_assistant", "make_manager"]  # the fixtures, re-exported for pytest


def test_a_question_needing_no_tool_never_waits_for_a_hung_server(
    build_assistant: BuildAssistant, make_manager: MakeManager
) -> None:
    manager = make_manager(
        {"hang": fixture_entry("hang_on_start.py", startup_timeout_s=60)}, start=False
    )
    manager.start_background()
    assistant, _ = build_assistant()
    assistant.services.toolbox.external_source = manager
    result = assistant.ask("12*7").to_json()
    assert "84" in result["answer"]
    assert manager.start_waits == 0
    # Still hanging in the background: nothing waited for it to give up.
    assert state_of(manager, "hang") == "starting"


def test_a_named_server_still_starting_gets_its_start_up_time_then_its_reason(
    make_manager: MakeManager,
) -> None:
    manager = make_manager(
        {
            "hang": fixture_entry("hang_on_start.py", startup_timeout_s=1.5),
            "good": fixture_entry("good_server.py"),
        },
        start=False,
    )
    manager.start_background()
    problem = tool_problem("hang.anything {}", manager)
    assert problem is not None and problem.kind == "server_down"
    assert "'hang'" in problem.message and "no reply within 1.5s" in problem.message
    assert manager.start_waits >= 1
    # The other server came up on its own meanwhile and its tool runs.
    assert tool_problem('good.echo {"text": "hi"}', manager) is None
    assert manager.call_tool("good", "echo", {"text": "hi"}).text.endswith("hi")


def test_a_model_step_sees_the_tools_of_a_server_that_was_still_starting(
    make_manager: MakeManager,
) -> None:
    manager = make_manager({"good": fixture_entry("good_server.py")}, start=False)
    manager.start_background()
    names = {tool.name for tool in manager.langchain_tools()}
    assert "good__echo" in names


def test_a_server_named_only_as_a_word_gets_its_start_up_time(
    make_manager: MakeManager,
) -> None:
    # "have hang echo hi" names the server in a form only its own tool list can read, and
    # a server still starting has listed nothing yet: its name as a word is the cue.
    manager = make_manager(
        {"hang": fixture_entry("hang_on_start.py", startup_timeout_s=1.5)}, start=False
    )
    manager.start_background()
    await_named_server("have a nice day", manager)
    assert manager.start_waits == 0
    await_named_server("have hang echo hi", manager)
    assert manager.start_waits == 1
    assert state_of(manager, "hang") == "failed"
