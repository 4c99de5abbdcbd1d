"""Cups of a common baking ingredient in grams, at the standard weight of a cup, said so.

"how many grams is 2 and a half cups of flour" (set 37) was declined by design: a cup
holds a volume and its weight is the ingredient's (tools/calculator_cups_by_weight reads
only a weight the asker gives). For the few ingredients whose US cup has a standard
weight in bakers' tables (King Arthur's ingredient weight chart: all-purpose flour 120 g,
granulated sugar 200 g, butter 227 g), the count times that weight answers it, with the
weight and how the cup is filled said in the answer, so the figure is never taken for
more exact than it is. An ingredient not in the table, a weight given in the turn (the
other reader's), or any other figure is left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.handler_result import HandlerResult

__all__ = ["cups_in_grams"]

# (grams in one US cup, how the table measures it), by the names the ingredient goes by.
_CUP_GRAMS: dict[str, tuple[Decimal, str]] = {
    "flour": (Decimal(120), "all-purpose flour, spooned and levelled; scooped flour weighs more"),
    "sugar": (Decimal(200), "granulated sugar"),
    "butter": (Decimal(227), "butter"),
}
_NAMES = {
    "flour": "flour", "all-purpose flour": "flour", "all purpose flour": "flour",
    "plain flour": "flour", "ap flour": "flour",
    "sugar": "sugar", "white sugar": "sugar", "granulated sugar": "sugar",
    "butter": "butter",
}  # fmt: skip
_COUNT = r"(?P<n>\d+(?:\.\d+)?(?:\s+and\s+a\s+(?:half|quarter))?|\d+/\d+|a|one|half\s+a)"
_NAME = (
    r"(?P<what>(?:all[\s-]purpose|plain|ap|white|granulated)\s+(?:flour|sugar)|flour|sugar|butter)"
)
_END = r"\s*[?.!]*\s*$"
# "how many grams is 2 cups of flour", "2 cups of flour in grams", "what is a cup of sugar in g".
_ASKED = tuple(
    LazyPattern(rf"^\s*{form}{_END}", re.IGNORECASE)
    for form in (
        rf"how\s+many\s+(?:grams?|g)\s+(?:is|are|in|for)\s+{_COUNT}\s+cups?\s+of\s+{_NAME}",
        rf"{_COUNT}\s+cups?\s+of\s+{_NAME}\s+(?:in|to|into)\s+(?:grams?|g)",
        rf"what(?:'s|\s+is|s)\s+{_COUNT}\s+cups?\s+of\s+{_NAME}\s+in\s+(?:grams?|g)",
    )
)


def _count(said: str) -> Decimal | None:
    said = said.lower()
    if said in ("a", "one"):
        return Decimal(1)
    if said.startswith("half"):
        return Decimal("0.5")
    if "/" in said:
        top, bottom = said.split("/")
        return Decimal(top) / Decimal(bottom) if int(bottom) else None
    number, _, extra = said.partition(" and a ")
    return Decimal(number) + (Decimal("0.5") if extra == "half" else Decimal("0.25") * bool(extra))


def cups_in_grams(text: str) -> HandlerResult | None:
    """ "300 g (2.5 cups x 120 g, …)" for cups of flour, sugar or butter, or ``None``.

    Args:
        text: The step as asked.
    """
    asked = next((m for form in _ASKED if (m := form.match(text))), None)
    if asked is None:
        return None
    count = _count(asked["n"])
    name = _NAMES.get(re.sub(r"[\s-]+", " ", asked["what"].lower()))
    if count is None or count <= 0 or name is None:
        return None  # "white flour", "granulated flour": no weight in the table said so
    grams, how = _CUP_GRAMS[name]
    total = (count * grams).normalize()
    cups = f"{count.normalize():f} cup{'s' if count != 1 else ''}"
    shown = f"{total:f}".rstrip("0").rstrip(".") if "." in f"{total:f}" else f"{total:f}"
    answer = f"about {shown} g ({cups} x {grams} g, the standard weight of a US cup of {how})"
    return HandlerResult(
        handler="units",
        answer=answer,
        value=float(total),
        detail=f"{cups} x {grams} g a cup ({how})",
        unit="g",
    )
