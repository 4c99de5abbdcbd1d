"""A date said as when something ends, then "how many days is that from" another (set 43).

"my visa expires nov 30 2028, how many days is that from aug 15 2028" asks the days from
Aug 15 to Nov 30 (107). The date reader reads "how many days from A to B"; said this way
round, with "that" pointing back at the end date, it was read by nothing and the turn went
to a model. The question is restated as "how many days from A to B" when the end date is
what a thing does on it ("expires", "ends", "is due", "runs out" ...) and the count asked
points back at it ("is that from", "is it from", "away is that from").
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["end_said_before_count_from"]

# A date the reader knows, as the question says it after normalising ("november 30, 2028").
_DATE = (
    r"(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|\d{1,2}\s+[a-z]{3,9}(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2})"
)
_END_THEN_FROM = LazyPattern(
    r"^(?P<lead>[^?,]*?)\b(?:expires?|ends?|is\s+due|are\s+due|runs?\s+out|finishes|closes"
    r"|starts?|begins?|is\s+on|falls\s+on)\s+(?:on\s+)?"
    rf"(?P<end>{_DATE})\s*[,;.]?\s*(?:so\s+)?how\s+many\s+(?P<unit>days|weeks)\s+"
    r"(?:is\s+(?:that|it)|away\s+is\s+(?:that|it)|is\s+(?:that|it)\s+away)\s+from\s+"
    rf"(?P<start>{_DATE})\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def end_said_before_count_from(text: str) -> str:
    """ "how many days from aug 15 2028 to nov 30 2028" for the end said first, else ``text``.

    Args:
        text: The normalised, lower-cased question.
    """
    said = _END_THEN_FROM.match(text.strip())
    if said is None:
        return text
    return f"how many {said['unit']} from {said['start']} to {said['end']}"
