"""A charge of a named kind added to the result: "plus 14.50 in tolls" after a mileage
claim, "and 12 in parking".

The turn is only that: plus (or and) one amount in a charge of its own kind (tolls, parking,
postage …); the answer is the last result plus it. ("plus 45 for delivery" is
:mod:`tools.followup_added_and_shared`'s reading.) A figure that is not money
("plus 2 more hours") never matches the kinds listed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["charge_added"]

_KINDS = (
    r"tolls?|parking|postage|shipping|delivery|tips?|gas|fuel|taxes|insurance|materials|"
    r"supplies|snacks|drinks|fees|extras|taxis?|cab\s+fares?|bus\s+fares?|train\s+fares?"
)
_ADDED = LazyPattern(
    r"^\s*(?:oh\s+|and\s+|also\s+)?(?:plus|\+|and|add)\s*\$?(?P<x>\d+(?:\.\d+)?)\s*"
    rf"(?:dollars?\s+|bucks\s+)?in\s+(?:the\s+)?(?:{_KINDS})"
    r"(?:\s+too|\s+as\s+well)?\s*[?.!]*\s*$",
    re.I,
)


def charge_added(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The steps with the charge added to the last result, or ``None``.

    Args:
        text: The follow-up ("plus 14.50 in tolls").
        steps: The conversation's steps so far.
    """
    said = _ADDED.match(text)
    if said is None or not steps:
        return None
    return [*steps, f"거기에 {said['x']} 더하면"], f"+ {said['x']}"
