"""Fuel at a price a litre less a discount a litre: "주유할인카드 쓰면 리터당 100원 빠지는데
휘발유 1,720원일 때 40리터 넣으면 얼마야" is (1,720 - 100) x 40 = 64,800원.

Read only with exactly three figures: the discount a litre (리터당 … 빠지/할인/싸), the price
(a figure in won that is not the discount) and the litres put in.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["fuel_less_discount_per_litre"]

_N = r"\d+(?:\.\d+)?"
_OFF = LazyPattern(
    rf"(?:리터당|1\s*리터에|L당|ℓ당)\s*(?P<d>{_N})\s*원\s*(?:씩\s*)?(?:빠지|빼|할인|싸|깎|적립)"
)
_PRICE = LazyPattern(
    rf"(?:휘발유|경유|기름값?|유가|기름)\s*(?:이|가|은|는)?\s*(?:리터당\s*)?(?P<p>{_N})\s*원"
)
_LITRES = LazyPattern(rf"(?P<l>{_N})\s*(?:리터|L|ℓ)(?!\s*당)")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def fuel_less_discount_per_litre(question: str) -> str | None:
    """ "(1720 - 100) * 40" for fuel bought with a discount a litre, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    off, price = _OFF.search(s), _PRICE.search(s)
    litres = [m for m in _LITRES.finditer(s)]
    if off is None or price is None or len(litres) != 1:
        return None
    if len(_FIGURE.findall(s)) != 3:
        return None
    if float(off["d"]) >= float(price["p"]):
        return None
    return f"({price['p']} - {off['d']}) * {litres[0]['l']}"
