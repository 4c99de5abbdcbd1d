"""A follow-up that moves one end of the previous question's clock span.

"밤 11시 반에 자서 아침 7시 15분에 일어났으면 몇시간 잔거야" then "6시 40분에 깼으면?":
the verb says which end moved (waking, arriving, finishing: the end; falling asleep,
leaving, starting: the start), and the time replaces that end's clock time; the part
of the day said before it ("아침") stays unless the turn names another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.dates_clock_span import span_between_clocks

__all__ = ["moved_span_end"]

_PART = r"오전|오후|밤|저녁|새벽|아침|낮"
_CLOCK = r"(?P<h>\d{1,2})\s*시\s*(?:(?P<m>\d{1,2})\s*분|(?P<half>반))?"
_TURN = LazyPattern(
    r"^\s*(?:그럼\s*|만약\s*)?(?:(?P<part>" + _PART + r")\s*)?" + _CLOCK + r"\s*에?\s*"
    r"(?P<verb>[가-힣]{1,4}?)(?:았으면|었으면|했으면|으면|면)\s*[?？]?\s*$"
)
_END_VERBS = ("깼", "깨", "일어났", "일어나", "도착", "끝났", "끝나", "퇴근", "내렸", "내리")
_START_VERBS = ("잤", "자", "잠들", "출발", "시작", "출근", "떠났", "떠나", "탔", "타")
# A clock time in the previous question, with the part of the day said before it.
_STATED = re.compile(r"(?:(?P<part>" + _PART + r")\s*)?\d{1,2}\s*시\s*(?:\d{1,2}\s*분|반)?")


def moved_span_end(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous span question with one end's time replaced, or None.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts (the last one asked the span).
    """
    if not steps:
        return None
    turn = _TURN.match(text)
    if turn is None:
        return None
    verb = turn["verb"]
    if verb.startswith(_END_VERBS):
        which = 1
    elif verb.startswith(_START_VERBS):
        which = 0
    else:
        return None
    last = steps[-1]
    if span_between_clocks(last.lower()) is None:
        return None
    times = list(_STATED.finditer(last))
    if len(times) != 2:
        return None
    old = times[which]
    minutes = "반" if turn["half"] else f"{turn['m']}분" if turn["m"] else ""
    clock = f"{turn['h']}시" + (f" {minutes}" if minutes else "")
    part = turn["part"] or old["part"]
    new = f"{part} {clock}" if part else clock
    moved = last[: old.start()] + new + last[old.end() :]
    if span_between_clocks(moved.lower()) is None:
        return None
    return [*steps[:-1], moved], f"{old.group(0).strip()} → {new}"
