"""A cost split only among those who paid: "조기축구 이번달 구장비 48만원인데 회원 20명 중에
4명이 회비 안냈어 낸 사람끼리 나누면 1인당 얼마임" is 480,000 / (20 - 4) = 30,000원 (set 36).

Read only with one amount in won, a group "N명 중에 M명이 … 안 냈/못 냈/빠졌", a split
among the rest (낸 사람끼리, 나머지끼리, 나머지가) with a share asked (1인당, 한 명당, 각자,
얼마씩), and no other figure.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["UNPAID", "split_among_those_who_paid"]

_N = r"\d+(?:\.\d+)?"
#: "20명 중에 4명이 회비 안냈어", "10명 중 2명은 안 낸대": the group, then those left out.
UNPAID = LazyPattern(
    r"(?<![\d.])(?P<all>\d+)\s*명\s*(?:중에?|가운데)\s*(?P<out>\d+)\s*명(?:이|은|는)?\s*"
    r"(?:[가-힣]{1,4}\s*)?(?:안\s*냈|안\s*낸|못\s*냈|못\s*낸|빠졌|빠진|빠지)"
)
_AMONG_REST = LazyPattern(r"(?:낸\s*사람|나머지|낸\s*사람들)\s*(?:끼리|이|가|만|들끼리)")
_SHARE = LazyPattern(r"1\s*인당|한\s*명당|1\s*명당|인당|각자|얼마씩|한\s*사람당")
_AMOUNT = LazyPattern(rf"(?<![\d.])(?P<m>{_N})\s*원")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def split_among_those_who_paid(digits: str) -> str | None:
    """ "480000 / (20 - 4)" for a cost split among the members who paid, or None.

    Args:
        digits: The question with numerals as digits.
    """
    group = UNPAID.search(digits)
    amounts = list(_AMOUNT.finditer(digits))
    if group is None or len(amounts) != 1 or not _AMONG_REST.search(digits[group.end() :]):
        return None
    if not _SHARE.search(digits):
        return None
    # "1인당" is no figure of the question: it names the share asked.
    figures = _FIGURE.findall(re.sub(r"1\s*(?:인|명|사람)당", "", digits))
    if len(figures) != 3 or int(group["out"]) >= int(group["all"]):
        return None
    return f"{amounts[0]['m']} / ({group['all']} - {group['out']})"
