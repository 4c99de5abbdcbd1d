"""One more bill added to bills that were split: "oh add 30 for trash" after "electric 94.20
internet 65 water 38.40, whats each of us owe with 3 roommates" (set 45) is
(94.20 + 65 + 38.40 + 30) / 3, not 30 more on one share.

The previous turn must be one step read as a sum of amounts shared by a head count
("(a + b + c) / n"); the turn adds one amount for something ("add 30 for trash", "plus 45
for the gas bill"). The amount goes into the sum before the split, as one more bill of
the same list. :func:`tools.followup_added_and_shared.amount_added` (the amount on the
previous result) declines after a split, so this reading is the only one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.handler_calculation import read_calculation
from tools.korean_numbers import normalize_numerals

__all__ = ["bill_added_before_split", "is_split"]

_N = r"\d+(?:\.\d+)?"
_ADDED = LazyPattern(
    rf"^\s*(?:oh\s+|ok\s+|and\s+|also\s+|oh\s+and\s+|wait\s+)*(?:plus|add|\+)\s+\$?(?P<n>{_N})"
    r"(?:\s*(?:dollars?|bucks))?\s+(?:for|on)\s+(?:the\s+|a\s+|an\s+|our\s+)?[a-z][a-z ]{1,30}"
    r"(?:\s+too|\s+as\s+well)?\s*[?.!]?\s*$",
    re.IGNORECASE,
)
# "(94.2 + 65 + 38.4) / 3": bills summed, then shared.
_SUM_SHARED = LazyPattern(rf"^\((?P<sum>{_N}(?:\s*\+\s*{_N})+)\)\s*/\s*(?P<n>\d+)$")
_SPLIT_WORDS = LazyPattern(
    r"\bsplit\b|\beach\s+of\s+us\b|\bper\s+person\b|\bhow\s+much\s+each\b|나눠|나누|엔빵|n빵",
    re.IGNORECASE,
)


def is_split(step: str) -> bool:
    """Whether a previous step shares its amount among people (a share was its answer)."""
    return _SPLIT_WORDS.search(step) is not None


def bill_added_before_split(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The shared sum with the amount added before the split, or ``None``.

    Args:
        text: The follow-up ("oh add 30 for trash").
        steps: The previous turn's steps.
    """
    said = _ADDED.match(normalize_numerals(text))
    if said is None or len(steps) != 1 or not is_split(steps[0]):
        return None
    try:
        before = read_calculation(steps[0])  # as typed or restated ("… with 3 roommates")
    except ToolInputError:
        return None
    detail = re.sub(r"\s*\(to \d+ decimal places\)$", "", before.detail) if before else ""
    shared = _SUM_SHARED.match(detail)
    if shared is None or int(shared["n"]) < 2:
        return None
    return [f"({shared['sum']} + {said['n']}) / {shared['n']}"], f"+ {said['n']} before the split"
