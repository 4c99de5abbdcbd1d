"""Whether a money amount in a conversion request is a unit price of several items.

"1달러 1,400원 기준으로 삼만오천원짜리 4개 사면 얼마야" states a rate and one amount of
money, but asks for the price of four items: converting the one amount answers another
question ("$25.00" for one item). A count of items next to the amount, or the amount
said to be the price of one ("…짜리", "개당"), means the request is a word problem that
a plain conversion must leave alone.
"""

from __future__ import annotations

import re

__all__ = ["counts_items"]

# Native Korean numbers said before a counter ("세박스", "두 개"), and digits.
_HOW_MANY = r"(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)"
# Counters of things bought, in Korean and English.
_COUNTER = (
    r"(?:개|박스|상자|병|잔|권|장|봉지|팩|벌|켤레|그릇|인분|세트|캔|판|송이|마리|대"
    r"|boxes|box|bottles|cups|pieces|pcs|items|tickets|packs)"
)
_ITEMS = re.compile(
    rf"(?<![\w가-힣]){_HOW_MANY}\s*{_COUNTER}(?![a-z])"
    # The amount named as the price of one: "35,000원짜리", "개당", "a piece".
    r"|짜리|개당|\beach\b|\bapiece\b|\ba piece\b",
    re.IGNORECASE,
)


def counts_items(text: str) -> bool:
    """Whether ``text`` (a request without its rate) counts items or prices one of them."""
    return _ITEMS.search(text) is not None
