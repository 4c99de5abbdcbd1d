"""A reading that drops an amount added with "plus" answers without it.

"the gym is 39 a month plus a 49 sign-up fee, what's that for 12 months" was read by a form
for "N a month … for 12 months" as "39 * 12" and answered 468 (found writing set 32): the fee
added with "plus" was never used. :mod:`tools.calculator_listed_amounts` refuses a reading
that drops the *earlier* of two listed amounts; after "plus" the later one is as much a part
of the sum, so a reading that uses the earlier and not the later is skipped too (and a reader
that composes both, :mod:`tools.price_total`, can read it).
"""

from __future__ import annotations

import re

from tools.calculator_figure_counts import equal_pair_read_as_one
from tools.expression_figures import figure_value, figures_used

__all__ = ["plus_item_dropped"]

# Two figures with "plus" between them and words only (no figure, no percent).
_PLUS_PAIR = re.compile(
    r"(?<![\d.A-Za-z])(?P<first>\d+(?:\.\d+)?)(?!\s*%)(?![\d.])"
    r"(?P<between>[^\d%]{0,40}?\bplus\b[^\d%]{0,30}?)"
    r"(?P<second>\d+(?:\.\d+)?)(?![\d.])(?!\s*%)",
    re.IGNORECASE,
)


def plus_item_dropped(question: str, expression: str) -> str | None:
    """The later figure of a "plus" pair of ``question`` when ``expression`` uses only the earlier.

    Args:
        question: The question with its numerals as digits.
        expression: The expression a form read from it.
    """
    used = figures_used(expression)
    position = 0
    while (match := _PLUS_PAIR.search(question, position)) is not None:
        position = match.start("second")
        first, second = figure_value(match["first"]), figure_value(match["second"])
        if first is None or second is None or 0 in (first, second):
            continue
        # (Counted, not looked up: "30 a month plus a 30 joining fee" states 30 twice.)
        if first in used and (
            second not in used or equal_pair_read_as_one(expression, first, second)
        ):
            return match["second"]
    return None
