"""The transport service an English question names as whose fact it asks.

"Is there a family ticket for the city express?" asks about the shuttle's tickets. A
clinic's visitor page that says "ask for a parking ticket at the reception desk" matches
"ticket" well, yet it never names an express, a shuttle or a bus: it states another
service's rule (blind set 22 was answered with the clinic's parking ticket). Like a
venue (:mod:`tools.rag.english_venue`, "parking at the museum") or a possessor ("the
pharmacy's hours"), the service is held to the document: a passage whose document never
names it does not answer.

Closed-class only: a transport noun (shuttle, bus, ferry …) after "for/on/of/aboard the"
(or this/that/your), with at most one name word before it ("the city express", "the
night bus"), so "for the first hour" or "on the weekend" name no service. Two different
services in one question ("is the ferry cheaper than the bus?") do not say whose fact.
"""

from __future__ import annotations

import re

from tools.rag.textutil import tokenize

__all__ = ["named_service"]

_SERVICE_NOUNS = (
    "shuttle|shuttles|bus|buses|express|ferry|ferries|train|trains|tram|coach|cruise|"
    # "can i pay cash on the boat": a boat is a service as a ferry is (blind set 33).
    "boat|boats|ship|vessel"
)
_SERVICE = re.compile(
    r"\b(?:for|on|of|aboard|onboard)\s+(?:the|this|that|your|ur)\s+"
    rf"(?:[a-z]+\s+)?({_SERVICE_NOUNS})\b",
    re.IGNORECASE,
)


def named_service(question: str) -> str | None:
    """The transport noun an English question names after a preposition, if one.

    Args:
        question: The user's question.

    Returns:
        The noun as a search term ("express" of "a family ticket for the city express"),
        or ``None`` when the question names no service or two different ones.
    """
    found = {tokenize(m.group(1))[0] for m in _SERVICE.finditer(question) if tokenize(m.group(1))}
    return found.pop() if len(found) == 1 else None
