"""A follow-up asking a per-period figure over another span ("한 달(30일)이면?").

Split from :mod:`tools.followup_changes` (same contract: the changed steps and one line
for the trace, or ``None``). :func:`respan_period_rate`: a figure per period asked over
a span is asked over another span ("한 달(30일)이면?", "and after only 30 weeks?"); a
figure for one period ("하루 8시간 일하면") asked for N of them is multiplied ("주 5일 일하면?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_day_count import replace_counted_days
from tools.korean_numbers import normalize_numerals

__all__ = ["respan_period_rate"]

# A span a per-period figure is asked over: "일주일이면", "30일에", "after a year".
_KO_SPAN = (
    r"(?:일주일|1\s*주일|한\s*주|한\s*달|1\s*달|1\s*개월|1\s*년|일\s*년|한\s*해|\d+\s*(?:일|주일?|개월|달|년))"
    r"(?:\s*\(\s*\d+\s*일\s*\))?"
)
_KO_SPAN_IN_STEP = LazyPattern(rf"(?P<span>{_KO_SPAN})(?=\s*(?:이면|에|동안|면|간|이라면))")
_KO_PER = LazyPattern(
    r"하루에|매일|매주|매달|매월|매년|일주일에|한\s*달에|1년에|주에|달에|마다"
    # "하루 25,000원씩", "한 달 55,000원": a period, then the amount for it.
    r"|(?:하루|일주일|한\s*주|한\s*달|1\s*달|1\s*개월|1\s*년|한\s*해)\s*[\d,.]+\s*(?:만|천)?\s*원"
)
_EN_SPAN_IN_STEP = LazyPattern(
    r"\b(?P<span>(?:after|in|over|for|within)\s+(?:only\s+)?(?:a|one|\d[\d,]*)\s+(?:day|week|month|year)s?)\b",
    re.IGNORECASE,
)
_EN_PER = LazyPattern(r"\b(?:a|per|each|every)\s+(?:day|week|month|year)\b", re.IGNORECASE)
# The follow-up: only a span ("한 달(30일)이면?", "3년은?", "and after only 30 weeks?").
_KO_NEW_SPAN = LazyPattern(
    rf"^\s*(?:그럼|그러면|만약)?\s*(?P<span>{_KO_SPAN})\s*(?:이면|면|이라면|은|는|에는|동안은"
    # "한달로 치면??", "1년이면 총 얼마 받는거임": the span with a verb, and the amount asked.
    r"|(?:으로|로)\s*(?:치면|따지면|계산하면|환산하면))요?"
    r"\s*(?:(?:총|모두|다)\s*)?(?:얼마\S*(?:\s+\S+)?)?\s*[?？]*\s*$"
)
_EN_NEW_SPAN = LazyPattern(
    r"^\s*(?:and\s+|what\s+about\s+|how\s+about\s+)?(?P<span>(?P<prep>(?:after|in|over|for|within)\s+)?"
    r"(?:only\s+)?(?:a|one|\d[\d,]*)\s+(?:day|week|month|year)s?)\s*\??\s*$",
    re.IGNORECASE,
)
# "주 5일 일하면?", "5일이면?" after "하루 8시간 일하면": N of the period the figure is for.
_ONE_DAY = LazyPattern(r"하루|1\s*일(?!\s*\d)|\ba\s+day\b|\bper\s+day\b")
_DAYS = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?:주말\s*빼고|평일만)?\s*(?:주|일주일에|한\s*주에)?\s*(?P<n>\d+)\s*일\s*(?:동안\s*)?"
    r"(?:일하면|근무하면|하면|이면|면)\s*[?？]?\s*$"
    r"|^\s*(?:and\s+)?(?:for\s+)?(?P<en>\d+)\s+days?(?:\s+a\s+week)?\s*\??\s*$",
    re.IGNORECASE,
)


# "4주 치면?" after "한 주에 얼마 벌어": a figure for one week, asked for N weeks.
_ONE_WEEK = LazyPattern(r"(?:한|1)\s*주(?!\s*\d)|일주일|\ba\s+week\b|\bper\s+week\b", re.I)
_WEEKS = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?P<n>\d+)\s*주(?:일)?\s*(?:동안\s*)?(?:치면|이면|면|일하면|하면)?\s*[?？]?\s*$"
    r"|^\s*(?:and\s+)?(?:for\s+)?(?P<en>\d+)\s+weeks?\s*\??\s*$",
    re.IGNORECASE,
)


def respan_period_rate(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``한 달(30일)이면?``: the per-period figure of the last step asked over another span."""
    if not steps:
        return None
    last = normalize_numerals(steps[-1])
    weeks = _WEEKS.match(normalize_numerals(text))
    if weeks is not None and _ONE_WEEK.search(last) is not None:
        count = weeks["n"] or weeks["en"]
        return [*steps, f"그걸 {count}배 하면"], f"for one week, times {count} weeks"
    for new_re, old_re, per_re in (
        (_KO_NEW_SPAN, _KO_SPAN_IN_STEP, _KO_PER),
        (_EN_NEW_SPAN, _EN_SPAN_IN_STEP, _EN_PER),
    ):
        new = new_re.match(normalize_numerals(text))
        if new is None or per_re.search(last) is None:
            continue
        olds = list(old_re.finditer(last))
        if not olds:
            continue
        old = olds[-1]
        span = new["span"]
        if new_re is _EN_NEW_SPAN and not new["prep"]:
            # "and 2 years?" after "for 18 months": the span keeps the step's own preposition.
            span = old["span"].split(maxsplit=1)[0] + " " + span
        changed = last[: old.start("span")] + span + last[old.end("span") :]
        return [*steps[:-1], changed], f"{old['span']} → {span}"
    days = _DAYS.match(normalize_numerals(text))
    if days is not None and _ONE_DAY.search(last) is not None:
        count = days["n"] or days["en"]
        # "하루 2잔씩 30일" already counts its days: the count is replaced, not multiplied.
        replaced = replace_counted_days([*steps[:-1], last], count)
        if replaced is not None:
            return replaced or None
        return [*steps, f"그걸 {count}배 하면"], f"for one day, times {count} days"
    return None
