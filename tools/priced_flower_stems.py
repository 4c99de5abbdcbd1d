"""Flowers priced by the stem: "3.25 a stem … 24 roses" counts 24 stems.

Blind set 32: "the florist charges 3.25 a stem plus 12 for wrapping, I want 24 roses" went to
the cloud: the price is per stem and the count is of roses, two units the reader did not
join. A florist's cut flower is one stem, so a count of roses (tulips, lilies, …) is a count
of stems; the Korean counter 송이 (one bloom) likewise.
"""

from __future__ import annotations

__all__ = ["as_stems"]

_FLOWERS = frozenset(
    {
        "rose",
        "tulip",
        "lily",
        "carnation",
        "daisy",
        "sunflower",
        "peony",
        "gerbera",
        "orchid",
        "iris",
        "ranunculus",
        "stem",
        "송이",
    }
)


def as_stems(unit: str) -> str:
    """``"stem"`` for a unit naming a cut flower or a stem; the unit itself otherwise."""
    return "stem" if unit in _FLOWERS else unit
