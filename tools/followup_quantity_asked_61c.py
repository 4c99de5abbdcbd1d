"""Follow-ups that ask the same price or pay for another quantity (helper opens52c, blind set
52): another amount of a priced measure ("1키로 사면"), a number of weeks of a week's pay ("so
over a year if i work 50 weeks"). Listed in :data:`tools.followup_opens_61c.CHANGES_61C`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_paid_amount_forms import weekly_wage_week_end
from tools.calculator_unit_rate_forms import asked_measure_span
from tools.followup_rerun import kept_if_read, replaced
from tools.korean_numbers import normalize_numerals

__all__ = ["measure_asked_anew", "weeks_of_weekly_wage"]

_N = r"\d[\d,]*(?:\.\d+)?"


# "1키로 사면", "900g이면?", "300그램만 사면 얼마" after a price for an amount of a measure and
# another amount asked: that amount asked anew, never the priced amount (opens52c).
_MEASURE_ASKED = LazyPattern(
    rf"^\s*(?:그럼\s*|아\s*|음\s*)?(?P<q>{_N})\s*(?P<u>킬로그램|kg|그램|g|ml|밀리|리터|l|km|미터|m|키로|킬로)"
    r"\s*(?:만|씩)?\s*(?:은|는|이면|면|사면|살면|하면|쓰면|넣으면|내리면|주문하면|이라면)?\s*"
    r"(?:얼마(?:야|임|예요|에요)?)?\s*[?？]*\s*$",
    re.IGNORECASE,
)


def measure_asked_anew(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The priced measure's question with the amount asked replaced by the turn's, or ``None``.

    Args:
        text: The follow-up ("1키로 사면").
        steps: The previous turn's steps (one request pricing an amount of a measure).
    """
    said = _MEASURE_ASKED.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    span = asked_measure_span(step)
    if span is None:
        return None
    new = f"{said['q']}{said['u']}"
    return replaced(step, span, new, f"{step[span[0] : span[1]]} → {new} asked")


# "so over a year if i work 50 weeks", "and for 48 weeks?" after a week's pay from an hourly
# wage and hours a week: that many weeks of it (opens52c). Weeks off or unpaid are another
# question.
_WEEKS_WORKED = LazyPattern(
    r"^\s*(?:so\s+|and\s+|ok\s+)?(?:what\s+about\s+|how\s+about\s+)?"
    r"(?:(?:over|in|for)\s+(?:a|the|one)\s+(?:whole\s+)?year\s*,?\s*)?"
    r"(?:if\s+i\s+(?:work|do)\s+|working\s+|for\s+|over\s+)?(?P<n>\d+)\s+weeks"
    r"(?:\s+(?:a|per|of\s+the)\s+year)?\s*"
    r"(?:,?\s*(?:how\s+much|what(?:'s|s|\s+is|\s+do\s+i\s+(?:make|earn|get))?)(?:\s+(?:is\s+)?that)?"
    r"(?:\s+in\s+total|\s+total)?)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def weeks_of_weekly_wage(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The wage question with the turn's weeks said and the total asked, or ``None``.

    Args:
        text: The follow-up ("so over a year if i work 50 weeks").
        steps: The previous turn's steps (one English wage over hours a week).
    """
    said = _WEEKS_WORKED.match(text)
    if said is None or len(steps) != 1 or not re.search(r"\byear|\bwork|\bweeks", text, re.I):
        return None
    end = weekly_wage_week_end(steps[0])
    if end is None:
        return None
    step = unicodedata.normalize("NFKC", steps[0]).strip()
    changed = f"{step[:end]} for {said['n']} weeks, how much do i make in total"
    return kept_if_read(changed, f"a week's pay × {said['n']} weeks")
