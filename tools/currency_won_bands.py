"""The sizes a won rate of each foreign currency comes in.

Shared by the readers that judge whether a bare rate can be the rate it is read as
(:mod:`tools.followup_rate_against_source`, :mod:`tools.currency_cross_rates`), so both
judge against one table.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["WON_PER_UNIT"]

# Won for one unit of each currency, widely enough that any rate of the last decades and
# the next few fits (the dollar was 1,100-1,450 won in 2015-2025, the yen 8.5-11.5 won).
WON_PER_UNIT: dict[str, tuple[Decimal, Decimal]] = {
    "dollar": (Decimal(700), Decimal(2500)),
    "euro": (Decimal(700), Decimal(3000)),
    "pound": (Decimal(900), Decimal(3500)),
    "yen": (Decimal(3), Decimal(30)),
    "yuan": (Decimal(80), Decimal(400)),
}
