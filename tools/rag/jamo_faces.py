"""Chat faces written in bare Hangul letters (ㅠㅠ, ㅋㅋ) kept as the letters Kiwi knows.

Why: Kiwi reads the compatibility letters (ㅠ, U+3160) as a symbol, but the privacy
screen's copy of a question is folded by NFKC, which turns them into the conjoining
letters (ᅲ, U+1172) Kiwi reads as a noun: "버스 놓쳤어요ㅠㅠ 환불 돼요?" was declined as
"documents never mention: ᅲᅲ". A run of conjoining letters that spells no syllable is
written back as compatibility letters, one for one (offsets stay the same); the letters
of a decomposed (NFD) syllable, an initial followed by its vowel, are left alone.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["with_compatibility_jamo"]

# Each compatibility letter (U+3131-U+318E) from the conjoining letter NFKC makes of it.
_COMPATIBILITY = {
    unicodedata.normalize("NFKC", chr(code)): chr(code)
    for code in range(0x3131, 0x318F)
    if len(unicodedata.normalize("NFKC", chr(code))) == 1
}
# Vowels and finals with no initial before them; initials with no vowel after them.
_BARE = re.compile("(?<![\u1100-\u115f])[\u1160-\u11ff]+|[\u1100-\u115f](?![\u1160-\u11a7])")


def with_compatibility_jamo(text: str) -> str:
    """``text`` with every bare conjoining letter written as its compatibility letter."""
    if not _BARE.search(text):
        return text
    return _BARE.sub(lambda m: "".join(_COMPATIBILITY.get(c, c) for c in m.group()), text)
