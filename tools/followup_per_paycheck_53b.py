"""A yearly figure by the paycheck: "how much per paycheck if i get paid every two weeks"
after "i make 72k a year and put 6% in my 401k, how much is that a year" (set 44).

The previous turn must ask its figure by the year; the turn must name the pay period
(every two weeks, weekly, twice a month, monthly) and ask by the paycheck. The year is
then cut into that many paychecks (26, 52, 24, 12). A pay period not said ("how much per
paycheck") is no figure this rule can place, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["paychecks_a_year", "yearly_per_paycheck"]

_PERIODS = (
    (r"every\s+(?:two|2)\s+weeks|bi\s*-?\s*weekly|fortnightly|every\s+other\s+week", 26),
    (r"every\s+week|weekly|once\s+a\s+week", 52),
    (r"twice\s+a\s+month|semi\s*-?\s*monthly|on\s+the\s+1st\s+and\s+(?:the\s+)?15th", 24),
    (r"every\s+month|monthly|once\s+a\s+month", 12),
)
_PAID = r"(?:i|we|you)(?:\s+(?:get|am|are)|'m|'re|m)\s+paid|paid|payday\s+is|pay\s+day\s+is"
_PAYCHECK = (
    r"(?:per|a|each|every|on\s+each)\s+(?:pay\s*-?\s*check|pay\s*-?\s*cheque|pay\s+period|payday)"
)
_TURN = LazyPattern(
    r"^\s*(?:so\s+|and\s+|ok\s+)?(?:how\s+much|what)(?:'s|\s+is|s)?\s+(?:is\s+)?(?:that\s+)?"
    rf"{_PAYCHECK}\s*,?\s*(?:if|when|since|as|cause|because)\s+(?:{_PAID})\s+(?P<p>[a-z0-9 \-]+?)"
    r"\s*[?.!]*\s*$"
    rf"|^\s*(?:and\s+|so\s+)?(?:if\s+)?(?:{_PAID})\s+(?P<p2>[a-z0-9 \-]+?)\s*,?\s*"
    rf"(?:how\s+much|what)(?:'s|\s+is|s)?\s+(?:is\s+)?(?:that\s+)?{_PAYCHECK}\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The previous turn asks by the year: "how much is that a year", "… for a whole year".
_ASKED_BY_YEAR = LazyPattern(
    r"(?:how\s+much|what(?:'s|\s+is|s)\s+that)[^?]*?\b(?:a|per|each|the|for\s+a(?:\s+whole)?"
    r"|in\s+a|over\s+a)\s+year\b|(?:how\s+much|what)[^?]*\b(?:annually|yearly)\b",
    re.IGNORECASE,
)


def yearly_per_paycheck(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous yearly result over the year's paychecks, or ``None``.

    Args:
        text: The follow-up ("how much per paycheck if i get paid every two weeks").
        steps: The previous turn's step texts.
    """
    said = _TURN.match(text)
    if said is None or not steps or _ASKED_BY_YEAR.search(steps[-1]) is None:
        return None
    count = paychecks_a_year(said["p"] or said["p2"])
    if count is None:
        return None
    return [*steps, f"그걸 {count}로 나누면"], f"a yearly figure over {count} paychecks"


def paychecks_a_year(period: str) -> int | None:
    """26 for "every two weeks", 52 for "weekly" …; ``None`` for a period not listed."""
    said = period.strip()
    return next((n for form, n in _PERIODS if re.fullmatch(form, said, re.IGNORECASE)), None)


# Another pay period said alone after a salary by the paycheck (opens56e, set 47):
# "semi-monthly instead?" after "salary is 64,800, paid monthly. whats each check" is
# 64,800 / 24. Read only when the previous turn was read as one yearly figure over a count
# of paychecks a year and the turn names a period and nothing else.
_ANOTHER_PERIOD = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+|what\s+about\s+|how\s+about\s+|what\s+if\s+)?"
    rf"(?:(?:{_PAID})\s+|it(?:'s|\s+is|s)\s+|its\s+)?(?P<p>[a-z0-9 \-]+?)"
    r"(?:\s+instead)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_OVER_PAYCHECKS = LazyPattern(r"^(?P<a>\d+(?:\.\d+)?) / (?:12|24|26|52)$")


def another_pay_period(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The yearly figure over another pay period's paychecks, or ``None``.

    Args:
        text: The follow-up ("semi-monthly instead?", "what if i'm paid biweekly").
        steps: The previous turn's steps.
    """
    from core.errors import ToolInputError
    from tools.handler_calculation import read_calculation

    said = _ANOTHER_PERIOD.match(text)
    count = None if said is None else paychecks_a_year(said["p"])
    if count is None or len(steps) != 1 or not re.search(r"\bpaid\b", steps[0], re.I):
        return None
    try:
        before = read_calculation(steps[0])
    except ToolInputError:
        return None
    over = _OVER_PAYCHECKS.match(before.detail) if before else None
    if over is None:
        return None
    return [f"{over['a']} / {count}"], f"the year over {count} paychecks"
