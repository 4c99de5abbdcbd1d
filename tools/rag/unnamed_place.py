"""A question pointing at a place it does not name ("거기"), over documents about several.

"점심시간 언제에요 거기" asks about the place the asker has in mind. A single question
does not say which; when documents about two places each state a lunch break, quoting
the one retrieval ranked first is a guess presented as the answer. The honest reply
names the documents that state it, each for its own place, and lets the asker choose.
"""

from __future__ import annotations

from typing import Any

from tools.rag.answer_types import has_answer_type
from tools.rag.models import ExtractiveAnswer
from tools.rag.question import QuestionAnalysis
from tools.rag.subjects import other_documents_stating
from tools.rag.textutil import detect_script, kiwi_tokenize

# Pronouns pointing at a place the speaker has in mind.
_PLACE_PRONOUNS = frozenset({"거기", "그곳", "저기", "저곳", "그쪽", "저쪽"})
# How far such a question looks for another document stating its topic.
WIDER_SEARCH = 12


def points_at_unnamed_place(question: str) -> bool:
    """Whether a Korean question points at a place ("거기") and names none (no proper noun)."""
    if detect_script(question) != "ko":
        return False
    tokens = kiwi_tokenize(question)
    pointing = any(t.tag == "NP" and t.form in _PLACE_PRONOUNS for t in tokens)
    return pointing and not any(t.tag == "NNP" for t in tokens)


def unnamed_place_reply(
    docs: Any, question: str, asked: QuestionAnalysis, answer: ExtractiveAnswer, collection: str
) -> tuple[str, str] | None:
    """A reason and a reply naming every document that states it, or ``None`` to answer.

    Only for a question pointing at a place it does not name, and only when a document
    the answer does not cite (found by a wider search) holds every topic of the question
    and a sentence of the kind asked for.

    Args:
        docs: The document store (``search``).
        question: The user's question.
        asked: Its analysis.
        answer: The extractive answer about to be given.
        collection: The collection searched.
    """
    if not points_at_unnamed_place(question):
        return None
    cited = list(dict.fromkeys(str(c.source) for c in answer.citations))
    wider = docs.search(question, collection=collection, k=WIDER_SEARCH)

    def states(sentence: str) -> bool:
        return has_answer_type(
            sentence, asked.answer_type, asked.counter, recurring=asked.recurring, question=question
        )

    others = other_documents_stating(asked.topic_terms, wider, set(cited), states)
    if not others:
        return None
    listed = ", ".join([*cited, *others])
    reason = f"documents: the question points at a place it does not name; {listed} each state it"
    if detect_script(question) == "ko":
        return (
            reason,
            f"어느 곳을 말씀하시는지 알 수 없습니다. 여러 문서가 각자 안내합니다: {listed}",
        )
    return reason, f"Which place do you mean? Several documents state this: {listed}"
