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
from agents.tool_request_words import (
    DO_IT,
    HOW_TO,
    WELL_KNOWN_HANGUL,
    WELL_KNOWN_HANGUL_RE,
    WELL_KNOWN_SERVER,
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

_EXPLICIT = re.compile(
    r"^\s*(?P<server>[\w-]+)\.(?P<tool>[\w-]+)\s*(?P<args>\{.*\})?\s*$", re.DOTALL
)
# ``server.tool`` or ``server__tool`` inside a sentence (checked against configured servers).
# Names are ASCII: in "tasks.export_report로" the Korean particle is not part of the tool.
_INLINE = re.compile(
    r"(?<![\w.])(?P<server>[A-Za-z][A-Za-z0-9_-]*)(?:\.|__)"
    r"(?P<tool>[A-Za-z_][A-Za-z0-9_-]*)(?![A-Za-z0-9_-])"
)
# A configured server named in prose: "broken 서버로", "the archive server", "drift 서버의
# echo로", "the broken server's sync tool" (the tool, when one follows, is taken too).
# "tasks 서버 export_report로": a tool may follow the server without a possessive when a
# particle or "tool" marks it as the thing used ("server to echo" names no tool).
_SERVER_IN_PROSE = re.compile(
    # "broken 쪽 도구로": the server's side (쪽, 측) names it as well.
    r"(?<![\w.])(?P<server>[A-Za-z][A-Za-z0-9_-]*)\s*(?:MCP\s*)?(?:서버|server\b|쪽|측)"
    r"(?:(?:의|'s|에서)\s+(?P<tool>[A-Za-z_][A-Za-z0-9_-]*)"
    r"|\s+(?P<used>[A-Za-z_][A-Za-z0-9_-]*)(?=\s*(?:tool\b|도구|툴|으로|로|를|을)))?",
    re.IGNORECASE,
)
# "drift's echo tool", "drift의 echo 도구로": a configured server named as a tool's owner.
_OWNER_OF_TOOL = re.compile(
    r"(?<![\w.])(?P<server>[A-Za-z][A-Za-z0-9_-]*)(?:'s|의)\s+(?P<tool>[A-Za-z_][A-Za-z0-9_-]*)"
    r"\s*(?:tool\b|도구|툴)",
    re.IGNORECASE,
)
# "broken 툴 좀 돌려봐", "the archive tool": a configured server named as a tool itself, by
# the loanword 툴 as often as by 도구 (only configured names count: "the pen tool" is not
# an MCP server's).
_SERVER_AS_TOOL = re.compile(
    r"(?<![\w.])(?P<server>[A-Za-z][A-Za-z0-9_-]*)\s*(?:MCP\s*)?(?:툴|도구|tools?\b)", re.IGNORECASE
)
# "drift's echo to say hi": the possessive alone, without "tool" after the tool.
_OWNER_POSSESSIVE = re.compile(r"(?<![\w.])(?P<server>[A-Za-z][A-Za-z0-9_-]*)(?:'s|’s|의)\s")
# "archive로도 똑같이 돌려봐": a configured server named bare, with a particle, in an
# instruction (checked against the configured names and ``DO_IT``).
_SERVER_WITH_PARTICLE = re.compile(
    r"(?<![\w.])(?P<server>[A-Za-z][A-Za-z0-9_-]*)(?:으로도|로도|으로|로|에서도|에서|한테|에게)(?=\s)"
)
# "use archive to echo hello": a configured server named bare as the thing used (checked
# against the configured names and ``DO_IT``).
_SERVER_USED = re.compile(
    r"(?<![\w.])(?:use|using|via)\s+(?:the\s+)?(?P<server>[A-Za-z][A-Za-z0-9_-]*)(?![\w.])",
    re.IGNORECASE,
)
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
class NamedTool:
    """A tool the request names, and how (``explicit``: the whole request is the call)."""

    server: str
    tool: str
    explicit: bool
    raw_args: str | None = None


@dataclass(frozen=True)
class ToolProblem:
    """Why a named tool cannot run, as the reply the user reads."""

    kind: ProblemKind
    server: str
    tool: str
    message: str


def named_tool(text: str, servers: list[str]) -> NamedTool | None:
    """The tool a request names, if any.

    Args:
        text: One step of a request.
        servers: The configured MCP server names.

    Returns:
        The explicit ``server.tool {json}`` call (any server name, when JSON arguments
        follow), or a ``server.tool``/``server__tool`` naming a configured server;
        ``None`` for text such as ``3.5`` or ``README.md`` that names no server.
    """
    explicit = _EXPLICIT.match(text)
    if explicit and (explicit["args"] is not None or explicit["server"] in servers):
        return NamedTool(explicit["server"], explicit["tool"], True, explicit["args"])
    for match in _INLINE.finditer(text):
        if match["server"] in servers:
            return NamedTool(match["server"], match["tool"], False)
    for match in _SERVER_IN_PROSE.finditer(text):
        if match["server"] in servers:
            return NamedTool(match["server"], match["tool"] or match["used"] or "", False)
    for match in _OWNER_OF_TOOL.finditer(text):
        if match["server"] in servers:
            return NamedTool(match["server"], match["tool"], False)
    for match in _SERVER_AS_TOOL.finditer(text):
        if match["server"] in servers:
            return NamedTool(match["server"], "", False)
    if DO_IT.search(text):
        # "pls use drift's echo to say hi": a configured server's possessive in an
        # instruction; which of its tools is meant is read from its own tool names.
        for match in _OWNER_POSSESSIVE.finditer(text):
            if match["server"] in servers:
                return NamedTool(match["server"], "", False)
        for match in _SERVER_WITH_PARTICLE.finditer(text):
            if match["server"] in servers:
                return NamedTool(match["server"], "", False)
        for match in _SERVER_USED.finditer(text):
            if match["server"] in servers:
                return NamedTool(match["server"], "", False)
    return None


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


def _well_known_action(text: str, statuses: list[ServerStatus]) -> NamedTool | None:
    """ "git 리셋 해줘", "push it to github": an action of a well-known MCP server's kind
    that no configured server provides (a question about how to do it is not one)."""
    if HOW_TO.search(text) or not DO_IT.search(text):
        return None
    match = WELL_KNOWN_SERVER.search(text)
    hangul = WELL_KNOWN_HANGUL_RE.search(text)
    if match is not None:
        server = match["server"].lower()
    elif hangul is not None:
        server = WELL_KNOWN_HANGUL[hangul["server"]]
    else:
        return None
    if any(s.name.lower() == server for s in statuses):
        return None
    return NamedTool(server, "", False)


# Words before "server" that say what kind of server it is, not which MCP server.
_NOT_A_SERVER_NAME = re.compile(
    r"the|a|an|my|our|your|this|that|mcp|web|mail|file|game|dev|test|prod|local|remote|main"
)


def _unconfigured_server_named(text: str, statuses: list[ServerStatus]) -> NamedTool | None:
    """ "github 서버로 이슈 만들어줘": an instruction to a server named as one ("X 서버",
    "the X server") that is not configured (a question about it is not one)."""
    if HOW_TO.search(text) or not DO_IT.search(text):
        return None
    configured = {s.name.lower() for s in statuses}
    for match in _SERVER_IN_PROSE.finditer(text):
        server = match["server"].lower()
        if server not in configured and not _NOT_A_SERVER_NAME.fullmatch(server):
            return NamedTool(server, match["tool"] or match["used"] or "", False)
    return None


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
        or _well_known_action(text, statuses)
        or _unconfigured_server_named(text, statuses)
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
