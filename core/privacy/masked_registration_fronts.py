"""The shown part of a masked 주민등록번호: ``880214-2******``, ``주민번호 940312-1●●●●●●``
(redteam35).

Forms, prescriptions and certificates print a registration number with its last six digits
hidden, and people paste them believing the mask made them safe. What stays is the birth date
and the digit of sex and century, which beside the name on the same paper is still personal
data; the registration rule needs all thirteen digits and does not read it. The shape: six
digits that are a valid date (YYMMDD), a dash, the seventh digit (1–8), then six mask
characters (``*``, ``●``, ``○``, ``x``, ``X``, ``#``). Only the shown part is reported, as the
registration number it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit
from core.privacy.validators import birth_date

__all__ = ["detect_masked_registration_fronts"]

_MASKED_RE = LazyPattern(
    r"(?<![0-9])(?P<front>(?P<yy>[0-9]{2})(?P<mm>[0-9]{2})(?P<dd>[0-9]{2})[ \t]?-[ \t]?[1-8])"
    r"[*●○xX#]{6}(?![0-9*●○xX#])"
)
_MASKS = ("*", "●", "○", "x", "X", "#")


def detect_masked_registration_fronts(text: str) -> Iterator[Hit]:
    """The shown birth date and sex digit of a masked registration number (see the module)."""
    if not any(mask * 3 in text for mask in _MASKS):
        return
    for m in _MASKED_RE.finditer(text):
        front = m.group("yy") + m.group("mm") + m.group("dd")
        if birth_date(front, m.group("front")[-1]) is not None:
            yield Hit("kr_rrn", m.start("front"), m.end("front"), 0.75, False)
