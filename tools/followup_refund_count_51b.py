"""Fewer tickets cancelled after a refund asked: "1장만 취소하면?" after "뮤지컬 티켓 2장 9만9천원씩
샀는데 취소 수수료 10% 떼면 얼마 돌려받아" (set 34).

The refund is for the tickets cancelled, so "N장만 취소하면" makes the count N (89,100원 for one
of them): never the count less N, which is what "N장 취소" means after an order's price
("티켓 3장 사면 얼마" → "2장 취소하면?" leaves one). The general rule read "2장만 취소하면?"
after three tickets refunded as one ticket refunded (96,000원 for 3 x 120,000 at 20%: a
wrong answer), so this rule is tried before it. Only when
:func:`tools.calculator_refund_less_fee_51b.refund_less_cancel_fee` reads the previous
question and N is fewer than the tickets bought.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_refund_less_fee_51b import EACH, refund_less_cancel_fee
from tools.followup_previous_51b import one_step_read_by
from tools.korean_numbers import normalize_numerals

__all__ = ["fewer_cancelled_refunded"]

_FEWER = LazyPattern(
    r"^\s*(?:그럼\s*|아\s*|근데\s*)?(?P<n>\d+)\s*(?P<c>장|개|매|명|석|건|벌|권|세트)\s*만\s*"
    r"(?:취소|환불)\s*(?:하면|하면은|할래|하려면|해도|되면)?\s*(?:얼마(?:야|예요)?)?\s*[?？.]*\s*$"
)


def fewer_cancelled_refunded(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The refund for the N tickets cancelled, or ``None``.

    Args:
        text: The follow-up turn ("1장만 취소하면?").
        steps: The previous turn's step texts.
    """
    said = _FEWER.match(normalize_numerals(text))
    step = one_step_read_by(steps, refund_less_cancel_fee)
    each = None if said is None or step is None else EACH.search(step)
    if said is None or step is None or each is None:
        return None
    group = "n" if each["n"] else "n2"
    if int(said["n"]) >= int(each[group]) or int(said["n"]) == 0:
        return None  # as many or more than bought: no fewer cancelled
    start, end = each.span(group)
    changed = step[:start] + said["n"] + step[end:]
    return [changed], f"{said['n']}{said['c']} cancelled"
