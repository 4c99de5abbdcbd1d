"""Two equal figures of a question read as one by the reading of it.

The checks that refuse a reading dropping an amount (``tools.calculator_plus_dropped``,
``tools.calculator_listed_amounts``) look the values a reading uses up in a set, so two
equal figures counted as one: "a gym is 30 a month plus a 30 joining fee, how much for 6
months" was read as "30 * 6" and answered 180, the fee's 30 taken as used because the
monthly 30 was. A pair of equal figures is used whole only when the reading writes the
figure twice.

(Only an equal pair is counted: a figure stated again elsewhere may be worked into another
one, "5 for the first hour … 5 hours" written as the 4 hours after the first.)
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.expression_figures import figure_value

__all__ = ["equal_pair_read_as_one"]

# A figure as an expression writes it.
_WRITTEN = re.compile(r"\d+(?:\.\d+)?")


def equal_pair_read_as_one(expression: str, first: Decimal, second: Decimal) -> bool:
    """Whether ``first`` and ``second`` are equal and ``expression`` writes them once at most.

    Args:
        expression: The expression a form read from the question.
        first: The pair's earlier figure.
        second: Its later figure.
    """
    if first != second:
        return False
    return sum(1 for f in _WRITTEN.findall(expression) if figure_value(f) == first) < 2
