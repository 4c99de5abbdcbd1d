"""Follow-up rules of set 48's English turns (helper opens57e), spliced into
:data:`tools.followup_change_rules.CHANGES` with one line; each reads only after its own
first-turn form, and keeps every figure of it but the one the turn changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.calculator_discount_then_coupon import coupon_order_en
from tools.calculator_pack_unit_price_51a import packs_bought_en
from tools.currency_named_rate_43 import conversion_of_stated_pair
from tools.followup_reading_51a import FIGURE, Change, plain
from tools.followup_rerun import kept_if_read, spliced

__all__ = [
    "CHANGES_57E",
    "coupon_order_swapped_en",
    "packs_total_with_more",
    "stated_pair_amount_counted",
]

# "what if the coupon gets applied before the discount", "coupon first?", "쿠폰 먼저 쓰면?".
_COUPON_FIRST = LazyPattern(
    r"\b(?:coupon|voucher|code|promo)s?\b[^.?!]{0,40}?\b(?:before|first|ahead\s+of|prior\s+to)\b"
    r"|\b(?:discount|sale|percent(?:age)?|%\s*off)\b[^.?!]{0,40}?\b(?:after|last|second)\b"
    r"|쿠폰[^?？.]{0,12}?(?:먼저|부터)|할인\s*(?:받기|하기)?\s*전에[^?？.]{0,12}?쿠폰",
    re.IGNORECASE,
)
# "what if the discount comes first", "coupon after the sale", "할인 먼저 받고 쿠폰 쓰면?".
_PERCENT_FIRST = LazyPattern(
    r"\b(?:discount|sale|percent(?:age)?|%\s*off)\b[^.?!]{0,40}?\b(?:before|first|ahead\s+of)\b"
    r"|\b(?:coupon|voucher|code|promo)s?\b[^.?!]{0,40}?\b(?:after|last|second)\b"
    r"|(?:할인|세일)[^?？.]{0,12}?(?:먼저|부터)|쿠폰[^?？.]{0,12}?(?:나중에|마지막에)"
    r"|(?:할인|세일)\s*(?:받은|한|된)?\s*(?:후에|다음에|뒤에)[^?？.]{0,12}?쿠폰",
    re.IGNORECASE,
)

# "the other way around?", "반대로 하면?": whichever order the first turn used, flipped.
_REVERSED = LazyPattern(
    r"\b(?:the\s+)?other\s+way\s+(?:a)?round\b|\bvice\s+versa\b|\b(?:reverse|switch|swap|flip)(?:ed)?\s+the\s+order\b"
    r"|\bin\s+reverse\b|반대로|순서\s*(?:를|을)?\s*(?:바꾸|바꿔|거꾸로)",
    re.IGNORECASE,
)


def coupon_order_swapped_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "what if the coupon gets applied before the discount" after a price with a percent
    and a coupon off read in the order said: the same three figures in the other order.

    "the other way around" flips the order used. (The Korean form's turn, "반대로 할인
    먼저하고 쿠폰쓰면", is opens57k's rule, beside its reader.) A turn that says neither order,
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
    read = coupon_order_en(plain(steps[0]))
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
    note = "the percent off first" if wanted_percent_first else "the coupon off first"
    return kept_if_read(swapped.expression, note)


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_WORD = r"\d+|" + "|".join(_NUMBER_WORDS)
# "a third pack", "another pack", "one more pack", "2 more packs", "four packs".
_PACKS_TOLD = LazyPattern(
    rf"\b(?:a|an|the)\s+(?P<ord>{'|'.join(_ORDINALS)})\s+(?:pack|one)\b"
    r"|\b(?P<one>another|one\s+more|an\s+extra|one\s+extra)\s+(?:pack|one)\b"
    rf"|\b(?P<more>{_WORD})\s+(?:more|extra)\s+packs\b"
    rf"|\b(?P<all>{_WORD})\s+packs\b",
    re.IGNORECASE,
)
_TOTAL_ASKED = LazyPattern(
    r"\b(?:total|altogether|all\s+together|in\s+all|all\s+in|how\s+much\s+(?:do|would|will)\s+"
    r"(?:i|we)\s+(?:pay|spend)|what\s+(?:do|would|will)\s+(?:i|we)\s+(?:pay|spend))\b",
    re.IGNORECASE,
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def packs_total_with_more(text: str, steps: Sequence[str]) -> Change | None:
    """ "how much total if i grab a third pack" after "2 six-packs of bagels at 7.49 a pack,
    whats that per bagel": the packs told, each at the pack's price (3 × 7.49).

    Only the total is read (the price per piece stays what it was); a count of packs not
    above the first turn's, or a turn with another figure, reads nothing.

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    if len(steps) != 1 or not _TOTAL_ASKED.search(text):
        return None
    read = packs_bought_en(plain(steps[0]))
    told = _PACKS_TOLD.search(text)
    if read is None or told is None:
        return None
    had = int(read.packs)
    if told["ord"]:
        count = _ORDINALS[told["ord"].lower()]
    elif told["one"]:
        count = had + 1
    elif told["more"]:
        count = had + _count(told["more"])
    else:
        count = _count(told["all"])
    figures = FIGURE.findall(plain(text))
    if count <= had or len(figures) > (0 if told["ord"] or told["one"] else 1):
        return None
    return kept_if_read(f"{count} * {read.price}", f"{count} packs at {read.price}")


# "and 3 paychecks", "what about 4 paychecks?", "for two months": a count of the thing named.
_COUNT_OF_NAMED = LazyPattern(
    rf"^\s*(?:and|ok|so|what\s+about|how\s+about|for|and\s+for)?\s*(?P<n>{_WORD})\s+"
    r"(?P<thing>[a-z]{3,}?)(?:es|s)\s*(?:of\s+(?:them|it|that))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def stated_pair_amount_counted(text: str, steps: Sequence[str]) -> Change | None:
    """ "and 3 paychecks" after "1 cad = 0.73 usd, my paycheck is 2600 cad. how much is that
    in usd": the amount the first turn named ("my paycheck is 2600 cad") that many times,
    converted at the same stated rate (7,800 CAD, 5,694 USD).

    Only when the thing counted is the word the amount was named by, just before it or as
    its "a night" ("450 chf a night", then "what about 4 nights?": 1,800 chf, never 4 chf).

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    said = _COUNT_OF_NAMED.match(plain(text))
    if len(steps) != 1 or said is None:
        return None
    step = plain(steps[0])
    found = conversion_of_stated_pair(step, known_too=True)
    if found is None:
        return None
    amount, thing = found[3]["n"], re.escape(said["thing"])
    # "my paycheck is 2600 cad" (the thing before the amount), "450 chf a night" (after).
    named = re.search(
        rf"\b{thing}\b[^.?!,\d]{{0,20}}?(?<![\d.,])(?P<n>{re.escape(amount)})(?![\d.,])"
        rf"|(?<![\d.,])(?P<m>{re.escape(amount)})\s*[a-z]{{0,10}}\s+(?:a|an|per|each)\s+{thing}\b",
        step,
        re.IGNORECASE,
    )
    if named is None:
        return None
    count = _count(said["n"])
    if count < 2:
        return None
    total = Decimal(amount.replace(",", "")) * count
    span = named.span("n") if named["n"] else named.span("m")
    changed = spliced(step, [(span, format(total.normalize(), "f"))])
    return kept_if_read(changed, f"{count} {said['thing']}s of {amount}")


CHANGES_57E = (
    # "what if the coupon gets applied before the discount" after "120 with 25% off, then i
    # use a 10 dollar coupon".
    coupon_order_swapped_en,
    # "how much total if i grab a third pack" after "2 six-packs of bagels at 7.49 a pack".
    packs_total_with_more,
    # "and 3 paychecks" after "1 cad = 0.73 usd, my paycheck is 2600 cad. how much … in usd".
    stated_pair_amount_counted,
)
