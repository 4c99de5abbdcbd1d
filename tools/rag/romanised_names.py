"""A Korean place or shop name written in Latin letters ("the mangwon branch") is that name.

Why this exists: an English question about a Korean document writes the document's names
as they are romanised on every road sign and map, by the Revised Romanization of Korean
(망원 Mangwon, 위례 Wirye, 판교 Pangyo). The word lists hold no names, the dense model
places a name and its romanisation far apart (mangwon/망원 0.84, below any bar that
separates translations from chance), and the loanword key (:mod:`tools.rag.loanwords`)
reads English spelling, not romanisation (wirye found no candidate at all). So "does the
mangwon branch open on tuesdays" was declined as "not in the documents: mangwon" over a
guide whose table names 망원점 (blind set 35). Romanisation is a fixed rule: a Korean word
of the collection whose romanisation is exactly the question's word is the word it names.

Only words of two syllables or more, and Latin words of four letters or more, are read:
a one-syllable romanisation (jeom, gu) is a common piece of many names, not one name. The
rule romanises letter by letter with the two sound changes map spellings show most
(ㄹ after a final ㄴ or ㄹ is l: 신림 Sillim; a final ㄱ/ㅂ before ㄴ/ㅁ nasalises is left
out, and the word is not linked rather than guessed).
"""

from __future__ import annotations

__all__ = ["romanise", "romanised_links"]

_FIRST, _LAST = 0xAC00, 0xD7A3
# Initials ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ, medials ㅏ…ㅣ, finals (none) ㄱ…ㅎ.
_INITIALS = (
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
    "p", "h",
)  # fmt: skip
_MEDIALS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
    "we", "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
    "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
# A final consonant read as the next syllable's initial when that one is silent (ㅇ):
# 강원 is Gangwon, but 상암 is Sangam, 월요 is woryo: before a vowel the final is voiced.
_FINAL_BEFORE_VOWEL = (
    "", "g", "kk", "gs", "n", "nj", "nh", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "lh",
    "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h",
)  # fmt: skip
_SILENT = 11  # ㅇ as an initial
_RIEUL = 5  # ㄹ as an initial
_FINAL_N, _FINAL_L = 4, 8


def _jamo(offset: int) -> tuple[int, int, int]:
    """A syllable's initial, medial and final indexes (its offset from 가)."""
    rest, final = divmod(offset, 28)
    initial, medial = divmod(rest, 21)
    return initial, medial, final


def romanise(word: str) -> str:
    """The Revised Romanization of a Hangul word, lower-case ("" when not all Hangul)."""
    if not word or not all(_FIRST <= ord(c) <= _LAST for c in word):
        return ""
    parts = [_jamo(ord(c) - _FIRST) for c in word]
    out: list[str] = []
    for i, (initial, medial, final) in enumerate(parts):
        following = parts[i + 1] if i + 1 < len(parts) else None
        previous_final = parts[i - 1][2] if i else 0
        if initial == _RIEUL:
            # ㄹ begins a word as r and is l after a final ㄴ or ㄹ (신림 Sillim, 일로 Illo).
            head = "l" if i and previous_final in (_FINAL_N, _FINAL_L) else "r"
        else:
            head = _INITIALS[initial]
        out.append(head + _MEDIALS[medial])
        if following is not None and following[0] == _SILENT:
            out.append(_FINAL_BEFORE_VOWEL[final])
        elif following is not None and following[0] == _RIEUL and final == _FINAL_N:
            out.append("l")  # 신라 Silla
        else:
            out.append(_FINALS[final])
    return "".join(out)


def romanised_links(
    surfaces: dict[str, str], korean_words: frozenset[str]
) -> dict[str, frozenset[str]]:
    """Question terms linked to the one Korean word of the collection they romanise.

    Args:
        surfaces: Each unknown English term of the question and the word as the question
            wrote it (``{"mangwon": "mangwon"}``).
        korean_words: The collection's Korean words (index tokens).

    Returns:
        For each term of four letters or more that is the romanisation of exactly one
        Korean word of two syllables or more: that word. Others are left out.
    """
    by_roman: dict[str, set[str]] = {}
    for word in korean_words:
        if len(word) >= 2:
            roman = romanise(word)
            if roman:
                by_roman.setdefault(roman, set()).add(word)
    links: dict[str, frozenset[str]] = {}
    for term, surface in surfaces.items():
        key = surface.lower().replace("-", "")
        found = by_roman.get(key, set())
        if len(key) >= 4 and len(found) == 1:
            links[term] = frozenset(found)
    return links
