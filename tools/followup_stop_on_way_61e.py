"""A stop on the way, or staying on, moves a clock end later (set 52).

After "아침 9시반에 출발해서 세시간 사십분 걸리면 몇시 도착" (13:10), "중간에 휴게소에서 20분
쉬면?" went to the cloud; after "my shift starts at 10:45pm and lasts 8.5 hours, when do i
get off" (7:15), "if i stay 45 min extra?" was declined. Each turn says one span in minutes
or hours, and a verb that makes the time run on: a rest or a stop on the way (쉬면, 쉬었다
가면, 들렀다 가면, 정차하면; "stop for", "take a break on the way") or staying on ("stay 45
min extra / longer / over", "work 30 minutes late"). It is read only when the previous turn
was read by code as a clock time plus a span (the date reader's "09:30 + 220 min = 13:10"):
the new end is that end plus the span. Leaving earlier ("20분 일찍 출발하면"), a break inside
a shift ("with a 30 min break": whether it is added is not said) and anything else stay
unread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.dates_spelled_clock_61e import spelled_clock_as_digits
from tools.handlers import match_deterministic

__all__ = ["STOP_ON_WAY", "clock_end_later", "stop_on_way"]

#: Set False to switch the rule off (tests).
STOP_ON_WAY = True

_KO_SPAN = r"(?P<n>\d{1,3})\s*(?P<u>분|시간)"
_KO_TURN = re.compile(
    r"^\s*(?:그럼|그러면|만약|근데)?\s*(?:중간에|가다가|도중에|가는\s*길에)?\s*"
    r"(?:[가-힣]{1,6}\s*(?:에서|에|들러서|들러)\s*)?"
    rf"{_KO_SPAN}\s*(?:정도|쯤|씩)?\s*(?:동안\s*)?(?:을|를)?\s*"
    r"(?:쉬면|쉬고\s*가면|쉬었다\s*가면|쉬다\s*가면|쉬어\s*가면|쉬어가면|쉰다면|멈추면|정차하면"
    r"|들렀다\s*가면|들렀다가면|머물면|머물다\s*가면|서\s*있으면)요?\s*[?？.]?\s*$"
)
_EN_SPAN = r"(?P<n>\d{1,3}(?:\.\d+)?)\s*(?P<u>minutes?|mins?|hours?|hrs?)"
_EN_IF = r"^\s*(?:and\s+|so\s+|but\s+)?(?:what\s+)?if\s+(?:i|we|you|they|he|she)\s+"
_EN_END = r"\s*[?.!]*\s*$"
_EN_TURNS = (
    # "if i stay 45 min extra", "what if we work 30 minutes late"
    re.compile(
        rf"{_EN_IF}(?:stay|work|keep\s+going)\s+{_EN_SPAN}\s+(?:extra|longer|more|over|late"
        rf"|overtime){_EN_END}",
        re.IGNORECASE,
    ),
    # "if i stay an extra 45 minutes"
    re.compile(rf"{_EN_IF}(?:stay|work)\s+(?:an\s+)?extra\s+{_EN_SPAN}{_EN_END}", re.IGNORECASE),
    # "if we stop for 20 minutes on the way"
    re.compile(
        rf"{_EN_IF}(?:stop|pull\s+over)\s+(?:for\s+)?{_EN_SPAN}(?:\s+on\s+the\s+way)?{_EN_END}",
        re.IGNORECASE,
    ),
)
_CLOCK_PLUS = re.compile(r"^\d{2}:\d{2} \+ \d+ min = (?P<h>\d{2}):(?P<m>\d{2})$")


def _minutes(n: str, unit: str) -> int | None:
    value = float(n) * (60 if unit.startswith(("시", "h")) else 1)
    return int(value) if value == int(value) and value > 0 else None


def stop_on_way(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``20분 쉬면?`` after a clock end asked: that end, the span later."""
    if not STOP_ON_WAY or not steps:
        return None
    found = _KO_TURN.match(text)
    ko = found is not None
    for pattern in _EN_TURNS:
        found = found or pattern.match(text)
    if found is None:
        return None
    added = _minutes(found["n"], found["u"])
    if added is None:
        return None
    return clock_end_later(steps, added, ko=ko)


def clock_end_later(steps: Sequence[str], added: int, *, ko: bool) -> tuple[list[str], str] | None:
    """The previous turn's clock end (a clock plus a span, read by code) ``added`` minutes later.

    Args:
        steps: The previous turn's steps; the last one read by the date reader as
            "09:30 + 220 min = 13:10".
        added: The minutes the end moves on.
        ko: Whether the new step is asked in Korean.
    """
    previous = match_deterministic(spelled_clock_as_digits(steps[-1]), previous=None)
    if previous is None or previous.handler != "dates" or not isinstance(previous.detail, str):
        return None
    end = _CLOCK_PLUS.match(previous.detail)
    if end is None:
        return None
    hour, minute = int(end["h"]), int(end["m"])
    new = (
        f"{hour}시{minute}분에서 {added}분 뒤는 몇시"
        if ko
        else f"{hour:02d}:{minute:02d} plus {added} minutes"
    )
    return [new], f"{added} min more after {end['h']}:{end['m']}"
