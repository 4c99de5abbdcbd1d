"""The share taken off, when the question asks for it rather than for what is left.

"월급 285만원에서 3.3% 떼면 세금이 얼마야?" asks the tax (94,050원), not the pay left after
it (2,755,950원), which "285만원에서 3.3% 떼면 얼마 남아?" and "… 떼면 실수령 얼마야" ask. The forms
that read a rate taken off (:mod:`tools.calculator_forms`, :mod:`tools.calculator_rates`)
give what is left; the question's tail, cut before they read it, says which part is asked,
so the finished expression is turned here, from the original text.
"""

from __future__ import annotations

import re

__all__ = ["taken_share"]

_REMAINDER_AFTER_RATE = re.compile(r"^\(?(?P<a>[\d.]+)\)? \* \(1 - (?P<b>[\d.]+) / 100\)$")

# "떼면 세금이 얼마", "공제하면 공제액은 얼마", "빼면 수수료가 몇 원": the part taken is asked.
_ASKS_THE_PART_TAKEN = re.compile(
    r"(?:떼|뗀|공제|제하|빼|뺀|차감)\S*\s+"
    r"(?:세금|세액|수수료|공제액|원천징수액?|(?:떼|떼이|빠지|나가)는\s*(?:돈|금액))"
    r"\s*(?:은|는|이|가|만)?\s*(?:얼마|몇)"
)


def taken_share(expression: str, text: str) -> str:
    """``expression``, or the share taken off when it computes what is left of one amount
    after one rate but the question asks for the part taken off."""
    left = _REMAINDER_AFTER_RATE.match(expression)
    if left is None or not _ASKS_THE_PART_TAKEN.search(text):
        return expression
    return f"{left['a']} * {left['b']} / 100"
