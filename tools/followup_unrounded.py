"""The arithmetic of a step whose answer was shown rounded to the cent.

"22.99 a month split 4 ways, how much each" is answered 5.75 (22.99 / 4 = 5.7475). Twelve
or six months of that share are 22.99 / 4 × 12 = 68.97 and × 6 = 34.49; the rounded 5.75
times the months gives 69 and 34.50, a few cents wrong. A rule that multiplies the result
over a span uses this expression instead of the rounded answer when there is one.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.errors import ToolInputError
from tools.calculator import calculate, to_expression

__all__ = ["unrounded_expression"]

_CENT = Decimal("0.01")
_WORD = re.compile(r"[^\W\d_]+")
_FUNCTIONS = frozenset({"sqrt", "round", "floor", "ceil", "pi"})


def unrounded_expression(step: str) -> str | None:
    """The calculator's expression for ``step`` when its value has more than cents.

    ``None`` when the step is no plain arithmetic, carries a unit the bare expression
    would drop (원, a currency), or its value is exact as shown.
    """
    try:
        expression, unit = to_expression(step)
        if _words_left(expression):
            # No form read the step but one of the calculator's early readers may have
            # ("22.99 a month and we split it 4 ways, how much each"): the arithmetic it
            # ran, never the sentence with "* 12" after it.
            result = calculate(step)
            expression, unit = result.expression, result.unit
        value = calculate(expression).value
    except ToolInputError:
        return None
    if unit is not None or value == value.quantize(_CENT):
        return None
    return expression


def _words_left(expression: str) -> bool:
    """Whether ``expression`` still holds words other than the evaluator's functions."""
    return any(word.lower() not in _FUNCTIONS for word in _WORD.findall(expression))
