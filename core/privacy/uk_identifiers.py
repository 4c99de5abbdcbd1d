"""A British driving licence number: ``MORGA753116SM9IJ``.

People give their licence number to book a hire car. (British bank details, the sort code
and the account number, are read by :mod:`core.privacy.uk_account_numbers`.)

A driving licence number has a shape nothing else has: five letters of the surname (padded
with 9s), six digits holding the birth date (the month's tens digit 0/1, or 5/6 for a
woman), two initials (or 9s), a digit and two check letters. It is reported as another
country's identity number (``national_id``), with or without its label, in capitals,
with or without spaces between its parts (``DAVIS 612053 JK4 PQ`` too), when its month and
day exist; after a product's or an order's code label (``SKU:``, ``part no``) and no
licence word it is that code.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_uk_driving_licence"]

_LICENCE_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?P<licence>[A-Z9]{5}[ \t]?[0-9](?P<month>[0156][0-9])(?P<day>[0-3][0-9])"
    r"[0-9][ \t]?[A-Z9]{2}[ \t]?[0-9][ \t]?[A-Z]{2})(?![A-Za-z0-9])"
)
# A product's or an order's code label right before the token: the licence shape is then a
# stock code's ("SKU: PRODU501234XY9AB"), unless a licence word says otherwise.
_CODE_LABEL_BEFORE = LazyPattern(
    r"(?i:\b(?:sku|part|item|product|model|serial|order|ref(?:erence)?|code|id)\b)"
    r"(?:[ \t]*(?i:no\.?|number|#))?[ \t]*[:#]?[ \t]*\Z"
)
_LICENCE_WORD = LazyPattern(r"(?i:licen[cs]e|driving|driver|dvla)|면허")
_LABEL_REACH = 40


def _valid_birth_date(month: str, day: str) -> bool:
    """The encoded month (01-12, plus 50 for a woman) and day (01-31) exist."""
    month_number = int(month) % 50
    return 1 <= month_number <= 12 and 1 <= int(day) <= 31


def detect_uk_driving_licence(text: str) -> Iterator[Hit]:
    """A British driving licence number by its shape."""
    for m in _LICENCE_RE.finditer(text):
        if not _valid_birth_date(m.group("month"), m.group("day")):
            continue
        before = text[max(0, m.start() - _LABEL_REACH) : m.start()]
        if _CODE_LABEL_BEFORE.search(before) and _LICENCE_WORD.search(before) is None:
            continue
        yield Hit("national_id", m.start("licence"), m.end("licence"), 0.85, False)
