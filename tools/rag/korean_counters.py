"""Korean counting, the one table: the native numbers, the counters that answer one
another, and whether a sentence counts something with a counter.

A Korean count names its counter after the number ("차 12대", "15명", "세 분"), so
"약사는 몇 명이에요?" is answered only by a number of 명 (or of a counter meaning the
same). Both :mod:`tools.rag.answer_types` (a Korean question's own counter) and
:mod:`tools.rag.count_nouns` (the counter an English question's noun takes) read counts
with this table. Numbers and counters are closed classes of Korean grammar, not
vocabulary of any document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.text import KOREAN_COUNT_FORMS

__all__ = [
    "COUNTER_ALIASES",
    "KO_MAGNITUDE",
    "NATIVE_NUMBER",
    "NATIVE_NUMBERS",
    "PEOPLE_COUNTERS",
    "aliases_of",
    "counts_with",
]

# The native numbers that stand before a counter ("한 명", "다섯 대", "열 번"), one to ten:
# core.text's count forms (the one table of them) below the teens, which begin with 열.
# One must begin a word: "가능한 대상" ends an adjective in 한 and counts no 대.
NATIVE_NUMBERS = tuple(word for word, digit in KOREAN_COUNT_FORMS.items() if int(digit) <= 10)
NATIVE_NUMBER = rf"(?<![가-힣])(?:{'|'.join(NATIVE_NUMBERS)})"
# The magnitudes written after digits ("500만", "3천", "1억 2천만").
KO_MAGNITUDE = r"(?:[십백천만억]\s*)*"
_DIGITS = rf"\d+(?:[.,]\d+)?\s*{KO_MAGNITUDE}"

# People are counted in 명, 사람 or 인 ("3인 가족"). 분 counts people politely only
# after a native number ("세 분"): after digits it is minutes ("30분").
PEOPLE_COUNTERS = ("명", "사람", "인")
_POLITE_PEOPLE = re.compile(rf"{NATIVE_NUMBER}\s*분")
# Unit words that begin with a counter: "55인치" is a length, not 55 people.
# Counters only digits stand before: an age in 세 ("만 3세"); "두세요" is a verb, "두세 번"
# two or three times.
_DIGITS_ONLY = frozenset({"세"})
# "3세트" (sets), "2세대" (households), "21세기" are no age in 세.
_LONGER_UNITS = ("인치", "세트", "세대", "세기")

# Counters that answer one another: "몇 번 다운로드" is answered by "500만 건".
COUNTER_ALIASES: dict[str, tuple[str, ...]] = {
    "번": ("번", "회", "건", "차례"),
    "회": ("회", "번", "건"),
    "건": ("건", "번", "회"),
    "명": PEOPLE_COUNTERS,
    "사람": PEOPLE_COUNTERS,
    # An age asked in 살 is written in 세: "몇 살부터" is answered by "만 3세 이상".
    "살": ("살", "세"),
    "세": ("세", "살"),
}


def counts_with(sentence: str, counters: Iterable[str]) -> bool:
    """Whether a number in ``sentence`` counts with one of ``counters`` ("12대", "한 명").

    A counter of people also accepts the polite "세 분" (see ``PEOPLE_COUNTERS``).
    """
    wanted = tuple(counters)
    alternatives = "|".join(_counter_pattern(c) for c in wanted)
    if re.search(rf"{_DIGITS}\s*(?:{alternatives})", sentence):
        return True
    spoken = "|".join(_counter_pattern(c) for c in wanted if c not in _DIGITS_ONLY)
    if spoken and re.search(rf"{NATIVE_NUMBER}\s*(?:{spoken})", sentence):
        return True
    return bool(set(wanted) & set(PEOPLE_COUNTERS)) and bool(_POLITE_PEOPLE.search(sentence))


def _counter_pattern(counter: str) -> str:
    """``counter`` as a pattern that does not match the start of a longer unit word."""
    tails = [re.escape(unit[len(counter) :]) for unit in _LONGER_UNITS if unit.startswith(counter)]
    tails = [tail for tail in tails if tail]
    return re.escape(counter) + (f"(?!{'|'.join(tails)})" if tails else "")


def aliases_of(counter: str) -> tuple[str, ...]:
    """The counters that answer a question asked with ``counter`` (itself among them)."""
    return COUNTER_ALIASES.get(counter, (counter,))
