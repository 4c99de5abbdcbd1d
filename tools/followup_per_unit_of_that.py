""" "What's that per person per night?": the previous result asked per unit, no figure typed.

A short English turn that names the previous result ("that", "it") and asks it per
person, per night, a month or each has no subject of its own; read alone it went to the
documents and a model cited a policy for it. It is a follow-up: re-run against the
previous turn when a rule can, handed on with the previous turn when none can.
"""

from __future__ import annotations

import re

__all__ = ["asks_that_per_unit"]

_UNIT = r"(?:per|a|an|each)\s+[a-z]+"
_THAT_PER_UNIT = re.compile(
    rf"^\s*(?:(?:and|so|ok|okay)\s*,?\s+)?(?:what'?s|what\s+is|how\s+much\s+is|and)\s+"
    rf"(?:that|it|this)\s+{_UNIT}(?:\s*,?\s*(?:and\s+)?{_UNIT})?\s*(?:then\s*)?[?？.]*\s*$"
    rf"|^\s*(?:and\s+)?(?:that|it)\s+{_UNIT}(?:\s+{_UNIT})?\s*[?？]+\s*$",
    re.IGNORECASE,
)


def asks_that_per_unit(text: str) -> bool:
    """Whether ``text`` asks the previous result per a unit ("what's that per month?")."""
    return _THAT_PER_UNIT.search(text) is not None
