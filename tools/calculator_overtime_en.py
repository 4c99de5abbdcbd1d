"""A week's gross pay with overtime at a multiple of the hourly rate past a threshold.

Blind set 37: "i get 18.50 an hour, overtime is time and a half after 40 hrs, worked 46 this
week whats my gross pay" was declined as not in the documents. Hours up to the threshold are
paid at the rate, the rest at the rate times the multiple: 40 × 18.50 + 6 × 27.75 = 906.50.
"Time and a half" is 1.5, "double time" 2; the threshold must be said ("after 40 hours"),
and the figures must be exactly the rate, the threshold and the hours worked. Hours at or
under the threshold are all paid at the rate.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.lazy_regex import LazyPattern

__all__ = ["overtime_pay", "with_hours_worked"]

_N = r"\d+(?:\.\d+)?"
_RATE = LazyPattern(rf"(?P<r>{_N})\s*(?:an|a|per|/)\s*(?:hour|hr)\b", re.I)
_MULTIPLE = {"time and a half": "1.5", "double time": "2", "time and a quarter": "1.25"}
_OVERTIME = LazyPattern(
    r"\b(?P<m>time\s+and\s+a\s+half|double\s+time|time\s+and\s+a\s+quarter)\s+"
    rf"(?:after|over|past|beyond)\s+(?P<t>{_N})\s*(?:hours|hrs|h)?\b",
    re.I,
)
_WORKED = LazyPattern(
    rf"\b(?:worked|did|done|put\s+in|doing)\s+(?P<h>{_N})\b(?!\s*(?:an|a|per)\s)", re.I
)
_ASKS_PAY = LazyPattern(r"\bgross\b|\bpay\b|\bearn|\bmake\b|\bget\s+paid\b|\bhow\s+much\b", re.I)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def overtime_pay(question: str) -> str | None:
    """ "40 * 18.5 + (46 - 40) * 18.5 * 1.5", or None when ``question`` is no such question.

    Args:
        question: The question with its numerals as digits.
    """
    rate, overtime, worked = _RATE.search(question), _OVERTIME.search(question), None
    if rate is None or overtime is None:
        return None
    worked = _WORKED.search(question)
    if worked is None or not _ASKS_PAY.search(question):
        return None
    placed = sorted([rate.span("r"), overtime.span("t"), worked.span("h")])
    if placed != [f.span() for f in _FIGURE.finditer(question)]:
        return None
    multiple = _MULTIPLE[" ".join(overtime["m"].lower().split())]
    r, t, h = rate["r"], overtime["t"], worked["h"]
    if Decimal(h) <= Decimal(t):
        return f"{h} * {r}"
    return f"{t} * {r} + ({h} - {t}) * {r} * {multiple}"


def with_hours_worked(question: str, hours: str) -> str | None:
    """``question`` with its hours worked said as ``hours``, when it is read here."""
    if overtime_pay(question) is None:
        return None
    worked = _WORKED.search(question)
    assert worked is not None
    return f"{question[: worked.start('h')]}{hours}{question[worked.end('h') :]}"
