"""A follow-up taking a further fixed amount off the previous price ("쿠폰으로 5천원 더 깎으면?").

"운동화 정가 129,000원인데 20% 할인하면 얼마야" (103,200원) then "쿠폰으로 5천원 더 깎으면?"
is 98,200원: the amount comes off the previous *result*, after the discount, as
"another 5,000 off" does in English. The "더" (or "another", "extra", "further") says
it is one more reduction on top of what was worked out, so the rule needs it; a bare
"5천원 깎으면?" may mean a new discount instead of the 20% and is left to other readings.

Only money off money: the previous step must name an amount in the same currency as the
amount taken off (won with 원, dollars with $ or "dollars"), and must not make the result
a share (split among people, per month): a coupon comes off the bill, not off one share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = ["further_amount_off"]

_NUM = r"\d[\d,]*(?:\.\d+)?"
# "쿠폰으로 5000원 더 깎으면?", "적립금 3000원 더 쓰면", "2000원 더 할인되면 얼마야".
_TURN_KO = LazyPattern(
    r"^\s*(?:그럼|그러면|만약|거기서|여기서)?\s*(?:[가-힣]{1,6}\s*(?:으로|로|에서|까지)\s*"
    r"|(?:적립금|포인트|쿠폰|상품권|마일리지)\s*(?:을|를)?\s*)?"
    rf"(?P<a>{_NUM})\s*원\s*(?:을|를|이|가)?\s*더\s*"
    r"(?:깎으면|깎아\s*주면|깎이면|할인(?:하면|되면|받으면|해\s*주면)|빼\s*주면|빠지면|싸지면"
    r"|(?P<spend>쓰면)|차감하면)"
    r"\s*(?:얼마(?:야|예요|에요|지)?)?\s*[?？]?\s*$"
)
# "another 5,000 won off?", "with an extra $5 off", "and a further 3,000 off with a coupon".
_TURN_EN = LazyPattern(
    r"^\s*(?:and|so|then|ok(?:ay)?|what\s+(?:if|about))?\s*,?\s*(?:(?:i|we)\s+(?:get|got|use|take)\s+|with\s+)?"
    rf"(?:another|an\s+extra|a\s+further|an\s+additional|extra)\s+(?P<usd>\$)?\s*(?P<a>{_NUM})\s*"
    r"(?P<unit>won|dollars?|bucks)?\s+off(?:\s+(?:with|from|using)\s+(?:a|the|my)\s+(?:coupon|voucher|code))?"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
# A result that is a share (per person, per month): an amount off the bill is not off the
# share ("48,000원을 4명이 나누면" then "5천원 더 깎으면?" is 10,750원 each, not 7,000원),
# and which one the user means is not plain, so such steps are left alone.
_A_SHARE = LazyPattern(
    r"나누|나눠|나눈|\d\s*(?:명|사람)|인당|1인|각자|할부|한\s*달에|매달|매월|월\s*\d|\d\s*개월"
    r"|\bsplit|\bdivided?\b|\bshare|\bways\b|\bpeople\b|\bper\s+(?:person|head|month|week|day)\b"
    r"|\bhow\s+much\s+each\b|\beach\s*\??$|\ba\s+(?:month|week|head)\b|\binstal(?:l)?ments?\b|\bmonthly\b",
    re.IGNORECASE,
)
# "쓰면" takes money off only when what is spent is points or a coupon ("적립금으로 2만원 더
# 쓰면"); "2만원 더 쓰면" spends more money, which no subtraction reads.
_POINTS = LazyPattern(r"적립금|포인트|쿠폰|상품권|마일리지")
_WON = LazyPattern(r"\d\s*(?:원|won\b)|₩", re.IGNORECASE)
_DOLLARS = LazyPattern(r"\$\s*\d|\d\s*(?:달러|dollars?\b|bucks\b)", re.IGNORECASE)


def further_amount_off(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``쿠폰으로 5천원 더 깎으면?``: the previous result less that amount.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with the subtraction added and a line for the trace, or ``None`` when
        the turn is no such request or the previous steps name no amount in its currency.
    """
    if not steps:
        return None
    ko = _TURN_KO.match(normalize_numerals(text))
    en = _TURN_EN.match(normalize_numerals(text)) if ko is None else None
    if ko is None and en is None:
        return None
    if ko is not None and ko["spend"] and not _POINTS.search(text):
        return None  # money spent, not points: more on the bill, never less
    if any(_A_SHARE.search(step) for step in steps):
        return None  # the result is a share: off the bill or off the share is not plain
    said = ko or en
    assert said is not None
    amount = said["a"].replace(",", "")
    in_dollars = en is not None and (en["usd"] or (en["unit"] or "").lower().startswith(("d", "b")))
    currency = _DOLLARS if in_dollars else _WON
    if not any(currency.search(step) for step in steps):
        return None  # money off a figure in another currency, or no money at all
    unit = "달러" if in_dollars else "원"
    return [*steps, f"거기서 {amount}{unit} 빼면"], f"a further {amount}{unit} off the result"
