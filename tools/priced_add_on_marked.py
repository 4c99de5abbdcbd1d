"""A second price per period said to come on top: "1박당 5천원 추가", "plus 6 a night".

Blind set 32: "캠핑장 1박 4만5천원이고 전기 쓰면 1박당 5천원 추가래 2박" and "campsite is 38 a
night plus 6 a night for the electric hookup, 4 nights" went to the cloud.
:mod:`tools.priced_add_on_rates` sums two prices of one period when the later one is named
as a charge of its own before its figure (보험료, "insurance"); here the charge is named
after it, or not at all, but the words around the figure say it is added ("추가", "더",
"plus", "extra", "on top"), which two options ("A 하루 10만원 B 하루 12만원") never say.
"""

from __future__ import annotations

import re

__all__ = ["marked_as_added"]

# Just before the figure: "plus 6 a night", "+ 6", "an extra 6", "and another 6".
_ADDED_BEFORE = re.compile(
    r"(?:\bplus|\+|\ban\s+extra|\bextra|\band\s+another|\badditional)\s*\$?\s*$", re.IGNORECASE
)
# Just after the figure (its currency word first): "5000원 추가", "5000원 더", "6 extra",
# "6 on top", "100원 따로".
_ADDED_AFTER = re.compile(
    r"\s*(?:원|won\b|dollars?\b|bucks\b)?\s*(?:씩\s*)?(?:추가|더\s*(?:받|내|붙|든)|별도로?\s*추가"
    r"|extra\b|on\s+top\b|more\b"
    # "봉투 장당 100원 따로", "별도": charged apart from the price, so on top of it (set 35).
    r"|따로(?!\s*따로)|별도)",
    re.IGNORECASE,
)


def marked_as_added(plain: str, start: int, end: int) -> bool:
    """Whether the price at ``plain[start:end]`` is said to come on top of another.

    Args:
        plain: The request as read (``plain_text``).
        start: Where the price's figure starts.
        end: Where it ends.
    """
    return bool(_ADDED_BEFORE.search(plain, 0, start) or _ADDED_AFTER.match(plain, end))
