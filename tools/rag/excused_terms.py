"""Question terms a document step weighs as context, not as what a passage must hold.

Gathers the rules of :mod:`tools.rag.access_questions` (how a wheelchair user comes) and
:mod:`tools.rag.act_places` (the documents' own place of the act) for one hook in
:mod:`agents.documents`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tools.rag.access_questions import access_verbs
from tools.rag.act_places import owned_act_places
from tools.rag.models import Passage
from tools.rag.phone_number_word_54f import phone_number_words
from tools.rag.question import QuestionAnalysis
from tools.rag.speaking_organisation_54x import speaking_organisation_terms

__all__ = ["excused_terms"]


def excused_terms(
    docs: Any, text: str, asked: QuestionAnalysis, passages: Sequence[Passage]
) -> frozenset[str]:
    """The terms of ``text`` that only frame what it asks (see the module)."""
    # Looked up only when the question names a place of its act: the docs' whole-document
    # read is then needed, and not for any other question.
    places = owned_act_places(
        text, asked.topic_terms, passages, lambda p, word: bool(docs.document_mentions(p, word))
    )
    # "whats your phone number": the digits answer it (phone_number_word_54f).
    numbers = phone_number_words(text, asked.terms, [p.text for p in passages])
    return (
        access_verbs(text, asked.terms)
        | places
        | numbers
        | speaking_organisation_terms(text, passages)
    )
