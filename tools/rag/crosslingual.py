"""A Korean-English term bridge: clinic, pharmacy, office, HR and expense words in code,
everyday service vocabulary (billing, housing, school, transport; colloquial and written
Korean, 공짜/무료) as data in ``vocabulary.tsv``, and English word families the light
stemmer leaves apart (moving/move, refund/refundable; :func:`textutil.derivational_variants`).

Why this exists: the bundled dense model (multilingual-e5-small, 4-bit) ranks
by language before topic on short texts. Measured on the samples,
``실손보험 청구에 필요한 서류는?`` scores every Korean chunk 0.79-0.82 and the
English insurance FAQ 0.78: no fusion weight can pick the right passage from
that. A small bilingual lexicon lets BM25 and the extractive coverage check
see ``보험`` and ``insurance`` as one concept. Entries are vocabulary, never
answers; a workspace with other documents still has the dense model.

The general mechanism is :mod:`tools.rag.crosslingual_dense` (dense scores centred
per language, sentence similarity); this list stays because it still adds recall
there (``python -m bench.docqa --json [--no-word-lists]``, 2026-11-30: 0.98 with it,
0.86 without, 0 wrong answers either way).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from tools.rag.kind_categories import category_links
from tools.rag.lexicon_terms import LEXICON as _LEXICON
from tools.rag.textutil import derivational_variants, detect_script, normalize_latin
from tools.vocabulary import VOCABULARY_FILE, WordLine, word_lines

__all__ = [
    "TRANSLATION_WEIGHT",
    "VOCABULARY_FILE",
    "concept_groups",
    "counted_equivalents",
    "curated_equivalents",
    "disable_word_lists",
    "equivalents",
    "everyday_vocabulary",
    "everyday_vocabulary_on",
    "expand_terms",
    "learned_links",
    "query_coverage",
    "use_everyday_vocabulary",
    "vocabulary_only_links",
    "word_lists_off",
]

# BM25 weight of translated query terms: a passage in the question's own language
# that matches as well stays first.
TRANSLATION_WEIGHT = 0.5

# Everyday word groups are data (tools/rag/vocabulary.tsv, read by tools.vocabulary):
# its [shared] synonyms are always read, like the lexicon above; its [everyday]
# vocabulary is on by default again since firsttime13 (2026-12-01). It was switched off
# when tests/graphs/test_grounded_answers.py's "When did the pharmacy open for the first
# time?" was answered with the pharmacy's weekly hours (open -> 운영); a one-time event
# now needs a sentence placing something once in time (tools.rag.event_times). Measured
# then: dev and held-out 1-9 232 right / 4 wrong on against 221 / 4 off, held-out 10 16 / 5
# against 17 / 5, the whole workload 0 wrong with it on. A Korean
# question answered from an English sentence quotes the sentence with a Korean note of
# its quantities (tools.rag.quantity_note). `python -m bench.docqa
# --no-everyday-vocabulary` measures what it adds.
_USE_VOCABULARY = True
# Off: no lexicon, no word groups (`bench.docqa --no-word-lists` measures what they add).
_WORD_LISTS = True


def use_everyday_vocabulary(on: bool = True) -> None:
    """Switch the everyday vocabulary of :data:`VOCABULARY_FILE` on or off for this process."""
    global _USE_VOCABULARY
    _USE_VOCABULARY = on
    _bridge.cache_clear()


@contextmanager
def everyday_vocabulary(on: bool = True) -> Iterator[None]:
    """The everyday vocabulary switched ``on`` (or off) inside the block, as before after it."""
    saved = _USE_VOCABULARY
    use_everyday_vocabulary(on)
    try:
        yield
    finally:
        use_everyday_vocabulary(saved)


def everyday_vocabulary_on() -> bool:
    """Whether the everyday vocabulary is read (see :func:`use_everyday_vocabulary`)."""
    return _USE_VOCABULARY and _WORD_LISTS


@dataclass(frozen=True, slots=True)
class _Bridge:
    """Every link of a term, and the views its readers take of them (built once)."""

    links: Mapping[str, frozenset[str]]  # lexicon, shared synonyms and the vocabulary
    curated: Mapping[str, frozenset[str]]  # lexicon and shared synonyms only (the FAQ)
    # curated plus the [documents] synonyms: links held as the word itself is, which the
    # everyday vocabulary's same-case check (tools.rag.vocabulary_case) does not question
    held: Mapping[str, frozenset[str]]
    same_language: Mapping[str, frozenset[str]]  # the vocabulary's own-language synonyms


def _add(links: dict[str, set[str]], pairs: Iterable[tuple[str, set[str]]]) -> None:
    for word, linked in pairs:
        links.setdefault(word, set()).update(linked)


def _frozen(links: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in links.items()}


@cache
def _bridge() -> _Bridge:
    links: dict[str, set[str]] = {}
    same_language: dict[str, set[str]] = {}
    if _WORD_LISTS:
        for korean, words in _LEXICON.items():
            _add(links, _line_links({korean}, {t for w in words for t in _latin(w)}))
        for line in word_lines("shared"):
            _add(links, _line_links(set(line.korean), _english(line)))
    curated = _frozen(links)
    if _WORD_LISTS:
        # After ``curated``: the FAQ matcher does not read these (see tools.vocabulary).
        for line in word_lines("documents"):
            _add(links, _line_links(set(line.korean), _english(line)))
        # One way: a kind (beer) is present where a document writes its category (alcohol).
        _add(links, ((kind, set(categories)) for kind, categories in category_links().items()))
    held = _frozen(links)
    if everyday_vocabulary_on():
        for line in word_lines("everyday"):
            english = _english(line)
            _add(links, _line_links(set(line.korean), english))
            group = set(line.korean) or english
            _add(same_language, ((w, group - {w}) for w in group))
    return _Bridge(_frozen(links), curated, held, _frozen(same_language))


def _english(line: WordLine) -> set[str]:
    return {t for w in line.english for t in _latin(w)}


def curated_equivalents(term: str) -> frozenset[str]:
    """The term and its links in the lexicon and shared synonyms, without the everyday vocabulary.

    The FAQ matcher reads these: its rules were calibrated on them, and the vocabulary's
    broad links (병원 -> clinic) make a Korean topic look generic to it.
    """
    return frozenset({term, *_bridge().curated.get(term, frozenset())})


def _line_links(korean: set[str], english: set[str]) -> Iterator[tuple[str, set[str]]]:
    """What each word of one vocabulary line links to.

    A line's Korean words are synonyms, and its English words their translations, not
    synonyms of one another: "cost" linked to "fee" and "charge" let an English passage
    on free parking outrank the Korean fee rule for "How much does parking cost after
    the first hour?". English synonyms have lines of their own, with no Korean word.
    """
    if not korean:
        for word in english:
            yield word, english - {word}
        return
    for word in korean:
        yield word, (korean - {word}) | english
    for word in english:
        yield word, set(korean)


def _latin(word: str) -> list[str]:
    # The light stemmer maps "charge" and "charges" to different tokens; keep both.
    # A phrase ("per day") bridges each of its words.
    if " " in word:
        return [f for part in word.split() for f in _latin(part)]
    # The index splits a hyphenated word ("check-up" -> check, "co-payment" -> co, payment):
    # an entry must link to the tokens the index holds, or it never matches a chunk.
    # Fragments under three letters ("x" of x-ray, "co") name nothing on their own.
    if "-" in word:
        return [f for part in word.split("-") if len(part) > 2 for f in _latin(part)]
    forms = (normalize_latin(word), normalize_latin(f"{word}s"))
    # An "-ing" word is also held as itself, as its plural's token was before the stemmer
    # took "-ings" off whole ("buildings" -> build, blind set 47): the word lists' and the
    # concept groups' tests and readers look some words up as written ("building").
    written = (word.lower(),) if word.lower().endswith("ing") and len(word) >= 6 else ()
    return [f for f in dict.fromkeys((*forms, *written)) if f]


def disable_word_lists() -> None:
    """Switch the lexicon and every word group off for this process (to measure what they add)."""
    global _WORD_LISTS
    _WORD_LISTS = False
    _bridge.cache_clear()


@contextmanager
def word_lists_off() -> Iterator[None]:
    """No lexicon and no word groups inside the block (tests of the dense model alone)."""
    global _WORD_LISTS
    saved = _WORD_LISTS
    _WORD_LISTS = False
    _bridge.cache_clear()
    try:
        yield
    finally:
        _WORD_LISTS = saved
        _bridge.cache_clear()


# Translations learned for the question being planned (see tools.rag.dense_bridge):
# per question, so no workspace's vocabulary reaches another's questions.
_LEARNED: ContextVar[Mapping[str, frozenset[str]]] = ContextVar(
    "learned_links", default=MappingProxyType({})
)


@contextmanager
def learned_links(links: Mapping[str, frozenset[str]]) -> Iterator[None]:
    """Link each key to its translations in :func:`equivalents` and :func:`expand_terms`."""
    token = _LEARNED.set(links)
    try:
        yield
    finally:
        _LEARNED.reset(token)


def _links(term: str) -> frozenset[str]:
    return _bridge().links.get(term, frozenset()) | _LEARNED.get().get(term, frozenset())


def _family_links(term: str) -> frozenset[str]:
    """Other forms of an English word the light stemmer leaves apart ("moving" and
    "move", "refund" and "refundable"), and what those forms are linked to."""
    if detect_script(term) == "ko":
        return frozenset()
    forms = derivational_variants(term) - {term}
    return forms | frozenset(t for f in forms for t in _links(f))


def _retrieval_links(term: str) -> frozenset[str]:
    # Ranking and the confidence of a lexical match use translations and word forms,
    # not the vocabulary's same-language synonyms: "cost" also scoring every English
    # chunk that says "fee" or "charge" outranked the Korean parking-fee rule for "How
    # much does parking cost after the first hour?" (a question the dev set answers).
    # Word forms only count a question word as present (equivalents): as query terms
    # they would only add noise to the ranking.
    # Measured and rejected (2026-11-30, vocabulary on): letting a Korean word's written
    # synonym rank too (빌리다 -> 대출) cost set 6 a right answer and added a wrong one.
    own = _bridge().same_language.get(term, frozenset())
    return _links(term) - own


def equivalents(term: str) -> frozenset[str]:
    """The term itself and its translations in the index's token space."""
    return frozenset({term, *_links(term), *_family_links(term)})


def translations(term: str) -> frozenset[str]:
    """The equivalents of ``term`` in the other language: what the word lists translate it to.

    Not its word forms nor same-language synonyms: every English word has derivational
    forms (cake -> cakment), so "has more than one equivalent" says nothing about whether
    the lists know the word in the other language.
    """
    script = detect_script(term)
    return frozenset(e for e in equivalents(term) if detect_script(e) != script)


def vocabulary_only_links(term: str) -> frozenset[str]:
    """The equivalents of ``term`` that only the everyday vocabulary links (공짜 -> 무료).

    Not the term, its word forms, the lexicon's, shared or documents groups' links, nor
    the translations learned for the question: those are held as the term itself is.
    """
    if not everyday_vocabulary_on():
        return frozenset()
    bridge, learned = _bridge(), _LEARNED.get()
    forms = {term} if detect_script(term) == "ko" else set(derivational_variants(term)) | {term}
    direct = forms | {
        t for f in forms for t in bridge.held.get(f, frozenset()) | learned.get(f, frozenset())
    }
    return equivalents(term) - direct


def counted_equivalents(term: str) -> frozenset[str]:
    """The equivalents of ``term`` without the links only the everyday vocabulary makes.

    What :func:`tools.rag.subjects.subject_passages` counts a term's chunks by: a
    vocabulary link is vaguer evidence than the word itself, and counting it makes a
    specific word look common (open -> 운영: "Is the Hanbit pharmacy open on Sundays?"
    was answered with where the pharmacy is once "open" counted every chunk saying
    운영). A passage still holds the term under any linked word.
    """
    return equivalents(term) - vocabulary_only_links(term)


def expand_terms(terms: Sequence[str]) -> list[str]:
    """Query tokens plus their translations (originals first, no duplicates).

    Args:
        terms: Index tokens of a query.

    Returns:
        The tokens followed by every translation not already present, so a
        Korean query also scores English chunks lexically and the reverse.
    """
    out = dict.fromkeys(terms)
    for term in terms:
        for other in sorted(_retrieval_links(term)):
            out.setdefault(other)
    return list(out)


def concept_groups(terms: Iterable[str]) -> list[frozenset[str]]:
    """One set of interchangeable tokens per content term."""
    return [equivalents(t) for t in terms]


def query_coverage(
    terms: Sequence[str], present: Callable[[str], bool], idf: Callable[[str], float]
) -> float:
    """Share of the query's IDF mass a chunk holds, a term counting in either language.

    Args:
        terms: The query's own index tokens (before expansion).
        present: Whether the chunk holds a token.
        idf: Term weight.

    Returns:
        0.0 (nothing) to 1.0 (every term, or a query with no weighted terms).
    """
    unique = list(dict.fromkeys(terms))
    total = sum(idf(t) for t in unique)
    if total <= 0:
        return 1.0
    held = sum(idf(t) for t in unique if present(t) or any(present(e) for e in _retrieval_links(t)))
    return held / total
