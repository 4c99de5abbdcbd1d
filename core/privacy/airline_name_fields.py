"""A traveller's name as airlines print it: ``OKONKWO-BAIRD/CHIDINMA MS`` on a boarding pass,
an e-ticket or a booking screen (redteam32).

Airline systems write a passenger as ``SURNAME/GIVEN`` in capitals, often with the title
after (``MR``, ``MS``, ``MRS``, ``MISS``, ``MSTR``). People paste a boarding pass or its
OCR to ask for the gate or the seat. The capitals-only and passport rules look for other
shapes, so the name passed. The slash between two capitalised words with a title after it is
the airline's own field shape; without the title, a passenger label just before
(``PASSENGER``, ``NAME OF PASSENGER``, ``탑승객``, ``승객``) is needed, since ``TCP/IP``
and ``AC/DC`` have the slash too.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_airline_name_fields"]

_NAME_RE = LazyPattern(
    r"(?<![A-Za-z/])(?P<name>[A-Z][A-Z'-]{1,30}/[A-Z]{2,20}(?:[ \t][A-Z]{2,20}){0,2})"
    r"(?![A-Za-z/])"
)
_LABEL_RE = LazyPattern(
    r"(?i:passenger|name[ \t]+of[ \t]+passenger|traveller|traveler)|탑승객|승객"
)
_TITLES = frozenset({"MR", "MS", "MRS", "MISS", "MSTR", "DR", "MX"})
_REACH = 40


def detect_airline_name_fields(text: str) -> Iterator[Hit]:
    """``SURNAME/GIVEN`` with a title or under a passenger label (see the module)."""
    if "/" not in text:
        return
    for m in _NAME_RE.finditer(text):
        name = m.group("name")
        head, _, last = name.rpartition(" ")
        # The title closes the field ("…/CHIDINMA MS"): the name is what comes before it.
        titled = bool(head) and last in _TITLES
        if titled:
            name = head.rstrip()
        if titled or _LABEL_RE.search(text, max(0, m.start() - _REACH), m.start()):
            yield Hit("person_name", m.start(), m.start() + len(name), 0.8, False)
