"""A Korean mobile number broken over a line, its digits written as digits or number words
(redteam48): ``공일공-삼8`` / ``이7-오오1구`` in a memo, ``010-38`` / ``27-5519`` in a narrow cell.

:mod:`core.privacy.line_broken_phones` reads a wrap right after the prefix, in digits; the
spoken-number rules read number words within one line. A note typed on a phone mixes both
(공 for 0, 일 for 1, …) and wraps anywhere. This rule walks from a 0 (or 공/영/빵) that no
digit or syllable precedes, through digits, Sino-Korean digit words and the separators a
number is written with (a hyphen, a dot, spaces, one line break), and reads a mobile number
when the run holds a line break and its digits are a prefix (010, 011, 016-019) and the rest
of a number (eleven digits after 010, ten or eleven after the older prefixes), with no digit
or number word glued on after them. Within one line the other rules read the number; a
table's columns of short numbers never make eleven digits before a second line break.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_numeric_forms_56p"]

_DIGIT_WORDS = {
    "공": "0", "영": "0", "빵": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5",
    "육": "6", "륙": "6", "칠": "7", "팔": "8", "구": "9",
}  # fmt: skip
_START_RE = LazyPattern(r"(?<![0-9가-힣])[0공영빵]")
_SEPARATORS = frozenset("-. \t")
_MOBILE_PREFIXES = ("010", "011", "016", "017", "018", "019")


def _digit(ch: str) -> str | None:
    if ch.isascii() and ch.isdigit():
        return ch
    return _DIGIT_WORDS.get(ch)


def _walk(text: str, start: int) -> tuple[int, str, bool] | None:
    """From ``start``: where the number's run ends, its digits, and whether it broke a line."""
    digits, pos, broke, want, break_at, words = "", start, False, 11, 0, False
    while pos < len(text) and len(digits) < want:
        ch = text[pos]
        d = _digit(ch)
        if d is not None:
            digits += d
            words = words or not ch.isascii()
            if len(digits) == 3:
                if digits not in _MOBILE_PREFIXES:
                    return None
                want = 11 if digits == "010" else 10
            pos += 1
        elif ch in _SEPARATORS:
            pos += 1
        elif ch == "\n" and not broke and digits:
            broke, pos, break_at = True, pos + 1, len(digits)
        elif ch == "\r":
            pos += 1
        else:
            break
    end = pos
    # An older prefix may carry an eleventh digit right after the tenth's group.
    if want == 10 and len(digits) == 10 and end < len(text) and _digit(text[end]) is not None:
        digits, end = digits + str(_digit(text[end])), end + 1
    if len(digits) < want:
        return None
    # A wrap right after the prefix, all in digits, is line_broken_phones' form.
    if broke and break_at == 3 and not words:
        return None
    # A digit glued on after the last one makes a longer number, not a phone; so do two number
    # words, while one before other syllables is a particle ("…5519이야").
    glued = end < len(text) and _digit(text[end]) is not None
    two_words = end + 1 < len(text) and _digit(text[end + 1]) is not None
    if glued and (text[end].isascii() or two_words):
        return None
    return end, digits, broke


def detect_numeric_forms_56p(text: str) -> Iterator[Hit]:
    """Korean mobile numbers broken over a line, in digits or number words (see the module)."""
    if "\n" not in text:
        return
    for m in _START_RE.finditer(text):
        walked = _walk(text, m.start())
        if walked is not None and walked[2]:
            yield Hit("phone", m.start(), walked[0], 0.8, False)
