"""A price that already includes a rate (VAT, a tax, a tip), asked for what it was before.

"I paid 33,000 won including 10% VAT, what's the price before VAT" asks for 33,000 / 1.1
= 30,000 won; "부가세 10% 포함해서 33,000원인데 부가세는 얼마야" asks for the share inside it,
33,000 × 10 / 110 = 3,000 won. Both are read from the amount, never by taking the rate of
the amount (3,300 won, which the twentieth unseen set's first run answered). The rule:
the text says the amount includes the rate (``including``, ``incl.``, ``inclusive of``,
``… included``, ``포함``) and, after the amount, asks for the price without it (``before``,
``without``, ``excluding``, ``빼면``, ``제외``, ``없이``, ``공급가``, ``세전``) or for the
rate's share (``how much is the VAT``, ``부가세는 얼마``). One amount and one rate only.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["rate_included_expression"]

_NUM = r"\d+(?:\.\d+)?"
_RATE_WORD = (
    r"(?:vat|sales\s+tax|tax|gst|tip|gratuity|service\s+charge|fee"
    r"|부가세|부가가치세|세금|봉사료|수수료|팁)"
)
_RATE = LazyPattern(rf"(?P<p>{_NUM})\s*%")
# The rate's own word, just before or after it ("10% VAT", "부가세 10%").
_WORD_AFTER = LazyPattern(rf"^\s*(?:의\s*)?{_RATE_WORD}", re.IGNORECASE)
_WORD_BEFORE = LazyPattern(rf"{_RATE_WORD}\s*(?:of|at|는|은|가|이)?\s*$", re.IGNORECASE)
_INCLUDED = LazyPattern(
    r"\bincl(?:uding|uded|usive\s+of|\.)?(?![a-z])|포함",
    re.IGNORECASE,
)
# The price without the rate asked for, after the amount.
_ASKS_BEFORE = LazyPattern(
    r"\bbefore\b|\bwithout\b|\bexcluding\b|\bex\.?\s|\bpre-?(?:vat|tax)\b|\bnet\s+of\b"
    r"|빼면|뺀|빼고|제외|없이|공급가|세전|원래\s*(?:가격|금액)",
    re.IGNORECASE,
)
# The rate's share inside the amount asked for.
_ASKS_SHARE = LazyPattern(
    rf"\bhow\s+much\s+(?:is|was|of\s+(?:it|that)\s+is)\s+(?:the\s+)?{_RATE_WORD}\b"
    # The calculator has cut "얼마야" off already: a rate word ending the text asks it too.
    rf"|{_RATE_WORD}\s*(?:는|은|가|이|만)?\s*(?:얼마|몇|$)",
    re.IGNORECASE,
)
_AMOUNT = LazyPattern(rf"(?<![\d.]){_NUM}(?![\d.]*\s*%)")


def rate_included_expression(text: str) -> str | None:
    """The price before an included rate, or the rate's share, as an expression.

    Args:
        text: The request with its numerals as digits ("33000", "10%").

    Returns:
        ``"a / (1 + p / 100)"`` or ``"a * p / (100 + p)"``, or None when the text is not
        one amount said to include one named rate.
    """
    rates = list(_RATE.finditer(text))
    if len(rates) != 1:
        return None
    rate = rates[0]
    word_after = _WORD_AFTER.match(text[rate.end() :])
    named = word_after or _WORD_BEFORE.search(text[: rate.start()])
    included = _INCLUDED.search(text)
    if not named or included is None:
        return None
    amounts = [m for m in _AMOUNT.finditer(text) if not rate.start() <= m.start() < rate.end()]
    if len(amounts) != 1:
        return None
    amount = amounts[0]
    # What is asked comes after the amount, the "including" and the rate with its own word.
    rate_end = rate.end() + (word_after.end() if word_after else 0)
    after = max(amount.end(), included.end(), rate_end)
    p = rate["p"]
    # "before VAT", "without the tip" end on the rate's word too: the price is asked.
    if _ASKS_BEFORE.search(text, after):
        return f"{amount.group(0)} / (1 + {p} / 100)"
    if _ASKS_SHARE.search(text, after):
        return f"{amount.group(0)} * {p} / (100 + {p})"
    return None
