"""An amount taken off the price before tax: "they'll knock 50 off before tax".

Set 31: after "the bike is 649 and sales tax is 8.25%, what's the total" (702.54), "they'll
knock 50 off before tax" went to the cloud. The discount comes off the price the tax is
charged on, so the price is 599 and the total 599 x 1.0825 = 648.42 (never 702.54 - 50).

Only when the request states exactly one amount besides its tax rate; the amount off must be
less than it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from tools.followup_rerun import replaced

__all__ = ["off_before_tax"]

_N = r"\d+(?:\.\d+)?"
_OFF = re.compile(
    r"^\s*(?:(?:and|so|ok|oh)\s*,?\s+)?(?:(?:they|he|she|the\s+shop|the\s+store)(?:'ll|\s+will|\s+can|\s+would)?\s+)?"
    rf"(?:(?:knock|take|knocks|takes|give\s+(?:me|us))\s+\$?(?P<x>{_N})\s+off\s+(?:the\s+price\s+)?"
    # "and if i use a 50 off coupon before tax", "what if we apply a $20 voucher before
    # tax" (set 49): an amount-off coupon said as a thing used, still off the pre-tax price.
    r"|(?:(?:what\s+)?if\s+(?:i|we)\s+|with\s+)?(?:(?:use|apply|have|get|had)\s+)?(?:a|an|the|my|our)\s+"
    rf"\$?(?P<y>{_N})\s*(?:dollars?\s+|bucks?\s+)?(?:off\s+)?(?:coupon|voucher|code)\s+)"
    r"(?:before|pre-?)\s*tax\s*[.!?]*\s*$",
    re.I,
)
_AMOUNT = re.compile(rf"(?<![\d.])\$?(?P<v>{_N})(?!\s*%|[\d.])")
_TAX = re.compile(r"\btax\b|\bvat\b", re.I)


def off_before_tax(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous request with its one price less the amount off, or ``None``.

    Args:
        text: The follow-up ("they'll knock 50 off before tax").
        steps: The previous turn's steps; one price and a tax rate.
    """
    said = _OFF.match(text)
    if said is None or len(steps) != 1 or not _TAX.search(steps[0]):
        return None
    step = steps[0].replace(",", "")
    amounts = list(_AMOUNT.finditer(step))
    if len(amounts) != 1 or "%" not in step:
        return None  # one price besides the tax rate, or no reading
    price, off = Decimal(amounts[0]["v"]), Decimal(said["x"] or said["y"])
    if off >= price:
        return None
    if price - off in {Decimal(f) for f in re.findall(rf"(?<![\d.]){_N}", step)}:
        return None  # the new price alike another figure (the rate): never risk reading one
    return replaced(step, amounts[0].span("v"), f"{price - off}", f"{price} - {off} before tax")
