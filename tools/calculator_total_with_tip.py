"""A price and a tip, asked what is paid: the price with the tip, not the tip alone.

"haircut is 35 and I tip 20%, what do I pay" was answered '7' (blind set 33): the
calculator read "35 … 20%" as 20% of 35, the tip, while the question asks what is paid in
all (42). When the question tips a percentage and asks what is paid, the total or the
whole ("what do I pay", "total", "altogether", "all in", "총", "다 해서"), and does not ask
for the tip itself, the reading ``X * P / 100`` becomes ``X * (1 + P / 100)``.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_balance_after_deposit import SHARE_OF_AMOUNT

__all__ = ["total_with_tip"]

_TIP = LazyPattern(
    r"\btip(?:ping|s)?\s+(?:is\s+|of\s+|at\s+|them\s+|him\s+|her\s+)?(?P<a>\d+(?:\.\d+)?)\s*(?:%|percent)"
    r"|(?P<b>\d+(?:\.\d+)?)\s*(?:%|percent)\s+(?:tip|gratuity)"
    r"|팁\s*(?:으로|은|는|을|를)?\s*(?P<c>\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로)",
    re.IGNORECASE,
)
_PAID_IN_ALL = LazyPattern(
    r"what\s+(?:do|does|did|should|will|would)\s+(?:i|we|he|she|they)\s+(?:pay|owe|spend)"
    r"|how\s+much\s+(?:do|does|did|should|will|would)\s+(?:i|we|he|she|they)\s+(?:pay|owe|spend)"
    r"|\btotal\b|altogether|all\s+in\b|in\s+all\b|all\s+together"
    r"|총|다\s*해서|전부|합쳐서|얼마\s*내",
    re.IGNORECASE,
)
_TIP_ASKED = LazyPattern(
    r"how\s+much\s+(?:is|should|do|would)\s+(?:the\s+|i\s+|we\s+)?tip|what'?s?\s+(?:is\s+)?the\s+tip"
    r"|tip\s+(?:alone|only|amount)|팁\s*(?:만|은|는)\s*얼마",
    re.IGNORECASE,
)


def total_with_tip(question: str, source: str) -> str | None:
    """The price with its tip when ``question`` asks what is paid in all; else None.

    Args:
        question: The question as the user typed it.
        source: The arithmetic a form read from it.
    """
    tip = _TIP.search(question)
    read = SHARE_OF_AMOUNT.match(source)
    if tip is None or read is None or _TIP_ASKED.search(question):
        return None
    if not _PAID_IN_ALL.search(question[tip.end() :]):
        return None
    rate = next(g for g in (tip["a"], tip["b"], tip["c"]) if g)
    if float(rate) != float(read["p"]):
        return None
    return f"{read['t']} * (1 + {read['p']} / 100)"
