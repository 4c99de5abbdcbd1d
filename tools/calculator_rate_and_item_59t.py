"""A rate put on top AND another item with the one figure: the figure is no base for the rate.

"add 10% tax and a 3 dollar fee" and "부가세 10%랑 배송비 3000원 붙이면" name a rate and one
more charge; the amount the rate is on is the previous answer (a follow-up) or unsaid.
The one-amount rate reader (tools.calculator_rates.rate_expression) took the only figure
as the base: "$3.30" and "300원", wrong answers of a kind set 51's probes found ("add 18%
tip and 5 for parking" -> 5.9). When the single figure comes after the rate and a word
joining one more item ("and", "plus", 랑/하고/붙이고/더하고), it is that item's price, so the
reader declines (a follow-up reader, or a model, takes the turn).

"10% tip on 85 and whats the total" (the figure before "and") and "부가세 10% 별도 33만원"
(no joining word) are still read.
"""

from __future__ import annotations

import re

__all__ = ["rate_then_another_item"]

# Off only to show what the rule changes (its tests switch it off).
use_rate_and_item = True

# The joined item's price: a figure that is no second rate ("8.875% tax and a 20% tip" is
# two rates on one base, a follow-up reader's own wording).
_ITEM_FIGURE = r"\d+(?:[.,]\d+)*(?![\d.,]|\s*%)"
_RATE_AND_ITEM = re.compile(
    # "10% tax and a 3 dollar fee", "18% tip for the waiter and 5 for parking".
    r"\d\s*%\s*(?:sales\s+)?(?:tip|tax|vat|fee|service\s+charge|gratuity)\b[^\d%]{0,30}?"
    rf"\b(?:and|plus)\b[^\d%]{{0,30}}?{_ITEM_FIGURE}"
    # "10%랑 배송비 3000원", "15%하고 주차비 5000원", "10% 붙이고 배송비 3000원 더하면".
    r"|\d\s*%\s*(?:를|을|가|이)?\s*(?:랑|이랑|하고|와|과|에다가?|및|그리고|붙이고|더하고|넣고"
    rf"|추가하고)\s*[^\d%]{{0,20}}?{_ITEM_FIGURE}",
    re.IGNORECASE,
)


def rate_then_another_item(text: str) -> bool:
    """Whether the figure after a rate put on top is one more item joined to it."""
    return use_rate_and_item and _RATE_AND_ITEM.search(text) is not None
