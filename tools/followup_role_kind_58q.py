"""A follow-up naming a charge whose figure changes kind: decline, never move another figure.

para58 found "what if the fee was a flat 5000 won instead" after "100 yen = 890 won and
charges a 2% fee": the fee was a percent, the new figure is won, so no figure beside the
fee could be replaced, and the latest won figure (the rate) was: 4,080,000원. When the
follow-up names a charge the step also names (fee, coupon, tip, tax, 수수료, 쿠폰 …) and
the figure nearest that word in the step is of another kind than the new one (a percent
fee made flat, a flat coupon made a percent), the change is one of the form, not of a
figure: the caller declines. When it is of the same kind ("the coupon was 20 dollars"
after "a 15 dollar coupon"), that figure is the one replaced, never the price's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["charge_figure"]

# Charges a follow-up names to change their figure.
_CHARGE = re.compile(
    r"\b(?:fees?|charges?|commission|surcharge|coupons?|promo\s+code|tip|tax)\b"
    r"|수수료|쿠폰|팁|세금|봉사료",
    re.IGNORECASE,
)
_NEAR = 24  # characters either side of the charge word that its own figure sits within


def charge_figure(
    text: str, steps: Sequence[str], quantities: Callable[[str], list[re.Match[str]]]
) -> tuple[int, re.Match[str]] | None:
    """The step and quantity nearest the charge ``text`` names (its own figure), or ``None``.

    Args:
        text: The follow-up ("what if the coupon was 20 dollars").
        steps: The previous turn's steps.
        quantities: A step's quantities.
    """
    said = _CHARGE.search(text)
    if said is None:
        return None
    word = said.group(0).lower().split()[0].removesuffix("s")
    found: list[tuple[int, int, re.Match[str]]] = []
    for index, step in enumerate(steps):
        for named in re.finditer(re.escape(word), step, re.IGNORECASE):
            found += [
                (max(named.start() - q.end(), q.start() - named.end()), index, q)
                for q in quantities(step)
                if q.end() >= named.start() - _NEAR and q.start() <= named.end() + _NEAR
            ]
    if not found:
        return None
    _, index, nearest = min(found, key=lambda f: f[0])
    return index, nearest


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def charge_figure_elsewhere(text: str, step: str, start: int, end: int) -> bool:
    """Whether ``text`` names a charge of ``step`` whose own figure is not ``step[start:end]``.

    ("fee of 5000 won instead?" after "100 yen = 890 won and charges a 2% fee": the slot
    moved was the rate's 890, the fee's own figure is the 2%: para58's 4,080,000원.)

    Args:
        text: The follow-up.
        step: A step of the previous turn.
        start: Where the figure a rule would change starts in ``step``.
        end: Where it ends.
    """
    found = charge_figure(text, [step], lambda s: list(_NUMBER.finditer(s)))
    if found is None:
        return False
    nearest = found[1]
    return not (nearest.start() < end and start < nearest.end())
