"""Which MCP server and tool a request names, read from its text alone.

Split from :mod:`agents.tool_problems` (which says why a named tool cannot run) to keep
both modules small. The readers here only find the name; whether the server is
configured, running or allows the tool is decided there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.mcp.types import ServerStatus
from agents.tool_request_words import (
    DO_IT,
    HOW_TO,
    WELL_KNOWN_HANGUL,
    WELL_KNOWN_HANGUL_RE,
    WELL_KNOWN_SERVER,
)

__all__ = ["NamedTool", "named_tool", "unconfigured_server_named", "well_known_action"]

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


@dataclass(frozen=True)
class NamedTool:
    """A tool the request names, and how (``explicit``: the whole request is the call)."""

    server: str
    tool: str
    explicit: bool
    raw_args: str | None = None


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


def well_known_action(text: str, statuses: list[ServerStatus]) -> NamedTool | None:
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


def unconfigured_server_named(text: str, statuses: list[ServerStatus]) -> NamedTool | None:
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
