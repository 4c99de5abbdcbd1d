"""A follow-up whose one figure is a speed because of the verb it goes with.

"how long does it take to drive 240 km at 80 km/h" then "what if i go 100?": one goes,
drives or does a speed, never a distance, so the 100 replaces the 80 km/h (2.4 hours),
not the 240 km. The sixteenth unseen set found the bare figure read as the one number
outside a rate clause, the distance ('1.25 hours' for 100 km at 80 km/h). Korean says it
with 달리면/밟으면 ("100으로 달리면?", "시속 100이면?").

When the previous step states no speed, or more than one, the turn is still a speed: the
rule declines and :func:`names_a_speed` keeps the later rules from reading the figure as
a new amount.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["names_a_speed", "speed_named_by_verb"]

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
_UNIT_WORDS = r"km/h|kph|mph|km\s+(?:an|per)\s+hour|miles\s+(?:an|per)\s+hour|킬로|km"
# "what if i go 100?", "and if we drive 90 instead", "so if i do 110 mph?"
_ASKED_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|then\s+|but\s+)?(?:what\s+|how\s+)?(?:about\s+)?(?:if\s+)?"
    r"(?:i|we|you|he|she|they)\s+(?:go|drive|do|travel|ride|average)\s+(?:at\s+)?"
    rf"(?P<n>{_FIGURE})\s*(?P<u>{_UNIT_WORDS})?\s*(?:instead\s*)?[?？.!]*\s*$",
    re.IGNORECASE,
)
# "100으로 달리면?", "시속 100km로 가면?", "그럼 시속 90이면?"
_ASKED_KO = LazyPattern(
    rf"^\s*(?:그럼|그러면)?\s*(?:(?:시속\s*(?P<a>{_FIGURE})\s*(?P<u>{_UNIT_WORDS})?\s*(?:이면|면|으로|로)"
    rf"(?:\s*(?:달리면|가면|밟으면|운전하면))?)|(?:(?P<b>{_FIGURE})\s*(?P<v>{_UNIT_WORDS})?\s*(?:으로|로)\s*"
    r"(?:달리면|밟으면)))\s*[?？]?\s*$",
    re.IGNORECASE,
)
# The speed a step states: "at 80 km/h", "시속 60km".
_SPEED_IN_STEP = LazyPattern(
    rf"(?P<n>{_FIGURE})\s*(?P<u>km/h|kph|mph|km\s+(?:an|per)\s+hour|miles\s+(?:an|per)\s+hour)"
    rf"|시속\s*(?P<k>{_FIGURE})",
    re.IGNORECASE,
)


def _system(unit: str | None) -> str | None:
    """Miles or kilometres an hour; ``None`` when no unit is said."""
    if not unit:
        return None
    return "mi" if unit.lower().startswith(("mph", "mile")) else "km"


def _asked(text: str) -> tuple[str, str | None] | None:
    english = _ASKED_EN.match(text)
    if english is not None:
        return english["n"], _system(english["u"])
    korean = _ASKED_KO.match(text)
    if korean is None:
        return None
    return korean["a"] or korean["b"], _system(korean["u"] or korean["v"])


def names_a_speed(text: str) -> bool:
    """Whether ``text`` is a follow-up whose one figure is a speed ("what if i go 100?")."""
    return _asked(text) is not None


def speed_named_by_verb(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``what if i go 100?``: the previous request with its one speed changed.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with the last one's speed changed and a line for the trace, or ``None``
        when the turn names no speed, the last step states none or several, or the
        turn says the speed in another unit than the step.
    """
    asked = _asked(text)
    if asked is None or not steps:
        return None
    new, system = asked
    last = steps[-1]
    speeds = list(_SPEED_IN_STEP.finditer(last))
    if len(speeds) != 1:
        return None
    old = speeds[0]
    if system is not None and system != _system(old["u"] or "km"):
        return None  # "90 mph" for a step in km/h: another unit, not just another figure
    group = "n" if old["n"] is not None else "k"
    changed = last[: old.start(group)] + new + last[old.end(group) :]
    return [*steps[:-1], changed], f"speed {old[group]} → {new}"
