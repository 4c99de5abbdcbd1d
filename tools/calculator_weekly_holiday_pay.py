"""주휴수당 (paid weekly rest) in a Korean wage question: added, or the question declined.

"시급 10030원 주5일 하루 8시간 일하면 주휴수당 포함해서 주급 얼마야" was answered '401,200원'
(blind set 33): the wage for the hours worked, with the 주휴수당 the question asks to include
dropped. Under the Labour Standards Act a worker with 15 or more contracted hours a week is
paid for one more day of rest: the weekly hours (up to 40) / 40 × 8 hours at the hourly wage.
When the question names 주휴 and asks the week's pay with it ("포함", "까지", "합쳐서") and the
reading is the wage × hours a day × days a week, the rest hours are added (481,440원). Any
other reading of a question naming 주휴 (a month's pay, a shape this rule does not know) is
declined: the sum without it answers another question.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["weekly_holiday_pay"]

_NAMED = LazyPattern(r"주휴")
_INCLUDED = LazyPattern(r"주휴\s*(?:수당)?\s*(?:까지|도|을|를)?\s*(?:포함|합쳐|더해|넣어|까지)")
_WEEK_ASKED = LazyPattern(
    r"주급|일주일에?\s*(?:얼마|총)|한\s*주에?\s*(?:얼마|총)|주당\s*(?:얼마|총)"
)
_WAGE_HOURS_DAYS = re.compile(
    r"^\s*(?P<w>\d+(?:\.\d+)?)\s*\*\s*(?P<a>\d+(?:\.\d+)?)\s*\*\s*(?P<b>\d+(?:\.\d+)?)\s*$"
)
# "시급 10,030원에 주 20시간": the week's hours said at once (set 37), the wage times them.
_WAGE_WEEKLY_HOURS = re.compile(r"^\s*(?P<w>\d+(?:\.\d+)?)\s*\*\s*(?P<h>\d+(?:\.\d+)?)\s*$")
_HOURS_A_WEEK = LazyPattern(r"(?:주|일주일에?|한\s*주에?)\s*(?P<h>\d+(?:\.\d+)?)\s*시간")
# Fewer contracted hours a week than this earn no 주휴수당.
_MIN_WEEKLY_HOURS = Decimal(15)
_FULL_WEEK = Decimal(40)


def weekly_holiday_pay(question: str, source: str) -> str | None:
    """The week's pay with 주휴수당 when ``question`` asks it; None when 주휴 is not named.

    Args:
        question: The question as the user typed it.
        source: The arithmetic a form read from it.

    Raises:
        ToolInputError: 주휴 is named but the reading is not one this rule can complete.
    """
    if not _NAMED.search(question):
        return None
    read = _WAGE_HOURS_DAYS.match(source)
    weekly = _weekly_hours(question, source) if read is None else None
    if (read is None and weekly is None) or not (
        _INCLUDED.search(question) and _WEEK_ASKED.search(question)
    ):
        raise ToolInputError(
            "주휴수당이 들어간 계산은 이 형태로 읽지 못했습니다: "
            "주급을 시급·시간·일수로 적어 주세요"
        )
    if weekly is not None:
        wage, said = weekly
        worked, hours = f"{wage} * {said}", Decimal(said)
    else:
        assert read is not None
        wage, worked = read["w"], f"{read['w']} * {read['a']} * {read['b']}"
        hours = Decimal(read["a"]) * Decimal(read["b"])
    if hours < _MIN_WEEKLY_HOURS or hours > 7 * 24:
        raise ToolInputError(
            "주 15시간 미만이면 주휴수당이 없습니다: 시급 × 시간으로 다시 물어 주세요"
        )
    rest = min(hours, _FULL_WEEK) / _FULL_WEEK * 8
    return f"{worked} + {wage} * {rest.normalize()}"


def _weekly_hours(question: str, source: str) -> tuple[str, str] | None:
    """The wage and the week's hours, when the reading is the wage times the hours said as
    hours a week ("주 20시간"), else None."""
    read = _WAGE_WEEKLY_HOURS.match(source)
    said = _HOURS_A_WEEK.search(question)
    if read is None or said is None or Decimal(read["h"]) != Decimal(said["h"]):
        return None
    return read["w"], read["h"]
