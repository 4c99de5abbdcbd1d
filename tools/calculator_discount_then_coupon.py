"""A price with a percent off and then an amount off (a coupon), in the order said.

Blind set 38: "8만9천원짜리 패딩 30%세일하는데 5천원 쿠폰까지 쓰면 얼마야" went to a model,
and while reading it, "89000원에서 30% 할인 후 5000원 빼면" was found answered 58,800원 by
:mod:`tools.price_total`, which takes amounts off first and the percent after (57,300원 is
what "할인 후" says). The order changes the figure, so this reader takes it as said: the
percent said first comes off the price first (price × (100 − p) / 100 − c); an amount said
first comes off first ((price − c) × (100 − p) / 100). One price, one percent, one amount.

Set 48 said it in English: "sneakers are 120 with 25% off, then i use a 10 dollar coupon.
final price?" is 120 × 0.75 − 10 = 80 (:func:`discount_and_coupon_en`), read in the same
order said; every figure of the sentence must be the price, the percent or the coupon.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.lazy_regex import LazyPattern

__all__ = [
    "AMOUNT_OFF_BY_CODE_EN",
    "COUPON_WORD_EN",
    "CouponOrder",
    "coupon_order_en",
    "coupon_order_ko",
    "coupon_order_ko_said",
    "discount_and_coupon_en",
    "discount_and_coupon_in_won",
    "discount_and_coupon_parts",
    "said_in_order",
]


_NUM = r"\d+(?:\.\d+)?"
# The price, with "짜리" and up to one word naming the thing ("89000원짜리 패딩").
# (opens62: the price said as what was ordered, "배달 24000원어치 시켰는데".)
_PRICE = (
    rf"^\s*(?:[가-힣A-Za-z]{{1,8}}\s+)?(?P<a>{_NUM})\s*원\s*(?:짜리|어치)?\s*"
    r"(?:[가-힣A-Za-z]{1,8}\s*)?(?:에서|을|를|이|가|인데)?\s*"
    r"(?:(?:시켰|샀|주문했|결제했|담았|나왔)(?:는데|고)\s*)?"
)
# Who gives the percent off, said between it and 할인 ("10%카드할인", "5% 회원할인", opens62).
_GIVER = r"(?:카드|멤버십|회원|제휴|즉시|청구)?\s*"
_PERCENT = (
    rf"(?P<p>{_NUM})\s*%\s*{_GIVER}(?:할인|세일|off)\s*"
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
    + rf"(?P<p>{_NUM})\s*%\s*{_GIVER}(?:할인|세일)\s*(?:이\s*)?"
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
    said = coupon_order_ko(text)  # the three parts in other words (set 49)
    return None if said is None else (said.price, said.percent, said.coupon, said.percent_first)


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
    return CouponOrder(*parts).expression


class CouponOrder(NamedTuple):
    """A price, a percent off and an amount off, and which comes off first."""

    price: str
    percent: str
    coupon: str
    percent_first: bool

    @property
    def expression(self) -> str:
        """The price paid with the two taken off in this order."""
        if self.percent_first:
            return f"{self.price} * (100 - {self.percent}) / 100 - {self.coupon}"
        return f"({self.price} - {self.coupon}) * (100 - {self.percent}) / 100"


_FIGURE = re.compile(rf"(?<![\d.]){_NUM}")
_PRICE_EN = (
    rf"\b(?:is|are|costs?|was|were|for|at|priced\s+at)\s+\$?(?P<a>{_NUM})\s*(?:dollars?|bucks)?"
)
_PERCENT_EN = (
    rf"(?:with|at|and\s+(?:it'?s|they'?re|there'?s|i\s+get|get)|minus|less|on\s+sale\s+for)?\s*"
    rf"(?:an?\s+)?(?P<p>{_NUM})\s*(?:%|percent)\s*(?:off|discount|sale)\b"
)
# The thing that takes an amount off: "coupon", "voucher", "promo code", "discount code".
COUPON_WORD_EN = (
    r"(?:(?:promo(?:tional)?|discount|coupon|voucher|gift)\s*)?"
    r"(?:coupon|voucher|gift\s*card|code|promo)\b"
)
# An amount taken off by a code named after it, no group ("another 15 off with a promo
# code", "i knock 10 off with a coupon", "40 more off with the promo"); the planner keeps a
# percent then this one step with it.
AMOUNT_OFF_BY_CODE_EN = (
    r"(?:(?:i|we)\s+(?:get|take|knock)\s+|(?:get|take|knock|minus|less)\s+)?"
    r"(?:another|an?\s+(?:extra|additional|further)|extra|further)?\s*"
    r"\$?{c}\s*(?:dollars?|bucks)?\s*(?:more\s+)?off\s*"
    r"(?:with|using|from|by|via|w/|thanks\s+to|for)\s+(?:an?|my|the|this|that|one)?\s*"
    + COUPON_WORD_EN
)
# "i use a 10 dollar coupon", "apply a $10 off coupon", "with a 10 dollar voucher"; set 49
# said the amount before the thing ("another 15 off with a promo code", "15 more off using
# a code", "knock 15 off w/ my coupon"): the amount is off, taken by the code named after it.
_COUPON_EN = (
    r"(?:(?:(?:i|we)\s+(?:use|apply|have|redeem|add|get)|(?:use|apply|redeem|with|plus|and)|"
    r"(?:i|we)'?(?:ll|\s+will)\s+(?:use|apply))\s+(?:an?|my|the|one)?\s*"
    rf"\$?(?P<c>{_NUM})\s*(?:dollars?|bucks)?\s*(?:-?\s*off\s+)?"
    + COUPON_WORD_EN
    + "|"
    + AMOUNT_OFF_BY_CODE_EN.replace("{c}", rf"(?P<c2>{_NUM})")
    + ")"
)
_THEN = r"\s*[,.;]?\s*(?:and\s+)?(?:then\s+|after\s+that\s+|on\s+top\s+)?"
_PERCENT_FIRST_EN = LazyPattern(_PRICE_EN + r"\s*,?\s*" + _PERCENT_EN + _THEN + _COUPON_EN, re.I)
_COUPON_FIRST_EN = LazyPattern(
    _PRICE_EN
    + r"\s*,?\s*(?:and\s+)?"
    + _COUPON_EN
    + r"\s*(?:first)?"
    + _THEN
    + r"(?:(?:i|we)\s+)?(?:get|take|with|and)?\s*"
    + _PERCENT_EN.replace("(?:with|", "(?:")
    + r"\s*(?:after(?:\s+that|wards)?)?",
    re.I,
)


def coupon_order_en(text: str) -> CouponOrder | None:
    """A price with a percent and a coupon off, in the order said in English, or ``None``.

    Args:
        text: The request with numerals as digits ("sneakers are 120 with 25% off, then i
            use a 10 dollar coupon. final price?").
    """
    text = text.replace(",", "") if re.search(r"\d,\d{3}", text) else text
    for form, percent_first in ((_PERCENT_FIRST_EN, True), (_COUPON_FIRST_EN, False)):
        said = form.search(text)
        if said is None:
            continue
        coupon = said["c"] or said["c2"]
        figures = sorted(m.group() for m in _FIGURE.finditer(text))
        if figures != sorted([said["a"], said["p"], coupon]) or float(said["p"]) >= 100:
            return None  # another figure (a count, a tax) or a percent past the price
        return CouponOrder(said["a"], said["p"], coupon, percent_first)
    return None


def discount_and_coupon_en(text: str) -> str | None:
    """The expression of :func:`coupon_order_en`'s reading, or ``None``."""
    said = coupon_order_en(text)
    return None if said is None else said.expression


# Set 49 said the form in words the patterns above never listed ("89000원짜리 30%세일하고
# 거기서 만원쿠폰 또 쓰면 얼마임"). This reading takes the form by its three parts wherever
# they stand: one price in won, one percent marked as a sale, one amount in won marked as a
# coupon, and no other figure; the order is the order said, unless "먼저/부터" marks the
# one said second (then that one comes off first).
# (Set 50 typed the percent the chat way, "20퍼 할인": 퍼 is 퍼센트 cut short.)
_KO_PCT_SIGN = r"(?:%|퍼(?!센)|프로|퍼센트)"
_KO_PERCENT = re.compile(
    rf"(?P<p>{_NUM})\s*{_KO_PCT_SIGN}\s*{_GIVER}(?:할인|세일|off|dc|디씨|빠지|깎|내려|싸게)"
    rf"|(?:할인|세일|디씨|dc)\s*(?:율|률)?\s*(?:이|은|을|를)?\s*(?P<q>{_NUM})\s*{_KO_PCT_SIGN}",
    re.I,
)
_KO_COUPON = re.compile(
    rf"(?P<c>{_NUM})\s*원\s*(?:짜리\s*)?(?:할인\s*)?(?:쿠폰|적립금|포인트|상품권|할인권|바우처)"
    rf"|(?:쿠폰|적립금|포인트|상품권|할인권)\s*(?:으로|로|을|를|도|이|가|은|는)?\s*(?P<d>{_NUM})\s*원"
)
_KO_PRICE = re.compile(
    rf"(?P<a>{_NUM})\s*원(?!\s*(?:짜리\s*)?(?:할인\s*)?(?:쿠폰|적립금|포인트|상품권|할인권))"
)
# The price paid is asked ("얼마", "몇원", "결제 금액"); not the saving ("얼마 할인", "얼마
# 아껴"), and not a choice between the two ("… 중에", "아니면", "뭐가 더").
_KO_PRICE_ASKED = re.compile(r"얼마|몇\s*원|금액|가격|계산")
_KO_NOT_THE_PRICE = re.compile(
    r"얼마\s*(?:나\s*)?(?:할인|아끼|아껴|세이브|절약|싸|덜|이득|빠지|깎)|할인\s*(?:된\s*)?(?:금액|액)"
    r"|중에|중\s*뭐|아니면|이나|vs|뭐가|어느|차이|몇\s*%|몇\s*퍼|개|명|번|두\s*개|각각|씩"
)
_KO_FIRST_MARK = re.compile(r"^\s*(?:을|를|은|는)?\s*(?:먼저|부터)")


# The coupon said and then left unused ("5000원 쿠폰은 안 쓰면", "쿠폰 없이"): found
# reading set 50, where "… 5000원 쿠폰 없이 사면 얼마" was answered with the coupon taken off.
_KO_COUPON_UNUSED = re.compile(
    r"^\s*(?:은|는|을|를|도)?\s*(?:안\s*(?:쓰|써|쓸|먹이|적용|사용)|없이|없으면|없다면|빼고|빼면"
    r"|못\s*(?:쓰|써|쓸|받)|말고|제외)"
)


def coupon_order_ko(text: str) -> CouponOrder | None:
    """A price with a percent and an amount (a coupon) off, said in Korean in any order of
    words, or ``None``; a coupon said and left unused is taken off as 0원.

    Args:
        text: The request with numerals as digits ("89000원짜리 30%세일하고 거기서 10000원쿠폰
            또 쓰면 얼마임").
    """
    said = coupon_order_ko_said(text)
    if said is None:
        return None
    order, unused = said
    return order._replace(coupon="0") if unused else order


def coupon_order_ko_said(text: str) -> tuple[CouponOrder, bool] | None:
    """:func:`coupon_order_ko`'s reading with the coupon as said, and whether it is said
    unused (a follow-up "쿠폰은 쓰고 …" puts it back), or ``None``."""
    percents = list(_KO_PERCENT.finditer(text))
    coupons = list(_KO_COUPON.finditer(text))
    if len(coupons) != 1:
        return None
    # (The coupon's own won, "쿠폰 5000원", is no price.)
    prices = [
        m
        for m in _KO_PRICE.finditer(text)
        if not coupons[0].start() <= m.start() < coupons[0].end()
    ]
    if len(percents) != 1 or len(prices) != 1:
        return None
    if not _KO_PRICE_ASKED.search(text) or _KO_NOT_THE_PRICE.search(text):
        return None
    pm, cm, am = percents[0], coupons[0], prices[0]
    price, percent, coupon = am["a"], pm["p"] or pm["q"], cm["c"] or cm["d"]
    figures = sorted(m.group() for m in _FIGURE.finditer(text))
    if figures != sorted([price, percent, coupon]):
        return None  # another figure (a count, a second price): not this form
    if am.start() > min(pm.start(), cm.start()):
        return None  # the price said after a discount: whose price is unclear
    if float(percent) >= 100 or float(coupon) >= float(price):
        return None
    percent_first = pm.start() < cm.start()
    second = cm if percent_first else pm
    if _KO_FIRST_MARK.match(text[second.end() :]):
        percent_first = not percent_first  # "…, 쿠폰 먼저": the one said second goes first
    unused = _KO_COUPON_UNUSED.match(text[cm.end() :]) is not None
    return CouponOrder(price, percent, coupon, percent_first), unused
