"""Whole tiles for a floor, with a share spare: "floor is 3.2m x 4.5m and the tiles are 50cm
square, how many tiles do i need with 10% extra".

Blind set 36 sent this to the cloud. The floor's area over one tile's area, plus the share
spare, is a count of tiles, and tiles are bought whole, so it is rounded up (57.6 tiles
+ 10% = 63.36 -> 64). Read only with the floor's two sides and one square tile, each with
its length unit, an optional share spare, and "how many tiles" asked; every figure must
be one of those, or the request declines.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["tiles_for_area"]

_N = r"\d+(?:\.\d+)?"
_TO_METRES = {"m": Decimal(1), "cm": Decimal("0.01"), "mm": Decimal("0.001")}
_FLOOR = re.compile(
    rf"(?<![\d.])(?P<a>{_N})\s*(?P<au>m|cm|mm)?\s*(?:x|by|×|\*)\s*(?P<b>{_N})\s*(?P<bu>m|cm|mm)\b",
    re.I,
)
_TILE = re.compile(
    rf"\btiles?\s+(?:are|is)\s+(?P<t>{_N})\s*(?P<tu>m|cm|mm)\s+squares?\b"
    rf"|(?P<t2>{_N})\s*(?P<tu2>m|cm|mm)\s+square\s+tiles?\b",
    re.I,
)
_SPARE = re.compile(
    rf"\b(?:with|plus|and|add|allowing)\s+(?P<p>{_N})\s*%\s*(?:extra|spare|more|for\s+"
    r"(?:waste|breakage|cuts|cutting))\b",
    re.I,
)
_ASKS = re.compile(r"\bhow\s+many\s+tiles\b", re.I)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def _metres(value: str, unit: str) -> str:
    return str(Decimal(value) * _TO_METRES[unit.lower()])


def tiles_for_area(original: str) -> tuple[str, str | None] | None:
    """ "ceil(3.2 * 4.5 / (0.5 * 0.5) * (1 + 10 / 100))" for the request above, or ``None``.

    Args:
        original: The request as asked.

    Returns:
        The expression and an empty unit (a count of tiles), or ``None``.
    """
    floors, tiles = list(_FLOOR.finditer(original)), list(_TILE.finditer(original))
    spares = list(_SPARE.finditer(original))
    if len(floors) != 1 or len(tiles) != 1 or len(spares) > 1 or not _ASKS.search(original):
        return None
    floor, tile = floors[0], tiles[0]
    side, side_unit = (tile["t"], tile["tu"]) if tile["t"] else (tile["t2"], tile["tu2"])
    side_group = "t" if tile["t"] else "t2"
    placed = {floor.span("a"), floor.span("b"), tile.span(side_group)}
    if spares:
        placed.add(spares[0].span("p"))
    if sorted(placed) != [f.span() for f in _FIGURE.finditer(original)]:
        return None
    a = _metres(floor["a"], floor["au"] or floor["bu"])
    b = _metres(floor["b"], floor["bu"])
    t = _metres(side, side_unit)
    spare = f" * (1 + {spares[0]['p']} / 100)" if spares else ""
    # A count of tiles has no unit of the text's ("m" would be read from the sides).
    return f"ceil({a} * {b} / ({t} * {t}){spare})", ""
