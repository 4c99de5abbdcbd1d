"""The early readers helper opens52b added to the calculator (sets 36 to 43), each with the
unit its answer is in.

Kept apart so :mod:`tools.calculator` stays one table of readers long: it splices these in
after set 51's.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.calculator_clock_span_days_52b import clock_span_days_a_week
from tools.calculator_paid_over_months_52b import yearly_paid_over_months
from tools.calculator_points_vouchers_52b import vouchers_redeemed
from tools.calculator_prices_per_use_52b import prices_per_use_week
from tools.calculator_round_trip_group_52b import round_trip_for_group

__all__ = ["readers_52b"]


def readers_52b(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    money = "원" if "원" in digits else "$" if "$" in digits else None
    return (
        # "1,842 a year paid over 10 months, split 3 ways …, whats each per month".
        (yearly_paid_over_months, money),
        # "6.75 an hour … from 8 till 5:30, 3 days a week. how much a week?".
        (clock_span_days_a_week, money),
        # "4.25 per wash and 2.50 per dry, i do 3 loads a week, what's that a month if a month
        # is 4 weeks".
        (prices_per_use_week, money),
        # "ive got 4,350 points and every 500 points gets you a £5 voucher, how much can i redeem".
        (vouchers_redeemed, money),
        # "KTX … 편도 59,800원인데 부모님 두분 경로 30% 할인 받으면 왕복 얼마야".
        (round_trip_for_group, "원"),
    )
