"""Which way someone faces after turns: "im facing north, i turn right and then turn around.
which way am i facing" is west (set 45).

The puzzle went to the local model, which answered east under the documents banner. It is
arithmetic on a compass: north 0°, each right turn +90°, left -90°, around 180°. Read only
when the whole question is one heading (north, south, east, west), then turns joined by
"and", "then", commas or full stops, each of a known kind ("turn right", "turn left twice",
"turn around", "turn 90 degrees to the left", "make a u-turn", "do a 180"), then the
heading asked; any other word in between is no reading.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.handler_result import HandlerResult

__all__ = ["is_turns_puzzle", "read_facing"]

_HEADINGS = ("north", "east", "south", "west")
_START = LazyPattern(
    r"^\s*(?:if\s+)?(?:i'?m|i\s+am|im|you'?re|you\s+are|he'?s|she'?s|someone\s+is|a\s+person\s+is)\s+"
    r"(?:standing\s+|facing\s+|looking\s+|pointing\s+)?(?:facing\s+|looking\s+)?"
    r"(?P<h>north|east|south|west)\s*[,.;]?\s*(?:and\s+|then\s+)?",
    re.IGNORECASE,
)
_ASKED = LazyPattern(
    r"[,.;?]?\s*(?:so\s+|now\s+)?(?:which|what)\s+(?:way|direction)\s+(?:am\s+i|are\s+you|is\s+(?:he|she|it))"
    r"\s+(?:facing|looking|pointing|headed|heading)(?:\s+now)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_SUBJECT = r"(?:(?:i|you|he|she|they)\s+)?(?:then\s+)?"
_TURN = LazyPattern(
    rf"^{_SUBJECT}(?:turn|turns|turned)\s+(?:(?P<deg>90|180|270|360)\s*(?:degrees|°)\s+"
    r"(?:to\s+(?:the\s+|my\s+)?)?)?(?P<dir>right|left|around|clockwise|counter\s*-?\s*clockwise"
    r"|anti\s*-?\s*clockwise)?(?:\s+(?P<times>once|twice|two\s+times|three\s+times|3\s+times))?$"
    rf"|^{_SUBJECT}(?:make|makes|made|do|does|did)\s+(?:a\s+)?(?:u\s*-?\s*turn|180)$"
    rf"|^{_SUBJECT}(?:turn|turns|turned)\s+(?P<deg2>90|180|270)\s*(?:degrees|°)$",
    re.IGNORECASE,
)
_TIMES = {"once": 1, "twice": 2, "two times": 2, "three times": 3, "3 times": 3}
_JOIN = re.compile(r"\s*(?:,|\.|;|\band\s+then\b|\band\b|\bthen\b)\s*", re.IGNORECASE)


def _degrees(turn: re.Match[str]) -> int | None:
    """Clockwise degrees of one turn, or ``None`` for a turn with no side said."""
    direction = (turn["dir"] or "").lower().replace(" ", "").replace("-", "")
    degrees = int(turn["deg"] or turn["deg2"] or 0)
    times = _TIMES.get((turn["times"] or "once").lower(), 1)
    if turn["dir"] is None and turn["deg"] is None and turn["deg2"] is None:
        return 180 * times  # "make a u-turn", "do a 180"
    if direction == "around":
        return 180 * times
    if turn["deg2"] is not None:
        return 180 if degrees == 180 else None  # "turn 90 degrees": which side is unsaid
    step = degrees or 90
    if direction in ("right", "clockwise"):
        return step * times
    if direction in ("left", "counterclockwise", "anticlockwise"):
        return -step * times
    return None


def read_facing(text: str) -> HandlerResult | None:
    """The heading after the turns said, or ``None`` when ``text`` is not this puzzle.

    Args:
        text: One step of the conversation.
    """
    start, asked = _START.match(text), _ASKED.search(text)
    if start is None or asked is None or asked.start() <= start.end():
        return None
    turns = [t for t in _JOIN.split(text[start.end() : asked.start()]) if t.strip()]
    if not turns:
        return None
    total = 0
    for said in turns:
        turn = _TURN.match(said.strip())
        degrees = _degrees(turn) if turn is not None else None
        if degrees is None:
            return None
        total += degrees
    first = _HEADINGS.index(start["h"].lower())
    heading = _HEADINGS[(first + total // 90) % 4]
    how = f"{start['h'].lower()} {'+' if total >= 0 else '-'} {abs(total)}° clockwise = {heading}"
    return HandlerResult(
        handler="calculator", answer=heading.capitalize(), value=heading, detail=how
    )


def is_turns_puzzle(text: str) -> bool:
    """Whether ``text`` is the whole puzzle :func:`read_facing` reads (one step, not split
    at its "and then")."""
    return read_facing(text) is not None
