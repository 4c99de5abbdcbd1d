"""Whether a sentence in the question's own language names every topic it asks about.

Why this exists: the other-language path (:mod:`tools.rag.crosslingual_dense`) is for
answers worded as no word list foresaw, in a language the lexical path cannot read. When
a sentence in the question's own language already names each of its topics, the answer
is likelier there (the lexical path weighed it and held back, e.g. on a negation it
cannot read: "예약 안 하고 가도 돼요?" and "예약 없이 방문하셔도 …"), and the closest
other-language sentence merely shares the topics ("To change or cancel an appointment
…"). Then the other language steps aside: a decline or a grounded step, never a quote
from the wrong passage.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from tools.rag.models import Passage
from tools.rag.question import QuestionAnalysis, has_answer_type
from tools.rag.textutil import language_of, tokenize

# One topic alone is too generic to say where the answer lies (예약 is named in many
# sentences); two or more named together in one sentence are.
_MIN_TOPICS = 2


def own_language_sentence_covers(
    passages: Sequence[Passage], asked: QuestionAnalysis, unknown: Collection[str], question: str
) -> bool:
    """Whether one sentence of the passages, in the question's language, names every topic.

    Args:
        passages: The lexical search's passages for the question.
        asked: The question's analysis (topics, the kind of answer it asks for).
        unknown: Topic words no document holds (they cannot be named, so are left out).
        question: The question (its language is the own language).

    Returns:
        True when such a sentence (holding the kind of answer asked for) exists and the
        question names at least two known topics.
    """
    topics = {t for t in asked.topic_terms if t not in unknown and len(t) > 1}
    if len(topics) < _MIN_TOPICS:
        return False
    for sentence, held in own_language_sentences(passages, language_of(question)):
        if topics <= held and has_answer_type(
            sentence, asked.answer_type, recurring=asked.recurring
        ):
            return True
    return False


def own_language_sentences(
    passages: Sequence[Passage], language: str
) -> Iterator[tuple[str, set[str]]]:
    """Each sentence of the passages written in ``language``, with its index tokens."""
    for passage in passages:
        for start, end, tokens in passage.sentences:
            sentence = passage.text[start:end]
            if language_of(sentence) == language:
                yield sentence, set(tokens) or set(tokenize(sentence))
