"""A server named in prose with one of its tools as a plain word: which tool is meant.

"notes server, export_report on the list please" names the server and, as words, two
of its tools: the one that cannot run (export_report, waiting for approval) must be the
one checked, or the request falls through to a model that describes an outcome. The
server and its tools here are written for these tests.
"""

from __future__ import annotations

from agents.mcp.types import McpToolInfo, ServerStatus
from agents.tool_problems import tool_problem


class _NotesServer:
    """A running "notes" server: "list" runs, "export_report" waits for approval."""

    def status(self) -> list[ServerStatus]:
        return [ServerStatus("notes", "running", tools=2)]

    def list_tools(self) -> list[McpToolInfo]:
        return [
            McpToolInfo("notes", "list", "List the notes.", {}, permission="read"),
            McpToolInfo(
                "notes",
                "export_report",
                "Export the notes as a report.",
                {},
                enabled=False,
                disabled_reason="definition changed since it was approved",
                permission="read",
            ),
        ]

    def known_tools(self) -> list[tuple[str, str, bool]]:
        return [("notes", t.name, t.enabled) for t in self.list_tools()]


def test_the_longest_tool_name_in_the_request_is_the_tool_meant() -> None:
    problem = tool_problem("notes server, run export_report on the list please", _NotesServer())
    assert problem is not None and problem.kind == "pending_approval"
    assert problem.tool == "export_report" and "mcp approve notes" in problem.message
    # Named alone, the tool that can run is left to run.
    assert tool_problem("notes server, list everything please", _NotesServer()) is None


def test_a_tool_name_is_read_in_any_case() -> None:
    problem = tool_problem("notes server: Export_Report for November please", _NotesServer())
    assert problem is not None and problem.tool == "export_report"
