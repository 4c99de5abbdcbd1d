"""The words a charge put on top of an amount is named with (tax, tip, service, fee).

One table for the calculator (:mod:`tools.calculator_charge_asked`) and the follow-up
rules (:mod:`tools.followup_charge_out`, :mod:`tools.followup_charge_part`); a leaf
module, so the calculator's handlers can read it without importing the follow-up chain.
"""

from __future__ import annotations

import re

__all__ = ["ANY_CHARGE", "CHARGE_WORDS"]

# Each kind of charge, by the words a turn or a step may name it with.
CHARGE_WORDS: dict[str, tuple[str, ...]] = {
    "tax": ("부가가치세", "부가세", "세금", "sales tax", "tax", "vat"),
    "tip": ("팁", "tip", "gratuity"),
    "service": ("봉사료", "서비스료", "서비스 차지", "서비스차지", "service charge", "service fee"),
    "fee": ("수수료", "commission", "fee"),
}
ANY_CHARGE = "|".join(
    re.escape(word).replace(r"\ ", r"\s*")
    for word in sorted((w for ws in CHARGE_WORDS.values() for w in ws), key=len, reverse=True)
)
