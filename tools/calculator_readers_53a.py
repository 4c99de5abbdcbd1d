"""The readers opens53a added to the calculator (sets 36 and 44), each with the unit its
answer is in.

Kept apart so :mod:`tools.calculator` stays one table of readers long: it splices these in
after opens52a's.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.calculator_forms_ko_53a import premium_hours_ko, supply_days_ko

__all__ = ["readers_53a"]


def readers_53a(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    del digits  # every reader here has one unit, whatever the question
    return (
        # "시급 만이천원인데 야간은 1.5배래 야간 4시간 일하면 얼마 받아".
        (premium_hours_ko, "원"),
        # "강아지 사료 15kg짜리 7만2천원인데 하루에 300g씩 먹이면 며칠 먹어": days.
        (supply_days_ko, "일"),
    )
