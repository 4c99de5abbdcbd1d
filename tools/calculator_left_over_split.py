"""What is left of an amount after a cost, split: "총 1280만원 들어왔고 식대가 920만원 나왔어
남은거 양가 반반하면 한쪽에 얼마" is (12,800,000 - 9,200,000) / 2 = 1,800,000원.

Blind set 34's first run added the two amounts ('22,000,000원', a wrong answer): the
price reader saw two amounts and a question, and "남은거" was not among the words that
make a list of amounts no sum. This reads the shape itself: an amount that came in (들어왔,
모였, 걷었, 받았, "we collected/raised") before a cost that went out of it (나왔, 나갔, 썼,
들었, "spent/paid"), then the rest (남은, 나머지, "the rest", "what's left") split in half
(반반, 반씩, 양가, "50/50", "in half") or among N people. Every figure has its role, or it
declines. ``tools.calculator`` tries it among its early readers.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_won_or_not import in_won_or_not

__all__ = ["left_over_split", "left_over_split_in_won", "left_over_split_unnamed"]

_N = r"\d+(?:\.\d+)?"
_KO = LazyPattern(
    rf"(?P<a>{_N})\s*원?\s*(?:이|가)?\s*(?:들어왔|들어옴|모였|모임|걷었|걷힘|받았|벌었)\S*\s+"
    rf"(?:[가-힣]{{1,8}}\s+){{0,2}}?(?P<b>{_N})\s*원?\s*(?:이|가)?\s*"
    r"(?:나왔|나갔|썼|들었|쓰고|빠졌|냈)\S*\s+"
    r"(?:[가-힣]{1,6}\s+){0,1}?(?:남은\s*(?:거|것|돈|금액)?|나머지)\S*\s*"
    rf"(?:[가-힣]{{1,6}}\s+){{0,2}}?(?:(?P<half>반반|반씩|반띵|반\s*나눠)|(?P<n>{_N})\s*명(?:이서|이|에게)?\s*"
    r"(?:나누|나눠|n빵|엔빵|똑같이))"
)
_EN = LazyPattern(
    rf"\b(?:collected|raised|took\s+in|got|received)\s+\$?(?P<a>{_N})\b.{{0,40}}?"
    rf"\b(?:spent|paid|used)\s+\$?(?P<b>{_N})\b.{{0,30}}?"
    r"\b(?:split|divide|share)\s+(?:the\s+rest|what'?s\s+left|the\s+remainder|the\s+leftover)\s*"
    rf"(?:(?P<half>50\s*/\s*50|in\s+half|half\s+and\s+half)|(?:between|among|by)\s+(?P<n>{_N})\b)",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}(?![\d.])")


def left_over_split(text: str) -> str | None:
    """``(A - B) / n`` for an amount less a cost with the rest split, or ``None``.

    Args:
        text: The request with its numerals as digits ("1280만원" as "12800000원").
    """
    plain = text.replace(",", "")
    said = _KO.search(plain) or _EN.search(plain)
    if said is None:
        return None
    parts = "2" if said["half"] else said["n"]
    if parts is None or float(parts) < 2:
        return None
    used = [said["a"], said["b"]] + ([] if said["half"] else [said["n"]])
    if sorted(_FIGURE.findall(plain)) != sorted(used):
        return None  # a figure left over: the sentence says more than this reading
    return f"({said['a']} - {said['b']}) / {parts}"


# The reading in won and in no named unit, for the calculator's early readers.
left_over_split_in_won, left_over_split_unnamed = in_won_or_not(left_over_split)
