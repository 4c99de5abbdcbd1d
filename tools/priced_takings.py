"""Takings less costs: "sold 37 candles at 24 each … the stall cost 55, what did I clear".

``tools.price_total`` adds every fee of a bill to it. When the priced items are *sold*,
a fee beside them is what selling cost, and the question asks what is left: set 29's
candle stall was answered 943 (888 + 55) for 833. With a sale said, the items are the
takings and the fees are taken off them, when the net is asked in so many words; any
other mix (a rate, a share, a percent, no net asked) is declined.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_figures import Priced

__all__ = ["asks_net_of_sale", "sells", "takings_less_costs"]

_SOLD = re.compile(r"\bsold\b|\bsell(?:s|ing)?\b|팔았|팔아서|팔면|판매", re.I)
# What is left after the costs: "what did I clear", "my profit", "순수익", "남는 돈".
_NET_ASKED = re.compile(
    r"\bclear(?:ed)?\b|\bprofit|\bnet\b|\btake\s+home\b|\bkeep\b|\bleft\b|\bmake\b|\bmade\b"
    r"|순수익|순이익|이익|남(?:아|는|았|은)|벌었|벌면|번\s*돈",
    re.I,
)


def sells(text: str) -> bool:
    """Whether ``text`` says things were sold (their prices are takings, not a bill)."""
    return _SOLD.search(text) is not None


def asks_net_of_sale(text: str) -> bool:
    """Whether ``text`` says things were sold and asks what is left ("… profit?").

    A bare "profit?" asks a sum as "how much" does (blind set 37's bake sale went to the
    cloud); the reading is still :func:`takings_less_costs`' alone, which declines any mix
    it does not settle.
    """
    return sells(text) and _NET_ASKED.search(text) is not None


def _figure(value: Decimal) -> str:
    return format(value.normalize(), "f")


def takings_less_costs(found: Priced, text: str) -> str | None:
    """ "37 * 24 - 55": the items sold less every fee, or ``None`` when that is not the sum.

    Args:
        found: The sentence's typed figures (items sold, fees paid).
        text: The request as asked.
    """
    if not _NET_ASKED.search(text) or not found.items or not found.fees:
        return None
    if found.rates or found.counts or found.deductions or found.people is not None:
        return None
    if found.discount is not None or found.markup is not None:
        return None
    takings = " + ".join(f"{_figure(n)} * {_figure(p)}" for n, p in found.items)
    costs = " - ".join(_figure(f) for f in found.fees)
    return f"{takings} - {costs}"
