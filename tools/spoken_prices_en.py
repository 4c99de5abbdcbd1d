"""Prices said the spoken way: "three forty a gallon" is 3.40, "twelve fifty each" 12.50.

Blind set 31: "gas is three forty a gallon and my tank holds 14 gallons" was priced at 40 a
gallon (560): "forty" became digits and "three" was left as a word nobody read. Spoken
dollars and cents put a number up to nineteen before a tens word ("two ninety-nine",
"twelve fifty"); before a price's unit ("a gallon", "each", "per ticket") that is the
price. Before a period ("two twenty a month", which may be 220) or anywhere else the pair
is not read, and the price reader declines rather than read half of it.
"""

from __future__ import annotations

import re

from core.text import ENGLISH_DIGITS, ENGLISH_TEENS, ENGLISH_TENS

__all__ = ["EN_TENS", "spoken_prices_as_decimals", "unread_spoken_pair"]

# One to nineteen: the digits in words and the teens.
_UNITS = {word: int(digit) for word, digit in ENGLISH_DIGITS.items() if digit != "0"}
_SMALL = {**_UNITS, **ENGLISH_TEENS}
#: The tens in words ("forty" is 40), shared with the price reader.
EN_TENS = ENGLISH_TENS
_PAIR = (
    r"\b(?P<d>" + "|".join(_SMALL) + r")\s+(?P<c>" + "|".join(EN_TENS) + r")"
    r"(?:[-\s](?P<u>" + "|".join(_UNITS) + r"))?\b"
)
_PERIOD = r"(?:day|week|month|year|night|hour|minute|session|class|lesson)s?"
# The unit a price is for: "a gallon", "per ticket", "each", "apiece".
_PRICE_CUE = r"(?=\s+(?:each|apiece|a\s+piece|(?:a|an|per|the)\s+(?!" + _PERIOD + r"\b)[a-z]+)\b)"
_SPOKEN_PRICE = re.compile(_PAIR + _PRICE_CUE, re.IGNORECASE)
_ANY_PAIR = re.compile(_PAIR, re.IGNORECASE)


def _as_decimal(match: re.Match[str]) -> str:
    cents = EN_TENS[match["c"].lower()] + (_UNITS[match["u"].lower()] if match["u"] else 0)
    return f"{_SMALL[match['d'].lower()]}.{cents:02d}"


def spoken_prices_as_decimals(text: str) -> str:
    """ "three forty a gallon" -> "3.40 a gallon"; other text unchanged.

    Args:
        text: A request in English words.
    """
    return _SPOKEN_PRICE.sub(_as_decimal, text)


def unread_spoken_pair(text: str) -> bool:
    """Whether a spoken pair ("two twenty a month") is left that no reading settles.

    Args:
        text: A request, after :func:`spoken_prices_as_decimals`.
    """
    return _ANY_PAIR.search(text) is not None
