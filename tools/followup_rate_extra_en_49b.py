"""An extra charge per unit on top of a rate: "they charge 1.10 extra per kg for ironing".

Set 31: after "the laundry service charges 2.60 per kg and I've got 7.5 kg, how much"
(19.50), "they charge 1.10 extra per kg for ironing and I want that too" went to the cloud.
The extra is per the same unit the rate is per, so the rate grows by it: 2.60 + 1.10 = 3.70
per kg, times 7.5 kg = 27.75 (the Korean "kg당 800원 더" is read by
``tools.followup_unit_surcharge``'s kin).

Only when the previous request states exactly one rate per that unit and the extra names the
unit; anything else declines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from tools.followup_rerun import replaced

__all__ = ["rate_extra_per_unit"]

_N = r"\d+(?:\.\d+)?"
_EXTRA = re.compile(
    r"^\s*(?:(?:and|so|but|ok)\s*,?\s+)?(?:(?:they|he|she|it)\s+)?(?:(?:also\s+)?(?:charges?|adds?|wants?)\s+)?"
    rf"(?:it'?s\s+)?\$?(?P<x>{_N})\s+(?:extra|more)\s+(?:per|a|an)\s+(?P<u>[a-z]+)\b"
    r"(?:\s+for\s+(?:the\s+)?[a-z ]{2,30}?)?"
    r"(?:\s*,?\s*(?:and\s+)?(?:i|we)\s+(?:want|need|'d\s+like|would\s+like)\s+(?:that|it|this|one)"
    r"(?:\s+too|\s+as\s+well)?)?\s*[?.!]*\s*$",
    re.I,
)


def rate_extra_per_unit(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous request with its one rate per the unit raised by the extra, or ``None``.

    Args:
        text: The follow-up ("they charge 1.10 extra per kg for ironing and I want that too").
        steps: The previous turn's steps; one stating the rate per that unit once.
    """
    said = _EXTRA.match(text)
    if said is None or len(steps) != 1:
        return None
    unit = said["u"].lower()
    rates = list(
        re.finditer(
            rf"(?<![\d.])\$?(?P<r>{_N})\s+(?:per|a|an)\s+{re.escape(unit)}\b", steps[0], re.I
        )
    )
    if len(rates) != 1:
        return None  # no rate per that unit, or more than one
    rate = rates[0]
    raised = Decimal(rate["r"]) + Decimal(said["x"])
    return replaced(steps[0], rate.span("r"), f"{raised}", f"{rate['r']} + {said['x']} per {unit}")
