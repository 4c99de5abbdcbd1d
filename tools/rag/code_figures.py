"""A number glued to a Latin letter is a code ("A4", "B2", "E104"), not a figure of the next word.

Why this exists: "A4 컬러 양면 인쇄 얼마에요?" was read as stating the figure "4 컬" (the
figure pattern lets a space stand between a number and its Korean unit, "3 개월"), so every
sentence not stating four of that unit was ruled out and the print price table's "A4 colour"
row could not answer (blind set 36). A paper size, a room, a seat or a model number writes
its digits right after a letter; such a number takes no unit across a space. A unit glued to
it ("PT10회") is still read, as is a figure after a space or at the start ("3 개월", "4명").
"""

from __future__ import annotations

import re

__all__ = ["code_across_space"]

_SPACE = re.compile(r"\s")


def code_across_space(text: str, number_start: int, unit_start: int) -> bool:
    """Whether a figure at ``number_start`` is a code's digits and its unit lies past a space.

    Args:
        text: The text the figure was read from.
        number_start: Where the figure's number starts.
        unit_start: Where the word read as its unit starts.

    Returns:
        True when a Latin letter is glued before the number and a space separates the
        number from the unit word.
    """
    before = text[number_start - 1] if number_start > 0 else ""
    if not (before.isascii() and before.isalpha()):
        return False
    return bool(_SPACE.search(text[number_start:unit_start]))
