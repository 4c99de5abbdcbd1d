"""A follow-up that swaps the period asked, read to the same sum: the period was not read.

Set 53 (blind53m): "유튭프리미엄 14900원 디즈니플러스 9900원 둘다 구독하면 한달에 얼마 나감"
(24,800원) then "그럼 일년이면": the follow-up rules swapped "한달" for "일년" and re-ran the
request, but the calculator read the new request as the same sum (14900 + 9900, the prices
said with no period of their own), and 24,800원 was answered for a year. When the follow-up's
change is a period swapped ("한달 → 일년", "month → year") and the re-run reads exactly the
expression the earlier request was read as, the new period changed nothing in the sum: the
calculator did not read it, and the turn is declined (the step routes on) rather than
answered with the earlier period's figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from tools.followup_chain import run_chain
from tools.handler_result import HandlerResult

__all__ = ["period_swap_unread"]

_PERIOD = (
    r"(?:하루|일주일|한\s*주|주|한\s*달|1\s*달|달|월|분기|반년|일\s*년|1\s*년|한\s*해|년|연"
    r"|day|week|month|quarter|year|daily|weekly|monthly|quarterly|yearly|annually|annual)"
)
# The trace of a swap of one period for another: "한달 → 일년", "a month → a year".
_PERIOD_SWAP = re.compile(
    rf"^\s*(?:an?\s+|per\s+|each\s+|every\s+)?{_PERIOD}\s*(?:에|마다|당)?\s*→\s*"
    rf"(?:an?\s+|per\s+|each\s+|every\s+)?{_PERIOD}\s*(?:에|마다|당)?\s*$",
    re.IGNORECASE,
)

#: Switched off in tests.
USE_PERIOD_SWAP_UNREAD = True


def period_swap_unread(
    how: str, previous_steps: Sequence[str], result: HandlerResult, now: datetime | None
) -> bool:
    """Whether a swapped period left the sum as the earlier request was read.

    Args:
        how: The follow-up rule's trace of its change ("한달 → 일년").
        previous_steps: The steps the earlier turn amounted to.
        result: What re-running them with the period swapped gave.
        now: The current time for date steps.
    """
    if not USE_PERIOD_SWAP_UNREAD or _PERIOD_SWAP.match(how) is None:
        return False
    previous = run_chain(list(previous_steps), now)
    return previous is not None and previous.detail == result.detail
