"""More of the one thing a priced first turn counts: "sold 8 more on sunday".

After "I sold 37 candles at 24 each at the market and the stall cost 55, what did I clear"
the 37 is an item's count, which has no slot for the price reader's swap, so blind set 29
left "sold 8 more on sunday" to the cloud. When the first turn lists exactly one item
(a count at a price) and counts nothing else, "N more" grows that count and the first turn
is re-run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from tools.followup_priced_first_turn import priced_first_turn
from tools.price_total import price_total
from tools.priced_quantities import plain_text

__all__ = ["one_item_more"]

_MORE = re.compile(
    r"^\s*(?:oh\s+|and\s+)?(?:(?:we|i|they)\s+)?(?:sold|bought|ordered|need|got|made)?\s*"
    r"(?P<n>\d+)\s+more\b(?:\s+[a-z]+){0,4}\s*[.!?]?\s*$",
    re.I,
)


def one_item_more(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first turn with its one item's count grown by the figure, or ``None``.

    Args:
        text: The follow-up ("sold 8 more on sunday").
        previous_steps: The previous turn's steps; one step read by ``price_total``.
    """
    said = _MORE.match(plain_text(text))
    first = priced_first_turn(previous_steps)
    if said is None or first is None:
        return None
    step, before = first
    if len(before.items) != 1 or before.counts or before.rates:
        return None
    count = before.items[0][0]
    figure = format(count.normalize(), "f")
    places = list(re.finditer(rf"(?<![\d.]){re.escape(figure)}(?![\d.])\s+[a-z]", step, re.I))
    if len(places) != 1:
        return None
    new = format((count + Decimal(said["n"])).normalize(), "f")
    start, end = places[0].start(), places[0].start() + len(figure)
    changed = step[:start] + new + step[end:]
    if price_total(changed) is None:
        return None
    return [changed], f"{figure} → {new}"
