"""The charge for use beyond an allowance given per period over several periods: "my lease
allows 10,000 miles a year for 3 years and excess is 0.25 a mile, I'll have done 34,500
miles, what's the excess charge" is (34,500 - 10,000 x 3) x 0.25 = 1,125 (set 34).

Read only with an allowance "allows/includes N <unit> a <period> for M <period>s", a rate
for the excess per one <unit> ("excess is R a mile", "R per mile over"), the use in that
unit, the excess charge asked, and no other figure. A use within the allowance declines
(no charge asked of a figure that is none).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["charge_over_allowance"]

_N = r"\d+(?:\.\d+)?"
_ALLOWANCE = LazyPattern(
    rf"\b(?:allows?|includes?|gives?\s+(?:you|me|us)|covers?)\s+(?P<a>{_N})\s+(?P<unit>[a-z]+?)s?\s+"
    r"(?:a|per|each)\s+(?P<period>year|month|week|day)\s+for\s+(?P<n>\d+)\s+(?P=period)s\b",
    re.I,
)
_RATE = LazyPattern(
    r"\b(?:excess|overage|extra|over)\b[a-z ]{0,20}?\b(?:is|at|costs?|charged\s+at)\s+"
    rf"\$?(?P<r>{_N})\s+"
    r"(?:a|per|each)\s+(?P<unit>[a-z]+?)s?\b",
    re.I,
)
_ASKED = LazyPattern(
    r"\b(?:excess|overage|extra)\s+(?:charge|cost|fee|bill)\b|\bhow\s+much\s+over\b", re.I
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def charge_over_allowance(digits: str) -> str | None:
    """ "(34500 - 10000 * 3) * 0.25" for use beyond an allowance over periods, or None.

    Args:
        digits: The question with numerals as digits.
    """
    allowance, rate = _ALLOWANCE.search(digits), _RATE.search(digits)
    if allowance is None or rate is None or not _ASKED.search(digits):
        return None
    unit = allowance["unit"].lower()
    if rate["unit"].lower() != unit:
        return None  # a rate per another unit than the allowance's
    used = [
        m["u"]
        for m in re.finditer(rf"(?<![\d.])(?P<u>{_N})\s+{re.escape(unit)}s?\b", digits, re.I)
        if m.start() not in (allowance.start("a"),)
    ]
    if len(used) != 1 or len(_FIGURE.findall(digits)) != 4:
        return None
    total = float(allowance["a"]) * int(allowance["n"])
    if float(used[0]) <= total:
        return None  # within the allowance: no excess to charge
    return f"({used[0]} - {allowance['a']} * {allowance['n']}) * {rate['r']}"
