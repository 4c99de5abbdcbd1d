"""A place the documents never name, covered by their rule for everywhere else.

"How much can I claim for a hotel night in Leeds?" over a policy saying "up to £120 per
night in London and £90 per night elsewhere": Leeds is in no document, yet the policy
answers for it, since "elsewhere" is every place but the one it names. Without this, the
unknown place made the question "not in the documents".

Only an English place name is read: a capitalised word after a preposition of place
("in Leeds", "to Busan"), which the collection never holds, and only against a sentence
of the best passage that names a place of its own the same way and then "elsewhere"
(or "other cities", "anywhere else"). A Korean place cannot be told from any other unknown noun
without a gazetteer, so Korean questions are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.models import Passage
from tools.rag.textutil import english_tokens

# "in Leeds", "to Busan", "near Kyoto": a capitalised word after a preposition of place.
_PLACE = re.compile(r"\b(?:in|to|at|near|from|outside)\s+(?:the\s+)?([A-Z][a-z]+)")
_ELSEWHERE = re.compile(
    r"\b(?:elsewhere|anywhere else|everywhere else|"
    r"(?:all\s+)?other\s+(?:cities|regions|areas|places|locations|countries|towns))\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def places_elsewhere_covers(
    question: str, unknown: Sequence[str], passages: Sequence[Passage]
) -> list[str]:
    """The unknown terms that are places a retrieved "X in A, Y elsewhere" rule covers.

    Args:
        question: The user's question as typed.
        unknown: Its terms the collection holds in neither language.
        passages: The retrieved passages.

    Returns:
        The unknown terms naming a place the question asks about, when a sentence of the
        best passage states a rule for a named place and for every other place; else empty.
    """
    named = {t for m in _PLACE.finditer(question) for t in english_tokens(m.group(1))}
    places = [t for t in unknown if t in named]
    if not places:
        return []
    # Only the best passage's rule: another passage's "elsewhere" (hotel rates) says
    # nothing of the place for the rule the question is about (parking).
    for sentence in _SENTENCE_END.split(passages[0].text if passages else ""):
        if _ELSEWHERE.search(sentence) and _PLACE.search(sentence):
            return places
    return []


def states_rule_for_elsewhere(sentence: str) -> bool:
    """Whether ``sentence`` states a rule for every place but those it names ("… elsewhere")."""
    return _ELSEWHERE.search(sentence) is not None
