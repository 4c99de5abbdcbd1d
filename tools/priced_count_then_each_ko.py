"""A count and then its price each, 씩: "치킨 2마리 2만3천원씩", "티켓 2장 9만9천원씩".

"치킨 2마리 2만3천원씩에 콜라 2천원이면 얼마" (blind set 34) was not read: the Korean price
reader knew "한 마리 2만3천원 … 2마리" and "2만3천원짜리 2마리", but not the count first
with the price of each after it, marked 씩. The pair is one item of the bill: that many at
that price; the rest of the sentence is read as before.
"""

from __future__ import annotations

import re

from tools.priced_figures import NUMBER, Claims, Priced

__all__ = ["count_then_price_each"]

_COUNT_THEN_EACH = re.compile(
    rf"(?<![\d.])(?P<n>{NUMBER})\s*(?P<u>마리|개|장|벌|병|잔|판|인분|그릇|켤레|권|세트|박스|캔|통|봉지|팩|줄)"
    rf"\s*(?:에\s*)?(?P<v>{NUMBER})\s*원\s*씩"
)


def count_then_price_each(s: str, claims: Claims, found: Priced) -> None:
    """Add each "2마리 23000원씩" of ``s`` as that many at that price (figures still free)."""
    for m in _COUNT_THEN_EACH.finditer(s):
        if claims.free(m, "n", "v"):
            n, v = claims.take(m, "n"), claims.take(m, "v")
            assert n is not None and v is not None
            found.items.append((n, v))
            found.priced_each = True
