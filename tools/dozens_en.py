"""Counts said in dozens: "half a dozen" is 6, "a dozen" 12, "two dozen" 24.

Blind set 33: "half a dozen donuts at 1.75 each …" and its follow-up "make it a dozen
donuts" went to the cloud tier: no reader counts in dozens. Only a dozen word before what
it counts is rewritten ("a dozen eggs" -> "12 eggs"); "dozens of" (no number) is left, and
so is every dozen of a sentence that prices by the dozen ("bagels are 14 a dozen and I need 5
dozen": the dozen is the unit there, set 28).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_DIGITS

__all__ = ["dozens_as_digits"]

_WORDS = {w: int(d) for w, d in ENGLISH_DIGITS.items() if 1 <= int(d) <= 9}
_COUNT = "|".join(_WORDS)
_DOZEN = LazyPattern(
    rf"\b(?:(?P<half>half\s+a)|(?P<a>a|one)|(?P<w>{_COUNT})|(?P<d>\d+))\s+dozen\b(?!\s+of\b)",
    re.IGNORECASE,
)


def _count(m: re.Match[str]) -> str:
    if m["half"]:
        return "6"
    if m["a"]:
        return "12"
    n = _WORDS[m["w"].lower()] if m["w"] else int(m["d"])
    return str(n * 12)


_PRICED_BY_DOZEN = LazyPattern(
    r"\d\s*(?:a|per|/|the|each)\s*dozen\b|\bby\s+the\s+dozen\b", re.IGNORECASE
)


def dozens_as_digits(text: str) -> str:
    """``text`` with counts in dozens said in digits (unless it prices by the dozen)."""
    if _PRICED_BY_DOZEN.search(text):
        return text
    return _DOZEN.sub(_count, text)
