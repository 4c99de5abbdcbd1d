"""The time between two clock times said with am/pm, in English, less a stated break.

"night shift from 10pm to 6:30am, how long is that", "i worked 9:30am to 6:45pm with a
1 hour lunch, how many hours": the second time is the next one after the first (so a
night shift wraps around midnight), and a lunch or break said with its length is not
worked time. Both times must carry am/pm: "from 9 to 5" could be either.
"""

from __future__ import annotations

import re

__all__ = ["span_between_clocks_en"]

_CLOCK = r"(?P<{p}h>\d{{1,2}})(?::(?P<{p}m>\d{{2}}))?\s*(?P<{p}ampm>a\.?m\.?|p\.?m\.?)(?![a-z])"
# Between the two times: "to", a dash, or an arrival said with its verb ("leaves 11:47pm
# and gets in at 7:05am", "departs 10:30pm, arrives 6:10am", set 49).
_ARRIVAL = (
    r"\s*,?\s*(?:and\s+)?(?:it\s+|we\s+|i\s+|they\s+)?(?:gets?|got|getting)\s+in"
    r"|\s*,?\s*(?:and\s+)?(?:it\s+|we\s+|i\s+|they\s+)?"
    r"(?:arriv(?:es?|ing|ed)|lands?|landing|landed|ends?|ending|ended|finish(?:es|ing|ed)?"
    r"|(?:gets?|got)\s+(?:there|back|home)|pulls?\s+in)"
)
_SPAN = re.compile(
    r"(?<![\d:])"
    + _CLOCK.format(p="a")
    + r"(?:\s*(?:to|till|til|until|thru|through|-|–)|(?:"
    + _ARRIVAL
    + r")(?:\s+(?:at|around|by))?)\s*"
    + _CLOCK.format(p="b")
)
# The question asks the length, not something else ("how long is the drive there"): the
# span itself, or the one riding it ("how long am i on it", "how long will we be on the train").
#: The length asked ahead of the span ("how long is it from …"; switched off in tests).
ASKED_BEFORE_SPAN = (
    r"|^\s*(?:so\s+|and\s+)?how\s+long(?:\s+(?:is|was|will)\s+(?:it|that|this)(?:\s+be)?)?"
    r"\s+(?:from|between)\s+\d"
)
_ASKS_LENGTH = re.compile(
    # "hrs", "hr", "h" are hours said short ("8:40am-5:05pm how many hrs is that", probes58).
    r"how\s+many\s+(?:hours|hrs?|h)(?![a-z])|how\s+long(?:\s+(?:is|was))?(?:\s+(?:that|it|this|the\s+shift))?"
    r"\s*[?.!]*\s*$"
    r"|how\s+long\s+(?:am\s+i|are\s+(?:we|you)|will\s+(?:i|we)\s+be|(?:is|was)\s+(?:the|my|our)"
    r"\s+(?:trip|ride|journey|flight|train|bus|ferry|shift|meeting|class))"
    r"(?:\s+(?:on\s+(?:it|there|the\s+\w+|board)|riding|travell?ing|in\s+transit|in\s+the\s+air"
    r"|there|for))?\s*[?.!]*\s*$"
    r"|\b(?:what'?s|what\s+is)\s+the\s+(?:travel\s+time|duration|total\s+time)\s*[?.!]*\s*$"
    # Asked first, the span after it: "how long is it from 9:40am to 6:15pm" (opens55).
    + ASKED_BEFORE_SPAN
)
_BREAK = re.compile(
    r"with\s+(?:a|an)?\s*(?P<n>\d+(?:\.\d+)?|one|half\s+an?)\s*[- ]?\s*"
    # "a 30 min unpaid lunch" (set 39) is not worked time; a paid one is not read here.
    r"(?P<unit>hours?|hrs?|h|minutes?|mins?)\s+(?:unpaid\s+)?(?:lunch|break)"
    r"|with\s+(?:a|an)\s+(?:lunch|break)\s+of\s+(?P<n2>\d+(?:\.\d+)?)\s*"
    r"(?P<unit2>hours?|hrs?|h|minutes?|mins?)"
)


_BREAK_SAID = re.compile(r"\b(?:lunch|break)\b")
# A span said once and then repeated ("from 10:45pm to 6:15am for 5 nights", "9am to 5pm
# every weekday, hours a week"): the total asked is of several spans, which this reader
# does not count; it declines rather than answer one span (it did, "7.5 h" for 5 nights).
_REPEATED = re.compile(
    r"\b(?:for|over|x|times)\s+\d+|\d+\s*(?:x|times)\b|\btwice\b"
    r"|\b(?:nights|days|shifts|weeks?|months?|weekdays|weekly|monthly)\b"
    r"|\b(?:every|each|per)\s+(?:day|night|shift|week|weekday|month)\b"
)


def _minutes(match: re.Match[str], p: str) -> int | None:
    hour, minute = int(match[f"{p}h"]), int(match[f"{p}m"] or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    pm = match[f"{p}ampm"].startswith("p")
    return (hour % 12 + (12 if pm else 0)) * 60 + minute


def _break_minutes(s: str) -> int | None:
    """The stated break in minutes (0 when none is said, None when it cannot be read)."""
    match = _BREAK.search(s)
    if match is None:
        # A lunch or break said but not read ("a 30 min unpaid lunch" was, before set 39,
        # and the shift was answered whole) is never left out silently: no reading.
        return None if _BREAK_SAID.search(s) else 0
    amount = match["n"] or match["n2"]
    unit = match["unit"] or match["unit2"]
    value = 1.0 if amount == "one" else 0.5 if amount.startswith("half") else float(amount)
    minutes = value * 60 if unit.startswith("h") else value
    return round(minutes) if minutes == round(minutes) else None


def _hours_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    hours_word = "hour" if hours == 1 else "hours"  # "1 hour 25 minutes", never "1 hours"
    words = f"{hours} {hours_word} {rest} minutes" if rest else f"{hours} {hours_word}"
    return f"{words} ({minutes / 60:g} h)"


def span_between_clocks_en(s: str) -> tuple[str, str] | None:
    """The hours and minutes from one am/pm time to the next, less a stated break.

    Args:
        s: The question, already normalised (NFKC, lower case).

    Returns:
        (answer, how) or ``None`` when the text is not such a question.
    """
    match = _SPAN.search(s)
    if match is None or _ASKS_LENGTH.search(s) is None:
        return None
    if _REPEATED.search(_BREAK.sub(" ", s[: match.start()] + " " + s[match.end() :])):
        return None
    start, end = _minutes(match, "a"), _minutes(match, "b")
    pause = _break_minutes(s)
    if start is None or end is None or pause is None:
        return None
    span = (end - start) % (24 * 60) - pause
    if span <= 0:
        return None
    how = f"{start // 60:02d}:{start % 60:02d} → {end // 60:02d}:{end % 60:02d}"
    how += f" less {pause} min = {span} min" if pause else f" = {span} min"
    return _hours_text(span), how
