""" "fast", "quick", "soon" name a topic unless "how" asks with them (turns47).

Set 46 made "fast", "quickly", "quick" and "soon" English function words, so that "how fast
can i get a copy of my medical records" asks how long it takes, like "how soon", and is
not declined for "fast". But "fast" is also a verb: "do i need to fast before the chest
x-ray" lost it, the question read as one about the chest x-ray alone, and the local model
answered with the check-up table's rows (set 47's wrong answer). Only after "how" (or
"as … as possible") is the word the question's manner; anywhere else it is a term the
passages must hold.
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens

__all__ = ["speed_words_as_terms"]

_SPEED_WORD = re.compile(r"\b(?P<word>fast(?:ing|ed)?|quick|quickly|soon)\b", re.IGNORECASE)
# "how fast", "how quickly", "how soon", "as soon as", "as fast as": the manner asked.
_MANNER = re.compile(r"\b(?:how|as)\s+$", re.IGNORECASE)


def speed_words_as_terms(question: str) -> set[str]:
    """The index tokens of speed words that ``question`` uses as no manner of asking."""
    found: set[str] = set()
    for said in _SPEED_WORD.finditer(question):
        if not _MANNER.search(question[: said.start()]):
            found.update(english_tokens(said["word"]))
    return found
