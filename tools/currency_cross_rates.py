"""Whether a bare rate between two foreign currencies can be the rate it is read as.

"200 dollars in euros at 0.92" then "and in yen at 9.3" was answered ¥1,860: the bare 9.3
was read as yen to the dollar, and no dollar ever bought 9.3 yen (9.3 is about what a yen
costs in won). A bare rate between two currencies other than the won is read as the asked
currency per the amount's own ("at 0.92": euros a dollar) only when it lies within the
sizes that cross rate comes in; one within the sizes of the other way round ("in yen at
0.0068") is that way round; one within neither is not read, so the conversion is not
made rather than made at a rate the asker cannot have meant.
"""

from __future__ import annotations

from decimal import Decimal

from tools.currency_won_bands import WON_PER_UNIT

__all__ = ["plausible_cross_rate", "won_rate_way"]

# ISO code of each currency the won bands know (tools.currency_won_bands).
_NAMES: dict[str, str] = {
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound",
    "JPY": "yen",
    "CNY": "yuan",
}


def _cross_band(source: str, target: str) -> tuple[Decimal, Decimal]:
    """The sizes ``target`` per one ``source`` comes in, from their won bands."""
    (source_low, source_high) = WON_PER_UNIT[_NAMES[source]]
    (target_low, target_high) = WON_PER_UNIT[_NAMES[target]]
    return source_low / target_high, source_high / target_low


def plausible_cross_rate(rate: Decimal, source: str, target: str) -> Decimal | None:
    """``target`` per one ``source`` for a bare ``rate``, or ``None`` when it fits no way.

    Args:
        rate: The figure stated without a currency (positive).
        source: ISO code of the amount's currency.
        target: ISO code of the currency asked for.

    Returns:
        ``rate`` when it fits as target per source, its inverse when it fits only as
        source per target, ``None`` when it fits neither. A pair the bands do not know
        keeps ``rate`` as it is (the reading before this check).
    """
    if source not in _NAMES or target not in _NAMES or source == target:
        return rate
    low, high = _cross_band(source, target)
    if low <= rate <= high:
        return rate
    inverse_low, inverse_high = _cross_band(target, source)
    if inverse_low <= rate <= inverse_high:
        return 1 / rate
    return None


# Off only in the test that shows what the way check changes.
use_won_rate_way = True


def won_rate_way(rate: Decimal, source: str, target: str) -> Decimal:
    """``target`` per one ``source`` for a bare rate read between the won and a currency.

    A bare rate is read as won per foreign unit ("at 1,380"); "1,000,000 won to dollars at
    0.00072" was read so and answered $1,388,888,888.89. A rate that lies outside the sizes
    won per unit comes in while its inverse lies inside is the other way round (dollars per
    won: $720). A rate that fits neither way, or a currency the bands do not know, keeps
    the reading as it was.

    Args:
        rate: ``target`` per one ``source`` as read (positive).
        source: ISO code of the amount's currency.
        target: ISO code of the currency asked for.
    """
    if not use_won_rate_way or "KRW" not in (source, target) or source == target:
        return rate
    foreign = target if source == "KRW" else source
    if foreign not in _NAMES:
        return rate
    low, high = WON_PER_UNIT[_NAMES[foreign]]
    won_per_unit = rate if source == foreign else 1 / rate
    if low <= won_per_unit <= high:
        return rate
    if low <= 1 / won_per_unit <= high:
        return 1 / rate
    return rate
