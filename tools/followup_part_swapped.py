"""A change said of only part of a group ("그중 두 명은 5,000원짜리 순대로 바꾸면", "two of us
switch to the 6,000 won set") is no change of the whole.

After "떡볶이 1인분 4,500원인데 다섯 명이 1인분씩 먹으면 얼마야" that turn asks 3 × 4,500 +
2 × 5,000 = 23,500 won; the rule for a new unit price read it as all five at 5,000
(25,000), a wrong answer the twenty-first unseen set found. No rule here splits a group
between two prices, so such a turn is not resolved by the follow-up rules at all (a
model, or an honest decline, takes it): wrong is worse than unanswered. A part that
leaves ("그중 둘은 못 온대") changes the count, not a price, and is not this.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["swaps_for_part_of_group"]

_COUNT = r"(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|둘|셋|넷|하나)"
_PART_KO = LazyPattern(
    rf"(?:그\s*중|이\s*중|그중에|그\s*중에|중에서?)\s*(?:에\s*)?{_COUNT}\s*(?:명|사람|개|잔|인분|그릇)?"
    r"\s*(?:은|는|이|가|만)?"
)
_PART_EN = LazyPattern(
    r"\b(?:\d+|one|two|three|four|five|six|some|half)\s+of\s+(?:us|them|the\s+\w+)\b",
    re.IGNORECASE,
)
_SWAP = LazyPattern(
    r"바꾸|바꿔|바꾼|변경|대신|교체|\bswitch|\bswap|\bchange|\binstead\b|\bupgrade", re.IGNORECASE
)


def swaps_for_part_of_group(text: str) -> bool:
    """Whether a turn swaps something for only part of the group (no rule splits a group)."""
    part = _PART_KO.search(text) or _PART_EN.search(text)
    return part is not None and _SWAP.search(text) is not None
