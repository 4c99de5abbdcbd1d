"""A follow-up that asks the previous per-period question for another period.

"my phone plan is 660,000 won a year, how much is that each quarter" then "per month
instead" (or "per month?", "한 달에는?"): the yearly figure per month, 55,000 won; the
previous result is a quarter's, so dividing it by twelve (the rule for a yearly result)
would give 13,750 won, a wrong answer. The rule: when the previous request ends by asking
per a period ("each quarter", "분기마다 얼마"), the follow-up's period takes that place.
Found by the fifteenth unseen set. A request that asks no period keeps the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.calculator import calculate

__all__ = ["another_period_asked"]

_EN_PERIODS = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year"}
_EN_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter"}
_EN_ADVERBS |= {"yearly": "year", "annually": "year"}
# "per month instead", "and per week?", "what about a month", "monthly instead?".
_EN_ASKED = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+about\s+|how\s+about\s+|make\s+(?:that|it)\s+)?"
    r"(?:(?:per|a|each|every|in\s+a|for\s+a)\s+(?P<period>day|week|month|quarter|year)"
    r"|(?P<adverb>daily|weekly|monthly|quarterly|yearly|annually))"
    r"\s*(?:instead\s*)?[?？.!]*\s*$",
    re.IGNORECASE,
)
_KO_WORDS = {
    "day": "하루에",
    "week": "일주일에",
    "month": "한 달에",
    "quarter": "분기마다",
    "year": "1년에",
}
# "한 달에는?", "분기마다는?", "월로 치면?", "일주일 단위로는?"
_KO_ASKED = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?:(?P<day>하루|일)|(?P<week>일주일|한\s*주|주)|(?P<month>한\s*달|월|달)"
    r"|(?P<quarter>분기|한\s*분기)|(?P<year>1\s*년|일\s*년|연|년))\s*"
    r"(?:에는|마다는|에|마다|당|별로는?|로\s*치면|으로\s*치면|단위로는?)\s*(?:얼마|얼마야|얼마예요)?\s*[?？]?\s*$"
)
# The previous request's own period asked at its end.
_EN_ASKED_IN_STEP = LazyPattern(
    r"\b(?:per|a|each|every|in\s+a|for\s+a)\s+(?P<period>day|week|month|quarter|year)\s*[?？.!]*\s*$",
    re.IGNORECASE,
)
_KO_ASKED_IN_STEP = LazyPattern(
    r"(?P<period>하루|일주일|한\s*주|한\s*달|1\s*달|분기|한\s*분기|1\s*년|한\s*해)\s*"
    r"(?:에|마다|당|별로)\s*(?:얼마씩|얼마)\s*(?:야|예요|이야|인가요|일까)?\s*[?？]?\s*$"
)


def _asked(text: str) -> str | None:
    en = _EN_ASKED.match(text)
    if en is not None:
        word = (en["period"] or en["adverb"]).lower()
        return _EN_PERIODS.get(word) or _EN_ADVERBS[word]
    ko = _KO_ASKED.match(text)
    if ko is None:
        return None
    return next(name for name in _KO_WORDS if ko[name])


def another_period_asked(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``per month instead`` after "... how much is that each quarter": asked per month.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with the last one's asked period replaced and a line for the trace, or
        ``None`` when the turn asks no period or the last step asks none at its end.
    """
    if not steps:
        return None
    period = _asked(text)
    if period is None:
        return None
    last = steps[-1]
    en = _EN_ASKED_IN_STEP.search(last)
    ko = None if en is not None else _KO_ASKED_IN_STEP.search(last)
    if en is not None:
        changed, how = f"{last[: en.start()]}each {period}", f"per {en['period']} → per {period}"
    elif ko is not None:
        changed, how = f"{last[: ko.start()]}{_KO_WORDS[period]} 얼마", f"{ko['period']} → {period}"
    else:
        return None
    try:
        calculate(changed)
    except ToolInputError:
        # "a month ... per week": no fixed count; the rules after this one may still read it.
        return None
    return [*steps[:-1], changed], how
