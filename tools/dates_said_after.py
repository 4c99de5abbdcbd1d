"""Clock and date questions said in the order people say them, put in the order read.

Found by the thirteenth unseen set. The date tools read "11:40pm plus 90 minutes" and
"how many weeks from dec 1 until christmas"; people also say:

- a span, then "after" or "before" a clock time ("90 minutes after 11:40pm", "2 hours
  before 3pm"): the clock time plus or minus the span (a bare hour gets ":00");
- the end first and the start last ("how many weeks until christmas from dec 1"): the
  start is moved before the end ("from dec 1 until christmas").

Each rewrite keeps every figure; text of neither shape is returned unchanged, so the
caller asks the date tools again only when something moved.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_clock_start_and_length import clock_start_and_length
from tools.dates_length_said_first_54k import length_said_first

__all__ = ["in_reading_order"]

_SPAN = (
    r"(?P<span>\d+(?:\.\d+)?\s*(?:hours?|hrs?|minutes?|mins?)"
    r"(?:\s+(?:and\s+)?\d+\s*(?:minutes?|mins?))?)"
)
_CLOCK = r"(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)(?![a-z])"
_SPAN_AROUND_CLOCK = LazyPattern(
    rf"^(?P<lead>.*?)(?<![\d:]){_SPAN}\s+(?P<side>after|before|from)\s+{_CLOCK}(?P<rest>.*)$",
    re.IGNORECASE,
)
_END_THEN_START = LazyPattern(
    r"^(?P<ask>.*?\bhow\s+(?:many|long)\b.*?)\s+(?P<end>(?:until|till|til|to)\s+[^,?]+?)"
    r"\s*,?\s+(?P<start>from\s+[^,?]+?)\s*(?P<tail>[?.!]*)\s*$",
    re.IGNORECASE,
)


def _span_around_clock(text: str) -> str:
    m = _SPAN_AROUND_CLOCK.match(text)
    if m is None:
        return text
    clock = f"{m['h']}:{m['m'] or '00'}{m['ampm']}"
    sign = "minus" if m["side"].lower() == "before" else "plus"
    span = re.sub(r"\band\s+", "", m["span"])
    return f"{m['lead']}{clock} {sign} {span}{m['rest']}"


def in_reading_order(text: str) -> str:
    """``text`` with a span around a clock time, or an end said before its start, reordered."""
    moved = _span_around_clock(text)
    if moved != text:
        return moved
    # "오후 1시 50분에 시작해서 2시간 40분 걸리면 몇시에 끝나": the clock sum (set 40).
    moved = clock_start_and_length(length_said_first(text))  # or its length said first (set 45)
    if moved != text:
        return moved
    m = _END_THEN_START.match(text)
    if m is None:
        return text
    return f"{m['ask']} {m['start']} {m['end']}{m['tail']}"
