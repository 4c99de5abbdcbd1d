"""A price with a percent off and then an amount off (a coupon), in the order said.

Blind set 38: "8만9천원짜리 패딩 30%세일하는데 5천원 쿠폰까지 쓰면 얼마야" went to a model,
and while reading it, "89000원에서 30% 할인 후 5000원 빼면" was found answered 58,800원 by
:mod:`tools.price_total`, which takes amounts off first and the percent after (57,300원 is
what "할인 후" says). The order changes the figure, so this reader takes it as said: the
percent said first comes off the price first (price × (100 − p) / 100 − c); an amount said
first comes off first ((price − c) × (100 − p) / 100). One price, one percent, one amount.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["discount_and_coupon_in_won", "discount_and_coupon_parts", "said_in_order"]

_NUM = r"\d+(?:\.\d+)?"
# The price, with "짜리" and up to one word naming the thing ("89000원짜리 패딩").
_PRICE = (
    rf"^\s*(?:[가-힣A-Za-z]{{1,8}}\s+)?(?P<a>{_NUM})\s*원\s*(?:짜리)?\s*"
    r"(?:[가-힣A-Za-z]{1,8}\s*)?(?:에서|을|를|이|가|인데)?\s*"
)
_PERCENT = (
    rf"(?P<p>{_NUM})\s*%\s*(?:할인|세일|off)\s*"
    r"(?:후에?|하고|한\s*다음에?|해서|하는데|인데|이고|받고|받은\s*다음에?|된\s*거에서|된\s*가격에서)?\s*"
)
_AMOUNT_OFF = (
    rf"(?P<c>{_NUM})\s*원\s*(?:짜리\s*)?(?:할인\s*)?(?:쿠폰|적립금|포인트|상품권)?\s*"
    r"(?:까지|도|을|를|으로|로)?\s*"
)
_OFF_VERB = r"(?:쓰면|빼면|더\s*빼면|적용하면|사용하면|할인받으면|깎으면|먹이면|쓰고)"
_ASK = (
    r"\s*(?:최종|결제)?\s*(?:금액|가격)?\s*(?:은|는)?\s*(?:얼마[가-힣]*|몇\s*원[가-힣]*)?"
    r"\s*[?？.]*\s*$"
)
_PERCENT_FIRST = LazyPattern(_PRICE + _PERCENT + _AMOUNT_OFF + _OFF_VERB + _ASK)
# (The order may be said outright: "5천원 쿠폰 먼저 쓰고 10% 할인 들어가면", set 48.)
_AMOUNT_FIRST = LazyPattern(
    _PRICE
    + _AMOUNT_OFF
    + r"(?:먼저\s*|부터\s*)?(?:쓰고|빼고|적용하고|사용하고)\s*(?:나서\s*|난\s*다음에?\s*)?"
    + rf"(?P<p>{_NUM})\s*%\s*(?:할인|세일)\s*(?:이\s*)?"
    + r"(?:받으면|하면|되면|까지\s*받으면|들어가면|적용하면|적용되면|먹이면)"
    + _ASK
)


def discount_and_coupon_parts(text: str) -> tuple[str, str, str, bool] | None:
    """The price, the percent, the amount off and whether the percent comes off first, or
    ``None`` when ``text`` (numerals as digits) is not this form."""
    first = _PERCENT_FIRST.match(text)
    if first is not None:
        return first["a"], first["p"], first["c"], True
    second = _AMOUNT_FIRST.match(text)
    if second is not None:
        return second["a"], second["p"], second["c"], False
    return None


def said_in_order(price: str, percent: str, amount: str, percent_first: bool) -> str:
    """The question of this form with the two taken off in the order given (a follow-up
    swapping them re-runs this)."""
    if percent_first:
        return f"{price}원에서 {percent}% 할인 후 {amount}원 쿠폰 쓰면 얼마"
    return f"{price}원에서 {amount}원 쿠폰 먼저 쓰고 {percent}% 할인 받으면 얼마"


def discount_and_coupon_in_won(text: str) -> str | None:
    """The expression for a percent and an amount off a price, in the order said, or ``None``.

    Args:
        text: The request with numerals as digits ("89000원짜리 패딩 30%세일하는데 5000원
            쿠폰까지 쓰면 얼마야").
    """
    parts = discount_and_coupon_parts(text)
    if parts is None:
        return None
    price, percent, amount, percent_first = parts
    if percent_first:
        return f"{price} * (100 - {percent}) / 100 - {amount}"
    return f"({price} - {amount}) * (100 - {percent}) / 100"
