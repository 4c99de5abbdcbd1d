"""Whether a follow-up names one priced item while its figure belongs to another.

After "와이셔츠 한 벌 2,500원 열 벌이랑 코트 한 벌 12,000원", "아 코트 두 벌이었음" gives the
coat's count; the one count of 벌 the first turn states is the shirts' ("열 벌": the coat's
"한 벌" is its price's unit), so blind set 30 swapped the shirts' 10 for 2 and answered
17,000원 for 49,000원. When the turn names exactly one of two or more priced items of the
first turn, a figure swapped must lie in that item's stretch of the sentence: from its
name to the next item's.
"""

from __future__ import annotations

import re

__all__ = ["slot_of_another_item"]

# "코트 1벌 12000원", "와이셔츠 2500원": an item's name before its price (a count between).
_ITEM_KO = re.compile(
    r"(?P<name>[가-힣A-Za-z]{2,})\s*(?:\d+(?:\.\d+)?\s*[가-힣]{1,2}\s*)?\d[\d.]*\s*원"
)
# "3 pizzas at 16.99", "2 garlic breads at 5.49": the name before "at".
_ITEM_EN = re.compile(r"(?P<name>[a-z]{3,})\s+at\s+\$?\d", re.I)


def _stem(name: str) -> str:
    lowered = name.lower()
    return lowered[:-1] if lowered.endswith("s") and len(lowered) > 3 else lowered


def slot_of_another_item(step: str, said: str, start: int) -> bool:
    """Whether ``said`` names one item of ``step`` and ``start`` is in another's stretch.

    Args:
        step: The first turn, as read (``plain_text``).
        said: The follow-up, as read.
        start: Where the figure to be swapped starts in ``step``.
    """
    items = [(m.start("name"), _stem(m["name"])) for m in _ITEM_KO.finditer(step)]
    items += [(m.start("name"), _stem(m["name"])) for m in _ITEM_EN.finditer(step)]
    items.sort()
    if len(items) < 2:
        return False
    lowered = said.lower()
    named = [place for place, name in items if name in lowered]
    if len(named) != 1:
        return False
    after = [place for place, _ in items if place > named[0]]
    return not named[0] <= start < (after[0] if after else len(step))
