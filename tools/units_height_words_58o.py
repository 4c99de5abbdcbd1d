"""A height said in words, "six foot two", read as digits (set 50).

"im six foot two, whats that in cm" went unread: the feet-and-inches reader
(``tools.units.FEET_AND_INCHES``) takes "6 foot 2" but not the figures in words. Only the two
figures of a height are rewritten, and only when both are words of a height (feet one to
eight, inches zero to eleven): "six foot two" → "6 foot 2", "five feet and eleven inches" →
"5 feet and 11 inches". Words elsewhere in the message stay as they are.
"""

from __future__ import annotations

import re

__all__ = ["height_in_words"]

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
}  # fmt: skip
_WORD = "|".join(_SMALL)
_HEIGHT = re.compile(
    rf"\b(?P<ft>{_WORD})\s+(?P<unit>foot|feet|ft)\s+(?P<and>and\s+)?(?P<inch>{_WORD})\b",
    re.IGNORECASE,
)


def height_in_words(text: str) -> str:
    """``text`` with a height's feet and inches in words said as digits."""

    def digits(m: re.Match[str]) -> str:
        feet = _SMALL[m["ft"].lower()]
        if not 1 <= feet <= 8:
            return m.group(0)  # "eleven feet three": no one's height, not ours to read
        return f"{feet} {m['unit']} {m['and'] or ''}{_SMALL[m['inch'].lower()]}"

    return _HEIGHT.sub(digits, text)
