"""One figure over another, asked in so many words: a quotient, never a sum.

Tried by ``tools.price_total`` before it composes a sum of the figures read: how many
periods an amount lasts at a rate ("14,800 ... save 185 a month, how many months"), one
count over the other ("38 liters over 520 km, how many km per liter"), and the supply
price inside a VAT-included amount ("부가세 포함해서 330,000원 냈으면 공급가액은").
Each declines (``None``) unless the figures are exactly the two it divides.
"""

from __future__ import annotations

import re

from tools.priced_quantities import Priced, unit_name
from tools.priced_rate_term import figure

__all__ = ["quotient_asked"]


_HOW_MANY_EN = re.compile(r"\bhow\s+many\s+(?P<u>months|weeks|years|days)\b", re.I)
_PER_OF_EN = re.compile(
    r"\bhow\s+many\s+(?P<a>[a-z]+)\s+(?:is\s+that\s+|do\s+i\s+get\s+)?per\s+(?P<b>[a-z]+)", re.I
)
# "부가세 포함해서 330,000원 냈으면 공급가액은": Korean VAT is 10% by law, so the supply
# price is the amount over 1.1.
_VAT_INCLUDED_KO = re.compile(r"부가세\s*(?:포함|까지)|VAT\s*포함", re.I)
_ASKS_SUPPLY_KO = re.compile(r"공급가|부가세\s*(?:빼|제외|뺀|없이)")


def _ratio(found: Priced, text: str) -> tuple[str, str] | None:
    """ "14,800 ... save 185 a month, how many months": an amount over a rate of it."""
    asked = _HOW_MANY_EN.search(text)
    if asked is None or found.counts or found.items or found.people is not None:
        return None
    if len(found.rates) != 1 or len(found.fees) != 1 or found.discount or found.deductions:
        return None
    rate = found.rates[0]
    if rate.unit + "s" != asked["u"].lower() or rate.per != 1:
        return None
    return f"{figure(found.fees[0])} / {figure(rate.amount)}", ""


def _count_per_count(found: Priced, text: str) -> tuple[str, str] | None:
    """ "38 liters over 520 km, how many km per liter": one count over the other."""
    asked = _PER_OF_EN.search(text)
    if asked is None or found.rates or found.fees or found.items or len(found.counts) != 2:
        return None
    if found.people is not None or found.discount is not None or found.deductions:
        return None
    wanted = {c.unit: c for c in found.counts}
    top, bottom = unit_name(asked["a"]), unit_name(asked["b"])
    if set(wanted) != {top, bottom} or top == bottom:
        return None
    return f"{figure(wanted[top].value)} / {figure(wanted[bottom].value)}", ""


def _supply_price(found: Priced, text: str) -> tuple[str, str] | None:
    """ "부가세 포함해서 330,000원 냈으면 공급가액은": the amount before the 10% VAT."""
    if not (_VAT_INCLUDED_KO.search(text) and _ASKS_SUPPLY_KO.search(text)):
        return None
    if found.rates or found.counts or found.items or found.people or found.discount:
        return None
    if len(found.fees) != 1 or found.deductions:
        return None
    return f"{figure(found.fees[0])} / 1.1", found.currency


def quotient_asked(found: Priced, text: str) -> tuple[str, str] | None:
    """The quotient ``text`` asks of ``found``'s figures, with its currency, or None."""
    return _ratio(found, text) or _count_per_count(found, text) or _supply_price(found, text)
