"""Question words no document holds: the topics, and the verbs of untyped English questions.

Split from :mod:`agents.documents`, which decides what a document step does with them.
"""

from __future__ import annotations

import re
from typing import Any

from tools.rag.asked_clause import asked_short_nouns
from tools.rag.asker_names import without_asker_names
from tools.rag.change_verbs import asked_changes
from tools.rag.crosslingual import equivalents
from tools.rag.dense_confirmed import unheld_split_words
from tools.rag.permitted_act import permitted_after
from tools.rag.question import QuestionAnalysis
from tools.rag.scene_words import scene_terms, story_terms

__all__ = ["unheld_predicates", "unknown_terms"]

# "What languages …", "Which bus …": a wh-word then the noun asked for (not "what is").
_NAMES_ITS_KIND = re.compile(
    r"\s*(?:what|which)\s+(?!(?:is|are|was|were|do|does|did|can|will|would|should|could|has|"
    r"have|had|if|about|kind|sort|type)\b)[a-z]+",
    re.IGNORECASE,
)


def unknown_terms(docs: Any, text: str, terms: tuple[str, ...], collection: str) -> list[str]:
    # A term is missing only when the collection holds it in neither language. One-
    # character morphemes (a suffix like 량 of 복용량) vary with inflection; only longer
    # terms the collection never mentions say the question is about something else, and
    # a one-syllable noun the asked clause stands on ("제 차로 받을 수 있어요?": 차).
    alternatives = [alt for t in terms for alt in sorted(equivalents(t))]
    absent = set(docs.unknown_terms(text, collection=collection, terms=alternatives))
    # 발렛 (발 + 렛), read whole; a name said with a family role (서준이) is no such word
    split = unheld_split_words(docs, without_asker_names(text), collection)
    short = asked_short_nouns(text)
    return [t for t in terms if (len(t) >= 2 or t in short) and equivalents(t) <= absent] + split


def unheld_predicates(docs: Any, text: str, asked: QuestionAnalysis, collection: str) -> list[str]:
    """The verbs of an English question with no answer type that no document holds.

    "How did the pharmacy get started?" asks one thing of the pharmacy: with "start" in no
    document (in either language), a sentence naming the pharmacy (where it is) answers
    another question. Topic words are checked already; this holds the verb to it too. A
    typed question has its answer-type check, and Korean verbs vary too much in form (a
    chat ending, a colloquial root) for "no document holds it" to mean much. "What languages
    does the staff speak?" names the kind it asks for (its topic): the verb only links it.
    A Korean one is read only in the "A고 B어도 돼요?" shape (tools.rag.permitted_act).
    """
    if asked.answer_type is not None or _NAMES_ITS_KIND.match(text):
        return []
    if (acts := permitted_after(text)) is not None:
        return _unheld_permitted_act(docs, text, collection, *acts)
    if changes := _unheld_changes(docs, text, asked, collection):
        return changes  # "보관기간 늘려 줄 수 있나요?" over guides that never extend it
    scenery = scene_terms(text) | story_terms(text)
    verbs = tuple(
        t for t in asked.terms if t.isascii() and t not in asked.topic_terms and t not in scenery
    )
    return [t for t in unknown_terms(docs, text, verbs, collection) if t in verbs] if verbs else []


def _unheld_permitted_act(
    docs: Any, text: str, collection: str, earlier: str, permitted: str
) -> list[str]:
    """The act of "A고 B어도 돼요?" when the documents hold A but B in no word (rule in
    :mod:`tools.rag.permitted_act`): "약 먹고 자도 돼요?" over guides that never say 자다."""

    def held(stem: str) -> bool:
        words = sorted(equivalents(stem))
        return len(docs.unknown_terms(text, collection=collection, terms=words)) < len(words)

    return [permitted] if held(earlier) and not held(permitted) else []


def _unheld_changes(docs: Any, text: str, asked: QuestionAnalysis, collection: str) -> list[str]:
    """Korean verbs of a change (늘리다, 미루다) no document states in any of its Korean words
    (rule in :mod:`tools.rag.change_verbs`). Only Korean ones: the English links of 연장
    (renew, extension) are looser than the change asked, a membership's renewal no
    extension of a parcel's holding period."""
    unheld = []
    for verb, words in asked_changes(asked.terms, asked.topic_terms).items():
        alternatives = sorted({w for word in words for w in equivalents(word) if not w.isascii()})
        if len(docs.unknown_terms(text, collection=collection, terms=alternatives)) == len(
            alternatives
        ):
            unheld.append(verb)
    return unheld


def linked_verbs_held(docs: Any, text: str, asked: QuestionAnalysis, collection: str) -> list[str]:
    """Korean verbs of the question the vocabulary ties to a word the documents hold.

    "독감 걸려서 6일 쉬었거든요 뭐 내야 되나요?" names no held topic noun, yet 쉬 is the
    policy's 병가 and 내 its 제출 (tools/rag/vocabulary.tsv): the question is about the
    documents, so its unheld story words (독감) may be the scene.
    """
    verbs = [t for t in asked.terms if t not in asked.topic_terms and not t.isascii()]
    held = []
    for verb in verbs:
        links = sorted(equivalents(verb) - {verb})
        if links and len(docs.unknown_terms(text, collection=collection, terms=links)) < len(links):
            held.append(verb)
    return held
