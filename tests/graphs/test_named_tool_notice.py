"""The tool a guarded reply is checked against, as its notice names it (graphs.output_checks)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from agents.mcp.types import McpToolInfo, ServerStatus
from graphs.output_checks import _named_tool


class _Servers:
    def status(self) -> list[ServerStatus]:
        return [ServerStatus("drift", "running", tools=1)]

    def list_tools(self) -> list[McpToolInfo]:
        return []

    def known_tools(self) -> list[tuple[str, str, bool]]:
        return []


def _engine() -> Any:
    return cast(Any, SimpleNamespace(tools=SimpleNamespace(external_source=_Servers())))


def test_a_server_named_without_a_tool_is_named_alone() -> None:
    # The notice had read "`drift.` did not run".
    assert _named_tool(_engine(), "같은 거 drift로도 해봐") == "drift"
    assert _named_tool(_engine(), "drift.echo hi") == "drift.echo"


def test_a_call_form_is_read_before_the_guard_names_its_tool() -> None:
    assert _named_tool(_engine(), "/drift echo hello") == "drift.echo"
    assert _named_tool(_engine(), "드리프트 서버로 echo 해줘") == "drift"
