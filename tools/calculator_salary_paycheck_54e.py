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

__all__ = ["paycheck_amount_over_years", "salary_per_paycheck"]

_N = r"\d+(?:\.\d+)?"
_SALARY = LazyPattern(
    rf"(?:\$\s*)?(?P<a>{_N})\s*(?:dollars?\s+)?(?:a\s+year\s+|per\s+year\s+|annual\s+|yearly\s+)?"
    r"(?:salary|a\s+year|per\s+year|annually|yearly)\b"
    rf"|\bsalary\s+(?:is|of)\s+\$?(?P<b>{_N})(?!\s*(?:a|per)\s+(?:month|week|hour))",
    re.IGNORECASE,
)
_PAYCHECK = LazyPattern(
    r"\b(?:each|every|per|a|one|my)\s+(?:pay\s*-?\s*check|pay\s*-?\s*cheque|pay\s+period"
    # "paid monthly. whats each check" (opens56e): a bare check once the pay period is said.
    r"|check|cheque)\b"
    r"|\bpay\s*-?\s*checks?\s+(?:be|is|are)\b",
    re.IGNORECASE,
)
_PERIOD = LazyPattern(
    r"\b(?:paid|payday\s+is|pay\s+day\s+is|get\s+paid)\s+(?P<p>every\s+(?:two|2)\s+weeks"
    r"|bi\s*-?\s*weekly|fortnightly|every\s+other\s+week|every\s+week|weekly|once\s+a\s+week"
    r"|twice\s+a\s+month|semi\s*-?\s*monthly|every\s+month|monthly|once\s+a\s+month)\b",
    re.IGNORECASE,
)
# Gross pay asked outright ("before taxes", "pre-tax") is what the reading gives (opens56e).
_GROSS = LazyPattern(r"\b(?:before\s+|pre\s*-?\s*)tax(?:es)?\b|\bgross\b", re.IGNORECASE)
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
    if _DEDUCTION.search(_GROSS.sub(" ", digits)) or len(_FIGURE.findall(digits)) != 1:
        return None
    count = paychecks_a_year(period["p"])
    amount = pay[0]["a"] or pay[0]["b"]
    return None if count is None else f"{amount} / {count}"


# The other way round (opens55e, set 46): an amount put away from each paycheck, the pay
# period said, asked over a year or a count of years: "if i save 250 every paycheck and i
# get paid twice a month, how much do i have after a year" is 250 x 24.
_EACH_PAYCHECK = LazyPattern(
    r"\b(?:save|put\s+(?:away|aside)|set\s+aside|put\s+in|invest|stash)\s+\$?(?P<a>"
    + _N
    + r")\s*(?:dollars?\s+|bucks\s+)?(?:from\s+)?(?:each|every|per|a|out\s+of\s+each)\s+"
    r"(?:pay\s*-?\s*check|pay\s*-?\s*cheque|pay\s*day|pay\s+period)\b",
    re.IGNORECASE,
)
_OVER_YEARS = LazyPattern(
    r"\b(?:after|in|over|for|by\s+the\s+end\s+of)\s+(?:a|one|1|(?P<y>\d+))\s+years?\b"
    r"|\b(?:in|after)\s+a\s+year'?s?\s+time\b",
    re.IGNORECASE,
)
_ASKS_TOTAL = LazyPattern(r"\bhow\s+much\b", re.IGNORECASE)


def paycheck_amount_over_years(digits: str) -> str | None:
    """ "250 * 24" for an amount saved each paycheck over a year, or ``None``.

    Only the amount, the pay period and (if not one) the count of years may be figures;
    a rate, a raise or a goal said makes it another question.
    """
    each = _EACH_PAYCHECK.search(digits)
    period = _PERIOD.search(digits)
    over = _OVER_YEARS.search(digits)
    if each is None or period is None or over is None or not _ASKS_TOTAL.search(digits):
        return None
    if "%" in digits or re.search(r"\binterest|percent|goal|target\b", digits, re.I):
        return None
    years = over["y"]
    if len(_FIGURE.findall(digits)) != (2 if years else 1) + ("2" in period["p"]):
        return None  # another figure ("every 2 weeks" says one of its own)
    count = paychecks_a_year(period["p"])
    if count is None:
        return None
    # Twice a month written as 2 x 12, so the reading shows the "twice" it read.
    paychecks = "2 * 12" if count == 24 else str(count)
    return f"{each['a']} * {paychecks}" + (f" * {years}" if years else "")
