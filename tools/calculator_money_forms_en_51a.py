"""English money forms read whole:

- "my plan has 15 GB and extra data costs 3.25 per GB. I used 21 GB, what's the overage" is
  (21 - 15) x 3.25 (set 24): only what is past the allowance is paid.
- "the exchange kiosk gives 0.91 euros per dollar and takes a 6 dollar fee off the top, how
  many euros do I get for 500 dollars" is (500 - 6) x 0.91 (set 26): the fee comes off
  before the exchange.
- "daycare is 1,150 a month per kid and the second kid gets 10% off, we have 2 kids, what's
  a month" is 1150 x 2 - 1150 x 10 / 100 (set 29): the discount on the second kid only.
- "rent is 1,450 a month and the deposit is two months' rent, what do I pay before moving in
  if the first month is due too" is 1450 x (2 + 1) (set 30).

All went to the cloud or were declined. Each is read only with exactly its figures.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.thousands_commas import without_thousands_commas

__all__ = [
    "allowance_overage",
    "deposit_and_first_month",
    "fee_off_before_exchange",
    "second_kid_discount",
]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_SMALL = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}

_OVERAGE = LazyPattern(
    rf"(?P<a>{_N})\s*(?P<u>GB|MB|minutes|texts)\b[^?]*?\b(?:extra|additional|over)\b[^.?!]*?"
    rf"\$?(?P<p>{_N})\s+(?:per|a|an|each)\s+(?P=u)\b[^?]*?\bused\s+(?P<x>{_N})\s*(?P=u)\b"
    r"[^?]*?\b(?:overage|extra|over|charge)\b",
    re.I,
)
_KIOSK = LazyPattern(
    rf"\b(?:gives?|pays?|offers?)\s+(?P<r>{_N})\s+(?P<to>[a-z]+)\s+(?:per|a|for\s+each|for\s+a)\s+"
    rf"(?P<from>dollar|euro|pound)\b[^?]*?\b(?:takes?|charges?)\s+(?:a\s+)?\$?(?P<f>{_N})\s+"
    rf"(?P=from)s?\s+fee\s+off\s+the\s+top\b[^?]*?\bfor\s+\$?(?P<a>{_N})\s+(?P=from)s?\b",
    re.I,
)
_SECOND_KID = LazyPattern(
    rf"\$?(?P<p>{_N})\s+a\s+month\s+(?:per|a|for\s+each)\s+(?:kid|child)\b[^?]*?\bsecond\s+"
    rf"(?:kid|child)\s+gets\s+(?P<r>{_N})\s*%\s+off\b[^?]*?\bwe\s+have\s+2\s+(?:kids|children)\b"
    r"[^?]*?\b(?:a|per)\s+month\b",
    re.I,
)
_DEPOSIT = LazyPattern(
    rf"\brent\s+is\s+\$?(?P<p>{_N})\s+a\s+month\b[^?]*?\bdeposit\s+is\s+(?P<n>one|two|three|four|"
    r"five|six|\d+)\s+months?'?\s+rent\b[^?]*?\bfirst\s+month\s+is\s+(?:due|paid|owed)\b",
    re.I,
)


def allowance_overage(digits: str) -> str | None:
    """``(x - a) * p`` for an allowance, a price past it and the amount used."""
    text = without_thousands_commas(digits)
    said = _OVERAGE.search(text)
    if said is None or len(_FIGURE.findall(text)) != 3 or float(said["x"]) <= float(said["a"]):
        return None
    return f"({said['x']} - {said['a']}) * {said['p']}"


def fee_off_before_exchange(digits: str) -> str | None:
    """``(a - f) * r`` for an amount changed at a rate after a fee off the top."""
    text = without_thousands_commas(digits)
    said = _KIOSK.search(text)
    if said is None or len(_FIGURE.findall(text)) != 3:
        return None
    return f"({said['a']} - {said['f']}) * {said['r']}"


def second_kid_discount(digits: str) -> str | None:
    """``p * 2 - p * r / 100`` for two kids, the second at r% off, a month asked.

    (Written with the 2 kids in it: the calculator's guard declines a reading that leaves a
    stated group out.)
    """
    text = without_thousands_commas(digits)
    said = _SECOND_KID.search(text)
    if said is None or len(_FIGURE.findall(text)) != 3:
        return None
    return f"{said['p']} * 2 - {said['p']} * {said['r']} / 100"


def deposit_and_first_month(digits: str) -> str | None:
    """``p * (n + 1)`` for a deposit of n months' rent and the first month due with it."""
    text = without_thousands_commas(digits)
    said = _DEPOSIT.search(text)
    if said is None:
        return None
    n = _SMALL.get(said["n"].lower(), said["n"])
    if len(_FIGURE.findall(text)) != (1 if said["n"].lower() in _SMALL else 2):
        return None
    return f"{said['p']} * ({n} + 1)"
