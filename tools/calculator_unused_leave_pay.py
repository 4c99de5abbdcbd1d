"""연차수당: unused annual leave paid at the day's wage, the days left times the daily pay.

Blind set 37: "내 일급이 십이만원인데 못쓴 연차 7일 남았으면 연차수당 얼마 나와" went to the
documents, which said only that unused leave is paid (leave_policy.md names 수당, no
amount), and was declined. With the daily wage said (일급, 하루 임금, 1일 통상임금) the
allowance is that wage for each day left (120,000 × 7 = 840,000원). The reader answers only
with exactly these two figures; a monthly salary (which needs the days it is divided by)
or an hourly wage is declined, since the rule to turn it into a day's pay is not said.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["unused_leave_pay"]

_N = r"\d+(?:\.\d+)?"
_ALLOWANCE = LazyPattern(r"연차\s*(?:휴가\s*)?수당|미사용\s*연차|남은\s*연차|못\s*쓴\s*연차")
_DAILY = LazyPattern(
    rf"(?:일급|하루\s*(?:임금|급여|일당)|1\s*일\s*(?:통상\s*)?임금|일\s*통상\s*임금|일당)"
    rf"\s*(?:이|은|는|가)?\s*(?P<w>{_N})\s*원"
)
_DAYS = LazyPattern(rf"(?:연차|휴가)\s*(?:가|를|이)?\s*(?P<d>{_N})\s*(?:일|개)")
_OTHER_WAGE = LazyPattern(r"월급|연봉|시급|월\s*통상")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def unused_leave_pay(question: str) -> str | None:
    """ "120000 * 7" for a 연차수당 asked of a daily wage and the days left, else None.

    Args:
        question: The question with its numerals as digits.

    Raises:
        ToolInputError: A 연차수당 asked with figures this reader cannot all place.
    """
    if not (_ALLOWANCE.search(question) and re.search(r"얼마|총|계산", question)):
        return None
    daily, days = _DAILY.search(question), _DAYS.search(question)
    if daily is None or days is None or _OTHER_WAGE.search(question):
        raise ToolInputError("연차수당은 하루 임금(일급)과 남은 연차 일수를 적어 주세요")
    placed = sorted([daily.span("w"), days.span("d")])
    if placed != [f.span() for f in _FIGURE.finditer(question)]:
        raise ToolInputError("일급과 남은 연차 일수 말고 다른 숫자가 있어 계산하지 않았습니다")
    return f"{daily['w']} * {days['d']}"
