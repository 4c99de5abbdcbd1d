"""개, Korean's general counter: "연차 몇 개 받아요?" is answered by "15일의 연차".

People count almost anything in 개 when they speak ("연차 몇 개", "방 몇 개", "과목 몇
개"), while a document counts the same thing in the unit it is measured in ("매년 15일의
연차", "방 3칸"). A question asked with 개 is therefore also answered by a number with any
counter, but only where that number counts the very noun the question counts: the noun
stands right before "몇 개" in the question, and right after the number ("15일의 연차",
"2일씩 연차") or right before it ("연차 15일", "연차는 15일") in the sentence. A number of
something else ("3일 전까지 신청") still does not answer.

A place's room for something is asked in one word and written in another: "주차 자리 몇개"
is answered by "주차 공간이 12대" (set 49). The words of room (자리, 공간, 칸, 면) answer one
another only inside a compound whose first noun the sentence writes too (주차 자리: 주차
공간, 주차면), never alone: a bare 자리 is also a seat, and "식당 자리" is no 주차 공간.
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
# The words of a place's room for something (see the module docstring), and a compound of
# one after the noun it is room for ("주차 자리", "주차자리").
_ROOM_WORDS = ("자리", "공간", "칸", "면")
_ROOM = f"(?:{'|'.join(_ROOM_WORDS)})"
_ROOM_COMPOUND = re.compile(rf"([가-힣]{{2,}})\s*({_ROOM})$")
_ROOM_COUNTED = re.compile(rf"([가-힣]{{2,}})\s*({_ROOM}){_PARTICLE}\s*몇\s*개")


def counted_noun(question: str) -> str:
    """The noun a "몇 개" question counts ("" when 몇 개 has no noun right before it)."""
    # "주차 자리 몇개", "주차칸이 몇 개": the room word with the noun it is room for.
    if room := _ROOM_COUNTED.search(question):
        return f"{room.group(1)} {room.group(2)}"
    match = _COUNTED.search(question)
    return match.group(1) if match else ""


def _names(noun: str) -> list[str]:
    """``noun`` as a sentence may write it: a room compound with each room word, spaced or not."""
    compound = _ROOM_COMPOUND.search(noun)
    if not compound:
        return [re.escape(noun)]
    # Never the bare room word: "대기실 자리는 20개" counts no 주차 자리.
    return [rf"{re.escape(compound.group(1))}\s*{word}" for word in _ROOM_WORDS]


def counts_noun_in_its_unit(sentence: str, noun: str) -> bool:
    """Whether a number of any counter in ``sentence`` counts ``noun`` (see the docstring)."""
    if not noun:
        return False
    name = f"(?:{'|'.join(_names(noun))})"
    before = rf"{_NUMBER_WITH_COUNTER}(?:의|씩)?\s*{name}"
    after = rf"{name}{_PARTICLE}\s*{_NUMBER_WITH_COUNTER}"
    return bool(re.search(rf"{before}|{after}", sentence))
