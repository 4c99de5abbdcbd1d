"""A new use after a tiered bill: "300kWh만 썼으면?", "in january we used 900".

After a bill charged in tiers (tools.calculator_tiered_rates), a turn telling another use
changes the use, never a tier's bound (the 200 of "200kWh까지" is also in kWh, and put in
its place would move the tier). Set 31 left both to the cloud.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.calculator_tiered_rates import tiered_use_replaced

__all__ = ["tiered_use_changed"]


def tiered_use_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps with the tiered bill's use replaced, or ``None``.

    Args:
        text: The follow-up.
        steps: The previous turn's steps; the last one a tiered bill.
    """
    if not steps:
        return None
    changed = tiered_use_replaced(text, steps[-1])
    if changed is None:
        return None
    return [*steps[:-1], changed], "the use in the tiers told anew"
