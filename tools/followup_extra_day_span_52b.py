"""One more day a week at the same hourly rate, said with its own clock span (set 36).

"what if she does friday mornings too, 8 to 12" after "childminder is 6.75 an hour … from 8
till 5:30, 3 days a week. how much a week?" adds 4 hours at 6.75: 192.375 + 27 = 219.375.

Read only after a week read by :func:`tools.calculator_clock_span_days_52b.
clock_span_days_a_week`, when the turn names one day of the week (a part of it allowed:
"friday mornings"), says "too"/"as well" and gives one clock span. The week's figure is
carried as its sum: a later turn changing the first span is not read from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_clock_span_days_52b import clock_span_days_a_week
from tools.calculator_rate_over_clock_span import rate_over_clock_span
from tools.korean_numbers import normalize_numerals

__all__ = ["extra_day_at_own_span"]

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
_CLOCK = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
_TURN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok(?:ay)?\s*,?\s*)?(?:what\s+if|if|and\s+if)\s+"
    r"(?:she|he|i|they|we|you)\s+(?:also\s+)?(?:does|do|did|works?|worked|takes?|has)\s+"
    rf"(?:(?:him|her|them)\s+)?(?:on\s+)?{_DAY}(?:\s+(?:mornings?|afternoons?|evenings?))?\s+"
    r"(?:too|as\s+well|also)\s*,?\s*(?:from\s+)?"
    rf"(?P<a>{_CLOCK})\s*(?:to|till|until|til|-|–)\s*(?P<b>{_CLOCK})\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_RATE = re.compile(r"^(?P<rate>\d+(?:\.\d+)?) \* ")


def extra_day_at_own_span(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The week's sum plus the extra day's hours at the same rate, or ``None``.

    Args:
        text: The follow-up ("what if she does friday mornings too, 8 to 12").
        steps: The previous turn's steps (one request).
    """
    turn = _TURN.match(text)
    if turn is None or len(steps) != 1:
        return None
    week = clock_span_days_a_week(normalize_numerals(steps[0]))
    rate = _RATE.match(week) if week else None
    if week is None or rate is None:
        return None
    extra = rate_over_clock_span(f"{rate['rate']} an hour from {turn['a']} to {turn['b']}")
    if extra is None:
        return None
    return [
        f"{week} + {extra}"
    ], f"one more day, {turn['a'].strip()} to {turn['b'].strip()}, at {rate['rate']}"
