"""Cyrillic and Greek letters that look Latin, typed inside a Latin word (redteam36).

``Mаrgot Bеllweather`` with a Cyrillic ``а`` and ``е``, ``jоhn.smith@…`` with a Cyrillic
``о``: the word reads the same on screen, but every Latin pattern and name list misses it.
Such a mix comes from copying out of a homoglyph-obfuscated source or from someone hiding
a value on purpose; real Russian or Greek words never put one look-alike letter between
Latin ones. So the scanner's fold (:mod:`core.privacy.normalize`) turns a look-alike into
its Latin letter when a Latin letter stands right before or after it; a word wholly in
Cyrillic or Greek (``Москва``, ``Αθήνα``) is left as it is. The fold is one to one, so
offsets map back unchanged.
"""

from __future__ import annotations

import re

__all__ = ["LOOKALIKE_NEXT_TO_LATIN", "latin_lookalike"]

# Letters whose glyph is a Latin letter's in common fonts (Unicode's confusables for
# Latin, restricted to the unmistakable ones).
_LOOKALIKES = {
    # Cyrillic
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D",
    # Greek
    "ο": "o", "α": "a", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}  # fmt: skip
_CLASS = "".join(sorted(_LOOKALIKES))
# A look-alike right beside a Latin letter: what makes a text need the fold at all.
LOOKALIKE_NEXT_TO_LATIN = re.compile(f"[A-Za-z][{_CLASS}]|[{_CLASS}][A-Za-z]")


def latin_lookalike(text: str, i: int) -> str | None:
    """The Latin letter ``text[i]`` stands for when it is a look-alike inside a Latin word.

    A run of look-alikes counts when a Latin letter touches the run at either end
    (``Bеllweather``, ``Mаrgot``).
    """
    latin = _LOOKALIKES.get(text[i])
    if latin is None:
        return None
    lo = i
    while lo > 0 and text[lo - 1] in _LOOKALIKES:
        lo -= 1
    hi = i + 1
    while hi < len(text) and text[hi] in _LOOKALIKES:
        hi += 1
    before = text[lo - 1] if lo > 0 else ""
    after = text[hi] if hi < len(text) else ""
    if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
        return latin
    return None
