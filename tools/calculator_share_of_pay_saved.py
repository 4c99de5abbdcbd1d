"""A share of a monthly pay put away each month, summed over a span.

"월급 250만원에서 30%씩 저축하면 1년에 얼마 모여" (set 40) is 2,500,000 × 30% × 12 =
9,000,000원; it went to a model. A pay said to be monthly (월급, 월 수입, 한 달 용돈), a
percent of it put away (씩 or 매달 says each month), and a span in years or months with the
sum asked (얼마 모여, 총 얼마): the share times the months. Any other period of the pay, or
no span, is no reading.
"""

from __future__ import annotations

import re

__all__ = ["share_of_pay_saved"]

_N = r"\d+(?:\.\d+)?"
_FORM = re.compile(
    r"^(?:매달\s*|한\s*달\s*)?(?:월급|월\s*수입|월수입|월\s*소득|한\s*달\s*용돈|월\s*용돈|용돈)\s*(?:이|은|는|이\s*)?"
    rf"\s*(?P<a>{_N})\s*원\s*(?:인데|이고|에서|의|중에서?|중)\s*,?\s*(?:매달\s*|매월\s*)?"
    rf"(?P<p>{_N})\s*%\s*(?:씩|를|을)?\s*(?:매달\s*|매월\s*)?(?:저축|저금|적금|모으|모아|떼어?\s*놓|넣)"
    r"[가-힣]*\s*(?:하면|으면|면)?\s*,?\s*"
    rf"(?P<span>{_N})\s*(?P<u>년|개월|달)\s*(?:에|이면|동안|후에?|뒤에?|치)?\s*"
    r"(?:총\s*)?(?:얼마|몇\s*원)"
)


def share_of_pay_saved(text: str) -> str | None:
    """``"2500000 * 30 / 100 * 12"`` for a share of monthly pay saved over a span, or None.

    Args:
        text: The question with numerals as digits.
    """
    found = _FORM.match(text.strip())
    if found is None:
        return None
    months = f"{found['span']} * 12" if found["u"] == "년" else found["span"]
    return f"{found['a']} * {found['p']} / 100 * {months}"
