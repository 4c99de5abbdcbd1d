""" "둘이 반반하면": a split between two said as halves, read again as two people.

"월세 65만원에 관리비 12만원인데 둘이 반반하면 한명당 얼마" halves the sum (385,000원), but
"셋이 살면?" after it had no head count to change: 반반 says halves, not people (set 40).
When the earlier turn names the two who split ("둘이", "두 명이", "2명이서") it is the same
request as "2명이서 나누면", which the follow-up readers change like any head count.
"""

from __future__ import annotations

import re

__all__ = ["halves_as_two_people"]

_TWO_HALVES = re.compile(
    r"(?:둘이서|둘이|두\s*명이서|두\s*명이|2\s*명이서|2\s*명이)\s*(?:서로\s*)?"
    r"(?:반반씩|반반|반씩|반띵)\s*(?:내면|하면|나누면|나눠\s*내면|부담하면)"
)


def halves_as_two_people(question: str) -> str:
    """``question`` with "둘이 반반하면" said as "2명이서 나누면" (unchanged otherwise)."""
    return _TWO_HALVES.sub("2명이서 나누면", question)
