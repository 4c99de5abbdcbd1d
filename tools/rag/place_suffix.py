"""A Korean loanword with the place suffix 장 names the place of the English word it writes.

Why this exists: Koreans name a venue by its activity and 장 ("place"): 카트장 is a karting
track, 볼링장 a bowling alley. Typed as one word ("카트장 주차 무료 몇시간이에요?" over an
English karting page), the word has no English transcription (its consonants end in the
suffix's), so the loanword bridge (:func:`tools.rag.dense_bridge._loanword`) found no
candidate and the question was declined as "not in the documents: 카트장". Without the
suffix the word is the loanword (카트, "kart"), which the bridge reads as usual: the same
consonant key and the same bar of closeness in the dense model apply to it.
"""

from __future__ import annotations

__all__ = ["without_place_suffix"]

_PLACE_SUFFIX = "장"
# The loanword before the suffix must be two syllables at least: a one-syllable stem
# (시장, 공장, 주차장's 차) is a Korean word, not a transcription.
_MIN_STEM = 2


def _all_hangul(word: str) -> bool:
    return all("가" <= ch <= "힣" for ch in word)


def without_place_suffix(word: str) -> str | None:
    """The word without a trailing place suffix ("카트장" -> "카트"), or None."""
    if not word.endswith(_PLACE_SUFFIX) or not _all_hangul(word):
        return None
    stem = word[: -len(_PLACE_SUFFIX)]
    return stem if len(stem) >= _MIN_STEM else None
