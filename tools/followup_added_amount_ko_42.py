"""Korean follow-ups that add an amount to the sum, or take a coupon off the result.

Blind set 42 sent three to the cloud:

- "3만원짜리 꽃다발도 같이 사면?" after "선물 12만원짜리 사는데 8명이 나눠내면 얼마씩": one more
  thing bought, so the amount shared is 15만원 (18,750원 each, never 30,000원 / 8 alone);
- "배송비 15달러 붙으면?" after "89달러짜리 샀는데 환율 1380원이면 원화로": a charge in the
  same currency on top, so 104달러 is converted;
- "거기서 오천원 쿠폰 더 쓰면?" after "정가 12만원 자켓 35% 세일하면": a coupon used on the
  sale price, so 5,000원 comes off the result (73,000원).

:func:`amount_added_ko` reads the first two: the turn adds an amount in one unit (원,
달러, 유로, 엔), and the previous turn's one step holds exactly one amount in that unit,
which becomes the sum (with two, which one the addition joins is not said: no reading).
That amount must be the price of one thing or the whole: any other figure of the step
may only be a head count (8명) or an exchange rate (환율 1380원); a count of things (3개,
3박), a percent (35% 세일: a fee on top is not discounted) leaves the turn unread.
:func:`coupon_taken_off_ko` reads the third: the coupon is one more step on the result,
never when the result was split (a coupon comes off the bill, not one person's share).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_rerun import kept_if_runs, replaced
from tools.korean_numbers import normalize_numerals

__all__ = ["amount_added_ko", "coupon_taken_off_ko"]

_UNITS = ("원", "달러", "유로", "엔")
_UNIT = "|".join(_UNITS)
# "3만원짜리 꽃다발도 같이 사면?", "배송비 15달러 붙으면?", "팁 5달러 추가하면?"
_ADDED_TURN = LazyPattern(
    rf"^\s*(?:그럼\s*|아\s*)?(?:(?P<label>[가-힣]{{1,6}}?)\s*(?:가|이|도|는|은)?\s*)?"
    rf"(?P<v>\d[\d,]*(?:\.\d+)?)\s*(?P<u>{_UNIT})\s*(?:짜리\s*[가-힣]{{1,8}}?\s*(?:도|까지|를|을)?)?\s*"
    r"(?:같이|추가로|더|또)?\s*(?:붙으면|붙이면|추가되면|추가하면|더하면|얹으면|포함하면|사면|사도|"
    r"시키면|넣으면|들면|나오면)\s*[?？!.]*\s*$"
)
_FIGURE = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?")
# Figures an added amount may stand beside: a head count, an exchange rate.
_HEADS_OR_RATE = re.compile(
    r"(?<![\d.,])\d+\s*명|환율\s*(?:은|는|이|가)?\s*\d[\d,]*(?:\.\d+)?\s*원"
)
_SPLIT = LazyPattern(r"나누|나눠|n빵|엔빵|명이서|명이\s*내|인당|1인|한\s*명당|씩")
_AMOUNT = re.compile(rf"(?<![\d.,])(?P<v>\d[\d,]*(?:\.\d+)?)\s*(?P<u>{_UNIT})")
# "거기서 오천원 쿠폰 더 쓰면?", "5천원 할인쿠폰까지 쓰면?"
_COUPON_TURN = LazyPattern(
    r"^\s*(?:그럼\s*)?(?:거기서|거기에서|여기서|그거에서|그걸로|그\s*가격에서)?\s*"
    r"(?P<v>\d[\d,]*)\s*원\s*(?:짜리\s*)?(?:할인\s*)?쿠폰\s*(?:도|까지|을|를|하나)?\s*(?:더|또|추가로)?\s*"
    r"(?:쓰면|사용하면|적용하면|먹이면|넣으면)\s*[?？!.]*\s*$"
)


def _plain(value: Decimal) -> str:
    return str(int(value)) if value == value.to_integral_value() else str(value.normalize())


def amount_added_ko(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous step with its one amount in the turn's unit raised by it, or ``None``."""
    turn = _ADDED_TURN.match(normalize_numerals(text))
    if turn is None or len(previous_steps) != 1:
        return None
    step = normalize_numerals(previous_steps[0])
    same_unit = [m for m in _AMOUNT.finditer(step) if m["u"] == turn["u"]]
    if len(same_unit) != 1:
        return None
    found = same_unit[0]
    allowed = {(m.start(), m.end()) for m in _HEADS_OR_RATE.finditer(step)}
    for figure in _FIGURE.finditer(step):
        inside = any(a <= figure.start() < b for a, b in allowed)
        if figure.start() != found.start("v") and not inside:
            return None
    added = Decimal(turn["v"].replace(",", ""))
    total = Decimal(found["v"].replace(",", "")) + added
    how = f"{found['v']}{found['u']} + {turn['v']}{turn['u']}"
    return replaced(step, found.span("v"), _plain(total), how)


def coupon_taken_off_ko(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps and the coupon taken off their result, or ``None``."""
    turn = _COUPON_TURN.match(normalize_numerals(text))
    if turn is None or not previous_steps:
        return None
    if any(_SPLIT.search(normalize_numerals(step)) for step in previous_steps):
        return None
    steps = [*previous_steps, f"거기서 {turn['v'].replace(',', '')}원 빼면"]
    return kept_if_runs(steps, f"{turn['v']}원 쿠폰")
