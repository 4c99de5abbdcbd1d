"""What is left to spend for the next voucher, at points earned per unit spent (set 36).

"if i earn 2 points per pound how much more do i have to spend for the next voucher" after
"ive got 4,350 points and every 500 points gets you a £5 voucher, how much can i redeem":
4,350 points leave 350 over the 8 whole vouchers, so the next one needs 150 more points,
which at 2 points a pound is 75 spent.

Read only after a question :func:`tools.calculator_points_vouchers_52b.points_for_vouchers`
reads, when the turn says the points earned per unit spent (one figure) and asks what more
must be spent for the next voucher.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_points_vouchers_52b import points_for_vouchers
from tools.korean_numbers import normalize_numerals

__all__ = ["spend_for_next_voucher"]

_TURN = LazyPattern(
    r"^\s*(?:and\s+|so\s+)?(?:if|since|as)\s+(?:i|we|you)\s+(?:earn|get|collect|make)\s+"
    r"(?P<rate>\d+(?:\.\d+)?)\s+points?\s+(?:per|a|an|for\s+every|each)\s+"
    r"(?:pound|dollar|euro|£|\$|€)\s*(?:i\s+spend\s+|spent\s+)?,?\s*"
    r"how\s+much\s+(?:more\s+)?(?:do|would|will|should)\s+(?:i|we)\s+(?:have\s+to|need\s+to)?\s*spend"
    r"(?:\s+more)?\s+(?:for|to\s+get|to\s+reach|to\s+earn)\s+(?:the|my|a|one)\s+(?:next|another)\s+"
    r"(?:voucher|coupon|reward)\s*\??\s*$",
    re.IGNORECASE,
)


def spend_for_next_voucher(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "(500 - (4350 - floor(4350 / 500) * 500)) / 2" for the spend to the next voucher.

    Args:
        text: The follow-up ("if i earn 2 points per pound how much more do i have to spend
            for the next voucher").
        steps: The previous turn's steps (one request).
    """
    turn = _TURN.match(text)
    if turn is None or len(steps) != 1 or len(re.findall(r"\d+(?:\.\d+)?", text)) != 1:
        return None
    said = points_for_vouchers(normalize_numerals(steps[0]))
    if said is None or float(turn["rate"]) <= 0:
        return None
    over = f"({said.have} - floor({said.have} / {said.per}) * {said.per})"
    step = f"({said.per} - {over}) / {turn['rate']}"
    return [step], f"points to the next voucher at {turn['rate']} a unit spent"
