"""The end of a clock span moved by a length: "we'll probably get back an hour later than
that" after "… 18 an hour and we're out from 6 to 11:30".

The first turn must hold exactly one span between two clock times; its end moves by the
hours the turn says (an hour, half an hour, 2 hours; later or earlier). Kept only when code
reads the new request.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_rerun import replaced

__all__ = ["span_end_later_by"]

_BY = LazyPattern(
    r"\b(?P<len>an|one|half\s+an|an\s+hour\s+and\s+a\s+half|\d+(?:\.\d+)?|two|three)"
    r"(?:\s+hours?)?\s+(?P<way>later|earlier|sooner)\b",
    re.I,
)
_LENGTHS = {"an": 60, "one": 60, "two": 120, "three": 180, "half an": 30}
_SPAN = re.compile(
    r"\b(?:from\s+)?(?P<a>\d{1,2}(?::\d{2})?)\s*(?:am|pm)?\s+(?:to|until|till)\s+"
    r"(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?P<mer>\s*(?:am|pm))?\b",
    re.I,
)


def _minutes(said: str) -> int | None:
    word = re.sub(r"\s+", " ", said.lower())
    if word in _LENGTHS:
        return _LENGTHS[word]
    if word.startswith("an hour and"):
        return 90
    hours = Decimal(word) * 60
    return int(hours) if hours == hours.to_integral_value() else None


def span_end_later_by(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first request with its span's end moved, or ``None``.

    Args:
        text: The follow-up ("we'll probably get back an hour later than that").
        steps: The previous turn's steps (one request with one clock span).
    """
    said = _BY.search(text)
    if said is None or len(steps) != 1 or "hour" not in text.lower():
        return None
    if len(re.findall(r"\d", text)) > len(re.findall(r"\d", said.group())):
        return None  # another figure in the turn: not only a moved end
    step = steps[0]
    spans = list(_SPAN.finditer(step))
    moved = _minutes(said["len"])
    if len(spans) != 1 or moved is None:
        return None
    if said["way"].lower() != "later":
        moved = -moved
    span = spans[0]
    end = int(span["h"]) * 60 + int(span["m"] or 0) + moved
    if span["mer"] is not None and not 0 < end < 13 * 60:
        return None  # past noon or midnight with am/pm said: not rewritten
    if not 0 < end < 24 * 60:
        return None
    # ("from 7 to 11" as said, never "11:00", which the span readers do not take.)
    clock = f"{end // 60}:{end % 60:02d}" if end % 60 else f"{end // 60}"
    end_at = span.end("m") if span["m"] else span.end("h")
    return replaced(step, (span.start("h"), end_at), clock, f"the end moved to {clock}")
