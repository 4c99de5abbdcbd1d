"""A bare English list of things at their prices asks its total, though no word asks it.

Blind set 36: "round of 4 pints at 5.80" went to the local model, which answered 'a
classic example of a mathematical concept called "rounding"', and "half a dozen bagels at
1.20 each and a couple of coffees at 3.10" to the cloud: ``tools.price_total`` composes a
sum only when something asks one ("how much", "total", a closing "?"). A message that is
nothing but counted things at prices, as people type a tab into a chat, has no other
question to ask; its sum is the answer. Anything else in the message (a word outside the
list) and this rule says nothing.
"""

from __future__ import annotations

import re

__all__ = ["bare_priced_list"]

_ITEM = (
    r"\d+\s+[a-z&']+(?:\s+[a-z&']+){0,2}\s+at\s+[£$€]?\s*\d+(?:\.\d+)?"
    r"(?:\s*(?:each|apiece|a\s+piece))?"
)
_BARE_LIST = re.compile(
    rf"^\s*(?:(?:a|the)\s+)?(?:(?:round|tab|order)\s+of\s+)?{_ITEM}"
    rf"(?:\s*(?:,\s*(?:and\s+|plus\s+)?|\band\b|\bplus\b|\+)\s*{_ITEM})*\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def bare_priced_list(text: str) -> bool:
    """Whether ``text`` is only counted things at prices (its total is what it asks).

    Args:
        text: The request, counts in words already digits ("half a dozen" -> "6").
    """
    return _BARE_LIST.match(text) is not None
