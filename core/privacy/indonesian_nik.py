"""An Indonesian identity number, the NIK on a KTP (redteam43, second batch): ``NIK
3174054703920003``.

Sixteen digits: six for the province, city and district, the holder's birth date (``DDMMYY``,
women's day plus 40) and four serial digits. Its shape alone is any sixteen-digit number (a
card number, an order), so the text must name it (``NIK``, ``KTP``, ``Nomor Induk
Kependudukan``, Indonesia) and the birth date must be a real one.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_indonesian_nik"]

_NIK_RE = LazyPattern(
    r"(?<![0-9])(?P<v>[1-9][0-9]{5}(?P<dd>[0-7][0-9])(?P<mm>[01][0-9])[0-9]{6})(?![0-9])"
)
_CUE_RE = LazyPattern(
    r"\bNIK\b|\bKTP\b|(?i:nomor[ \t]+induk[ \t]+kependudukan|indonesia(?:n)?)|인도네시아"
)


def _birth_date_is_real(day: int, month: int) -> bool:
    day = day - 40 if day > 40 else day
    return 1 <= day <= 31 and 1 <= month <= 12


def detect_indonesian_nik(text: str) -> Iterator[Hit]:
    """A NIK in a text that names it, with a real birth date inside (see the module)."""
    if _CUE_RE.search(text) is None:
        return
    for m in _NIK_RE.finditer(text):
        if _birth_date_is_real(int(m.group("dd")), int(m.group("mm"))):
            yield Hit("national_id", m.start("v"), m.end("v"), 0.85, False)
