"""A vague amount in a document question ("a couple of beers") read as "a few".

"can i expense a couple of beers with dinner on a trip" was declined as "not in the
documents: couple" over "Alcohol is never reimbursed.": the quantifier was read as a
topic no passage holds, and its "of" as a possessive ("the beers of a couple"). "a
few beers" asks the same and every reader already takes "few" as a function word, so
the question is searched and read with that wording. Only the frame "a couple of", "a
bunch of", "a handful of", "a lot of", "lots of": "a couple discount" or "the parking
lot" keep their nouns.
"""

from __future__ import annotations

import re

__all__ = ["with_vague_amounts_as_few"]

_VAGUE_AMOUNT = re.compile(
    r"\b(?:a\s+(?:couple|bunch|handful|lot)|lots)\s+of\b(?=\s+[a-z])", re.IGNORECASE
)


def with_vague_amounts_as_few(question: str) -> str:
    """``question`` with "a couple of", "a lot of" and their kind written "a few"."""
    return _VAGUE_AMOUNT.sub("a few", question)
