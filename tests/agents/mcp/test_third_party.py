"""The client against real third-party servers installed from PyPI and npm."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import ToolMessage

from tests.agents.mcp.conftest import MakeManager, state_of, stdio_entry
from tests.mcp_servers.third_party import filesystem_server_command, time_server_command

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]


def test_time_server(make_manager: MakeManager) -> None:
    manager = make_manager({"time": stdio_entry(time_server_command())})
    assert state_of(manager, "time") == "running"
    tools = {t.name: t for t in manager.list_tools()}
    assert "get_current_time" in tools
    info = tools["get_current_time"]
    assert info.annotations.get("readOnlyHint") is True
    assert not info.requires_confirmation and not info.local_only
    result = manager.call_tool("time", "get_current_time", {"timezone": "Asia/Seoul"})
    assert not result.is_error, result.text
    assert (result.server, result.tool, result.local_only) == ("time", "get_current_time", False)
    assert result.structured is not None and result.structured["timezone"] == "Asia/Seoul"
    bad = manager.call_tool("time", "get_current_time", {"timezone": "Mars/Olympus_Mons"})
    assert bad.is_error


def test_filesystem_server_is_local_and_guards_writes(
    make_manager: MakeManager, tmp_path: Path
) -> None:
    root = tmp_path / "files"
    root.mkdir()
    (root / "hello.txt").write_text("안녕하세요 hello")
    manager = make_manager(
        {"fs": stdio_entry(filesystem_server_command(root.resolve()), privacy="local")}
    )
    assert state_of(manager, "fs") == "running"
    tools = {t.name: t for t in manager.list_tools()}
    assert tools["write_file"].requires_confirmation and tools["write_file"].destructive
    assert not tools["read_text_file"].requires_confirmation
    result = manager.call_tool("fs", "read_text_file", {"path": str(root.resolve() / "hello.txt")})
    assert not result.is_error, result.text
    assert "안녕하세요 hello" in result.text
    assert result.local_only and result.privacy == "local_only"
    outside = manager.call_tool("fs", "read_text_file", {"path": "/etc/hostname"})
    assert outside.is_error


def test_langchain_tools_from_both(make_manager: MakeManager, tmp_path: Path) -> None:
    manager = make_manager(
        {
            "time": stdio_entry(time_server_command()),
            "fs": stdio_entry(filesystem_server_command(tmp_path.resolve()), privacy="local"),
        }
    )
    tools = {t.name: t for t in manager.langchain_tools()}
    clock = tools["time__get_current_time"]
    assert clock.metadata == {
        "server": "time",
        "tool": "get_current_time",
        "privacy": "public",
        "destructive": False,
        "requires_confirmation": False,
        "permission": "read_only",
    }
    assert tools["fs__write_file"].metadata is not None
    assert tools["fs__write_file"].metadata["destructive"] is True
    assert tools["fs__list_directory"].metadata is not None
    assert tools["fs__list_directory"].metadata["privacy"] == "local_only"
    msg = clock.invoke(
        {"name": clock.name, "args": {"timezone": "UTC"}, "id": "call-1", "type": "tool_call"}
    )
    assert isinstance(msg, ToolMessage) and msg.status == "success"
    assert msg.artifact["server"] == "time" and msg.artifact["tool"] == "get_current_time"
