"""A date counted from an event's date, said around the event: said plainly for the date readers.

Blind set 48 (turns48): "wedding is june 8 2030 and invites should go out 30 days before.
what date is that" and "return window is 90 days from feb 10 2030, last day?" were declined
as document questions, while "what date is 30 days before june 8 2030" and "what date is 90
days from feb 10 2030" are read. The event's own words (the wedding, the window) and the
question for the date at the end ("what date is that", "last day?") wrap the same count.

Only one full date (month name, day, four-digit year) and one count of days or weeks with
its direction (before/after/from/prior/earlier/later) are read, with a question for a date
at the end; the sentence is said as "what date is N days before <date>".
"""

from __future__ import annotations

import re

__all__ = ["event_offset_said_plainly"]

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = rf"(?P<date>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
_COUNT = r"(?P<n>\d+)\s+(?P<u>days?|weeks?)"
# "90 days from feb 10 2030": the count and its date together.
_COUNT_THEN_DATE = re.compile(rf"{_COUNT}\s+(?P<dir>from|after|before|prior\s+to)\s+{_DATE}")
# "june 8 2030 … 30 days before": the date first, the count after with no date of its own.
_DATE_THEN_COUNT = re.compile(
    rf"{_DATE}\b.*?\b{_COUNT}\s+(?P<dir>before|after|earlier|later|prior|ahead)\b(?![^.?!]*\d)"
)
_ASKS_DATE = re.compile(
    r"(?:what|which)\s+(?:date|day)(?:\s+(?:is|would|will|does)\s+(?:that|it|be|fall))?"
    # "whats the date 90 days after aug 17 2031" (set 55): the date asked with its article.
    r"|\bwhat(?:'?s|\s+is|\s+will\s+be|\s+would\s+be)\s+the\s+date\b"
    r"|\blast\s+day\b|\bdeadline\b|\bwhen\s+(?:is|would|will|do|should)\b",
)
_FULL_DATE = re.compile(_DATE)
_AFTER = ("from", "after", "later")
_DIRECTION = {
    word: "after" if word in _AFTER else "before"
    for word in (*_AFTER, "ahead", "before", "earlier", "prior", "prior to")
}


def event_offset_said_plainly(s: str) -> str:
    """``s`` as "what date is N days before <date>" when it is that question; else ``s``.

    Args:
        s: The question, normalised (NFKC, lower case).
    """
    if len(_FULL_DATE.findall(s)) != 1 or _ASKS_DATE.search(s) is None:
        return s
    m = _COUNT_THEN_DATE.search(s) or _DATE_THEN_COUNT.search(s)
    if m is None or len(re.findall(r"\d+\s+(?:days?|weeks?)\b", s)) != 1:
        return s
    direction = _DIRECTION[" ".join(m["dir"].split())]
    return f"what date is {m['n']} {m['u']} {direction} {m['date']}"
