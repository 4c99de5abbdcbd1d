"""A 24-hour clock time said on the 12-hour clock: "whats 14:35 in normal time" is 2:35 PM
(set 47, turns47).

No reader read it, and the question was declined as a document question ("not in the
documents: normal"). Read only when the whole question is one HH:MM time and the 12-hour
clock asked for ("in normal time", "in regular time", "in 12 hour time", "in am/pm").
"""

from __future__ import annotations

import re

__all__ = ["twelve_hour_time"]

_ASKED = re.compile(
    r"^\s*(?:what'?s|what\s+is|convert)?\s*(?P<h>\d{1,2}):(?P<m>\d{2})\s+(?:is\s+)?(?:in|to|on)\s+"
    r"(?:the\s+)?(?:normal|regular|standard|12[\s-]*h(?:ou)?r|am\s*/\s*pm|am[\s-]+pm)\s*"
    r"(?:time|clock|format)?\s*[?.!]*\s*$"
)


def twelve_hour_time(text: str) -> tuple[str, str] | None:
    """``(answer, detail)`` for a 24-hour time asked on the 12-hour clock, or ``None``.

    Args:
        text: The question, normalised (NFKC, lower case).
    """
    said = _ASKED.match(text)
    if said is None:
        return None
    hour, minute = int(said["h"]), int(said["m"])
    if hour > 23 or minute > 59:
        return None
    half = "AM" if hour < 12 else "PM"
    shown = f"{hour % 12 or 12}:{minute:02d} {half}"
    return f"{hour:02d}:{minute:02d} is {shown}", f"{hour:02d}:{minute:02d} -> {shown}"
