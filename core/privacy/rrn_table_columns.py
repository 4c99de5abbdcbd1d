"""A resident registration number split over two columns of a table: ``| 함지우 | 881205 |
2658213 |`` (redteam31).

A roster kept in a spreadsheet often stores the birth-date half and the back half in
columns of their own, and a pasted row then shows two plain numbers. The front half is six
digits that make a date, the back half seven digits starting with the sex digit, in the next
cell (``|``, a tab or a comma between); the number's check digit must hold for the two
together, so a date column followed by a seven-digit amount does not pass (one in eleven
random pairs would; the date and the sex digit's century must also agree).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit
from core.privacy.validators import birth_date, rrn_checksum_ok

__all__ = ["detect_rrn_table_columns"]

_PAIR_RE = LazyPattern(
    r"(?<![0-9])(?P<front>[0-9]{6})[ \t]*(?:\||\t|,)[ \t]*(?P<back>[1-4][0-9]{6})(?![0-9])"
)


def detect_rrn_table_columns(text: str) -> Iterator[Hit]:
    """Registration numbers whose halves sit in adjacent table cells (see the module)."""
    if "|" not in text and "\t" not in text and "," not in text:
        return
    for m in _PAIR_RE.finditer(text):
        front, back = m.group("front"), m.group("back")
        if birth_date(front, back[0]) is None or not rrn_checksum_ok(front + back):
            continue
        yield Hit("kr_rrn", m.start("front"), m.end("front"), 0.9, True)
        yield Hit("kr_rrn", m.start("back"), m.end("back"), 0.9, True)
