"""A per-unit rate held over a new count: "and for a 30 day month at that rate".

Blind set 50: after "electric bill was 138.60 for 31 days, whats that per day" (4.47), the
turn "and for a 30 day month at that rate" swapped 31 for 30 and gave 4.62, the rate of a
30-day bill. The turn holds the previous *result* (the rate) and asks it over 30 days:
138.60 / 31 x 30 = 134.13. The family is :mod:`tools.followup_held_result` ("at that pace"
is declined there) and :mod:`tools.followup_pace_distance` (a pace held over a distance).

Read only when the turn names the rate as the previous one ("at that rate", "at the same
rate", "그 비율로", "같은 요금으로"), states one count in a unit (days, hours, weeks,
months, km, miles, kWh, litres; 일, 시간, 주, 달, 개월, 킬로, 리터), and the previous turn
was one step that divided by a figure of that same unit and asked per one of it ("per
day", "a day", "하루에", "일당", "시간당"). The new step multiplies the previous expression
(its unrounded quotient) by the count. A turn that holds the rate but is not read so is
declined (:func:`holds_rate_with_count`): a swapped figure would give another rate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain
from tools.korean_numbers import normalize_numerals

__all__ = ["holds_rate_with_count", "rate_held_over_count"]

# The previous result named as the rate kept ("at that rate", "그 비율로", "같은 요금으로").
_RATE_HELD = LazyPattern(
    r"\bat\s+(?:that|the\s+same|this|those|these)\s+(?:rate|price|pricing|cost)s?\b"
    r"|\b(?:same|that)\s+(?:daily|hourly|weekly|monthly|per[- ]day)\s+rate\b"
    r"|(?:그|이|같은|저)\s*(?:비율|요율|요금|단가|기준|가격|페이스|속도)(?:으로|로)",
    re.IGNORECASE,
)
# Unit names, each to the words that say it (English, then Korean).
_UNITS: dict[str, str] = {
    "day": r"days?|일(?!당)|하루",
    "hour": r"hours?|hrs?|시간",
    "week": r"weeks?|주(?:일)?",
    "month": r"months?|개월|달",
    "km": r"km|kilomet(?:er|re)s?|킬로(?:미터)?",
    "mile": r"miles?|mi",
    "kwh": r"kwh|킬로와트시",
    "litre": r"lit(?:er|re)s?|l|리터",
}
_FIGURE = r"\d[\d,]*(?:\.\d+)?"
# The turn's count: "a 30 day month", "for 45 days", "30일", "12 hours".
_COUNT = {
    unit: LazyPattern(rf"(?<![\d.,])(?P<n>{_FIGURE})\s*-?\s*(?:{words})(?![A-Za-z])", re.I)
    for unit, words in _UNITS.items()
}
# The previous question asked per one unit: "per day", "a day", "each day", "하루에", "일당".
_PER_ONE = {
    unit: LazyPattern(
        rf"\b(?:per|a|an|each|every)\s+(?:{words})\b|(?:1\s*)?(?:{words})\s*(?:당|에\s*얼마|마다)"
        + (r"|하루\s*(?:에|당)?|일당|1일\s*(?:에|당)?" if unit == "day" else ""),
        re.I,
    )
    for unit, words in _UNITS.items()
}
# The previous result's expression: one amount divided by one figure ("138.6 / 31").
_QUOTIENT = re.compile(rf"^\s*(?P<a>{_FIGURE})\s*/\s*(?P<b>{_FIGURE})(?:\s|$)")


def _turn_count(text: str) -> tuple[str, str] | None:
    """The one (unit, figure) the turn counts, or ``None`` when it is not exactly one."""
    found = [(u, m["n"]) for u, p in _COUNT.items() for m in p.finditer(text)]
    # "한달 30일" is "1달 30일": the month is named once, the 30 days are the count.
    counts = [(u, n) for u, n in found if n != "1"] if len(found) > 1 else found
    return counts[0] if len(counts) == 1 else None


def holds_rate_with_count(text: str) -> bool:
    """Whether a turn keeps the previous rate and states a count to take it over.

    Such a turn is never one figure of the previous question swapped (that gives another
    rate); :func:`rate_held_over_count` reads it, or the turn is declined.
    """
    text = normalize_numerals(text)
    return bool(_RATE_HELD.search(text)) and _turn_count(text) is not None


def rate_held_over_count(
    text: str, steps: Sequence[str], now: datetime | None = None
) -> tuple[list[str], str] | None:
    """The previous per-unit rate times the turn's count, or ``None``.

    Args:
        text: The follow-up ("and for a 30 day month at that rate").
        steps: The previous turn's steps (one step that worked out a rate per one unit).
        now: The current time, for the chain.

    Returns:
        One new step (the previous quotient times the count) and a line saying so.
    """
    text = normalize_numerals(text)
    if not _RATE_HELD.search(text) or len(steps) != 1:
        return None
    counted = _turn_count(text)
    if counted is None:
        return None
    unit, count = counted
    if len(re.findall(_FIGURE, text)) != 1:
        return None  # "at that rate, a 28 day bill for 120?": an amount of its own too
    previous = normalize_numerals(steps[0])
    if not _PER_ONE[unit].search(previous):
        return None
    result = run_chain(list(steps), now)
    quotient = _QUOTIENT.match(result.detail) if result is not None else None
    if quotient is None:
        return None
    # The divisor must be a count of the same unit in the question ("for 31 days").
    divisors = [m["n"].replace(",", "") for m in _COUNT[unit].finditer(previous)]
    if divisors != [quotient["b"]]:
        return None
    n = count.replace(",", "")
    # The rate's currency kept: "6,000원", "$1,250.00", as the rate was shown.
    shown = result.unit if result is not None else None
    dollar, won = ("$" if shown == "$" else ""), ("원" if shown == "원" else "")
    step = f"({dollar}{quotient['a']} / {quotient['b']}) * {n}{won}"
    return [step], f"the rate per {unit} kept, over {n} ({unit}s)"
