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

__all__ = ["part_not_shared_by_one"]

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
