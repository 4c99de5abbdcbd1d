"""A consequence quoted without its condition needs the sentence before it.

"여권 신청했는데 사진때문에 반려됐어요 다시 찍어주나요" was answered with "무료로 다시 찍어
드립니다." alone (blind set 43). The sentence is true but names no noun of the question: what
it applies to, and on what terms, is the sentence before it ("사진 규격 때문에 여권 신청이
반려되면 7일 안에 영수증을 가져오세요."), which the screens passed over since it never says
"again". :func:`tools.rag.back_references.with_sentence_leaned_on` adds the sentence before
only when it was scored itself; a best sentence that names none of the question's nouns
while the sentence before names some is a bare consequence, and that sentence is quoted
before it as its context (the answer stays the best sentence's).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tools.rag.answer_quote import Scored
from tools.rag.crosslingual import equivalents
from tools.rag.kiwi_tags import morpheme_tags

__all__ = ["with_condition_before"]


def _nouns(text: str) -> set[str]:
    return {form for form, tag in morpheme_tags(text) if tag in ("NNG", "NNP", "SL")}


def _names_any(nouns: set[str], asked: set[str]) -> set[str]:
    return {n for n in nouns if n in asked or equivalents(n) & asked}


def with_condition_before(
    question: str,
    chosen: Sequence[Scored],
    best: Scored,
    leaning: Mapping[tuple[int, int], str],
) -> list[Scored]:
    """``chosen`` with the sentence before ``best`` when ``best`` names no noun the question asks.

    Args:
        question: The user's question.
        chosen: The sentences to quote.
        best: The best sentence.
        leaning: The sentence before, for each sentence that names a question term only
            through it (see :func:`tools.rag.answer.extractive_answer`).

    Returns:
        ``chosen`` plus the sentence before ``best`` (scored just below it) when ``best``
        names none of the question's nouns and that sentence names some.
    """
    before = leaning.get((best[2], best[3]))
    if not before or any((s[2], s[3]) == (best[2], best[3] - 1) for s in chosen):
        return list(chosen)
    asked = _nouns(question)
    if _names_any(_nouns(best[4]), asked) or not _names_any(_nouns(before), asked):
        return list(chosen)
    return [*chosen, (best[0], best[1], best[2], best[3] - 1, before)]
