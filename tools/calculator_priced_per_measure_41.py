"""A measure that a price is quoted per is what is bought, never the unit of the answer.

"3 lbs of apples at 1.29 a lb and 2 loaves of bread at 3.49, whats the total" was answered
"10.85 lb": the one measure written (lb) was taken for the result's unit, though the sum
is money (3 x 1.29 + 2 x 3.49). When the question prices something per that very measure
("1.29 a lb", "4 per kg", "/lb", "kg당 1200원"), the figures of that measure are quantities
bought and the result is an amount of money: no measure is named on it.
"""

from __future__ import annotations

import re

from tools.units import unit_symbol

__all__ = ["priced_per_measure"]

_PER_MEASURE = re.compile(
    r"\d\s*(?:dollars?|bucks|won|원)?\s*(?:a|an|per|each|/)\s*(?P<en>[A-Za-z]+)\b"
    r"|(?P<ko>[A-Za-z가-힣]{1,4})\s*당\s*\d",
    re.IGNORECASE,
)


def priced_per_measure(text: str, symbol: str) -> bool:
    """Whether ``text`` quotes a price per the measure ``symbol`` ("at 1.29 a lb").

    Args:
        text: The normalised request.
        symbol: The one measure written in it ("lb").
    """
    return any(unit_symbol(m["en"] or m["ko"]) == symbol for m in _PER_MEASURE.finditer(text))
