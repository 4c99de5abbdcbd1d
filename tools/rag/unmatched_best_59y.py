"""A best-ranked passage naming none of the question's topics is no better match.

Why this exists: :mod:`tools.rag.best_match_passed_54f` declines an answer quoted from a
document in the other language when a passage in the question's own language ranked
first: that one is taken as the place the asker means. Measured on the workload's
documents (2026-12-06, xko59): "자차로 출장가면 km당 얼마 받아요" ranked the leave policy's
§연차 휴가 first (the dense model reads 자차 close to 연차), a passage naming none of
출장, 차 or km, and the expense policy's "Using your own car is reimbursed at 300 won per
kilometre" was declined as another place's. A passage that names no topic of the
question in either language is a neighbour of its wording, not the place it asks about.
A best match naming one topic ("students" for "do students get a discount") still is.
A one-syllable Korean topic is not counted: 차 is also the "1년 차" of a year of service.
"""

from __future__ import annotations

from tools.rag.crosslingual import equivalents
from tools.rag.models import Passage
from tools.rag.question import analyze_question
from tools.rag.textutil import tokenize

__all__ = ["names_no_asked_topic"]

# Off only in the test that shows what this rule changes.
use_topic_check = True


def names_no_asked_topic(question: str, passage: Passage) -> bool:
    """Whether ``passage`` (heading and text) names none of the question's topic terms."""
    if not use_topic_check:
        return False
    topics = [t for t in analyze_question(question).topic_terms if t.isascii() or len(t) > 1]
    if not topics:
        return False
    tokens = set(tokenize(f"{passage.heading or ''} {passage.text}"))
    return not any(equivalents(t) & tokens for t in topics)
