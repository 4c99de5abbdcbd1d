"""Follow-ups of an English price with a percent and a coupon off (helper cal58e3, probes58).

After "sneakers were $85. they knock 40% off, then i use a $10 gift coupon on top. final
price?" (read by :func:`tools.calculator_coupon_slots_en_58u.coupon_order_en_slots`), the
probe asked "flip it, coupon before the 40%" ((85 - 10) x 0.6 = 45), and after a laptop's
"10 percent off first and then a 50000 won coupon", "and with the coupon only, no discount?"
(1,200,000 - 50,000). Both went to the cloud. Read only after that first-turn form, with no
new figure but the percent or coupon already said: the order swapped, or one of the two
dropped. Anything else is left to other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_coupon_slots_en_58u import coupon_order_en_slots
from tools.calculator_discount_then_coupon import CouponOrder
from tools.followup_reading_51a import FIGURE, Change, plain
from tools.followup_rerun import kept_if_read
from tools.followup_rules_57e import coupon_order_swapped_en

__all__ = ["CHANGES_58U_COUPON", "coupon_order_turned"]

_COUPON = r"(?:coupon|voucher|code|gift\s*card|promo)"
_SALE = r"(?:discount|sale|percent|%|\d+(?:\.\d+)?\s*%|\d+\s*percent|\d+\s*%?\s*off)"
_LEAD = (
    r"^\s*(?:(?:and|ok(?:ay)?|so|then|but|now|what\s+if|how\s+about|what\s+about|and\s+if"
    r"|hmm|actually)[\s,]+)*"
)
# The order swapped: "flip it", "swap the order", "other way round", "coupon before the 40%",
# "coupon first", "the discount after the coupon", "reverse it".
_FLIP = LazyPattern(
    _LEAD + r"(?:(?:flip|swap|switch|reverse)\s+(?:it|them|the\s+order|that|those)"
    r"|(?:the\s+)?other\s+way\s+(?:a)?round|in\s+the\s+other\s+order|reversed?)"
    r"(?:\s*[,;:-]?\s*.*)?$"
    + "|"
    + _LEAD
    + rf"(?:(?:i\s+)?(?:use|apply)\s+)?(?:the\s+)?(?P<first>{_COUPON}|{_SALE})(?:\s+off)?\s+"
    rf"(?:(?:goes|go|went)\s+|applied\s+|(?:comes|come|came)\s+(?:off\s+)?"
    rf"|(?:is|was|were|gets|got)\s+(?:applied|taken\s+off|used)\s+)?(?:first|before\s+the\s+"
    rf"(?P<second>{_COUPON}|{_SALE}))\b",
    re.IGNORECASE,
)
# One of the two dropped: "with the coupon only, no discount", "just the coupon", "without
# the discount"; "no coupon", "without the coupon", "only the 40% off".
_COUPON_ONLY = LazyPattern(
    _LEAD + rf"(?:(?:with|using)\s+)?(?:just|only)\s+(?:the\s+)?{_COUPON}"
    rf"|{_LEAD}(?:(?:with|using)\s+)?(?:the\s+)?{_COUPON}\s+only"
    rf"|\b(?:no|without(?:\s+the)?|skip(?:\s+the)?|drop(?:\s+the)?)\s+{_SALE}",
    re.IGNORECASE,
)
_SALE_ONLY = LazyPattern(
    _LEAD + rf"(?:(?:with|using)\s+)?(?:just|only)\s+(?:the\s+)?{_SALE}"
    rf"|{_LEAD}(?:(?:with|using)\s+)?(?:the\s+)?{_SALE}(?:\s+off)?\s+only"
    rf"|\b(?:no|without(?:\s+the)?|skip(?:\s+the)?|drop(?:\s+the)?|forget(?:\s+the)?)\s+{_COUPON}",
    re.IGNORECASE,
)


def _money(step: str, amount: str) -> str:
    if re.search(r"\$|\bdollars?\b|\bbucks\b", step, re.IGNORECASE):
        return f"${amount}"
    return f"{amount} won" if re.search(r"\bwon\b|\bkrw\b", step, re.IGNORECASE) else amount


def _request(step: str, order: CouponOrder) -> str:
    price, coupon = _money(step, order.price), _money(step, order.coupon)
    if order.percent_first:
        return f"price is {price}, {order.percent}% off, then a {coupon} coupon. final price?"
    return f"price is {price}, a {coupon} coupon first, then {order.percent}% off. final price?"


def coupon_order_turned(text: str, steps: Sequence[str]) -> Change | None:
    """The previous price with its percent and coupon swapped in order, or one dropped.

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    if len(steps) != 1:
        return None
    step = plain(steps[0])
    order = coupon_order_en_slots(step)
    if order is None:
        return None
    said = plain(text)
    # Only the figures already said may appear ("coupon before the 40%"); a new one is a change
    # of value, which other rules read.
    if any(f.group() not in (order.percent, order.coupon) for f in FIGURE.finditer(said)):
        return None
    coupon_only, sale_only = _COUPON_ONLY.search(said), _SALE_ONLY.search(said)
    if coupon_only and not sale_only:
        return kept_if_read(
            f"{_money(step, order.price)} minus {_money(step, order.coupon)}",
            f"the coupon {order.coupon} only",
        )
    if sale_only and not coupon_only:
        changed = f"price is {_money(step, order.price)} with {order.percent}% off. final price?"
        return kept_if_read(changed, f"the {order.percent}% only")
    flip = _FLIP.match(said)
    if flip is None or coupon_only or sale_only:
        return None
    if coupon_order_swapped_en(text, steps) is not None:
        return None  # the order asked in words opens57e's rule reads: left to it

    if flip["first"]:
        coupon_first = re.match(_COUPON, flip["first"], re.IGNORECASE) is not None
        second = flip["second"]
        if second and (re.match(_COUPON, second, re.IGNORECASE) is not None) == coupon_first:
            return None  # "the coupon before the coupon": not an order
        turned = order._replace(percent_first=not coupon_first)
    else:
        turned = order._replace(percent_first=not order.percent_first)
    if turned == order:
        return None  # the order already said: nothing changes
    return kept_if_read(_request(step, turned), "the coupon and the percent in the other order")


CHANGES_58U_COUPON = (
    # "flip it, coupon before the 40%", "with the coupon only, no discount?" after "$85 … 40%
    # off, then a $10 gift coupon".
    coupon_order_turned,
)
