"""A Korean price said without VAT and the price with it asked: "간판 견적이 부가세 별도 150만원이래
부가세 포함하면 얼마" is 1,500,000 x 1.1 = 1,650,000원 (set 34).

:mod:`tools.calculator_vat_rate_unsaid` reads "150만원 부가세 별도면" (the amount first, the
question ending there). Here the 별도 clause comes first and the question asks the price
"부가세 포함하면/포함해서/포함이면". The rate is the one the law sets (10%, 부가가치세법 제30조),
as in that module. Read only with the amount said as without VAT (별도, 따로, 미포함, 제외),
the price with it asked, one amount in won, and no other figure (a rate said is another
reader's).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["price_with_vat_asked"]

_N = r"\d+(?:\.\d+)?"
_WITHOUT = LazyPattern(
    r"(?:부가세|부가가치세|VAT)\s*(?:는|은|가)?\s*(?:별도|따로|미포함|제외|불포함)", re.I
)
_ASKED = LazyPattern(
    r"(?:부가세|부가가치세|VAT)\s*(?:까지\s*)?(?:포함|붙이|붙으|더하|넣)\s*"
    r"(?:하면|해서|이면|시키면|하고|으면|면)?"
    r"\s*(?:총\s*)?(?:얼마|몇\s*원)",
    re.I,
)
_AMOUNT = LazyPattern(rf"(?<![\d.])(?P<a>{_N})\s*원")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_KOREAN_VAT_PERCENT = 10


def price_with_vat_asked(digits: str) -> str | None:
    """ "1500000 * (1 + 10 / 100)" for a price without VAT and the price with it asked.

    Args:
        digits: The question with numerals as digits.
    """
    if not _WITHOUT.search(digits) or not _ASKED.search(digits) or "%" in digits:
        return None
    amounts = list(_AMOUNT.finditer(digits))
    if len(amounts) != 1 or len(_FIGURE.findall(digits)) != 1:
        return None
    return f"{amounts[0]['a']} * (1 + {_KOREAN_VAT_PERCENT} / 100)"
