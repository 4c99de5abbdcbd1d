"""An amount paid for several of a unit, the price of one asked: "240 bucks for 3 nights,
whats that per night" is 240 / 3 (set 40; no form read it, the rag declined it).

The unit asked ("per night", "a night", "each night") must be the unit counted ("3
nights"), and the amount the only other figure, so a rate said beside it ("95 a night …
for 3 nights") or a second amount is never divided.
"""

from __future__ import annotations

import re

__all__ = ["amount_for_units", "money_unit_named"]

_SPAN_UNITS = frozenset({"month", "year", "quarter"})

_FIGURE = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
_FORM = re.compile(
    r"^(?:[a-z' ]*?\b(?:is|was|were|are|paid|pay|cost|costs|spent|spend|charged?)\s+)?"
    rf"\$?(?P<a>{_FIGURE})"
    r"\s*(?:dollars?|bucks|won|원)?\s+for\s+(?:the\s+)?(?P<n>\d+)\s+(?P<unit>[a-z]+?)s?\b\s*[,.]?\s*"
    r"(?:so\s+)?(?:(?:how\s+much|what)(?:'?s|\s+is|\s+does)?|whats)?\s*(?:that|it|this)?\s*"
    r"(?:come\s+to\s+|work\s+out\s+to\s+|work\s+out\s+)?(?:a|per|each|an)\s+(?P<asked>[a-z]+?)\s*[?？.!]*$",
    re.IGNORECASE,
)


def amount_for_units(text: str) -> str | None:
    """``"A / N"`` for "A for N units, how much a unit", or ``None``."""
    found = _FORM.match(text.strip())
    if found is None or found["unit"].lower() != found["asked"].lower() or int(found["n"]) == 0:
        return None
    if found["unit"].lower() in _SPAN_UNITS:
        return None  # "255 for 3 months, … a month": calculator_span_price_per_month's
    return f"{found['a'].replace(',', '')} / {found['n']}"


_DOLLARS = re.compile(r"\$\s*\d|\d\s*(?:dollars?|bucks)\b", re.IGNORECASE)
_WON = re.compile(r"\d\s*(?:원|won\b)", re.IGNORECASE)


def money_unit_named(text: str) -> str | None:
    """ "$" or "원" when ``text`` names the money of its amounts in one of them, else None."""
    dollars, won = _DOLLARS.search(text) is not None, _WON.search(text) is not None
    if dollars == won:
        return None
    return "$" if dollars else "원"
