"""A yearly salary by the paycheck: "85k salary, how much is each paycheck if im paid
biweekly" is 85,000 / 26 (set 45).

Read only when one yearly pay is said ("85k salary", "salary of 60,000", "make 72k a
year"), the turn asks by the paycheck, and names the pay period the way
:mod:`tools.followup_per_paycheck_53b` counts it (every two weeks 26, weekly 52, twice a
month 24, monthly 12); no other figure. Gross pay: a tax or a deduction said makes it no
reading.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.followup_per_paycheck_53b import paychecks_a_year

__all__ = ["salary_per_paycheck"]

_N = r"\d+(?:\.\d+)?"
_SALARY = LazyPattern(
    rf"(?:\$\s*)?(?P<a>{_N})\s*(?:dollars?\s+)?(?:a\s+year\s+|per\s+year\s+|annual\s+|yearly\s+)?"
    r"(?:salary|a\s+year|per\s+year|annually|yearly)\b"
    rf"|\bsalary\s+(?:is|of)\s+\$?(?P<b>{_N})(?!\s*(?:a|per)\s+(?:month|week|hour))",
    re.IGNORECASE,
)
_PAYCHECK = LazyPattern(
    r"\b(?:each|every|per|a|one|my)\s+(?:pay\s*-?\s*check|pay\s*-?\s*cheque|pay\s+period)\b"
    r"|\bpay\s*-?\s*checks?\s+(?:be|is|are)\b",
    re.IGNORECASE,
)
_PERIOD = LazyPattern(
    r"\b(?:paid|payday\s+is|pay\s+day\s+is|get\s+paid)\s+(?P<p>every\s+(?:two|2)\s+weeks"
    r"|bi\s*-?\s*weekly|fortnightly|every\s+other\s+week|every\s+week|weekly|once\s+a\s+week"
    r"|twice\s+a\s+month|semi\s*-?\s*monthly|every\s+month|monthly|once\s+a\s+month)\b",
    re.IGNORECASE,
)
_DEDUCTION = LazyPattern(r"\btax|%|percent|deduct|after\b|\bnet\b|take\s*-?\s*home", re.I)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")


def salary_per_paycheck(digits: str) -> str | None:
    """ "85000 / 26" for a yearly salary by the paycheck, or ``None``.

    Args:
        digits: The question with numerals as digits ("85k" is 85000).
    """
    pay = list(_SALARY.finditer(digits))
    period = _PERIOD.search(digits)
    if len(pay) != 1 or period is None or not _PAYCHECK.search(digits):
        return None
    if _DEDUCTION.search(digits) or len(_FIGURE.findall(digits)) != 1:
        return None
    count = paychecks_a_year(period["p"])
    amount = pay[0]["a"] or pay[0]["b"]
    return None if count is None else f"{amount} / {count}"
