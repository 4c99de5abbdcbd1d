"""One item with its price before its name, and a tax added by a bare clause.

"3 gallons of paint at 38.99 plus a 12.50 roller, 7% tax. total?" (set 40) is "3 gallons
of paint at 38.99 and a roller for 12.50 plus 7% tax. total?", which reads: "a 12.50
roller" is one roller at 12.50 (the price reader took 12.50 for a count of rollers), and
", 7% tax" after the items is a tax on them, as "plus 7% tax" is. A fee word ("a 60
cleaning fee"), a unit ("a 30 minute lunch") or a figure with a percent is left as typed.
"""

from __future__ import annotations

import re

__all__ = ["priced_item_restated"]

_NOT_AN_ITEM = (
    r"fee|charge|deposit|tip|discount|coupon|voucher|percent|minutes?|mins?|hours?|hrs?"
    r"|days?|nights?|weeks?|months?|years?|miles?|km|kg|lbs?|pounds?|g|ml|l|dollars?|bucks"
    r"|cents?|each|per|a|an|off|more|extra|other"
)
_ITEM_PRICED_BEFORE = re.compile(
    rf"\b(?:plus|and|with)\s+an?\s+(?P<v>\$?\d(?:[\d,]*\d)?(?:\.\d+)?)(?!\s*%)\s+"
    rf"(?!(?:{_NOT_AN_ITEM})\b)(?P<w>[a-z]{{3,}})\b(?!\s+(?:fee|charge|for|at)\b)",
    re.IGNORECASE,
)
_BARE_TAX = re.compile(
    r"(?<![a-z])\s*,\s*(?P<t>\d+(?:\.\d+)?\s*%\s*(?:sales\s+)?(?:tax|vat))\b", re.IGNORECASE
)


def priced_item_restated(text: str) -> str | None:
    """``text`` with the item named before its price and the bare tax added, or ``None``."""
    item = _ITEM_PRICED_BEFORE.search(text)
    if item is None:
        return None
    restated = f"{text[: item.start()]}and a {item['w']} for {item['v']}{text[item.end() :]}"
    return _BARE_TAX.sub(lambda m: f" plus {m['t']}", restated, count=1)
