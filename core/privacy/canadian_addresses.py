"""A Canadian address: ``1204-88 Harbour Street, Toronto ON M5J 0C3`` (redteam26).

The last line of a Canadian address is a town, a two-letter province code and a postal code
of the form letter-digit-letter digit-letter-digit (``M5J 0C3``); the street line before it
often opens on the unit and the street number joined by a hyphen (``1204-88 Harbour
Street``: unit 1204 at number 88). A postal code after its province code is read as an
address (a letter-digit pattern alone is as often a part or a model number), and so is a
street line that stands before such a last line in the same sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.types import Hit

__all__ = ["detect_canadian_address"]

_PROVINCES = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
# Canada Post leaves D, F, I, O, Q and U out of postal codes (and W, Z as the first letter).
_FIRST = "[ABCEGHJ-NPRSTVXY]"
_LETTER = "[ABCEGHJ-NPRSTV-Z]"
_POSTAL_RE = GuardedPattern(
    r"(?<![A-Za-z])(?:"
    + _PROVINCES
    + r")[ \t,]+(?P<code>"
    + _FIRST
    + r"\d"
    + _LETTER
    + r"[ \t-]?\d"
    + _LETTER
    + r"\d)(?![A-Za-z0-9])"
)
_STREET_RE = LazyPattern(
    r"(?<![\w-])(?:\d{1,5}-)?\d{1,5}[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Crescent|Cres|Way|Lane|Court|"
    r"Place|Terrace|Parkway)\.?(?![A-Za-z])"
)


def detect_canadian_address(text: str) -> Iterator[Hit]:
    """Province-and-postal-code lines and the street line before them (see the module)."""
    for m in _POSTAL_RE.finditer(text):
        yield Hit("address", m.start(), m.end(), 0.8, False)
        for street in _STREET_RE.finditer(text, max(0, m.start() - 80), m.start()):
            yield Hit("address", street.start(), street.end(), 0.75, False)
