"""A follow-up saying the first turn's discount does not apply after all.

After "삼계탕 한 그릇 18,000원 다섯 그릇인데 10% 할인쿠폰 쓰면 얼마", "쿠폰 기간 지나서 못
쓴대" asks the bill without the coupon; after "tickets are 240 each … early bird is 20%
off", "we missed the early bird" the same (blind sets 30 and 28 left both to the cloud).
A turn with no figure that names the discount (쿠폰, 할인, coupon, early bird, promo …) and
says it is gone (못 쓴대, 끝났대, missed, expired, no longer) re-runs the first turn with
its one discount made 0%. A coupon of an amount off a bill's lines
(:mod:`tools.calculator_list_less_coupon`) is made 0원 the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_coupon_on_one_line_57b import COUPON_ON_ONE_LINE_KO, coupon_on_one_line
from tools.calculator_list_less_coupon import COUPON_USED, list_less_coupon
from tools.calculator_sum_forms_50a import PER_LITRE_OFF, fuel_less_discount_per_litre
from tools.korean_numbers import normalize_numerals
from tools.price_total import price_total
from tools.priced_quantities import plain_text, read_priced

__all__ = ["discount_dropped"]

_DISCOUNT_NAMED = LazyPattern(
    r"쿠폰|할인|세일|프로모션|이벤트|\bdiscount|\bcoupon|\bpromo|\bearly[\s-]?bird|\bdeal\b"
    r"|\bsale\b|\boffer\b|\bvoucher",
    re.I,
)
_GONE = LazyPattern(
    r"못\s*(?:쓴|써|쓰|씀|받|한)|안\s*(?:된|돼|되|쓴|써|받)|끝났|끝남|끝났대|만료|지나서|지났|종료"
    r"|\bmissed\b|\bexpired\b|\bcan'?t\s+(?:use|get|have)\b|\bno\s+longer\b|\bdoesn'?t\s+apply\b"
    r"|\bnot\s+valid\b|\bended\b|\bis\s+over\b|\bwon'?t\s+(?:take|accept|honou?r)\b"
    # ("쿠폰 없으면?", "without the coupon": the bill as if it had none, set 41.)
    r"|없으면|없다면|없이|안\s*쓰면|\bwithout\b|\bno\s+(?:coupon|discount|voucher|promo)\b",
    re.I,
)


def discount_dropped(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first turn re-run with its discount at 0%, or ``None``.

    Args:
        text: The follow-up ("쿠폰 기간 지나서 못 쓴대", "we missed the early bird").
        previous_steps: The previous turn's steps; one step read by ``price_total``.
    """
    if len(previous_steps) != 1 or any(ch.isdigit() for ch in text):
        return None
    if _DISCOUNT_NAMED.search(text) is None or _GONE.search(text) is None:
        return None
    coupon = COUPON_USED.search(normalize_numerals(previous_steps[0]))
    if coupon is not None and list_less_coupon(previous_steps[0]) is not None:
        # "마라탕 … 5천원 쿠폰 쓰면" (set 35): the bill's lines with the coupon at 0원.
        said = normalize_numerals(previous_steps[0])
        changed = said[: coupon.start("c")] + "0" + said[coupon.end("c") :]
        return [changed], f"without the {coupon['c']}원 coupon"
    said = normalize_numerals(previous_steps[0])
    per_item = _per_litre_dropped(said) or _line_coupon_dropped(said)
    if per_item is not None:
        return per_item
    step = plain_text(previous_steps[0])
    found = read_priced(step)
    if found is None or found.discount is None or price_total(step) is None:
        return None
    slots = [(a, b) for a, b, role in found.slots if role[0] == "discount"]
    if len(slots) != 1:
        return None
    start, end = slots[0]
    changed = step[:start] + "0" + step[end:]
    if price_total(changed) is None:
        return None
    return [changed], f"without the {step[start:end]}% discount"


def _per_litre_dropped(said: str) -> tuple[list[str], str] | None:
    """ "할인카드 없으면" after "리터당 1689원에 40리터 넣고 리터당 50원 할인받으면" (set 49): the
    one discount a litre made 0원, when the fuel reader reads the turn both ways."""
    offs = list(PER_LITRE_OFF.finditer(said))
    if len(offs) != 1 or "%" in said or fuel_less_discount_per_litre(said) is None:
        return None  # one discount a litre and no other, read as such, or no reading
    changed = said[: offs[0].start("d")] + "0" + said[offs[0].end("d") :]
    if fuel_less_discount_per_litre(changed) is None:
        return None
    return [changed], f"without the {offs[0]['d']}원 per-litre discount"


def _line_coupon_dropped(said: str) -> tuple[list[str], str] | None:
    """ "쿠폰 없으면" after "음식값에만 20%할인쿠폰 쓰면" (set 49): that coupon at 0%, when the
    one-line coupon reader reads the turn both ways."""
    coupon = COUPON_ON_ONE_LINE_KO.search(said)
    if coupon is None or coupon_on_one_line(said) is None:
        return None
    changed = said[: coupon.start("r")] + "0" + said[coupon.end("r") :]
    if coupon_on_one_line(changed) is None:
        return None
    return [changed], f"without the {coupon['r']}% coupon on the {coupon['on']}"
