"""Whether a reply to a word problem gives a figure of its own.

"A doctor sees one patient every 12 minutes. How many patients from 9:00 to 12:00?"
was answered by the small model with a made-up illness that only repeated the
question's "12 minutes". A question that states its figures and asks for a count or
an amount needs an answer holding a number the question did not: without one, the
reply did not answer (the output guard then escalates it once or flags it degraded).
"""

from __future__ import annotations

import re

from core.text import ENGLISH_DIGITS, KOREAN_COUNT_FORMS, KOREAN_NATIVE_DIGITS

__all__ = ["gives_no_new_figure"]

# Asks for a count or an amount.
_ASKS_QUANTITY = re.compile(
    r"\bhow\s+(?:many|much|long|far|old)\b|\bwhat\s+is\s+the\s+(?:total|sum|number)\b"
    r"|몇|얼마|총\s*(?:몇|얼마)",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d+(?:[.,:]\d+)*")
# A word problem states figures of its own: at least this many.
_STATED_FIGURES = 2
_SPELLED = frozenset(
    {*ENGLISH_DIGITS, *KOREAN_COUNT_FORMS, *KOREAN_NATIVE_DIGITS}
    | {"ten", "eleven", "twelve", "fifteen", "twenty", "hundred", "thousand"}
)
_WORD = re.compile(r"[A-Za-z]+|[가-힣]+")


def _figures(text: str) -> set[str]:
    return {m.group(0).replace(",", "") for m in _FIGURE.finditer(text)}


def gives_no_new_figure(text: str, question: str) -> bool:
    """True when ``question`` is a word problem asking for a quantity and ``text`` holds
    no number (in digits or words) that the question did not already state."""
    stated = _figures(question)
    if len(stated) < _STATED_FIGURES or not _ASKS_QUANTITY.search(question):
        return False
    if _figures(text) - stated:
        return False
    question_words = {w.lower() for w in _WORD.findall(question)}
    return not any(
        w.lower() in _SPELLED and w.lower() not in question_words for w in _WORD.findall(text)
    )
