"""A Korean note of the quantities an English quoted sentence states.

A Korean question answered from an English document is answered with the English
sentence itself (quoted, cited), never a translation of it: a translation would be
a guess. Its quantities, though, can be written in Korean mechanically — "one hour"
is 1시간, "300 won" is 300원 — so the note after the quote says, in the question's
language, what the sentence states ("(영어 문서의 문장입니다: one hour = 1시간)"),
and a reader (or a check of the answer) finds the figure in their own words.
Nothing is added when no quantity with a known unit is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.text import ENGLISH_NUMBER_VALUES

__all__ = ["korean_quantities", "quantity_note"]

# Number words a policy sentence writes out ("one hour", "ten days", "twelve months").
_NUMBER_WORDS: dict[str, str] = {
    word: str(value)
    for word, value in ENGLISH_NUMBER_VALUES.items()
    if value <= 12 or value in (15, 20, 30)
}
# English unit (singular and plural forms) -> the Korean unit written after the figure.
_UNITS: dict[str, str] = {
    "minute": "분",
    "minutes": "분",
    "hour": "시간",
    "hours": "시간",
    "day": "일",
    "days": "일",
    "week": "주",
    "weeks": "주",
    "month": "개월",
    "months": "개월",
    "year": "년",
    "years": "년",
    "won": "원",
    "km": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
}
_QUANTITY = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")[\s-]+("
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def korean_quantities(sentence: str) -> list[tuple[str, str]]:
    """Each quantity of ``sentence`` with a known unit, as (English, Korean) pairs."""
    pairs: list[tuple[str, str]] = []
    for match in _QUANTITY.finditer(sentence):
        number, unit = match.group(1).lower(), match.group(2).lower()
        figure = _NUMBER_WORDS.get(number, number)
        pair = (match.group(0), f"{figure}{_UNITS[unit]}")
        if pair not in pairs:
            pairs.append(pair)
    return pairs


def quantity_note(question_language: str, sentences: Iterable[str]) -> str:
    """The note to put after a Korean question's English quote ('' when none is due)."""
    if question_language != "ko":
        return ""
    pairs = [p for s in sentences for p in korean_quantities(s) if not _has_hangul(s)]
    if not pairs:
        return ""
    return "(영어 문서의 문장입니다: " + ", ".join(f"{en} = {ko}" for en, ko in pairs) + ")"


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)
