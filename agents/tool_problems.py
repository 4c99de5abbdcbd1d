"""Why a tool the user named cannot run, said by code before any model sees the request.

A request such as ``git.git_reset {"repo_path": "."}`` whose server failed at
start, or a tool disabled until ``switchyard mcp approve``, used to fall through
to the small model, which invented an outcome ("successfully completed"). This
module recognises a request that names a tool (the explicit ``server.tool {json}``
form, or ``server.tool`` / ``server__tool`` inside a sentence), finds why it
cannot run from the MCP manager's own status, and words a reply that says
exactly that, that nothing ran, and what to do next. A tool that runs only as a
task (``execution.taskSupport: required``) is never offered to a model and is
answered here too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from agents.mcp.types import McpToolInfo, ServerStatus
from agents.policy import ROLE_PERMISSIONS, ROLE_RANK, Role
from agents.tool_named_by_tools import named_by_tool_lists
from agents.tool_naming import (
    NamedTool,
    named_tool,
    unconfigured_server_named,
    well_known_action,
)
from tools.registry import Permission

__all__ = [
    "NamedTool",
    "ToolProblem",
    "ToolStatusSource",
    "await_named_server",
    "configured_tool_named",
    "named_by_own_tool_list",
    "named_tool",
    "own_tool_named",
    "role_needed",
    "tool_problem",
]

# "summarize notes.md" beside a server named "notes" names a file, not a tool.
_FILE_EXTENSIONS = frozenset([
    "md", "txt", "pdf", "csv", "json", "yaml", "yml", "toml", "html", "htm",
    "py", "js", "ts", "log", "docx", "xlsx", "pptx", "png", "jpg",
])  # fmt: skip
_TOOLS_HINT = "Run `switchyard mcp tools` to see the tools that can run."
_STATUS_HINT = "`switchyard mcp status` shows why a server is down."

ProblemKind = Literal[
    "no_servers",
    "unknown_server",
    "server_down",
    "server_disabled",
    "unknown_tool",
    "pending_approval",
    "bad_arguments",
    "missing_argument",
    "task_only",
    "denied",
    # An act in the world no configured tool can do (agents.unserved_actions).
    "no_tool_for_action",
]


@runtime_checkable
class ToolStatusSource(Protocol):
    """What the MCP manager (``agents.mcp.McpManager``) tells about its servers and tools."""

    def status(self) -> list[ServerStatus]: ...
    def list_tools(self) -> list[McpToolInfo]: ...
    def known_tools(self) -> list[tuple[str, str, bool]]: ...


@dataclass(frozen=True)
class ToolProblem:
    """Why a named tool cannot run, as the reply the user reads."""

    kind: ProblemKind
    server: str
    tool: str
    message: str


def named_by_own_tool_list(text: str, source: object | None) -> NamedTool | None:
    """ "pol look으로 …", "run export_report on tasks": a tool recognised only by the
    servers' own tool lists (see :mod:`agents.tool_named_by_tools`)."""
    if not isinstance(source, ToolStatusSource):
        return None
    info = named_by_tool_lists(text, source.list_tools())
    return None if info is None else NamedTool(info.server, info.name, False)


def configured_tool_named(text: str, servers: list[str], source: object | None) -> NamedTool | None:
    """The tool of a configured server ``text`` names: in one of the call forms
    (:func:`named_tool`), or as a server and one of its own tools (its tool list)."""
    return named_tool(text, servers) or named_by_own_tool_list(text, source)


def role_needed(permission: Permission) -> Role:
    """The lowest role that may run a tool with this permission at all."""
    return min(
        (r for r, allowed in ROLE_PERMISSIONS.items() if permission in allowed),
        key=lambda r: ROLE_RANK[r],
    )


def _nothing_ran(shown: str) -> str:
    return f"`{shown}` was not called; nothing ran."


def await_named_server(text: str, source: object | None) -> None:
    """Wait for the server ``text`` names if it is still starting in the background.

    Servers start lazily (``McpManager.start_background``): a request that names one
    (in any form, or only as a word) gives it its start-up time, so its tools are known
    before the request is routed; a request that names none never waits.
    """
    wait = getattr(source, "await_starts", None)
    if not isinstance(source, ToolStatusSource) or not callable(wait):
        return
    statuses = source.status()
    named = named_tool(text, [s.name for s in statuses])
    if named is not None and any(
        s.name == named.server and s.state == "starting" for s in statuses
    ):
        wait(named.server)
        return
    # "have drift echo back hi", "tasks ping 좀": forms only the server's own tool list
    # can read, which a server still starting has not given yet. Its name as a word of
    # the request is enough to wait for it (once: a started server is not waited for).
    words = {w.casefold() for w in re.findall(r"[A-Za-z][A-Za-z0-9_-]*", text)}
    for status in statuses:
        if status.state == "starting" and status.name.casefold() in words:
            wait(status.name)


def tool_problem(text: str, source: object | None, role: Role | None = None) -> ToolProblem | None:
    """Why the tool ``text`` names cannot run (``None`` when it names none, or it can run).

    Args:
        text: One step of a request.
        source: The MCP manager (``None`` when no servers are configured).
        role: The enforced role: a tool named in prose whose permission the role lacks
            is denied here, before a model could reply as if it had run (the explicit
            ``server.tool {json}`` form is decided by the policy gate, which audits it).

    Returns:
        The problem with a reply naming the server, the tool, that nothing ran, and the
        command that helps (``switchyard mcp tools`` / ``mcp status`` / ``mcp approve``).
    """
    statuses = source.status() if isinstance(source, ToolStatusSource) else []
    named = (
        configured_tool_named(text, [s.name for s in statuses], source)
        or well_known_action(text, statuses)
        or unconfigured_server_named(text, statuses)
    )
    if named is None:
        return None
    server, tool = named.server, named.tool
    shown = f"{server}.{tool}" if tool else server

    def problem(kind: ProblemKind, why: str, hint: str = _TOOLS_HINT) -> ToolProblem:
        return ToolProblem(kind, server, tool, f"{why} {_nothing_ran(shown)} {hint}")

    if named.raw_args is not None:
        try:
            args = json.loads(named.raw_args)
        except ValueError as exc:
            return problem(
                "bad_arguments", f"The arguments of `{shown}` are not valid JSON ({exc})."
            )
        if not isinstance(args, dict):
            return problem("bad_arguments", f"The arguments of `{shown}` must be a JSON object.")
    if not isinstance(source, ToolStatusSource) or not statuses:
        return problem(
            "no_servers",
            "No MCP servers are configured (mcp_servers.json), so no MCP tool can run.",
        )
    status = next((s for s in statuses if s.name == server), None)
    if status is None:
        configured = ", ".join(s.name for s in statuses)
        return problem(
            "unknown_server", f"No MCP server named {server!r} is configured ({configured})."
        )
    if status.state == "starting":
        await_named_server(text, source)
        status = next((s for s in source.status() if s.name == server), status)
    if status.state == "disabled":
        return problem("server_disabled", f"MCP server {server!r} is disabled in mcp_servers.json.")
    if status.state != "running":
        known = any(s == server and t == tool for s, t, _ in source.known_tools())
        if known and named.explicit:
            # A pinned tool of a server in backoff: the call path restarts the server and
            # reports its own error, so routing lets it through.
            return None
        reason = f" ({status.reason})" if status.reason else ""
        what = "failed at start" if status.state == "failed" else "is still starting"
        return problem(
            "server_down",
            f"MCP server {server!r} is not running: it {what}{reason}.",
            f"{_STATUS_HINT} {_TOOLS_HINT}",
        )
    tools = [i for i in source.list_tools() if i.server == server]
    if not tool:
        # "drift server, echo hello please": one of the server's own tools named anywhere
        # in the request is the one asked for.
        tool = own_tool_named(text, tools)
        shown = f"{server}.{tool}" if tool else server
    if not tool:
        return _server_wide_problem(server, tools, problem)
    info = next((i for i in tools if i.name == tool), None)
    if info is None:
        if not named.explicit and tool.lower() in _FILE_EXTENSIONS:
            return None
        return problem("unknown_tool", f"MCP server {server!r} has no tool {tool!r}.")
    if info.task_only:
        return problem(
            "task_only",
            f"Tool {tool!r} of MCP server {server!r} cannot run: needs task support"
            " (execution.taskSupport = required), which Switchyard's MCP client does not offer"
            " yet.",
        )
    if not info.enabled:
        return problem(
            "pending_approval",
            f"Tool {tool!r} of MCP server {server!r} is disabled: {info.disabled_reason}.",
            f"Review it, then run `switchyard mcp approve {server}`.",
        )
    if role is not None and not named.explicit and info.permission not in ROLE_PERMISSIONS[role]:
        return problem(
            "denied",
            f"Tool {tool!r} of MCP server {server!r} needs role "
            f"{role_needed(info.permission)!r} ({info.permission}); you are {role!r}.",
        )
    return None


def own_tool_named(text: str, tools: list[McpToolInfo]) -> str:
    """The one of the server's ``tools`` that ``text`` names as a word ("" if none).

    Names are compared without case, as the server names in prose are: a sentence may
    capitalise its first word ("Drift server: Echo hello"). When several of the tools
    are words of the request, the longest name is the one meant: "notes server, run
    export_report on the list" asks for export_report, and "list" is an ordinary word
    there; of names equally long, the one the request names first.
    """
    first_at: dict[str, int] = {}
    for at, word in enumerate(re.findall(r"[A-Za-z_][A-Za-z0-9_-]*", text)):
        first_at.setdefault(word.casefold(), at)
    named = [(i.name, first_at[i.name.casefold()]) for i in tools if i.name.casefold() in first_at]
    if not named:
        # "export the october report" names export_report by its words: every part of a
        # name of two or more parts is a word of the request.
        named = [
            (i.name, min(first_at[p] for p in parts))
            for i in tools
            if len(parts := [p for p in re.split(r"[_-]", i.name.casefold()) if p]) >= 2
            and all(p in first_at for p in parts)
        ]
    if not named:
        return ""
    return min(named, key=lambda tool: (-len(tool[0]), tool[1]))[0]


def _server_wide_problem(
    server: str, tools: list[McpToolInfo], problem: Callable[[ProblemKind, str, str], ToolProblem]
) -> ToolProblem | None:
    """A running server named in prose without a tool: a problem only when none can run."""
    if not tools or any(i.enabled and not i.task_only for i in tools):
        return None
    reasons = sorted({i.disabled_reason for i in tools if i.disabled_reason})
    return problem(
        "pending_approval",
        f"No tool of MCP server {server!r} can run: {'; '.join(reasons) or 'all disabled'}.",
        f"Review it, then run `switchyard mcp approve {server}`.",
    )
