"""The early readers set 40 added to the calculator, each with the unit its answer is in.

Kept apart so :mod:`tools.calculator` stays one table of readers long (under the ~400
lines a file keeps to): it splices these in after its own.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.calculator_amount_for_units import amount_for_units, money_unit_named
from tools.calculator_share_of_pay_saved import share_of_pay_saved
from tools.calculator_whole_at_steady_pace import whole_at_steady_pace, whole_pace_unit

__all__ = ["readers_40"]


def readers_40(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    return (
        # An amount for several of a unit, one of them asked: "240 bucks for 3 nights,
        # whats that per night".
        (amount_for_units, money_unit_named(digits)),
        # A whole at a steady amount a period, "2000개를 하루에 50개씩 … 며칠".
        (whole_at_steady_pace, whole_pace_unit(digits)),
        # A share of a monthly pay saved, over a span: "월급 … 30%씩 저축하면 1년에".
        (share_of_pay_saved, "원"),
    )
