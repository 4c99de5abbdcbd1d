"""A configured tool asked for in a sentence, with the arguments code can read from it.

"calc 서버 add로 1500이랑 2700 더해줘", "calc 서버 echo로 '내일 봐요' 돌려줘", "can u ping
the tasks server real quick", "pol 서버 look 으로 settings 좀 봐줘", "run calc.add with
a=2 b=5": the server and one of its tools are named, and the tool's input schema says
what to fill in (:mod:`agents.mcp_prose_args` reads it). The embedded model cannot call
tools and a cloud model may reply without calling one (its reply is then refused as the
tool's result), so code makes the call when every argument is plainly there, and says
why it did not (:func:`prose_call_problem`) when the sentence leaves an argument out or
open between two words, or the server waits for a review: nothing is guessed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from agents.mcp.types import McpToolInfo
from agents.mcp_call import McpDispatch
from agents.mcp_operation_tool import tool_named_by_operation
from agents.mcp_prose_args import Reading, read_arguments
from agents.tool_problems import (
    ToolProblem,
    ToolStatusSource,
    named_by_own_tool_list,
    named_tool,
    own_tool_named,
)
from agents.tool_request_words import DO_IT, HOW_TO

__all__ = ["prose_call_problem", "prose_tool_call"]


@dataclass(frozen=True)
class _Asked:
    """A running server's tool a sentence asks for, and what the sentence gives it."""

    info: McpToolInfo
    reading: Reading
    # The server's tools whose definitions changed since they were approved.
    changed: list[McpToolInfo]


def _asked(text: str, source: object | None) -> _Asked | None:
    if not isinstance(source, ToolStatusSource):
        return None
    if HOW_TO.search(text) and not DO_IT.search(text):
        return None
    running = [s.name for s in source.status() if s.state == "running"]
    named = named_tool(text, running)
    if named is None:
        # "pol look으로 'inbox' 확인해줘": the server bare, then one of its own tools.
        listed = named_by_own_tool_list(text, source)
        named = listed if listed is not None and listed.server in running else None
    if named is None or named.explicit:
        return None
    tools = [i for i in source.list_tools() if i.server == named.server]
    # "calc 서버로 250 더하기 375 해줘": no tool named, the operation word names `add`.
    tool = named.tool or own_tool_named(text, tools) or tool_named_by_operation(text, tools)
    info = next((i for i in tools if i.name == tool), None)
    if info is None or not info.enabled or info.task_only:
        return None
    # The server's and the tool's own names are no argument ("calc2", "add3").
    names = {named.server.casefold(), tool.casefold()}
    rest = re.sub(
        rf"(?<![\w])(?:{re.escape(named.server)}|{re.escape(tool)})(?![A-Za-z0-9_])", " ", text
    )
    changed = [i for i in tools if not i.enabled and not i.task_only]
    return _Asked(info, read_arguments(rest, info, names), changed)


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
    asked = _asked(text, source)
    if asked is None or asked.changed or asked.reading.args is None:
        # A server whose definitions changed since they were approved is not called
        # from a sentence at all until someone has looked (the explicit form still is).
        return None
    return McpDispatch(
        asked.info.server,
        asked.info.name,
        True,
        args=asked.reading.args,
        reason="tool named in a sentence, arguments read by code",
    )


def prose_call_problem(text: str, source: object | None) -> ToolProblem | None:
    """Why the tool a sentence asks for was not called from it, said by code.

    A model handed the request could only reply as if the tool had run, or guess the
    argument the sentence leaves open; the user is told instead what is missing.

    Returns:
        ``pending_approval`` when another tool of the server changed since it was
        approved (no tool of it is called from a sentence until the review);
        ``missing_argument`` naming the argument left out or open between words; else
        ``None`` (no such tool named, or a schema code does not read).
    """
    asked = _asked(text, source)
    if asked is None:
        return None
    server, tool = asked.info.server, asked.info.name
    not_called = f"`{server}.{tool}` was not called; nothing ran."
    if asked.changed:
        reasons = "; ".join(
            sorted({f"{i.name}: {i.disabled_reason or 'disabled'}" for i in asked.changed})
        )
        return ToolProblem(
            "pending_approval",
            server,
            tool,
            f"MCP server {server!r} has tools whose definitions changed since they were"
            f" approved ({reasons}), so none of its tools is called from a sentence until"
            f" it is reviewed. {not_called} Review it, then run"
            f" `switchyard mcp approve {server}`.",
        )
    if asked.reading.args is not None or not asked.reading.unclear:
        return None
    example = json.dumps(
        {n: "..." for n in (asked.info.input_schema or {}).get("properties") or {}},
        ensure_ascii=False,
    )
    return ToolProblem(
        "missing_argument",
        server,
        tool,
        f"`{server}.{tool}` did not run (it was not called; nothing ran): the request"
        f" leaves its arguments unclear, {asked.reading.unclear}. Say which, for example"
        f" `{server}.{tool} {example}`.",
    )
