"""A number of months of a monthly total: "3개월치 한번에 내면?", "over a 10 month school year".

After "피아노학원 한달 15만원인데 동생까지 둘 보내면 … 한달에 얼마야" (a month's fee for two),
"3개월치 한번에 내면?" asks three months of that total, and "what's that over a 10 month
school year" ten (set 32). :func:`~tools.followup_price_words.yearly_of_monthly` reads "연봉
으로는?" as 12 months; this reads a count of months said in the turn. Only when the previous
turns priced a month and counted no span of their own (then the figure is no monthly one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.text import KOREAN_COUNT_FORMS
from tools.calculator_unread_cues_53x import names_one_off_fee
from tools.followup_price_words import MONTHLY, SPAN_COUNTED
from tools.followup_unrounded import unrounded_expression

__all__ = ["months_of_monthly"]

_NATIVE_MONTHS = {"한": "1", "두": "2", "석": "3", "세": "3", "넉": "4", "네": "4"} | {
    k: v for k, v in KOREAN_COUNT_FORMS.items() if int(v) >= 5
}
_NATIVE = "|".join(sorted(_NATIVE_MONTHS, key=len, reverse=True))
_MONTHS = re.compile(
    rf"^\s*(?:그럼|그러면|아|근데)?\s*(?:(?P<n>\d+)\s*개월|(?P<w>{_NATIVE})\s*달|(?P<y>\d+)\s*년)\s*"
    r"(?:치|분|동안|어치)?\s*(?:를|을)?\s*(?:한\s*번에|한꺼번에|미리|선결제로?|일시불로?)?\s*"
    r"(?:내면|끊으면|결제하면|하면|이면|면|다니면|보내면)?\s*"
    # "1년치면 한명당 얼마" after a share of a monthly price: still each one's (set 37).
    r"(?:(?:한\s*명|한\s*사람|1\s*인|인)당|각자)?\s*(?:얼마\S*)?\s*[?？]?\s*$"
    r"|^\s*(?:and\s+|so\s+)?(?:what'?s\s+that|what\s+is\s+that|how\s+much)?\s*"
    r"(?:for|over|across)\s+(?:a\s+|the\s+)?(?P<e>\d+)[\s-]month(?:s)?\b[^\d?]*\??\s*$",
    re.IGNORECASE,
)


# A step that asks another period: its result is no monthly figure ("$45 a month … how much
# is that per year?" then "and for 18 months?" is 45 x 18, another rule's reading).
_OTHER_PERIOD_ASKED = re.compile(
    r"\b(?:per|a|each|every)\s+(?:year|week|day|quarter)\b|\byearly\b|\bannual|\bweekly\b"
    r"|\bdaily\b|1\s*년|일\s*년|연간|연봉|일주일|하루에|매일|분기",
    re.IGNORECASE,
)


def months_of_monthly(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous monthly total times the months the turn says, or ``None``.

    Args:
        text: The follow-up ("3개월치 한번에 내면?").
        steps: The conversation's steps so far.
    """
    said = _MONTHS.match(text)
    if said is None or not steps or not any(MONTHLY.search(s) for s in steps):
        return None
    if any(names_one_off_fee(s) for s in steps):
        return None  # "… plus a one-time $50 joining fee, first year": no monthly total
    if any(SPAN_COUNTED.search(s) or _OTHER_PERIOD_ASKED.search(s) for s in steps):
        return None  # "매달 10만 원씩 3년 동안": a total over a span, no monthly figure
    years = str(int(said["y"]) * 12) if said["y"] else None
    months = said["n"] or said["e"] or years or _NATIVE_MONTHS[said["w"]]
    if int(months) < 2:
        return None
    how = f"a monthly figure for {months} months (× {months})"
    unrounded = unrounded_expression(steps[-1])
    if unrounded is not None:
        # "over 6 months?" after a share shown as 5.75 (22.99 / 4): 34.49, never 34.50.
        return [*steps[:-1], f"{unrounded} * {months}"], how
    return [*steps, f"그걸 {months}배 하면"], how
