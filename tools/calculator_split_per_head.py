"""A total, then a number of people, then "each" asked: the total divided among them.

"대관료 66만 원인데 22명이면 1인당 얼마야" was answered 14,520,000원: the closing "1인당
얼마야" was cut off as the question's tail, and what was left ("660000인데 22명이면")
read as a product. Here the amount comes first, the people after it, and the share of
one person is asked (1인당, 한 사람당, 한 명당, 각자, …씩), so it is the amount divided by
the people; the price of one person said before the people is the other form's (that
reads "4명인데 1인당 18000이면" as a product).
"""

from __future__ import annotations

import re

__all__ = ["split_per_head_expression"]

_AMOUNT = r"(?P<a>\d+(?:\.\d+)?)\s*(?:원|달러|won\b|dollars?\b)?"
_PEOPLE = r"(?P<b>\d+)\s*(?:명|사람|인)"
# What is said between the amount and the people, and after the people.
_JOIN = r"\s*(?:이|가|은|는)?\s*(?:인데|이고|이면|이니까|나왔는데|들었는데|,)?\s*,?\s*"
_PEOPLE_VERB = (
    r"\s*(?:이서|이|가)?\s*(?:오면|와|왔는데|가면|모이면|참석하면|먹으면|쓰면|이면|면"
    r"|(?:똑같이\s*)?(?:나눠\s*)?내면|나누면|나눠\s*내|n빵하면|엔빵하면)?\s*,?\s*"
)
_EACH = (
    r"(?:1\s*인당|인당|한\s*사람당|한\s*사람에|1\s*사람당|사람당|한\s*명당|1\s*명당|명당"
    r"|한\s*명에|각자|각각|한\s*사람|한\s*명|1인)\s*(?:이|은|는)?\s*(?:얼마씩|얼마)"
)
_SPLIT = re.compile(
    rf"^(?:[가-힣A-Za-z]{{1,8}}\s+){{0,3}}{_AMOUNT}{_JOIN}{_PEOPLE}{_PEOPLE_VERB}{_EACH}"
    r"\s*(?:씩)?\s*(?:이야|이에요|예요|야|임|인가요|일까|내면\s*돼|내야\s*돼|내|나와)?\s*[?？.!]*$",
    re.IGNORECASE,
)


def split_per_head_expression(text: str) -> str | None:
    """The amount divided by the people, or ``None`` if ``text`` is not this form.

    Args:
        text: The request with its numerals as digits ("대관료 660000 원인데 22명이면
            1인당 얼마야").

    Returns:
        "660000 / 22", or ``None``.
    """
    match = _SPLIT.match(text.strip())
    if match is None or int(match["b"]) == 0:
        return None
    return f"{match['a']} / {match['b']}"
