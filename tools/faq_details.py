"""What a question adds to an FAQ entry's topic, and whether the entry still answers it.

Two readings :mod:`tools.faq_match` applies before it accepts a paraphrase:

- a part of the day in a yes/no question ("are you open saturday afternoon",
  "토요일 오후에도 진료해요?") asks when, which an entry answers only when its answer
  states clock hours (Saturdays 09:00–13:00 says it is closed in the afternoon);
  the word is a detail of the question, not a topic the entry must name;
- the head of an English noun-noun compound ("parking ticket") is the thing
  asked for, and its modifier only says which one: the entry must be about the
  head (its question or variants name it), not mention it in an aside of its
  answer ("validate your ticket" in the parking answer does not say where a
  parking ticket is got).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

from core.lazy_regex import LazyPattern
from tools.faq_reading import EN_PREDICATES, QuestionReading, type_nouns

__all__ = [
    "PARTS_OF_DAY",
    "asks_part_of_day",
    "english_compound_heads",
    "is_part_of_day",
    "states_clock_hours",
    "unnamed_head",
    "without_times",
]

PARTS_OF_DAY = frozenset(
    {"저녁", "아침", "오전", "오후", "밤", "새벽", "낮", "morning", "evening", "afternoon", "night"}
)
# Clock hours as an answer states them: "09:00–13:00", "오후 6시".
_CLOCK_HOURS = LazyPattern(r"\b\d{1,2}:\d{2}\b|(?:오전|오후)\s*\d{1,2}\s*시|\b\d{1,2}\s*[ap]\.?m\b")
# Words that say when, not what: a compound ending in one ("open saturday",
# "saturday afternoon") names no thing of its own.
_WHEN_WORDS = PARTS_OF_DAY | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "weekend", "weekday", "today", "tomorrow", "tonight", "holiday",
    # Adjectives a short question puts after its noun ("is the shop open").
    "open", "closed", "close", "free", "available",
}  # fmt: skip
_DETERMINERS = frozenset(
    {"the", "a", "an", "my", "your", "our", "his", "her", "their", "this", "that"}
)
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def is_part_of_day(token: str) -> bool:
    """Whether ``token`` names a part of the day, as written or as stemmed ("evening" -> "even")."""
    return token in PARTS_OF_DAY or token in _stemmed_parts_of_day()


@lru_cache(maxsize=1)
def _stemmed_parts_of_day() -> frozenset[str]:
    from tools.rag.textutil import normalize_latin

    return frozenset(filter(None, (normalize_latin(w) for w in PARTS_OF_DAY if w.isascii())))


class _Token(Protocol):
    @property
    def token(self) -> str: ...


_W = TypeVar("_W", bound=_Token)


def without_times(words: Sequence[_W], kind: str | None) -> tuple[list[_W], bool]:
    """``words`` without those that only say when, and whether the question is ``timed``.

    A part of the day says when in a question for a time (``kind`` "datetime"), and
    in a yes/no question that names one (timed: only an entry whose answer states
    clock hours may answer it, :func:`states_clock_hours`).
    """
    timed = asks_part_of_day((w.token for w in words), kind)
    when = kind == "datetime" or timed
    return [w for w in words if not (when and is_part_of_day(w.token))], timed


def unnamed_head(
    token: str, reading: QuestionReading, named: frozenset[str], forms: frozenset[str]
) -> bool:
    """Whether ``token`` heads an English compound of the question (the thing it asks
    for) that no wording of the entry names: ``named`` are their tokens, ``forms`` the
    token's equivalents; a noun naming the kind of answer asked (time, address) counts."""
    if token not in english_compound_heads(reading.text):
        return False
    return not forms & (named | type_nouns(reading.kind))


def asks_part_of_day(tokens: Iterable[str], kind: str | None) -> bool:
    """Whether a yes/no question (no question word: ``kind`` None) names a part of the day."""
    return kind is None and any(is_part_of_day(t) for t in tokens)


def states_clock_hours(answer: str) -> bool:
    """Whether ``answer`` states clock hours (09:00, 오후 6시, 6 p.m.)."""
    return _CLOCK_HOURS.search(answer) is not None


@lru_cache(maxsize=256)
def english_compound_heads(text: str) -> frozenset[str]:
    """The stemmed heads of English noun-noun compounds of ``text`` ("ticket" of "parking ticket").

    Two content words written next to each other after a determiner, neither a
    stopword, form a compound whose last word is what is named; a last word that
    says when (saturday, afternoon) names nothing.
    """
    from tools.rag.textutil import normalize_latin

    words = [m.group().casefold() for m in _LATIN_WORD.finditer(text)]
    stems = [normalize_latin(w) for w in words]
    # Only after a determiner ("the parking ticket"): without a tagger, "is parking
    # free" would read an adjective as the head.
    return frozenset(
        head
        for determiner, modifier, head in zip(words, stems[1:], stems[2:], strict=False)
        if determiner in _DETERMINERS
        and modifier
        and head
        and modifier not in EN_PREDICATES
        and head not in EN_PREDICATES
        and head not in _WHEN_WORDS
        and not is_part_of_day(head)
        and not head.isdigit()
    )
