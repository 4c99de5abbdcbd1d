"""Progress extends a call's timeout; a quiet call is cancelled, not its server;
stdout garbage is named; a list_changed notification brings new tools in."""

from __future__ import annotations

import logging
import time

import pytest

from agents.mcp import McpToolUnavailableError
from tests.agents.mcp.conftest import (
    MakeManager,
    fixture_entry,
    make_manager,
    reason_of,
    state_of,
)

__all__ = ["make_manager"]  # the fixture, re-exported for pytest


def test_progress_keeps_a_call_alive_past_the_request_timeout(make_manager: MakeManager) -> None:
    manager = make_manager({"slow": fixture_entry("slow_server.py")}, request_timeout_s=1.0)
    # 3 s of work in 6 steps: never 1 s without progress, 3x the request timeout in all.
    result = manager.call_tool("slow", "progress", {"seconds": 3.0, "steps": 6})
    assert not result.is_error and result.text == "done after 6 steps"


def test_progress_stops_extending_at_max_call_s(make_manager: MakeManager) -> None:
    manager = make_manager(
        {"slow": fixture_entry("slow_server.py")}, request_timeout_s=1.0, max_call_s=1.5
    )
    result = manager.call_tool("slow", "progress", {"seconds": 6.0, "steps": 12})
    assert result.is_error and "max_call_s" in result.text
    assert state_of(manager, "slow") == "running"


def test_a_quiet_call_is_cancelled_and_the_server_keeps_serving(
    make_manager: MakeManager,
) -> None:
    manager = make_manager({"slow": fixture_entry("slow_server.py")}, request_timeout_s=1.0)
    result = manager.call_tool("slow", "quiet", {"seconds": 30})
    assert result.is_error and "was cancelled" in result.text
    assert "server is still running" in result.text
    assert state_of(manager, "slow") == "running"
    assert manager.call_tool("slow", "echo", {"text": "still here"}).text == "still here"


def test_stdout_garbage_is_reported_with_its_first_bytes(make_manager: MakeManager) -> None:
    manager = make_manager({"banner": fixture_entry("stdout_banner.py", startup_timeout_s=1.5)})
    assert state_of(manager, "banner") == "failed"
    reason = reason_of(manager, "banner")
    assert "non-JSON-RPC to stdout" in reason and "Starting example server" in reason


def test_list_changed_brings_a_new_tool_in_disabled_until_approved(
    make_manager: MakeManager,
) -> None:
    manager = make_manager({"slow": fixture_entry("slow_server.py")})
    assert "added" not in {t.name for t in manager.list_tools()}
    assert manager.call_tool("slow", "grow", {}).text == "grown"
    end = time.monotonic() + 20
    while "added" not in {t.name for t in manager.list_tools()} and time.monotonic() < end:
        time.sleep(0.05)
    (added,) = [t for t in manager.list_tools() if t.name == "added"]
    # Re-pinned like any change: listed, but not callable until a human approves it.
    assert not added.enabled
    with pytest.raises(McpToolUnavailableError, match="mcp approve slow"):
        manager.call_tool("slow", "added", {})
    assert manager.approve("slow") == ["added"]
    assert manager.call_tool("slow", "added", {}).text == "added works"


def test_sampling_and_roots_are_refused_with_a_reason_and_logs_are_kept(
    make_manager: MakeManager, caplog: pytest.LogCaptureFixture
) -> None:
    manager = make_manager({"slow": fixture_entry("slow_server.py")})
    with caplog.at_level(logging.WARNING, logger="agents.mcp.connection"):
        text = manager.call_tool("slow", "ask_client", {}).text
    declared, sampling, roots = text.splitlines()
    assert declared == "declared sampling=None roots=None"
    assert sampling.startswith("-32601:") and "does not support sampling" in sampling
    assert roots.startswith("-32601:") and "does not support roots" in roots
    assert any("slow/fixture: asking the client" in r.getMessage() for r in caplog.records)
