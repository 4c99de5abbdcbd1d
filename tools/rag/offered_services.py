""" "Do you VERB X?" asks whether a service is offered: a sentence naming X in another role
does not say.

Why this exists: "do you repair shoes too" (of an alterations shop) was answered with
"No appointment is needed to drop off hems, small repairs or zipper replacements." and
"Bring the shoes you will wear with the garment." (blind set 28): one sentence names the
act, the next the object, and the sentence before carried the act onto the one naming the
shoes. Neither says shoes are repaired. A service question ("do you VERB X", "does the
shop VERB X") is answered only by a sentence that names X (one of its
words) and either the act or whether X is taken at all ("Leather is not accepted" does
answer "do you alter leather jackets?"). Closed-class only: the question's frame and the
acceptance words, no list of services.
"""

from __future__ import annotations

import re
from functools import cache

from tools.rag.crosslingual import concept_groups
from tools.rag.textutil import english_tokens, language_of

__all__ = ["misses_offered_service", "offered_service"]

# "do you repair shoes", "does the tailor hem curtains", "do u fix …". Not "can you …",
# which also asks a generic-you permission ("can you bring dogs?", tools.rag.asked_act).
_SERVICE_QUESTION = re.compile(
    r"^\W*(?:do|does|will|would)\s+(?:you|u|ya|y'all|the\s+\w+|your\s+\w+|they)\s+"
    r"(?:(?:also|still|even|guys)\s+)?(?P<verb>[a-z]+)\s+(?P<object>[a-z' -]+)",
    re.IGNORECASE,
)
# Verbs that ask about something other than a service on a thing.
_NOT_SERVICES = frozenset(
    {
        "have",
        "has",
        "take",
        "accept",
        "open",
        "close",
        "know",
        "need",
        "think",
        "want",
        "charge",
        "offer",
        "sell",
        "give",
        "let",
        "allow",
        "tell",
        "be",
        "get",
        "go",
        "come",
        "mind",
        "recommend",
        "like",
        "deliver",
        "ship",
        "pick",
        "send",
        "include",
        "cover",
        "expire",
        "apply",
        "count",
        "require",
        "cost",
        "work",
        "mean",
        "last",
        "end",
        "start",
        "run",
        "stay",
        "keep",
        "hold",
        "provide",
        "use",
        "pay",
        "see",
        "say",
        "speak",
    }
)
# Words after the object that are no part of it.
_OBJECT_END = re.compile(
    r"\s+(?:too|also|as\s+well|here|there|for|on|at|in|with|by|from|if|when|or|and|please|"
    r"anymore|now|today)\b.*$",
    re.IGNORECASE,
)
_FILLERS = frozenset({"a", "an", "the", "my", "our", "your", "some", "any", "old", "new"})
# Whether the thing is taken at all: "not accepted", "we do not", "cannot", "only".
_ACCEPTANCE = re.compile(
    r"\b(?:accept(?:s|ed)?|take|taken|welcome|allowed|permitted|available|cannot|can't|"
    r"do\s+not|don't|does\s+not|no|only|never|refuse[sd]?)\b",
    re.IGNORECASE,
)


@cache
def offered_service(question: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The act's words and the object's tokens of a "do you VERB X?" question, else None."""
    match = _SERVICE_QUESTION.search(question)
    if match is None or not question.isascii():
        return None
    verb = match["verb"].lower()
    first = match["object"].split()[0].lower()
    if verb in _NOT_SERVICES or first in _NOT_SERVICES:
        # "does the signature package come with …": the read verb was the subject's noun.
        return None
    words = [w for w in _OBJECT_END.sub("", match["object"]).split() if w.lower() not in _FILLERS]
    objects = frozenset(t for w in words for t in english_tokens(w))
    stems = english_tokens(verb)
    if not stems or not objects:
        return None
    return concept_groups([stems[0]])[0] | {stems[0]}, objects


def misses_offered_service(question: str, sentence: str) -> bool:
    """Whether ``sentence`` cannot say if the asked service is offered.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks "do you VERB X?" and the sentence is English and names
        no word of X, or names X but neither the act nor whether X is taken.
    """
    service = offered_service(question)
    # English by its letters, not by ASCII: "Extra guitar amp £5 per session" is English.
    if service is None or language_of(sentence) != "en":
        return False
    act, objects = service
    tokens = set(english_tokens(sentence))
    if not objects & tokens:
        return True
    return not (act & tokens or _ACCEPTANCE.search(sentence))
