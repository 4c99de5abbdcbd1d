"""An English question's leading noun that only a Korean document writes, as a loanword.

Why this exists: "spa parking how many hours free" names the spa first, as a Korean
question would put its place ("찜질스파 주차"). No English document writes "spa"; the
Korean guide of 맑은샘 찜질스파 does, in Hangul (스파). The dense-confirmed path still
quoted the clinic's English "Patients get one hour of free parking" first (blind set
40): the dense model and the lexical match on the question's other words (parking,
hours, free) agreed on it, and nothing held the clinic's page to the place asked about.
This is the mirror of :mod:`tools.rag.venue_loanwords` (a Korean question naming
"클라이밍장" that only an English document writes): the leading noun the collection
holds only as another language's loanword names whose rules are asked, and a document
that writes no transcription of it is about another place.

Closed-class only: the noun must lead the question's topics, be a place noun Korean
writes as a loanword (:data:`_LOANWORD_PLACES`), be held by no document in English, and
be transcribed (:func:`tools.rag.loanwords.transcribes`) by the end of a Korean noun of
the collection ("찜질스파" ends in 스파). The consonant key alone is too loose for a
short word: "my nan has a pension card" (blind set 13) keyed "nan" to 내용.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from tools.rag.bridge_collection import collection_index
from tools.rag.crosslingual_matches import DenseView
from tools.rag.loanwords import transcribes
from tools.rag.models import ExtractiveAnswer
from tools.rag.question import QuestionAnalysis
from tools.rag.unheld_words import unheld_terms

__all__ = ["answers_for_unnamed_loanword_venue", "writes_transcription"]

# Places Korean names by an English loanword (스파, 사우나, 리조트, 볼링장, 글램핑장, …).
_LOANWORD_PLACES = frozenset(
    {
        "spa",
        "sauna",
        "resort",
        "hotel",
        "motel",
        "hostel",
        "pension",
        "camping",
        "glamping",
        "golf",
        "bowling",
        "karaoke",
        "cafe",
        "studio",
        "mall",
        "mart",
        "club",
        "gym",
        "fitness",
        "pool",
        "arena",
        "academy",
        "salon",
        "lounge",
        "cinema",
        "rink",
        "marina",
        "villa",
        "condo",
        "lodge",
    }
)
# Hangul syllables of a transcription at the end of a compound: 스파 of 찜질스파.
_MIN_SYLLABLES = 2


# The silent initial ㅇ: a Hangul syllable's initial index is (syllable - 0xAC00) // 588.
_SILENT_INITIAL = 11
_VOWELS = frozenset("aeiou")


def _starts_alike(korean: str, english: str) -> bool:
    """Whether both words start with a consonant sound, or both with a vowel.

    The consonant key of :func:`tools.rag.loanwords.transcribes` drops the silent ㅇ, so
    "안내" (a guide) keys as "nan" does (blind set 13: "my nan has a pension card" read
    as naming a place 안내); a transcription of a word starting with a consonant starts
    with that consonant.
    """
    silent = (ord(korean[0]) - 0xAC00) // 588 == _SILENT_INITIAL
    return silent == (english[0] in _VOWELS)


def _ends_in_transcription(korean: str, english: str) -> bool:
    if not korean or not english or not ("\uac00" <= korean[0] <= "\ud7a3"):
        return False
    return any(
        _starts_alike(korean[start:], english) and transcribes(korean[start:], english)
        for start in range(0, len(korean) - _MIN_SYLLABLES + 1)
    )


def writes_transcription(words: Iterable[str], english: str) -> bool:
    """Whether one of ``words`` is, or ends in, a Hangul transcription of ``english``."""
    return any(_ends_in_transcription(word, english) for word in words)


def leading_loanword(
    question: str, topics: tuple[str, ...], unknown: Collection[str], korean_words: Iterable[str]
) -> str | None:
    """The English question's first topic when no English document holds it and Korean does.

    Args:
        question: The user's question.
        topics: Its topic terms, in order.
        unknown: Its terms the collection holds in neither language's index.
        korean_words: The collection's Korean nouns.

    Returns:
        "spa" for "spa parking how many hours free" over a collection writing 찜질스파;
        else ``None``.
    """
    if not question.isascii() or not topics:
        return None
    leading = topics[0]
    if leading not in unknown or leading not in _LOANWORD_PLACES:
        return None
    return leading if writes_transcription(korean_words, leading) else None


def answers_for_unnamed_loanword_venue(
    store: DenseView,
    question: str,
    collection: str,
    asked: QuestionAnalysis,
    answer: ExtractiveAnswer,
) -> bool:
    """Whether an answer's first document never writes the loanword venue asked about."""
    if not answer.citations:
        return False
    unknown = unheld_terms(store, question, collection, asked.terms)
    index = collection_index(store, collection)
    korean = index.words.get("ko", frozenset())
    venue = leading_loanword(question, asked.topic_terms, unknown, korean)
    if venue is None:
        return False
    held = index.document_tokens.get(answer.citations[0].source, frozenset())
    return not writes_transcription(held, venue)
