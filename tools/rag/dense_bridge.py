"""Translations of a question's unknown words, learned from the dense model per question.

Why this exists: the word bridge (:mod:`tools.rag.crosslingual`) only links the words
someone listed, so "설치하는 데 시간이 얼마나 걸려요?" over an English FAQ that says
"Installation usually takes about 30 minutes" is declined as "not in the documents:
설치". multilingual-e5 places a word and its translation close together: measured on
the vocabulary of the bundled samples and the three held-out documents (2026-11-30),
every Korean-English word pair at cosine >= 0.915 is a translation (카드/card, 결과/
results, 보험/insurance, 회사/company, 변경/change), while below it the nearest word is
often not (혈압/blood 0.914, offers/제출 0.905, returned/도착 0.902). Words in the same
language are never linked: there similarity measures relatedness, not meaning
(일주일/날짜 0.94, vacation/holidays 0.945). A word of the question that no document
holds is linked to its closest word in the other language, among the passages the
question retrieves, when the pair clears that bar; the link is vocabulary for this
question only (a context variable), never an answer: every other check still applies.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

import numpy as np

from tools.rag.banknotes import banknote_links
from tools.rag.bridge_collection import (
    ENGLISH_WORD,
    WORD_VECTORS,
    CollectionIndex,
    collection_index,
    rival_words,
    vocabulary_of,
    word_vectors,
)
from tools.rag.clipped_words import spelt_out
from tools.rag.crosslingual import equivalents, learned_links
from tools.rag.crosslingual_matches import DenseView, other_language_matches
from tools.rag.front_desk import front_desk_links
from tools.rag.loanwords import transcribes
from tools.rag.misspellings import misspelt_words
from tools.rag.place_suffix import without_place_suffix
from tools.rag.proxy_acts import proxy_links
from tools.rag.question import analyze_question
from tools.rag.romanised_names import romanised_links
from tools.rag.signing import signature_links
from tools.rag.size_thresholds_51d import sized_note_links
from tools.rag.split_payment import split_payment_links
from tools.rag.standout_translation import clears_translation_bar
from tools.rag.textutil import detect_script, english_tokens
from tools.rag.unheld_words import unheld_terms

# Cosine between a question word and a word of the other language at which the two
# are taken as translations (calibration in the module docstring).
TRANSLATION_SIMILARITY = 0.915
# The bar for a loanword and the English word it transcribes (same consonants, see
# :func:`_loanword`): across the words of the bundled samples and the held-out
# documents, pairs sharing their consonants at or above it were mostly the word itself
# (호텔/hotel 0.94, 택시/taxi 0.89, 휠체어/wheelchair 0.89); below it mostly chance
# (보수/pass 0.87, 자리/zero 0.87, 레인/run 0.87).
LOANWORD_SIMILARITY = 0.875
# Passages searched for the translation: the question's own retrieval and the
# other-language passages that stand out for it.
_PASSAGES = 4

_Plan = TypeVar("_Plan")
_Params = ParamSpec("_Params")


def _surface(term: str, question: str) -> str:
    """The question's own word for an English index token ("overseas" for "oversea")."""
    return _as_written(term, question).lower()


def _as_written(term: str, question: str) -> str:
    """:func:`_surface` in the question's own letter case ("iPhone" for "iphone")."""
    if detect_script(term) == "ko":
        return term
    for word in ENGLISH_WORD.findall(question):
        if term in english_tokens(word):
            return str(word)
    return term


def dense_translations(
    store: DenseView, question: str, collection: str
) -> dict[str, frozenset[str]]:
    """Index tokens of the other language standing in for the question's unknown words.

    Args:
        store: The document store (dense model, search, vocabulary).
        question: The user's question.
        collection: The collection to search.

    Returns:
        For each question term no document holds in either language and whose closest
        word in the other language (among the retrieved and standout passages) clears
        :data:`TRANSLATION_SIMILARITY`: that word's index tokens. Empty when dense
        search is off.
    """
    if not store.dense:
        return {}
    asked = analyze_question(question)
    unknown = unheld_terms(store, question, collection, asked.terms) if asked.terms else []
    if not unknown:
        return {}
    passages = list(store.search(question, collection, _PASSAGES))
    passages += [
        m.passage for m in other_language_matches(store, question, collection, n=_PASSAGES)
    ]
    index = collection_index(store, collection)
    # The topics of the question the collection holds: the document a translation is
    # found in must name them too ("the thermostat's screen size" is not answered by
    # 크기, the size of the clinic's elevator).
    held_topics = [equivalents(t) for t in asked.topic_terms if t not in unknown and len(t) > 1]
    links = _corrected_typos(question, unknown, index)
    # "the mangwon branch": a Korean name romanised as road signs write it (romanised_names).
    surfaces = {t: _surface(t, question) for t in unknown if detect_script(t) == "en"}
    unlinked = {t: w for t, w in surfaces.items() if t not in links}
    links |= romanised_links(unlinked, index.words["ko"])
    for script in ("ko", "en"):
        terms = [t for t in unknown if detect_script(t) != script and t not in links]
        vocabulary = vocabulary_of([p.text for p in passages], script) if terms else {}
        if not vocabulary:
            continue
        words = sorted(vocabulary)
        found = word_vectors(store, index, words)
        asked_words = [_surface(term, question) for term in terms]
        # One engine call for all of the question's words (about 2.6 a question): the
        # engine gives a text the same vector in any batch, at a fraction of a call each.
        asked_vectors = WORD_VECTORS.vectors(store.embedder, asked_words)
        for term, surface, asked_vector in zip(terms, asked_words, asked_vectors, strict=True):
            row = found @ asked_vector
            best = int(np.argmax(row))
            if not clears_translation_bar(row, best, TRANSLATION_SIMILARITY):
                loanword = _loanword(store, index, surface, script, held_topics)
                if loanword:
                    links[term] = loanword
                continue
            # Each must be the other's closest word: e5 places antonyms close too
            # ("unused" and 사용 0.92), but 사용 is closer still to "using".
            # The question word's own script: every word of the collection written in it,
            # none of which the translation may be closer to than to the question's word
            # (embedded only once a pair clears the bar: most questions link no word).
            rivals, rival_vectors = rival_words(store, index, "en" if script == "ko" else "ko")
            closeness = rival_vectors @ found[best]
            others = [i for i, w in enumerate(rivals) if w != surface]
            if others and float(np.max(closeness[others])) > row[best]:
                continue
            sources = {p.source for p in passages if words[best] in vocabulary_of([p.text], script)}
            if not any(
                all(topic & index.document_tokens.get(source, frozenset()) for topic in held_topics)
                for source in sources
            ):
                continue
            links[term] = vocabulary[words[best]]
    return links


def _corrected_typos(
    question: str, unknown: list[str], index: CollectionIndex
) -> dict[str, frozenset[str]]:
    """English typos linked to the one word of the collection they misspell.

    "depostit" is one edit from "deposit" and no English word: read as "deposit", the
    question is answered from the deposit rule, not declined or matched on its other
    words. A typo one edit from two words of the collection is left unknown.
    """
    links: dict[str, frozenset[str]] = {}
    for term in unknown:
        if detect_script(term) != "en":
            continue
        words = misspelt_words(_as_written(term, question), index.words["en"])
        tokens = frozenset(english_tokens(words[0])) if len(words) == 1 else frozenset()
        if tokens:
            links[term] = tokens
    return links


def _loanword(
    store: DenseView,
    index: CollectionIndex,
    surface: str,
    script: str,
    held_topics: list[frozenset[str]],
) -> frozenset[str]:
    """The index tokens of the collection word ``surface`` transcribes, or none.

    A loanword (헬멧, 카약) and its English word share their consonants
    (:mod:`tools.rag.loanwords`) but often fall short of :data:`TRANSLATION_SIMILARITY`
    (헬멧/helmet 0.90, 카페/café 0.88). Searched over the whole collection, not only the
    retrieved passages: the shared consonants are the evidence that finds the word, and
    the dense model must still place the two close (:data:`LOANWORD_SIMILARITY`); a
    document holding it must also name the question's other topics.
    """
    if script == "en":
        candidates = sorted(w for w in index.words["en"] if transcribes(surface, w))
        stem = without_place_suffix(surface)
        if not candidates and stem is not None:
            # "카트장": the loanword with the place suffix 장 (tools.rag.place_suffix).
            surface = stem
            candidates = sorted(w for w in index.words["en"] if transcribes(stem, w))
    else:
        candidates = sorted(w for w in index.words["ko"] if transcribes(w, surface))
    if not candidates:
        return frozenset()
    row = (
        word_vectors(store, index, candidates) @ WORD_VECTORS.vectors(store.embedder, [surface])[0]
    )
    best = int(np.argmax(row))
    if float(row[best]) < LOANWORD_SIMILARITY:
        return frozenset()
    word = candidates[best]
    tokens = frozenset(english_tokens(word)) if script == "en" else frozenset({word})
    held_by = [held for held in index.document_tokens.values() if tokens and tokens <= held]
    if not any(all(topic & held for topic in held_topics) for held in held_by):
        return frozenset()
    return tokens


def held_in_another_form(
    store: DenseView, question: str, collection: str, terms: list[str]
) -> list[str]:
    """Those of ``terms`` (words no document holds) the collection holds in another form.

    Transcribed in the other language ("nail" as 네일, same consonants and close for the
    dense model; see :func:`_loanword`), or misspelt ("depostit" for "deposit"; see
    :mod:`tools.rag.misspellings`). Unlike a translation, no document need name the
    question's other topics: such a word is not one the documents lack, whichever
    document holds it, so a caller must not weigh the question as if it were absent.
    """
    if not store.dense or not terms:
        return []
    index = collection_index(store, collection)
    held: list[str] = []
    for term in terms:
        surface = _surface(term, question)
        own = detect_script(term)
        other = "en" if own == "ko" else "ko"
        misspelt = own == "en" and bool(
            misspelt_words(_as_written(term, question), index.words["en"])
        )
        if misspelt or _loanword(store, index, surface, other, []):
            held.append(term)
    return held


def with_dense_translations(
    plan: Callable[Concatenate[Any, str, _Params], _Plan],
) -> Callable[Concatenate[Any, str, _Params], _Plan]:
    """Run a document-step planner with the question's learned translations in force.

    The planner is called as ``plan(docs, text, *, collection=..., ...)``; while it runs,
    :func:`tools.rag.crosslingual.equivalents` also links each unknown word of ``text``
    to its translation found by :func:`dense_translations`.
    """

    @functools.wraps(plan)
    def planned(docs: Any, text: str, /, *args: _Params.args, **kwargs: _Params.kwargs) -> _Plan:
        collection = kwargs.get("collection")
        if not isinstance(collection, str):
            return plan(docs, text, *args, **kwargs)
        text = spelt_out(docs, text, collection)  # 특활비 asked of a guide writing 특별활동비
        learned = dict(dense_translations(docs, text, collection))
        # Words one phrase gives a meaning: "a 100,000 won note" is a bill, a front desk the
        # reception, "동생이 대신" a 대리인, "싸인 받아요" a 서명.
        phrase = (
            banknote_links(text),
            sized_note_links(text),  # "pay cash with a big note": a bill too
            front_desk_links(text),
            proxy_links(text),
            signature_links(text),
            split_payment_links(text),  # "나눠서 내도 돼요?": 분할 납부
        )
        for word, linked in (pair for links in phrase for pair in links.items()):
            learned[word] = learned.get(word, frozenset()) | linked
        with learned_links(learned):
            return plan(docs, text, *args, **kwargs)

    return planned
