"""An English lookup typed as a bare fragment: "gym hours on weekends", "discount if i pay yearly".

Why this exists: with no "?" nor question word, "scooter customer center phone hours on
weekends" and "discount if i pay a year upfront for storage" were taken for chat (blind
set 24): the documents' search found nothing confident, so a local model answered
uncited and without saying that the documents hold no answer ("… is available on
weekends.", "You can pay a year upfront … with a 10% discount."). Such a fragment names
the fact it looks up (hours, a fee, a discount): like "얼마" in a Korean chat question, it
asks, so a model's answer opens with the general-knowledge note. A statement opening
with its subject ("my fee was high", "I think the price is fine") or a sentence closed
by "." or "!" is left alone, as is anything long enough to be a message.
"""

from __future__ import annotations

import re

__all__ = ["is_lookup_fragment"]

_LOOKUP_NOUN = re.compile(
    r"\b(?:hours|fees?|prices?|costs?|rates?|discounts?|deadlines?|address|deposits?|"
    r"charges?|refunds?|opening\s+times?|closing\s+times?|phone\s+number)\b",
    re.IGNORECASE,
)
# A statement or a reply opens with its subject or an interjection.
_STATEMENT_START = re.compile(
    r"^\s*(?:i|i'm|im|we|my|our|you|your|it|its|it's|this|that|these|those|he|she|they|"
    # ...or goes on from an earlier turn: "the rate dropped to 1,475", "and if i work 30 hours".
    r"the|and|but|so|then|or|if|"
    r"their|thanks?|thank|ok|okay|great|cool|nice|yes|no|sure|please|lol|wow|hi|hello)\b",
    re.IGNORECASE,
)
_MAX_WORDS = 14


def is_lookup_fragment(text: str) -> bool:
    """Whether an English step is a short fragment naming a fact it looks up.

    Args:
        text: The step text (one with "?" or a question word is a question already).

    Returns:
        True for an ASCII text of at most a few words, not closed by "." or "!", not
        opened as a statement, that names a looked-up fact (hours, a fee, a discount).
    """
    stripped = text.strip()
    if not stripped or not stripped.isascii() or stripped[-1] in ".!":
        return False
    if len(stripped.split()) > _MAX_WORDS or _STATEMENT_START.match(stripped):
        return False
    return bool(_LOOKUP_NOUN.search(stripped))
