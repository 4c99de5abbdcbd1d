"""전월세 전환: a deposit turned into monthly rent at a yearly conversion rate, or back.

Blind set 37: "보증금 1억을 월세로 돌리면 전환율 연5%일때 월세 얼마 더 내야돼?" was answered
'5,000,000' (the percent reader took 5% of the deposit: a year's rent, asked per month).
A 전환율 is a yearly rate, so the monthly rent a deposit becomes is deposit × rate / 12
(1억 × 5% / 12 = 416,667원). The other way (set 34, "보증금 1000만원에 월세 50만원인데
전환율 5%로 전세로 바꾸면 전세금"), the rent of a year over the rate is the deposit it
becomes, added to the deposit already held (1,000만 + 50만 × 12 / 5% = 1억 3천만원).

The reader answers only when every figure has its role: the amount converted and the rate
(and, for 전세, the deposit held). A sentence with another figure, or a 전환율 with no
direction said (월세로 / 전세로), is declined rather than read as a plain percent.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = ["deposit_converted_as", "rent_conversion_expression"]

_N = r"\d+(?:\.\d+)?"
_RATE_WORD = LazyPattern(r"전환율|전환\s*이율")
_RATE = LazyPattern(rf"(?:전환율|전환\s*이율)\s*(?:은|이|는|을|를)?\s*(?:연\s*)?(?P<r>{_N})\s*%")
_RATE_BEFORE = LazyPattern(rf"(?:연\s*)?(?P<r>{_N})\s*%\s*(?:의\s*)?(?:전환율|전환\s*이율)")
# 보증금 -> 월세: "보증금 1억을 월세로 돌리면/전환하면/바꾸면".
_TO_MONTHLY = LazyPattern(
    rf"(?:보증금|전세금?)\s*(?:에서|중에?)?\s*(?P<d>{_N})\s*원?\s*(?:을|를|만)?\s*월세로\s*"
    r"(?:돌리|전환|바꾸|바꿔|내리)"
)
# 월세 -> 전세: "보증금 1000만원에 월세 50만원인데 … 전세로 바꾸면".
_TO_DEPOSIT = LazyPattern(r"전세로\s*(?:돌리|전환|바꾸|바꿔|올리)")
_HELD = LazyPattern(rf"보증금\s*(?P<d>{_N})\s*원?")
_MONTHLY_RENT = LazyPattern(rf"월세\s*(?:가|는|은)?\s*(?P<m>{_N})\s*원?")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
# A conversion said with a percent but no 전환율 word ("보증금 1억인데 월세로 전환하면 5%로 월
# 얼마"): the percent reader took 5% of the deposit, a year's rent, asked per month.
_DIRECTION = LazyPattern(r"(?:월세|전세)로\s*(?:돌리|돌려|전환|바꾸|바꿔|내리|올리)")
_PERCENT = LazyPattern(r"\d\s*(?:%|퍼센트|프로)")
# "1억만 월세로": 만 is "only" or part of the amount (the numeral reader makes it 1억 1만);
# with no 원 between, which one is not written, so the question is declined.
_MAN_UNCLEAR = LazyPattern(r"[억천백십\d]\s*만\s*(?:을|를)?\s*(?:월세로|전세로)")


def _rate(question: str) -> re.Match[str] | None:
    return _RATE.search(question) or _RATE_BEFORE.search(question)


def _every_figure(question: str, spans: list[tuple[int, int]]) -> bool:
    return sorted(spans) == [f.span() for f in _FIGURE.finditer(question)]


def rent_conversion_expression(question: str) -> str | None:
    """The arithmetic of a 전월세 전환 question, or None when it is no such question.

    Args:
        question: The question as asked, or with its numerals as digits.

    Raises:
        ToolInputError: A 전환율 question whose figures this reader cannot all place.
    """
    if not _RATE_WORD.search(question):
        if _DIRECTION.search(question) and _PERCENT.search(question):
            raise ToolInputError(
                "보증금을 월세로(또는 월세를 전세로) 바꾸는 계산은 '전환율 연 5%'처럼 "
                "전환율을 적어 주세요"
            )
        return None
    if _MAN_UNCLEAR.search(question):
        raise ToolInputError(
            "'억만'은 금액인지 '~만'인지 알 수 없습니다: 금액 뒤에 원을 붙여 주세요"
        )
    question = normalize_numerals(question)
    rate = _rate(question)
    to_monthly, to_deposit = _TO_MONTHLY.search(question), _TO_DEPOSIT.search(question)
    if rate is None or (to_monthly is None) == (to_deposit is None):
        raise ToolInputError(
            "전환율 계산은 보증금을 월세로, 또는 월세를 전세로 바꾸는지 적어 주세요"
        )
    r = rate["r"]
    if float(r) <= 0:
        raise ToolInputError("전환율은 0보다 커야 합니다")
    if to_monthly is not None:
        if not _every_figure(question, [to_monthly.span("d"), rate.span("r")]):
            raise ToolInputError("전환할 보증금과 전환율 말고 다른 숫자가 있어 계산하지 않았습니다")
        return f"{to_monthly['d']} * {r} / 100 / 12"
    rent = _MONTHLY_RENT.search(question)
    if rent is None:
        raise ToolInputError("전세로 바꿀 월세 금액을 적어 주세요")
    held = _HELD.search(question)
    spans = [rent.span("m"), rate.span("r"), *([held.span("d")] if held else [])]
    if not _every_figure(question, spans):
        raise ToolInputError("보증금, 월세, 전환율 말고 다른 숫자가 있어 계산하지 않았습니다")
    converted = f"{rent['m']} * 12 * 100 / {r}"
    return f"{held['d']} + {converted}" if held else converted


def deposit_converted_as(question: str, deposit: str) -> str | None:
    """``question`` (보증금 -> 월세) with ``deposit`` as the amount converted, if read here."""
    try:
        if rent_conversion_expression(question) is None:
            return None
    except ToolInputError:
        return None
    converted = _TO_MONTHLY.search(question)
    if converted is None:
        return None
    return f"{question[: converted.start('d')]}{deposit}{question[converted.end('d') :]}"
