"""Money divided by money is a count, not money.

"만원을 2500원으로 나누면" is 4 (four lots of 2,500원), and "50000원 나누기 1689원" is about 29.6:
the units cancel. The calculator labelled both with 원 ("4원", "30원": a sum of money that
was never asked, rounded as money), and "$100 / $25" as "$4.00".
"""

from __future__ import annotations

import re

# The whole reading is one division of two figures.
_ONE_DIVISION = re.compile(r"^\(?\s*(\d+(?:\.\d+)?)\s*\)?\s*/\s*\(?\s*(\d+(?:\.\d+)?)\s*\)?$")
_FIGURE = r"(\d[\d,]*(?:\.\d+)?)"
# A figure said as an amount of the currency the reading is labelled with.
_AMOUNTS = {
    "원": (re.compile(_FIGURE + r"\s*원"),),
    "$": (
        re.compile(r"\$\s*" + _FIGURE),
        re.compile(_FIGURE + r"\s*(?:dollars?|bucks|달러|usd)\b", re.IGNORECASE),
    ),
}


def is_ratio_of_amounts(digits: str, source: str, unit: str | None) -> bool:
    """True when ``source`` divides one stated amount of ``unit`` by another."""
    patterns = _AMOUNTS.get(unit or "")
    division = _ONE_DIVISION.match(source.strip())
    if patterns is None or division is None:
        return False
    said = {
        float(match.group(1).replace(",", ""))
        for pattern in patterns
        for match in pattern.finditer(digits)
    }
    return all(float(figure) in said for figure in division.groups())
