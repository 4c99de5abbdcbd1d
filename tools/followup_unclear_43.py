"""Follow-ups whose words leave open which figure they change: declined, never guessed.

Two English forms were answered by code although the words settle nothing (brief turns43,
part 3); each is declined only in the situation that makes it ambiguous:

- "and minus 15%?" after "2500 + 15%": minus 15% of the 2500 (the parallel question, 2,125,
  as "그럼 30% 할인하면?" after "98000원에서 20% 할인하면" replaces the rate in set 1) or of the
  result (2,443.75, as "and minus 15% from that?" says in its own words)? A bare percent
  step after a turn that itself added or took a percent names neither; with "that", "it"
  or "the total" it names the result and is read as before.
- "and for 8 hours?" after "75 for 5 hours, whats that per hour": the rate if the 75 were
  for 8 hours (9.375), or 8 hours at the rate found (120)? Set 2's "and for 200 hours at
  the same rate?" and set 15's "and for 6 hours?" after a rate the user gave settle it in
  words or by what was given; a bare new span after a rate *derived* from a total over a
  span does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["unclear_follow_up"]

_BARE_PERCENT_STEP = re.compile(
    r"^\s*(?:(?:and|then|now|so|ok(?:ay)?)\s*,?\s+)?(?:what\s+about\s+)?"
    r"(?:plus|minus|add|less|subtract|take\s+off|\+|-)\s*\d+(?:\.\d+)?\s*(?:%|percent)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The previous turn added or took a percent itself: "2500 + 15%", "what is 200 plus 15%".
_PERCENT_APPLIED = re.compile(
    r"\d\s*(?:\+|-|plus|minus|less|add)\s*\d+(?:\.\d+)?\s*(?:%|percent)", re.IGNORECASE
)

_SPAN = r"(?:hours?|hrs?|days?|nights?|weeks?|months?)"
_BARE_SPAN = re.compile(
    rf"^\s*(?:(?:and|so|ok(?:ay)?|then)\s*,?\s+)?(?:(?:what|how)\s+about\s+)?(?:for\s+)?"
    rf"\d+(?:\.\d+)?\s*{_SPAN}\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# A total over a span with the rate asked: "75 for 5 hours, whats that per hour".
_RATE_DERIVED = re.compile(
    rf"\d[\d,]*(?:\.\d+)?\s+(?:for|over|in)\s+\d+(?:\.\d+)?\s*{_SPAN}\b.*"
    rf"\b(?:per|an|a|each)\s+{_SPAN}\b",
    re.IGNORECASE,
)


def unclear_follow_up(text: str, previous_steps: Sequence[str]) -> bool:
    """Whether ``text`` after ``previous_steps`` leaves open which figure it changes."""
    if not previous_steps:
        return False
    last = previous_steps[-1]
    if _BARE_PERCENT_STEP.match(text) and _PERCENT_APPLIED.search(last):
        return True
    return bool(_BARE_SPAN.match(text) and _RATE_DERIVED.search(last))
