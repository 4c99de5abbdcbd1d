"""A follow-up's new amount in won never replaces the exchange rate said in won.

Blind set 48 (turns48): after "달러 살때 환율 1412원이래 300만원이면 몇달러 바꿀수있어"
($2,124.65), "500만원 바꾸면?" replaced the first won figure, the rate "환율 1412원", and
answered $0.60 (3,000,000 won at 5,000,000 won a dollar). A won figure named as the rate
("환율 1,412원", "달러당 1,390원", "exchange rate of 1,350 won") is what a dollar costs,
not the amount changed; the follow-up's figure replaces it only when the turn names the
rate too ("환율 1450원이면?"). When every candidate is a rate the turn does not name,
none is replaced and the turn goes on to another reading or a decline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["names_a_rate", "other_than_named_rate"]

# The rate's name right before a figure: "환율 1412원", "환율은 1,390원", "달러당 1390원",
# "exchange rate of 1,350 won", "rate is 1350".
_RATE_BEFORE = re.compile(
    r"(?:환율|(?:달러|유로|엔|위안|파운드)\s*당|exchange\s+rate|\brate)\s*"
    r"(?:은|는|이|가|을|of|is|=|:)?\s*$",
    re.IGNORECASE,
)
# The follow-up names the rate anywhere ("환율 1450원이면?", "at a rate of 1,450?").
_RATE_NAMED = re.compile(r"환율|(?:달러|유로|엔)\s*당|\brate\b", re.IGNORECASE)


def names_a_rate(text: str, quantity: re.Match[str]) -> bool:
    """Whether ``quantity`` (a match in ``text``) is said as an exchange rate."""
    return _RATE_BEFORE.search(text[: quantity.start()]) is not None


def other_than_named_rate(
    step: str, candidates: Sequence[re.Match[str]], text: str
) -> list[re.Match[str]]:
    """The candidates of ``step`` a follow-up ``text`` may replace: not a rate it does not name.

    Args:
        step: The earlier step the candidates were found in.
        candidates: Its figures of the follow-up's unit, in order.
        text: The follow-up turn.

    Returns:
        All of them when the turn names a rate; otherwise those not said as a rate.
    """
    if _RATE_NAMED.search(text):
        return list(candidates)
    return [q for q in candidates if not names_a_rate(step, q)]
