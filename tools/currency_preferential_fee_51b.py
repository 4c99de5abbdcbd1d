"""An exchange fee with a preferential rate (환율 우대): "엔화 매매기준율 100엔당 900원이고
환전수수료 1.75%인데 80% 우대 받으면 5만엔 바꾸는데 원화 얼마 들어" (set 35).

A bank's "N% 우대" takes N% off its exchange fee (the spread), never off the amount: 1.75%
at 80% 우대 is a 0.35% fee, so 50,000 yen at 9 won costs 450,000 x 1.0035 = 451,575원.
The question went to the cloud although the same question with a 0.35% fee is read. So
the conversion reader (:func:`tools.handler_money.read_currency`) is given the fee as what
is left of it, the 우대 clause taken out. Only with one fee in percent said as 수수료 and
one 우대 percent of at most 100 right after it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = ["preferential_said_as_fee"]

_N = r"\d+(?:\.\d+)?"
_FEE = LazyPattern(rf"수수료\s*(?:가|는|이|율은|율이)?\s*(?P<f>{_N})\s*%")
_PREFERENTIAL = LazyPattern(
    rf"(?P<u>{_N})\s*%\s*(?:환율\s*)?우대\s*(?:를|을)?\s*"
    r"(?:받으면|받아서|받고|받는데|적용하면|적용되면|해\s*주면|이면|면)?"
)


def preferential_said_as_fee(text: str) -> str:
    """``text`` with its exchange fee cut by the 우대 percent said, or ``text`` as it is.

    "환전수수료 1.75%인데 80% 우대 받으면 5만엔 바꾸는데" becomes "환전수수료 0.35%면 50000엔
    바꾸는데" (numerals as digits), the condition the conversion reader knows.

    Args:
        text: The request.
    """
    digits = normalize_numerals(text)
    fees = list(_FEE.finditer(digits))
    preferential = list(_PREFERENTIAL.finditer(digits))
    if len(fees) != 1 or len(preferential) != 1:
        return text
    fee, pref = fees[0], preferential[0]
    off = Decimal(pref["u"])
    between = digits[fee.end() : pref.start()]
    if pref.start() < fee.end():
        return text  # 우대 said before the fee: which fee it cuts is unsaid
    if not 0 < off <= 100 or not re.fullmatch(r"\s*(?:인데|이고|고|이면|면|,)?\s*", between):
        return text  # 우대 said elsewhere than right after the fee: which fee it cuts is unsaid
    left = format((Decimal(fee["f"]) * (100 - off) / 100).normalize(), "f")
    return f"{digits[: fee.start('f')]}{left}%면 {digits[pref.end() :].lstrip()}"
