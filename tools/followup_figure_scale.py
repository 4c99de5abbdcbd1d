"""Whether a bare new figure could stand for an old one: figures of one scale.

"what about 0.87" after "changing 1,500 dollars to euros at 0.92" is a new rate: 0.87 is
of the 0.92's scale and nowhere near the 1,500's, so it never replaces the amount (it
gave €0.80). "what about 100" after "95 per guest and we have 120 guests" could be either
figure, so it is no reading at all. Scale is the ratio of the two figures: within a
factor of two, a figure may be a new value of the other; beyond it, the turn would have
to say which figure changes.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

__all__ = ["could_stand_for"]

# Within this factor either way a new figure may be the old one changed ("95" → "100",
# "0.92" → "0.87"); a rate and an amount, or a price and a count, are rarely this close.
_SAME_SCALE = Decimal(2)


def _value(figure: str) -> Decimal | None:
    try:
        value = Decimal(figure.replace(",", ""))
    except InvalidOperation:
        return None
    return value if value > 0 else None


def could_stand_for(new: str, old: str) -> bool:
    """Whether ``new`` is of ``old``'s scale (both as written, commas allowed)."""
    a, b = _value(new), _value(old)
    if a is None or b is None:
        return True  # no figure to compare: nothing rules it out
    return max(a, b) / min(a, b) <= _SAME_SCALE
