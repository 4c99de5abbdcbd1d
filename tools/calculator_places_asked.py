"""``to the cent``, ``소수점 둘째 자리까지``: the decimals a calculation's answer is asked to.

The rule: a calculation whose text also names the places its answer is given to ("to the
cent", "to the nearest cent", "to 2 decimal places", "to two decimals", "소수점 둘째
자리까지", "원 단위로", "to the nearest whole number") shows its plain number rounded to
them (half up; 올림/round up rounds up, 내림/버림/round down cuts). A figure in a currency
or measure keeps the display its unit already gives; only a plain number or a percentage
is rounded here.
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from tools.references import DECIMAL_PLACES

__all__ = ["PlacesAsked", "places_asked", "shown_to_places"]

_WORD_PLACES = {"one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3, "0": 0, "zero": 0}
_KO_PLACES = {"첫째": 1, "한": 1, "1": 1, "둘째": 2, "두": 2, "2": 2, "셋째": 3, "세": 3, "3": 3}
_EN_PLACES = re.compile(
    r"\bto\s+(?:the\s+)?(?:nearest\s+)?(?P<cent>cents?|penny|pennies)\b"
    r"|\bto\s+(?P<n>one|two|three|zero|[0-3])\s+(?:decimal\s+(?:places?|points?)|decimals|dp)\b"
    r"|\bto\s+the\s+nearest\s+(?P<whole>whole\s+number|integer|dollar|euro|won)\b",
    re.IGNORECASE,
)
_KO_PLACES_RE = re.compile(DECIMAL_PLACES)
_KO_WHOLE = re.compile(r"(?<![\d만천백십억])원\s*단위(?:로|까지)")
_UP = re.compile(r"(?<!반)올림|\bround(?:ed)?\s+up\b", re.IGNORECASE)
_DOWN = re.compile(r"내림|버림|\bround(?:ed)?\s+down\b|\btruncat", re.IGNORECASE)


class PlacesAsked:
    """How many decimals were asked for and which way to round."""

    __slots__ = ("mode", "places")

    def __init__(self, places: int, mode: str) -> None:
        self.places = places
        self.mode = mode


def places_asked(text: str) -> PlacesAsked | None:
    """The decimals ``text`` asks its answer to, or None when it names none."""
    places: int | None = None
    en = _EN_PLACES.search(text)
    ko = _KO_PLACES_RE.search(text)
    if en is not None:
        places = 2 if en["cent"] else 0 if en["whole"] else _WORD_PLACES[en["n"].lower()]
    elif ko is not None:
        places = _KO_PLACES[ko["place"]]
    elif _KO_WHOLE.search(text):
        places = 0
    if places is None:
        return None
    up, down = _UP.search(text) is not None, _DOWN.search(text) is not None
    if up and down:
        return None
    mode = ROUND_CEILING if up else ROUND_FLOOR if down else ROUND_HALF_UP
    return PlacesAsked(places, mode)


def shown_to_places(value: Decimal, asked: PlacesAsked) -> tuple[Decimal, str]:
    """``value`` rounded as asked, and how it is shown ("28.00", "1,234.57")."""
    rounded = value.quantize(Decimal(1).scaleb(-asked.places), rounding=asked.mode)
    return rounded, f"{rounded:,.{asked.places}f}"
