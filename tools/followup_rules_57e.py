"""Follow-up rules of set 48's English turns (helper opens57e), spliced into
:data:`tools.followup_change_rules.CHANGES` with one line; each reads only after its own
first-turn form, and keeps every figure of it but the one the turn changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_discount_then_coupon import coupon_order_en, coupon_order_ko
from tools.followup_reading_51a import FIGURE, Change, plain
from tools.followup_rerun import kept_if_read

__all__ = ["CHANGES_57E", "coupon_order_swapped"]

# "what if the coupon gets applied before the discount", "coupon first?", "쿠폰 먼저 쓰면?".
_COUPON_FIRST = LazyPattern(
    r"\b(?:coupon|voucher)s?\b[^.?!]{0,40}?\b(?:before|first|ahead\s+of|prior\s+to)\b"
    r"|\b(?:discount|sale|percent(?:age)?|%\s*off)\b[^.?!]{0,40}?\b(?:after|last|second)\b"
    r"|쿠폰[^?？.]{0,12}?(?:먼저|부터)|할인\s*(?:받기|하기)?\s*전에[^?？.]{0,12}?쿠폰",
    re.IGNORECASE,
)
# "what if the discount comes first", "coupon after the sale", "할인 먼저 받고 쿠폰 쓰면?".
_PERCENT_FIRST = LazyPattern(
    r"\b(?:discount|sale|percent(?:age)?|%\s*off)\b[^.?!]{0,40}?\b(?:before|first|ahead\s+of)\b"
    r"|\b(?:coupon|voucher)s?\b[^.?!]{0,40}?\b(?:after|last|second)\b"
    r"|(?:할인|세일)[^?？.]{0,12}?(?:먼저|부터)|쿠폰[^?？.]{0,12}?(?:나중에|마지막에)"
    r"|(?:할인|세일)\s*(?:받은|한|된)?\s*(?:후에|다음에|뒤에)[^?？.]{0,12}?쿠폰",
    re.IGNORECASE,
)

# "the other way around?", "반대로 하면?": whichever order the first turn used, flipped.
_REVERSED = LazyPattern(
    r"\bthe\s+other\s+way\s+(?:a)?round\b|\b(?:reverse|switch|swap|flip)(?:ed)?\s+the\s+order\b"
    r"|\bin\s+reverse\b|반대로|순서\s*(?:를|을)?\s*(?:바꾸|바꿔|거꾸로)",
    re.IGNORECASE,
)


def coupon_order_swapped(text: str, steps: Sequence[str]) -> Change | None:
    """ "what if the coupon gets applied before the discount" after a price with a percent
    and a coupon off read in the order said: the same three figures in the other order.

    "the other way around" ("반대로") flips the order used. A turn that says neither order,
    or both, or any figure, reads nothing; so does an order the first turn already used
    (nothing would change).

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    if len(steps) != 1 or FIGURE.search(plain(text)):
        return None
    coupon_first, percent_first = _COUPON_FIRST.search(text), _PERCENT_FIRST.search(text)
    if coupon_first is not None and percent_first is not None:
        return None
    step = plain(steps[0])
    read = coupon_order_en(step) or coupon_order_ko(step)
    if read is None:
        return None
    if coupon_first is None and percent_first is None:
        if not _REVERSED.search(text):
            return None
        wanted_percent_first = not read.percent_first
    else:
        wanted_percent_first = percent_first is not None
    if read.percent_first == wanted_percent_first:
        return None
    swapped = read._replace(percent_first=wanted_percent_first)
    won = "원" if coupon_order_en(step) is None else ""
    note = "the percent off first" if wanted_percent_first else "the coupon off first"
    return kept_if_read(f"{swapped.expression}{won}", note)


CHANGES_57E = (
    # "what if the coupon gets applied before the discount" after "120 with 25% off, then i
    # use a 10 dollar coupon" (or "쿠폰 먼저 쓰면?" after the Korean form).
    coupon_order_swapped,
)
