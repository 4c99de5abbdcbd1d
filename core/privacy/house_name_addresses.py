"""A named house before its street: ``Honeysuckle Barn, Back Lane, Ashwell SG7 5PD``
(masked30).

Rural British homes have a name instead of a number (a barn, a cottage, a farm, a lodge),
and the name opens the address: ``Honeysuckle Barn, Back Lane``. The street rules read a
numbered street or a street before its postcode, so the street and the postcode were
masked and the house's name, which picks out one home on the lane, was left in a masked
copy. Rule: one to three capitalised words ending in a word of houses (``Barn``,
``Cottage``, ``Farm``, ``Lodge``, ``Rectory``…), a comma, then a street with its suffix
(``Back Lane``, ``Church Road``). A pub's or a venue's name is written the same way (``The
Old Mill, Mill Lane`` asked about for its opening hours), so a text with a word of venues
(pub, hotel, wedding venue, opening hours, tickets) is left alone, as are famous
buildings named like houses (``The White House``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_house_name_addresses"]

_HOUSE_WORDS = (
    r"Barn|Barns|Cottage|Cottages|Farm|Farmhouse|House|Lodge|Mill|Manor|Grange|Rectory|"
    r"Vicarage|Villa|Croft|Oast|Granary|Stables|Bungalow|Chalet|Steading|Byre"
)
_STREET_SUFFIX = (
    r"Lane|Road|Street|Close|Way|Drive|Avenue|Crescent|Gardens|Grove|Hill|Row|Green|Place|"
    r"Court|Terrace|Walk|Track|Drove|End|Common"
)
_HOUSE_RE = LazyPattern(
    r"(?<![A-Za-z])(?P<house>(?:[A-Z][a-z]+[ \t]+){1,2}(?:" + _HOUSE_WORDS + r"))"
    r",[ \t]*(?:[A-Z][a-z]+[ \t]+){1,2}(?:" + _STREET_SUFFIX + r")(?![A-Za-z])"
)
# Famous buildings named like houses ("The White House, Pennsylvania Avenue").
_LANDMARK_HOUSES = frozenset(
    {
        "white house", "mansion house", "somerset house", "senate house", "bush house",
        "clarence house", "lancaster house", "marlborough house", "chatham house",
        "apsley house", "kensington palace", "hampton court",
    }
)  # fmt: skip
_VENUE_RE = LazyPattern(
    r"(?i:\b(?:pub|inn|tavern|hotel|restaurant|caf[eé]|museum|venue|tickets?|opening[ \t]+"
    r"hours|open[ \t]+on|gallery|national[ \t]+trust|heritage)\b)"
)


def detect_house_name_addresses(text: str) -> Iterator[Hit]:
    """A house's name before its street (see the module)."""
    if "," not in text:
        return
    matches = list(_HOUSE_RE.finditer(text))
    if not matches or _VENUE_RE.search(text) is not None:
        return
    for m in matches:
        house = m.group("house").lower().removeprefix("the ").strip()
        if house in _LANDMARK_HOUSES:
            continue
        yield Hit("address", m.start("house"), m.end("house"), 0.75, False)
