"""Thousands separators taken out of the figures of a text: "1,250,000원" as "1250000원".

Only a comma between a digit and exactly three digits is a separator; a list's commas
("3,4,5" or "12,5") stay, so the figures of a list are not glued together.
"""

from __future__ import annotations

import re

__all__ = ["without_thousands_commas"]

_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def without_thousands_commas(text: str) -> str:
    """``text`` with its thousands separators removed."""
    return _THOUSANDS_COMMA.sub("", text)
