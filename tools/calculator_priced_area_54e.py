"""A price per square foot (or metre) times a room's two sides: "carpet is 3.25 a sq ft and
the room is 12 by 14 ft, how much" is 12 x 14 x 3.25 = 546 (set 45).

Read only when one price is said per a square unit, one "A by B" (or "A x B") is said in
that unit's length (or with no unit), the cost is asked, and no other figure is said. A
room in feet priced per square metre (or the other way) is a conversion this reader does
not do, so it reads nothing.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["priced_area_cost"]

_N = r"\d+(?:\.\d+)?"
_PRICE = LazyPattern(
    rf"\$?(?P<p>{_N})\s*(?:dollars?\s+|bucks\s+)?(?:a|per|/|an|each)\s*"
    r"(?P<u>sq\.?\s*(?:ft|feet|foot)|square\s+f(?:oo|ee)t|sqft|ft2|ft²"
    r"|sq\.?\s*m|square\s+met(?:er|re)s?|m2|m²)(?![a-z])",
    re.IGNORECASE,
)
_SIDES = LazyPattern(
    rf"(?<![\d.])(?P<a>{_N})\s*(?:ft|feet|foot|'|m|meters?|metres?)?\s*(?:by|x|×|\*)\s*"
    rf"(?P<b>{_N})\s*(?P<u>ft|feet|foot|'|m|meters?|metres?)?(?![a-z\d])",
    re.IGNORECASE,
)
_ASKED = LazyPattern(
    r"\bhow\s+much\b|\bwhat(?:'s|\s+is|s|\s+will|\s+would)?\s+(?:it|that|the\s+(?:total|cost|price))"
    r"|\bcost\b|\btotal\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def priced_area_cost(text: str) -> str | None:
    """ "12 * 14 * 3.25" for a price per square unit times a room's sides, or ``None``.

    Args:
        text: The question as typed (its units kept), thousands commas allowed.
    """
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    prices, sides = list(_PRICE.finditer(s)), list(_SIDES.finditer(s))
    if len(prices) != 1 or len(sides) != 1 or not _ASKED.search(s):
        return None
    if len(_FIGURE.findall(s)) != 3:
        return None
    per_metre = "f" not in prices[0]["u"].lower()  # every foot unit is spelt with an f
    side_unit = (sides[0]["u"] or "").lower()
    if side_unit and side_unit.startswith("m") != per_metre:
        return None  # sides in feet priced by the square metre (or the other way)
    return f"{sides[0]['a']} * {sides[0]['b']} * {prices[0]['p']}"


def sides_swapped(step: str, turn: str) -> str | None:
    """``step`` (a priced-area question) with the sides ``turn`` says, or ``None``.

    "other bedroom is 15 by 14" after "… the room is 12 by 14 ft, how much": the same price
    over the new sides. ``turn`` must say one "A by B" and no other figure.
    """
    new = list(_SIDES.finditer(turn))
    if priced_area_cost(step) is None or len(new) != 1 or len(_FIGURE.findall(turn)) != 2:
        return None
    old = _SIDES.search(re.sub(r"(?<=\d),(?=\d{3}\b)", "", step))
    if old is None:
        return None
    turn_unit, step_unit = (new[0]["u"] or "").lower(), (old["u"] or "").lower()
    if turn_unit and step_unit and turn_unit[0] != step_unit[0]:
        return None  # the new room in metres after one in feet: not the same measure
    unit = f" {old['u']}" if old["u"] else ""
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", step)
    changed = f"{s[: old.start()]}{new[0]['a']} by {new[0]['b']}{unit}{s[old.end() :]}"
    return changed if priced_area_cost(changed) is not None else None
