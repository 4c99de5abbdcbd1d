"""The readers helper opens54e added to the calculator (set 45), each with the unit its
answer is in.

Kept apart so :mod:`tools.calculator` stays one table of readers long: it splices these in
after set 53's.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.calculator_priced_area_54e import priced_area_cost
from tools.calculator_salary_paycheck_54e import paycheck_amount_over_years, salary_per_paycheck
from tools.calculator_save_to_target_54e import periods_to_save, periods_to_save_unit

__all__ = ["readers_54e"]


def readers_54e(
    digits: str, expression: str
) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    ``expression`` is the question before the numerals were read, for a reader that must
    see a room's sides with their unit ("14 ft"). Looked up at call time, so a test can
    switch one reader off in this module.
    """
    money = "$" if "$" in digits else None
    return (
        # "if i save 250 a week how many weeks till i have 6000": weeks.
        (periods_to_save, periods_to_save_unit(digits)),
        # "85k salary, how much is each paycheck if im paid biweekly".
        (salary_per_paycheck, money),
        # "if i save 250 every paycheck and i get paid twice a month … after a year" (55e).
        (paycheck_amount_over_years, money),
        # "carpet is 3.25 a sq ft and the room is 12 by 14 ft, how much".
        (lambda _digits: priced_area_cost(expression), money),
    )
