"""A commission the asker earns is income, not a fee taken from them.

Blind set 42: "i sold 18,400 worth of stuff this month and get 7% commission, how much do
i get" was answered 17,112 (the sales less 7%): :mod:`tools.calculator_net_after_fee`
read "commission" as a fee charged on the sale and "how much do i get" as what is left
after it. When the asker is the one who gets, earns or is paid the commission ("i get 7%
commission", "on 5% commission", "커미션 3% 받아"), the commission is what they are paid:
the share of the sales is the answer, as the forms read it.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["commission_is_earned"]

_EARNED = LazyPattern(
    r"(?:\b(?:i|we|you|he|she|they)\s+(?:\w+\s+)?|\band\s+)(?:get|gets|got|earn|earns|earned|make|makes|"
    r"made|receive|receives|received|am\s+paid|are\s+paid|is\s+paid|get\s+paid)\s+"
    r"(?:an?\s+|on\s+)?\d+(?:\.\d+)?\s*%\s*(?:sales\s+)?commission\b"
    r"|\b(?:on|at)\s+\d+(?:\.\d+)?\s*%\s*commission\b"
    r"|\bmy\s+commission\b|\bcommission\s+(?:rate\s+)?is\s+\d+(?:\.\d+)?\s*%.*\b(?:i|my)\b"
    r"|(?:커미션|수당|인센티브)\s*\d+(?:\.\d+)?\s*%\s*(?:를|을)?\s*(?:받|준대|준다|줘)",
    re.IGNORECASE,
)


def commission_is_earned(text: str) -> bool:
    """Whether ``text`` says the asker is paid the commission (not charged it)."""
    return bool(_EARNED.search(text))
