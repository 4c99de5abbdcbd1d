"""A given name called by its vocative in a wish or a dedication: ``하람아 열 살 축하해``,
``지우야 생일 축하해``, ``우리 하람이 10th`` (redteam37).

A cake's lettering, a birthday card and a congratulation call a child or a friend by the
given name alone with the vocative ``아`` (after a consonant) or ``야`` (after a vowel), or
as ``우리 …이`` with the endearing ``이``. Common nouns are seldom called so, but they can
be (``하늘아``), and ``야`` is also the copula (``숙제야``), so the call must open what is
said (the text, a line, a quote) with more after it, and the rule reads only in a text
of wishes and dedications (축하, 생일,
사랑해, 레터링, 문구, 편지, 카드, 케이크) and only a two-syllable word whose syllables are
common in given names (:func:`core.privacy.names.given_name_syllables`) and whose last
syllable fits the particle. ``사랑아``, ``친구야`` and the relations of
:mod:`core.privacy.endearment_names_ko`'s list stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.kinship_names import KINSHIP_WORDS_KO
from core.privacy.names import given_name_syllables
from core.privacy.types import Hit

__all__ = ["detect_vocative_given_names_ko"]

# The vocative opens what is said (the text, a line, a quote or a sentence), and more
# follows it: "숙제야" closing a sentence is the copula ("it's homework"), not a call.
_VOCATIVE_RE = LazyPattern(
    r"(?:^|(?<=[\n'\"‘“(:])|(?<=[.!?♥♡~][ \t]))[ \t]*(?P<given>[가-힣]{2})(?P<particle>아|야)"
    r"(?=[ \t,!~♥♡]+[^ \t\n'\"’”])"
)
_OUR_RE = LazyPattern(
    r"(?<![가-힣])우리[ \t]+(?P<given>[가-힣]{2})이(?=[ \t,!~♥♡.]|$|\n|[0-9]|['\"’”])"
)
_WISHES = LazyPattern(r"축하|생일|사랑해|레터링|문구|편지|카드|케이크|돌잔치|백일")
# Nouns and words that take the vocative in songs and cards, and relations.
_WORDS_TEXT = """
    하늘 사랑 친구 동생 선생 아가 아기 우리 오늘 내일 세상 여름 겨울 가을 바다 별빛 소원
"""
_WORDS = frozenset(_WORDS_TEXT.split()) | KINSHIP_WORDS_KO


def _has_final(syllable: str) -> bool:
    # Hangul syllables are laid out 28 final-consonant slots per vowel; slot 0 is "none".
    return (ord(syllable) - ord("가")) % 28 != 0


def _given_shaped(given: str) -> bool:
    first, second = given_name_syllables()
    return given not in _WORDS and given[0] in first and given[1] in second


def detect_vocative_given_names_ko(text: str) -> Iterator[Hit]:
    """Given names called by their vocative in a wish (see the module)."""
    if _WISHES.search(text) is None:
        return
    for m in _VOCATIVE_RE.finditer(text):
        given = m.group("given")
        # 아 after a final consonant, 야 after a vowel: the other pairing is another word.
        if _has_final(given[1]) != (m.group("particle") == "아") or not _given_shaped(given):
            continue
        yield Hit("person_name", m.start("given"), m.end("given"), 0.7, False)
    for m in _OUR_RE.finditer(text):
        given = m.group("given")
        if _has_final(given[1]) and _given_shaped(given):
            yield Hit("person_name", m.start("given"), m.end("given"), 0.7, False)
