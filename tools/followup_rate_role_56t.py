"""A follow-up's new won figure replaces an exchange rate said in won only when it is a rate.

Blind set 48 (turns48): after "달러 살때 환율 1412원이래 300만원이면 몇달러 바꿀수있어"
($2,124.65), "500만원 바꾸면?" replaced the first won figure, the rate "환율 1412원", and
answered $0.60 (3,000,000 won at 5,000,000 won a dollar). A won figure named as the rate
("환율 1,412원", "달러당 1,390원", "exchange rate of 1,350 won") is what a dollar costs,
not the amount changed; the follow-up's figure replaces it only when the turn names the
rate too ("환율 1450원이면?"), or when its figure is of the rate's size rather than the
amount's: "1,450원이면요?" after "환율 1,390원일때 57만원은 몇 달러야" is a new rate (393.10
dollars), not 1,450 won to change ($1.04). When every candidate is a rate the turn does not
name, none is replaced and the turn goes on to another reading or a decline.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from decimal import Decimal

from tools.followup_candidates_61r import candidate_filter
from tools.followup_slot_figures import far_from_rate
from tools.korean_numbers import normalize_numerals

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


@candidate_filter
def other_than_named_rate(
    step: str, candidates: Sequence[re.Match[str]], text: str
) -> list[re.Match[str]] | None:
    """The candidates of ``step`` a follow-up ``text`` may replace: not a rate it does not
    name. All of them when the turn names a rate; otherwise those not said as a rate."""
    if _RATE_NAMED.search(text) or _nearer_a_rate(step, candidates, text):
        return None
    new = _FIGURE.search(normalize_numerals(text).replace(",", ""))
    return [
        q
        for q in candidates
        if not names_a_rate(step, q)
        # "100 yen = 890 won" then "what if it was 5000 won": no rate's size (calc63).
        and not (new and far_from_rate(step, q.start("num"), q.end("num"), Decimal(new[0])))
    ]


def _size(text: str) -> float | None:
    figure = _FIGURE.search(normalize_numerals(text).replace(",", ""))
    value = float(figure.group()) if figure else 0.0
    return math.log10(value) if value > 0 else None


def _nearer_a_rate(step: str, candidates: Sequence[re.Match[str]], text: str) -> bool:
    """Whether the turn's figure is nearer, by order of magnitude, a rate than an amount."""
    new = _size(text)
    if new is None:
        return False
    rates = [_size(q.group(0)) for q in candidates if names_a_rate(step, q)]
    others = [_size(q.group(0)) for q in candidates if not names_a_rate(step, q)]
    rate_gaps = [abs(new - r) for r in rates if r is not None]
    other_gaps = [abs(new - o) for o in others if o is not None]
    return bool(rate_gaps and other_gaps) and min(rate_gaps) < min(other_gaps)


_FIGURE = re.compile(r"\d+(?:\.\d+)?")
