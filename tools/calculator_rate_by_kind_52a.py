"""A price said for two kinds, and the question about one of them (set 32): "the tutor
charges 45 an hour for middle school and 60 for high school, my son is in high school and
needs 3 hours a week, what's that for 4 weeks" is 60 an hour for 3 hours a week, 4 weeks.

The kind the question names picks its rate; the rest of the question is read as if that one
rate had been said. Both kinds named, or neither, is no reading.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["rate_for_kind_named", "read_at_rate_named"]

_N = r"\d+(?:\.\d+)?"
_KIND = r"[a-z]+(?:\s+[a-z]+){0,2}?"
_TWO_RATES = LazyPattern(
    rf"\$?(?P<r1>{_N})\s+(?:an|a|per)\s+(?P<per>hour|session|lesson|class|visit|night|day)\s+"
    rf"for\s+(?P<k1>{_KIND})\s*,?\s+and\s+\$?(?P<r2>{_N})(?:\s+(?:an|a|per)\s+(?P=per))?\s+"
    rf"for\s+(?P<k2>{_KIND})(?=\s*[,.;])",
    re.IGNORECASE,
)


def _names(text: str, kind: str) -> bool:
    return re.search(rf"\b{re.escape(kind)}\b", text, re.IGNORECASE) is not None


def _kind_named(question: str) -> tuple[re.Match[str], str] | None:
    rates = _TWO_RATES.search(question)
    if rates is None or rates["k1"].lower() == rates["k2"].lower():
        return None
    after = question[rates.end() :]
    named = [k for k in ("1", "2") if _names(after, rates[f"k{k}"])]
    if len(named) != 1:
        return None  # the kind asked about is not said (or both are)
    return rates, rates[f"r{named[0]}"]


def read_at_rate_named(question: str, source: str) -> bool:
    """Whether ``source`` is this module's reading of ``question``: the other kind's rate
    was set aside by what was said, never an amount dropped."""
    return _kind_named(question) is not None and rate_for_kind_named(question) == source


def rate_for_kind_named(question: str) -> str | None:
    """The sum of ``question`` at the rate of the one kind it names later, or ``None``."""
    picked = _kind_named(question)
    if picked is None:
        return None
    rates, rate = picked
    after = question[rates.end() :]
    one_rate = f"{question[: rates.start()]}{rate} an {rates['per']}{after}"
    from tools.calculator import calculate  # the calculator reads this module: late import

    try:
        return calculate(one_rate).expression
    except ToolInputError:
        return None
