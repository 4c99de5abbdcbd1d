"""A price, a percent off and a coupon, read in English by slots (helper cal58e3, probes58).

:func:`tools.calculator_discount_then_coupon.coupon_order_en` reads the form in the patterns
sets 48-49 said it ("sneakers are 120 with 25% off, then i use a 10 dollar coupon"); the
paraphrase probe said it otherwise and went to the cloud: "sneakers were $85. they knock 40%
off, then i use a $10 gift coupon on top", "laptop costs 1.2 million won, 10 percent off
first and then a 50000 won coupon". Like :func:`coupon_order_ko_said`, this reading takes
the form by its three parts wherever they stand: one percent marked off (or a discount of
it), one amount marked as a coupon/voucher/code/gift card, one price said before both, and
no other figure; the price paid is asked (not a saving, not a choice). The order is the
order said, unless "first" marks the one said second.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_discount_then_coupon import COUPON_WORD_EN, CouponOrder

__all__ = ["coupon_expression_en_slots", "coupon_order_en_slots"]

_N = r"\d+(?:\.\d+)?"
_MONEY_AFTER = r"(?:\s*(?:dollars?|bucks|usd|won|krw|euros?|eur))?"
# "40% off", "10 percent off", "a 15% discount", "discount of 20%", "knock 40% off".
_PERCENT = LazyPattern(
    rf"(?<![\d.])(?P<p>{_N})\s*(?:%|percent)\s*(?:off\b|discount\b)"
    rf"|\b(?:discount|sale|markdown)\s+(?:of\s+)?(?P<q>{_N})\s*(?:%|percent)",
    re.IGNORECASE,
)
_ANY_PERCENT = LazyPattern(r"%|\bpercent\b|\bpct\b", re.IGNORECASE)
# "a $10 gift coupon", "a 50000 won coupon", "a 10 dollar off voucher", "coupon for $10".
_COUPON = LazyPattern(
    rf"(?<![\d.])\$?(?P<c>{_N}){_MONEY_AFTER}\s*(?:-?\s*off\s+)?(?:an?\s+)?{COUPON_WORD_EN}"
    rf"|\b(?:coupon|voucher|gift\s*card|code)\s+(?:for|of|worth)\s+\$?(?P<d>{_N}){_MONEY_AFTER}\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
# The price paid is asked; not a saving, the amount off, a share or a choice between two.
_PRICE_ASKED = LazyPattern(
    r"\b(?:final|total|how\s+much|what\s+do\s+i\s+pay|pay(?:ing)?|end\s+up|cost|price|owe)\b",
    re.IGNORECASE,
)
_NOT_THE_PRICE = LazyPattern(
    r"\b(?:save|saving|savings|saved|how\s+much\s+(?:is\s+)?off|which|better|vs|versus|or|each"
    r"|per|split|difference|instead|percent\s+(?:do|is|of))\b|\bwhat\s*%",
    re.IGNORECASE,
)
_FIRST_MARK = LazyPattern(
    r"^\s*(?:(?:is\s+|gets?\s+)?(?:applied|used|taken(?:\s+off)?|comes?\s+off|goes)\s+)?"
    r"(?:first|before(?:\s+the\s+(?:discount|percent|sale|coupon))?)\b",
    re.IGNORECASE,
)
# A coupon said before the percent is taken first only when an order is said ("first",
# "then", "after"): "i have a $15 voucher and the store takes 25% off" may mean either.
_ORDER_SAID = LazyPattern(r"\b(?:first|then|after(?:wards)?|before|followed\s+by)\b", re.I)


def coupon_order_en_slots(text: str) -> CouponOrder | None:
    """The price, percent and coupon of ``text`` in the order taken off, or ``None``.

    Args:
        text: The request with numerals as digits ("laptop costs 1200000 won, 10 percent off
            first and then a 50000 won coupon. how much do i end up paying").
    """
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    percents, coupons = list(_PERCENT.finditer(text)), list(_COUPON.finditer(text))
    if len(percents) != 1 or len(coupons) != 1 or len(_ANY_PERCENT.findall(text)) != 1:
        return None
    if not _PRICE_ASKED.search(text) or _NOT_THE_PRICE.search(text):
        return None
    pm, cm = percents[0], coupons[0]
    percent, coupon = pm["p"] or pm["q"], cm["c"] or cm["d"]
    p_span = pm.span("p") if pm["p"] else pm.span("q")
    c_span = cm.span("c") if cm["c"] else cm.span("d")
    others = [f for f in _FIGURE.finditer(text) if f.span() not in (p_span, c_span)]
    if len(others) != 1:
        return None  # no price, or another figure (a count, a tax): not this form
    price = others[0]
    if price.start() > min(pm.start(), cm.start()):
        return None  # the price said after a discount: whose price it is is unclear
    if float(percent) >= 100 or float(coupon) >= float(price.group()):
        return None
    percent_first = pm.start() < cm.start()
    if not percent_first and not _ORDER_SAID.search(text):
        return None
    second = cm if percent_first else pm
    if _FIRST_MARK.match(text[second.end() :]):
        percent_first = not percent_first  # "…, the coupon first": said second, taken first
    return CouponOrder(price.group(), percent, coupon, percent_first)


def coupon_expression_en_slots(text: str) -> str | None:
    """The expression of :func:`coupon_order_en_slots`'s reading, or ``None``."""
    said = coupon_order_en_slots(text)
    return None if said is None else said.expression
