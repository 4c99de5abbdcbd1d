"""Whether a thing is free is answered by what it costs, said of that thing.

"is the water free for plot holders?" was answered with the watering schedule ("plots
water on set days"): it names the water and the plots, but says nothing of a price.
"is parking free at the garden?" was answered with "you can join the waiting list for
free": a price, but of the waiting list, in a section that never names parking (wrong25's
probe set). The rule, closed-class only: a question asking no kind of thing whose key
predicate is "free" (free, no charge, 무료, 공짜) is answered only by a sentence stating
a price or that something is free (:data:`tools.rag.prices.MONEY`, or a charge word:
cost, pay, fee, 요금, 비용, 내다), whose sentence or section names at least one of the
question's other topic terms, the place it names after "at/in the" aside ("at the
garden" is where, not what, is asked to be free).
"""

from __future__ import annotations

import re

from tools.rag.crosslingual import equivalents
from tools.rag.prices import money_spans
from tools.rag.question import analyze_question
from tools.rag.textutil import english_tokens, tokenize

__all__ = ["misses_free_subject"]

_FREE_STEMS = frozenset({"free", "무료", "공짜", "charge"})
_ASKS_FREE = re.compile(r"\bfree\b|\bfree\s+of\s+charge\b|무료|공짜", re.IGNORECASE)
# A sentence about what something costs, even with no sum ("you pay what it costs").
_CHARGE_WORDS = re.compile(
    r"\b(?:cost|costs|pay|pays|paid|fee|fees|charge|charges|charged|price|prices)\b|"
    r"요금|비용|유료|수수료|내(?:야|고|면|셔|세요|십시오)",
    re.IGNORECASE,
)
# "at the garden", "in the library": the place asked about, not the thing.
_PLACE = re.compile(r"\b(?:at|in|inside)\s+(?:the|a|an|your|our|this)\s+(?P<place>[a-z]+)\b", re.I)


def misses_free_subject(question: str, sentence: str, passage: str) -> bool:
    """Whether a question asking if something is free is not answered by the sentence.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
        passage: The text of the section the sentence is in.

    Returns:
        True when the question asks whether a thing is free and the sentence states no
        price, or neither it nor its section names the thing asked about.
    """
    if not _ASKS_FREE.search(question):  # first: most questions ask no price, cheaply seen
        return False
    asked = analyze_question(question)
    if asked.answer_type is not None:
        return False
    if not money_spans(sentence) and not _CHARGE_WORDS.search(sentence):
        return True
    places = {t for m in _PLACE.finditer(question) for t in english_tokens(m["place"])}
    subject = [
        t
        for t in asked.topic_terms
        if t not in _FREE_STEMS and not equivalents(t) & _FREE_STEMS and t not in places
    ]
    if not subject:
        return False
    said = set(tokenize(sentence)) | set(tokenize(passage))
    return not any(t in said or equivalents(t) & said for t in subject)
