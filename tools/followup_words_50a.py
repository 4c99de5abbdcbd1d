"""Counts said in English words for the follow-up rules of opens50a ("two kayaks", "three
visits a day"), read as digits; the ordinals come from the shared slot table."""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_NUMBER_VALUES
from tools.followup_slot_kinds import ORDINALS

__all__ = ["COUNT", "ORDINAL", "count_value", "figures_said", "ordinal_value"]

_WORDS = {word: value for word, value in ENGLISH_NUMBER_VALUES.items() if 1 <= value <= 12}
_WORDS.update({"once": 1, "twice": 2})
_ORDINALS = {word: n for word, n in ORDINALS.items() if word.isascii()}

#: A count in digits or in an English word (a regex alternative, no group).
COUNT = r"(?:\d+|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
#: An ordinal in digits ("4th") or an English word ("fourth").
ORDINAL = r"(?:\d+(?:st|nd|rd|th)|" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")"
# A count standing alone ("two", "12"), else any digit: "1.5" is two, never one count.
_FIGURE_SAID = LazyPattern(rf"(?<![\w.])(?:{COUNT})(?![\w.])|\d", re.I)


def count_value(said: str) -> int:
    """The count ``said`` matched by :data:`COUNT` ("two" or "2") as an int."""
    word = said.lower()
    return int(word) if word.isdigit() else _WORDS[word]


def ordinal_value(said: str) -> int:
    """The ordinal ``said`` matched by :data:`ORDINAL` ("fourth" or "4th") as an int."""
    word = said.lower()
    return int(word[:-2]) if word[:-2].isdigit() else _ORDINALS[word]


def figures_said(text: str) -> int:
    """How many figures ``text`` says, counts in words included ("two kayaks" says one)."""
    return len(_FIGURE_SAID.findall(text))
