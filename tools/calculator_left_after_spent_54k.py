"""What is left of an amount after a percent of it is spent: "이번달 용돈 35만원인데 벌써 40%
썼어 남은돈 얼마야" is 350,000 x (100 - 40) / 100 (set 45).

The share readers read the 40% spent and a guard declined it, since the rest was asked.
Read only when one amount in won and one percent are said, the percent with a verb of
spending ("썼어", "쓰면", "나갔"), and what is left asked ("남은돈", "얼마 남아", "잔액");
no other figure. In English: "my allowance is 350 and i already spent 40%, how much is
left", one amount and the percent after a verb of spending.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["left_after_share_spent", "left_after_share_spent_en"]

_N = r"\d+(?:\.\d+)?"
_AMOUNT = LazyPattern(rf"(?<![\d.])(?P<a>{_N})\s*원")
_SPENT = LazyPattern(
    rf"(?<![\d.])(?P<p>{_N})\s*%\s*(?:를|을|나|정도|쯤|만)?\s*(?:벌써\s*|이미\s*)?"
    r"(?:썼|쓰면|쓰고|써버렸|써\s*버렸|사용했|사용하면|나갔|지출했|지출하면)"
)
_ASKS_LEFT = LazyPattern(
    r"(?:남은\s*(?:돈|금액|거|건|게|용돈|예산)|얼마\s*(?:나\s*)?남|남는\s*(?:돈|거|건|게)|잔액)"
)
_FIGURE = LazyPattern(rf"(?<![\d.]){_N}")


def left_after_share_spent(digits: str) -> str | None:
    """ "350000 * (100 - 40) / 100" for what is left, or ``None``.

    Args:
        digits: The question with numerals as digits.
    """
    amounts, spent = list(_AMOUNT.finditer(digits)), list(_SPENT.finditer(digits))
    if len(amounts) != 1 or len(spent) != 1 or not _ASKS_LEFT.search(digits):
        return None
    if len(_FIGURE.findall(digits)) != 2 or float(spent[0]["p"]) > 100:
        return None
    if amounts[0].start() > spent[0].start():
        return None  # the amount said after the share: not this form
    return f"{amounts[0]['a']} * (100 - {spent[0]['p']}) / 100"


_SPENT_EN = LazyPattern(
    rf"\b(?:spent|used|blew|blown|gone\s+through|went\s+through|used\s+up)\s+"
    rf"(?:about\s+|already\s+|like\s+)?(?P<p>{_N})\s*(?:%|percent)",
    re.IGNORECASE,
)
_ASKS_LEFT_EN = LazyPattern(
    r"how\s+much\s+(?:is\s+|do\s+i\s+have\s+|have\s+i\s+got\s+|money\s+is\s+|'?s\s+)?"
    r"(?:left|remaining)|what'?s\s+left|how\s+much\s+remains",
    re.IGNORECASE,
)
_AMOUNT_EN = LazyPattern(rf"(?<![\d.])\$?(?P<a>{_N})(?!\s*(?:%|percent|\d))", re.IGNORECASE)


def left_after_share_spent_en(digits: str) -> str | None:
    """ "350 * (100 - 40) / 100" for what is left, asked in English, or ``None``."""
    spent = list(_SPENT_EN.finditer(digits))
    if len(spent) != 1 or not _ASKS_LEFT_EN.search(digits):
        return None
    amounts = list(_AMOUNT_EN.finditer(digits))
    if len(amounts) != 1 or len(_FIGURE.findall(digits)) != 2 or float(spent[0]["p"]) > 100:
        return None
    if amounts[0].start() > spent[0].start():
        return None  # the amount said after the share: not this form
    return f"{amounts[0]['a']} * (100 - {spent[0]['p']}) / 100"
