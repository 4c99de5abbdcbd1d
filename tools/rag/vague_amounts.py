"""A vague amount in a document question ("a couple of beers") read as "a few".

"can i expense a couple of beers with dinner on a trip" was declined as "not in the
documents: couple" over "Alcohol is never reimbursed.": the quantifier was read as a
topic no passage holds, and its "of" as a possessive ("the beers of a couple"). "a
few beers" asks the same and every reader already takes "few" as a function word, so
the question is searched and read with that wording. Only the frame "a couple of", "a
bunch of", "a handful of", "a lot of", "lots of": "a couple discount" or "the parking
lot" keep their nouns. Only before a plural count noun ("beers", "people"): "can I bring a
lot of luggage?" would read "a few luggage", so a mass noun keeps its wording.
"""

from __future__ import annotations

import re

__all__ = ["with_vague_amounts_as_few"]

# A plural count noun: a word ending in a single s that is no pronoun or verb ("this",
# "was"), or an irregular plural.
_PLURAL_COUNT_NOUN = (
    r"(?!(?:this|his|its|hers|ours|yours|theirs|was|has|does|is|us|gas|news|less|plus)\b)"
    r"(?:[a-z]*[a-rt-z]s|people|children|men|women|kids|feet|teeth|mice|geese)\b"
)
_VAGUE_AMOUNT = re.compile(
    rf"\b(?:a\s+(?:couple|bunch|handful|lot)|lots)\s+of\b(?=\s+{_PLURAL_COUNT_NOUN})",
    re.IGNORECASE,
)


def with_vague_amounts_as_few(question: str) -> str:
    """``question`` with "a couple of", "a lot of" and their kind written "a few"."""
    return _VAGUE_AMOUNT.sub("a few", question)
