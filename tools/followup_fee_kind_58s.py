"""A conversion's flat won fee said anew as a percent: "수수료가 1%면?" (probes58).

After "달러 500불 환전 1달러당 1,380원에 수수료는 건당 2천원 별도면 총액" (692,000원, the
flat fee on top of the money needed, :func:`tools.currency_flat_fee.flat_fee_on_top_in_won`),
"수수료가 1%면?" asks the same money needed with a fee of 1% instead of the 2,000원:
690,000 × 1.01 = 696,900원 (never 692,000 × 1.01, never the rate changed). The fee went on
top of the money needed, so the percent does too. Only a turn that says a percent for the
fee and nothing else, after a step whose one flat won fee was read that way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.currency_flat_fee import flat_won_fee_said
from tools.followup_reading_51a import Change, plain
from tools.followup_rerun import kept_if_read
from tools.handler_money import read_currency
from tools.korean_numbers import normalize_numerals

__all__ = ["flat_fee_now_percent", "percent_fee_now_flat"]

# "수수료가 1%면?", "수수료 대신 1.5프로면", "수수료를 2%로 하면 얼마", "수수료 1퍼 붙으면".
_PERCENT_FEE = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|만약\s*|근데\s*)?(?:[가-힣]{0,4})?수수료\s*(?:가|는|를|을|대신|만)?\s*"
    r"(?:대신\s*)?(?P<p>\d+(?:\.\d+)?)\s*(?:%|퍼센트|퍼(?!센)|프로)\s*"
    r"(?:면|이면|라면|였으면|이었으면|로\s*(?:하면|바뀌면|되면)|붙으면|받으면|씩\s*붙으면)"
    r"\s*(?:총액은?|얼마[가-힣]*)?\s*[?？.]*\s*$"
)


def flat_fee_now_percent(text: str, steps: Sequence[str]) -> Change | None:
    """The conversion with its flat won fee replaced by the percent the turn says, or
    ``None``."""
    said = _PERCENT_FEE.match(plain(text))
    if said is None or len(steps) != 1 or float(said["p"]) >= 100:
        return None
    step = normalize_numerals(steps[0])
    fee = flat_won_fee_said(step)
    result = read_currency(steps[0]) if fee is not None else None
    if fee is None or result is None or result.unit != "원" or result.value is None:
        return None
    if "flat fee" not in result.detail:
        return None  # the step was read some other way: its figure is no conversion + fee
    converted = Decimal(str(result.value)) - fee
    return kept_if_read(
        f"{converted.normalize():f} * (100 + {said['p']}) / 100원",
        f"수수료 {fee.normalize():f}원 → {said['p']}%",
    )


# The other way round (opens62): a percent fee said anew as a flat amount in won. "what if the
# fee was a flat 5000 won instead", "make the fee 3,000 won", "수수료가 건당 5천원이면",
# "수수료 대신 3천원 정액이면".
_FLAT_FEE_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+if|what\s+about|how\s+about|make|with|if)\s+"
    r"(?:the\s+|a\s+|it\s+|its\s+)?(?:fee|charge|commission)?\s*(?:was|were|is|had\s+been|as|at)?\s*"
    r"(?:just\s+|only\s+)?(?:an?\s+)?(?:flat\s+|fixed\s+)?(?P<w>\d+(?:\.\d+)?)\s*(?:won|원|krw)\s*"
    r"(?:flat\s+|fixed\s+)?(?:fee|charge|commission)?\s*(?:flat|instead|total|then)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_FLAT_FEE_KO = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|만약\s*|근데\s*)?수수료\s*(?:가|는|를|을|대신|만)?\s*(?:대신\s*)?"
    r"(?:건당\s*|정액\s*|고정\s*|한\s*번에\s*)?(?P<w>\d+)\s*원\s*(?:정액|고정|씩)?\s*"
    r"(?:이면|면|이라면|였으면|이었으면|으로\s*(?:하면|바뀌면|되면)|로\s*(?:하면|바뀌면|되면)"
    r"|붙으면|받으면|별도면)\s*(?:총액은?|얼마[가-힣]*)?\s*[?？.]*\s*$"
)
_PERCENT_FEE_READ = LazyPattern(
    r"=\s*(?P<c>[\d,]+(?:\.\d+)?)\s*KRW;\s*\+\s*(?P<p>\d+(?:\.\d+)?)% fee$"
)
# The amount said is the fee's, by a word of its kind ("what if it was 1400 won" is the rate).
_FEE_NAMED = LazyPattern(r"\b(?:fee|charge|commission|flat|fixed)\b|수수료", re.IGNORECASE)


def percent_fee_now_flat(text: str, steps: Sequence[str]) -> Change | None:
    """The conversion with its percent fee replaced by the flat won fee the turn says, or
    ``None``."""
    turn = normalize_numerals(plain(text)).replace(",", "")
    said = _FLAT_FEE_EN.match(turn) or _FLAT_FEE_KO.match(turn)
    if said is None or len(steps) != 1 or not _FEE_NAMED.search(turn):
        return None
    result = read_currency(steps[0])
    if result is None or result.unit != "원" or result.value is None:
        return None
    read = _PERCENT_FEE_READ.search(result.detail)
    if read is None:
        return None  # no percent fee on a conversion into won: not this change
    converted = read["c"].replace(",", "")
    return kept_if_read(f"{converted} + {said['w']}원", f"수수료 {read['p']}% → {said['w']}원")
