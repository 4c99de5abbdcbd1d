"""A configured tool asked for in a sentence, with the arguments code can read from it.

"calc 서버 add로 1500이랑 2700 더해줘", "calc 서버 echo로 '내일 봐요' 돌려줘", "can u ping
the tasks server real quick": the server and one of its tools are named, and the tool's
input schema says what to fill in. The embedded model cannot call tools and a cloud
model may reply without calling one (its reply is then refused as the tool's result),
so code makes the call when every argument is plainly there:

- a tool with no required argument gets none;
- a tool with one text argument gets the one quoted span of the request;
- a tool whose arguments are all numbers gets the request's numbers, in the schema's
  order, when there are exactly as many.

Anything else (a word to pick out of the sentence, a figure too many) is left to the
tracks that say why the tool did not run.
"""

from __future__ import annotations

import re
from typing import Any

from agents.mcp.types import McpToolInfo
from agents.mcp_call import McpDispatch
from agents.tool_problems import ToolStatusSource, named_tool, own_tool_named
from agents.tool_request_words import DO_IT, HOW_TO
from tools.korean_numbers import normalize_numerals

__all__ = ["prose_tool_call"]

# One quoted span: straight or curly quotes, or Korean corner brackets.
_QUOTED = re.compile(r"'([^']+)'|\"([^\"]+)\"|‘([^’]+)’|“([^”]+)”|「([^」]+)」")
_NUMBER = re.compile(r"(?<![A-Za-z0-9_.])-?\d+(?:\.\d+)?(?![A-Za-z0-9_.])")


def _quoted(text: str) -> str | None:
    spans = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]
    return spans[0] if len(spans) == 1 else None


def _arguments(text: str, info: McpToolInfo) -> dict[str, Any] | None:
    """The call's arguments when the request states all of them plainly, else ``None``."""
    schema = info.input_schema or {}
    properties: dict[str, Any] = schema.get("properties") or {}
    required = [str(name) for name in schema.get("required") or []]
    if not required:
        return {}
    if set(required) != set(properties):
        return None
    types = [str((properties[name] or {}).get("type", "")) for name in properties]
    if types == ["string"]:
        quoted = _quoted(text)
        return None if quoted is None else {next(iter(properties)): quoted}
    if types and all(t in ("integer", "number") for t in types):
        figures = _NUMBER.findall(normalize_numerals(text).replace(",", ""))
        if len(figures) != len(types):
            return None
        if any(
            t == "integer" and not re.fullmatch(r"-?\d+", f)
            for t, f in zip(types, figures, strict=True)
        ):
            return None
        return {
            name: int(f) if t == "integer" else float(f)
            for name, t, f in zip(properties, types, figures, strict=True)
        }
    return None


def prose_tool_call(text: str, source: object | None) -> McpDispatch | None:
    """The call a sentence asks of a running server's tool, when code can fill it in.

    Args:
        text: One step of a request.
        source: The MCP manager.

    Returns:
        The dispatch (the policy gate still decides it when it runs), or ``None`` when
        the request names no running server's tool, asks about one rather than for a
        call, or leaves an argument for a reader to guess.
    """
    if not isinstance(source, ToolStatusSource):
        return None
    if HOW_TO.search(text) and not DO_IT.search(text):
        return None
    running = [s.name for s in source.status() if s.state == "running"]
    named = named_tool(text, running)
    if named is None or named.explicit:
        return None
    tools = [i for i in source.list_tools() if i.server == named.server]
    tool = named.tool or own_tool_named(text, tools)
    info = next((i for i in tools if i.name == tool), None)
    if info is None or not info.enabled or info.task_only:
        return None
    if any(not i.enabled and not i.task_only for i in tools):
        # A server whose definitions changed since they were approved is not called
        # from a sentence at all until someone has looked (the explicit form still is).
        return None
    # The server's and the tool's own names are no argument ("calc2", "add3").
    rest = re.sub(rf"(?<![\w]){re.escape(named.server)}|{re.escape(tool)}(?![\w])", " ", text)
    args = _arguments(rest, info)
    if args is None:
        return None
    return McpDispatch(
        info.server,
        info.name,
        True,
        args=args,
        reason="tool named in a sentence, arguments read by code",
    )
