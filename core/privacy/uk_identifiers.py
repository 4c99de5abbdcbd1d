"""A British driving licence number: ``MORGA753116SM9IJ``.

People give their licence number to book a hire car. (British bank details, the sort code
and the account number, are read by :mod:`core.privacy.uk_account_numbers`.)

A driving licence number has a shape nothing else has: five letters of the surname (padded
with 9s), six digits holding the birth date (the month's tens digit 0/1, or 5/6 for a
woman), two initials (or 9s), a digit and two check letters. It is reported as a driver
licence (the one licence type the scanner knows), with or without its label, in capitals,
with or without spaces between its parts.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_uk_driving_licence"]

_LICENCE_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?P<licence>[A-Z9]{5}[ \t]?[0-9][0156][0-9][0-3][0-9]{2}"
    r"[ \t]?[A-Z9]{2}[ \t]?[0-9][A-Z]{2})(?![A-Za-z0-9])"
)


def detect_uk_driving_licence(text: str) -> Iterator[Hit]:
    """A British driving licence number by its shape."""
    for m in _LICENCE_RE.finditer(text):
        yield Hit("kr_driver_license", m.start("licence"), m.end("licence"), 0.85, False)
