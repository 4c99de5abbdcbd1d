"""The early readers opens50a added to the calculator for sets 8 to 29, each with the unit
its answer is in.

Kept apart so :mod:`tools.calculator` stays one table of readers long: it splices these in
after set 41's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.calculator_each_doing_sessions_50a import each_doing_sessions
from tools.calculator_fuel_use_50a import fuel_use_in_miles, fuel_use_per_100km
from tools.calculator_hours_by_day_50a import hours_by_day_pay
from tools.calculator_instalment_months_50a import instalment_over_months
from tools.calculator_interest_months_50a import (
    simple_interest_loan_monthly,
    simple_interest_over_months,
)
from tools.calculator_pass_per_visit_50a import pass_price_per_use
from tools.calculator_rent_prorated_50a import rent_for_days_lived
from tools.calculator_sessions_ko_50a import sessions_a_month_in_won, sessions_a_week_in_won
from tools.calculator_sum_forms_50a import (
    each_gets_at_price,
    fill_time_minutes,
    fuel_less_discount_per_litre,
    round_trip_fare_days,
    takings_at_price,
)
from tools.calculator_two_services_per_unit_50a import two_services_each

__all__ = ["readers_50a"]


def readers_50a(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    won = "원" in digits or re.search(r"\bwon\b", digits, re.I) is not None
    money = "원" if won else "$" if "$" in digits else None
    return (
        # "… 4.5% simple interest, how much interest after 8 months": a yearly rate, months.
        (simple_interest_over_months, money),
        # "borrowing 12,000 at 5% simple interest a year for 2 years, paid back monthly over
        # the 24 months. monthly payment?" (calc60).
        (simple_interest_loan_monthly, money),
        # "노트북 150만 원 6개월 할부 수수료 총 3% 붙으면 한 달에 얼마씩": the parts reader's form.
        (instalment_over_months, "원"),
        # "월세 62만 원인데 이번 달 30일 중에 12일만 살고 나가면 일할로 얼마".
        (rent_for_days_lived, "원"),
        # "리터당 100원 빠지는데 휘발유 1,720원일 때 40리터 넣으면 얼마".
        (fuel_less_discount_per_litre, "원"),
        # "I drove 412 km on 29.5 liters, what's my fuel use per 100 km".
        (fuel_use_per_100km, None),
        (fuel_use_in_miles, None),  # mpg, or l/100km, of miles and gallons (opens55e)
        # "karting is 28 per 10-lap session and 5 of us are each doing 2 sessions, total?".
        (each_doing_sessions, money),
        # "the vending machine sells cans at 1.75 and it sold 96 this week, what did it take in".
        (takings_at_price, money),
        # "my garden hose puts out 14 liters a minute, how long to fill a 1,134 liter pool".
        (fill_time_minutes, "min"),
        # "open bar: each of the 60 guests gets 2 drinks at 7.50, what's the bar bill".
        (each_gets_at_price, money),
        # "a 10-class pass is 180 dollars, what's that per class".
        (pass_price_per_use, money),
        # "… 18.40 an hour and did 6 hours saturday and 7.5 hours sunday, what did I make".
        (hours_by_day_pay, money),
        # "피아노 레슨 월 4회에 한 번 45,000원이면 한 달 레슨비 얼마야".
        (sessions_a_month_in_won, "원"),
        # "골프연습장 타석 1시간 15,000원 주3회 4주 다니면 얼마".
        (sessions_a_week_in_won, "원"),
        # "필름 현상 한 롤 6,000원 스캔 한 롤 4,000원 세 롤 다 맡기면 얼마야".
        (two_services_each, "원"),
        # "지하철 1,550원 출퇴근 왕복으로 한달에 22일 타면 교통비 얼마".
        (round_trip_fare_days, "원"),
    )
