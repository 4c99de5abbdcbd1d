"""The early readers helper opens50b added to the calculator (sets 30 to 41), each with the
unit its answer is in.

Kept apart so :mod:`tools.calculator` stays one table of readers long: it splices these in
after set 41's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.calculator_add_on_counted_50b import add_on_counted_in_times
from tools.calculator_average_speed_50b import average_speed_ko
from tools.calculator_chipped_share_50b import chipped_in_share, part_of_fare_ridden
from tools.calculator_day_cap_50b import capped_a_day
from tools.calculator_interest_kinds_50b import compound_interest_named_en, simple_interest_held_ko
from tools.calculator_monthly_list_yearly_50b import monthly_list_for_a_year
from tools.calculator_overtime_hours_50b import overtime_hours_pay
from tools.calculator_per_workday_60m import price_per_day_over_days
from tools.calculator_pooled_left_50b import pooled_less_cost
from tools.calculator_service_charge_50b import service_charge_as_tip
from tools.calculator_split_ways_50b import amounts_split_by_heads, period_price_split_ways

__all__ = ["readers_50b"]

_WON = re.compile(r"원|₩|\bwon\b", re.IGNORECASE)
_DOLLARS = re.compile(r"\$|\bdollars?\b|\bbucks\b", re.IGNORECASE)


def readers_50b(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    dollars = "$" if _DOLLARS.search(digits) else None
    money = "원" if _WON.search(digits) else dollars
    return (
        # "160km인데 2시간 걸렷으면 평균 시속 몇": the distance over the time it took.
        (average_speed_ko, "km/h"),
        # "천만원을 연 5% 단리로 3년 두면 얼마 돼": the principal with its simple interest.
        (simple_interest_held_ko, "원"),
        # "5000 dollars at 4% compound interest for 3 years": grown, never simple interest.
        (compound_interest_named_en, dollars),
        # "22.99 a month and we split it 4 ways, how much each per month": price / sharers.
        (period_price_split_ways, dollars),
        (amounts_split_by_heads, dollars),  # "2380 + 175 cleaning, 7 of us. per person?" (55e)
        # "주차 30분에 1500원이고 하루 최대 2만원이면 3시간": the charge, or the cap if higher.
        (capped_a_day, money),
        # "1박 3만5천원이고 목욕 추가하면 만오천원인데 2박하고 목욕 한번": the add-on per time.
        (add_on_counted_in_times, "원"),
        # "collected a tenner each from 7 people … the present was 58.99, how much is left".
        (pooled_less_cost, money),
        # "worked 40 hours plus 6 hours overtime at time and a half": regular + overtime.
        (overtime_hours_pay, dollars),
        # "we're chipping in …, it's 270 and there are 6 of us, how much each": 270 / 6.
        (chipped_in_share, dollars),
        (part_of_fare_ridden, dollars),  # "in it for 2/3 of the ride, what should i chip in"
        # "15.49, 10.99 and 7.99 a month, what's that for a year": their sum x 12.
        (monthly_list_for_a_year, dollars),
        # "5.25 every workday, about 21 workdays a month. monthly spend?": 5.25 x 21 (52).
        (price_per_day_over_days, money),
        # "… plus 18% service, what's the bill": read as "plus 18% tip".
        (service_charge_as_tip, money),
    )
