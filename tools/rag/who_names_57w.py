"""Whether a sentence names who: a person, a desk, a team, not only a place.

Why: "who do i book hotels through" over the expense policy quoted "Hotel stays are
reimbursed up to 120,000 won per night in Seoul and 90,000 won per night elsewhere.":
the person check took any capitalised word inside a sentence for a name, and "Seoul" is
a city. A name that a preposition of place or time governs ("in Seoul", "at Gangnam
Station", "near Busan and Daegu", "on Monday") says where or when, never who; only a
name outside such a phrase may be a person or an organisation.

Who one goes through is often no person but a service: "Book through the travel desk",
"ask the HR team", "the finance office approves it". A desk, team, office or department
with a word naming it (not "the office" alone, a room) answers who as a named person
does. A word of the question is no evidence ("who is at the front desk?" is not answered
by a sentence that only mentions the front desk again).
"""

from __future__ import annotations

import re

__all__ = ["names_who"]

# Off only to show what the rule changes (its tests switch it off).
use_who_names = True

_NAME = r"[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)*"
# In English text a capitalised word (not sentence-initial) can be a person or a place.
_PROPER_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][\w'.-]+")
# A name governed by a preposition of place or time, with the names listed after it:
# "in Seoul", "at Gangnam Station", "near Busan, Daegu and Gwangju", "on Monday".
_PLACE_OR_TIME_NAME = re.compile(
    r"\b(?i:in|at|on|near|outside|inside|around|across|throughout|within|until|during)\s+"
    rf"(?:(?i:the)\s+)?{_NAME}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?{_NAME})*"
)
# A service that does something for the asker, named by a word before it: "the travel
# desk", "your HR team", "the accounts department", "the finance office", "front desk".
_SERVICE = re.compile(
    r"\b(?:(?:the|a|an|your|our|their|its)\s+(?:[\w&-]+\s+){1,2}|front\s+|help\s+|service\s+)"
    r"(?:desks?|teams?|offices?|departments?)\b",
    re.IGNORECASE,
)


def names_who(sentence: str, question: str = "") -> bool:
    """Whether ``sentence`` names a person or service by name, not only a place or day.

    Args:
        sentence: The candidate answer sentence (English words; other text gives nothing).
        question: The question: a service it names itself is no evidence.

    Returns:
        True for "Contact Ms. Park", "Book through the travel desk"; False for "... per
        night in Seoul and 90,000 won elsewhere".
    """
    if not use_who_names:
        return bool(_PROPER_NAME.search(sentence))
    if _PROPER_NAME.search(_PLACE_OR_TIME_NAME.sub(" ", sentence)):
        return True
    asked = question.lower()
    return any(not asked or m.group(0).lower() not in asked for m in _SERVICE.finditer(sentence))
