"""Korean minutes added up and asked in hours: the sum is minutes, shown in hours.

"하루 45분씩 운동하면 일주일에 몇시간이야" was answered '315' (found while fixing set 38):
the calculator read 45 × 7, but Korean time words are no measure to its unit reader, so the
minutes were lost and a bare 315 stood for the hours asked. When the figures are said in
minutes (``45분``; never ``5분의 1``, a fraction, nor ``3인분``, servings), none in hours,
and the question asks how many hours, the result carries the unit ``min`` and the asked
unit converts it (5.25 h, said also as 5시간 15분).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["minutes_asked_in_hours"]

_MINUTES = LazyPattern(r"(?<![\d.])\d+(?:\.\d+)?\s*분(?!\s*의)")
_HOURS = LazyPattern(r"\d\s*시간")
_ASKS_HOURS = LazyPattern(r"몇\s*시간|시간\s*(?:으로|단위로)")


def minutes_asked_in_hours(text: str, unit: str | None) -> str | None:
    """``"min"`` when ``text`` sums Korean minutes and asks the hours; else ``None``.

    Args:
        text: The request with numerals as digits ("하루 45분씩 운동하면 일주일에 몇시간이야").
        unit: The unit the calculator read from the figures (only ``None`` is completed).
    """
    if unit is not None or not re.search(r"[가-힣]", text):
        return None
    if _HOURS.search(text) or not _ASKS_HOURS.search(text):
        return None
    return "min" if _MINUTES.search(text) else None
