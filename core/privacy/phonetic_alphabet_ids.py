"""An identifier spelt out in the NATO phonetic alphabet: ``my reg is Lima Mike six eight,
Bravo Zulu X-ray``, ``postcode Sierra Echo one, four Delta Quebec`` (redteam29).

People spell a plate, a postcode, a booking code or a surname this way on the phone, and
type it the same way when they dictate it. The digit rules read numbers in words only, and
no rule reads "Lima Mike" as "LM", so the whole value passes as prose. The shape: a run of
four or more words that are each a code word (Alfa … Zulu, X-ray) or a digit word (zero,
oh, one … nine, niner, double, triple), joined by spaces, commas or hyphens, with at least
two code words. A run of code words in alphabet order ("Alpha Bravo Charlie Delta", a
question about the alphabet itself) is no value, nor are two code words in prose ("Hotel
Delta", "Romeo and Juliet"). A plate's cue (reg, plate, registration, car, 차량) types the
value as a plate; any other run is held as an id.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit, PiiType

__all__ = ["detect_phonetic_alphabet_ids"]

_CODE_WORDS_TEXT = """
    alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike
    november oscar papa quebec romeo sierra tango uniform victor whiskey whisky x-ray xray
    yankee zulu
"""
_CODE_WORDS = _CODE_WORDS_TEXT.split()
_LETTER_OF = {word: word[0] for word in _CODE_WORDS}
_DIGIT_WORDS = "zero oh one two three four five six seven eight nine niner double triple"
_WORD = "|".join(sorted(_CODE_WORDS + _DIGIT_WORDS.split(), key=len, reverse=True))
_RUN_RE = LazyPattern(
    r"(?<![A-Za-z-])(?i:(?:" + _WORD + r")(?:[ \t]*[,-]?[ \t]+(?:" + _WORD + r")){3,})(?![A-Za-z-])"
)
_TOKEN_RE = LazyPattern(r"[A-Za-z]+(?:-[A-Za-z]+)?")
_PLATE_CUE_RE = LazyPattern(
    r"(?i:\b(?:reg|registration|plate|number[ \t]?plate|licen[cs]e[ \t]?plate|car|van|vehicle)\b)"
    r"|차량|번호판"
)
_MIN_CODE_WORDS = 2
_CUE_REACH = 60


def _in_alphabet_order(letters: list[str]) -> bool:
    return all(ord(b) - ord(a) == 1 for a, b in pairwise(letters))


def detect_phonetic_alphabet_ids(text: str) -> Iterator[Hit]:
    """Values spelt out in code words (see the module)."""
    for m in _RUN_RE.finditer(text):
        tokens = [t.lower() for t in _TOKEN_RE.findall(m.group())]
        letters = [_LETTER_OF[t] for t in tokens if t in _LETTER_OF]
        if len(letters) < _MIN_CODE_WORDS or (
            len(letters) == len(tokens) and _in_alphabet_order(letters)
        ):
            continue
        before = text[max(0, m.start() - _CUE_REACH) : m.start()]
        kind: PiiType = "vehicle_plate" if _PLATE_CUE_RE.search(before) else "national_id"
        yield Hit(kind, m.start(), m.end(), 0.8, False)
