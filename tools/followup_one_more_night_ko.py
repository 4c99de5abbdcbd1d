"""One more night of a stay, said in Korean: "하룻밤 더 있기로 함", "1박 더 할게".

Set 30: after "캠핑장 1박 45,000원이고 전기 사용료 하루 5천원 따로인데 2박하면 얼마", the turn
"하룻밤 더 있기로 함" went to the cloud. The stay's count of nights (the "2박" said as a
count, not the "1박" a price is per) grows by one, and the first turn is run again.

Only when the previous turn holds exactly one count of nights; a price per night ("1박
45,000원") is the price's unit and never counted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.korean_numbers import normalize_numerals

__all__ = ["one_more_night"]

_ONE_MORE = re.compile(
    r"^\s*(?:그럼\s*|아\s*|근데\s*)?(?:하룻밤|하루\s*밤|1\s*박|한\s*밤)\s*(?:만\s*)?더\s*"
    r"(?:있|묵|자|잘|머물|연장|하|할)[가-힣\s]*[.!?？]*\s*$"
)
# "2박하면", "3박 묵으면": a count of nights, never "1박 45000원" (a price's unit).
_NIGHTS = re.compile(r"(?<![\d.])(?P<n>\d+)\s*박(?!\s*(?:에\s*)?\d)(?!\s*당)")


def one_more_night(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps with their one count of nights grown by one, or ``None``.

    Args:
        text: The follow-up ("하룻밤 더 있기로 함").
        steps: The previous turn's steps.
    """
    if not steps or _ONE_MORE.match(text) is None:
        return None
    last = normalize_numerals(steps[-1])
    nights = list(_NIGHTS.finditer(last))
    if len(nights) != 1:
        return None
    start, end = nights[0].span("n")
    more = int(nights[0]["n"]) + 1
    return [
        *steps[:-1],
        last[:start] + str(more) + last[end:],
    ], f"{nights[0]['n']}박 + 1 = {more}박"
