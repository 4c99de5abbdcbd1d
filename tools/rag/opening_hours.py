"""A place's hours (when it is open) are not an hour counted ("enter one hour early").

"what are the museum's hours on saturday" was answered with "Family and Patron members
may enter one hour early, from 9:00 to 10:00, on Saturdays only": the light stemmer
reads "hours" and "one hour" as one token, so the members' early hour matched the
question's opening hours as well as the day did. "Hours" with no number before it is
the time a place keeps; "an hour", "2 hours" count time. A sentence whose every hour
is counted states a duration, not the hours asked about. "Open 24 hours" is the one
count that does say when a place is open.
"""

from __future__ import annotations

import re

_COUNT = (
    r"(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|half an?|few|several|many|extra|more|additional)"
)
# Hours a place keeps are its own ("the museum's hours") or of a kind ("opening hours",
# "what hours"); "the least amount of hours" counts them.
_KEPT_HOURS = re.compile(
    r"(?:'s|\b(?:opening|business|visiting|visitor|office|operating|working|service|the|what|"
    r"which))\s+hours\b",
    re.IGNORECASE,
)
_ANY_HOUR = re.compile(r"\bhours?\b", re.IGNORECASE)
_COUNTED_HOUR = re.compile(rf"\b{_COUNT}[\s-]+hours?\b", re.IGNORECASE)
_ROUND_THE_CLOCK = re.compile(r"\b24[\s-]*hours?\b", re.IGNORECASE)
_HOW_LONG = re.compile(r"\bhow\s+(?:long|many)\b", re.IGNORECASE)


def asks_opening_hours(question: str) -> bool:
    """Whether an English question names hours kept ("the museum's hours"), not counted."""
    return not _HOW_LONG.search(question) and bool(_KEPT_HOURS.search(question))


def counts_hours_only(question: str, sentence: str) -> bool:
    """Whether the sentence's hours are all counted while the question asks for hours kept.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks for a place's hours and every "hour" of the
        sentence is a count of time ("one hour early"), none of them "24 hours".
    """
    if not asks_opening_hours(question) or _ROUND_THE_CLOCK.search(sentence):
        return False
    hours = len(_ANY_HOUR.findall(sentence))
    return hours > 0 and hours == len(_COUNTED_HOUR.findall(sentence))


# The words that ask for hours kept ("opening hours", "when does it close").
_HOURS_FRAME = frozenset({"open", "hour", "clos", "close"})


def hours_frame_terms(question: str) -> frozenset[str]:
    """The index tokens that only frame a question asking a place's hours, else none.

    "what are the museum's opening hours" asks for the hours: "open" names no item, so
    the general row ("- Tuesday to Sunday: 10:00–17:00") is not another row's item for
    lacking the word that "- Thursday late opening: 10:00–21:00" happens to hold.
    """
    return _HOURS_FRAME if asks_opening_hours(question) else frozenset()
