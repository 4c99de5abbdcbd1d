"""A spelled count before a figure that names the kind: "two 7 day passes" are 2 passes.

A figure right after a spelled count ("two 7 day passes at 45 each") is the kind of thing
counted (a 7-day pass), not a count: the price reader took the 7 for the count (315 for
90), so ``tools.price_total`` declined such turns (turns34). When the figure is followed by
a unit that names a kind ("7 day", "2 litre", "12-pack") and then the noun counted, the
figure and its unit are dropped and the spelled count stands before the noun: "2 passes at
45 each", read as any other. Anything else after the figure still declines.
"""

from __future__ import annotations

import re

from core.text import ENGLISH_DIGITS

__all__ = ["kind_figure_dropped"]

_COUNTS = "|".join(sorted(ENGLISH_DIGITS, key=len, reverse=True))
_KIND_FIGURE = re.compile(
    rf"\b(?P<count>{_COUNTS}|a\s+couple\s+of|a\s+pair\s+of)\s+\d+(?:\.\d+)?[\s-]?"
    r"(?:day|week|month|year|hour|night|minute|litre|liter|gallon|pack|piece|inch|foot"
    r"|metre|meter|kg|lb|l)s?\s+(?P<noun>[a-z]+)\b",
    re.I,
)
_PHRASED = {"a couple of": "2", "a pair of": "2"}


def kind_figure_dropped(text: str) -> str | None:
    """``text`` with "two 7 day passes" said "2 passes", or ``None`` when it says no such thing."""
    found = _KIND_FIGURE.search(text)
    if found is None:
        return None
    said = " ".join(found["count"].lower().split())
    count = _PHRASED.get(said) or ENGLISH_DIGITS.get(said)
    if count is None:
        return None
    return f"{text[: found.start()]}{count} {found['noun']}{text[found.end() :]}"
