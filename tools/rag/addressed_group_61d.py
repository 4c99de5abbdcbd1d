"""A sentence addressed to another group of people than the one the question asks about.

Why this exists: "how do visitors get the shower code" (blind set 52, a marina's guide)
was answered "The door code for the showers is changed on the first day of each month and
sent to berth holders by text." The guide writes rules for two groups, each opening its
own sentences ("Annual berth holders get …", "Visitors get it from the office when they
pay."); the quoted sentence gives the code *to* the berth holders, and the next one says
how visitors get it.

The form, structural only (no list of groups): the document's groups are the plural nouns
that open its sentences or list items, followed by a verb or a qualifier ("Visitors get",
"Annual berth holders must", "Visitors over 15 m"). A question whose subject is one of them
("how do visitors …", "can members …", "are students …") is not answered by a sentence that
names another of them as whom it is for or sent to ("to berth holders", "for members") and
never names the asked group.
"""

from __future__ import annotations

import re

from tools.rag.textutil import tokenize

__all__ = [
    "addressed_to_another_group",
    "document_groups",
    "question_group",
    "restricted_group",
    "silent_on_restricted_group",
]

# A plural noun opening a sentence or list item, up to two words before it ("Annual berth
# holders"), then a verb or a qualifier: the groups the document writes rules for.
_OPENING_GROUP = re.compile(
    r"(?:^|[.!?]\s+|\n\s*(?:[-*•]|\d+\.)?\s*)(?:[A-Za-z-]+\s+){0,2}?(?P<head>[A-Za-z]{3,}s)\s+"
    r"(?:who|that|get|gets|pay|must|may|can|cannot|can't|are|have|need|do|does|should|"
    r"over|under|aged|with|without|receive|keep|will)\b",
)
# The question's subject: the plural noun after its auxiliary ("how do visitors get").
_ASKED_GROUP = re.compile(
    r"\b(?:do|does|can|could|may|must|should|will|would|are|were)\s+(?:the\s+|all\s+)?"
    r"(?P<group>[a-z]{3,}s)\b",
    re.IGNORECASE,
)
# Whom a sentence is for or sent to: a plural noun after "to"/"for", up to two words before.
_ADDRESSED = re.compile(
    r"\b(?:to|for)\s+(?:(?:all|the|our)\s+)?(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]{3,}s)\b"
)
# Words ending in s that are no plural nouns of people or things.
_NOT_PLURALS = frozenset({"this", "thus", "its", "yes", "has", "was", "does", "is", "us", "less"})
# Off only in the test that shows what this rule changes.
use_addressed_group = True


def _term(word: str) -> str | None:
    if word.lower() in _NOT_PLURALS:
        return None
    terms = tokenize(word)
    return terms[-1] if terms else None


def document_groups(document: str) -> frozenset[str]:
    """The index terms of the groups whose rules the document's sentences open with."""
    found = (_term(m["head"]) for m in _OPENING_GROUP.finditer(document))
    return frozenset(t for t in found if t)


def question_group(question: str) -> str | None:
    """The index term of the plural subject an English question asks about, or ``None``."""
    m = _ASKED_GROUP.search(question)
    return None if m is None else _term(m["group"])


def addressed_to_another_group(question: str, sentence: str, document: str) -> bool:
    """Whether ``sentence`` is for another of the document's groups than the one asked.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence, as written.
        document: The whole text of the sentence's document.
    """
    if not use_addressed_group:
        return False
    asked = question_group(question)
    if asked is None:
        return False
    groups = document_groups(document)
    if asked not in groups or asked in tokenize(sentence):
        return False
    addressed = {_term(m["head"]) for m in _ADDRESSED.finditer(sentence.lower())}
    return any(t in groups and t != asked for t in addressed if t)


# --- a group the document restricts (blind set 54) ------------------------------------------
# "can community members book the group study rooms" was answered with the study rooms'
# check-in and food rules; the guide writes what community members cannot do ("Community
# members cannot borrow from the Law Library", "Alumni and community members cannot use
# interlibrary loans") and never names them for the rooms. For a group the document
# restricts, a sentence that names neither it nor everyone does not say the group may.

# The question's subject, modifiers allowed ("can community members", "are alumni members");
# a pronoun or a possessive after the auxiliary is no group ("can i renew books").
_ASKED_MODIFIED_GROUP = re.compile(
    r"\b(?:do|does|can|could|may|will|would|should|are|were)\s+(?:the\s+|all\s+)?"
    r"(?!(?:i|you|we|they|he|she|it|my|our|your|their|his|her|this|that|these|those|there)\b)"
    r"(?P<mods>(?:[a-z-]+\s+){0,2}?)(?P<group>[a-z]{3,}s)\b",
    re.IGNORECASE,
)
# What a sentence says a group cannot have or do.
_RESTRICTION = (
    r"\s+(?:cannot|can't|can\s+not|may\s+not|are\s+not\s+(?:allowed|eligible|permitted)|"
    r"do\s+not\s+get|don't\s+get|are\s+excluded)\b"
)
# Words a sentence names everyone with.
_EVERYONE = frozenset({"everyone", "everybody", "anyone", "anybody", "all"})
# Off only in the test that shows what this rule changes.
use_restricted_group = True


def restricted_group(question: str, document: str) -> str | None:
    """The index term of the asked group when the document says what that group cannot do.

    >>> restricted_group("can visitors borrow dvds", "Visitors cannot borrow.")
    'visitor'
    >>> restricted_group("can visitors borrow dvds", "Visitors may read in the library.")
    """
    if not use_restricted_group:
        return None
    m = _ASKED_MODIFIED_GROUP.search(question)
    if m is None or m["group"].lower() in _NOT_PLURALS:
        return None
    plural = re.escape(m["group"])
    if not re.search(rf"\b{plural}{_RESTRICTION}", document, re.IGNORECASE):
        return None
    return _term(m["group"])


def silent_on_restricted_group(question: str, sentence: str, heading: str, document: str) -> bool:
    """Whether ``sentence`` names neither the restricted group asked about nor everyone.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence, as written.
        heading: Its section's heading (a section for the group speaks of it).
        document: The whole text of the sentence's document.
    """
    asked = restricted_group(question, document)
    if asked is None:
        return False
    words = set(tokenize(f"{sentence} {heading}"))
    lowered = set(re.findall(r"[a-z]+", sentence.lower()))
    return asked not in words and not (lowered & _EVERYONE)
