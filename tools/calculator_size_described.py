"""A product's size said before its price: "고양이 모래 10L 만2천원짜리 3개 사면 얼마".

Blind set 36 sent this to the cloud: "10L" names which bag it is, as "500ml" names a
bottle, and has no part in the sum (3 x 12,000). The size is read as a label only when it
stands right before the "N원짜리" price and its unit is said nowhere else in the request:
"10L 만2천원짜리인데 1L당 얼마" asks about the size, and declines here. The request without
the size is then read as if the label had not been said.
"""

from __future__ import annotations

import re
import unicodedata

from core.errors import ToolInputError
from tools.korean_numbers import normalize_numerals

__all__ = ["size_before_price"]

_UNITS = r"(?:ml|mL|L|l|ℓ|리터|kg|g|그램|킬로|매|롤|개입|인치|cm|mm)"
_SIZE = re.compile(
    rf"(?<![\d.,])(?P<size>\d+(?:\.\d+)?)\s*(?P<u>{_UNITS})(?![A-Za-z가-힣\d])\s+"
    r"(?=\d[\d,]*\s*원?\s*짜리)"
)


def size_before_price(original: str) -> tuple[str, str | None] | None:
    """The reading of "모래 12000원짜리 3개 사면 얼마" for "모래 10L 만2천원짜리 …", or ``None``.

    Args:
        original: The request as asked.
    """
    s = normalize_numerals(unicodedata.normalize("NFKC", original))
    sizes = list(_SIZE.finditer(s))
    if len(sizes) != 1:
        return None
    size = sizes[0]
    unit = re.escape(size["u"])
    if len(re.findall(rf"(?<![A-Za-z]){unit}(?![A-Za-z])", s)) != 1:
        return None  # the unit said again ("1L당", "몇 L"): the size is part of the question
    # Imported here: tools.calculator reads with this module among its readers.
    from tools.calculator import to_expression

    try:
        return to_expression(s[: size.start()] + s[size.end() :])
    except ToolInputError:
        return None
