"""A charge per person per night beside a room's price per night: both for every night.

Blind set 35: "hotel is 140 a night, 2 of us, 3 nights, plus city tax 3.50 per person per
night. total?" went to the cloud. The reader types the tax as a price per person (its "per
night" is a second unit the price type does not hold), and two prices of two units with one
count are not composed. A city tax, a breakfast or a resort fee "per person per night" is
paid by each guest for each night: 140 x 3 + 3.50 x 2 x 3 = 441. Read only with exactly
that: one price per night (or day), the charge per person per the same period right after
its figure, one count of those periods, the head count, and nothing else priced.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_figures import Priced

__all__ = ["per_head_per_period_total"]

_PER_HEAD_PER_PERIOD = re.compile(
    r"\s*(?:dollars?|bucks|euros?|pounds?)?\s*(?:per|a|each)\s+(?:person|head|guest|adult)\s+"
    r"(?:per|a|each)\s+(?P<u>night|day)\b",
    re.I,
)


def _figure(value: Decimal) -> str:
    return format(value.normalize(), "f")


def per_head_per_period_total(found: Priced, plain: str, asks_share: bool) -> str | None:
    """ "140 * 3 + 3.5 * 2 * 3", or ``None``.

    Args:
        found: The price reader's reading.
        plain: The request as read (``plain_text``), where the slots point.
        asks_share: Whether a share per person is asked (then not read here).
    """
    if asks_share or found.people is None or len(found.rates) != 2 or len(found.counts) != 1:
        return None
    if found.fees or found.items or found.deductions or found.discount is not None:
        return None
    heads = [(a, b) for a, b, role in found.slots if role == ("rate", "person")]
    per_head = [r for r in found.rates if r.unit == "person"]
    if len(heads) != 1 or len(per_head) != 1:
        return None
    said = _PER_HEAD_PER_PERIOD.match(plain, heads[0][1])
    period = said["u"].lower() if said else None
    room = [r for r in found.rates if r.unit == period]
    count = found.counts[0]
    if not room or count.unit != period or count.of is not None:
        return None
    if room[0].per != 1 or per_head[0].per != 1 or room[0].shown or per_head[0].shown:
        return None
    nights = count.shown or _figure(count.value)
    room_total = f"{_figure(room[0].amount)} * {nights}"
    return f"{room_total} + {_figure(per_head[0].amount)} * {_figure(found.people)} * {nights}"
