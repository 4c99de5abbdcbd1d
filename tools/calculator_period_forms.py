"""The forms the calculator reads before it strips a leading label ("연봉", "월급", "가로").

Here the label is the point: "연봉 4,200만 원이면 월급은" asks a year's pay per month, "가로
4.5, 세로 3.2" an area, "$2,880 for 160 hours ... per hour" a rate. Like
:data:`tools.calculator_forms.VERB_FORMS`, each form matches a whole, already normalised
request and gives a template over its operands; ``tools.calculator`` tries these first.
"""

from __future__ import annotations

import re

from tools.calculator_forms import NUMBER
from tools.calculator_forms import OPERAND_A as _A
from tools.calculator_forms import OPERAND_B as _B

__all__ = ["PERIOD_FORMS"]

# A pay or price per period asked for another period: "연봉 4,200만 원이면 월급은 세전
# 얼마?" (÷ 12), "월급 250만 원이면 연봉은?" (× 12), "$45 a month ... per year?" (× 12).
# Before-tax only: after tax needs rates code does not hold.
_MONTHS_A_YEAR = "12"
# Charges billed every month alongside a rent or a salary's costs.
_MONTHLY_CHARGES = (
    r"관리비|공과금|전기세|전기료|수도세|수도료|가스비|가스요금|인터넷\s*(?:비|요금)?|통신비|주차비"
    r"|보험료|구독료"
)
PERIOD_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            rf"^(?:연봉|연간|1년에|일\s*년에|1년)\s*{_A}\s*(?:이면|인데|일\s*때|라면)?\s*,?\s*"
            r"(?:세전\s*)?(?:월급|월|한\s*달|1\s*달|매달|달마다)(?:에|은|는|이|가|으로|로)?\s*(?:세전\s*)?$"
        ),
        "{a} / " + _MONTHS_A_YEAR,
    ),
    (
        re.compile(
            # "한 달 구독료가 12900이면": what is paid monthly may be named.
            rf"^(?:월급|월|한\s*달에?|1\s*달에?|매달)\s*(?:[가-힣]{{1,6}}(?:이|가|은|는)?\s*)?"
            rf"{_A}\s*(?:이면|인데|일\s*때|라면)?\s*,?\s*"
            r"(?:연봉|1년|일\s*년|연간|1년에)(?:은|는|으로|로|에)?\s*(?:세전\s*)?"
            # "연봉으로 치면": counted as a year's pay.
            r"(?:치면|환산하면|따지면|계산하면)?\s*$"
        ),
        "{a} * " + _MONTHS_A_YEAR,
    ),
    # "월세 65만원에 관리비 8만원이면 1년에 총 얼마": a monthly amount and a charge billed
    # with it, over a year. Only charges that recur monthly: a deposit (보증금) or a
    # one-off fee added to a month's rent is paid once, not twelve times.
    (
        re.compile(
            rf"^(?:월세|월급|월|매달|매월|한\s*달에?)\s*{_A}\s*(?:에|에다|하고|이랑|랑|,)\s*"
            rf"(?:{_MONTHLY_CHARGES})\s*(?:이|가|은|는)?\s*{_B}\s*(?:이면|면|인데|일\s*때|라면)?\s*,?\s*"
            r"(?:1\s*년|일\s*년|한\s*해|연간)\s*(?:에|이면|동안|치)?\s*$"
        ),
        "({a} + {b}) * " + _MONTHS_A_YEAR,
    ),
    # "한 달 구독료가 12900이면 3년에": that many years of months.
    (
        re.compile(
            rf"^(?:월급|월|한\s*달에?|1\s*달에?|매달)\s*(?:[가-힣]{{1,6}}(?:이|가|은|는)?\s*)?"
            rf"{_A}\s*(?:이면|인데|일\s*때|라면)?\s*,?\s*{_B}\s*년\s*(?:약정|계약|할부)?\s*"
            r"(?:에|이면|면|동안|은|는)?\s*$"
        ),
        "{a} * " + _MONTHS_A_YEAR + " * {b}",
    ),
    # No figure between the period stated and the one asked: "1,842 a year paid over 10
    # months, split 3 ways ... per month" (set 36) was read 1842 / 12, the 10 and 3 dropped.
    (
        re.compile(
            rf"^.*?{_A}\s*(?:a|per|each|every)\s+month\b[^?\d]*?"
            r"\b(?:per|a|each|every|in\s+a|for\s+a)\s+year$",
            re.I,
        ),
        "{a} * " + _MONTHS_A_YEAR,
    ),
    (
        re.compile(
            rf"^.*?{_A}\s*(?:a|per|each|every)\s+year\b[^?\d]*?"
            r"\b(?:per|a|each|every|in\s+a|for\s+a)\s+month$",
            re.I,
        ),
        "{a} / " + _MONTHS_A_YEAR,
    ),
    # "가로 4.5, 세로 3.2 방의 넓이": the area of a rectangle (the unit is squared by the caller).
    (
        re.compile(
            # "방이 가로 3.6, 세로 2.5인데 몇 제곱미터야": the area asked in its unit.
            rf"^(?:[가-힣]{{1,4}}(?:이|가|은|는|의)?\s+)?가로\s*(?:가|는)?\s*{_A}\s*(?:,|이고|에)?"
            rf"\s*세로\s*(?:가|는)?\s*{_B}\s*(?:인데|이면|인|면)?\s*(?:[가-힣]{{1,4}}\s*)?(?:의\s*)?"
            r"(?:넓이|면적|몇\s*(?:제곱미터|평방미터|m2|㎡|평)(?:야|예요|이야|인가요)?)(?:은|는)?$"
        ),
        "{a} * {b}",
    ),
    # "I earn $2,880 for 160 hours of work. What is that per hour?": a total over a count.
    (
        re.compile(
            rf"^.*?\b(?:earn|make|made|get|got|paid|pay|spend|spent)\s+{_A}\s+(?:for|in|over)\s+"
            rf"{_B}\s+(?P<u>hour|day|week|month|night|shift)s?\b[^?]*?\b(?:per|an?|each)\s+(?P=u)$",
            re.I,
        ),
        "{a} / {b}",
    ),
    # "... $2,880 for 160 hours of work. How much for 200 hours?": that rate, another count.
    (
        re.compile(
            rf"^.*?\b(?:earn|make|made|get|got|paid|pay|spend|spent)\s+{_A}\s+(?:for|in|over)\s+"
            rf"{_B}\s+(?P<u>hour|day|week|month|night|shift)s?\b[^?]*?\bhow\s+much\s+for\s+"
            rf"(?P<c>{NUMBER})\s+(?P=u)s?$",
            re.I,
        ),
        "{a} / {b} * {c}",
    ),
    # "A hotel room is $120 per night. How much for 3 nights?": a rate times a count.
    (
        re.compile(
            rf"^.*?{_A}\s*(?:a|per|each|every)\s+(?P<u>night|day|hour|week|month|person|ticket)"
            rf"\b[^?]*?\bfor\s+{_B}\s+(?P=u)s?$",
            re.I,
        ),
        "{a} * {b}",
    ),
)
