"""A Philippine subdivision address by block and lot: ``Blk 7 Lot 22 Phase 3, Camella Homes,
Brgy. Molino IV, Bacoor, Cavite``, ``Block 12 Lot 5, …`` (redteam44).

Subdivisions in the Philippines number their house lots by block and lot, and that pair is how
a home's address begins there (the street rules look for a number before a street word, so it
was never read). ``Blk``/``Block`` then a number, then ``Lot``/``L`` and a number, with an
optional phase, is a house's place: a barangay, a subdivision or a town after it is not needed
but is what such an address goes on with. A block alone (``Block 7`` of a building, a city
block) or a lot alone (``Lot 22`` of an auction, a parking lot) is no address.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_philippine_lot_addresses"]

_LOT_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?:Blk|BLK|Block|BLOCK|blk)\.?[ \t]*[0-9]{1,3}[A-Z]?[ \t]*,?[ \t]*"
    r"(?:Lot|LOT|lot|L)\.?[ \t]*[0-9]{1,3}[A-Z]?(?![0-9])"
    r"(?:[ \t]*,?[ \t]*(?:Phase|PHASE|Ph)\.?[ \t]*(?:[0-9]{1,2}[A-Z]?|[IVX]{1,4})(?![A-Za-z0-9]))?"
)


def detect_philippine_lot_addresses(text: str) -> Iterator[Hit]:
    """A house's block-and-lot address (see the module)."""
    for m in _LOT_RE.finditer(text):
        yield Hit("address", m.start(), m.end(), 0.8, False)
