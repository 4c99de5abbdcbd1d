"""A short follow-up naming a native number of people: "셋이 살면?", "넷이면?".

After "월세 65만원에 관리비 12만원인데 둘이 반반하면 한명당 얼마", "셋이 살면?" asks the same
split among three (set 40), as "3명이 살면?" does, which the head-count readers change. The
numerals reader leaves "셋이" as a word unless a split follows it ("둘이 가면" may be no
count), so the whole turn, and only a turn that is nothing but the count and a verb in
-면, says it with 명.
"""

from __future__ import annotations

import re

from core.text import KOREAN_NATIVE_DIGITS

__all__ = ["native_heads_as_count"]

_PEOPLE = {**{w: d for w, d in KOREAN_NATIVE_DIGITS.items() if w != "하나"}, "열": "10"}
_TURN = re.compile(
    r"^\s*(?P<lead>(?:그럼|그러면|아|근데)\s*)?(?P<word>"
    + "|".join(sorted(_PEOPLE, key=len, reverse=True))
    # (Not a split verb, "둘이 반띵하면": the numerals reader reads those itself.)
    + r")\s*(?:이서|이)\s*(?P<verb>(?!반|나누|나눠|n빵|엔빵)(?:[가-힣]{1,3})?면)?"
    + r"\s*(?P<end>[?？]*)\s*$"
)


def native_heads_as_count(text: str) -> str:
    """``text`` with "셋이 살면?" said as "3명이 살면?" (unchanged otherwise)."""
    turn = _TURN.match(text)
    if turn is None:
        return text
    verb = turn["verb"] or "면"
    if verb == "면":
        return f"{turn['lead'] or ''}{_PEOPLE[turn['word']]}명이면{turn['end']}"
    return f"{turn['lead'] or ''}{_PEOPLE[turn['word']]}명이 {verb}{turn['end']}"
