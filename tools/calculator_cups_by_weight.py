"""Cups (spoons, scoops) of an ingredient in grams, at the weight of one that the asker gives.

Blind set 35: "2 and a half cups of sugar in grams if a cup of sugar weighs 200g" went to
the cloud tier. A cup holds a volume; its weight is the ingredient's, which only the asker
knows (flour 120-125 g, sugar 200 g), so the weight of one must be said in the turn: then it
is the count times that weight (2.5 x 200 = 500 g). Both figures must be these two; a
measure of another kind, or no weight given, is left to the other readers.
"""

from __future__ import annotations

import re

__all__ = ["cups_by_weight"]

_N = r"\d+(?:\.\d+)?"
_MEASURE = r"(?:cups?|tablespoons?|tbsps?|teaspoons?|tsps?|scoops?)"
_COUNT = re.compile(
    rf"(?P<n>{_N}|a|one)\s+(?P<u>{_MEASURE})\b(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:in|to|into)"
    r"\s+(?:grams?|g)\b"
    rf"|how\s+many\s+(?:grams?|g)\s+(?:is|are|in|for)\s+(?P<n2>{_N}|a|one)\s+(?P<u2>{_MEASURE})\b",
    re.I,
)
_ONE_WEIGHS = re.compile(
    rf"\b(?:a|one|1|each)\s+(?P<u>{_MEASURE})\b(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+"
    rf"(?:weighs|is|=|comes\s+to)\s+(?:about\s+|around\s+)?(?P<w>{_N})\s*(?:g|grams?)\b",
    re.I,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_SAME = {"cup": "cup", "tablespoon": "tbsp", "tbsp": "tbsp", "teaspoon": "tsp", "tsp": "tsp"}


def _kind(unit: str) -> str:
    word = unit.lower().rstrip("s")
    return _SAME.get(word, word)


def cups_by_weight(text: str) -> tuple[str, str] | None:
    """ "2.5 * 200" and "g", or ``None``.

    Args:
        text: The request as asked.
    """
    s = re.sub(r"(?<![\d.])(\d+)\s+and\s+a\s+half\b", r"\1.5", text, flags=re.I)
    s = re.sub(r"(?<![\d.])(\d+)\s+and\s+a\s+quarter\b", r"\1.25", s, flags=re.I)
    asked, weighs = _COUNT.search(s), _ONE_WEIGHS.search(s)
    if asked is None or weighs is None:
        return None
    count, unit = (asked["n"], asked["u"]) if asked["n"] else (asked["n2"], asked["u2"])
    if _kind(unit) != _kind(weighs["u"]):
        return None  # cups asked, a spoon's weight given: no weight of a cup
    figures = [f.span() for f in _FIGURE.finditer(s)]
    placed = {weighs.span("w"), asked.span("n") if asked["n"] else asked.span("n2")}
    if weighs.group(0).split()[0] == "1":
        placed.add((weighs.start(), weighs.start() + 1))
    if any(f not in placed for f in figures):
        return None
    number = "1" if count.lower() in ("a", "one") else count
    return f"{number} * {weighs['w']}", "g"
