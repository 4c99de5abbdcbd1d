"""The place a Korean price question names says where, not what is priced.

Why this exists: "수리센터 주차 1시간 넘으면 요금 얼마에요?" (the repair centre's parking fee
after the first hour) was answered with "수리가 불가능하면 진단비 20,000원만 받습니다." and
"단, 단순 점검은 무료입니다." (blind set 29): a price sentence must name something the
question prices, and 수리 of 수리센터 counted as such a thing, so every repair charge of the
price list passed; 요금, the word for the charge itself, counted too through the list's
header row. Neither says what is priced: the place names whose price list to read, and
요금 asks for a sum. So when a price question names other things, the words of a place it
names (a noun compound ending in a place noun: 수리센터, 도예공방, 꽃집) and the generic
charge nouns are no items a sentence must name. Closed-class only: the place nouns and
the charge nouns.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from tools.rag.english_venue import venue_phrase_terms
from tools.rag.textutil import tokenize

__all__ = ["names_only_the_place", "place_and_charge_words", "place_terms"]

# Nouns that end the name of a place: a shop, an office, a centre. A one-syllable one
# ends a place only after two more ("세탁소", "수리점"; not 주소, 장점).
_PLACE_NOUNS = "센터|공방|매장|가게|지점|학원|병원|의원|약국|카페|사무소|사무실|점|집|샵|숍|소"
_MIN_SYLLABLES = {1: 3}
# The place noun ends a word, with a particle or nothing after it ("수리센터에서", "꽃집").
_PLACE_WORD = re.compile(
    rf"(?<![가-힣])(?P<word>[가-힣]+?(?:{_PLACE_NOUNS}))"
    r"(?:에서|에선|에는|은|는|이|가|에|의|도|엔)?(?![가-힣])"
)
# Words for the charge itself: a sentence states it as a sum, not as the word.
_CHARGE_NOUNS = frozenset({"요금", "가격", "비용", "금액", "값"})


def korean_place_terms(question: str) -> set[str]:
    """The tokens of each place word of a Korean question ("수리센터" -> 수리, 센터)."""
    place: set[str] = set()
    for match in _PLACE_WORD.finditer(question):
        word = match["word"]
        head = next(n for n in _PLACE_NOUNS.split("|") if word.endswith(n))
        if len(word) >= _MIN_SYLLABLES.get(len(head), 2):
            place.update(tokenize(word))
    # A word the question also writes elsewhere is asked too ("수리센터 수리 기간").
    return place - set(tokenize(_PLACE_WORD.sub(" ", question)))


def place_terms(question: str) -> set[str]:
    """The terms naming the place a question asks about, in either language."""
    return korean_place_terms(question) | venue_phrase_terms(question)


def names_only_the_place(
    question: str, terms: Sequence[str], groups: Sequence[frozenset[str]], tokens: set[str]
) -> bool:
    """Whether a sentence matches the question only on the words naming its place.

    "is there parking at the phone repair center" asks about parking: the repair shop's
    line "전화: 042-555-0192" matches "phone" of the shop's name alone (blind set 29
    quoted it). The place's words say whose rules to read; a sentence naming nothing
    else of the question answers nothing asked of the place.

    Args:
        question: The user's question.
        terms: Its analysed terms.
        groups: Each term's equivalents in either language.
        tokens: The sentence's tokens.

    Returns:
        True when the question names a place and something else, and every term the
        sentence matches is a word of the place.
    """
    place = place_terms(question)
    if not place or all(t in place for t in terms):
        return False
    hits = [t for t, g in zip(terms, groups, strict=True) if g & tokens]
    return bool(hits) and all(t in place for t in hits)


def place_and_charge_words(question: str, named: Collection[str]) -> set[str]:
    """The terms of ``named`` that only say where or that a sum is asked.

    Args:
        question: A Korean price question.
        named: Its terms naming what it prices.

    Returns:
        The tokens of each place word ("수리센터" -> 수리, 센터)
        and the generic charge nouns among ``named``; empty when nothing else would remain.
    """
    place = korean_place_terms(question)
    dropped = {t for t in named if t in place or t in _CHARGE_NOUNS}
    return dropped if set(named) - dropped else set()
