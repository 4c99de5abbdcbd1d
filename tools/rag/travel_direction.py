"""A passage about carrying things one way does not answer a question about the other way.

"Do you deliver bags back to the airport from the hotel?" names a direction: from the
hotel, to the airport. A section that says "We deliver bags from the airport to hotels"
describes the opposite service; its other lines ("Delivery costs 20,000 won per bag",
"If the hotel refuses the bag, we bring it back to the airport") match the question's
words well, yet none of them says whether the asked direction is offered (blind set 22
quoted them for exactly that question). Such a passage stays related (a model may read
it) but is no quote.

Only English, and only a full reversal: the question names both ends ("from X" and "to
Y"), a sentence of the passage names them the other way round ("from Y … to X"), and no
sentence of the passage starts anything from X. A question naming one end, or a passage
that also runs the asked way, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["runs_the_other_way"]

# "from the hotel", "back to the airport", "to hotels": the noun after the preposition.
_END = re.compile(
    r"\b(from|to|into)\s+(?:the\s+|a\s+|an\s+|your\s+|our\s+|my\s+|this\s+|that\s+)?([a-z]+)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def _ends(text: str) -> tuple[set[str], set[str]]:
    """The nouns a text names after "from" and after "to"/"into" (singular)."""
    starts: set[str] = set()
    goals: set[str] = set()
    for preposition, word in _END.findall(text):
        (starts if preposition.lower() == "from" else goals).add(_singular(word.lower()))
    return starts, goals


def _singular(word: str) -> str:
    """ "hotels" is "hotel", "lodges" "lodge", "ferries" "ferry" (the search stemmer cuts
    "lodges" to "lodg" but leaves "lodge" whole, so it cannot compare the two)."""
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def runs_the_other_way(question: str, sentences: Iterable[str]) -> bool:
    """Whether a passage's sentences run the question's route the other way only.

    Args:
        question: The user's question.
        sentences: The passage's sentences (its heading may be among them).

    Returns:
        True when some sentence goes from the question's destination to its origin and
        none goes from the question's origin.
    """
    asked_from, asked_to = _ends(question)
    if not asked_from or not asked_to:
        return False
    reversed_route = False
    for sentence in sentences:
        for part in _SENTENCE.split(sentence):
            starts, goals = _ends(part)
            if starts & asked_from:
                return False
            if starts & asked_to and goals & asked_from:
                reversed_route = True
    return reversed_route
