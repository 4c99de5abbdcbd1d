"""A per-minute rate, asked or stated ("분당 얼마", "150원 per minute").

Why this exists: Kiwi cuts "분당" in a question into the unit 분 and a suffix, and a unit
is no content term, so "킥보드 분당 얼마에요" was read as "킥보드 얼마" and answered with
the first sum beside 킥보드 (a towing fee, blind set 24). Like an hourly rate
(:mod:`tools.rag.price_periods`), a per-minute rate is a period the answering sum must be
stated for: written right after it ("150원 per minute"), before it ("분당 150원"), or as
its column's heading ("| 분당 요금 |").
"""

from __future__ import annotations

import re

__all__ = ["asks_per_minute", "minute_markers"]

# "1분당", "분당", "1분에 150원", "per minute", "a minute", "/min". Never a duration
# ("10분 동안", "30 minutes"): those count how long, not what each minute costs.
_STATED = re.compile(
    r"(?<![0-9])(?:1\s*)?분당|(?<![0-9])1분에|\b(?:per|a|each)\s+min(?:ute)?\b|"
    r"\bby\s+the\s+minute\b|/\s*min\b",
    re.IGNORECASE,
)
# Asked: "분당 얼마", "1분에 얼마", "per minute", "by the minute", "a minute" (in a price
# question: the caller checks that a price is asked).
_ASKED = _STATED


def asks_per_minute(question: str) -> bool:
    """Whether a (price) question asks what each minute costs."""
    return bool(_ASKED.search(question))


def minute_markers(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` writing a figure per minute."""
    return [m.span() for m in _STATED.finditer(text)]
