"""A follow-up that asks for the previous result in euros or yen at a rate it states itself.

"and in euros? 1 euro is 1,500 won", "엔화로는? 100엔에 900원": the figure is the rate, not
a new amount (``tools.followup_rate_given`` reads the same shape for dollars). Found by
the twelfth unseen set, where the euro rate was read as nothing and the turn fell to a
model. A rate for another currency than the one asked, or any other figure in the turn,
declines: which amount is meant would be a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["in_other_currency_at_rate"]

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
_ANY_FIGURE = re.compile(_FIGURE)
_TO_CURRENCY = LazyPattern(
    r"\b(?:in|to|into)\s+(?P<en>euros?|eur|yen|jpy)\b|(?P<ko>유로|엔)(?:화)?\s*(?:로는|로|치면)",
    re.IGNORECASE,
)
_FOREIGN_RATE = LazyPattern(
    rf"(?P<amount>1|100|one|a|an)\s*(?P<cur>euros?|eur|yen|jpy|유로|엔)\s*"
    rf"(?:에|은|는|이|가|=|is|:|equals)?\s*(?P<won>{_FIGURE})\s*(?:원|won|krw)",
    re.IGNORECASE,
)


def _currency_word(name: str) -> str:
    return "엔" if name.lower() in ("yen", "jpy", "엔") else "유로"


def in_other_currency_at_rate(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``and in euros? 1 euro is 1,500 won``: the previous result converted at that rate."""
    if not steps:
        return None
    target, rate = _TO_CURRENCY.search(text), _FOREIGN_RATE.search(text)
    if target is None or rate is None:
        return None
    currency = _currency_word(target["en"] or target["ko"])
    if _currency_word(rate["cur"]) != currency:
        return None  # a rate for another currency than the one asked
    rest = text[: rate.start()] + " " + text[rate.end() :]
    if _ANY_FIGURE.search(rest) is not None:
        return None  # another figure: maybe a new amount, which other rules read
    amount = rate["amount"] if rate["amount"].isdigit() else "1"
    step = f"그걸 {amount}{currency} {rate['won']}원 기준으로 {currency}로"
    return [*steps, step], f"converted to {currency} at the stated rate ({rate['won']} won)"
