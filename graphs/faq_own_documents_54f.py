"""The user's own document answers before the sample clinic's curated FAQ.

"where can i park" and "whats your phone number" (held-out 44, over an axe-throwing
venue's guide the user uploaded) were answered by the curated FAQ with the sample
clinic's basement garage and phone number: the FAQ answers before any document is read,
and its entries summarise the bundled samples (demonstration data shipped with the app).
A question that names no place asks about the place the asker has in mind; when the
user has uploaded a document that answers it, that document is the one meant, as
tools.rag.addressed_place_52x holds for the document path.

The rule, for a curated entry summarising a bundled sample:

- only a conversation's first turn (a follow-up naming no place is about its thread, and
  the thread's own rules decide it);
- only a question naming no place (tools.rag.unnamed_owner_53h, and no kind of place in
  English: "What are the clinic hours?" names the clinic);
- only when the workspace holds documents of the user's own;
- the curated answer is left out when the document path, run on the question, answers
  it extractively with one of the user's own documents cited first: that is the answer
  the turn then gives. Anything else (the samples first, a decline, a model needed)
  keeps the curated answer, as before.
"""

from __future__ import annotations

import re
from typing import Any

from agents.documents import plan_document_step
from tools.faq import FaqBook, FaqHit
from tools.rag.crosslingual import concept_groups
from tools.rag.hours_kind_words_55q import hours_kind_words
from tools.rag.phone_number_word_54f import phone_number_words
from tools.rag.place_kinds_54f import names_a_place_kind
from tools.rag.question import analyze_question
from tools.rag.textutil import tokenize
from tools.rag.unnamed_owner_53h import names_no_place

__all__ = ["faq_yields_to_own_document", "own_document_answers_first"]

# The bundled samples' folder as a source path writes it (relative or absolute).
_SAMPLES_FOLDER = re.compile(r"(?:^|[\\/])data[\\/]samples[\\/]")
# One quoted sentence of an extractive answer and its citation mark: "… garage. [2]".
_QUOTED = re.compile(r"(.+?)\s*\[(\d+)\]", re.DOTALL)


def _is_sample(source: str) -> bool:
    return _SAMPLES_FOLDER.search(source) is not None


def _own_sources(docs: Any, collection: str) -> set[str]:
    listed = docs.list_documents(collection) if hasattr(docs, "list_documents") else []
    return {d.source for d in listed if not _is_sample(d.source)}


def own_document_answers_first(
    docs: Any | None, hit: FaqHit, question: str, collection: str, *, first: bool
) -> bool:
    """Whether the user's own document answers a question a sample's curated entry matched.

    Args:
        docs: The document store (``None``: no documents).
        hit: The curated entry the question matched.
        question: The guarded question.
        collection: The workspace's collection.
        first: Whether the question opens its conversation.

    Returns:
        True when the curated answer must be left out for the documents' own answer.
    """
    source = hit.entry.source
    if docs is None or not first or source is None or not _is_sample(source):
        return False
    if not names_no_place(question) or names_a_place_kind(question):
        return False
    own = _own_sources(docs, collection)
    if not own:
        return False
    plan = plan_document_step(docs, question, collection=collection, pinned=False)
    if plan.kind != "extractive" or not plan.citations:
        return False
    if str(plan.citations[0]["source"]) not in own:
        return False
    return _own_sentences_hold_topics(question, plan.answer, plan.citations, own)


def _own_sentences_hold_topics(
    question: str, answer: str, citations: list[dict[str, Any]], own: set[str]
) -> bool:
    """Whether the sentences quoted from the user's documents hold every asked topic.

    "do you have a car park" over the workload's expense policy quoted "Using your own car
    is reimbursed at 300 won per kilometre.": a sentence about a car, none about parking,
    is no answer that should displace the curated one.
    """
    ids = {str(c["id"]) for c in citations if str(c["source"]) in own}
    quoted = " ".join(text for text, mark in _QUOTED.findall(answer) if mark in ids)
    held = set(tokenize(quoted))
    topics = analyze_question(question).topic_terms
    # "whats your phone number": the quoted digits are the number (phone_number_word_54f).
    framing = phone_number_words(question, topics, [quoted])
    # "What are your opening hours?": "open 10:00 to 22:00" states them (hours_kind_words_55q).
    framing |= hours_kind_words(question, topics, [quoted])
    groups = concept_groups([t for t in topics if t not in framing])
    return bool(held) and all(group & held for group in groups)


def faq_yields_to_own_document(
    faq: FaqBook | None, docs: Any | None, question: str, collection: str, *, first: bool
) -> bool:
    """Whether the curated entry ``question`` matches yields to the user's own document."""
    hit = faq.lookup(question) if faq is not None else None
    if hit is None:
        return False
    return own_document_answers_first(docs, hit, question, collection, first=first)
