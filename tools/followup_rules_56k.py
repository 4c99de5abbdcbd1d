"""Follow-up rules of set 47's Korean turns (helper opens56k), spliced into
:data:`tools.followup_change_rules.CHANGES` ahead of the older rules: each reads only after
its own first-turn form.

- "원금까지 합치면?" after simple interest ("200만원 … 연5% 단리로 3년이면 이자 얼마"): the
  principal added to the interest, 2,000,000 + 300,000.
- "그냥 30% 할인이랑 비교하면 얼마 차이나" after two discounts in a row ("정가 89000원 …
  20%할인에 추가10% 더"): the gap between that result and the price at the one percent
  named, 64,080 - 62,300 = 1,780 (20% then 10% is never 30% off).
- ("7대3이면?" after a split in a ratio is :mod:`tools.followup_ratio_changed_56t`'s, which
  set 48's helper wrote for both languages at the same time.)
- "한명은 택시 안탔으니까 택시비는 셋이서만 나누면 각자 얼마" after a list split ("노래방
  42000 치킨 38000 택시 15600 넷이서 엔빵하면"): that item shared by fewer, both shares
  (:func:`tools.split_part_not_shared_52b.part_shared_by_fewer_ko`).
- "동생꺼까지 두장이면" after one ticket priced: that result times the count
  (:func:`tools.followup_count_of_one_50a.count_with_whose_ko`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.followup_count_of_one_50a import count_with_whose_ko
from tools.korean_numbers import normalize_numerals
from tools.split_part_not_shared_52b import part_shared_by_fewer_ko, split_group_size_ko

__all__ = [
    "CHANGES_56K",
    "discount_compared",
    "item_shared_by_fewer",
    "principal_added",
]

Resolved = tuple[list[str], str] | None

_N = r"\d+(?:\.\d+)?"
_PRINCIPAL_ADDED = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*)?(?:원금\s*(?:까지|이랑|하고|도|을|를)?|원리금(?:으로)?)\s*(?:다\s*)?"
    r"(?:합치면|합하면|더하면|포함하면|포함해서|합쳐서|같이\s*받으면|치면)?\s*(?:총\s*)?(?:얼마\S*|은|는)?"
    r"\s*[?？.!]*\s*$"
)
# The calculator's reading of simple interest: principal x rate / 100 x years.
_SIMPLE_READING = re.compile(
    rf"^\s*(?P<a>{_N})\s*\*\s*(?P<b>{_N})\s*/\s*100\s*\*\s*(?P<c>{_N})\s*$"
)


def _read(step: str) -> tuple[Decimal, str, str | None] | None:
    """The value, reading and unit the calculator gives ``step``, or ``None``."""
    from tools.calculator import calculate  # the calculator's tables load only when needed

    try:
        result = calculate(step)
    except ToolInputError:
        return None
    return result.value, result.expression, result.unit


def principal_added(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "원금까지 합치면?": the simple interest of the one step plus its principal."""
    if not _PRINCIPAL_ADDED.match(text) or len(previous_steps) != 1:
        return None
    step = previous_steps[0]
    read = _read(step)
    simple = _SIMPLE_READING.match(read[1]) if read else None
    if simple is None or "단리" not in step:
        return None  # not simple interest read as principal x rate x years
    won = "원" if read is not None and read[2] == "원" else ""
    a, b, c = simple["a"], simple["b"], simple["c"]
    return [f"{a}{won} + {a}{won} * {b}% * {c}"], f"{a} principal added"


_COMPARED = LazyPattern(
    rf"^\s*(?:그럼\s*)?(?:그냥|한\s*번에|한꺼번에|바로)?\s*(?P<x>{_N})\s*(?:%|프로|퍼센트)\s*"
    r"(?:할인|세일|깎아\s*주는\s*거|깎는\s*거)\s*(?:이랑|하고|과|와|에\s*비하면|이랑은)\s*"
    r"(?:비교하면|비교해서|비교해\s*보면)?\s*(?:얼마(?:나)?\s*)?(?:차이\S*|더\s*싸\S*|더\s*비싸\S*)"
    r"\s*[?？.!]*\s*$"
)
# Two discounts one after the other on one price, as the calculator reads them.
_TWO_OFF = re.compile(
    rf"^\s*(?P<p>{_N})\s*\*\s*\(1 - (?P<a>{_N}) / 100\)\s*\*\s*\(1 - (?P<b>{_N}) / 100\)\s*$"
)


def discount_compared(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "그냥 30% 할인이랑 비교하면 얼마 차이나": the gap to the price at the one percent."""
    said = _COMPARED.match(normalize_numerals(text))
    if said is None or len(previous_steps) != 1:
        return None
    read = _read(previous_steps[0])
    two = _TWO_OFF.match(read[1]) if read else None
    if read is None or two is None or read[2] != "원":
        return None
    price, x = two["p"], said["x"]
    once = Decimal(price) * (1 - Decimal(x) / 100)
    first, second = (read[1], f"{price} * (1 - {x} / 100)")
    if once > read[0]:
        first, second = second, first
    return [f"({first}) - ({second})"], f"vs {x}% off {price}"


_FEWER = LazyPattern(
    r"(?P<label>[가-힣]{1,6}?\s*(?:비|값|요금)?)\s*(?:은|는)\s*(?P<m>\d+)\s*명\s*(?:이서|이|끼리)?\s*만\s*"
    r"(?:나누|나눠|엔빵|내)[가-힣]*\s*(?:각자|각각)?\s*(?:얼마\S*)?\s*[?？.!]*\s*$"
)


def item_shared_by_fewer(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "택시비는 셋이서만 나누면 각자 얼마": the list split again, that item among fewer."""
    turn = normalize_numerals(text)
    said = _FEWER.search(turn)
    if said is None or len(previous_steps) != 1:
        return None
    # "한명은 택시 안탔으니까": who is left out, when counted, must be the rest of the group.
    others = re.findall(rf"(?<![\d.]){_N}", turn[: said.start()])
    size = split_group_size_ko(previous_steps[0])
    if others and (size is None or others != [str(size - int(said["m"]))]):
        return None
    fewer = f"{said['label']}는 {said['m']}명이서만 나누면 각자 얼마"
    step = f"{previous_steps[0].rstrip(' ?？.!')} {fewer}"
    if part_shared_by_fewer_ko(step) is None:
        return None
    return [step], f"{said['label']} shared by {said['m']}"


CHANGES_56K = (
    # "원금까지 합치면?" after simple interest.
    principal_added,
    # "그냥 30% 할인이랑 비교하면 얼마 차이나" after two discounts in a row.
    discount_compared,
    # "동생꺼까지 두장이면" after one ticket priced.
    count_with_whose_ko,
    # "택시비는 셋이서만 나누면 각자 얼마" after a list split four ways.
    item_shared_by_fewer,
    # "7대3이면?" after "상금 50만원 나랑 동생이랑 3대2로 나누면 각자 얼마".
)
