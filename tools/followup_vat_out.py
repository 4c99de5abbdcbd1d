"""A follow-up taking the VAT out of the previous amount in won ("부가세 빼면?").

A Korean price is quoted with 부가세 (10%) included, so the amount before it is the
price divided by 1.1, not the price less 10% of it: "모니터 2대 총 550,000원" then
"부가세 빼면?" is 500,000원 (and 50,000원 of VAT), where 495,000원 would be 10% of the
total taken off. The sixteenth unseen set's first run had nothing to read it with. A rate
the turn names ("부가세 5% 빼면") replaces the 10%. The reading is said with the figure.

Only amounts in won: VAT elsewhere has other rates, and "without VAT" in dollars is no
fact this rule could know.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_rates import ASSUMING_KO

__all__ = ["vat_rate_on_won", "vat_taken_out"]

_TURN = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?:(?:거기서|그거|그걸|그\s*금액)\s*(?:에서)?\s*)?"
    r"(?:부가세|부가가치세|vat)\s*(?:(?P<pct>\d+(?:\.\d+)?)\s*%\s*)?(?:를|을|는|은)?\s*"
    r"(?:빼면|빼고|뺀\s*(?:금액|가격|값)은?|제외하면|제외하고|떼면|빼서)\s*"
    r"(?:얼마(?:야|예요|에요|죠)?)?\s*[?？]?\s*$",
    re.IGNORECASE,
)
_IN_WON = LazyPattern(r"\d\s*(?:원|만\s*원|천\s*원)|\bwon\b|\bkrw\b", re.IGNORECASE)
_KOREAN_RATE = Decimal(10)


def vat_taken_out(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``부가세 빼면?``: the previous amount in won, its VAT taken out.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with a division by (1 + the rate) added and a line for the trace (said
        with the answer), or ``None`` when the turn is no such request or the previous
        amount is not in won.
    """
    turn = _TURN.match(text)
    rate = vat_rate_on_won(turn["pct"], steps) if turn is not None else None
    if rate is None:
        return None
    divisor = format((1 + rate / 100).normalize(), "f")
    how = f"{ASSUMING_KO}부가세 {format(rate.normalize(), 'f')}%가 포함된 금액에서 뺀 공급가액"
    return [*steps, f"그걸 {divisor}로 나누면"], how


def vat_rate_on_won(said: str | None, steps: Sequence[str]) -> Decimal | None:
    """The VAT rate a turn names (Korea's 10% when it names none) for a previous amount in won.

    ``None`` when no previous step states an amount in won (VAT is a Korean rate here)
    or the named rate is no percentage between 0 and 100.
    """
    if not steps or not any(_IN_WON.search(step) for step in steps):
        return None
    rate = Decimal(said) if said else _KOREAN_RATE
    return rate if 0 < rate < 100 else None
