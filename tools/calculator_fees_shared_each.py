"""Amounts paid once, a head count, and "how much each": a share of their sum is asked.

"ski cabin is 1,150 for the weekend plus 200 for cleaning, theres 5 of us, how much each"
(set 40) asks what each of the five pays of 1,350. The price reader leaves "how much each"
to the follow-up readers because beside a price each ("tickets are 12.50 each … 6 of us")
or a price per person it asks no share; with only amounts paid once (no rate, no item
priced each) and the people counted, it can ask nothing else. Only for a sum to compose
(two amounts or more, or a tip or tax on top): one amount shared is the split forms'.
"""

from __future__ import annotations

import re

from tools.priced_figures import Priced

__all__ = ["fees_shared_each"]

_HOW_MUCH_EACH = re.compile(
    r"\bhow\s+much\s+(?:(?:is|does|do|will|would)\s+)?(?:(?:it|that|we)\s+)?"
    r"(?:(?:come\s+to|cost|be|pay)\s+)?(?:each|a\s+head|per\s+head)\b"
    r"|\b(?:what'?s|whats)\s+(?:that\s+|it\s+)?(?:each|per\s+head|a\s+head)\b"
    # "…, theres 6 of us. each?": "each" asked as a sentence of its own (opens56e).
    r"|(?:^|[.,;!]\s*)(?:so\s+)?each\s*\?+\s*$",
    re.IGNORECASE,
)


def fees_shared_each(found: Priced, original: str) -> bool:
    """Whether ``original`` asks each one's share of the amounts ``found`` holds."""
    return (
        found.people is not None
        # ("the limo was 360 for 6 of us, how much each": one amount is the split forms'
        # reading, whose follow-ups the everyday rules read.)
        # A list of things at their prices is a sum to compose as well ("4 pizzas at 17.50
        # and 2 sodas at 2.25, theres 6 of us. each?", opens56e): two lines or more.
        and (len(found.fees) + len(found.items) >= 2 or found.markup is not None)
        and not found.rates
        and (not found.items or len(found.fees) + len(found.items) >= 2)
        and not found.counts
        and not found.deductions
        and _HOW_MUCH_EACH.search(original) is not None
    )
