"""A reply that only says the question back: no answer, however fluent.

Found by the thirteenth unseen set: a small model answered "90 minutes after 11:40pm"
with "The 90 minutes after 11:40pm." and "r u open saturday afternoon" with "R u open
saturday afternoon.". Shown as the answer, that reads as one. The rule: the reply's
words, case-folded and with an article or a "yes"/"no" lead left aside, are the
question's words in the question's order, and nothing else. A reply that restates the
question in another order ("17 is prime." to "is 17 prime") or adds a word of its own is
not flagged.
"""

from __future__ import annotations

import re

__all__ = ["echoes_question"]

_WORD = re.compile(r"[^\W_]+")
# Words a reply may open with before saying the question back.
_LEADS = frozenset({"the", "a", "an"})
# A question word's own filler ("please", "pls") that a copy may drop.
_FILLER = frozenset({"please", "pls", "plz"})
# Shorter questions ("hi", "thanks") may well be answered in the same words.
_MIN_WORDS = 3


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.casefold()) if w not in _FILLER]


def echoes_question(text: str, question: str) -> bool:
    """Whether ``text`` is ``question`` said back, with nothing of its own."""
    asked = _words(question)
    said = _words(text)
    while said and said[0] in _LEADS and (not asked or asked[0] != said[0]):
        said = said[1:]
    return len(asked) >= _MIN_WORDS and said == asked
