"""The length of a trip between two 24-hour times when the arrival is said to be the next day.

Blind set 48 (turns48): "flight leaves 22:50 and lands 6:15 the next morning, same timezone.
how long is it" went to the cloud. :func:`tools.dates_forms_54e.span_between_24h_times`
reads a departure and an arrival on the same day only: an arrival clock before the
departure could be over midnight or a misreading. When the sentence says the arrival is the
next day ("the next morning", "next day", "the following morning", "overnight"), it is over
midnight: the length is the arrival less the departure plus 24 hours (7 hours 25 minutes).
Only two clock times, both on the 24-hour dial, a length asked, and the arrival earlier than
the departure.
"""

from __future__ import annotations

import re

__all__ = ["overnight_24h_span"]

_T24 = r"(?P<{p}h>\d{{1,2}}):(?P<{p}m>\d{{2}})(?!\s*[ap]\.?m|[\d:])"
_DEPART_ARRIVE = re.compile(
    r"(?<![\d:])(?:leaves?|leaving|departs?|departing|takes\s+off|starts?|left)\s+(?:at\s+)?"
    + _T24.format(p="a")
    + r"\s*(?:,|and)?\s*(?:it\s+)?(?:lands?|landing|arrives?|arriving|gets?\s+in|ends?)\s+"
    r"(?:at\s+)?" + _T24.format(p="b")
)
_NEXT_DAY = re.compile(
    r"\b(?:the\s+)?(?:next|following)\s+(?:morning|day)\b|\bovernight\b|\bday\s+after\b|\+1\b"
)
_ASKS_LENGTH = re.compile(r"\bhow\s+long\b|\bhow\s+many\s+(?:hours|minutes)\b")
_ANY_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def overnight_24h_span(s: str) -> tuple[str, str] | None:
    """("7 hours 25 minutes (445 min)", how) for an arrival the next day, else ``None``.

    Args:
        s: The question, normalised (NFKC, lower case).
    """
    m = _DEPART_ARRIVE.search(s)
    if m is None or _ASKS_LENGTH.search(s) is None or len(_ANY_CLOCK.findall(s)) != 2:
        return None
    if _NEXT_DAY.search(s, m.end()) is None:
        return None
    ah, am, bh, bm = int(m["ah"]), int(m["am"]), int(m["bh"]), int(m["bm"])
    if ah > 23 or bh > 23 or am > 59 or bm > 59:
        return None
    start, end = ah * 60 + am, bh * 60 + bm
    if end >= start:
        return None  # a next-day arrival later on the clock is over a day: not this form
    span = end + 24 * 60 - start
    hours, rest = divmod(span, 60)
    words = f"{hours} hours {rest} minutes" if rest else f"{hours} hours"
    how = f"{ah:02d}:{am:02d} → next day {bh:02d}:{bm:02d} = {span} min"
    return f"{words} ({span} min)", how
