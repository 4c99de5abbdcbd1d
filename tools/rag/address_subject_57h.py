"""An address asked about, not asked for: "is my address on the key tag?" asks yes or no.

Blind set 48: "if you hold my key is my address on the tag?" was read as asking a place
("address" is one of tools.rag.answer_types' place words), so "We can keep a key to your
home in a locked key safe at our office" answered it for its "at our office", while the
sentence that settles it ("Key tags show a code, never your address") names no place.
"Where / what is your address" asks for one; an address that is the subject or object of a
yes/no clause ("is my address …", "do you share my address", "will my home address be
printed") is the thing the question asks something of, and it asks no kind of answer.
"""

from __future__ import annotations

import re

__all__ = ["asks_of_an_address"]

# An auxiliary opening a yes/no clause (anywhere: "if you hold my key, is my address …"),
# then within a few words an owned or determined address.
_ADDRESS_IN_YES_NO = re.compile(
    r"\b(?:is|are|was|were|will|would|does|do|did|can|could|should)\s+"
    r"(?:\w+\s+){0,3}?(?:my|your|our|their|his|her|the|an?)\s+(?:\w+\s+)?address(?:es)?\b",
    re.IGNORECASE,
)
# Asking for the address itself: a wh-word, or "tell/give/send me … address".
_ASKS_FOR_IT = re.compile(
    r"\b(?:where|what|what's|whats|which)\b|\b(?:tell|give|send|text)\s+(?:me|us)\b",
    re.IGNORECASE,
)


def asks_of_an_address(question: str) -> bool:
    """Whether an English question asks a yes/no fact of an address rather than for one.

    >>> asks_of_an_address("if you hold my key is my address on the tag?")
    True
    >>> asks_of_an_address("what is your address?")
    False
    """
    return bool(_ADDRESS_IN_YES_NO.search(question)) and not _ASKS_FOR_IT.search(question)
