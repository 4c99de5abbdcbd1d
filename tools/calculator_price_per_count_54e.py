"""A pack's price per a number of its measure: "340g bag of coffee beans is 16.99, whats
that per 100g" is 16.99 / 340 x 100 = 5.00 (set 45).

:func:`tools.calculator_restated_en_42.price_per_pack_measure` reads the price per one of
the pack's measure ("whats that per ounce"); shelf labels price per 100 g, 100 ml or
10 oz, and that form read nothing. Read only when the measure asked is the pack's own
unit (grams per grams, not ounces per grams), and the question is only the pack, its
price and the price asked.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["price_per_count_of_measure"]

_N = r"\d[\d,]*(?:\.\d+)?"
_UNITS = {
    "g": "g", "gram": "g", "grams": "g", "kg": "kg", "kilo": "kg", "kilos": "kg",
    "ml": "ml", "l": "l", "liter": "l", "litre": "l", "liters": "l", "litres": "l",
    "oz": "oz", "ounce": "oz", "ounces": "oz", "lb": "lb", "lbs": "lb", "pound": "lb",
    "pounds": "lb",
}  # fmt: skip
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_PACK = r"bag|pack|packet|box|bottle|jar|can|tub|carton|bar|block|tin|tube|pouch|sack|container"
_FORM = LazyPattern(
    rf"^\s*(?:an?\s+|the\s+|my\s+)?(?P<size>{_N})\s*(?P<m>{_UNIT})\s+(?:{_PACK})\s+of\s+"
    r"[a-z][a-z '-]{0,40}?\s+(?:is|costs?|for|was|at|goes\s+for)\s+\$?"
    rf"(?P<price>{_N})\s*(?:dollars?|bucks)?\s*,?\s*(?:so\s+)?"
    r"(?:whats|what's|what\s+is|how\s+much(?:\s+is)?)\s*(?:that|it)?\s*(?:per|a|for|every)\s+"
    rf"(?P<per>{_N})\s*(?P<asked>{_UNIT})\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def price_per_count_of_measure(text: str) -> str | None:
    """ "16.99 / 340 * 100" for a pack's price per a number of its measure, or ``None``.

    Args:
        text: The question as typed.
    """
    m = _FORM.match(text)
    if m is None or _UNITS[m["m"].lower()] != _UNITS[m["asked"].lower()]:
        return None
    size, per = m["size"].replace(",", ""), m["per"].replace(",", "")
    if float(size) == 0 or float(per) == 0:
        return None
    return f"{m['price'].replace(',', '')} / {size} * {per}"
