"""How many of the asked unit one pack unit holds, so packs sold in litres and millilitres
(grams and kilograms) compare per the amount asked.

"우유 900ml 2480원이랑 2.3L 5280원 중에 100ml당 뭐가 더 싸" went to a model (set 44):
:mod:`tools.unit_price_cheaper` read two packs only in one unit. A litre is 1,000 ml and a
kilogram 1,000 g, exactly; any other pair of units (a weight beside a volume) has no
factor, so the packs are not compared.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["pack_factor"]

# (pack unit, asked unit) -> how many asked units one pack unit is.
_FACTORS = {
    ("L", "ml"): Decimal(1000),
    ("ml", "L"): Decimal(1) / Decimal(1000),
    ("kg", "g"): Decimal(1000),
    ("g", "kg"): Decimal(1) / Decimal(1000),
}


def pack_factor(pack_unit: str, asked_unit: str) -> Decimal | None:
    """1 for the same unit, 1000 for a litre in millilitres (and back); ``None`` otherwise."""
    if pack_unit == asked_unit:
        return Decimal(1)
    return _FACTORS.get((pack_unit, asked_unit))
