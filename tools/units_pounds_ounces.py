"""A weight said in pounds and ounces ("5 lb 3 oz", "7파운드 4온스"), as one figure.

Like "5 ft 8 in" for a length, a baby's or a parcel's weight is said in two units at
once. Read unit by unit, "5 lb 3 oz in grams" had no single figure to convert and fell
to a model, which answered "100 grams". Merged into ounces (16 to the pound, exact), it
converts like any other weight.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.korean_numbers import format_number

__all__ = ["POUNDS_AND_OUNCES", "merge_pounds_and_ounces"]

_OUNCES_PER_POUND = Decimal(16)

POUNDS_AND_OUNCES = re.compile(
    r"(?P<lb>\d+(?:\.\d+)?)\s*(?:(?P<ko>파운드)|pounds?|lbs?\.?)\s*(?:and\s+|,\s*)?"
    r"(?P<oz>\d+(?:\.\d+)?)\s*(?:온스|ounces?|oz\.?)(?![a-z])",
    re.IGNORECASE,
)


def merge_pounds_and_ounces(text: str) -> str:
    """ "5 lb 3 oz" -> "83 oz", "7파운드 4온스" -> "116온스": one weight, in ounces."""

    def ounces(m: re.Match[str]) -> str:
        total = format_number(Decimal(m["lb"]) * _OUNCES_PER_POUND + Decimal(m["oz"]))
        return f"{total}{'온스' if m['ko'] else ' oz'}"

    return POUNDS_AND_OUNCES.sub(ounces, text)
