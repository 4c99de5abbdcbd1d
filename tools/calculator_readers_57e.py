"""Whole forms of set 48's English turns (helper opens57e), hooked into
:func:`tools.calculator.calculate` with one line; each reader lives beside its family.

- Packs bought, each priced, one piece asked: "got 2 six-packs of bagels at 7.49 a pack,
  whats that per bagel" (:func:`tools.calculator_pack_unit_price_51a.packs_price_per_piece_en`).
- A first thing at one price and each further one at another: "first ticket is 45 and every
  extra one is 32. i need 5, total?", "첫 장은 4만5천원이고 추가 한 장당 3만2천원이래 5장 사면"
  (:func:`tools.priced_first_then_each.first_item_then_each_extra`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.calculator_pack_unit_price_51a import packs_for_count_en, packs_price_per_piece_en
from tools.english_money_unit_58e import english_money_unit
from tools.priced_first_then_each import first_item_then_each_extra

__all__ = ["readers_57e"]

_DOLLARS = re.compile(r"\$|\bdollars?\b|\bbucks\b", re.IGNORECASE)


def readers_57e(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    dollars = "$" if _DOLLARS.search(digits) else None
    won = "원" if re.search(r"\d\s*원", digits) else dollars  # "첫 장은 45000원이고 …"
    packs = packs_for_count_en(digits)
    return (
        (packs_price_per_piece_en, dollars),
        # "6-pack of yogurt is 4.20, i need 15 … cost": whole packs, priced (opens58e).
        (lambda _digits: packs, english_money_unit(digits) if packs and "*" in packs else None),
        (first_item_then_each_extra, won),
    )
