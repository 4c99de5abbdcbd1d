"""A pound that is a weight is no currency: "2 dollars a pound and our dog weighs 65 pounds".

Blind set 31: the groomer's "2 dollars a pound" was read as an exchange rate of 2 dollars
per British pound and "65 pounds" as money, giving '$130.00' with the nail trim dropped.
When the request weighs something (weigh/weight/heavy/lb/lbs), a pound in words is its
weight and the request is not a conversion; the £ sign and "GBP"/"sterling" still are.
"""

from __future__ import annotations

import re

__all__ = ["pounds_are_weight"]

# ("3.5 pounds of chicken": pounds of a thing are its weight, set 38.)
_WEIGHT = re.compile(
    r"\b(?:weigh|weighs|weighed|weighing|weight|heavy|lbs?)\b|\bpounds?\s+of\b", re.IGNORECASE
)
_POUND_WORD = re.compile(r"\bpounds?\b", re.IGNORECASE)
_STERLING = re.compile(r"£|\bGBP\b|\bsterling\b|\bbritish\s+pounds?\b", re.IGNORECASE)


def pounds_are_weight(text: str) -> bool:
    """Whether ``text``'s pounds are weight (it weighs something and names no sterling).

    Args:
        text: The request.
    """
    return (
        _POUND_WORD.search(text) is not None
        and _WEIGHT.search(text) is not None
        and _STERLING.search(text) is None
    )
