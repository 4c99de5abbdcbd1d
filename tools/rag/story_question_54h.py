"""A question asked straight after a story, with no comma or question mark between them.

"my son is 5 can he have riding lessons" (blind set 45) was read as no question: it opens
with a statement and has no "?", and the comma form ("my son is 15, can he book …") is the
only one the document step knew. Taken for a chat message, it went to the small model
with no note that the documents had not answered, and the model's "No, my son cannot have
riding lessons." was shown as the answer. The inverted auxiliary and its subject ("can he",
"do we", "should i") asks the question wherever it stands; only "so do we", "nor can i",
"as do they" and "than do you" invert without asking.
"""

from __future__ import annotations

import re

__all__ = ["asks_after_story"]

_INVERTED = re.compile(
    # A word of the story, then the auxiliary and its subject, then the verb asked about.
    r"\w\s+(?<!\bso\s)(?<!\bnor\s)(?<!\bas\s)(?<!\bthan\s)(?<!\bneither\s)"
    r"(?:can|could|do|does|will|would|should|may|must)\s+(?:i|we|you|u|he|she|they)\s+[a-z]",
    re.IGNORECASE,
)


def asks_after_story(text: str) -> bool:
    """Whether an English turn asks with an inverted auxiliary after a statement.

    >>> asks_after_story("my son is 5 can he have riding lessons")
    True
    >>> asks_after_story("so do we love it here")
    False
    """
    return bool(_INVERTED.search(text))
