"""The money unit of an English shop sum: "$" when dollars are said, or when the prices are
written with cents and no other currency is named; ``None`` otherwise.

Set 49's shop turns ("6-pack of yogurt is 4.20, i need 15", "buy 2 get 1 free, 7.50 each")
name no currency, but write their prices with cents: shown as a bare number the answer
loses them ("12.6", "30") and reads as another figure than the "12.60" a receipt says.
Dollars are the currency of this workload's English chats; a turn naming euros, pounds, won
or yen keeps its own reader's unit and gets none here.
"""

from __future__ import annotations

import re

__all__ = ["english_money_unit"]

_DOLLARS = re.compile(r"\$|\bdollars?\b|\bbucks\b|\busd\b", re.IGNORECASE)
_OTHER = re.compile(
    r"[€£¥₩원]|\b(?:euros?|eur|pounds?\s+sterling|gbp|quid|yen|jpy|won|krw|cad|aud|chf|pesos?)\b",
    re.IGNORECASE,
)
# A price with cents: "4.20", seen as "4.2" once the calculator has written the numerals.
_CENTS = re.compile(r"(?<![\d.])\d+\.\d{1,2}(?![\d.])")


def english_money_unit(digits: str) -> str | None:
    """``"$"`` for dollars said or prices with cents and no other currency, else ``None``.

    Only for the shop readers whose figures are all prices, counts and percents (a decimal
    there is a price's cents, never a weight).

    Args:
        digits: The question with its numerals as digits.
    """
    if _OTHER.search(digits):
        return None
    return "$" if _DOLLARS.search(digits) or _CENTS.search(digits) else None
