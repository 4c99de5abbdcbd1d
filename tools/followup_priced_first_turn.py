"""The previous turn as the price reader read it, for follow-up rules that change a figure."""

from __future__ import annotations

from collections.abc import Sequence

from tools.price_total import price_total
from tools.priced_quantities import Priced, plain_text, read_priced

__all__ = ["priced_first_turn"]


def priced_first_turn(previous_steps: Sequence[str]) -> tuple[str, Priced] | None:
    """The one previous step in plain text and its typed figures, when ``price_total``
    reads it; ``None`` for a chain of steps or a turn the price reader declined."""
    if len(previous_steps) != 1 or price_total(previous_steps[0]) is None:
        return None
    step = plain_text(previous_steps[0])
    before = read_priced(step)
    return None if before is None else (step, before)
