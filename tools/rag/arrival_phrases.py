"""When to "get to" a place asks when to arrive there.

"how early should we get to the escape room" asks how long before the start to arrive;
the rule is written "Please arrive 15 minutes before your start time". "get" is a light
verb no passage is weighed by, so the question kept only "escape room", which every
sentence of that venue's terms matches through its title, and a birthday package's
"30 minutes" was quoted. In a question asking how early or when, "get to/there/here" is
written "arrive at/there/here". "how do I get to the clinic" (the way, not the time) is
left alone: directions are written with other words than "arrive".
"""

from __future__ import annotations

import re

__all__ = ["with_arrival_verb"]

_ASKS_WHEN = re.compile(
    r"\b(?:how\s+(?:early|soon|long\s+before|many\s+minutes\s+before)|what\s+time|when)\b",
    re.IGNORECASE,
)
_GET_TO = re.compile(
    r"\bget\s+to\s+(?=(?:the|a|an|your|our|my)\b)|\b(?:get|be)\s+(?:there|here)\b", re.IGNORECASE
)


def with_arrival_verb(question: str) -> str:
    """``question`` with "get to the X" written "arrive at the X" when it asks when."""
    if not _ASKS_WHEN.search(question):
        return question

    def arrive(found: re.Match[str]) -> str:
        said = found.group(0).lower()
        if said.endswith("there") or said.endswith("here"):
            return "arrive " + said.split()[-1]
        return "arrive at "

    return _GET_TO.sub(arrive, question)
