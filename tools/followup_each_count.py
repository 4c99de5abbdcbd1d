"""One more (or one fewer) of a count bought of each of several items names no item.

"멸치액젓 12,000원이랑 굵은소금 18,000원 두 개씩 사면" then "하나 더 사면?": the 2 is
each item's count, so "one more" may be one more fish sauce, one more salt, or one more
of each. The count rule added one to the shared count and answered 90,000원 (three of
each), a reading the user never said. When the count changed is said with 씩 / each over
two or more priced items and the follow-up does not say 씩 / each / which item, code
does not pick one: the turn is declined or handed on with the previous turn.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.korean_numbers import normalize_numerals

__all__ = ["count_of_each_item_unnamed"]

# A count that is each item's: "2개씩", "두 병씩" (numerals as digits), "2 of each"; not a
# price said each ("12000원씩", "$3 each").
_EACH_COUNT = re.compile(
    r"(?<![\d.,])(?P<n>\d+)\s*(?P<c>[가-힣]{0,3})씩|(?<![\d.,$])(?P<e>\d+)\s+of\s+each\b",
    re.IGNORECASE,
)
_MONEY_COUNTERS = frozenset({"원", "달러", "불", "엔", "유로", "만원", "천원"})
_EACH_SAID = re.compile(r"씩|\beach\b|\bapiece\b|\bboth\b|둘\s*다|모두|전부", re.IGNORECASE)
_PRICE = re.compile(r"\d\s*(?:원|달러|dollars?\b)|\$\s*\d", re.IGNORECASE)


def count_of_each_item_unnamed(
    previous: str, count: Decimal, follow_up: str, item_named: bool
) -> bool:
    """Whether ``count`` is said in ``previous`` as each of several priced items' count and
    ``follow_up`` changes it without saying each, or which item.

    Args:
        previous: The previous request (numerals as digits).
        count: The value of the count the follow-up would change.
        follow_up: The follow-up turn.
        item_named: Whether the follow-up names the kind of item it adds or drops.
    """
    if _EACH_SAID.search(follow_up) or len(_PRICE.findall(previous)) < 2:
        return False
    for said in _EACH_COUNT.finditer(previous):
        if said["n"] and said["c"] in _MONEY_COUNTERS:
            continue  # "12000원씩": a price each, not a count
        # "5개 빼줘" after "30개씩" of two items: the counter every item was counted by
        # names none of them (turns26: it took 5 off each and answered 192,500원).
        unnamed = not item_named or _counter_repeated(said["c"], follow_up)
        if Decimal(said["n"] or said["e"]) == count and unnamed:
            return True
    return False


def _counter_repeated(counter: str | None, follow_up: str) -> bool:
    """Whether ``follow_up`` counts by ``counter``, the counter said with 씩 for every item."""
    if not counter:
        return False
    plain = normalize_numerals(follow_up)
    return re.search(rf"\d\s*{re.escape(counter)}(?![가-힣])", plain) is not None
