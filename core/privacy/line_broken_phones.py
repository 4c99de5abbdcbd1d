"""A Korean mobile number broken over two lines: ``담당 현가온 010-`` / ``5529-8814``
(redteam34).

A number copied out of a spreadsheet cell or a narrow chat bubble often wraps after its
prefix. The phone rules read a number within one line (the digit separators deliberately
exclude newlines, so a table's columns do not fuse into one id), and the two halves apart
are a bare prefix and eight digits. A mobile prefix (010, 011, 016–019) with its hyphen or dot
(the separator a wrap leaves behind) at a line's end, and three or four digits, a hyphen or
space and four digits opening the next line, is one number.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_line_broken_phones"]

_BROKEN_RE = LazyPattern(
    r"(?<![0-9])01[016-9][ \t]*[-.][ \t]*\r?\n[ \t]*[0-9]{3,4}[ \t]*[-. ]?[ \t]*[0-9]{4}(?![0-9])"
)


def detect_line_broken_phones(text: str) -> Iterator[Hit]:
    """Mobile numbers whose prefix ends one line and whose rest opens the next (see module)."""
    if "\n" not in text:
        return
    for m in _BROKEN_RE.finditer(text):
        yield Hit("phone", m.start(), m.end(), 0.85, False)
