"""A rate times the counts its unit leads to: the one rate term of an everyday price sum.

``tools.price_total`` composes the sum; this module writes the rate's term ("95 * 2.5",
"35000 * 2 * 2 * 4") from the counts ``tools.priced_quantities`` read, following the chain
of units (per walk, twice a day, every weekday, for a week), converting a count in a unit
a thousandth of the rate's or holding a whole number of it, and whole blocks of a rate
priced per several units. It declines (``None``) unless every count is used exactly once.
"""

from __future__ import annotations

from decimal import Decimal

from tools.priced_block_units import blocks_of_larger_unit
from tools.priced_quantities import Count, Rate

__all__ = ["figure", "rate_term", "shown"]


# A count in a unit a thousandth of the rate's ("350 ml" of "1리터 18000원").
_SMALLER_UNIT = {("ml", "liter"): Decimal(1000), ("g", "kg"): Decimal(1000)}
# A count in a unit holding a whole number of the rate's ("월 33,000원 3년 약정": 36 months).
_LARGER_UNIT = {("year", "month"): Decimal(12)}
# A way each way: a trip there and back is two a day.
_TRIPS_A_DAY = Decimal(2)


def figure(value: Decimal) -> str:
    """A figure as written in an expression: no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    return text


def shown(count: Count) -> str:
    """A count as the request wrote it, else its figure."""
    return count.shown or figure(count.value)


def rate_term(rate: Rate, counts: list[Count], asked_per: str | None) -> str | None:
    """ "95 * 2.5": the rate times the counts its unit leads to; None unless all are used."""
    unused = list(counts)
    factors: list[str] = []
    unit = rate.unit
    if unit == "each":
        # "tickets are 240 each ... 7 people": one price times the one count said.
        if len(unused) != 1 or unused[0].of is not None:
            return None
        return f"{rate.shown or figure(rate.amount)} * {shown(unused[0])}"
    if unit == "way" and not any(c.unit == "way" for c in unused):
        factors.append(figure(_TRIPS_A_DAY))  # "4.75 each way ... 21 days": there and back
        unit = "day"
    first = True
    while True:
        same = [c for c in unused if c.unit == unit] or [c for c in unused if c.unit == "*"]
        if not same and first and rate.per == 1:
            # "1리터 18000원" for 350 ml: the count in the rate's unit.
            same = [c for c in unused if (c.unit, unit) in _SMALLER_UNIT]
        if not same and rate.per == 1:
            # (Also down a chain: "한달에 세번 … 1년에" is 3 a month for 12 months, set 31.)
            same = [c for c in unused if (c.unit, unit) in _LARGER_UNIT]
        if not same and first and rate.per != 1:
            # "100g에 2,680원" for 1.5 kg, "30분에 1,500원" for 3 hours: whole blocks of it.
            blocks = [
                (c, n)
                for c in unused
                if (n := blocks_of_larger_unit(c.value, c.unit, unit, rate.per)) is not None
            ]
            if len(blocks) == 1 and blocks[0][0].of is None:
                unused.remove(blocks[0][0])
                factors.append(figure(blocks[0][1]))
                break
        if len(same) > 1:
            return None  # two counts of one unit: which one the rate meets is unclear
        if not same:
            if asked_per == unit and factors:
                break  # "what's that a week": the chain ends at the period asked
            return None
        count = same[0]
        unused.remove(count)
        if first and rate.per != 1:
            # "30분당 1,500원" for 150 minutes: whole blocks only; a part block's charge
            # (rounded up or not) is the car park's rule, not arithmetic.
            if count.value % rate.per:
                return None
            factors.append(f"{shown(count)} / {figure(rate.per)}")
        elif (count.unit, unit) in _LARGER_UNIT:
            factors.append(f"{shown(count)} * {figure(_LARGER_UNIT[(count.unit, unit)])}")
        elif count.unit != unit and count.unit != "*":
            factors.append(f"{shown(count)} / {figure(_SMALLER_UNIT[(count.unit, unit)])}")
        else:
            factors.append(shown(count))
        first = False
        if count.of is None:
            break
        unit = count.of
    if unused:
        return None
    return " * ".join([rate.shown or figure(rate.amount), *factors])
