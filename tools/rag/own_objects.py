"""The asker's own thing is not the thing a document calls "our".

"can we bring our own drone pilot?" asks about a pilot the asker brings; a document
speaks as "we", so "Our drone pilot is licensed" is about the provider's pilot, and
read as a rule on the asked object it answered a question the document never rules on.
"own" after a possessive marks the asker's thing (my/our/his/her/their own); in a
sentence, "our" before the noun phrase marks the writer's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

__all__ = ["asks_own_object", "writer_owned"]

_OWN = re.compile(r"\b(?:my|our|his|her|their)\s+own\b", re.IGNORECASE)


def asks_own_object(question: str) -> bool:
    """Whether the question names a thing as the asker's own ("bring our own cake")."""
    return bool(_OWN.search(question))


def writer_owned(words: Sequence[str], at: int, asked: Collection[str]) -> bool:
    """Whether the noun at ``at`` is the writer's: "our" before it, past the words of its
    compound that the question also names ("Our drone pilot" for "drone pilot").

    Args:
        words: The sentence's lower-case words.
        at: Where the object's noun is.
        asked: The question's words (as written, lower case).
    """
    at -= 1
    while at >= 0 and words[at] in asked and words[at] not in ("our", "own"):
        at -= 1
    return at >= 0 and words[at] == "our" and (at + 1 >= len(words) or words[at + 1] != "own")
