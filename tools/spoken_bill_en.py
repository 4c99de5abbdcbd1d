"""A bill said the spoken way: "the bill came to eighty four fifty" is 84.50.

Blind set 32: "the bill came to eighty four fifty and we wanna tip 20 percent, total?" went
to the cloud: :mod:`tools.spoken_prices_en` reads a number up to nineteen before a tens word
("twelve fifty each") as dollars and cents, not a two-word number of dollars ("eighty
four") before the cents. Said as what a bill, a check or a meal came to, the tens and ones
are the dollars and the tens word after them the cents; anywhere else ("eighty four fifty
people") nothing is read.

Set 50 (slot58e): "whats a 15 percent tip on sixty four forty" was declined: the bill was
said as what a tip, a tax or a percent is taken on, not what a bill came to. Those leads
("tip on", "tax of", "20% of", "15 percent off") name the figure as an amount of money just
as "the bill came to" does, so they read the same way.
"""

from __future__ import annotations

import re

from core.text import ENGLISH_DIGITS, ENGLISH_TEENS
from tools.spoken_prices_en import EN_TENS

__all__ = ["spoken_bill_as_decimal"]

_ONES = {word: int(digit) for word, digit in ENGLISH_DIGITS.items() if digit != "0"}
_TENS = "|".join(EN_TENS)
_ONE = "|".join(_ONES)
# Cents said as a teen ("thirty one fifteen" is 31.15, set 50).
_TEEN = "|".join(ENGLISH_TEENS)
_BILL = re.compile(
    r"\b(?P<lead>(?:bill|check|tab|total|dinner|lunch|breakfast|brunch|meal|order)\s+"
    r"(?:came\s+(?:out\s+)?to|comes\s+(?:out\s+)?to|was|is|totall?ed|of)"
    # What a tip, a tax or a percent is taken on is money too (set 50).
    r"|(?:tip|tax|gratuity|%|percent)\s+(?:on|of|off))\s+"
    rf"(?P<t>{_TENS})(?:[-\s](?P<o>{_ONE}))?\s+"
    rf"(?:(?P<c>{_TENS})(?:[-\s](?P<u>{_ONE}))?|(?P<teen>{_TEEN}))\b"
    r"(?!\s+(?:people|persons|guests|items|dollars?\s+and|years?|times|kids|students))",
    re.IGNORECASE,
)


def _as_decimal(m: re.Match[str]) -> str:
    dollars = EN_TENS[m["t"].lower()] + (_ONES[m["o"].lower()] if m["o"] else 0)
    if m["teen"]:
        cents = ENGLISH_TEENS[m["teen"].lower()]
    else:
        cents = EN_TENS[m["c"].lower()] + (_ONES[m["u"].lower()] if m["u"] else 0)
    return f"{m['lead']} {dollars}.{cents:02d}"


def spoken_bill_as_decimal(text: str) -> str:
    """ "the bill came to eighty four fifty" -> "the bill came to 84.50"; else unchanged."""
    return _BILL.sub(_as_decimal, text)
