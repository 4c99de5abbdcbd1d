"""What a monthly plan saves over a year of paying each time: the year's total less 12 months.

Set 31: after "손세차 한번 25,000원인데 한달에 세번 하면 1년에 얼마 들어" (900,000원), the turn
"멤버십이 월 59,000원이면 1년에 얼마 아끼는거야" went to the cloud, and "the unlimited plan is
29.99 a month, how much would I save in a year" after a car wash's yearly cost was answered
"not in the documents". The saving is the previous year's total less the plan's price times
12: 900,000 - 59,000 x 12 = 192,000원; 504 - 29.99 x 12 = 144.12.

Read only when the previous turn asked for a year and its result is a sum of money, the new
turn names one price a month and asks what is saved over a year; a plan costing more than the
year's total is no saving, and declines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.followup_chain import run_chain
from tools.korean_numbers import normalize_numerals

__all__ = ["plan_saving_over_year"]

_N = r"\d+(?:\.\d+)?"
_PLAN_KO = re.compile(
    rf"^\s*(?:그럼\s*)?[가-힣A-Za-z]{{0,8}}\s*(?:이|가|은|는)?\s*(?:월|한\s*달에?)\s*(?P<m>{_N})\s*원?"
    r"\s*(?:이면|이라면|짜리면|이래|인데)\s*,?\s*(?:1\s*년|일\s*년)(?:에|이면|동안)?\s*얼마\s*"
    r"(?:아끼|아껴|절약|이득|세이브|덜)"
)
_PLAN_EN = re.compile(
    rf"^\s*(?:and\s+|so\s+|but\s+)?(?:if\s+)?(?:the|a)\s+[a-z ]{{0,30}}?\b(?:is|costs|for)\s+\$?"
    rf"(?P<m>{_N})\s+(?:a|per)\s+month\b\s*,?\s*(?:how\s+much\s+(?:would|will|do|could|can)\s+"
    r"(?:i|we)\s+save|what\s+(?:would|will|do)\s+(?:i|we)\s+save)\s+(?:in|over|per|for)\s+a\s+year"
    r"\s*[?？]*\s*$",
    re.I,
)
_ASKED_A_YEAR = re.compile(
    r"(?:1\s*년|일\s*년)\s*(?:에|이면|동안|치)|연간|\bfor\s+a\s+year\b|\bper\s+year\b"
    r"|\bin\s+a\s+year\b|\ba\s+year\b\s*[?？]*\s*$",
    re.I,
)


def plan_saving_over_year(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps and "it minus M * 12", or ``None``.

    Args:
        text: The follow-up ("멤버십이 월 59,000원이면 1년에 얼마 아끼는거야").
        steps: The previous turn's steps; the last one asks for a year.
    """
    said = _PLAN_KO.match(normalize_numerals(text).replace(",", "")) or _PLAN_EN.match(
        text.replace(",", "")
    )
    if said is None or not steps or not _ASKED_A_YEAR.search(steps[-1]):
        return None
    changed = [*steps, f"it minus {said['m']} * 12"]
    saved = run_chain(changed)
    if saved is None or not isinstance(saved.value, float) or saved.value <= 0:
        return None  # the plan costs the year's total or more: no saving
    return changed, f"less {said['m']} a month for 12 months"
