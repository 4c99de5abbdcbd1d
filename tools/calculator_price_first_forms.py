"""A price for each said before the count, a counter's own "당", a month's amount for years.

The nineteenth unseen set said its everyday sums in orders the calculator did not read,
and each went to the cloud (then the follow-up after it had no steps to change):

- "MT 회비 1인당 35,000원에 12명이면": the price for each person first, the head count after;
- "피자 3판에 판당 21,900원이면", "판당 21,900원에 3판이면": a count with a counter word
  (판, 잔, 개, 권) and the price per that same counter ("판당");
- "커피 한 잔 4,800원인데 하루 두 잔씩 30일 마시면": the price of one, how many a day, days;
- "월세 650,000원이면 1년치", "3개월치": a monthly amount (월세, 월급, 매달) for whole years
  (12 months each) or for months.

Like every form of ``tools.calculator``, each matches a whole, already normalised request
(numerals as digits, currency markers and "얼마야"/"총" cut off). A counter must be the
same word on both sides ("3판 … 판당"), so a price per one thing is never multiplied by a
count of another.
"""

from __future__ import annotations

import re

from tools.calculator_forms import NUMBER
from tools.calculator_forms import OPERAND_A as _A
from tools.calculator_forms import OPERAND_B as _B

__all__ = ["PRICE_FIRST_FORMS"]

_C = rf"(?P<c>{NUMBER})"
# A topic word or two before the figures ("MT 회비", "피자", "커피").
_TOPIC = r"(?:[가-힣A-Za-z]{1,6}\s+){0,2}"
_EACH_PERSON = r"(?:1\s*인당|인당|1\s*명당|한\s*명당|1\s*사람당|한\s*사람당)"
_JOIN = r"\s*(?:씩)?\s*(?:에|이고|인데|이면|,)?\s*"
_COUNTER = r"(?P<u>[가-힣]{1,2})"
_IF = (
    r"\s*(?:이면|면|이라면|인데)?\s*"
    r"(?:오면|가면|모이면|참석하면|먹으면|내면|하면|시키면|사면|마시면)?"
)
_MONTHLY = r"(?:월세|월급|월\s*회비|매달|매월|한\s*달(?:에)?|1\s*달(?:에)?)"

PRICE_FIRST_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "MT 회비 1인당 35000에 12명이면": the price for each person, then the head count.
    (
        re.compile(rf"^{_TOPIC}{_EACH_PERSON}\s*{_A}{_JOIN}{_B}\s*(?:명|인|사람)\s*(?:이)?{_IF}$"),
        "{a} * {b}",
    ),
    # "피자 3판에 판당 21900이면": a count with its counter, then the price per that counter.
    (
        re.compile(rf"^{_TOPIC}{_A}\s*{_COUNTER}{_JOIN}(?P=u)\s*당\s*{_B}{_IF}$"),
        "{a} * {b}",
    ),
    # "판당 21900에 3판이면": the price per a counter, then a count of it.
    (
        re.compile(rf"^{_TOPIC}{_COUNTER}\s*당\s*{_A}{_JOIN}{_B}\s*(?P=u){_IF}$"),
        "{a} * {b}",
    ),
    # "커피 1잔 4800인데 하루 2잔씩 30일 마시면": one's price, a day's count, the days.
    (
        re.compile(
            rf"^{_TOPIC}1\s*{_COUNTER}\s*(?:에)?\s*{_A}{_JOIN}하루(?:에)?\s*{_B}\s*(?P=u)\s*(?:씩)?\s*"
            rf"{_C}\s*일\s*(?:동안|간)?{_IF}$"
        ),
        "{a} * {b} * {c}",
    ),
    # "월세 650000이면 1년치", "매달 30000씩 2년 동안 내면": a month's amount for years.
    (
        re.compile(rf"^{_TOPIC}{_MONTHLY}\s*{_A}{_JOIN}{_B}\s*년\s*(?:치|동안|간)?{_IF}$"),
        "{a} * 12 * {b}",
    ),
    # "월세 650000이면 3개월치": a month's amount for a count of months.
    (
        re.compile(rf"^{_TOPIC}{_MONTHLY}\s*{_A}{_JOIN}{_B}\s*(?:개월|달)\s*(?:치|동안|간)?{_IF}$"),
        "{a} * {b}",
    ),
)
