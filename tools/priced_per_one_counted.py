"""A price per one of a noun, then a bare count of "개": that many of the noun.

Set 33: "젤네일 4만원에 아트는 손가락 하나당 5천원 추가인데 4개 하면 얼마" went to the cloud:
the price is per 손가락 and the count is in 개, so the count met no price. Said "하나당"
(per one of it), the price makes the noun countable in plain 개: "4개 하면" is four of them.

Only when exactly one noun is priced per one, and the 개 stands bare (after a clause's end,
"…인데 4개", not after a noun of its own, "사과 4개"): a count of other things stays theirs.
"""

from __future__ import annotations

import re

__all__ = ["bare_count_of_the_one_priced"]

_N = r"\d+(?:\.\d+)?"
# "손가락 하나당", "스티커 한 개당": a price per one of the noun.
_PER_ONE = re.compile(r"(?P<noun>[가-힣]{2,4})\s*(?:하나|한\s*개)\s*당\s*(?=\d)")
# "…인데 4개 하면", "…고, 4개면": a count in 개 standing after a clause's end.
_BARE_COUNT = re.compile(
    rf"(?:(?<=데)|(?<=고)|(?<=서)|(?<=면)|(?<=,))\s+(?P<n>{_N})\s*개(?=\s*(?:하면|만|면|이면|정도|해|로))"
)


def bare_count_of_the_one_priced(s: str) -> str:
    """ "손가락 하나당 5000원 추가인데 4개 하면": "… 4손가락 하면"; else ``s`` unchanged.

    Args:
        s: The request, numerals as digits.
    """
    nouns = {m["noun"] for m in _PER_ONE.finditer(s)}
    counts = list(_BARE_COUNT.finditer(s))
    if len(nouns) != 1 or len(counts) != 1:
        return s
    noun, count = nouns.pop(), counts[0]
    if count.start() < s.index(noun):
        return s  # counted before the price named its noun
    return s[: count.start("n")] + count["n"] + noun + s[count.end() :]
