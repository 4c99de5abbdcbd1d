"""A bare percent after "a에서 r% 떼고 남은거의 s%": the share changes, not the rate off.

After "월급 320만원에서 4대보험 9.4% 떼고 남은거의 40% 저축하면 저축액 얼마야" (set 49), "30%만
하면?" changed the first percent of the step (the 9.4% deducted), giving 896,000원 for the
869,760원 asked. The rate taken off is fixed by whoever takes it; the share of the rest is
the one the asker chooses, so a bare percent changes that one. A turn that names the
deduction ("보험료 10%면", "if tax is 25%") keeps the slot reader's choice (the first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_share_of_rest_57b import share_of_rest_after_rate
from tools.followup_candidates_61r import candidate_filter
from tools.korean_numbers import normalize_numerals

__all__ = ["share_asked_not_rate_off"]

_RATE_OFF_NAMED = re.compile(
    r"보험|세금|세율|공제|떼|빼|\btax|\bdeduct|\bwithh[eo]ld|\btaken\s+off|\boff\b", re.I
)


@candidate_filter
def share_asked_not_rate_off(
    step: str, candidates: Sequence[re.Match[str]], text: str
) -> list[re.Match[str]] | None:
    """The candidates of ``step`` less the rate taken off, when the turn names no deduction
    (all of them otherwise)."""
    percents = [q for q in candidates if q["unit"] in ("%", "퍼센트", "percent")]
    if len(percents) != 2 or len(candidates) != 2 or _RATE_OFF_NAMED.search(text):
        return None
    if share_of_rest_after_rate(normalize_numerals(step)) is None:
        return None
    return [percents[1]]  # the share of the rest, said after the rate in every form read
