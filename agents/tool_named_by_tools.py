"""A tool named in a sentence that only the servers' own tool lists can recognise.

:func:`agents.tool_naming.named_tool` reads forms that mark a server as one ("calc
서버", "calc.add", "use calc"). People also write the server bare before one of its
tools ("pol look으로 'inbox' 확인해줘") or name only the tool's identifier ("run
export_report on tasks"). Both read like ordinary words ("time zone으로", "run the
report"), so they count only when the word after the server is one of that server's
own tools, or the identifier is a tool's exact snake_case name: then the request goes
to the same tracks as any named tool (called when code can fill it in, or told why it
cannot run), never to a model that may describe an outcome it did not produce.
"""

from __future__ import annotations

import re
from collections import Counter

from agents.mcp.types import McpToolInfo
from agents.tool_request_words import DO_IT, HOW_TO

__all__ = ["named_by_tool_lists"]

# "pol look으로", "calc add 써서", "calc add tool": a word, then the next word marked as the
# thing used by a particle, "써서"/"써" or "tool".
_SERVER_THEN_TOOL = re.compile(
    r"(?<![\w.])(?P<server>[A-Za-z][A-Za-z0-9_-]*)\s+(?P<tool>[A-Za-z_][A-Za-z0-9_-]*)"
    r"(?=\s*(?:tool\b|도구|툴|으로|로|를|을|써서|써|사용해))",
    re.IGNORECASE,
)
# "drift echo 좀 써봐 안녕", "calc add 돌려줘": the pair, then a verb of using or running it
# (좀 may come between). The verb makes it an instruction whatever follows it.
_SERVER_TOOL_THEN_USE = re.compile(
    r"(?<![\w.])(?P<server>[A-Za-z][A-Za-z0-9_-]*)\s+(?P<tool>[A-Za-z_][A-Za-z0-9_-]*)"
    r"(?=\s*(?:좀\s*)?(?:써|사용|돌려|실행))",
    re.IGNORECASE,
)
# A message that is nothing but a server and one of its tools, with at most a softener
# ("tasks ping 좀", "calc pid pls", "tasks ping?"): the pair is the request, though no verb
# says so ("좀" stands for "좀 해줘").
_BARE_PAIR = re.compile(
    r"\A\s*(?P<server>[A-Za-z][A-Za-z0-9_-]*)\s+(?P<tool>[A-Za-z_][A-Za-z0-9_-]*)"
    r"(?:\s*(?:좀|요|pls|plz|please|now|ㄱㄱ|ㄱ))?\s*[.!?]*\s*\Z",
    re.IGNORECASE,
)
# "have drift echo back hello", "get calc to add 2 and 3", "ask tasks ping": an English
# causative opening the message, a server and one of its tools as the thing made to act.
_CAUSATIVE_PAIR = re.compile(
    r"\A\s*(?:(?:please|pls|plz|can\s+you|could\s+you)\s+)?(?:have|get|let|make|ask|tell)\s+"
    r"(?:the\s+)?(?P<server>[A-Za-z][A-Za-z0-9_-]*)\s+(?:server\s+)?(?:to\s+)?"
    r"(?P<tool>[A-Za-z_][A-Za-z0-9_-]*)(?![\w.])",
    re.IGNORECASE,
)
# "wipe the 'cache' target with pol", "peek at shelf 3 on crate": the message opens on the
# tool's name as its verb and names the server after a preposition. Counted only when the
# opening word is that server's own tool (see :func:`_tool_verb_then_server`).
_OPENING_VERB = re.compile(
    r"\A\s*(?:please\s+|pls\s+|plz\s+)?(?P<tool>[A-Za-z_][A-Za-z0-9_-]*)(?![\w.])", re.I
)
_SERVER_AFTER_PREPOSITION = re.compile(
    r"(?<![\w.])(?:with|on|via|using|through)\s+(?:the\s+)?"
    r"(?P<server>[A-Za-z][A-Za-z0-9_-]*)(?:\s+server)?(?![\w.])",
    re.IGNORECASE,
)
# "clear out 'tmp' using pol's wipe", "with vault's shred": a server's tool in the English
# possessive. After a preposition of means it names what to use, so it counts without
# DO_IT's words; elsewhere ("what does pol's wipe do") only in an instruction.
_POSSESSIVE_PAIR = re.compile(
    r"(?:(?P<means>(?<![\w.])(?:with|via|using|through|by)\s+(?:the\s+)?))?"
    r"(?<![\w.])(?P<server>[A-Za-z][A-Za-z0-9_-]*)['’]s\s+(?P<tool>[A-Za-z_][A-Za-z0-9_-]*)"
    r"(?![\w.])",
    re.IGNORECASE,
)
# A tool's identifier as a word: "export_report", "get-current-time" (a plain word such
# as "add" or "echo" is too common to name a tool without its server).
_IDENTIFIER = re.compile(r"(?<![\w.])[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)+(?![\w])")


# Each server's own tools, by (server, tool) name as written in any case.
_ToolsByPair = dict[tuple[str, str], McpToolInfo]


def _own_pair(own: _ToolsByPair, server: str, tool: str) -> McpToolInfo | None:
    return own.get((server.casefold(), tool.casefold()))


def _server_then_tool(text: str, own: _ToolsByPair) -> McpToolInfo | None:
    for match in _SERVER_THEN_TOOL.finditer(text):
        info = _own_pair(own, match["server"], match["tool"])
        if info is not None:
            return info
    return None


def _tool_verb_then_server(text: str, own: _ToolsByPair) -> McpToolInfo | None:
    verb = _OPENING_VERB.match(text)
    if verb is None:
        return None
    for match in _SERVER_AFTER_PREPOSITION.finditer(text, verb.end()):
        info = _own_pair(own, match["server"], verb["tool"])
        if info is not None:
            return info
    return None


def _possessive_pair(text: str, own: _ToolsByPair, *, instruction: bool) -> McpToolInfo | None:
    for match in _POSSESSIVE_PAIR.finditer(text):
        info = _own_pair(own, match["server"], match["tool"])
        if info is not None and (instruction or match["means"]):
            return info
    return None


def _identifier(text: str, tools: list[McpToolInfo]) -> McpToolInfo | None:
    words = {m.group(0).casefold() for m in _IDENTIFIER.finditer(text)}
    holders = [i for i in tools if i.name.casefold() in words]
    if not holders:
        return None
    if len({i.server for i in holders}) > 1:
        # The same tool on several servers: only a server named as a word decides.
        named = {w.casefold() for w in re.findall(r"[A-Za-z][A-Za-z0-9_-]*", text)}
        holders = [i for i in holders if i.server.casefold() in named]
        if len({i.server for i in holders}) != 1:
            return None
    return holders[0]


def _server_and_tool_words(text: str, own: _ToolsByPair) -> McpToolInfo | None:
    """ "I approved drift already, now echo 'ok' with it": a configured server and one of
    its own tools, each a word of the request wherever they stand (two different words:
    a server named like its tool is not named twice by one word). The words together
    name the call as plainly as "drift.echo" does; only a question about them does not."""
    # Linear in the words (a pasted page may be long): each word's first place and count,
    # then only the servers' own tools are looked up.
    first_at: dict[str, int] = {}
    count: Counter[str] = Counter()
    for at, word in enumerate(w.casefold() for w in re.findall(r"[A-Za-z][A-Za-z0-9_-]*", text)):
        first_at.setdefault(word, at)
        count[word] += 1
    tools_of: dict[str, list[tuple[str, McpToolInfo]]] = {}
    for (server, tool), info in own.items():
        tools_of.setdefault(server, []).append((tool, info))
    for server in sorted(set(tools_of) & set(first_at), key=first_at.__getitem__):
        named = [
            (first_at[tool], info)
            for tool, info in tools_of[server]
            if count[tool] > (1 if tool == server else 0)
        ]
        if named:
            return min(named, key=lambda pair: pair[0])[1]
    return None


def named_by_tool_lists(text: str, tools: list[McpToolInfo]) -> McpToolInfo | None:
    """The tool an instruction names by a server's own tool list, if any.

    Args:
        text: One step of a request.
        tools: The configured servers' tools (task-only and disabled ones included).

    Returns:
        The tool, for a message that is only ``server tool`` (and a softener such as
        "좀"), for a message opening on "have/get/ask … server tool", for ``server tool``
        followed by a verb of using it ("써봐", "돌려줘"), for a message
        opening on a tool's name with its server after "with" / "on" / "via" / "using",
        for a server's tool in the possessive after "using" / "with" (or in an
        instruction), for ``server tool`` written bare where the tool is that server's,
        or a tool's exact identifier, in an instruction; for a server and one of its
        tools as words anywhere in a request that is not a question; else ``None``.
    """
    own: _ToolsByPair = {(i.server.casefold(), i.name.casefold()): i for i in tools}
    bare = _BARE_PAIR.match(text)
    if bare is not None:
        info = _own_pair(own, bare["server"], bare["tool"])
        if info is not None:
            return info
    causative = _CAUSATIVE_PAIR.match(text)
    if causative is not None:
        info = _own_pair(own, causative["server"], causative["tool"])
        if info is not None:
            return info
    for used in _SERVER_TOOL_THEN_USE.finditer(text):
        info = _own_pair(own, used["server"], used["tool"])
        if info is not None:
            return info
    # An imperative opening on the tool's own name is an instruction without DO_IT's words.
    verb_first = _tool_verb_then_server(text, own)
    if verb_first is not None:
        return verb_first
    instruction = DO_IT.search(text) is not None
    possessive = _possessive_pair(text, own, instruction=instruction)
    if possessive is not None:
        return possessive
    if instruction:
        found = _server_then_tool(text, own) or _identifier(text, tools)
        if found is not None:
            return found
    if HOW_TO.search(text) and not instruction:
        return None
    return _server_and_tool_words(text, own)
