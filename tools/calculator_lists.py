"""Prices named per item, then counts of those items ("사과 한 개 1,200원, 배 한 개 2,500원인데
사과 5개랑 배 3개 사면 얼마?").

The rule: when a request prices items one each ("사과 1개 1200", "배 1개에 2500") and then
counts some of them ("사과 5개랑 배 3개"), the total is the sum of price × count. Every
counted item must have been priced, or the request is left to the other forms.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_forms import NUMBER

__all__ = ["price_list_expression"]

_ITEM = r"(?P<item>[가-힣A-Za-z]{1,8})"
_COUNTER = r"(?:개|병|잔|캔|봉지|팩|권|장|마리|송이|그릇|인분|벌|켤레)"
_PRICE = LazyPattern(
    rf"{_ITEM}\s*(?:1\s*{_COUNTER}|하나)\s*(?:에|당|은|는|이|가|가격은?)?\s*(?P<price>{NUMBER})"
)
_COUNT = LazyPattern(rf"{_ITEM}\s*(?P<n>{NUMBER})\s*{_COUNTER}")
# What may stand between and after the counts: "랑", "하고", "와", "사면", "얼마".
_ASKS_TOTAL = LazyPattern(r"(?:사면|시키면|주문하면|사려면|이면|면)\s*(?:총\s*)?(?:얼마|합계)?\s*$")


# "사과 5개랑 배 3개 사고 20000 내면 거스름돈": the change from a sum paid for the list.
_CHANGE = LazyPattern(
    rf"\s*(?:사고|샀는데|사서)?\s*,?\s*(?P<paid>{NUMBER})\s*(?:을|를)?\s*"
    r"(?:내면|냈는데|냈으면|주면|줬는데|내고)\s*(?:거스름돈|잔돈)\S*\s*$"
)


def price_list_expression(text: str) -> str | None:
    """The sum of price × count for items priced one each, then counted; else None.

    Args:
        text: A normalised request (numerals as digits, currency markers removed).

    Returns:
        For example ``"1200 * 5 + 2500 * 3"``.
    """
    change = _CHANGE.search(text)
    if change is not None:
        # "... 사고 20000 내면 거스름돈": the sum paid less the total of the list.
        total = price_list_expression(text[: change.start()] + " 사면")
        return None if total is None else f"{change['paid']} - ({total})"
    prices = {m["item"]: m["price"] for m in _PRICE.finditer(text)}
    if not prices or _ASKS_TOTAL.search(text) is None:
        return None
    rest = _PRICE.sub(" ", text)
    terms = []
    for count in _COUNT.finditer(rest):
        price = prices.get(count["item"])
        if price is None:
            return None  # an item counted but never priced
        terms.append(f"{price} * {count['n']}")
    if not terms or re.search(r"\d", _COUNT.sub(" ", rest)):
        return None  # a figure the list does not explain
    return " + ".join(terms)
