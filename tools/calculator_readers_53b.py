"""The readers helper opens53b added to the calculator (sets 43 and 44), each with the unit
its answer is in.

Kept apart so :mod:`tools.calculator` stays one table of readers long: it splices these in
after set 52's.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.calculator_meal_for_group_53b import meal_for_group_each
from tools.calculator_outright_or_monthly_53b import monthly_over_outright
from tools.calculator_salary_share_53b import salary_share_put_in

__all__ = ["readers_53b"]


def readers_53b(
    digits: str, expression: str
) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    ``expression`` is the question before the numerals were read, for a reader that must
    see an account's name ("401k") as written. Looked up at call time, so a test can
    switch one reader off in this module.
    """
    money = "$" if "$" in digits else None
    return (
        # "dinner for 6 came to 248, add 18% tip and split evenly, how much each".
        (meal_for_group_each, money),
        # "phone costs 1,099 outright or 45.80 a month for 24 months, how much more …".
        (monthly_over_outright, money),
        # "i make 72k a year and put 6% in my 401k, how much is that a year".
        (lambda _digits: salary_share_put_in(expression), money),
    )
