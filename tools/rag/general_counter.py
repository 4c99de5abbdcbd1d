"""개, Korean's general counter: "연차 몇 개 받아요?" is answered by "15일의 연차".

People count almost anything in 개 when they speak ("연차 몇 개", "방 몇 개", "과목 몇
개"), while a document counts the same thing in the unit it is measured in ("매년 15일의
연차", "방 3칸"). A question asked with 개 is therefore also answered by a number with any
counter, but only where that number counts the very noun the question counts: the noun
stands right before "몇 개" in the question, and right after the number ("15일의 연차",
"2일씩 연차") or right before it ("연차 15일", "연차는 15일") in the sentence. A number of
something else ("3일 전까지 신청") still does not answer.
"""

from __future__ import annotations

import re

from tools.rag.korean_counters import KO_MAGNITUDE, NATIVE_NUMBER

__all__ = ["GENERAL_COUNTER", "counted_noun", "counts_noun_in_its_unit"]

GENERAL_COUNTER = "개"
# "연차 몇 개", "연차는 몇 개", "방이 몇 개": the noun counted, with a particle or none.
_COUNTED = re.compile(r"([가-힣]{2,}?)(?:은|는|이|가|을|를|도)?\s*몇\s*개")
# A number and the counter word after it ("15일", "세 칸", "2 개월").
_NUMBER_WITH_COUNTER = rf"(?:\d+(?:[.,]\d+)?\s*{KO_MAGNITUDE}|{NATIVE_NUMBER}\s)\s*[가-힣]{{1,2}}"
_PARTICLE = r"(?:은|는|이|가|을|를|도)?"


def counted_noun(question: str) -> str:
    """The noun a "몇 개" question counts ("" when 몇 개 has no noun right before it)."""
    match = _COUNTED.search(question)
    return match.group(1) if match else ""


def counts_noun_in_its_unit(sentence: str, noun: str) -> bool:
    """Whether a number of any counter in ``sentence`` counts ``noun`` (see the docstring)."""
    if not noun:
        return False
    name = re.escape(noun)
    before = rf"{_NUMBER_WITH_COUNTER}(?:의|씩)?\s*{name}"
    after = rf"{name}{_PARTICLE}\s*{_NUMBER_WITH_COUNTER}"
    return bool(re.search(rf"{before}|{after}", sentence))
