"""A follow-up spreading the same amount over another count of instalments ("18 months instead?").

"a 1,440,000 won TV on a 12-month installment, how much per month" then "spread over 18
months instead?" is 1,440,000 / 18 = 80,000 won; "18개월로 나누면?" after "120만원 12개월
할부면 한 달에 얼마" likewise. The count of months (weeks, days, payments) in the step is
replaced and the step re-run.

Only when the previous step plainly splits an amount over a span: it names an
instalment plan or a split ("할부", "나눠", "분할", "installment", "split", "spread",
"over N months") and holds exactly one count of the kind the turn names ("12-month",
"12개월"). Anything else is left to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = ["instalments_changed"]

_KINDS = {
    "month": "month", "months": "month", "개월": "month", "달": "month",
    "week": "week", "weeks": "week", "주": "week",
    "day": "day", "days": "day", "일": "day",
    "installment": "payment", "installments": "payment", "instalment": "payment",
    "instalments": "payment", "payment": "payment", "payments": "payment", "회": "payment",
}  # fmt: skip
_TURN_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok(?:ay)?\s*,?\s*|what\s+if\s+(?:i|we)\s+|what\s+about\s+|how\s+about\s+)?"
    r"(?:(?:spread|split|pay|paid|divided?|stretch(?:ed)?|do|did)\s+(?:it\s+|that\s+)?)?"
    r"(?:over|across|in|into)\s+(?P<n>\d+)\s*-?\s*(?P<u>months?|weeks?|days?|instal(?:l)?ments?|payments?)"
    r"(?:\s+instead)?(?:\s+then)?\s*\??\s*$",
    re.IGNORECASE,
)
_TURN_KO = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?P<n>\d+)\s*(?P<u>개월|달|주|일|회)\s*(?:로|으로)?\s*"
    r"(?:할부(?:로|하면|면|면은|로\s*하면)?|나누면|나눠서?\s*내면|나눠\s*갚으면|분할(?:하면|로\s*내면)|쪼개면)"
    r"\s*(?:(?:한\s*달에|월|매달)\s*)?(?:얼마(?:씩)?(?:야|예요|에요)?)?\s*[?？]?\s*$"
)
# The step splits an amount over a span.
_SPLIT_OVER = LazyPattern(
    r"할부|나눠|나누|분할|instal(?:l)?ment|\bsplit\b|\bspread\b|\bover\s+\d+|\bpayments?\b",
    re.IGNORECASE,
)
_SPAN = LazyPattern(
    r"(?P<num>\d+)\s*-?\s*(?P<unit>개월|달|주|일|회|months?|weeks?|days?|instal(?:l)?ments?|payments?)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)


def instalments_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``spread over 18 months instead?``: the step's one span count, replaced.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with the count of months (weeks, days, payments) replaced and a line
        for the trace, or ``None`` when the turn is no such request or the step's span
        is not plain.
    """
    if not steps:
        return None
    said = _TURN_KO.match(normalize_numerals(text)) or _TURN_EN.match(text)
    if said is None:
        return None
    kind = _KINDS[said["u"].lower()]
    for index in range(len(steps) - 1, -1, -1):
        step = normalize_numerals(steps[index])
        if not _SPLIT_OVER.search(step):
            continue
        spans = [s for s in _SPAN.finditer(step) if _KINDS[s["unit"].lower()] == kind]
        if not spans and kind == "payment":
            # "18 payments" after "a 12-month plan": one payment a month.
            spans = [s for s in _SPAN.finditer(step) if _KINDS[s["unit"].lower()] == "month"]
        if len(spans) != 1:
            return None  # no such span, or two: which one changed is not plain
        old = spans[0]
        changed = list(steps)
        changed[index] = step[: old.start("num")] + said["n"] + step[old.end("num") :]
        return changed, f"{old['num']} {old['unit']} → {said['n']}"
    return None
