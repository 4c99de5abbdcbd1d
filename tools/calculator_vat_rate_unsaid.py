"""Korean VAT "별도" with no rate said: the rate the law sets, 10%.

Blind set 32: "인테리어 견적 공급가 850만원 부가세 별도면 총 얼마" went to the cloud:
:mod:`tools.calculator_vat_on_top` reads "부가세 10% 별도" and assumes no rate. In Korea the
VAT (부가가치세) is 10% of the supply price by law (부가가치세법 제30조), which is why a quote
says only "부가세 별도": the total is the amount times 1.1. :mod:`tools.price_total` already
takes a VAT-included Korean amount over 1.1 for its supply price on the same ground. Only one
amount, said before the VAT clause, with at most a few words naming it, is read; "VAT" said
in English (whose rate differs by country) is not.
"""

from __future__ import annotations

import re

__all__ = ["vat_unsaid_expression"]

_NUM = r"\d+(?:\.\d+)?"
_KOREAN_VAT_PERCENT = 10
_AMOUNT_THEN_VAT = re.compile(
    rf"^\s*(?:[가-힣A-Za-z]{{1,8}}\s+){{0,4}}(?:공급가(?:액)?\s*(?:은|는|이|가)?\s*)?(?P<a>{_NUM})"
    r"\s*(?:에|이고|인데|이면)?\s*,?\s*(?:부가세|부가가치세)\s*(?:는|은)?\s*(?:따로|별도)"
    r"\s*(?:면|이면|로|이고|인데|일\s*때|라면|이라면|붙으면|붙이면|(?:로\s*)?계산하면)?\s*$"
)


def vat_unsaid_expression(text: str) -> str | None:
    """``"8500000 * (1 + 10 / 100)"`` for an amount with Korean VAT on top, rate unsaid.

    Args:
        text: The normalised request (numerals as digits, currency marks and request words
            taken off: "인테리어 견적 공급가 8500000 부가세 별도면").
    """
    m = _AMOUNT_THEN_VAT.match(text)
    if m is None:
        return None
    return f"{m['a']} * (1 + {_KOREAN_VAT_PERCENT} / 100)"
