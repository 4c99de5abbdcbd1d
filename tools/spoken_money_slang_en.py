"""Money said in slang: "a tenner" is 10, "a fiver" 5, "a grand" (or "3 grand") 1,000s.

Blind set 33: "bike rental is a tenner for the first hour and 4 for every hour after, 4
hours how much" went to the cloud tier, while the same sentence with 10 is read (22). Only
these whole words are rewritten, "a"/"one" and a count in digits before "grand" included;
nothing else in the sentence changes.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["money_slang_as_digits"]

_SLANG = {"tenner": "10", "fiver": "5"}
_ONE = LazyPattern(r"\b(?:a|one)\s+(?P<w>tenner|fiver)\b", re.IGNORECASE)
_GRAND = LazyPattern(r"\b(?:(?P<a>a|one)|(?P<n>\d+(?:\.\d+)?))\s+grand\b", re.IGNORECASE)


def _grand(m: re.Match[str]) -> str:
    count = 1 if m["a"] else float(m["n"])
    value = count * 1000
    return f"{int(value)}" if value == int(value) else f"{value}"


def money_slang_as_digits(text: str) -> str:
    """``text`` with "a tenner", "a fiver", "N grand" said in digits."""
    text = _ONE.sub(lambda m: _SLANG[m["w"].lower()], text)
    return _GRAND.sub(_grand, text)
