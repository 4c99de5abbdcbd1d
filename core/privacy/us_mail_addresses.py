"""American postal addresses the street rules miss: a P.O. Box, a city with its state and ZIP.

``mail it to PO Box 2218, Boise, ID 83702``: a post-office box is where a person
receives mail, as much an address as a street, and the street patterns need a street word
(``Road``, ``Avenue``). The box number after ``P.O. Box`` / ``PO Box`` / ``Post Office Box``
is the address; so is a town, a two-letter state code and a five-digit ZIP in that order
(``Boise, ID 83702``), the last line of every American address. A ZIP without a state
before it, or a state code without a ZIP, is left to other rules: "AK 47" and "CA 5" are not
addresses. A rural route's box (``Rural Route 2, Box 88A``, ``RR 2 Box 88A``) is the same
kind of mail address (masked30). The city line of a listed landmark's address (``20 W 34th
St, New York, NY 10001``, :mod:`core.privacy.landmark_addresses`) is no one's (redteam36).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.landmark_addresses import after_a_landmark_street
from core.privacy.types import Hit

__all__ = ["detect_us_mail_address"]

_PO_BOX_RE = GuardedPattern(
    r"(?<![A-Za-z])(?:P\.?[ \t]?O\.?|Post[ \t]+Office)[ \t]+(?i:box)[ \t]*#?[ \t]*\d{1,6}(?!\d)"
)
# masked30: a rural route's box, "Rural Route 2, Box 88A", "RR 2 Box 88A", "HC 61 Box 12"
# (a highway contract route). "RR" alone is also a respiratory rate or Rolls-Royce: only
# with a route number and then "Box" and its number is it an address.
_RURAL_ROUTE_RE = LazyPattern(
    r"(?<![A-Za-z])(?:(?i:rural[ \t]+route)|RR|R\.R\.|HC)[ \t]*#?[ \t]*\d{1,4},?[ \t]+"
    r"(?i:box)[ \t]*#?[ \t]*\d{1,6}[A-Za-z]?(?![A-Za-z0-9])"
)
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
    "NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)
_CITY_STATE_ZIP_RE = GuardedPattern(
    r"(?<![A-Za-z])[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2},[ \t]*(?:" + _STATES + r")[ \t]+\d{5}"
    r"(?:-\d{4})?(?!\d)"
)


def detect_us_mail_address(text: str) -> Iterator[Hit]:
    """P.O. Boxes and "City, ST 12345" lines (see the module)."""
    for m in _PO_BOX_RE.finditer(text):
        yield Hit("address", m.start(), m.end(), 0.8, False)
    if "R" in text or "HC" in text or "r" in text:
        for m in _RURAL_ROUTE_RE.finditer(text):
            yield Hit("address", m.start(), m.end(), 0.8, False)
    for m in _CITY_STATE_ZIP_RE.finditer(text):
        if not after_a_landmark_street(text, m.start()):
            yield Hit("address", m.start(), m.end(), 0.8, False)
