"""Follow-up rules of set 48's Korean turns (helper opens57k), spliced into
:data:`tools.followup_change_rules.CHANGES` ahead of the older rules: each reads only after
its own first-turn form.

- "반대로 할인 먼저하고 쿠폰쓰면" after a coupon and a percent off in the order said ("49000원
  가디건에 5천원 쿠폰 먼저 쓰고 10% 할인 들어가면 얼마"): the same two taken off in the
  other order, 49,000 x 0.9 - 5,000 (the order changes the figure, so it is re-run as said).
"""

from __future__ import annotations

from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_discount_then_coupon import discount_and_coupon_parts, said_in_order
from tools.korean_numbers import normalize_numerals

__all__ = ["CHANGES_57K", "coupon_order_swapped"]

Resolved = tuple[list[str], str] | None

# "반대로", "순서 바꿔서", and/or the new order said: "할인 먼저 하고 쿠폰 쓰면", "쿠폰부터
# 쓰고 할인 받으면".
# (Who gives the percent off may be said with it: "카드할인 먼저하고", "10% 회원할인부터", opens62.)
_GIVER = r"(?:(?:카드|멤버십|회원|제휴|즉시|청구)\s*)?"
_SALE = rf"(?:{_GIVER}(?:할인|세일)|(?P<pct>\d+(?:\.\d+)?)\s*%\s*(?:{_GIVER}(?:할인|세일))?)"
_USE = r"(?:쓰|적용하|사용하|먹이|넣|빼|받|하|들어가|때리)"
# The same verbs ending in a condition ("받으면", "쓰면", "되면", "쓰는 거면").
_IF = r"(?:(?:쓰|적용하|사용하|먹이|하|들어가|때리|되|빼)면|(?:넣|받)으면|쓰는\s*거면)"
_SWAPPED = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|아\s*|근데\s*|만약\s*)?"
    r"(?:(?P<rev>반대로|거꾸로|순서\s*(?:를\s*)?(?:바꿔서|바꾸면|바꿔))\s*,?\s*(?:하면\s*)?)?"
    rf"(?:(?P<pf>{_SALE}\s*(?:을|를|이|부터)?\s*(?:먼저\s*)?{_USE}고\s*(?:나서\s*)?"
    rf"쿠폰\s*(?:을|를|은)?\s*(?:나중에\s*)?{_IF})"
    rf"|(?P<cf>쿠폰(?:을|를|부터)?\s*(?:먼저\s*)?{_USE}고\s*(?:나서\s*)?"
    rf"{_SALE.replace('pct', 'pct2')}\s*(?:을|를|이|은)?\s*(?:나중에\s*)?{_IF})"
    # One half said: "쿠폰 먼저 쓰면", "쿠폰부터 적용하면", "할인 나중에 하면" (set 49).
    rf"|(?P<cf1>쿠폰\s*(?:을|를)?\s*(?:먼저|부터)\s*{_IF}|{_SALE.replace('pct', 'pct3')}"
    rf"\s*(?:을|를|은)?\s*나중에\s*{_IF})"
    rf"|(?P<pf1>{_SALE.replace('pct', 'pct4')}\s*(?:을|를)?\s*(?:먼저|부터)\s*{_IF}"
    rf"|쿠폰\s*(?:을|를|은)?\s*나중에\s*{_IF}))?"
    r"\s*(?:얼마[가-힣]*|어떻게\s*돼[?？]*|(?:값|가격|금액)?\s*(?:이|은)?\s*(?:달라져|달라지나|달라|바뀌어|바뀌나)[가-힣]*"
    r"|차이\s*(?:나|있)[가-힣]*)?\s*[?？.]*\s*$"
)


def coupon_order_swapped(text: str, steps: Sequence[str]) -> Resolved:
    """The coupon and the percent off taken in the other order, or ``None``.

    Read only after the one-price form of
    :func:`tools.calculator_discount_then_coupon.discount_and_coupon_in_won`; an order said
    that is the one already taken changes nothing and is left to the other rules.
    """
    said = _SWAPPED.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    pf, cf = said["pf"] or said["pf1"], said["cf"] or said["cf1"]
    if not (said["rev"] or pf or cf):
        return None
    parts = discount_and_coupon_parts(normalize_numerals(steps[0]))
    if parts is None:
        return None
    price, percent, amount, percent_first = parts
    if (pf and percent_first) or (cf and not percent_first):
        return None  # the order said is the one the first turn took
    named = [said[g] for g in ("pct", "pct2", "pct3", "pct4") if said[g] is not None]
    if any(float(p) != float(percent) for p in named):
        return None  # another percent than the first turn's: not the same two swapped
    swapped = not percent_first
    order = f"{percent}% → {amount}원" if swapped else f"{amount}원 → {percent}%"
    return [said_in_order(price, percent, amount, swapped)], f"order swapped: {order}"


CHANGES_57K = (
    # "반대로 할인 먼저하고 쿠폰쓰면" after "… 5천원 쿠폰 먼저 쓰고 10% 할인 들어가면 얼마".
    coupon_order_swapped,
)
