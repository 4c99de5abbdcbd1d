"""A Korean soldier's service number, 군번 (redteam43): ``군번 25-76104829``.

Families write it to find a recruit on the training centre's letter page or to send a parcel.
It is two digits for the year of enlistment, a hyphen and eight digits (older numbers have
seven or eight), and it identifies one person for life. With no check digit, its shape alone
is an order or a serial number too, so the label ``군번`` must come just before it.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_military_service_numbers_ko"]

_SERVICE_NUMBER_RE = LazyPattern(
    r"군번(?:은|이|:|：)?[ \t]*(?:[가-힣]{0,4}[ \t]+)?(?P<v>[0-9]{2}-?[0-9]{7,8})(?![0-9])"
)


def detect_military_service_numbers_ko(text: str) -> Iterator[Hit]:
    """A 군번 right after its label (see the module)."""
    if "군번" not in text:
        return
    for m in _SERVICE_NUMBER_RE.finditer(text):
        yield Hit("national_id", m.start("v"), m.end("v"), 0.85, False)
