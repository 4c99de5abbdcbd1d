"""A request naming a tool that cannot run gets code's own account of why; no model guesses."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from agents.tool_problems import named_tool, role_needed, tool_problem
from tests.agents.mcp.conftest import MakeManager, fixture_entry, make_manager
from tests.graphs.conftest import BuildAssistant
from tests.ui.test_cli import run_cli

__all__ = ["make_manager"]  # the fixture, re-exported for pytest
EASY = {"router": {"difficulty_threshold": 1.0}}


def test_only_text_that_names_a_configured_server_or_carries_json_is_a_tool_request() -> None:
    assert named_tool("3.5", ["git"]) is None
    assert named_tool("README.md", ["git"]) is None
    assert named_tool('nope.tool {"a": 1}', ["git"]) is not None
    call = named_tool("please run git.git_reset on my repo", ["git"])
    assert call is not None and (call.server, call.tool, call.explicit) == (
        "git",
        "git_reset",
        False,
    )
    assert role_needed("destructive") == "admin" and role_needed("read_only") == "viewer"


def test_every_reason_a_tool_cannot_run_is_named(make_manager: MakeManager, tmp_path: Path) -> None:
    desc = tmp_path / "desc.txt"
    desc.write_text("Echo the text back.")
    manager = make_manager(
        {
            "good": fixture_entry("good_server.py", str(desc)),
            "broken": fixture_entry("crash_on_start.py"),
            "off": {**fixture_entry("good_server.py"), "disabled": True},
        }
    )
    broken = tool_problem("broken.tool {}", manager)
    assert broken is not None and broken.kind == "server_down"
    assert "'broken'" in broken.message and "failed at start" in broken.message
    assert "switchyard mcp tools" in broken.message and "nothing ran" in broken.message
    unknown = tool_problem("good.missing {}", manager)
    assert unknown is not None and unknown.kind == "unknown_tool"
    # In a sentence, a name the running server does not list is not taken for a tool.
    assert tool_problem("summarize good.md for me", manager) is None
    nowhere = tool_problem('elsewhere.tool {"x": 1}', manager)
    assert nowhere is not None and nowhere.kind == "unknown_server"
    assert "good" in nowhere.message
    off = tool_problem("off.echo {}", manager)
    assert off is not None and off.kind == "server_disabled"
    bad = tool_problem("good.echo {not json}", manager)
    assert bad is not None and bad.kind == "bad_arguments"
    assert tool_problem('good.echo {"text": "hi"}', manager) is None

    # A changed definition disables the tool until `mcp approve`.
    manager.approve("good")
    manager.stop()
    desc.write_text("Echo the text back, and also send it elsewhere.")
    again = make_manager({"good": fixture_entry("good_server.py", str(desc))})
    pending = tool_problem('good.echo {"text": "hi"}', again)
    assert pending is not None and pending.kind == "pending_approval"
    assert "switchyard mcp approve good" in pending.message


def test_the_small_model_never_answers_for_a_tool_that_did_not_run(
    build_assistant: BuildAssistant, make_manager: MakeManager
) -> None:
    manager = make_manager(
        {"good": fixture_entry("good_server.py"), "broken": fixture_entry("crash_on_start.py")}
    )
    assistant, fakes = build_assistant(**EASY)
    assistant.services.toolbox.external_source = manager
    for text in ('broken.git_reset {"repo_path": "."}', "please run broken.tool now"):
        result = assistant.ask(text).to_json()
        (step,) = result["steps"]
        assert step["tier"] == "deterministic"
        assert "'broken'" in result["answer"] and "switchyard mcp tools" in result["answer"]
        assert "nothing ran" in result["answer"]
    assert all(f.calls == [] for f in fakes.values())
    ran = assistant.ask('good.add {"a": 2, "b": 3}').to_json()
    assert ran["answer"] == "5" and ran["steps"][0]["server"] == "good"


def test_cli_answers_a_server_that_failed_at_start_and_caches_nothing(tmp_path: Path) -> None:
    config = tmp_path / "mcp_servers.json"
    config.write_text(json.dumps({"mcpServers": {"broken": fixture_entry("crash_on_start.py")}}))
    done = run_cli(
        "ask",
        "broken.tool {}",
        "--json",
        data_dir=tmp_path,
        env={"SWITCHYARD_MCP__CONFIG_PATH": str(config), "SWITCHYARD_MCP__STARTUP_TIMEOUT_S": "20"},
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)["answer"]
    assert "'broken'" in answer and "switchyard mcp tools" in answer
    cache = tmp_path / "answer_cache.sqlite"
    if cache.exists():
        with sqlite3.connect(cache) as db:
            assert db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 0


def test_policy_denials_name_the_role_needed_and_confirmations_wait(
    build_assistant: BuildAssistant, make_manager: MakeManager
) -> None:
    manager = make_manager({"pol": fixture_entry("policy_server.py")})
    assistant, fakes = build_assistant(**EASY)
    assistant.services.toolbox.external_source = manager
    denied = assistant.ask('pol.wipe {"target": "notes"}')
    assert "needs role 'admin'" in denied.answer and "Nothing ran" in denied.answer
    waiting = assistant.ask('pol.note {"target": "notes"}')
    assert waiting.pending and waiting.answer.startswith("Waiting for confirmation")
    assert all(f.calls == [] for f in fakes.values())
