"""An amount shared when one of the group pays half a share: "부모님 용돈 한달 90만원을 형제
셋이 내는데 막내는 반만 내기로 했어 나머지 둘은 얼마씩 내?" is 900,000 / (3 - 0.5) = 360,000원
each for the other two (set 36); the one pays half of that.

Read only with one amount in won, the group's size said (셋이, 3명이, 형제 셋), one of them
paying "반만" (half), the others' share asked (나머지 … 얼마씩), and no other figure.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from core.text import KOREAN_NATIVE_DIGITS

__all__ = ["others_share_when_one_pays_half"]

_N = r"\d+(?:\.\d+)?"
_NATIVE = "|".join(w for w in KOREAN_NATIVE_DIGITS if w != "하나")
_GROUP = LazyPattern(
    rf"(?<![가-힣\d])(?:(?P<w>{_NATIVE})|(?P<d>\d+)\s*명)\s*(?:이서|이|가|이서\s*같이)\s+"
    r"(?:[가-힣]{1,4}\s+)?(?:내|나눠|나누|부담|모으|모아)"
)
_HALF = LazyPattern(r"(?:은|는|이|가)\s*(?:절반만|반만|반액만)\s*(?:내|부담|낼)")
_OTHERS = LazyPattern(r"나머지\s*(?:[가-힣]{1,3}\s*)?(?:은|는|이|가|들은)?\s*(?:각자\s*)?얼마씩")
_AMOUNT = LazyPattern(rf"(?<![\d.])(?P<a>{_N})\s*원")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def others_share_when_one_pays_half(digits: str) -> str | None:
    """ "900000 / (3 - 0.5)" for the others' share when one pays half, or ``None``.

    Args:
        digits: The question with numerals as digits.
    """
    group = _GROUP.search(digits)
    amounts = list(_AMOUNT.finditer(digits))
    if group is None or len(amounts) != 1 or not _HALF.search(digits):
        return None
    if not _OTHERS.search(digits[group.end() :]):
        return None
    size = int(KOREAN_NATIVE_DIGITS[group["w"]] if group["w"] else group["d"])
    figures = _FIGURE.findall(digits)
    if size < 2 or len(figures) != (1 if group["w"] else 2):
        return None  # a figure more than the amount and the group: another reading
    return f"{amounts[0]['a']} / ({size} - 0.5)"
