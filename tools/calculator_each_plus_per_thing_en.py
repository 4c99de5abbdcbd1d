"""A price each plus a charge per the same thing for a service, times the things needed.

Set 30: "new tires are 129 each plus 25 a tire for fitting, I need 4, how much" went to the
cloud: the price reader took "25 a tire" for a second price of one unit with one count,
whose pairing is unsaid. Said "a tire" of the things priced "each", the charge comes with
each of them: (129 + 25) x 4 = 616.

Only when the thing the charge is per is the thing named with the price (tires/tire), one
count of them is given, and every figure is one of the three.
"""

from __future__ import annotations

import re

from tools.calculator_rental_deposit import singular_word

__all__ = ["each_plus_per_thing"]

_N = r"\d+(?:\.\d+)?"
_FORM = re.compile(
    rf"\b(?P<things>[a-z]+?)s?\s+(?:are|cost|is)\s+\$?(?P<p>{_N})\s+each\s*,?\s+plus\s+\$?(?P<f>{_N})"
    r"\s+(?:a|per)\s+(?P<thing>[a-z]+)\s+for\s+[a-z ]{2,30}?\s*,?\s*(?:and\s+)?(?:i|we)\s+need\s+"
    rf"(?P<n>{_N})\b(?:\s+(?P<again>[a-z]+))?",
    re.I,
)
_ASKS = re.compile(r"\bhow\s+much\b|\btotal\b|\bwhat'?s\s+(?:that|the\s+cost)\b|\bcost\b", re.I)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def each_plus_per_thing(original: str) -> tuple[str, str | None] | None:
    """ "(129 + 25) * 4" for things priced each with a charge per thing, or ``None``.

    Args:
        original: The request as asked.
    """
    said = _FORM.search(original)
    if said is None or not _ASKS.search(original, said.end("n")):
        return None
    thing = singular_word(said["thing"])
    if singular_word(said["things"]) != thing or (
        said["again"] and singular_word(said["again"]) not in (thing, "of")
    ):
        return None  # the charge is per some other thing than the ones priced each
    placed = sorted([said.span("p"), said.span("f"), said.span("n")])
    if placed != [f.span() for f in _FIGURE.finditer(original)]:
        return None
    return f"({said['p']} + {said['f']}) * {said['n']}", "$" if "$" in original else ""
