"""Every role x permission x path cell through the real graph and a real MCP server.

Paths: a built-in tool and an MCP tool proposed by a model, and the explicit
``server.tool {json}`` form. Permissions: read, write, destructive, external and
unknown. The fixture server writes a ledger line for each call that actually
ran, so each cell checks what happened, not just what was said; the audit log
must hold the gate's row for each decision. A server that is down at the time
of the call is covered both ways: crashed after listing its tools, and never
listed in this process.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage

from agents.mcp import McpManager
from agents.policy import Role
from agents.toolbox import ToolBox
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import AskResult, Assistant
from graphs.services import build_services
from graphs.state import Context
from tests.agents.mcp.conftest import (
    MakeManager,
    fixture_entry,
    make_manager,
    managers_in,
    state_of,
)
from tests.security.harness import REPO, Ledger, security_tools

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

__all__ = ["make_manager"]  # the fixture, re-exported for pytest

ROLES: tuple[Role, ...] = ("viewer", "user", "admin")
# MCP tool of the fixture server per permission ("ghost" is listed nowhere).
MCP_TOOLS = {
    "read": "look",
    "write": "note",
    "destructive": "wipe",
    "external": "post",
    "unknown": "ghost",
}
# Built-in tools of the security harness per permission.
BUILTIN_TOOLS = {
    "read": ("read_inbox", {}),
    "external": ("send_email", {"to": "bob@corp.example", "subject": "hi", "body": "see you"}),
    "destructive": ("delete_file", {"path": "notes.txt"}),
    "unknown": ("shell_exec", {"cmd": "id"}),
}
# permission -> the outcome for viewer, user, admin.
EXPECTED = {
    "read": ("ran", "ran", "ran"),
    "write": ("denied", "confirm", "ran"),
    "destructive": ("denied", "denied", "confirm"),
    "external": ("denied", "confirm", "confirm"),
    "unknown": ("denied", "denied", "denied"),
}


def _assistant(tmp: Path, role: Role, replies: list[Any], **overrides: Any) -> Assistant:
    local = ScriptedChatModel(replies=replies, model_name="test:local")
    settings = load_settings(
        data_dir=tmp / f"data-{role}",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": "test:cloud"},
        roles={"users": {"u": role}},
        router={"difficulty_threshold": 1.0},
        **overrides,
    )
    cloud = ScriptedChatModel(replies=[], model_name="test:cloud")
    services = build_services(
        settings,
        fakes={"local": local, "cloud": cloud},
        docs=None,
        mcp=False,
        toolbox=ToolBox(security_tools(Ledger(), ["Hi team, lunch is at noon."])),
    )
    return Assistant(services)


def _ran(ledger: Path) -> list[str]:
    if not ledger.exists():
        return []
    return [json.loads(line)["tool"] for line in ledger.read_text().splitlines()]


def _outcome(result: AskResult, ran_before: int, ran_after: int) -> str:
    if result.pending:
        return "confirm"
    return "ran" if ran_after > ran_before else "denied"


def _tool_call(name: str, args: dict[str, Any]) -> AIMessage:
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": "c1"}])


def _policy_manager(make: MakeManager, tmp: Path, **extra: Any) -> tuple[McpManager, Path]:
    ledger = tmp / "ledger.jsonl"
    entry = fixture_entry("policy_server.py", env={"POLICY_LEDGER": str(ledger)}, **extra)
    return make({"pol": entry}), ledger


@pytest.fixture(scope="module")
def policy_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[McpManager, Path]]:
    """One running policy server and its ledger for the role x permission tests.

    Those six tests only call tools (none crashes, stops or re-pins the server) and each
    cell counts the ledger lines its own call added, so one server start serves them all
    (a start imports the MCP SDK: ~1.3 s of CPU, five of them saved).
    """
    with managers_in(tmp_path_factory.mktemp("policy-server")) as make:
        yield _policy_manager(make, tmp_path_factory.mktemp("policy-ledger"))


def _audit_tools(assistant: Assistant, kind: str) -> list[str | None]:
    audit = assistant.services.audit
    assert audit is not None
    return [e.tool for e in audit.tail(500) if e.kind == kind]


@pytest.mark.parametrize("role_index", range(3))
def test_explicit_form_each_role_and_permission(
    policy_server: tuple[McpManager, Path], tmp_path: Path, role_index: int
) -> None:
    role = ROLES[role_index]
    manager, ledger = policy_server
    # "pol.ghost" is not listed: the explicit form does not match it, so a model would be
    # asked; the unknown-permission cell of this path is the never-listed server below.
    for permission in ("read", "write", "destructive", "external"):
        assistant = _assistant(tmp_path / permission, role, [])
        assistant.services.toolbox.external_source = manager
        tool = MCP_TOOLS[permission]
        before = len(_ran(ledger))
        ctx = Context(user_id="u")
        result = assistant.ask(f'pol.{tool} {{"target": "alpha"}}', context=ctx)
        got = _outcome(result, before, len(_ran(ledger)))
        assert got == EXPECTED[permission][role_index], (permission, result.answer)
        if got == "denied":
            assert f"pol.{tool}" in result.answer and repr(role) in result.answer
            assert f"pol__{tool}" in _audit_tools(assistant, "denial")
        if got == "confirm":
            (pending,) = result.pending
            assert pending["tool"] == f"pol__{tool}" and pending["origins"] == {"target": "user"}
            rejected = assistant.resume(result.thread_id, approve=False, context=ctx)
            assert len(_ran(ledger)) == before and "confirmation" in rejected.answer
            again = assistant.ask(f'pol.{tool} {{"target": "alpha"}}', context=ctx)
            done = assistant.resume(again.thread_id, approve=True, context=ctx)
            assert _ran(ledger)[before:] == [tool] and f"{tool} done" in done.answer
        if got == "ran":
            assert _ran(ledger)[before:] == [tool] and f"{tool} done" in result.answer
            assert f"pol__{tool}" in _audit_tools(assistant, "authorize")


@pytest.mark.parametrize("role_index", range(3))
def test_model_proposed_mcp_tools_each_role_and_permission(
    policy_server: tuple[McpManager, Path], tmp_path: Path, role_index: int
) -> None:
    role = ROLES[role_index]
    manager, ledger = policy_server
    for permission, tool in MCP_TOOLS.items():
        call = _tool_call(f"pol__{tool}", {"target": "alpha"})
        assistant = _assistant(tmp_path / permission, role, [call, "finished"])
        assistant.services.toolbox.external_source = manager
        before = len(_ran(ledger))
        ctx = Context(user_id="u")
        result = assistant.ask("Please run the pol tool on alpha and report back.", context=ctx)
        got = _outcome(result, before, len(_ran(ledger)))
        assert got == EXPECTED[permission][role_index], (permission, result.steps[0].reasons)
        if got == "confirm":
            assert len(_ran(ledger)) == before
            assistant.resume(result.thread_id, approve=True, context=ctx)
            assert _ran(ledger)[before:] == [tool]
        if got == "denied":
            assert f"pol__{tool}" in _audit_tools(assistant, "denial")


@pytest.mark.parametrize("role_index", range(3))
def test_model_proposed_builtin_tools_each_role_and_permission(
    tmp_path: Path, role_index: int
) -> None:
    role = ROLES[role_index]
    for permission, (tool, args) in BUILTIN_TOOLS.items():
        ledger = Ledger()
        call = _tool_call(tool, args)
        assistant = _assistant(tmp_path / permission, role, [call, "finished"])
        assistant.services.toolbox.builtin = security_tools(ledger, ["lunch at noon"])
        assistant.services.toolbox.__post_init__()
        ctx = Context(user_id="u")
        said = "Please delete notes.txt, read my inbox, and mail bob@corp.example that I see you."
        result = assistant.ask(said, context=ctx)
        got = "confirm" if result.pending else ("ran" if ledger.executed else "denied")
        assert got == EXPECTED[permission][role_index], (permission, result.steps[0].reasons)
        if got == "confirm":
            assistant.resume(result.thread_id, approve=True, context=ctx)
            assert [n for n, _ in ledger.executed] == [tool]
        if got == "denied":
            assert tool in _audit_tools(assistant, "denial")


@pytest.mark.parametrize("role_index", range(3))
def test_a_crashed_server_keeps_its_tools_permissions(
    make_manager: MakeManager, tmp_path: Path, role_index: int
) -> None:
    """The reported bug: with the server crashed, a viewer's ``wipe`` ran."""
    role = ROLES[role_index]
    manager, ledger = _policy_manager(make_manager, tmp_path)
    assistant = _assistant(tmp_path, role, [])
    assistant.services.toolbox.external_source = manager
    ctx = Context(user_id="u")
    stopped = assistant.ask("pol.stop {}", context=ctx)
    assert "error" in stopped.answer.lower() or "unavailable" in stopped.answer.lower()
    deadline = time.monotonic() + 10
    while state_of(manager, "pol") == "running" and time.monotonic() < deadline:
        time.sleep(0.1)
    assert state_of(manager, "pol") == "failed"
    result = assistant.ask('pol.wipe {"target": "all-records"}', context=ctx)
    assert "wipe" not in _ran(ledger) and "wipe done" not in result.answer
    if role == "admin":
        assert result.pending and result.pending[0]["tool"] == "pol__wipe"
    else:
        assert "pol.wipe" in result.answer and repr(role) in result.answer
        audit = assistant.services.audit
        assert audit is not None
        rows = [e for e in audit.tail(100) if e.tool == "pol__wipe"]
        assert [r.kind for r in rows] == ["denial"] and rows[0].role == role


def test_a_server_never_listed_here_has_unknown_permissions(
    make_manager: MakeManager, tmp_path: Path
) -> None:
    first, ledger = _policy_manager(make_manager, tmp_path)
    first.stop()  # its tools are now pinned in the data dir
    broken = fixture_entry("crash_on_start.py")
    second = make_manager({"pol": broken})
    assert ("pol", "look", False) in second.known_tools()
    for role in ROLES:
        assistant = _assistant(tmp_path / role, role, [])
        assistant.services.toolbox.external_source = second
        result = assistant.ask('pol.look {"target": "alpha"}', context=Context(user_id="u"))
        assert "unknown permission" in result.answer and not result.pending
        assert "pol__look" in _audit_tools(assistant, "denial")
    assert _ran(ledger) == []


def test_admin_override_marks_an_unannotated_tool_read_only(
    make_manager: MakeManager, tmp_path: Path
) -> None:
    manager, ledger = _policy_manager(make_manager, tmp_path)
    plain = _assistant(tmp_path / "plain", "viewer", [])
    plain.services.toolbox.external_source = manager
    denied = plain.ask('pol.mystery {"target": "alpha"}', context=Context(user_id="u"))
    assert "destructive" in denied.answer and _ran(ledger) == []
    overridden = _assistant(
        tmp_path / "over", "viewer", [], mcp={"tools": {"pol.mystery": {"permission": "read"}}}
    )
    overridden.services.toolbox.external_source = manager
    ran = overridden.ask('pol.mystery {"target": "alpha"}', context=Context(user_id="u"))
    assert _ran(ledger) == ["mystery"] and "mystery done" in ran.answer
