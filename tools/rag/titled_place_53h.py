"""A Korean question naming a place another document is titled after is not answered elsewhere.

"한복 대여점에 영어 되는 직원 있어요?" was answered with the sample clinic's "Our reception
staff can help in Korean and English" (blind set 44), and "한복집 전화번호 알려주세요" with
an English venue's phone line: the other-language path found the closest sentence in
another language, though the question opens by naming the place it asks about, a place a
Korean document of the collection is titled after ("달빛한복 대여점 이용 안내"). A
document's title names the organisation it is about; a question naming that organisation
asks about it, and another document's sentence states another organisation's rule.

The rule reads the place a Korean question opens with: the words up to the first one ending
in a place noun (한복집, 한복 대여점에, 수영장은, 세탁소에서), within its first three words.
It holds only when another document's title names every stem of it and the answering
document's title does not; a place no title names ("도끼 던지기장", "아이스링크") leaves the
other-language answer standing, as a word list cannot name every venue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.crosslingual_matches import DenseView
from tools.rag.models import ExtractiveAnswer
from tools.rag.textutil import tokenize

__all__ = ["answers_for_titled_place_elsewhere", "asked_place_words"]

# Nouns that end a Korean place name: 한복집, 대여점, 수영장, 세탁소, 요가센터, 키즈카페.
_PLACE_END = re.compile(r"(?:집|점|관|장|소|원|실|센터|카페|샵|숍|가게|매장)$")
# Particles after the place: 에, 에서, 에서는, 은/는, 의, 이/가.
_PARTICLE = re.compile(r"(?:에서는|에서도|에서|에는|에도|에|은|는|의|이|가|도)$")
# A place noun alone names no particular place: its stem does (한복 of 한복집).
_GENERIC = frozenset({"집", "점", "가게", "매장", "샵", "숍"})
_FIRST_WORDS = 3
_TITLE_SEARCH = 6


def asked_place_words(question: str) -> list[str]:
    """The stems of the place a Korean question opens with ([] for none).

    Args:
        question: The user's question.

    Returns:
        ["한복"] for "한복집 전화번호 알려주세요", ["한복", "대여점"] for "한복 대여점에 영어
        되는 직원 있어요?"; [] for an English question or one opening with no place noun.
    """
    if question.isascii():
        return []
    words = question.split()[:_FIRST_WORDS]
    for end, word in enumerate(words):
        stripped = _PARTICLE.sub("", word)
        bare = stripped if len(stripped) >= 2 else word
        if len(bare) >= 2 and _PLACE_END.search(bare) and not bare.isascii():
            phrase = " ".join([*words[:end], bare])
            return [t for t in tokenize(phrase) if t not in _GENERIC]
        if bare != word:
            # "요가 스튜디오에 샤워실 …": the word marked as the place is no place noun, and
            # what follows it is the topic, not the place.
            return []
    return []


def _title(heading: str | None) -> str:
    """The document title a passage's heading path opens with."""
    return (heading or "").split(" > ")[0]


def answers_for_titled_place_elsewhere(
    store: DenseView,
    question: str,
    collection: str,
    answer: ExtractiveAnswer,
    titles: Sequence[tuple[str, str]] | None = None,
) -> bool:
    """Whether the answer comes from a document other than the one titled after the asked place.

    Args:
        store: The document store (searched for the place's words).
        question: The user's question.
        collection: The collection searched.
        answer: The answer found (its first citation is its document).
        titles: (source, title) pairs to read instead of searching (tests).
    """
    words = asked_place_words(question)
    if not words or not answer.citations:
        return False
    if titles is None:
        found = store.search(" ".join(words), collection, k=_TITLE_SEARCH)
        titles = [(p.source, _title(p.heading)) for p in found]

    def names(title: str) -> bool:
        return set(words) <= set(tokenize(title))

    titled = {source for source, title in titles if names(title)}
    return bool(titled) and answer.citations[0].source not in titled
