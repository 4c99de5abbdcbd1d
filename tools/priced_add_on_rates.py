"""A charge per period besides the price per the same period: both for every period counted.

Blind set 30: "렌터카 하루 6만원에 보험료 하루 만원인데 사흘 빌리면" is (60,000 + 10,000) x 3;
the reader declined it, since two prices of one unit with one count may be two options
("A 하루 10만원 B 하루 12만원 이틀이면": whose days they are is not said). When every price
after the first is named as a charge of its own (보험료, 사용료, 관리비, "insurance", "a ...
fee"), it comes with the first, so the prices are summed for each period counted.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_add_on_marked import marked_as_added
from tools.priced_figures import Priced

__all__ = ["add_on_rates_summed"]

# A charge's name just before its price ("보험료 하루 10000원", "plus 12 a day insurance" is
# not read: its name comes after).
_CHARGE_BEFORE = re.compile(
    r"(?:[가-힣]+(?:료|비)|수수료|\binsurance|\bfee|\bsurcharge)\s*(?:는|은|가|이|도)?\s*"
    r"(?:하루|1일|일일|매일|한\s*달|월|주|1박|박|시간당|\ba\s+day|\bper\s+day)?\s*(?:에)?\s*$",
    re.I,
)


def units_of_the_stay(found: Priced) -> set[str]:
    """The rates' units, a charge a day counted per night beside a price per night said first.

    "1박 45,000원이고 전기 사용료 하루 5천원" is a stay's charge for each night stayed (set 30).
    """
    units = {r.unit for r in found.rates}
    said_first = min(((a, role) for a, _, role in found.slots if role[0] == "rate"), default=None)
    if units == {"night", "day"} and said_first is not None and said_first[1][1] == "night":
        return {"night"}
    return units


def _figure(value: Decimal) -> str:
    return format(value.normalize(), "f")


def add_on_rates_summed(found: Priced, plain: str) -> str | None:
    """ "(60000 + 10000) * 3": a price and charges per one period, times its one count.

    Args:
        found: The figures read, with two or more rates of the same unit.
        plain: The request as read (``plain_text``), where the slots point.
    """
    units = units_of_the_stay(found)
    if len(found.rates) < 2 or len(units) != 1 or any(r.per != 1 or r.shown for r in found.rates):
        return None
    if found.people is not None or found.items or found.deductions or len(found.counts) != 1:
        return None
    count = found.counts[0]
    if count.unit not in units or count.of:
        return None
    spans = sorted((start, end) for start, end, role in found.slots if role[0] == "rate")
    if len(spans) != len(found.rates):
        return None
    # Named as a charge before its figure, or said to come on top ("5천원 추가", "plus 6").
    if not all(
        _CHARGE_BEFORE.search(plain, 0, start) or marked_as_added(plain, start, end)
        for start, end in spans[1:]
    ):
        return None
    amounts = " + ".join(_figure(r.amount) for r in found.rates)
    return f"({amounts}) * {count.shown or _figure(count.value)}"
