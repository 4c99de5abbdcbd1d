"""MCP tools through the assistant: routed, traced, isolated when a server dies."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from tests.agents.mcp.conftest import MakeManager, fixture_entry, make_manager, stdio_entry
from tests.graphs.conftest import BuildAssistant
from tests.mcp_servers.third_party import filesystem_server_command, time_server_command

__all__ = ["make_manager"]  # the fixture, re-exported for pytest


def _pids_running(fragment: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if fragment in cmdline and str(os.getpid()) in (entry / "stat").read_text().split()[3:4]:
            pids.append(int(entry.name))
    return pids


def test_mcp_tools_answer_without_a_tool_calling_model_and_survive_a_dead_server(
    build_assistant: BuildAssistant, make_manager: MakeManager, tmp_path: Path
) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("hello")
    manager = make_manager(
        {
            "time": stdio_entry(time_server_command()),
            "files": stdio_entry(filesystem_server_command(tmp_path), privacy="local"),
        }
    )
    assistant, fakes = build_assistant()
    assistant.services.toolbox.external_source = manager

    first = assistant.ask("What time is it in Seoul?").to_json()
    (step,) = first["steps"]
    assert step["tier"] == "deterministic" and step["server"] == "time"
    assert step["tool"] == "get_current_time" and "Asia/Seoul" in first["answer"]

    listing = assistant.ask(f"list the files in {tmp_path / 'notes'}").to_json()
    assert "a.txt" in listing["answer"]
    assert listing["steps"][0]["privacy"] == "local_only"  # a `local` server's result

    (pid,) = _pids_running("mcp-server-time")
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    dead = assistant.ask("What time is it in Seoul?").to_json()
    assert "time" in dead["answer"] and "unavailable" in dead["answer"].lower()
    assert dead["steps"][0]["server"] == "time"
    still = assistant.ask(f"list the files in {tmp_path / 'notes'}").to_json()
    assert "a.txt" in still["answer"]

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        back = assistant.ask("What time is it in Seoul?").to_json()
        if "Asia/Seoul" in back["answer"] and "unavailable" not in back["answer"].lower():
            break
        time.sleep(0.5)
    else:
        raise AssertionError(f"time server did not come back: {back['answer']}")
    assert all(f.calls == [] for f in fakes.values())


def test_a_follow_up_naming_another_city_asks_the_time_tool_again(
    build_assistant: BuildAssistant, make_manager: MakeManager
) -> None:
    # "And Berlin?" after a current-time question asks the present time there: only the
    # tool can tell it (a model had answered the unseen set's "시드니는?").
    manager = make_manager({"time": stdio_entry(time_server_command())})
    assistant, fakes = build_assistant()
    assistant.services.toolbox.external_source = manager
    assistant.ask("What time is it in Seoul now?", thread_id="t-zones")
    follow = assistant.ask("And Berlin?", thread_id="t-zones").to_json()
    (step,) = follow["steps"]
    assert step["tier"] == "deterministic" and step["tool"] == "get_current_time"
    assert "Europe/Berlin" in follow["answer"]
    korean = assistant.ask("그럼 마드리드는?", thread_id="t-zones").to_json()
    assert "Europe/Madrid" in korean["answer"]
    assert all(f.calls == [] for f in fakes.values())


def test_a_follow_up_works_on_the_number_a_tool_returned(
    build_assistant: BuildAssistant, make_manager: MakeManager
) -> None:
    # The follow-up code re-runs earlier questions, and an MCP call is none it can re-run:
    # the number the tool returned is kept with its answer for the next turn.
    manager = make_manager({"calc": fixture_entry("good_server.py")})
    assistant, fakes = build_assistant()
    assistant.services.toolbox.external_source = manager
    first = assistant.ask('calc.add {"a": 30, "b": 12}', thread_id="t-tool-number").to_json()
    assert "42" in first["answer"]
    tripled = assistant.ask("그걸 3으로 나누면?", thread_id="t-tool-number").to_json()
    (step,) = tripled["steps"]
    assert step["tier"] == "deterministic" and "14" in tripled["answer"], tripled
    assert "36" in assistant.ask("12 곱하기 3은?", thread_id="t-tool-number").answer
    doubled = assistant.ask("거기에 2 곱하면?", thread_id="t-tool-number").to_json()
    # Only the answer just before is worked on: 36 × 2, not the tool's 42 × 2.
    assert "72" in doubled["answer"] and "84" not in doubled["answer"], doubled
    assert all(f.calls == [] for f in fakes.values())
