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
_SWAPPED = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|아\s*)?"
    r"(?:(?P<rev>반대로|거꾸로|순서\s*(?:를\s*)?(?:바꿔서|바꾸면|바꿔))\s*,?\s*(?:하면\s*)?)?"
    r"(?:(?P<pf>할인(?:을|부터)?\s*(?:먼저\s*)?(?:하고|받고|적용하고|들어가고|먹이고)\s*(?:나서\s*)?"
    r"쿠폰\s*(?:을|를)?\s*(?:나중에\s*)?(?:쓰면|적용하면|사용하면|쓰는\s*거면))"
    r"|(?P<cf>쿠폰(?:을|를|부터)?\s*(?:먼저\s*)?(?:쓰고|적용하고|사용하고)\s*(?:나서\s*)?"
    r"할인\s*(?:을|이)?\s*(?:받으면|하면|들어가면|되면)))?"
    r"\s*(?:얼마[가-힣]*|어떻게\s*돼)?\s*[?？.]*\s*$"
)


def coupon_order_swapped(text: str, steps: Sequence[str]) -> Resolved:
    """The coupon and the percent off taken in the other order, or ``None``.

    Read only after the one-price form of
    :func:`tools.calculator_discount_then_coupon.discount_and_coupon_in_won`; an order said
    that is the one already taken changes nothing and is left to the other rules.
    """
    said = _SWAPPED.match(text)
    if said is None or not (said["rev"] or said["pf"] or said["cf"]) or len(steps) != 1:
        return None
    parts = discount_and_coupon_parts(normalize_numerals(steps[0]))
    if parts is None:
        return None
    price, percent, amount, percent_first = parts
    if (said["pf"] and percent_first) or (said["cf"] and not percent_first):
        return None  # the order said is the one the first turn took
    swapped = not percent_first
    order = f"{percent}% → {amount}원" if swapped else f"{amount}원 → {percent}%"
    return [said_in_order(price, percent, amount, swapped)], f"order swapped: {order}"


CHANGES_57K = (
    # "반대로 할인 먼저하고 쿠폰쓰면" after "… 5천원 쿠폰 먼저 쓰고 10% 할인 들어가면 얼마".
    coupon_order_swapped,
)
