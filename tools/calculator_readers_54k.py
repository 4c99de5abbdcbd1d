"""The readers helper opens54k added to the calculator (set 45's Korean turns), each with the
unit its answer is in.

Kept apart so :mod:`tools.calculator` stays one table of readers long: it splices these in
after set 53's.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.calculator_left_after_spent_54k import left_after_share_spent, left_after_share_spent_en
from tools.calculator_scaled_by_count_54k import amount_scaled_by_count, amount_scaled_by_count_en
from tools.calculator_stride_distance_54k import distance_from_stride, distance_from_stride_en

__all__ = ["readers_54k"]


def _expression(read: tuple[str, str] | None) -> str | None:
    return None if read is None else read[0]


def readers_54k(
    digits: str, expression: str
) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    ``expression`` is the question as typed, for a reader whose figures the numerals
    reader does not read ("만오천보"). Looked up at call time, so a test can switch one
    reader off in this module.
    """
    scaled = amount_scaled_by_count(digits) or amount_scaled_by_count_en(digits)
    walked = distance_from_stride(expression) or distance_from_stride_en(expression)
    return (
        # "배추 3포기에 고춧가루 600g 들어가면 5포기는 몇그람": 600 x 5 / 3, in grams.
        (lambda _digits: _expression(scaled), scaled[1] if scaled else None),
        # "용돈 35만원인데 벌써 40% 썼어 남은돈 얼마야": what is left after the share spent.
        (left_after_share_spent, "원"),
        # "my allowance is 350 and i already spent 40%, how much is left".
        (left_after_share_spent_en, "$" if "$" in digits else None),
        # "보폭 70cm면 만보 걸으면 몇키로": the stride times the steps, in km or m.
        (lambda _digits: _expression(walked), walked[1] if walked else None),
    )
