"""A rare word the question shares with a sentence in its own language, and no other.

Why this exists: "소아과 선생님 회진 무슨요일에 와요" was answered from the clinic's English
page, "Weekdays: 09:00–18:00" (blind set 36), by the other-language path
(:mod:`tools.rag.crosslingual_dense`): the lexical path had found the care centre's
"협력 소아청소년과 전문의가 매주 화요일과 금요일 오전에 회진합니다." but held back (소아과 and
선생님 are written otherwise there), and across languages any sentence holding a day or a
time is as close as any other (0.78-0.82). 회진 (ward rounds) is a word only one chunk of
the collection holds, no word list links to the other language, and a sentence of the
question's language names it with the kind of answer asked: the answer is likelier there
than in a passage that cannot name the word in any form. The other language then steps
aside (a decline or a grounded step, never a quote from the other passage).

A word many chunks hold (예약, 요금, 요일) says nothing about where the answer is, so only a
rare one counts; a word the lists translate is left to the other path's own checks.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from tools.rag.crosslingual import concept_groups
from tools.rag.models import Passage
from tools.rag.own_language_cover import own_language_sentences
from tools.rag.question import QuestionAnalysis, has_answer_type
from tools.rag.textutil import language_of

__all__ = ["RARE_CHUNKS", "own_language_rare_term"]

#: At most this many chunks of the collection hold a word for it to name where the answer is.
RARE_CHUNKS = 2
# The question's known topics the own-language sentence must name (the rare one included).
_MIN_NAMED = 2


def _other_language(word: str, language: str) -> bool:
    return language_of(word) != language


def own_language_rare_term(
    passages: Sequence[Passage],
    asked: QuestionAnalysis,
    unknown: Collection[str],
    question: str,
    frequency: Callable[[str], int] | None,
) -> str | None:
    """The rare, untranslated topic word a question-language sentence names with the answer.

    Args:
        passages: The lexical search's best passages for the question.
        asked: The question's analysis (topics, the kind of answer asked).
        unknown: Topic words no document holds.
        question: The question (its language is the own language).
        frequency: How many chunks of the collection hold a token; ``None`` (a store
            that cannot tell) leaves the rule off.

    Returns:
        The word, or ``None`` when there is none (the other language may answer).
    """
    if frequency is None or asked.answer_type is None:
        return None
    language = language_of(question)
    groups = dict(zip(asked.terms, concept_groups(asked.terms), strict=True))
    rare = [
        t
        for t in asked.topic_terms
        if t not in unknown
        and len(t) > 1
        and language_of(t) == language
        and 0 < frequency(t) <= RARE_CHUNKS
        and not any(_other_language(w, language) for w in groups.get(t, frozenset()))
    ]
    if not rare:
        return None
    # The sentence must be about the question, not share one word with it: it names two or
    # more of the question's known topics, and at least half of them ("1시간 동안 무료로
    # 주차" shares only 동안 with "비밀번호를 다섯 번 틀리면 계정이 얼마 동안 잠기나요?").
    known = [(t, groups.get(t, frozenset({t}))) for t in asked.topic_terms if t not in unknown]
    for sentence, held in own_language_sentences(passages, language):
        named = sum(1 for t, group in known if t in held or group & held)
        if named < _MIN_NAMED or 2 * named < len(known):
            continue
        for term in rare:
            if term in held and has_answer_type(
                sentence, asked.answer_type, recurring=asked.recurring, question=question
            ):
                return term
    return None
