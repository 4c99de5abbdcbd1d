"""A count in a larger unit than the block a rate is priced per: "100g에 2,680원 … 1.5kg".

Blind set 31: "삼겹살 100g에 2,680원인데 1.5kg 사면 얼마" went to the cloud, and set 30's
"공영주차장 30분에 1,500원인데 3시간 세워두면 얼마" stayed open: a rate per a block of
grams (minutes, millilitres) met a count in kilograms (hours, litres), and the reader only
matched counts in the block's own unit. The count is converted to the block's unit and
divided into blocks; only whole blocks are read (a part block's charge is the seller's
rule, not arithmetic), as for a count in the block's own unit.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["blocks_of_larger_unit"]

# How many of the block's unit one of the count's unit holds.
_HOLDS = {
    ("kg", "g"): Decimal(1000),
    ("liter", "ml"): Decimal(1000),
    ("hour", "minute"): Decimal(60),
}


def blocks_of_larger_unit(
    count_value: Decimal, count_unit: str, block_unit: str, block: Decimal
) -> Decimal | None:
    """How many whole blocks the count makes, or ``None`` (another unit, a part block).

    Args:
        count_value: The count ("1.5" of "1.5kg").
        count_unit: Its unit ("kg").
        block_unit: The unit the rate's block is in ("g" of "100g에").
        block: The block's size (100).
    """
    holds = _HOLDS.get((count_unit, block_unit))
    if holds is None or block <= 0:
        return None
    blocks = count_value * holds / block
    return blocks if blocks == blocks.to_integral_value() else None
