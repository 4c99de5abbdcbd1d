"""Percent said the chat way in Korean: "11프로", "몇퍼", as the "%" the readers know.

Blind set 38: "11프로 떼면" (after "… 9% 떼가면 실수령 얼마임") and "40문제중에 34개 맞았으면
몇퍼야" went to a model: 프로 (from the Dutch procent) and 퍼 (퍼센트 cut short) are how people
type a percentage in chat. A figure followed by 프로 (not the start of another word:
프로그램, 프로틴, 프로젝트) is that many percent; 몇퍼 (not 몇 퍼센트 already) asks a percentage.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["percent_words_as_signs"]

# What may follow 프로 when it means percent: the end, a space or mark, or a particle or
# ending ("11프로 떼면", "10프로면", "5프로씩", "30프로세일").
_PRO = LazyPattern(
    r"(?<=\d)\s*(?:프로|퍼(?!센))(?=$|[\s?？.,!]|면|씩|로|야|만|가|는|도|이|인|할인|세일|떼|정도|까지|짜리|의|에|를|나|요)"
)
_HOW_MANY_PER = LazyPattern(
    r"몇\s*퍼(?!센)(?=$|[\s?？.,!]|야|에요|예요|임|냐|나와|인가|일까|지|요)"
)


def percent_words_as_signs(text: str) -> str:
    """``text`` with "N프로" and "N퍼" as "N%" and "몇퍼" as "몇 퍼센트"."""
    return _HOW_MANY_PER.sub("몇 퍼센트", _PRO.sub("%", text))
