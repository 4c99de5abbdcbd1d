"""A phone number with emoji or symbols between its groups: ``010 🌸 6629 🌸 1307`` (redteam24).

People decorate the number in a post or a notice (``010 ★ 1234 ★ 5678``, ``010♡1234♡5678``)
so that crawlers do not pick it up; a reader still dials it. The phone rules read digit
groups joined by spaces, hyphens or dots only. Here a run of symbols (emoji, dingbats,
hearts and stars, with the spaces, variation selectors and joiners around them) between two
digits is read as one hyphen, in a copy of the text of the same length, and the phone rule
(:func:`core.privacy.main_lines.detect_personal_phone`) reads that copy. Only numbers that
had such a run inside them are reported: the plain forms are the phone rule's own. (blind57p)
A Korean mobile whose groups are split in odd places (``010-62 48-3091``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.main_lines import detect_personal_phone
from core.privacy.placeholder_phones_ko import is_placeholder_phone_ko
from core.privacy.types import Hit

__all__ = ["detect_symbol_split_phone"]

# A run of non-letters, non-digits between two digits (at most a few characters, so that
# two numbers in one line are not joined across a sentence).
_RUN_BETWEEN_DIGITS = LazyPattern(r"(?<=[0-9])[^0-9A-Za-z가-힣\n]{1,8}(?=[0-9])")
# Characters that only decorate: symbols of every kind (emoji, ★, ♡, ✦, |), the marks
# emoji are built with (variation selectors, the zero-width joiner), and a bullet.
_DECORATION_CATEGORIES = frozenset({"So", "Sk", "Sm", "Sc", "Mn", "Me", "Cf"})
_DECORATION_EXTRA = frozenset("•·∙◦‧")
# Symbols that are a phone rule's own separators or that join amounts, not decorations.
_NOT_DECORATION = frozenset("-.+=<>%$₩€£¥")


def _is_decoration(ch: str) -> bool:
    if ch in _NOT_DECORATION:
        return False
    return ch in _DECORATION_EXTRA or unicodedata.category(ch) in _DECORATION_CATEGORIES


def _decorated_runs(text: str) -> list[tuple[int, int]]:
    """Runs between digits made of spaces and at least one decoration, nothing else."""
    runs = []
    for m in _RUN_BETWEEN_DIGITS.finditer(text):
        run = m.group(0)
        if any(_is_decoration(ch) for ch in run) and all(
            ch in " \t" or _is_decoration(ch) for ch in run
        ):
            runs.append((m.start(), m.end()))
    return runs


# blind57p: a Korean mobile whose separators fall in odd places ("010-62 48-3091",
# "010 6 248 30 91"): the prefix as a group of its own, then its eight digits with at most one
# hyphen, dot or space (or a hyphen with spaces round it) before any of them. A prefix glued
# to the next digits ("0113 496 0555") is how a British landline is grouped. The prefix and
# the count of digits are a mobile's; a run of more digits is some other number.
_ODD_GROUPED_MOBILE_RE = LazyPattern(
    r"(?<![0-9A-Za-z])(?<![0-9][-.])01[016789](?:[ \t]?[-.][ \t]?|[ \t])[0-9]"
    r"(?:(?:[ \t]?[-.][ \t]?|[ \t])?[0-9]){7}"
    r"(?![0-9A-Za-z])(?![ \t]?[-.][ \t]?[0-9])(?![ \t][0-9])"
)


_GROUP_SPLIT_RE = LazyPattern(r"[ \t]*[-.][ \t]*|[ \t]+")


def detect_odd_grouped_mobile(text: str) -> Iterator[Hit]:
    """A Korean mobile number grouped in odd places (see above); the plain shapes are the
    phone rule's and win the overlap with their higher confidence."""
    for m in _ODD_GROUPED_MOBILE_RE.finditer(text):
        # The plain shapes (010-1234-5678, 010 123 4567) are the phone rule's, with its
        # exemptions (a form's placeholder, a documented test number): only odd groups here.
        groups = [len(g) for g in _GROUP_SPLIT_RE.split(m.group()[3:].strip(" \t-.")) if g]
        if groups in ([4, 4], [3, 4], [8]) or is_placeholder_phone_ko(text, m.start(), m.end()):
            continue
        yield Hit("phone", m.start(), m.end(), 0.85, False)


def detect_symbol_split_phone(text: str) -> Iterator[Hit]:
    """Phone numbers whose groups are split by emoji or symbols (see the module)."""
    yield from detect_odd_grouped_mobile(text)
    runs = _decorated_runs(text)
    if not runs:
        return
    chars = list(text)
    for start, end in runs:
        # The same length: one hyphen where the run was, spaces for the rest, so every
        # offset of the copy is the original's.
        chars[start:end] = ["-"] + [" "] * (end - start - 1)
    copy = "".join(chars)
    for hit in detect_personal_phone(copy):
        if any(hit.start < start and end < hit.end for start, end in runs):
            yield Hit("phone", hit.start, hit.end, min(hit.confidence, 0.9), False)
