"""A follow-up that asks for the previous tool request again, read as that request.

"try that again please" after ``broken.sync {}``, or "같은 거 drift로도 해봐" after
``calc.echo {"text": "hi"}``, names no tool of its own, so it went to a model as an
ordinary follow-up, which answered as if a tool had run ("This is the result…"). The
previous request is what such a turn asks for: it is routed as that request again
(called when it can run, told why when it cannot), with the server swapped when the turn
names another configured one.

Only a short turn of redo words counts: with new figures or a quoted text ("again with
'bye'") it asks for a different call, which no code here can fill in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.tool_problems import ToolStatusSource, configured_tool_named
from agents.tool_request_forms import canonical_tool_request

__all__ = ["repeated_tool_request"]

# Words that ask for the same thing again ("again", "다시", "한 번 더", "do the same with X",
# "같은 거 X로도", "X로도 똑같이").
_REDO = re.compile(
    r"\b(?:again|retry|redo|once\s+more|one\s+more\s+time)\b"
    r"|\b(?:do|try|run)\s+(?:the\s+)?same\b|\bsame\s+(?:thing\s+)?(?:with|on|using|via|for)\b"
    r"|다시|한\s*번\s*더|재시도|같은\s*(?:거|걸|것)|똑같이|마찬가지로",
    re.IGNORECASE,
)
# A question about what happened ("why did it fail again?") asks for no new call.
_ASKS_WHY = re.compile(r"\b(?:why|what|how|explain)\b|왜|뭐|무엇|어떻게|설명", re.IGNORECASE)
# New arguments a redo cannot carry: figures, quoted text, JSON.
_NEW_ARGUMENTS = re.compile(r"\d|[\"'“”‘’`{]")
# A redo is a short turn: longer ones say something of their own.
_MAX_CHARS = 60
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def _is_redo(text: str) -> bool:
    return (
        len(text) <= _MAX_CHARS
        and _REDO.search(text) is not None
        and _NEW_ARGUMENTS.search(text) is None
        and _ASKS_WHY.search(text) is None
    )


def _named(text: str, servers: list[str], source: object) -> str | None:
    """The server of the tool request ``text`` makes, if it makes one."""
    named = configured_tool_named(canonical_tool_request(text, servers), servers, source)
    return None if named is None else named.server


def repeated_tool_request(text: str, earlier: Sequence[str], source: object | None) -> str | None:
    """The tool request ``text`` asks to repeat, as the text to route (``None`` if none).

    Args:
        text: This turn's step.
        earlier: The user's earlier turns, oldest first.
        source: The MCP manager (``None`` when no servers are configured).

    Returns:
        The most recent earlier turn that was not itself a redo, when ``text`` is a redo
        and that turn names a tool or a configured server; rewritten to a configured
        server ``text`` names instead of the one it named.
    """
    if not isinstance(source, ToolStatusSource) or not earlier or not _is_redo(text):
        return None
    previous = next((q for q in reversed(earlier) if not _is_redo(q)), None)
    servers = [s.name for s in source.status()]
    if previous is None:
        return None
    previous = canonical_tool_request(previous, servers)
    before = _named(previous, servers, source)
    if before is None:
        return None
    configured = {s.casefold(): s for s in servers}
    now_named = [
        configured[w.casefold()]
        for w in _NAME.findall(canonical_tool_request(text, servers))
        if w.casefold() in configured and w.casefold() != before.casefold()
    ]
    if not now_named:
        return previous
    # "같은 거 drift로도": the same call on the server this turn names.
    return re.sub(rf"(?<![\w.]){re.escape(before)}(?![\w-])", now_named[0], previous)
