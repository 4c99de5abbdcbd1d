"""Other ways people write a call to a configured MCP server, rewritten to ``server.tool``.

The readers of tool requests (:mod:`agents.mcp_dispatch`, :mod:`agents.tool_problems`,
the output guard) know ``server.tool``, ``server__tool`` and server names in Latin
letters. People also write a call the way chat apps and command lines taught them, and
each of these reached a model that answered as if the tool had run:

- a command or a mention: ``/drift echo hello``, ``@drift echo 안녕``;
- a command line: ``mcp call broken sync``;
- other separators: ``drift:echo hi``, ``drift/echo {"text": "hi"}``, ``drift -> echo``;
- the server's name in Hangul before 서버/툴/도구: ``브로큰 서버로 동기화``,
  ``아카이브 서버``. A loanword writes the English name's consonants
  (:func:`tools.rag.loanwords.transcribes`), plus the k that "ch" often is in names
  (archive 아카이브, echo 에코), which the document bridge does not read that way.

Only configured server names are rewritten: ``ratio 3:2`` or ``a/b testing`` name none.
The rewritten text is what the readers see; the step keeps the user's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.tool_problems import ToolStatusSource
from tools.rag.loanwords import transcribes

__all__ = ["canonical_tool_request", "configured_servers", "hangul_server_name"]

# "/drift echo hello", "@drift echo 안녕": a sigil opening the message, a server, and the
# word after it (its tool when it is an identifier).
_SIGIL = re.compile(
    r"\A\s*[/@](?P<server>[A-Za-z][A-Za-z0-9_-]*)(?:\s+(?P<tool>[A-Za-z_][A-Za-z0-9_-]*)"
    r"(?![\w.]))?"
)
# "mcp call broken sync", "switchyard mcp run calc add": the command line's shape.
_COMMAND_LINE = re.compile(
    r"\A\s*(?:switchyard\s+)?mcp\s+(?:call|run|invoke|exec|use)\s+"
    r"(?P<server>[A-Za-z][A-Za-z0-9_-]*)(?:\s+|[.:/])(?P<tool>[A-Za-z_][A-Za-z0-9_-]*)(?![\w.])",
    re.IGNORECASE,
)
# "drift:echo", "drift/echo", "drift::echo" (no space: "note: buy milk" is a label), and
# "drift -> echo", "drift → echo". Not inside a path or URL ("/x/drift/echo").
_SEPARATED = re.compile(
    r"(?<![\w./:@-])(?P<server>[A-Za-z][A-Za-z0-9_-]*)(?:::|:|/|\s*(?:->|→)\s*)"
    r"(?P<tool>[A-Za-z_][A-Za-z0-9_-]*)(?![\w/])"
)
# A Hangul word right before a word that marks it as a server or a tool.
_HANGUL_SERVER = re.compile(r"(?P<word>[가-힣]{2,})(?=\s*(?:MCP\s*)?(?:서버|툴|도구|쪽|측))")


def configured_servers(source: object | None) -> list[str]:
    """The names of the MCP servers ``source`` (the MCP manager) was configured with."""
    return [s.name for s in source.status()] if isinstance(source, ToolStatusSource) else []


def hangul_server_name(word: str, servers: Sequence[str]) -> str | None:
    """The configured server ``word`` writes in Hangul (``브로큰`` for broken), if one."""
    found = [
        s
        for s in servers
        if transcribes(word, s.lower()) or transcribes(word, s.lower().replace("ch", "k"))
    ]
    # Two configured names with the same consonants: the word names neither for sure.
    return found[0] if len(found) == 1 else None


def canonical_tool_request(text: str, servers: Sequence[str]) -> str:
    """``text`` with the call forms of the module docstring written as ``server.tool``.

    Args:
        text: One step of a request.
        servers: The configured MCP server names.

    Returns:
        The text the tool readers should see (``text`` itself when it holds none of the
        forms, or names no configured server).
    """
    if not servers:
        return text
    configured = {s.casefold(): s for s in servers}

    def hangul(match: re.Match[str]) -> str:
        return hangul_server_name(match["word"], servers) or match["word"]

    out = _HANGUL_SERVER.sub(hangul, text) if re.search(r"[가-힣]", text) else text
    for opening in (_COMMAND_LINE, _SIGIL):
        start = opening.match(out)
        server = configured.get(start["server"].casefold()) if start else None
        if start is not None and server is not None:
            call = f"{server}.{start['tool']}" if start["tool"] else server
            return call + out[start.end() :]

    def separated(match: re.Match[str]) -> str:
        server = configured.get(match["server"].casefold())
        return f"{server}.{match['tool']}" if server else match.group(0)

    return _SEPARATED.sub(separated, out)
