"""One of a thing right before its price ("1인분 18000원", "1잔에 4500원") names what the
price is for; it is no count a follow-up changes ("그럼 5인분이면?" changes "4인분")."""

from __future__ import annotations

import re

__all__ = ["unit_of_a_price"]

_PRICE_NEXT = re.compile(r"\s*(?:에|당)?\s*(?:짜리\s*)?\d")


def unit_of_a_price(step: str, quantity: re.Match[str]) -> bool:
    """Whether ``quantity`` (a match with a ``num`` group) is the one a price is given for."""
    return quantity["num"] == "1" and _PRICE_NEXT.match(step, quantity.end()) is not None
