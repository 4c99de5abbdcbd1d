"""Years asked after one year named: "and over 2 years" after "… 32.99 a month, the first year".

Blind set 37: "new gym wants 49 to join plus 32.99 a month, what's that for the first year"
(444.88, the joining fee once and twelve months) then "and over 2 years" was read as the
year's total times 24 months (10,677.12) once the first turn was read. The year named in
the first turn is the period the turn changes: it is said as that many years and the turn
re-run (49 + 32.99 × 24 = 840.76), the fee still paid once. Only for a single step whose
reading changes with it; anything else is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.handlers import match_deterministic
from tools.priced_period_asked_once import year_named

__all__ = ["years_for_the_year_named"]

_YEARS = re.compile(
    r"^\s*(?:and|so|what\s+about|how\s+about|ok)?\s*(?:over|for|across|in)?\s*(?:the\s+first\s+)?"
    r"(?P<n>\d+)\s*(?:years|yrs)\s*(?:then)?\s*[?.!]*\s*$"
    r"|^\s*(?:그럼|그러면)?\s*(?P<ko>\d+)\s*년(?:\s*(?:치|동안))?\s*(?:이면|면|은|는|으로는|로는)?\s*[?？]*\s*$",
    re.IGNORECASE,
)


def years_for_the_year_named(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The one step with its named year said as the turn's years, or ``None``.

    Args:
        text: The follow-up ("and over 2 years").
        steps: The previous turn's step texts.
    """
    said = _YEARS.match(text)
    if said is None or len(steps) != 1:
        return None
    years = said["n"] or said["ko"]
    named = year_named(steps[0])
    if named is None or int(years) < 2 or named.group(0).lower().startswith("per"):
        return None  # no year named, or "per year" (a rate asked, not a span)
    span = f"{years}년" if said["ko"] else f"{years} years"
    changed = f"{steps[0][: named.start()]}{span}{steps[0][named.end() :]}"
    before, after = match_deterministic(steps[0]), match_deterministic(changed)
    if before is None or after is None or after.detail == before.detail:
        return None
    return [changed], f"one year → {span}"
