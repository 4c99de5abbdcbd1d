"""Whether the best passage in the question's own language could answer it.

Why this exists: the other-language path (:mod:`tools.rag.crosslingual_dense`) steps
aside when a passage in the question's own language stands out more than the
other-language one, since the answer is then likelier where the lexical path already
looked. But a passage can stand out on topic alone: "세탁실 이용료가 얼마예요?" may score
highest on a Korean passage saying where the laundry room is, which prices nothing, while
the English passage states the fee. Traced over 25 document sets, 41 cross-lingual
declines stopped on such a rival alone. A rival vetoes only when it could answer: it holds
a sentence of the kind of answer asked for, or, for a question with no answer type, a
sentence naming every topic of the question the documents hold. Otherwise the lexical
path, having read it, already declined there; every other gate (z, sentence similarity
and margin, the sentence checks) still applies to the other-language passage.
"""

from __future__ import annotations

from collections.abc import Collection

from tools.rag.models import Passage
from tools.rag.own_language_cover import own_language_sentences
from tools.rag.question import QuestionAnalysis, has_answer_type
from tools.rag.textutil import language_of, tokenize


def rival_could_answer(
    rival: Passage, asked: QuestionAnalysis, unknown: Collection[str], question: str
) -> bool:
    """Whether a sentence of ``rival`` in the question's language could answer the question.

    Args:
        rival: The best passage in the question's own language (by within-language z-score).
        asked: The question's analysis (its answer type and topics).
        unknown: Topic words no document holds (they cannot be named, so are left out).
        question: The question (its language is the own language).

    Returns:
        True when a sentence holds the kind of answer asked for (typed question), or names
        every known topic, with the passage's heading (typeless question). A typeless
        question with no known topic cannot be checked: the rival then counts as able.
    """
    sentences = list(own_language_sentences([rival], language_of(question)))
    if asked.answer_type is not None:
        return any(
            has_answer_type(s, asked.answer_type, recurring=asked.recurring, question=question)
            for s, _ in sentences
        )
    topics = {t for t in asked.topic_terms if t not in unknown and len(t) > 1}
    if not topics:
        return True
    heading = set(tokenize(rival.heading or ""))
    return any(topics <= held | heading for _, held in sentences)


def standout_could_answer(standout: Passage, asked: QuestionAnalysis, question: str) -> bool:
    """Whether the other-language passage that stands out could answer a typed question.

    Why: the dense-confirmed path (tools.rag.dense_confirmed) drops its own-language pick
    when a passage in the other language stands out more, since the answer is then likelier
    there. The same holds as for the own-language rival above: a passage can stand out on
    topic alone. A standout with no sentence of the kind of answer asked for (no amount for
    "얼마") cannot be where the answer is, so it does not veto. A question with no answer
    type cannot be checked across languages (its topics are written in the other
    language): then the standout counts as able, the safe side.

    Args:
        standout: The other-language passage with the higher within-language z-score.
        asked: The question's analysis (its answer type).
        question: The question.
    """
    if asked.answer_type is None:
        return True
    text = standout.text
    sentences = [text[start:end] for start, end, _ in standout.sentences] or [text]
    return any(
        has_answer_type(s, asked.answer_type, recurring=asked.recurring, question=question)
        for s in sentences
    )
