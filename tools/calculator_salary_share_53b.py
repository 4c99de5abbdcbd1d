"""A percent of a salary put into a retirement or savings account: "i make 72k a year and
put 6% in my 401k, how much is that a year" is 72,000 x 6% = 4,320 (set 44).

The numerals reader turns "401k" into 401,000, and the percent readers read "6% of 72k",
not a salary said first and a percent "put in" an account after. Read only when one yearly
(or monthly) pay is said, one percent is put in an account named as such, and the amount
is asked by the year or the month; the account's name is no figure.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["salary_share_put_in"]

_N = r"\d[\d,]*(?:\.\d+)?"
_ACCOUNT = (
    r"401\s*\(?k\)?|403\s*\(?b\)?|457\s*\(?b\)?|(?:roth\s+)?ira|tsp|pension|super(?:annuation)?"
    r"|retirement(?:\s+(?:account|plan|fund))?|savings(?:\s+account)?|hsa"
)
_PAY = LazyPattern(
    r"\b(?:i\s+|we\s+)?(?:make|earn|get\s+paid|gross|am\s+on|on|salary\s+(?:is|of))\s+\$?"
    rf"(?P<a>{_N})\s*(?P<k>k|grand|thousand)?\s*(?:dollars\s+)?"
    r"(?P<per>a\s+year|per\s+year|/\s*y(?:ea)?r|annually|yearly|a\s+month|per\s+month|/\s*mo(?:nth)?)",
    re.IGNORECASE,
)
_PUT = LazyPattern(
    r"\b(?:put|putting|contribute|contributing|save|saving|invest|investing|stash|set\s+aside"
    rf"|defer|deferring)\s+(?:in\s+)?(?P<p>{_N})\s*(?:%|percent)\s*(?:of\s+(?:it|that|my\s+pay)\s+)?"
    rf"(?:in|into|to|towards?)\s+(?:my|a|the|our)\s+(?:{_ACCOUNT})\b",
    re.IGNORECASE,
)
_ASKED = LazyPattern(
    r"how\s+much\s+(?:is\s+that|does\s+that\s+come\s+to|do\s+i\s+put\s+in|will\s+that\s+be"
    r"|goes\s+in)\s*(?P<per>a\s+year|per\s+year|annually|yearly|a\s+month|per\s+month|monthly)?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?")


def _by_month(said: str) -> bool:
    return "mo" in said.lower()


def salary_share_put_in(expression: str) -> str | None:
    """ "72000 * 6 / 100" for a yearly share asked, or ``None``.

    Args:
        expression: The question as typed ("401k" still the account's name).
    """
    pay, put, asked = _PAY.search(expression), _PUT.search(expression), _ASKED.search(expression)
    if pay is None or put is None or asked is None or pay.end() > put.start():
        return None
    # Every figure is the pay, the percent or the account's own name ("401k").
    figures = _FIGURE.findall(_PUT.sub(put["p"], _PAY.sub(pay["a"], expression, count=1), 1))
    if len(figures) != 2:
        return None
    amount = pay["a"].replace(",", "")
    scale = {"k": 1000, "grand": 1000, "thousand": 1000}.get((pay["k"] or "").lower(), 1)
    yearly = f"{amount} * {scale}" if scale != 1 else amount
    if _by_month(pay["per"]):
        yearly = f"{yearly} * 12"
    share = f"{yearly} * {put['p']} / 100"
    asked_per = asked["per"] or "a year"
    return f"{share} / 12" if _by_month(asked_per) else share
