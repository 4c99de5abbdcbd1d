"""A bill split where one of the group has no share of one part of it (set 37).

"4 of us had dinner, bill was 148 and 36 of that was wine. sam didnt drink so how much does
each person pay": the food (148 - 36 = 112) is split four ways, 28 each, and the wine three
ways, 12 each, so Sam pays 28 and the other three 40 each. Both figures are the answer; an
even 37 each would charge Sam for wine. No form read it, so the turn went to a model.

Read only in English, with the group ("4 of us"), the bill, the part of it ("36 of that was
wine"), one named person (or "one of us") who had none of that part, what each pays asked,
and no other figure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.korean_numbers import format_number, normalize_numerals

__all__ = ["part_not_shared_by_one", "part_shared_by_fewer_ko", "split_group_size_ko"]

_N = r"\d+(?:\.\d+)?"
_GROUP = LazyPattern(r"(?<![\d.])(?P<n>\d+)\s+of\s+us\b", re.IGNORECASE)
_BILL = LazyPattern(
    rf"\b(?:bill|total|check|tab)\s+(?:was|is|came\s+to|comes\s+to|of)\s+\$?(?P<b>{_N})\b",
    re.IGNORECASE,
)
_PART = LazyPattern(
    rf"(?<![\d.])\$?(?P<w>{_N})\s+of\s+(?:that|it|which)\s+(?:was|is|were|went\s+on)\s+"
    r"(?:the\s+)?(?P<what>wine|drinks|alcohol|beers?|booze|cocktails|dessert|desserts)\b",
    re.IGNORECASE,
)
_LEFT_OUT = LazyPattern(
    r"\b(?P<who>[a-z]+|one\s+of\s+us)\s+(?:didn'?t|didnt|did\s+not|doesn'?t|doesnt|does\s+not"
    r"|won'?t|wont)\s+(?:drink|have\s+any|have\s+(?:the\s+)?[a-z]+)\b",
    re.IGNORECASE,
)
_EACH_ASKED = LazyPattern(
    r"\bhow\s+much\s+(?:does|do|should|will)\s+(?:each|every(?:one|body))\b"
    r"|\bwhat\s+(?:does|do|should)\s+(?:each|every(?:one|body))\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def part_not_shared_by_one(text: str) -> tuple[str, Decimal, str] | None:
    """Both shares when one of the group has none of a part of the bill, or ``None``.

    Args:
        text: The request as asked.

    Returns:
        The answer, the one's share (a figure to carry on with) and a detail line.
    """
    digits = normalize_numerals(text)
    if re.search(r"[가-힣]", digits) or not _EACH_ASKED.search(digits):
        return None
    group, bill, part = _GROUP.search(digits), _BILL.search(digits), _PART.search(digits)
    left_out = _LEFT_OUT.search(digits)
    if group is None or bill is None or part is None or left_out is None:
        return None
    if len(_FIGURE.findall(digits)) != 3:
        return None  # a figure more than the group, the bill and the part
    size, total, shared = int(group["n"]), Decimal(bill["b"]), Decimal(part["w"])
    if size < 2 or not 0 < shared < total:
        return None
    one = (total - shared) / size
    others = one + shared / (size - 1)
    who = left_out["who"].lower()
    name = {"i": "you", "one of us": "the one who didn't", "he": "he", "she": "she"}.get(
        who, left_out["who"]
    )
    answer = (
        f"{name} {'pay' if name == 'you' else 'pays'} {format_number(one, 2)}, "
        f"the other {size - 1} pay "
        f"{format_number(others, 2)} each"
    )
    detail = f"({total} - {shared}) / {size} each; {shared} / {size - 1} more for the others"
    return answer, one, detail


# Korean (opens56k, set 47): "노래방 42000 치킨 38000 택시 15600 넷이서 엔빵하면 택시비는
# 셋이서만 나누면 각자 얼마": the rest (80,000) split four ways, 20,000 each, and the taxi
# three ways, 5,200 more each for those three: 25,200 and 20,000. Read only with items named
# each before its bare amount, the group splitting them, one item named again as shared by
# fewer ("택시비는 3명이서만"), and no other figure.
_ITEM_KO = LazyPattern(rf"(?P<label>[가-힣]{{1,6}})\s*(?P<a>{_N})\s*원?(?=\s|$)")
_GROUP_KO = LazyPattern(
    r"(?<![\d.])(?P<n>\d+)\s*명\s*(?:이서|이|끼리)?\s*(?:똑같이\s*)?(?:엔빵|n빵|나누|나눠|더치)"
)
_FEWER_KO = LazyPattern(
    r"(?P<label>[가-힣]{1,6}?)\s*(?P<fee>비|값|요금)?\s*(?:은|는)\s*(?P<m>\d+)\s*명\s*(?:이서|이|끼리)?\s*만\s*"
    r"(?:나누|나눠|엔빵|내)"
)
_EACH_KO = LazyPattern(r"각자|각각|얼마씩|1인당|인당|얼마")


def part_shared_by_fewer_ko(text: str) -> tuple[str, Decimal, str] | None:
    """Both shares when one item of a split list is shared by fewer, or ``None``.

    Returns:
        The answer, the share of those who had every item, and a detail line.
    """
    digits = normalize_numerals(text)
    group, fewer = _GROUP_KO.search(digits), _FEWER_KO.search(digits)
    if group is None or fewer is None or fewer.start() < group.end():
        return None
    if not _EACH_KO.search(digits[fewer.end() :]):
        return None
    items = list(_ITEM_KO.finditer(digits[: group.start()]))
    if len(items) < 2 or len(_FIGURE.findall(digits)) != len(items) + 2:
        return None  # a figure besides the items, the group and the fewer
    # "택시비는" names the line "택시" or "택시비"; "대리비는" the line "대리비".
    said = {fewer["label"], f"{fewer['label']}{fewer['fee'] or ''}"}
    named = [i for i in items if i["label"] in said]
    size, few = int(group["n"]), int(fewer["m"])
    if len(named) != 1 or not 1 <= few < size:
        return None
    total = sum((Decimal(i["a"]) for i in items), Decimal(0))
    part = Decimal(named[0]["a"])
    rest = (total - part) / size
    had = rest + part / few
    label = named[0]["label"]
    answer = (
        f"{label} 나눈 {few}명은 각자 {format_number(had, 2)}원, "
        f"나머지 {size - few}명은 각자 {format_number(rest, 2)}원"
    )
    detail = f"({total} - {part}) / {size} = {rest}; + {part} / {few} for the {few}"
    return answer, had, detail


def split_group_size_ko(text: str) -> int | None:
    """The size of the group splitting a list in ``text`` ("넷이서 엔빵" is 4), or ``None``."""
    group = _GROUP_KO.search(normalize_numerals(text))
    return None if group is None else int(group["n"])
