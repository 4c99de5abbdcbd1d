"""Two Korean phrasings whose asked kind Kiwi's reading loses: 처음 가면, 쉬는 날.

Why this exists (held-out 41, a nail salon's guide):

- "처음 가면 할인 있어요?" asks for a first-visit discount. Kiwi reads 처음 as an adverb
  (MAG) before a conditional verb ("처음 가면", "처음 오면") but as a noun before other
  endings ("처음 가는데", "처음 오신 분"), so this question kept only 할인 and was answered
  with the birthday and student discount lines, kinds it did not ask about. Written
  "처음에 가면" it is read as the noun, as "처음 가는데" always was: a sentence must then
  name the first visit ("처음 오신 분은 … 할인"), or the question is declined.
- "쉬는날 언제에요" asks for the day a place closes. Guides write it as 휴무 ("정기 휴무:
  매달 마지막 주 월요일"); only the holiday line ("설날과 추석 당일에는 쉬고 …") shares
  the verb 쉬, and it was quoted alone. The phrase is glossed with 휴무 (when the
  collection holds it), so both lines are found, the regular closing day with them.

Closed-class only: the adverb 처음 before a verb of coming or going, and the phrase 쉬는 날.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from itertools import pairwise

from tools.rag.textutil import kiwi_tokenize

__all__ = ["with_day_off_glossed", "with_first_visit_noun"]

# "처음 가면", "처음오면", "처음 와서": 처음 right before a verb of coming or going.
_FIRST_BEFORE_VISIT = re.compile(r"처음(?=\s*(?:가|오|와|방문))")
# Verbs of coming or going, as Kiwi writes their stems.
_VISIT_VERBS = frozenset({"가", "오", "방문"})
# "쉬는 날", "쉬는날", "쉬는 요일": the day a place rests.
_DAY_OFF = re.compile(r"쉬는\s*(?:날|요일)")
# How guides write a day a place closes.
_CLOSED_DAY = "휴무"


def with_first_visit_noun(question: str) -> str:
    """``question`` with an adverb 처음 before a visit verb written as the noun (처음에)."""
    match = _FIRST_BEFORE_VISIT.search(question)
    if match is None:
        return question
    tokens = kiwi_tokenize(question)
    for token, after in pairwise(tokens):
        if token.form == "처음" and token.tag == "MAG" and after.form in _VISIT_VERBS:
            return f"{question[: match.end()]}에{question[match.end() :]}"
    return question


def with_day_off_glossed(question: str, unknown: Callable[[list[str]], Collection[str]]) -> str:
    """``question`` with "쉬는 날" glossed as 휴무, when the collection holds that word.

    Args:
        question: The user's question.
        unknown: Of the given index words, those the collection never holds.
    """
    match = _DAY_OFF.search(question)
    if match is None or _CLOSED_DAY in question or unknown([_CLOSED_DAY]):
        return question
    return f"{question[: match.end()]}({_CLOSED_DAY}){question[match.end() :]}"
