"""The figures a calculator reading uses, as numbers (for the checks that refuse a reading).

Several checks ask the same thing of the expression a form read from a question: which of
the question's figures did it use? ("8,900원" left out of "100 / 600"; the fee after
"plus" left out of "39 * 12"; the group size left out.) They compare values, not strings,
so "12.50" in the question and "12.5" in the expression are the same figure.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["figure_value", "figures_used"]

# A figure as an expression writes it: digits, an optional decimal part, no separators.
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def figure_value(figure: str) -> Decimal | None:
    """``figure`` as a number, or ``None`` when it is not one."""
    try:
        return Decimal(figure)
    except InvalidOperation:
        return None


def figures_used(expression: str) -> set[Decimal]:
    """The value of every figure ``expression`` writes."""
    return {v for f in _FIGURE.findall(expression) if (v := figure_value(f)) is not None}
