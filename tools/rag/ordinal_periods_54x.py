"""An ordinal before a unit of time counts a period; it names no subject of the question.

"how many days of annual leave do I get after my first year" asks about annual leave. Its
word "first" is held by one chunk of the collection (the clinic's "on your first visit"),
so the subject screen (:func:`tools.rag.subjects.subject_passages`) took it for the
question's rare subject, found it in no retrieved passage and left every passage
unquotable, though the leave policy states the answer ("1년 이상 근무한 직원은 매년 15일").
A Korean policy writes that period as a number ("1년 차", "1년 이상"), never as the
English ordinal. The form, closed class only: an ordinal ("first", "second", "last",
"next", "1st", "첫") directly before a unit of time ("year", "month", "week", "day",
"term", "해", "달", "주") counts the period; it is no subject. Its weight in the
question's coverage is left as it is.
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens

__all__ = ["ordinal_period_terms"]

_EN_ORDINAL_PERIOD = re.compile(
    r"\b(?P<ordinal>first|second|third|fourth|fifth|last|next|final|\d+(?:st|nd|rd|th))\s+"
    r"(?:full\s+|calendar\s+|working\s+|whole\s+)?"
    r"(?:years?|months?|weeks?|days?|terms?|semesters?|quarters?|nights?|hours?)\b",
    re.IGNORECASE,
)
_KO_ORDINAL_PERIOD = re.compile(
    r"(?P<ordinal>첫|두\s*번째|세\s*번째|마지막)\s*(?:해|달|주|날|학기|분기)"
)


def ordinal_period_terms(question: str) -> set[str]:
    """The index tokens of ordinals that count a period of time in the question."""
    terms: set[str] = set()
    for m in _EN_ORDINAL_PERIOD.finditer(question):
        terms.update(english_tokens(m.group("ordinal")))
    for m in _KO_ORDINAL_PERIOD.finditer(question):
        terms.add(m.group("ordinal").replace(" ", ""))
    return terms
