"""A question that puts a charge on top and asks for the charge itself, not the total.

"a laptop is 1,540 dollars plus 8% sales tax, how much is the tax" answered $1,663.20:
the calculator reads "plus 8% sales tax" as the amount times 1.08 and gives that total
whatever the question ends by asking. Asked for the tax (the tip, the fee, 부가세) itself,
the answer is the charge: 1,540 × 8% = $123.20. Only when the reading is exactly one
amount times ``(1 + R / 100)`` and the question ends on the charge alone; anything else
keeps the calculator's reading. (Found after ops30 noted it beside the follow-up rule
:mod:`tools.followup_charge_part`, which reads "how much of that is just the tax".)
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator import calculate
from tools.calculator_result import CalcResult
from tools.charge_words import ANY_CHARGE

__all__ = ["charge_alone"]

# "…, how much is the tax", "what's the tip alone?", "and the fee only", "the tax part?".
_ASKED_EN = LazyPattern(
    r"(?:,|\band\b|^)\s*(?:(?:how\s+much|what)\s*(?:'s|is|was|would\s+be|will\s+be)\s+)?"
    rf"(?:just\s+|only\s+)?(?:the\s+)?(?:{ANY_CHARGE})"
    r"(?:\s+(?:alone|only|itself|part|portion|amount|by\s+itself))?\s*(?:be)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "…붙으면 부가세는 얼마야", "세금만 얼마야?", "팁은 얼마 줘야 돼".
_ASKED_KO = LazyPattern(
    rf"(?:{ANY_CHARGE})\s*(?:만|은|는)\s*(?:따로\s*)?얼마(?:야|예요|에요|죠|임|인가요|나와|줘야\s*(?:돼|해)|내야\s*(?:돼|해))?\s*[?？]?\s*$",
    re.IGNORECASE,
)
# What the calculator made of "A plus R% charge": the amount times (1 + R / 100).
_WITH_CHARGE = re.compile(r"^(?P<amount>[\d.]+) \* \(1 \+ (?P<rate>[\d.]+) / 100\)$")


def charge_alone(text: str, result: CalcResult) -> CalcResult | None:
    """The charge itself when ``text`` asks for it and ``result`` added it; else None.

    Args:
        text: The question as asked.
        result: The calculator's reading of it.
    """
    if not (_ASKED_EN.search(text) or _ASKED_KO.search(text)):
        return None
    added = _WITH_CHARGE.match(result.expression)
    if added is None:
        return None
    unit = result.unit or ""
    amount = f"{unit}{added['amount']}" if unit in "$€£¥" else f"{added['amount']}{unit}"
    return calculate(f"{amount} * {added['rate']} / 100")
