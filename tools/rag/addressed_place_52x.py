"""A question put to "you" that names no place: the bundled samples are not "you".

Why this exists: the index holds the user's own documents and the bundled samples (a
clinic, its pharmacy). "what time u open on saturday" (held-out 40, over a trampoline
park's page) quoted the sample clinic's Saturday hours first, then the park's, then the
pharmacy's; "do you take cash" (held-out 42, over a farm that is cashless) quoted the
sample clinic's "Cash is accepted". The asker addresses an organisation without naming
it; the samples ship with the app as demonstration data and are nobody's "you" when the
user's own documents state the same thing.

The rule, for an English question addressed to "you"/"u" that names no owner or place
(:func:`tools.rag.owned_passages.named_owner`), whose answer quotes a bundled sample:

- the user's own documents that state it are the answer's own cited documents plus those
  a wider search finds holding every topic of the question and a sentence of the kind
  asked for (a "cashless" farm holds "cash": a ``-less``/``-free`` compound states its
  base noun's absence);
- none: the samples answer, as before (they may be what the asker means);
- one: the answer is quoted from that document alone;
- several: which one the asker means is unknown; the reply names them and asks.

A sample is a passage of the shared samples collection
(:data:`tools.rag.shared_collection.SAMPLES_COLLECTION`) or a file of the bundled samples
folder (``data/samples``, the settings' ``samples_dir`` default), where a single-collection
index (the benchmarks, data dirs from before the shared collection) keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tools.rag.answer_types import answer_type, has_answer_type
from tools.rag.crosslingual import concept_groups
from tools.rag.models import ExtractiveAnswer, Passage
from tools.rag.owned_passages import named_owner
from tools.rag.phone_number_word_54f import phone_number_words
from tools.rag.question import QuestionAnalysis
from tools.rag.shared_collection import SAMPLES_COLLECTION
from tools.rag.subjects import passage_sentences
from tools.rag.textutil import detect_script, tokenize
from tools.rag.unnamed_booking_56r import (
    asks_booking_naming_no_place,
    own_documents_in_question_script,
)
from tools.rag.unnamed_facility_65x import asks_facility_naming_no_place
from tools.rag.unnamed_owner_53h import asks_hours_naming_no_place
from tools.rag.visit_setting_57w import passages_for_a_visit

__all__ = ["AddresseeDecision", "addresses_unnamed_place", "is_bundled_sample", "own_place_answer"]

# The bundled samples' folder as a source path writes it (relative or absolute).
_SAMPLES_FOLDER = re.compile(r"(?:^|[\\/])data[\\/]samples[\\/]")
# "you" as chat types it: the asker speaks to the organisation itself.
_ADDRESSEE = re.compile(r"\b(?:you|u|ya|ur|your|yours|youre|you're|yall|y'all)\b", re.IGNORECASE)
# Topic terms that are only the address itself, never a fact a passage must hold.
_ADDRESS_TOKENS = frozenset({"you", "u", "ya", "ur", "your", "yours", "youre", "yall"})
# "what time": the asked kind of answer (a time), no word a passage must write.
_WHAT_TIME = re.compile(r"\bwhat\s*time\b", re.IGNORECASE)
# "요금 얼마씩 나와", "what's the parking fee": words naming only the kind of answer asked
# for (a sum), which a sentence of that kind states in its figure ("10분마다 500원") and
# need not write (doc65, held-out 55's parking question over a dental clinic's guide).
_AMOUNT_WORDS = frozenset(
    {"요금", "비용", "가격", "금액", "얼마", "fee", "fees", "cost", "costs", "price", "prices"}
)
# "cashless", "smoke-free": a compound stating its base noun's absence holds the noun.
_ABSENCE_SUFFIXES = ("less", "free")
# The confidence an extractive answer needs to be shown (agents.documents.ANSWER_CONFIDENCE).
_ANSWER_CONFIDENCE = 0.4
# How far the search for the user's own documents stating it looks.
WIDER_SEARCH = 12


@dataclass(frozen=True)
class AddresseeDecision:
    """The answer from the user's own document, or (``answer`` None) the reply asking which."""

    reason: str
    answer: ExtractiveAnswer | None = None
    reply: str = ""


def is_bundled_sample(passage: Passage) -> bool:
    """Whether a passage is one of the samples shipped with the app."""
    return passage.collection == SAMPLES_COLLECTION or bool(_SAMPLES_FOLDER.search(passage.source))


def _is_sample_source(source: str, passages: Sequence[Passage]) -> bool:
    if _SAMPLES_FOLDER.search(source):
        return True
    return any(p.source == source and is_bundled_sample(p) for p in passages)


def _written_in(source: str, passages: Sequence[Passage], script: str) -> bool:
    text = " ".join(p.text for p in passages if p.source == source)
    return bool(text) and detect_script(text) == script


def addresses_unnamed_place(question: str) -> bool:
    """Whether an English question speaks to "you" and names no owner or place."""
    if detect_script(question) != "en" or not _ADDRESSEE.search(question):
        return False
    return named_owner(question) is None


def _held_tokens(p: Passage) -> set[str]:
    tokens = set(tokenize(p.heading)) if p.heading else set()
    tokens.update(t for _, _, toks in passage_sentences(p) for t in toks)
    bases = {t[: -len(s)] for t in tokens for s in _ABSENCE_SUFFIXES if t.endswith(s)}
    return tokens | {b for b in bases if len(b) >= 3}


def _asked_kind_words(question: str) -> frozenset[str]:
    """The question's words naming only the kind of answer it asks for (a sum's 요금)."""
    return _AMOUNT_WORDS if answer_type(question) == "amount" else frozenset()


def _stating_sources(
    question: str,
    topics: Sequence[str],
    passages: Sequence[Passage],
    states: Callable[[str], bool],
) -> list[str]:
    """Sources of passages holding every topic (in either language) and a stating sentence."""
    phrasing = _ADDRESS_TOKENS | ({"time"} if _WHAT_TIME.search(question) else set())
    phrasing |= _asked_kind_words(question)
    asked = [t for t in topics if t not in phrasing]
    groups = concept_groups(asked)
    found: list[str] = []
    for p in passages:
        if p.source in found or not groups:
            continue
        tokens = _held_tokens(p)
        if all(g & tokens for g in groups) and any(
            states(p.text[start:end]) for start, end, _ in passage_sentences(p)
        ):
            found.append(p.source)
    return found


def _which_reply(question: str, sources: Sequence[str]) -> str:
    listed = ", ".join(sources)
    if detect_script(question) == "ko":
        return f"어느 곳을 말씀하시는지 알 수 없습니다. 여러 문서가 각자 안내합니다: {listed}"
    return (
        f"Which place do you mean? Several documents state this, each for its own place: {listed}"
    )


def own_place_answer(
    docs: Any,
    question: str,
    asked: QuestionAnalysis,
    answer: ExtractiveAnswer,
    passages: Sequence[Passage],
    collection: str,
) -> AddresseeDecision | None:
    """The user's own document's answer to a "you" question a sample answered, if any.

    Args:
        docs: The document store (``search``, ``extractive_answer``).
        question: The user's question.
        asked: Its analysis.
        answer: The extractive answer about to be given.
        passages: The passages ``answer`` was quoted from (its citations are their ranks).
        collection: The collection searched.

    Returns:
        ``None`` to keep ``answer``; otherwise the answer from the one own document, or
        the reply naming the user's documents that each state it.
    """
    # unnamed_owner_53h: hours asked of no place named.
    if not (
        addresses_unnamed_place(question)
        or asks_hours_naming_no_place(question)
        or asks_booking_naming_no_place(question)  # unnamed_booking_56r: booking, no place
        or asks_facility_naming_no_place(question)  # unnamed_facility_65x: parking, no place
    ):
        return None
    cited = list(dict.fromkeys(c.source for c in answer.citations))
    samples = [s for s in cited if _is_sample_source(s, passages)]
    if not samples:
        return None
    wider = [*passages, *docs.search(question, collection=collection, k=WIDER_SEARCH)]
    own = [p for p in wider if not is_bundled_sample(p)]
    # "you got parking?": the wider search brings back the staff expense rule the visit
    # screen dropped; it is no "you" for a facility question (visit_setting_57w).
    own = passages_for_a_visit(question, own)[0]

    def states(sentence: str) -> bool:
        return has_answer_type(
            sentence, asked.answer_type, asked.counter, recurring=asked.recurring, question=question
        )

    own_cited = [s for s in cited if s not in samples]
    stating = list(
        dict.fromkeys([*own_cited, *_stating_sources(question, asked.topic_terms, own, states)])
    )
    # A customer writes to a place in the language it serves: of several of the user's
    # documents, those written in the question's language are the ones it addresses.
    script = detect_script(question)
    written = [s for s in stating if _written_in(s, own, script)]
    stating = own_documents_in_question_script(question, stating, written)
    if not stating:
        return None
    if len(stating) > 1:
        listed = ", ".join(stating)
        reason = f"documents: the question asks 'you' and names no place; {listed} each state it"
        return AddresseeDecision(reason=reason, reply=_which_reply(question, stating))
    chosen = list({p.chunk_id: p for p in own if p.source == stating[0]}.values())
    held = [p.text for p in chosen]  # the number asked is no word to hold (phone_number_word_54f)
    framing = sorted(phone_number_words(question, asked.terms, held))
    ignored = {"ignore": framing} if framing else {}  # stand-ins may take no ignore
    mine: ExtractiveAnswer = docs.extractive_answer(question, chosen, **ignored)
    reason = (
        f"documents: the question asks 'you'; the user's own {stating[0]} answers, not the samples"
    )
    if mine.covered and mine.confidence >= _ANSWER_CONFIDENCE:
        return AddresseeDecision(reason=reason, answer=mine)
    which = f"documents: the question asks 'you'; {stating[0]} and the samples {samples} differ"
    return AddresseeDecision(reason=which, reply=_which_reply(question, [*stating, *samples]))
