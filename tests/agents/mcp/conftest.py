"""Build McpManagers over real subprocess servers; always stop them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from agents.mcp import McpManager
from tests.mcp_servers.third_party import fixture_command

MakeManager = Callable[..., McpManager]


def stdio_entry(cmd: list[str], **extra: Any) -> dict[str, Any]:
    """A desktop-client-shaped stdio entry."""
    return {"command": cmd[0], "args": cmd[1:], **extra}


def fixture_entry(name: str, *args: str, **extra: Any) -> dict[str, Any]:
    """An entry running one of tests/mcp_servers/fixtures with the venv's python."""
    return stdio_entry(fixture_command(name, *args), **extra)


@contextmanager
def managers_in(folder: Path) -> Iterator[MakeManager]:
    """Factory: ``make(servers, **manager_kwargs)`` with config and data in ``folder``.

    Every manager it made is stopped when the block ends.
    """
    managers: list[McpManager] = []

    def make(servers: dict[str, Any], *, start: bool = True, **kwargs: Any) -> McpManager:
        config = folder / f"mcp_servers_{len(managers)}.json"
        config.write_text(json.dumps({"mcpServers": servers}))
        kwargs.setdefault("request_timeout_s", 5.0)
        kwargs.setdefault("startup_timeout_s", 15.0)
        kwargs.setdefault("backoff_initial_s", 0.2)
        kwargs.setdefault("backoff_max_s", 1.0)
        manager = McpManager(config, folder / "data", **kwargs)
        managers.append(manager)
        if start:
            manager.start()
        return manager

    try:
        yield make
    finally:
        for manager in managers:
            manager.stop()


@pytest.fixture
def make_manager(tmp_path: Path) -> Iterator[MakeManager]:
    """Factory: ``make_manager(servers, **manager_kwargs)``; started, stopped at teardown."""
    with managers_in(tmp_path) as make:
        yield make


def state_of(manager: McpManager, name: str) -> str:
    """The named server's state."""
    return next(s.state for s in manager.status() if s.name == name)


def reason_of(manager: McpManager, name: str) -> str:
    """The named server's one-line reason."""
    return next(s.reason for s in manager.status() if s.name == name)
