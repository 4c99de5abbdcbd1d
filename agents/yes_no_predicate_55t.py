"""A yes/no question's act that no passage states of its subject (turns47).

Set 47: "do i need to fast before the chest x-ray" was answered by the local model with
the check-up table's rows ("Chest X-ray | 10 minutes | …") and a made-up line about
sleeves, shown with the page cited. The page says not to eat before the *blood test*; of
the chest x-ray it states only the time it takes. No passage holds the act asked (fast,
or its equivalent eat) together with the subject asked (the chest x-ray), and the reply
never names the act: it cannot be an answer from the documents, whatever it quotes.

English yes/no questions only ("do/can/should/must/is … ?"), whose act is a verb of the
question that is no topic of it (tools.rag.question keeps verbs out of the topics). The
act counts as named through its equivalents (fast and eat share 금식), so "Do not eat for
8 hours before the blood test" still answers "should i fast before my blood test".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tools.rag.crosslingual import equivalents
from tools.rag.question import QuestionAnalysis
from tools.rag.textutil import tokenize

__all__ = ["act_unstated_of_subject"]

_YES_NO = re.compile(
    r"^\s*(?:do|does|did|can|could|should|must|will|would|is|are|am|may|have|has)\b", re.I
)


def _names(term: str, tokens: Iterable[str]) -> bool:
    """Whether ``tokens`` hold ``term`` or a word sharing an equivalent with it."""
    same = equivalents(term) | {term}
    return any(t == term or same & (equivalents(t) | {t}) for t in tokens)


def act_unstated_of_subject(
    answer: str, question: str, passages: Sequence[str], asked: QuestionAnalysis
) -> str | None:
    """The act a yes/no question asks of its subject, when no passage states it of that
    subject and the reply never names it; otherwise ``None``."""
    if not _YES_NO.match(question) or re.search(r"[가-힣]", question):
        return None
    topics = set(asked.topic_terms)
    acts = [t for t in asked.terms if t not in topics]
    if not acts or not topics:
        return None
    held = [set(tokenize(p)) for p in passages]
    said = set(tokenize(answer))
    for act in acts:
        if _names(act, said):
            continue
        if any(_names(act, words) and topics & words for words in held):
            continue
        return act
    return None
