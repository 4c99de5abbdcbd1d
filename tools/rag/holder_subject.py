"""Whose fact a "does the X have/offer …" question asks: X, the subject that holds it.

"does the tailor have wheelchair access": the clinic's directions describe the clinic's
ramp, and the tailor's terms say nothing about access. The extractive path found no
sentence naming both, yet the grounded step handed the clinic's passage to the local
model, which wrote "The tailor has wheelchair access" (blind set 28, end to end): the
clinic's fact given to the tailor, presented as read from the documents.

A do-question whose subject (after "the", "this", "your") is followed by a verb of
having or offering asks what that subject has; like a venue named with "at the"
(:mod:`tools.rag.english_venue`), it says whose fact is asked, and
:mod:`tools.rag.owned_passages` keeps the model to the documents that name it.
"""

from __future__ import annotations

import re

from tools.rag.textutil import tokenize

__all__ = ["holder_subject"]

# Verbs by which a subject holds or offers something ("have parking", "offer refunds").
_HOLDING_VERBS = (
    "have|has|offer|offers|provide|provides|sell|sells|accept|accepts|take|takes|"
    "allow|allows|include|includes|give|gives|deliver|delivers|rent|rents"
)
_HOLDER = re.compile(
    r"^\s*(?:does|do|did|will|would|can|could)\s+(?:the|this|that|your|ur)\s+"
    rf"(?P<noun>[a-z][a-z-]*)\s+(?:{_HOLDING_VERBS})\b",
    re.IGNORECASE,
)


def holder_subject(question: str) -> str | None:
    """The subject of "does the X have/offer …?" as a search term, or ``None``.

    Only a single noun right before the verb: "does the shop near you have …" and a
    pronoun ("do you have …") name no holder this reads.
    """
    found = _HOLDER.match(question)
    if found is None:
        return None
    terms = tokenize(found.group("noun"))
    return terms[0] if terms else None
