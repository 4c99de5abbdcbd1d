"""Some of the people who split a bill pay a fixed amount; the rest split what is left.

Blind set 32: after "회식비 48만원 나왔는데 8명이 엔빵하면 얼마씩" (60,000원), "한명은 일찍 가서
2만5천원만 낸대 나머지 일곱명은 얼마씩 내" asks (480,000 - 25,000) / 7 = 65,000원; after
"dinner came to 360 for 8 of us, split evenly", "two people left before dessert and are only
paying 30 each, what do the other six pay" asks (360 - 2 x 30) / 6 = 50. Both went to the
cloud. The previous turn must read as one total over a head count; the turn names how many
pay the fixed amount, the amount, and asks the others' share (their count, when said, must
be the rest).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.errors import ToolInputError
from core.text import ENGLISH_DIGITS, KOREAN_COUNT_FORMS, KOREAN_NATIVE_DIGITS
from tools.korean_numbers import normalize_numerals

__all__ = ["some_pay_fixed_amount"]

_COUNTS = {**KOREAN_NATIVE_DIGITS, **KOREAN_COUNT_FORMS, **ENGLISH_DIGITS}
_COUNT = "|".join(sorted(_COUNTS, key=len, reverse=True))
_SPLIT = re.compile(r"^\(?(?P<t>\d+(?:\.\d+)?)\)? / (?P<n>\d+)$")
_FIXED_KO = re.compile(
    rf"(?P<k>\d+|{_COUNT})\s*명\s*(?:은|이|만)?\s*[^\d]{{0,20}}?(?P<p>\d+(?:\.\d+)?)\s*원?\s*씩?\s*만\s*"
    r"(?:낸|내|낼|주)"
)
# "나머지 넷은": the count may be said without 명 (set 46).
_REST_KO = re.compile(rf"나머지\s*(?:(?P<r>\d+|{_COUNT})\s*명?)?\s*(?:은|는|이|가)?\s*(?:얼마|몇)")
_FIXED_EN = re.compile(
    rf"\b(?P<k>\d+|{_COUNT}|one)\s+(?:people|persons|of\s+(?:us|them)|guys|friends|person)\b"
    r"[^\d]{0,40}?\b(?:only\s+)?(?:pay(?:ing|s)?|chip(?:ping)?\s+in|put(?:ting)?\s+in)\s+"
    r"(?:only\s+)?\$?(?P<p>\d+(?:\.\d+)?)\s*(?:each|apiece|a\s+head)?",
    re.IGNORECASE,
)
_REST_EN = re.compile(
    rf"\b(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+(?P<r>\d+|{_COUNT})?\s*"
    r"(?:people|of\s+us|guys)?\s*(?:pay|owe|each)|\bthe\s+rest\s+of\s+us\b",
    re.IGNORECASE,
)


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    key = word.lower()
    return 1 if key == "one" else int(_COUNTS.get(key, key))


def some_pay_fixed_amount(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The share of the others after some pay a fixed amount, or ``None``.

    Args:
        text: The follow-up ("한명은 일찍 가서 2만5천원만 낸대 나머지 일곱명은 얼마씩 내").
        steps: The previous turn's steps; the last a total split by a head count.
    """
    if not steps:
        return None
    said = normalize_numerals(text).replace(",", "")
    fixed = _FIXED_KO.search(said) or _FIXED_EN.search(said)
    rest = _REST_KO.search(said) or _REST_EN.search(said)
    if fixed is None or rest is None:
        return None
    # Imported here: the calculator's tables load only when a follow-up may need them.
    from tools.calculator import calculate

    try:
        before = calculate(steps[-1])
    except ToolInputError:
        return None
    split = _SPLIT.match(before.expression)
    if split is None:
        return None
    heads, some = int(split["n"]), _count(fixed["k"])
    others = _count(rest.groupdict().get("r"))
    if some is None or not 0 < some < heads or (others is not None and others != heads - some):
        return None
    won = "원" if before.unit == "원" else ""  # the answer in the currency the split was in
    step = f"({split['t']}{won} - {some} * {fixed['p']}{won}) / {heads - some}"
    return [*steps[:-1], step], f"{some} pay {fixed['p']} each, {heads - some} split the rest"
