"""A price asked for a kind of person ("for a kid", "for an adult") is that person's price.

Why this exists: with pence read as money (:mod:`tools.rag.pence`), "lido price for a kid?"
was answered with "Lido lockers cost 50p and the coin is not returned." (held-out 35): the
sentence names the Lido and a price, and says nothing of children; the Junior row it should
have read prices the kid's swim. An English question asking the price or cost *for* a kind
of person (a kid, a child, an adult, a student, a senior, a family, …) asks what that person
pays: a sentence (with its table's column headings) naming no word of that person's group
(kid, child, junior, … through the word lists) prices something else. A closed list of
person words; any other "for …" ("for a locker", "for two weeks") is left to other checks.
"""

from __future__ import annotations

import re
from collections.abc import Set

from tools.rag.crosslingual import concept_groups
from tools.rag.textutil import english_tokens

__all__ = ["asked_person", "prices_for_unnamed_person"]

_PERSONS = (
    r"kids?|child(?:ren)?|toddlers?|bab(?:y|ies)|infants?|teens?|teenagers?|juniors?|adults?|"
    r"students?|seniors?|pensioners?|famil(?:y|ies)|under[- ]?\d+s?|over[- ]?\d+s?"
)
# "price for a kid", "how much is it for two adults", "cost for my kids": the price's payer.
_FOR_PERSON = re.compile(
    r"\b(?:price|prices|cost|costs|fee|fees|ticket|tickets|how\s+much|charge)\b[^?.!]*?"
    rf"\bfor\s+(?:an?|my|our|the|one|two|three|four|\d+)?\s*(?P<person>{_PERSONS})\b",
    re.IGNORECASE,
)


def asked_person(question: str) -> list[str]:
    """Index tokens of the kind of person a price question asks the price for (or none)."""
    match = _FOR_PERSON.search(question)
    return english_tokens(match["person"]) if match else []


def prices_for_unnamed_person(question: str, tokens: Set[str]) -> bool:
    """Whether the question asks a person's price and the sentence names no such person.

    Args:
        question: The user's question.
        tokens: The candidate sentence's index tokens (with its table's column headings).

    Returns:
        True when the question asks the price for a kind of person and no token of the
        sentence is a word of that person's group (in either language).
    """
    person = asked_person(question)
    if not person:
        return False
    group = set(person).union(*concept_groups(tuple(person)))
    return not group & tokens
