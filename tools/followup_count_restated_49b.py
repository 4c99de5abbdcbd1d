"""A count of the previous request told as a chat change: "볶음밥 하나 더 추가", "두게임만 치자".

Set 31 and 32: "볶음밥 하나 더 추가" after "… 볶음밥 두개 개당 3천원 시키고 넷이 나누면" and
"두게임만 치자" after "… 넷이서 세게임씩 치면" went to the cloud, though "볶음밥 세개면?" and
"두게임씩이면?" are read (the count named takes the new figure). One more of a thing the
request counted is its count plus one; "N만 <verb>" ("only N, let's") restates the count.
Each is said again as the question the follow-up rules read, and resolved by them as if
typed so.

Only when the previous request states the thing's count (or the counter's) exactly once;
"씩" stays with a count said "씩".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.text import KOREAN_COUNT_FORMS, KOREAN_NATIVE_DIGITS
from tools.korean_numbers import normalize_numerals

__all__ = ["count_restated"]

_NATIVE = {w: int(d) for w, d in {**KOREAN_NATIVE_DIGITS, **KOREAN_COUNT_FORMS}.items()}
_NATIVE_WORD = "|".join(sorted(_NATIVE, key=len, reverse=True))
_COUNTER = r"개|잔|병|판|인분|그릇|마리|장|벌|게임|판|권|켤레|세트|박스|줄|조각"
# "볶음밥 하나 더 추가", "콜라 두 개 더 시킬게".
_MORE = re.compile(
    rf"^\s*(?:아\s+|그리고\s+)?(?P<item>[가-힣A-Za-z]{{1,8}})\s*(?:도\s*)?(?P<k>{_NATIVE_WORD}|\d+)\s*"
    rf"(?P<c>{_COUNTER})?\s*더\s*(?:추가|시킬게|시키면|시킬래|주문|시키자|할게)?(?:하면|할게|요)?"
    r"\s*[?？.!~]*\s*$"
)
# "두게임만 치자", "세 판만 하자": only that many.
_ONLY = re.compile(
    rf"^\s*(?:그럼\s+|아\s+)?(?P<n>{_NATIVE_WORD}|\d+)\s*(?P<c>{_COUNTER})\s*만\s*"
    r"(?:치자|하자|할래|갈래|먹자|살래|시키자|사자|할게|갈게|칠래|타자|탈래|쓸래|쓰자|보자)"
    r"\s*[?？.!~]*\s*$"
)


_PRICED = re.compile(r"\s*(?:에|당)?\s*\d+(?:\.\d+)?\s*원")


def _value(word: str) -> int | None:
    return int(word) if word.isdigit() else _NATIVE.get(word)


def count_restated(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The follow-up resolved as "<item> <count>개면?" or "<count><counter>씩이면?", or ``None``.

    Args:
        text: The follow-up ("볶음밥 하나 더 추가", "두게임만 치자").
        steps: The previous turn's steps; one stating that count once.
    """
    if len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    more, only = _MORE.match(text), _ONLY.match(text)
    if more is not None:
        counted = list(
            re.finditer(rf"{re.escape(more['item'])}\s*(?P<n>\d+)\s*(?P<c>{_COUNTER})", step)
        )
        k = _value(more["k"])
        if len(counted) != 1 or k is None or (more["c"] and more["c"] != counted[0]["c"]):
            return None
        count = counted[0]
        asked = f"{more['item']} {int(count['n']) + k}{count['c']}면?"
    elif only is not None:
        counted = [
            m
            for m in re.finditer(
                rf"(?<![\d.가-힣])(?P<n>\d+|{_NATIVE_WORD})\s*{only['c']}(?P<each>\s*씩)?", step
            )
            if not _PRICED.match(step, m.end())  # "한게임 4500원": the unit a price is for
        ]
        n = _value(only["n"])
        if len(counted) != 1 or n is None:
            return None
        asked = f"{n}{only['c']}{'씩' if counted[0]['each'] else ''}이면?"
    else:
        return None
    # The follow-up rules read the turn as asked (imported here: they import this table).
    from tools.followups import resolve_follow_up

    return resolve_follow_up(asked, steps)
