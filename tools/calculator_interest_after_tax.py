"""Interest with the tax on it taken off in the same question: "이자 세금 15.4% 떼고 얼마".

Blind set 32: "예금 3천만원 연 3.5%면 1년 이자 세금 15.4% 떼고 얼마야" went to the cloud, while
"… 1년 이자 얼마" then "세금 15.4% 떼면?" was read (interest, then 15.4% off it). With two
rates the interest reader declined, since which rate is the interest is not said in general;
here the second is named as a tax ("세금", "이자소득세", "원천징수", "tax") and said to be taken
off ("떼고", "빼면", "after"), so the interest is read from the first and the tax taken off it.
"""

from __future__ import annotations

import re

__all__ = ["tax_taken_off_interest"]

_TAX_BEFORE = (
    r"(?:세금|이자\s*소득세|소득세|원천\s*징수(?:세)?|세|tax(?:es)?)\s*(?:을|를|은|는|이|가|of)?\s*"
)
_TAKEN_AFTER = re.compile(
    r"^\s*(?:을|를)?\s*(?:떼|빼|제외|공제|차감|after\b|off\b|less\b|deducted)", re.I
)


def tax_taken_off_interest(
    text: str, rates: list[tuple[str, str]]
) -> tuple[list[tuple[str, str]], str] | None:
    """The interest's rate alone and the factor the tax leaves, or ``None``.

    Args:
        text: The normalised question.
        rates: Its rates in order, each with the words after it (``calculator_rates``).

    Returns:
        ``([interest rate], "(1 - 15.4 / 100)")`` when the second of two rates is a tax
        said to be taken off, else ``None``.
    """
    if len(rates) != 2:
        return None
    tax, after = rates[1]
    named = re.search(rf"{_TAX_BEFORE}{re.escape(tax)}\s*%", text, re.IGNORECASE)
    if named is None or _TAKEN_AFTER.match(after) is None:
        return None
    return [rates[0]], f"(1 - {tax} / 100)"
