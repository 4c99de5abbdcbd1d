""" "부품 12만원 더" after a bill's lines: one more line on the same bill.

After "브레이크 패드 부품값 8만5천원이고 공임 4만원 부가세 10% 별도면 총 얼마" (137,500원),
"디스크도 갈아야 된대 부품 12만원 더" adds a line of 120,000원 before the VAT (269,500원);
set 35 sent it to the cloud. Read only after a step read as a bill's lines
(:mod:`tools.calculator_list_less_coupon`) and for a turn whose one figure is an amount
said to come more (더, 추가, 붙): the new line goes after the last one, so a coupon, the
VAT or a split still applies to the whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from tools.calculator_list_less_coupon import AMOUNT, COUPON_USED, list_less_coupon
from tools.korean_numbers import normalize_numerals

__all__ = ["line_added"]

_ONE_MORE = re.compile(r"(?P<a>\d[\d,]*)\s*원\s*(?:이|가)?\s*(?:더|추가|붙)")
_FIGURE = re.compile(r"\d[\d,]*")


def line_added(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous bill with one more line, or ``None``.

    Args:
        text: The follow-up ("디스크도 갈아야 된대 부품 12만원 더").
        previous_steps: The previous turn's steps; one step read as a bill's lines.
    """
    said = normalize_numerals(unicodedata.normalize("NFKC", text))
    more = _ONE_MORE.search(said)
    if more is None or len(_FIGURE.findall(said)) != 1 or len(previous_steps) != 1:
        return None
    if list_less_coupon(previous_steps[0]) is None:
        return None
    step = normalize_numerals(unicodedata.normalize("NFKC", previous_steps[0]))
    coupon = COUPON_USED.search(step)
    lines = list(AMOUNT.finditer(step, 0, coupon.start() if coupon else len(step)))
    if not lines:
        return None
    at = lines[-1].end()
    changed = f"{step[:at]} {more['a']}원{step[at:]}"
    if list_less_coupon(changed) is None:
        return None
    return [changed], f"+ {more['a']}원"
