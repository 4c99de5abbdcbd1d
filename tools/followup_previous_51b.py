"""What opens51b's follow-up rules need of the previous turn: its one step with numerals as
digits when a given reader reads it, and the calculator's reading of a rebuilt question."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from core.errors import ToolInputError
from tools.calculator_result import CalcResult
from tools.korean_numbers import normalize_numerals

__all__ = ["calculated", "one_step_read_by"]


def one_step_read_by(
    steps: Sequence[str], reader: Callable[[str], object | None] | None = None
) -> str | None:
    """The previous turn's one step, numerals as digits, if ``reader`` reads it; else None.

    Args:
        steps: The previous turn's step texts (a chain of several is no single question).
        reader: The calculator reader that must read the step (``None``: any step).
    """
    if len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    return step if reader is None or reader(step) is not None else None


def calculated(question: str) -> CalcResult | None:
    """The calculator's reading of ``question``, or ``None`` when it declines."""
    # Imported here: tools.calculator imports readers that these rules lean on.
    from tools.calculator import calculate

    try:
        return calculate(question)
    except ToolInputError:
        return None
