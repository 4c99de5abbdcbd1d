"""A fraction of the same unit asked after a unit conversion (set 26): "and 2/3 cup?" after
"how many tablespoons is 3/4 of a cup" (0.75 cup = 12 tbsp).

The converter reads only fractions whose decimal ends (2/3 would be a rounded 0.6667), so
the new amount is worked out exactly as the fraction times the previous conversion's own
ratio (12 / 0.75 = 16 tablespoons a cup), which must itself be exact as shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_reading_51a import Change
from tools.followup_rerun import kept_if_runs

__all__ = ["fraction_of_same_unit"]

_FRACTION_ASKED = LazyPattern(
    r"^(?:and|what\s+about|how\s+about|ok|so)?\s*,?\s*(?P<n>\d{1,3})\s*/\s*(?P<d>\d{1,3})\s+"
    r"(?:of\s+)?(?:an?\s+)?(?P<u>[a-z]+)\s*\??$",
    re.IGNORECASE,
)
_CONVERSION = LazyPattern(
    r"^(?P<a>\d+(?:\.\d{1,3})?)\s*(?P<ua>[a-z]+)\s*=\s*(?P<b>\d+(?:\.\d{1,3})?)\s*(?P<ub>[a-z]+)$"
)


def _singular(unit: str) -> str:
    return unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit


def fraction_of_same_unit(text: str, steps: Sequence[str]) -> Change | None:
    """ "2 / 3 * 16": the fraction times the units of the previous answer per unit asked."""
    asked = _FRACTION_ASKED.match(text.strip())
    if asked is None or len(steps) != 1 or int(asked["d"]) == 0:
        return None
    from tools.followup_chain import run_chain  # the chain runs these rules: late import

    previous = run_chain(steps)
    shown = _CONVERSION.match(previous.answer.strip()) if previous else None
    if shown is None or _singular(shown["ua"]) != _singular(asked["u"].lower()):
        return None
    a, b = Decimal(shown["a"]), Decimal(shown["b"])
    if a == 0:
        return None
    per = b / a
    if per != per.quantize(Decimal("0.001")):
        return None  # the ratio shown is itself rounded
    ratio = format(per.normalize(), "f")
    return kept_if_runs(
        [f"{asked['n']} / {asked['d']} * {ratio}"],
        f"{asked['n']}/{asked['d']} {shown['ua']} at {ratio} {shown['ub']} each",
    )
