"""An amount split by a ratio said with 대 or a colon (set 47): "상금 50만원 나랑 동생이랑
3대2로 나누면 각자 얼마" is 500,000 x 3/5 = 300,000원 and 500,000 x 2/5 = 200,000원.

No form read a ratio, so the turn went to a model. Both shares are the answer (one alone
is half of it): :func:`tools.two_figures_52b.two_figures_52b` asks this reader. Read only
in Korean, with one amount in won, two whole parts of the ratio ("3대2", "7:3"), the split
asked ("나누면", "나눠", "분배하면") with each one's share ("각자", "각각", "얼마씩", "얼마"),
and no other figure. The two sharers are named when said just before the ratio ("나랑
동생이랑"), and the shares are told in that order.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.korean_numbers import format_number, normalize_numerals

__all__ = ["RATIO", "ratio_split"]

_N = r"\d+(?:\.\d+)?"
#: The ratio as said: "3대2", "3 대 2", "7:3".
RATIO = LazyPattern(r"(?<![\d.:])(?P<x>\d{1,3})\s*(?:대|:)\s*(?P<y>\d{1,3})(?![\d.:])")
_SPLIT = LazyPattern(
    rf"(?P<t>{_N})\s*원\s*(?:을|를|은|는)?\s*,?\s*"
    r"(?:(?P<a>[가-힣]{1,4}?)\s*(?:이랑|랑|하고|와|과)\s*(?P<b>[가-힣]{1,4}?)\s*(?:이랑|랑|하고|이|가|끼리)?\s*)?"
    r"(?P<ratio>\d{1,3}\s*(?:대|:)\s*\d{1,3})\s*(?:의\s*)?(?:로|으로|비율로|비율)\s*"
    r"(?:나누면|나눠|나누어|나눌|분배하면|배분하면|갈라|가르면)"
)
_EACH = LazyPattern(r"각자|각각|얼마씩|한\s*사람당|몇\s*원씩|얼마")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_ME = {"나": "나", "내": "나", "저": "저"}


def ratio_split(text: str) -> tuple[str, Decimal, str] | None:
    """ "나 300,000원, 동생 200,000원" for the question above, with the first share, or ``None``.

    Returns:
        The answer, the first share (a figure to carry on with) and a detail line.
    """
    digits = normalize_numerals(text)
    found = _SPLIT.search(digits)
    if found is None or not _EACH.search(digits[found.end() :]):
        return None
    ratio = RATIO.search(found["ratio"])
    if ratio is None or len(_FIGURE.findall(digits)) != 3:
        return None  # a figure besides the amount and the two parts: another question
    total, x, y = Decimal(found["t"]), int(ratio["x"]), int(ratio["y"])
    if x <= 0 or y <= 0:
        return None
    first, second = total * x / (x + y), total * y / (x + y)
    names = (found["a"], found["b"]) if found["a"] and found["b"] else ("", "")
    told = [
        f"{_ME.get(n, n)} {format_number(v, 2)}원".strip()
        for n, v in zip(names, (first, second), strict=True)
    ]
    answer = f"{told[0]}, {told[1]} ({x}:{y})"
    detail = f"{total} x {x}/{x + y} = {first}; {total} x {y}/{x + y} = {second}"
    return answer, first, detail
