"""A sentence from another passage joins the best one only when it names what the best names.

"how many days of annual leave do I get after my first year" was answered from the leave
policy's annual-leave section, and the next passage's "병가는 1년에 최대 60일까지 쓸 수
있습니다" (sick leave) was quoted after it: across languages "leave" reaches 휴가, 연차 and
병가 alike, so the sick-leave line scored within reach of the best on "leave", "day" and
"year", though it names nothing of the annual leave (연차) the best sentence answers with.
The rule: a sentence in another language than the question's, from another passage than
the best sentence's, is quoted with it only when it (with its heading) names every asked
term the best sentence (with its heading) names. Sentences of the best sentence's own
passage are left alone: they go on about the same thing ("3년 이상 근무하면 … 최대 25일").
So are sentences in the question's own language, matched word for word rather than
through the loose bridge: "opening times friday" was answered by a venue's phone line
("… during opening hours") and its "Friday 16:00–23:00" line, which names no "opening"
(held-out set 44), and lost the line that answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from tools.rag.answer_quote import Scored
from tools.rag.models import Passage
from tools.rag.textutil import language_of, tokenize

__all__ = ["strays_from_best"]


def _tokens(text: str) -> set[str]:
    toks = tokenize(text)
    return set(toks) | {a + b for a, b in pairwise(toks)}


def strays_from_best(
    question: str,
    sentence: Scored,
    best: Scored,
    passages: Sequence[Passage],
    weighted: Sequence[tuple[str, frozenset[str]]],
) -> bool:
    """Whether another passage's sentence across languages lacks a term the best one names.

    Args:
        question: The user's question.
        sentence: A scored candidate ``(score, coverage, rank, order, text)``.
        best: The best scored sentence.
        passages: The retrieved passages (``rank`` indexes them).
        weighted: The question's weighted terms with their word groups.
    """
    if sentence[2] == best[2] or language_of(sentence[4]) == language_of(question):
        return False
    best_tokens = _tokens(f"{passages[best[2]].heading or ''} {best[4]}")
    own_tokens = _tokens(f"{passages[sentence[2]].heading or ''} {sentence[4]}")
    return any(group & best_tokens and not group & own_tokens for _, group in weighted)
