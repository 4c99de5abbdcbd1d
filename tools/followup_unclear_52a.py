"""Follow-ups that leave open which part of a sum of several they change: declined.

After "rent is 1,450 and utilities run 210 a month, what's that for a year", "what if it
goes up 5%" may raise the rent alone (20,790) or both (20,916); after "짜장면 7,000원 두
그릇이랑 탕수육 22,000원 하나", "하나 취소할게" may take off either dish. Each reading the
older rules gave (the whole result raised, the first line's count less one) was a guess, so
the turn is declined unless it names the part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_forms_en_52a import monthly_pair_for_a_year_en
from tools.calculator_forms_ko_52a import priced_line_counters_ko
from tools.followup_reading_51a import plain

__all__ = ["part_left_unsaid"]

# A rise by a percent that names no subject of its own ("what if it goes up 5%").
_RISE_UNNAMED = LazyPattern(
    r"^(?:and\s+|so\s+)?(?:what\s+if\s+|if\s+)?(?:it|that|they|prices?|costs?)?\s*"
    r"(?:goes|go|went|goes\s+up|rises?|rose|increases?|increased|is\s+raised|gets\s+raised)"
    r"\s*(?:up\s+)?(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|percent)\s*(?:next\s+year)?\s*[?.!]*$",
    re.IGNORECASE,
)
# One of something cancelled or taken off with no item named ("하나 취소할게", "한 그릇 빼줘":
# a counter names the line only when no other line is counted in it).
_ONE_TAKEN_OFF_UNNAMED = LazyPattern(
    r"^(?:아\s*)?(?:그\s*중에?\s*)?(?:하나|(?:한|1)\s*(?P<c>개|그릇|잔|병|판|세트|접시|줄|인분))"
    r"\s*(?:만|는|은)?\s*(?:취소|빼|빼줘|뺄게|뺄래|안\s*시킬|캔슬)[가-힣]*\s*[?.!]*$"
)


def part_left_unsaid(text: str, steps: Sequence[str]) -> bool:
    """Whether ``text`` changes one part of the previous sum without saying which part."""
    if len(steps) != 1:
        return False
    step = plain(steps[0])
    if _RISE_UNNAMED.match(text.strip()) and monthly_pair_for_a_year_en(step) is not None:
        return True
    taken = _ONE_TAKEN_OFF_UNNAMED.match(text.strip())
    counters = priced_line_counters_ko(step) if taken else None
    if taken is None or counters is None:
        return False
    return taken["c"] is None or taken["c"] == "개" or counters.count(taken["c"]) != 1
