"""A bare fragment after a calculation is not answered by a quote from the documents.

Blind probes (2026-12-06, wrongs53): after "12만원을 3대2로 나누면 많은 쪽이 얼마" (a
calculation the documents have nothing to do with), "적은 쪽은?" was answered with the
pharmacy guide's "복용 중인 약이 있다면 약 이름을 적어 오시거나 …" (its one root, 적, in
"적어"); "적게 내는 사람은?" after a 60/40 split the same; "둘째 자리까지는?" after "17 나누기
3 소수 첫째자리까지 반올림" quoted the parking line ("… 자리가 없을 수 있으니"); "주말에도
마시면?" after a weekday coffee budget quoted the clinic's weekend hours. Each quote was
cited as the documents' word for a question about the previous sum (issue 11 part 1: a
follow-up never falls to an unrelated document).
``graphs.calculation_thread_document`` screens a quote only for a subject both questions
name; these fragments name none.

The rule, for a follow-up whose plan quotes the documents: when the previous question was
a calculation (two figures or more) the documents did not answer, and the turn is a short
fragment with no figure that either asks the previous sum under a condition ("…하면?",
"마시면?", "what if …") or names nothing but generic words of a sum's parts (쪽, 사람,
자리, 나머지, the other one, everyone else), the quote is about something else and the turn
says the documents do not answer it. A fragment naming a subject of its own ("그럼
주차는요?") keeps its quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.documents import DocPlan
from graphs.calculation_thread_document import (
    declined_unless_the_thread_was_answered,
    is_calculation,
    quote_after_calculation,
)
from tools.rag.question import analyze_question

__all__ = ["calculation_fragment", "fragment_after_calculation", "kept_from_a_fragment"]

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# A fragment: a few words at most.
_MAX_WORDS = 4
_MAX_CHARS = 24
# The previous sum asked under a condition: "주말에도 마시면?", "한 판만 시켰으면?", "what if …".
_CONDITIONAL = re.compile(
    r"[가-힣](?:면|으면|다면|라면)\s*(?:요)?\s*[?？!.~]*\s*$|^\s*(?:and\s+)?what\s+if\b|^\s*and\s+if\b",
    re.IGNORECASE,
)
# The previous sum with one of its parts dropped or added, said in English (set 49: "and
# with no down payment at all" after a car's deposit and months quoted the clinic's payment
# methods): a change to the sum, never a subject of its own, however many words it takes.
_SUM_CHANGED_EN = re.compile(
    r"^\s*(?:and|but|so|ok(?:ay)?)?\s*,?\s*(?:with\s+no|with(?:out)?|minus|no|skip(?:ping)?)\s+"
    r"(?:the\s+|a\s+|an\s+|any\s+)?[a-z]+(?:[\s-][a-z]+)?(?:\s+at\s+all)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# A quantity of the previous sum asked by its name, with no subject of its own (set 53: "so
# whats the monthly payment" after a car loan's interest quoted the expense policy's "Claims
# are paid with the next monthly salary"): a payment, a total, a balance, a share, per
# period or not; the words of a sum, never a subject of the documents.
_SUM_QUANTITY_EN = re.compile(
    r"^\s*(?:(?:and|but|so|ok(?:ay)?|then)\s*,?\s*)*"
    r"(?:what(?:'s|s|\s+is|\s+would\s+be|\s+will\s+be|\s+are)|how\s+much\s+(?:is|are|would\s+be))\s+"
    r"(?:the|my|our|each|a)?\s*(?:monthly|weekly|yearly|annual|daily|total|final|new|remaining)?\s*"
    r"(?:payment|instal(?:l)?ment|total|amount|balance|interest|cost|share|bill)s?"
    r"(?:\s+(?:then|now|each|per\s+(?:month|week|year|person)|a\s+(?:month|week|year)))?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
#: Switched off in tests.
USE_SUM_QUANTITY = True
_HANGUL = re.compile(r"[가-힣]")
_ANSWER_KO = "질문에 대한 답"
_ANSWER_EN = "an answer to this"
# Words that name only a part or a place of a sum, never a subject of the documents.
_GENERIC = frozenset(
    {
        "쪽",
        "편",
        "사람",
        "자리",
        "나머지",
        "다른",
        "남은",
        "적은",
        "많은",
        "둘째",
        "셋째",
        "첫째",
        "소수",
        "소수점",
        "하나",
        "금액",
        "값",
        "one",
        "ones",
        "other",
        "others",
        "rest",
        "everyone",
        "everybody",
        "else",
        "smaller",
        "bigger",
        "larger",
        "part",
        "share",
        "person",
        "people",
        "place",
        "places",
        "decimal",
    }
)


def calculation_fragment(text: str) -> bool:
    """Whether ``text`` is a short figure-less fragment that only goes on with a sum."""
    if not _FIGURE.search(text) and _SUM_CHANGED_EN.match(text):
        return True
    if USE_SUM_QUANTITY and not _FIGURE.search(text) and _SUM_QUANTITY_EN.match(text):
        return True
    if _FIGURE.search(text) or len(text.split()) > _MAX_WORDS or len(text.strip()) > _MAX_CHARS:
        return False
    if _CONDITIONAL.search(text):
        return True
    terms = {t.lower() for t in analyze_question(text).topic_terms}
    return terms <= _GENERIC


def fragment_after_calculation(text: str, previous_question: str | None) -> bool:
    """Whether ``text`` is a fragment going on with a calculation asked just before.

    A curated answer matching its words ("주말에도 마시면?" found the clinic's holiday entry
    after a weekday coffee budget) answers another subject; so does any quote.
    """
    if previous_question is None:
        return False
    return is_calculation(previous_question) and calculation_fragment(text)


def kept_from_a_fragment(
    plan: DocPlan, text: str, previous_question: str, plan_of: Callable[[str], DocPlan]
) -> DocPlan:
    """``plan``, or "not in the documents" when a calculation's fragment quotes them.

    Args:
        plan: The follow-up's own document plan.
        text: The follow-up ("적은 쪽은?").
        previous_question: The user's previous question.
        plan_of: Plans a question against the same documents (called only when needed).
    """
    if not quote_after_calculation(plan, previous_question) or not calculation_fragment(text):
        return plan
    return declined_unless_the_thread_was_answered(
        plan,
        text,
        previous_question,
        plan_of,
        why="fragment following a calculation the documents did not answer: no subject to quote",
        missing=_ANSWER_KO if _HANGUL.search(text) else _ANSWER_EN,
    )
