"""The time a flow takes to fill a volume: "my garden hose puts out 14 liters a minute, how
long to fill a 1,134 liter pool" is 1,134 / 14 = 81 minutes.

Read only with a flow in litres (or gallons) a minute, one volume in the same unit to fill,
"how long" asked, and no other figure; the answer is in minutes.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["fill_time_minutes"]

_N = r"\d+(?:\.\d+)?"
_VOL = r"(?P<u>lit(?:er|re)s?|gallons?|l)"
_FLOW = LazyPattern(rf"(?P<r>{_N})\s*{_VOL}\s+(?:a|per|each|every)\s+minute\b", re.I)
_FILL = LazyPattern(
    rf"\bhow\s+long\b.*\bto\s+fill\s+(?:up\s+)?(?:a|an|the|my|our)?\s*(?P<v>{_N})\s*[- ]?"
    r"(?P<vu>lit(?:er|re)s?|gallons?|l)\b",
    re.I,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def _unit(said: str) -> str:
    return "gallon" if said.lower().startswith("gallon") else "litre"


def fill_time_minutes(question: str) -> str | None:
    """ "1134 / 14" (minutes) for the time a flow takes to fill a volume, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    flow, fill = _FLOW.search(s), _FILL.search(s)
    if flow is None or fill is None or _unit(flow["u"]) != _unit(fill["vu"]):
        return None
    if len(_FIGURE.findall(s)) != 2 or float(flow["r"]) <= 0:
        return None
    return f"{fill['v']} / {flow['r']}"
