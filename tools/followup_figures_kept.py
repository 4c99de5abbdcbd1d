"""A follow-up that states a rate and an amount changes both, or code does not answer it.

"50만 충전하면 25% 준다는데 그건?" after "30만 원 충전하면 20% 더 얹어준다는데 총 얼마"
changes the top-up and the bonus rate. A rule that places only the rate re-ran the old
top-up at 25% and answered 375,000 for a question whose answer is 625,000: a figure the
user typed was dropped without a word. When a follow-up states one rate and an amount
and the re-run steps leave one of them out, the reading is refused, and the turn goes on to a
model with the previous turn (or a decline), never a figure for another question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from tools.korean_numbers import english_counts_as_digits, normalize_numerals

__all__ = ["drops_a_stated_figure"]

_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_PERCENT_AFTER = re.compile(r"\s*(?:%|퍼센트|프로|percent)", re.IGNORECASE)
# A figure this size is an amount (a price, a top-up); smaller ones may be labels ("2차"),
# units ("1kg에", "1인당") or parts ("4분의 1") that a rule rightly rewrites.
_AMOUNT_FLOOR = Decimal(100)


def _value(figure: str) -> Decimal | None:
    try:
        return Decimal(figure.replace(",", "").rstrip("."))
    except InvalidOperation:
        return None


def _rates_and_amounts(text: str) -> tuple[set[Decimal], set[Decimal]]:
    plain = english_counts_as_digits(normalize_numerals(text))
    rates, amounts = set(), set()
    for figure in _FIGURE.finditer(plain):
        value = _value(figure.group(0))
        if value is None:
            continue
        if _PERCENT_AFTER.match(plain, figure.end()):
            rates.add(value)
        elif value >= _AMOUNT_FLOOR:
            amounts.add(value)
    return rates, amounts


def drops_a_stated_figure(text: str, new_steps: Sequence[str]) -> bool:
    """Whether ``text`` states one rate and an amount, and ``new_steps`` leave one out.

    Two rates ("10% 말고 35%") name the old one too, and a follow-up without a rate
    restates its figures in many ways ("4시간 20분" as 260 minutes); a rate with an
    amount is two changes a re-run must both carry.

    Args:
        text: The follow-up turn.
        new_steps: The step texts a rule re-wrote the previous turn into.
    """
    rates, amounts = _rates_and_amounts(text)
    if len(rates) != 1 or not amounts:
        return False
    kept_rates, kept_amounts = _rates_and_amounts(" ".join(new_steps))
    return not (rates <= kept_rates | kept_amounts and amounts <= kept_amounts | kept_rates)
