"""A follow-up asking the previous count of nights or days again, said in weeks.

"a hotel is 95,000 won a night, how much for 5 nights" then "what about for 2 weeks":
the 5 nights become 14 (7 a week), so 1,330,000 won; "호텔 1박 95,000원이면 5박은?" then
"2주면?" likewise. The sixteenth unseen set's first run sent the turn to a model: no rule
read a span in another unit than the count it replaces. A week of nights is a reading
(a stay of a week is 7 nights), so the answer says it ("assuming 7 nights a week"), as
"and for 5 days?" at a nightly rate does. A step counting neither nights
nor days, or more than one such count (a rate's "1박에" aside), declines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_DIGITS, KOREAN_COUNT_FORMS
from tools.followup_per_week_56t import said_per_week
from tools.followup_rates import ASSUMING, ASSUMING_KO

__all__ = ["weeks_as_days"]

# What a turn's number word counts ("two weeks", "두 주"; "a week" is one): the shared
# tables' value, for the words the patterns below accept.
_WORDS = {"a": "1", "an": "1", **ENGLISH_DIGITS, **KOREAN_COUNT_FORMS}
_TURN_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|then\s+)?(?:what\s+about\s+|how\s+about\s+)?(?:for\s+)?"
    r"(?P<n>\d+|an?|one|two|three|four)\s+weeks?\s*(?:instead\s*)?[?？.!]*\s*$",
    re.IGNORECASE,
)
_TURN_KO = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?:(?P<n>\d+|한|두|세)\s*주|(?P<one>일주일))\s*(?:동안)?\s*"
    r"(?:이면|면|은|는|이라면|라면)?\s*[?？]?\s*$"
)
# The count a step states: "for 5 nights", "5 days", "5박", "5일" (not "3월 5일").
_COUNT_IN_STEP = LazyPattern(
    r"(?P<n>\d+)\s*(?P<u>nights?|days?|박|(?<!월\s)(?<!월)일(?!\s*(?:에|부터|까지)))",
    re.IGNORECASE,
)


def _weeks(text: str) -> int | None:
    english = _TURN_EN.match(text)
    if english is not None:
        word = english["n"].lower()
        return int(word) if word.isdigit() else int(_WORDS[word])
    korean = _TURN_KO.match(text)
    if korean is None:
        return None
    if korean["one"]:
        return 1
    word = korean["n"]
    return int(word) if word.isdigit() else int(_WORDS[word])


def weeks_as_days(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``what about for 2 weeks``: the previous count of nights or days, 7 to a week.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with the last one's count changed and a line for the trace (said with
        the answer for nights), or ``None``.
    """
    weeks = _weeks(text)
    if weeks is None or not steps or weeks <= 0:
        return None
    last = steps[-1]
    counts = [c for c in _COUNT_IN_STEP.finditer(last) if not said_per_week(last, c)]  # 주5일
    # "1박에 95,000원이면 5박은": the one night is the rate's unit, not the count asked.
    counts = [c for c in counts if c["n"] != "1"] if len(counts) > 1 else counts
    if len(counts) != 1:
        return None
    old = counts[0]
    new = str(weeks * 7)
    changed = last[: old.start("n")] + new + last[old.end("n") :]
    unit = old["u"]
    if unit == "박":
        return [*steps[:-1], changed], f"{ASSUMING_KO}1주 = 7박, {weeks}주 = {new}박"
    if unit.lower().startswith("night"):
        return [*steps[:-1], changed], f"{ASSUMING}7 nights a week: {weeks} weeks = {new} nights"
    return [*steps[:-1], changed], f"{old['n']} {unit} → {weeks} weeks ({new} {unit})"
