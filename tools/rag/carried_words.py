"""A one-topic question answered only through the sentence before the quote.

The extractive scorer lets the sentence before a candidate vouch for it (it often names
what "it" refers to). With a single topic word that is the whole match: "how long is the
waiting list?" reached "the plot can be held for up to 8 weeks" only because the sentence
before it says a forfeited gardener "may not join the waiting list again" (blind set 17).
The quote names nothing asked, and neither does its section heading: it states a fact of
another thing that happens to follow a mention of the topic. The rule: when the question
has one topic term and neither the chosen sentence nor its heading holds it in either
language, the quote is a guess and the lexical path holds back.

Kiwi cuts a compound by its context: "엔진오일 가는거 얼마에요?" keeps 엔진오일 whole while the
price row "엔진오일 교환(국산 승용차) 55,000원부터" is cut 엔진 + 오일 (blind set 30), so two
neighbouring tokens joined also hold the topic, as in the scorer
(:func:`tools.rag.answer.extractive_answer`).
"""

from __future__ import annotations

from tools.rag.compound_pieces import with_joined_pairs
from tools.rag.crosslingual import equivalents
from tools.rag.place_activity_52d import place_activity
from tools.rag.question import QuestionAnalysis
from tools.rag.textutil import tokenize

__all__ = ["reached_only_through_neighbour"]


def reached_only_through_neighbour(asked: QuestionAnalysis, sentence: str, heading: str) -> bool:
    """Whether a one-topic question's chosen sentence and heading both lack its topic.

    Args:
        asked: The analysis of the question.
        sentence: The sentence the lexical path would quote.
        heading: That sentence's section heading (the whole path).

    Returns:
        True when the question has exactly one topic term and neither the sentence nor
        the heading holds it or an equivalent of it.
    """
    if len(asked.topic_terms) != 1 or not sentence:
        return False
    held = with_joined_pairs(tokenize(sentence)) | with_joined_pairs(tokenize(heading))
    (topic,) = asked.topic_terms
    # 주차장 is held by a sentence on 주차 (tools.rag.place_activity_52d).
    return not ((equivalents(topic) | {topic} | place_activity(topic)) & held)
