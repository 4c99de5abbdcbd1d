"""Some of those who had not paid pay after all: "안낸 4명 중에 2명은 방금 냈대" after "구장비
48만원인데 회원 20명 중에 4명이 회비 안냈어 낸 사람끼리 나누면 1인당 얼마임" (set 36): two fewer
left out, so 480,000 / (20 - 2) = 26,667원.

Only when the previous question is one
:func:`tools.calculator_unpaid_left_out_51b.split_among_those_who_paid` reads, the turn
names the same count of those who had not paid, and fewer than that paid now.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_unpaid_left_out_51b import UNPAID, split_among_those_who_paid
from tools.followup_previous_51b import one_step_read_by
from tools.korean_numbers import normalize_numerals

__all__ = ["some_unpaid_paid"]

_NOW_PAID = LazyPattern(
    r"^\s*(?:아\s*|근데\s*|그런데\s*)?(?:안\s*낸|못\s*낸)\s*(?:사람\s*)?(?P<was>\d+)\s*명\s*(?:중에?|가운데)\s*"
    r"(?P<paid>\d+)\s*명(?:은|이|만)?\s*(?:방금|이제|결국|오늘|지금|나중에)?\s*"
    r"(?:냈대|냈어|냈음|냈다|낸대|냈다네|입금했대|입금했어)\s*[.!~ㅋㅎ]*\s*$"
)


def some_unpaid_paid(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The split again with fewer left out, or ``None``.

    Args:
        text: The follow-up turn ("안낸 4명 중에 2명은 방금 냈대").
        steps: The previous turn's step texts.
    """
    said = _NOW_PAID.match(normalize_numerals(text))
    step = one_step_read_by(steps, split_among_those_who_paid)
    group = None if said is None or step is None else UNPAID.search(step)
    if (
        said is None
        or step is None
        or group is None
        or group["out"] != said["was"]
        or int(said["paid"]) >= int(said["was"])
    ):
        return None  # another count of those who had not paid, or all of them: not this
    left_out = int(said["was"]) - int(said["paid"])
    start, end = group.span("out")
    changed = step[:start] + str(left_out) + step[end:]
    return [changed], f"{said['was']} → {left_out} not paid"
