"""How many the asker's party is, held against a group threshold the passage states.

"we are 9 adults, is there a group rate?" states a figure, 9, and a passage must write
every figure a question states to be quoted (a figure usually picks the case asked:
"3.5 hours", "rule 7"). But the party's size is the asker's case, held against the rule's
threshold: "Groups of 8 or more adults get 10% off" answers it without ever writing 9.
A party size ("we are N adults", "there are N of us", "a group of N", "for N people")
met by an open threshold the passage states for people ("N or more", "at least N",
"up to N", "groups of N+") is taken out of the figures the passage must write.
"""

from __future__ import annotations

import re

__all__ = ["without_met_group_sizes"]

_PEOPLE = (
    r"(?:adults?|people|persons?|guests?|members?|students?|kids?|children|passengers?|"
    r"players?|visitors?|friends?)"
)
# The asker's party: "we are 12 adults", "there are 5 of us", "a group of 15", "for 6 people";
# a figure without a people noun ("for 3 days") is no party.
_PARTY = re.compile(
    rf"\b(?:(?:we\s+are|we're|there\s+are|there\s+will\s+be|for)\s+(?P<n>\d+)\s+"
    rf"(?:of\s+us|{_PEOPLE})|(?:group|party)\s+of\s+(?P<m>\d+))\b",
    re.IGNORECASE,
)
# A threshold for people: "10 or more adults", "at least 10 guests", "groups of 10 or more".
# Not "18+ guests" nor "children of 12 or more": those are ages, and a party of 20 does
# not meet an age limit of 18.
_AT_LEAST = re.compile(
    rf"\b(?:(?P<a>\d+)\s+or\s+more\s+(?:paying\s+)?{_PEOPLE}|"
    rf"at\s+least\s+(?P<b>\d+)\s+{_PEOPLE}|"
    rf"(?:groups?|parties|(?!child|kid){_PEOPLE})\s+of\s+(?P<c>\d+)\s*(?:or\s+more|\+))",
    re.IGNORECASE,
)
_AT_MOST = re.compile(
    rf"\b(?:up\s+to|at\s+most|maximum\s+of|max\.?)\s+(?P<n>\d+)\s+{_PEOPLE}", re.IGNORECASE
)


def _met(size: int, passage: str) -> bool:
    for found in _AT_LEAST.finditer(passage):
        low = int(found["a"] or found["b"] or found["c"])
        if size >= low:
            return True
    return any(size <= int(found["n"]) for found in _AT_MOST.finditer(passage))


def without_met_group_sizes(question: str, passage: str) -> str:
    """The question without each party size the passage's threshold for people covers.

    Args:
        question: The user's question (the figures it states).
        passage: The passage's heading and text.

    Returns:
        The question with such party sizes' figures replaced by a space.
    """
    if not question.isascii():
        return question
    out = question
    for found in reversed(list(_PARTY.finditer(question))):
        group = "n" if found["n"] else "m"
        if _met(int(found[group]), passage):
            out = out[: found.start(group)] + " " + out[found.end(group) :]
    return out
