"""Courtesy words at either end of a request ("70kg in pounds pls", "please 15% of 80").

They ask nothing, yet the readers of plain requests (units, dates, the calculator)
expect the request to end on its question: "70kg in pounds" was read and "70kg in
pounds pls" went to a model (which answered "100kg in pounds."). Words inside the
request are left as they are.
"""

from __future__ import annotations

import re

__all__ = ["without_courtesy"]

_WORDS = r"(?:please|pls|plz|pleasee+|thanks|thx|ty|thank\s+you|kindly)"
_AT_END = re.compile(rf"[\s,]*\b{_WORDS}\b[\s.!?~]*$", re.IGNORECASE)
_AT_START = re.compile(rf"^\s*\b{_WORDS}\b[\s,:]*", re.IGNORECASE)


def without_courtesy(text: str) -> str:
    """``text`` without a courtesy word at its start or end (the rest unchanged)."""
    trimmed = _AT_START.sub("", _AT_END.sub("", text))
    # "?" kept: a question mark after the courtesy word still marks the question.
    if trimmed != text and text.rstrip().endswith("?") and not trimmed.endswith("?"):
        trimmed += "?"
    return trimmed if trimmed.strip() else text
