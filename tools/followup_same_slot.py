"""A follow-up that gives a new figure for the one slot of the previous request it fits.

"driving at 80 km/h, how far do i get in 2.5 hours" then "at 100?": the "at" says the
figure is the one after "at" in the request (the speed), not the hours; "i charge 60,000
won an hour, how much for 2.5 hours" then "and for 45 minutes?": the time, said in
minutes where the request had hours (0.75 hours). Found by the fourteenth unseen set,
where both fell to a model. A request with no such slot, or more than one, declines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern

__all__ = ["figure_for_the_same_slot"]

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
_LEAD = r"^\s*(?:and\s+|so\s+|then\s+|what\s+about\s+|how\s+about\s+|what\s+if\s+it'?s\s+)?"
_SPEED_UNIT = r"(?:km/h|kph|mph|km\s+an\s+hour)"
_AT_ONLY = LazyPattern(
    _LEAD + rf"at\s+(?P<n>{_FIGURE})\s*{_SPEED_UNIT}?\s*(?:instead\s*)?[?？.!]*\s*$",
    re.IGNORECASE,
)
_AT_IN_STEP = LazyPattern(rf"\bat\s+(?P<n>{_FIGURE})", re.IGNORECASE)
_MINUTES_ONLY = LazyPattern(
    _LEAD + rf"(?:for|in)\s+(?P<n>{_FIGURE})\s+(?:minutes|mins?)\s*(?:instead\s*)?[?？.!]*\s*$",
    re.IGNORECASE,
)
_HOURS_IN_STEP = LazyPattern(
    rf"\b(?P<prep>for|in)\s+(?P<n>{_FIGURE})\s+(?P<unit>hours|hrs|hour|hr|h)\b", re.IGNORECASE
)


def _hours(minutes: str) -> str:
    value = Decimal(minutes.replace(",", "")) / 60
    return format(value.normalize(), "f") if value == value.quantize(Decimal("0.0001")) else ""


_IS_PERCENT = LazyPattern(r"\s*(?:%|percent\b|per\s*cent\b)", re.IGNORECASE)


def _over_a_hundred(figure: str) -> bool:
    return float(figure.replace(",", "")) > 100


def figure_for_the_same_slot(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``at 100?`` / ``and for 45 minutes?``: the previous request with that slot changed.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with the last one changed and a line for the trace, or ``None``.
    """
    if not steps:
        return None
    last = steps[-1]
    at = _AT_ONLY.match(text)
    if at is not None:
        slots = list(_AT_IN_STEP.finditer(last))
        if len(slots) != 1:
            return None
        old = slots[0]
        if _IS_PERCENT.match(last, old.end("n")) and _over_a_hundred(at["n"]):
            return None  # "and at 900?" after "at 25% off": no 900% (it gave -$9,600)
        changed = last[: old.start("n")] + at["n"] + last[old.end("n") :]
        return [*steps[:-1], changed], f"at {old['n']} → at {at['n']}"
    minutes = _MINUTES_ONLY.match(text)
    if minutes is not None:
        slots = list(_HOURS_IN_STEP.finditer(last))
        hours = _hours(minutes["n"])
        if len(slots) != 1 or not hours:
            return None  # no hours to replace, or minutes that are no exact part of an hour
        old = slots[0]
        changed = last[: old.start("n")] + hours + last[old.end("n") :]
        return [*steps[:-1], changed], f"{old['n']} {old['unit']} → {minutes['n']} minutes"
    return None
