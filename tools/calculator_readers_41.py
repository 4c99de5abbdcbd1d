"""The early readers set 41 added to the calculator, each with the unit its answer is in.

Kept apart so :mod:`tools.calculator` stays one table of readers long: it splices these in
after set 40's.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.calculator_period_count_41 import discounted_periods

__all__ = ["readers_41"]


def readers_41(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    money = "원" if "원" in digits else None
    return (
        # A price a period, a count of periods, a discount on the whole: "헬스 한달 6만원인데
        # 3개월 끊으면 15%할인" (a form read one month at 15% off).
        (discounted_periods, money),
    )
