"""Words an English idiom uses up: "ahead of time" asks about booking early, not a time.

"do I need to book the class ahead of time?" holds the term "time", so a table heading
"Session Time" and "we will book a new time for you" covered half of the question's
weight. In the idiom the word names no time of day or slot: it only says "early", as
"ahead" alone does. Such a word gets no weight; the idiom's other word still counts.
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens

__all__ = ["idiom_terms"]

# Idioms whose noun names nothing the answer must hold: "ahead of time", "in good time".
_IDIOMS = re.compile(r"\bahead\s+of\s+(time)\b|\bin\s+good\s+(time)\b", re.IGNORECASE)


def idiom_terms(question: str) -> frozenset[str]:
    """The index tokens of the words an idiom of the question uses up ("time")."""
    return frozenset(
        token
        for found in _IDIOMS.finditer(question)
        for word in found.groups()
        if word
        for token in english_tokens(word)
    )
