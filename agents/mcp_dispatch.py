"""Deterministic dispatch of MCP tools, for tiers without tool calling.

The embedded model cannot call tools, so plain patterns map common requests to
well-known MCP tools (time, file listing and reading) and an explicit form
``server.tool {"json": "args"}`` reaches any tool; a tool asked for in a sentence
is read last, against its input schema (:mod:`agents.mcp_prose_calls`), so callers
use one matcher. The matched call runs without a model; a server that is down
answers with an error naming it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from agents.mcp_call import McpDispatch as McpDispatch
from agents.mcp_prose_calls import prose_tool_call
from tools.dates_zones import ZONES, states_a_date, states_clock_time, zones_named

_TIME_INTENT = re.compile(
    r"\b(what time is it|current time|time (is it )?(now )?in)\b"
    # "몇 시" asks the time, but not "몇 시간" (a duration) or "몇 시까지/부터" (opening hours).
    r"|몇\s*시(?!간|까지|부터|에\s*(?:문|열|닫|끝|시작))|현재\s*시간|지금\s*시간|현재\s*시각",
    re.IGNORECASE,
)
# Words that ask for the present moment: only then does a question stating a clock time
# of its own still ask for the current time.
_NOW = re.compile(r"지금|현재|\bnow\b|\brn\b|\bcurrently\b", re.IGNORECASE)
_LIST_DIR = re.compile(
    r"(?:list|show)\s+(?:the\s+)?(?:files|contents)\s+(?:in|of)\s+(?P<en>[\w./-]+)"
    r"|(?P<ko>[\w./-]+)\s*(?:폴더|디렉터리|디렉토리)(?:의|에 있는)?\s*(?:파일\s*)?(?:목록|파일들)",
    re.IGNORECASE,
)
_READ_FILE = re.compile(
    r"(?:read|show|open)\s+(?:me\s+)?(?:the\s+)?(?:file\s+)?(?P<en>[\w./-]+\.\w{1,5})\b"
    r"|(?P<ko>[\w./-]+\.\w{1,5})\s*(?:파일)?\s*(?:내용|읽어)",
    re.IGNORECASE,
)
_EXPLICIT = re.compile(
    r"^\s*(?P<server>[\w-]+)\.(?P<tool>[\w-]+)\s*(?P<args>\{.*\})?\s*$", re.DOTALL
)


# "run calc.add {...}", "calc.add {...} 실행해줘": the call itself, wrapped in the words that
# ask for it to run. Only the words around a call; a call's JSON is left as written.
_RUN_BEFORE = re.compile(r"^\s*(?:please\s+|pls\s+)?(?:run|call|execute|invoke)\s+", re.I)
_RUN_AFTER = re.compile(
    r"(?<=\})\s*(?:(?:좀\s*)?(?:실행|호출)\s*(?:해\s*줘|해\s*주세요|해줘요|해)|돌려\s*줘|돌려\s*주세요"
    r"|(?:for me\s*)?(?:please|pls)|now)?\s*[.!]?\s*$",
    re.I,
)


# "tasks ping 돌려줘", "run tasks ping": a server and one of its tools named as two bare
# words, in a request to run something. Checked against the catalog, so "run fast" or
# "calc 좀 돌려줘" name no call.
_SERVER_THEN_TOOL = re.compile(
    r"(?<![\w.])(?P<server>[A-Za-z][\w-]*)\s+(?P<tool>[A-Za-z_][\w-]*)(?![\w-])"
)
_RUN_WORDS = re.compile(r"돌려|실행|호출|\b(?:run|call|execute|invoke)\b", re.I)


def _server_then_tool(text: str, catalog: list[tuple[str, str, bool]]) -> McpDispatch | None:
    """The call "tasks ping 돌려줘" names, with no arguments (the server says if it needs any)."""
    if not _RUN_WORDS.search(text) or "{" in text:
        return None
    for match in _SERVER_THEN_TOOL.finditer(text):
        entry = next((e for e in catalog if e[:2] == (match["server"], match["tool"])), None)
        if entry is not None:
            return McpDispatch(*entry, args={}, reason="server and tool named in a run request")
    return None


def _without_instruction_words(text: str) -> str:
    """``text`` without a run instruction before or after a ``server.tool {json}`` call."""
    return _RUN_AFTER.sub("", _RUN_BEFORE.sub("", text, count=1), count=1)


def _find(catalog: list[tuple[str, str, bool]], *names: str) -> tuple[str, str, bool] | None:
    for wanted in names:
        for entry in catalog:
            if entry[1] == wanted:
                return entry
    return None


def _zone(text: str) -> str:
    # "in Singapore": a city the table does not list is still not Seoul.
    named = zones_named(text)
    return named[0] if named else ZONES["seoul"]


def match_mcp_step(
    text: str, catalog: list[tuple[str, str, bool]], source: object | None = None
) -> McpDispatch | None:
    """Pick the MCP tool this step plainly asks for, if any.

    Args:
        text: the step text.
        catalog: ``(server, tool, running)`` from ``McpManager.known_tools()``.
        source: the MCP manager; given, a tool asked for in a sentence ("calc 서버 add로
            1500이랑 2700 더해줘") is the last resort, read against the tool's input
            schema (:mod:`agents.mcp_prose_calls`).
    """
    if not catalog:
        return None
    return _patterned_call(text, catalog) or prose_tool_call(text, source)


def _patterned_call(text: str, catalog: list[tuple[str, str, bool]]) -> McpDispatch | None:
    """The call of the explicit form or of a well-known request's pattern, if any."""
    explicit = _EXPLICIT.match(_without_instruction_words(text))
    if explicit:
        entry = next(
            (e for e in catalog if e[0] == explicit["server"] and e[1] == explicit["tool"]), None
        )
        if entry is not None:
            try:
                args = json.loads(explicit["args"]) if explicit["args"] else {}
            except ValueError:
                return None
            if isinstance(args, dict):
                return McpDispatch(*entry, args=args, reason="explicit server.tool call")
    named = _server_then_tool(text, catalog)
    if named is not None:
        return named
    # "When it's 3 p.m. in Seoul, what time is it in New York?" states a time: a conversion
    # (tools.dates_zones), not a question for the current time.
    converts = states_clock_time(text) and len(zones_named(text)) >= 2
    # "오전 9시에 출발하고 ... 몇 시에 따라잡아?" states its own clock times and asks one
    # worked out from them: a word problem, not the current time (the time tool's reply
    # had stood in for the answer).
    converts = converts or (states_clock_time(text) and not _NOW.search(text))
    # A date of its own ("on january 15 2027") is never now: the current time is no answer.
    converts = converts or states_a_date(text)
    if _TIME_INTENT.search(text) and not converts and (entry := _find(catalog, "get_current_time")):
        zone = _zone(text)
        return McpDispatch(*entry, args={"timezone": zone}, reason=f"time question ({zone})")
    listing = _LIST_DIR.search(text)
    if listing and (entry := _find(catalog, "list_directory")):
        path = listing["en"] or listing["ko"]
        return McpDispatch(*entry, args={"path": path}, reason=f"directory listing of {path}")
    reading = _READ_FILE.search(text)
    if reading and (entry := _find(catalog, "read_text_file", "read_file")):
        path = reading["en"] or reading["ko"]
        return McpDispatch(*entry, args={"path": path}, reason=f"read file {path}")
    return None


# A follow-up that only names another place: "시드니는?", "and London?", "그럼 파리는".
_SHORT_FOLLOW_UP_CHARS = 30


def _one_place_only(text: str) -> str:
    """The zone a short mention of one place names ("and Berlin?"), else empty."""
    if len(text.strip()) > _SHORT_FOLLOW_UP_CHARS or states_clock_time(text):
        return ""
    zones = zones_named(text)
    return zones[0] if len(zones) == 1 else ""


def match_time_follow_up(
    text: str, earlier: Sequence[str], catalog: list[tuple[str, str, bool]]
) -> McpDispatch | None:
    """The current-time call again, for the place a follow-up names instead.

    "시드니는?" after "도쿄 지금 몇시야" asks the time in Sydney now: only the tool can
    tell it, so the earlier call is made again with the new zone (a model had answered
    it, which can only be a guess at the present moment). Earlier follow-ups of the same
    kind ("and Berlin?", then "그럼 마드리드는?") lead back to the question they follow.

    Args:
        text: The follow-up step.
        earlier: The user's earlier turns, oldest first.
        catalog: ``(server, tool, running)`` from ``McpManager.known_tools()``.

    Returns:
        The call for the one zone the follow-up names, or ``None`` when the follow-up is
        more than a short mention of one place (or states a clock time of its own: a
        conversion, not the present moment), or the turns it follows asked no current time.
    """
    zone = _one_place_only(text)
    if not zone:
        return None
    for question in reversed(earlier):
        call = match_mcp_step(question, catalog)
        if call is not None:
            if call.tool != "get_current_time":
                return None
            return McpDispatch(
                call.server,
                call.tool,
                call.running,
                args={"timezone": zone},
                reason=f"time question ({zone}), following the earlier one",
            )
        if not _one_place_only(question):
            return None
    return None
