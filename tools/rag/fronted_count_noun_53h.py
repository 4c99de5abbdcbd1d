"""The counted noun put before "how many": "lockers how many are there".

"axe throwing lockers how many are there" was answered with "Big Axe Challenge (a
two-handed axe, three throws)" (blind set 44): :func:`tools.rag.count_nouns.asked_count_noun`
reads the noun after "how many" ("are" is none), so any number answered, and "three
throws" was the best one. Typed questions often name the thing first and ask after it
("bike racks how many do you have", "parking spaces, how many?"); the counted noun is then
the plural just before "how many", and a sentence must count it as after.
"""

from __future__ import annotations

import re

__all__ = ["fronted_count_noun"]

# A plural noun, an optional comma or dash, then "how many" followed by a verb or nothing.
_FRONTED = re.compile(
    r"\b(?P<noun>[a-z]+(?:ies|[^s]s))\s*[,-]?\s*how\s+many\b"
    r"(?=\s*(?:[?？.!]|$|(?:are|r|is|do|does|can|will|have|has|u|you|of)\b))",
    re.IGNORECASE,
)
_IRREGULAR = {"people": "person", "children": "child"}


def fronted_count_noun(question: str) -> str:
    """The singular of the plural noun just before "how many" ("" for none).

    Args:
        question: The user's question.

    Returns:
        "locker" for "axe throwing lockers how many are there"; "" for "how many lockers"
        (the noun follows, read by the caller) or "how many are there" (no noun).
    """
    match = _FRONTED.search(question)
    if match is None:
        return ""
    word = match.group("noun").lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1]
