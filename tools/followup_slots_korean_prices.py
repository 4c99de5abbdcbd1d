"""Closed Korean follow-ups about prices, rates and the total.

"거기서 수수료 1% 떼면" (a fee off the result), "반으로 줄이자" (the one count halved),
"바지 말고 45,000원짜리 치마로 바꾸면" (an item's price swapped), "내일은 920원
한다던데" (the exchange rate told as news), "배달비 3,000원 붙으면" / "10% 할인 쿠폰
쓰면" (a charge on or a coupon off the total).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain
from tools.followup_slots_korean_words import (
    END,
    OPENER,
    SPLIT,
    Changed,
)

__all__ = ["fee_off_result", "item_swapped", "on_the_total", "order_halved", "rate_told"]

# "거기서 수수료 1% 떼면?": a fee taken off the result, in the handlers' own words.
_FEE_OFF = LazyPattern(
    rf"{OPENER}(?:거기서|여기서|그거에서|그걸에서|그\s*금액에서|결과에서)?\s*"
    r"(?:[가-힣]{1,4}\s*)?(?:수수료|세금|원천징수|원천세|소득세|공제)(?:로|를|을|가|는)?\s*"
    r"(?P<rate>\d+(?:\.\d+)?)\s*%\s*(?:를|을|가)?\s*(?:떼면|떼고|빼면|빼고|제하면|차감하면|나가면|뗀다면|떼이면)"
    r"(?:\s*(?:실수령액|실수령|받는\s*돈|남는\s*돈|손에\s*쥐는\s*돈)(?:은|는|이)?)?"
    r"(?:\s*얼마[가-힣]*)?"
    rf"{END}"
)


def fee_off_result(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "거기서 수수료 1% 떼면": the result less that percentage of it."""
    said = _FEE_OFF.match(text)
    if said is None or not steps:
        return None
    previous = run_chain(steps, now)
    if previous is None or "원" not in previous.answer:
        return None  # a fee comes off an amount of money, never off a date or a speed
    new = [*steps, f"그 금액에서 {said['rate']}% 빼면"]
    if run_chain(new, now) is None:
        return None
    return new, f"−{said['rate']}% fee off the result"


# "반으로 줄이자", "절반으로 줄여줘": the one count of the order halved, never a price.
_HALVED = LazyPattern(
    rf"{OPENER}(?:(?P<noun>[가-힣]{{1,6}}?)(?:은|는|도|을|를)\s*)?(?:반|절반)\s*(?:으로|만)\s*"
    r"(?:줄이|줄여|줄인|사|살|시키|시킬|주문)[가-힣]*"
    r"(?:\s*얼마[가-힣]*)?"
    rf"{END}"
)
_COUNTED = re.compile(r"(?<![\d.])(\d+)\s*(?P<unit>[가-힣]{1,2})")
_NOT_A_COUNT = re.compile(r"^(?:원|만|천|억|년|월|일|주|시|분|초|달|개월|퍼|프|배|차|층|번|km|kg)")


def order_halved(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "반으로 줄이자" after "도넛 한 개 1,800원인데 열두 개면": six of them, not 900원."""
    said = _HALVED.match(text)
    if said is None or not steps:
        return None
    counts = [
        (i, m)
        for i, step in enumerate(steps)
        for m in _COUNTED.finditer(step)
        if not _NOT_A_COUNT.match(m["unit"]) and m[1] != "1"  # "한 개 1,800원" prices one
    ]
    if len(counts) != 1:
        return None  # two counts and no noun saying which: the order halved is unsaid
    index, slot = counts[0]
    if said["noun"] and said["noun"][:2] not in steps[index]:
        return None
    value = int(slot[1])
    if value % 2:
        return None
    new = list(steps)
    new[index] = f"{steps[index][: slot.start(1)]}{value // 2}{steps[index][slot.end(1) :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"{value} × 0.5"


# "바지 말고 45,000원짜리 치마로 바꾸면?": the price named by that item, swapped.
_ITEM_SWAPPED = LazyPattern(
    rf"{OPENER}(?P<old>[가-힣A-Za-z]{{1,8}})\s*(?:말고|대신|대신에|빼고)\s*,?\s*(?P<amount>\d+)\s*원\s*짜리\s*"
    r"(?P<new>[가-힣A-Za-z]{1,8})(?:로|으로)\s*(?:바꾸면|바꿔|바꾼다면|하면|사면|살게|가면)[가-힣]*"
    r"(?:\s*얼마[가-힣]*)?"
    rf"{END}"
)


# "셔츠를 29,000원짜리로 바꾸면?": the same item at another price.
_ITEM_REPRICED = LazyPattern(
    rf"{OPENER}(?P<old>[가-힣A-Za-z]{{1,8}}?)(?:을|를|은|는)?\s*(?P<amount>\d+)\s*원\s*짜리\s*(?:로|으로)\s*"
    r"(?:바꾸면|바꿔|바꾼다면|하면|사면|살게|가면)[가-힣]*(?:\s*얼마[가-힣]*)?"
    rf"{END}"
)


def item_swapped(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "바지 말고 45,000원짜리 치마로 바꾸면": the one price said right after that item."""
    said = _ITEM_SWAPPED.match(text) or _ITEM_REPRICED.match(text)
    if said is None:
        return None
    item = said.groupdict().get("new") or said["old"]
    named = re.compile(rf"(?<![가-힣A-Za-z]){re.escape(said['old'])}\s*(\d+)\s*원")
    found = [(i, m) for i, step in enumerate(steps) for m in named.finditer(step)]
    if len(found) != 1:
        return None  # the item not priced by name, or priced twice: which price is unsaid
    index, slot = found[0]
    step = steps[index]
    new = list(steps)
    new[index] = f"{step[: slot.start()]}{item} {said['amount']}원{step[slot.end() :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"{said['old']} {slot[1]}원 → {item} {said['amount']}원"


# "내일은 920원 한다던데 그럼?": a new exchange rate told as news, no rate word needed.
_RATE_TOLD = LazyPattern(
    rf"{OPENER}(?:(?:내일|오늘|모레|어제|아까|지금|요즘|이번\s*주|다음\s*주)(?:은|는|엔|에는)?\s*)?"
    r"(?:환율(?:이|은|도)?\s*)?(?:(?P<base>\d+\s*(?:엔|달러|유로|위안|불))\s*(?:당|에)\s*)?"
    r"(?P<rate>\d+(?:\.\d+)?)\s*원\s*"
    r"(?:한다던데|한대|한다네|한다고|이래|이라던데|이라네|이래서|래|된대|됐대|됐다던데|이던데|이더라|하더라|간대|간다던데)"
    rf"\s*,?\s*(?:그럼|그러면)?(?:\s*얼마[가-힣]*)?{END}"
)
# A rate in a step: the won figure after "환율" or after "100엔당", "1달러에".
_RATE_IN_STEP = re.compile(
    r"(?:환율\s*(?:은|이|을|)\s*|\d+\s*(?:엔|달러|유로|위안|불)\s*(?:당|에)\s*)(\d+(?:\.\d+)?)\s*원"
)


def rate_told(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "내일은 920원 한다던데 그럼?": the one exchange rate of the request, replaced."""
    said = _RATE_TOLD.match(text)
    if said is None:
        return None
    found = [(i, m) for i, step in enumerate(steps) for m in _RATE_IN_STEP.finditer(step)]
    if len(found) != 1:
        return None
    index, slot = found[0]
    if said["base"] and said["base"].replace(" ", "") not in slot[0].replace(" ", ""):
        return None  # "100엔에 890원" against a rate per 1,000엔: not the same rate
    old, rate = Decimal(slot[1]), Decimal(said["rate"])
    if not old / 2 <= rate <= old * 2:
        return None  # no rate moves that far in a day: the figure is something else
    step = steps[index]
    new = list(steps)
    new[index] = f"{step[: slot.start(1)]}{said['rate']}{step[slot.end(1) :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"the rate {slot[1]}원 → {said['rate']}원"


# "배달비 3,000원 붙으면?", "10% 할인 쿠폰 쓰면?": a charge on the total, or a coupon off it.
_CHARGE_ON_RESULT = LazyPattern(
    rf"{OPENER}(?:[가-힣]{{1,6}}\s*)?(?P<amount>\d+)\s*원(?:이|가|도|을|를)?\s*"
    r"(?:더\s*)?(?:붙으면|붙이면|추가되면|얹으면)(?:\s*(?:총|다\s*해서)?\s*얼마[가-힣]*)?"
    rf"{END}"
)
_COUPON_ON_RESULT = LazyPattern(
    rf"{OPENER}(?P<rate>\d+(?:\.\d+)?)\s*%\s*(?:할인\s*)?쿠폰(?:을|를|도)?\s*"
    r"(?:쓰면|적용하면|받으면|쓰면은)(?:\s*(?:총|다\s*해서)?\s*얼마[가-힣]*)?"
    rf"{END}"
)


def on_the_total(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "배달비 3,000원 붙으면?": the total plus that; "10% 할인 쿠폰 쓰면?": less that share.

    Declined after a split (the charge would be shared, not added to one share) and, for
    a coupon, after a request that already took a percentage off (stacked or in place of
    it is unsaid).
    """
    charge = _CHARGE_ON_RESULT.match(text)
    coupon = None if charge else _COUPON_ON_RESULT.match(text)
    if (charge is None and coupon is None) or not steps or SPLIT.search(" ".join(steps)):
        return None
    previous = run_chain(steps, now)
    if previous is None or "원" not in previous.answer:
        return None
    if charge is not None:
        new = [*steps, f"그 금액에 {charge['amount']}원 더하면"]
        how = f"+{charge['amount']}원 on the total"
    else:
        assert coupon is not None
        if any("%" in step for step in steps):
            return None
        new = [*steps, f"그 금액에서 {coupon['rate']}% 할인하면"]
        how = f"−{coupon['rate']}% coupon off the total"
    if run_chain(new, now) is None:
        return None
    return new, how
