"""In "X travels free", the nothing-to-pay is X's.

"how much is a season ticket?" was answered with "One companion per 10 members rides
free.": "free" states a sum (nothing), the section's previous sentence names the asked
ticket, so the sentence passed as its price. Yet what rides free is the companion, a
thing the question never names. The rule mirrors :mod:`tools.rag.priced_subject` for
"costs": in "X <goes|travels|enters|…> free", when the head noun of X (its last word
before a preposition) is no term of the question in any form, the sentence prices
another item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import english_tokens

__all__ = ["frees_unnamed_subject"]

# "<subject> <verb> (for) free", at the start of a sentence or list item.
_FREED = re.compile(
    r"^\s*(?:[-*]\s*)?(?P<subject>[A-Za-z][A-Za-z0-9' -]*?)\s+"
    r"(?:travels?|rides?|goes|go|enters?|stays?|sails?|flies|fly|eats?|(?:is|are) admitted)"
    r"\s+(?:for\s+)?(?:free|free of charge)\b",
    re.IGNORECASE,
)
# Where a subject's head noun ends and its modifiers begin ("leader per 20 guests").
_PREPOSITION = re.compile(r"\s+(?:per|for|of|on|in|at|with|from|under|over|aged|who)\s+")


def frees_unnamed_subject(groups: Sequence[frozenset[str]], sentence: str) -> bool:
    """Whether the sentence says something the question never names goes free.

    Args:
        groups: The question's terms, each with its equivalents in either language.
        sentence: A candidate answer sentence (English).

    Returns:
        True when the sentence reads "X travels free" (or rides, enters, is admitted …) and the
        head noun of X, in none of its forms, is a term of the question.
    """
    freed = _FREED.match(sentence)
    if freed is None:
        return False
    subject = _PREPOSITION.split(freed["subject"], maxsplit=1)[0].split()
    if not subject:
        return False
    head = subject[-1].lower()
    forms = {head, head.rstrip("s"), *english_tokens(head)}
    forms |= {e for f in tuple(forms) for e in equivalents(f)}
    asked = set().union(*groups) if groups else set()
    return not forms & asked
