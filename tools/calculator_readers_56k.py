"""The readers helper opens56k added to the calculator (set 47's Korean turns), each with the
unit its answer is in.

Kept apart so :mod:`tools.calculator` stays one table of readers long: it splices these in
after set 54's. Each reader lives in the module of its family; this is only their table.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.calculator_part_discounted import second_at_half
from tools.calculator_periods_to_target import deposits_to_target
from tools.calculator_quantities import volume_of_glasses

__all__ = ["readers_56k"]


def _expression(read: tuple[str, str] | None) -> str | None:
    return None if read is None else read[0]


def readers_56k(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    saved = deposits_to_target(digits)
    glasses = volume_of_glasses(digits)
    return (
        # "물 500미리 하루 8잔 마시면 몇리터야": the volume of the glasses, in the unit asked.
        (lambda _digits: _expression(glasses), glasses[1] if glasses else None),
        # "500만원 모으려면 매달 35만원씩 넣으면 몇달 걸려": whole deposits, rounded up.
        (lambda _digits: _expression(saved), saved[1] if saved else None),
        # "피자 한판 25900원인데 두번째판은 반값이래 두판 시키면 총 얼마": full plus half.
        (second_at_half, "원"),
    )
