"""A trip to a client or a conference is a trip for work: the setting of the rule.

Why: "are tolls covered when I drive to a client" and "do I need receipts for tolls when
I drive to a conference" were declined with "not in the documents: client" (and
"conference"), though the expense policy states "Parking and tolls are reimbursed with a
receipt". :mod:`tools.rag.scene_words` already reads "when i drive for work" as the
setting of a workplace rule (why the asker drives, not what the rule is about). Driving
to a client, a customer, a conference or a meeting says the same: the trip is made for
work. So in a clause opened by when / if / while and the asker ("when I drive to a
client", "if we fly to the conference"), a verb of travelling and a work destination
after its "to" are scenery.

Closed-class only, the destination too: a place of one's own errand ("when I go to the
cinema") is no setting, it is where the asked thing is ("is parking free when I go to the
cinema" must never be answered with the clinic's parking). Like all scenery, a word is
only excused when the collection never holds it (a consultancy's guide that writes about
its clients keeps "client" a topic), and a scene word only lets a quoted sentence answer:
with none, the documents still decline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.models import Passage
from tools.rag.textutil import english_tokens

__all__ = ["travel_setting_terms", "trip_setting_unknowns"]

# Verbs of making a trip, in the forms an asker uses of their own trip.
_TRAVEL_VERBS = (
    r"drive|drives|driving|drove|go|goes|going|went|travel|travels|travelling|traveling"
    r"|fly|flies|flying|flew|commute|commuting"
)
# Places one travels to for work: a client's or a customer's (their site or office too),
# a conference, a business meeting, a seminar, a trade fair. Not an office or a branch
# alone: "when I go to the office" may ask about that office's own parking.
_WORK_DESTINATIONS = (
    r"(?:clients?|customers?)(?:'s?)?(?:\s+(?:site|sites|office|offices|premises))?"
    r"|conferences?|meetings?|seminars?|trade\s+(?:fairs?|shows?)"
)
_CLAUSE = re.compile(
    rf"\b(?:when|if|while|whenever)\s+(?:i|we)(?:'m|\s+am|\s+are|'re|\s+have\s+to|\s+need\s+to)?"
    rf"\s+(?P<verb>{_TRAVEL_VERBS})\s+(?:(?:out|over|up|down|all\s+the\s+way)\s+)?to\s+"
    r"(?:a|an|the|my|our|some|another)\s+"
    rf"(?P<place>{_WORK_DESTINATIONS})"
    r"(?=\s*(?:[?.!,;]|$)|\s+(?:and|or|but|for|in|on|at|by|with|too|do|does|can|is|are)\b)",
    re.IGNORECASE,
)


# The work trip named as a noun phrase: "from a client visit", "on a customer trip".
_TRIP_PHRASE = re.compile(
    r"\b(?:from|on|during|after|for)\s+(?:a|an|the|my|our|some|that|this)\s+"
    r"(?P<place>clients?|customers?)(?:'s?)?\s+(?P<kind>visits?|meetings?|trips?)\b",
    re.IGNORECASE,
)


def travel_setting_terms(question: str) -> frozenset[str]:
    """Index tokens of the travelling verb and the destination in a circumstance clause.

    Args:
        question: The user's question as typed (English; other text gives nothing).

    Returns:
        The stems of "drive" and "client" of "... when I drive to a client", empty when
        the question has no such clause.
    """
    found: set[str] = set()
    for match in _CLAUSE.finditer(question):
        for word in (match["verb"], match["place"]):
            found.update(english_tokens(word))
    for match in _TRIP_PHRASE.finditer(question):
        found.update(english_tokens(f"{match['place']} {match['kind']}"))
    return frozenset(found)


# Words of a rule about a trip's costs (index stems): the rule a work trip is the setting of.
_TRIP_RULE = frozenset(
    english_tokens("reimbursed reimbursement expense expenses claim claims allowance mileage")
    + english_tokens("travel travelling trip trips business")
)


def trip_setting_unknowns(
    question: str, unknown: Sequence[str], passages: Sequence[Passage]
) -> list[str]:
    """The unknown terms of a work trip's circumstance clause, when the rule is a trip's.

    Args:
        question: The user's question as typed.
        unknown: Its terms the collection holds in neither language.
        passages: The retrieved passages, best first.

    Returns:
        The unknown terms among :func:`travel_setting_terms` and the travelling verb, when
        the best passage states a rule on a trip's costs (it names reimbursing, claims, an
        allowance, mileage or travel); else empty. A venue's page ("free parking in the
        basement garage") is no such rule: the destination is then where the asked thing
        is, never scenery.
    """
    setting = travel_setting_terms(question)
    excused = [t for t in unknown if t in setting]
    if not excused or not passages:
        return []
    best = set(english_tokens(f"{passages[0].heading or ''} {passages[0].text}"))
    if not best & _TRIP_RULE:
        return []
    # The travelling verb too, held or not: the rule is for the trip, whatever its means
    # ("drive" reaches a policy's "own car" only through the vocabulary).
    verbs = {t for m in _CLAUSE.finditer(question) for t in english_tokens(m["verb"])}
    return [*excused, *sorted(verbs - set(excused))]
