"""A cut to the price before VAT: "공급가에서 20만원 깎아주면?" after "간판 견적이 부가세 별도
150만원이래 부가세 포함하면 얼마" (set 34) is (1,500,000 - 200,000) x 1.1 = 1,430,000원.

The cut is to the supply price (공급가, 견적, 부가세 빼고), so VAT is on what is left; never
the total less the cut (1,450,000원). Only when
:func:`tools.calculator_vat_included_asked_51b.price_with_vat_asked` reads the previous
question and the cut is less than the price.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.calculator_vat_included_asked_51b import price_with_vat_asked
from tools.followup_previous_51b import one_step_read_by
from tools.korean_numbers import normalize_numerals

__all__ = ["supply_price_cut"]

_CUT = LazyPattern(
    r"^\s*(?:그럼\s*|아\s*)?(?:공급가(?:액)?|견적(?:가)?|부가세\s*빼고|원래\s*가격)\s*(?:에서|에서는|을|를)?\s*"
    r"(?P<x>\d+(?:\.\d+)?)\s*원?\s*(?:만\s*)?(?:깎아\s*주면|깎으면|깎아주면|빼\s*주면|할인\s*(?:해\s*주면|하면|되면))"
    r"\s*[?？]*\s*$"
)
_AMOUNT = LazyPattern(r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)(?=\s*원)")


def supply_price_cut(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The price with VAT again, its supply price cut first, or ``None``.

    Args:
        text: The follow-up turn ("공급가에서 20만원 깎아주면?").
        steps: The previous turn's step texts.
    """
    said = _CUT.match(normalize_numerals(text))
    step = one_step_read_by(steps, price_with_vat_asked)
    amount = None if said is None or step is None else _AMOUNT.search(step)
    if said is None or step is None or amount is None:
        return None
    left = Decimal(amount["a"]) - Decimal(said["x"])
    if left <= 0:
        return None  # a cut of the whole price or more: no price left to tax
    start, end = amount.span("a")
    changed = step[:start] + format(left.normalize(), "f") + step[end:]
    return [changed], f"supply price {amount['a']} - {said['x']}"
