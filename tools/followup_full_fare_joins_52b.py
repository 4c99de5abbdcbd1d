"""One more traveller at the full fare joins a discounted round trip (set 36).

"나도 같이 가면? 난 할인 없음" after "KTX 서울 부산 편도 59,800원인데 부모님 두분 경로 30% 할인
받으면 왕복 얼마야" (167,440원) adds the speaker's round trip at the full fare: 167,440 +
59,800 x 2 = 287,040원.

Read only after a question :func:`tools.calculator_round_trip_group_52b.round_trip_group`
reads, when the turn says the speaker comes too ("나도 같이 가면") and has no discount ("난
할인 없음", "할인 안 돼"), with no figure. The sum is carried as figures: a later turn
changing the first question is not read from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_round_trip_group_52b import round_trip_group
from tools.korean_numbers import normalize_numerals

__all__ = ["full_fare_joins"]

_JOINS = LazyPattern(r"(?:나도|저도)\s*(?:같이|함께)?\s*(?:가면|갈게|가는데|간다면)")
_NO_DISCOUNT = LazyPattern(
    r"(?:난|나는|저는|전)\s*할인\s*(?:없|안\s*(?:돼|되|받)|못\s*받|X)|할인\s*(?:없이|안\s*받고)"
)


def full_fare_joins(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The group's round trip plus one at the full fare, or ``None``.

    Args:
        text: The follow-up ("나도 같이 가면? 난 할인 없음").
        steps: The previous turn's steps (one request).
    """
    if not _JOINS.search(text) or not _NO_DISCOUNT.search(text) or re.search(r"\d", text):
        return None
    read = round_trip_group(normalize_numerals(steps[0])) if len(steps) == 1 else None
    if read is None:
        return None
    step = f"{read.fare}원 * (1 - {read.off} / 100) * {read.people} * 2 + {read.fare}원 * 2"
    return [step], "one more round trip at the full fare"
