"""A Korean question's venue named by a loanword no document holds ("클라이밍장").

Why this exists: "클라이밍장 평일 몇시에 열어요" names the place whose hours it asks, a
Korean loanword (클라이밍, climbing) with a place suffix (장). No document writes it in
Korean, so the lexical path declined; the other-language path then quoted the clinic's
English "Weekdays: 09:00–18:00", the closest opening hours it found. A Korean question
answered from an English document is normal (no word list names every noun), but the
venue a question names must be the document's: where the venue's stem is a loanword,
the English document about it writes the English word (climbing), which its consonants
find (:mod:`tools.rag.loanwords`). A document writing no such word is about another place.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from tools.rag.bridge_collection import collection_index
from tools.rag.crosslingual_matches import DenseView
from tools.rag.loanwords import transcribes
from tools.rag.models import ExtractiveAnswer
from tools.rag.question import QuestionAnalysis
from tools.rag.textutil import english_tokens
from tools.rag.unheld_words import unheld_terms

# Suffixes naming a place after the noun of what is done there: 클라이밍장, 볼링장, 스키장;
# 요가센터; 보드게임카페. Two-syllable words ending so (입장, 연장) are no venues.
_PLACE_SUFFIXES = ("장", "센터", "카페")
_MIN_STEM = 2


def unheld_venue_stem(topics: Sequence[str], unknown: Collection[str]) -> str | None:
    """The stem of the question's first topic, when it is an unheld venue noun.

    Args:
        topics: The question's topic terms, in order.
        unknown: The terms no document of the collection holds.

    Returns:
        "클라이밍" for a leading "클라이밍장" no document holds; else ``None``.
    """
    leading = next((t for t in topics if not t.isascii()), None)
    if leading is None or leading not in unknown:
        return None
    for suffix in _PLACE_SUFFIXES:
        stem = leading.removesuffix(suffix)
        if stem != leading and len(stem) >= _MIN_STEM and not stem.isascii():
            return stem
    return None


def names_venue(stem: str, english_words: Iterable[str], held: Collection[str]) -> bool:
    """Whether a document holds an English word the venue's Korean stem transcribes.

    Args:
        stem: The venue noun's stem (:func:`unheld_venue_stem`).
        english_words: The collection's English words.
        held: The index tokens of the document that would answer.
    """
    for word in english_words:
        tokens = set(english_tokens(word))
        if tokens and tokens <= set(held) and transcribes(stem, word):
            return True
    return False


def written_in_english(stem: str, english_words: Iterable[str]) -> bool:
    """Whether some document writes the English word the stem transcribes (climbing).

    A stem no English word of the collection transcribes (이삿짐 of 이삿짐센터, no
    loanword) gives nothing to hold a document to: the other-language answer stands.
    """
    return any(transcribes(stem, word) for word in english_words)


def answers_for_another_venue(
    store: DenseView,
    question: str,
    collection: str,
    asked: QuestionAnalysis,
    answer: ExtractiveAnswer,
) -> bool:
    """Whether an other-language answer's document never names the unheld venue asked about."""
    unknown = unheld_terms(store, question, collection, asked.terms)
    stem = unheld_venue_stem(asked.topic_terms, unknown)
    if stem is None or not answer.citations:
        return False
    index = collection_index(store, collection)
    held = index.document_tokens.get(answer.citations[0].source, frozenset())
    english = index.words.get("en", frozenset())
    return written_in_english(stem, english) and not names_venue(stem, english, held)
