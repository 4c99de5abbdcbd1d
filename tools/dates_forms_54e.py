"""Date and clock forms of set 45, read whole or not at all.

- "what weekday does 2031 start on", "what day did 2030 end on": the weekday of a year's
  first (or last) day.
- "how many days from sept 1 to halloween in 2030": a span whose year is said once, after
  it ("in 2030"), is the span with that year written on its end (the shared-year rule
  then gives the start the same year).
- "72 hours after monday 9am is when", "monday 9am plus 36 hours": a weekday and a clock
  time moved by whole hours (or minutes); the answer is the weekday and the time.
- "train leaves 10:45 gets in 13:20 how long is the ride": the length between two
  24-hour times said as a departure and an arrival, read only when the second is later
  the same day (two times in the same half of a 12-hour day give the same length);
  "leaves 11:00 gets in 1:30" could be over noon or over midnight and is not read.

Anything else is ``None`` (or the text unchanged), so the other date readers go on.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from core.lazy_regex import LazyPattern

__all__ = [
    "age_asked_as_span",
    "clock_moved_from_weekday",
    "span_between_24h_times",
    "year_said_after_span",
    "year_start_weekday",
]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = r"(?P<wd>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"

_YEAR_EDGE = LazyPattern(
    r"^\s*(?:so\s+|and\s+)?(?:on\s+)?(?:what|which)\s+(?:week\s*)?day(?:\s+of\s+the\s+week)?\s+"
    r"(?:does|did|will)\s+(?P<y>\d{4})\s+(?P<edge>start|begin|end|finish)(?:\s+on)?\s*[?.!]*\s*$"
)


def year_start_weekday(s: str) -> tuple[date, str] | None:
    """(the day, "start"/"end") for "what weekday does 2031 start on", else ``None``.

    Args:
        s: The question, normalised (NFKC, lower case).
    """
    m = _YEAR_EDGE.match(s)
    if m is None:
        return None
    year = int(m["y"])
    if not 1 <= year <= 9999:
        return None
    if m["edge"] in ("start", "begin"):
        return date(year, 1, 1), "start"
    return date(year, 12, 31), "end"


# "… to halloween in 2030", "… and oct 31, in 2030": one year said after the span.
_SPAN_THEN_YEAR = LazyPattern(
    r"^(?P<q>(?:how\s+many\s+(?:days|weeks)|days)\s+(?:are\s+there\s+|is\s+it\s+)?"
    r"(?:from|between)\s+(?P<a>[a-z0-9' .]+?)\s+(?:to|until|till|and)\s+(?P<b>[a-z0-9' .]+?))"
    r"\s*,?\s+in\s+(?P<y>\d{4})\s*(?P<tail>[?.!]*)\s*$"
)
_HAS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


# An age in days or weeks between a birth date and another date (opens55e, set 46): "baby
# was born jan 5 2029, how many weeks old is she on april 20 2029" is the span between the
# two, asked as "how many weeks between jan 5 2029 and april 20 2029".
_SUBJECT = r"(?:(?:my|our|the|her|his)\s+)?[a-z]+(?:\s+[a-z]+)?"
_BORN = r"(?:was\s+|were\s+|got\s+)?born\s+(?:on\s+)?(?P<a>[a-z0-9 ,./-]+?)"
_OLD_ON = (
    r"how\s+many\s+(?P<u>days|weeks)\s+old\s+(?:is|was|will)\s+(?:he|she|it|they|the\s+baby|[a-z]+)"
    r"\s+(?:be\s+)?(?:on|by)\s+(?P<b>[a-z0-9 ,./-]+?)"
)
# The same asked first, the birth date after ("… on march 1 2030 if he was born dec 12").
_OLD_ON_2 = _OLD_ON.replace("(?P<u>", "(?P<u2>").replace("(?P<b>", "(?P<b2>")
_BORN_2 = _BORN.replace("(?P<a>", "(?P<a2>")
_AGE_ON = LazyPattern(
    rf"^\s*(?:{_SUBJECT}\s+)?{_BORN}\s*[,.;]\s*(?:so\s+)?{_OLD_ON}\s*[?.!]*\s*$"
    rf"|^\s*{_OLD_ON_2}\s*,?\s*(?:if|since|when)\s+(?:he|she|it|they|[a-z]+)\s+{_BORN_2}"
    r"\s*[?.!]*\s*$"
)


def age_asked_as_span(s: str) -> str:
    """``s`` as the span between the birth date and the date asked, or unchanged."""
    m = _AGE_ON.match(s)
    if m is None:
        return s
    born, on, unit = m["a"] or m["a2"], m["b"] or m["b2"], m["u"] or m["u2"]
    if not re.search(r"\d", born) or not re.search(r"\d", on):
        return s  # a date with no figure ("born yesterday") is no date read here
    return f"how many {unit} between {born.strip(' ,')} and {on.strip(' ,')}"


def year_said_after_span(s: str) -> str:
    """``s`` with the year said after a span written on its end, or ``s`` unchanged.

    Neither end may name a year of its own (the year after them would then be a third).
    """
    m = _SPAN_THEN_YEAR.match(s)
    if m is None or _HAS_YEAR.search(m["a"]) or _HAS_YEAR.search(m["b"]):
        return s
    return f"{m['q']} {m['y']}{m['tail']}"


_CLOCK = r"(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)(?![a-z])"
_SPAN = r"(?P<n>\d{1,3})\s*(?P<u>hours?|hrs?|minutes?|mins?|days?)"
_ASKS_WHEN = (
    r"(?:\s*,?\s*(?:is\s+)?(?:when|what\s+(?:day|time)(?:\s+and\s+time)?)(?:\s+is\s+(?:that|it))?)?"
)
_AFTER_WEEKDAY = LazyPattern(
    r"^\s*(?:so\s+|and\s+)?(?:what(?:'s|\s+is)\s+|when\s+is\s+|what\s+(?:day|time)\s+is\s+(?:it\s+)?)?"
    rf"{_SPAN}\s+(?P<side>after|from|before)\s+(?:on\s+)?{_WD}\s+(?:at\s+)?{_CLOCK}"
    rf"{_ASKS_WHEN}\s*[?.!]*\s*$"
)
_WEEKDAY_PLUS = LazyPattern(
    rf"^\s*(?:what(?:'s|\s+is)\s+)?{_WD}\s+(?:at\s+)?{_CLOCK}\s+(?P<side>plus|\+|minus|-)\s+"
    rf"{_SPAN}{_ASKS_WHEN}\s*[?.!]*\s*$"
)


def clock_moved_from_weekday(s: str) -> tuple[str, str] | None:
    """("Thursday 9:00 AM", how) for "72 hours after monday 9am", else ``None``.

    Args:
        s: The question, normalised (NFKC, lower case).
    """
    m = _AFTER_WEEKDAY.match(s) or _WEEKDAY_PLUS.match(s)
    if m is None:
        return None
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    wd = next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(m["wd"][:3]))
    hour = hour % 12 + (12 if m["ampm"].startswith("p") else 0)
    # Any week does: a Monday of a fixed week, so only the weekday and time are shown.
    start = datetime(2024, 1, 1 + wd, hour, minute)  # 2024-01-01 was a Monday
    n, unit = int(m["n"]), m["u"]
    step = (
        timedelta(days=n)
        if unit.startswith("d")
        else timedelta(hours=n)
        if unit.startswith("h")
        else timedelta(minutes=n)
    )
    back = m["side"] in ("before", "minus", "-")
    end = start - step if back else start + step
    shown = f"{_WEEKDAYS[end.weekday()].capitalize()} {_clock12(end)}"
    how = (
        f"{_WEEKDAYS[wd].capitalize()} {_clock12(start)} {'-' if back else '+'} {n} {unit}"
        f" = {shown}"
    )
    return shown, how


def _clock12(t: datetime) -> str:
    hour = t.hour % 12 or 12
    return f"{hour}:{t.minute:02d} {'PM' if t.hour >= 12 else 'AM'}"


_T24 = r"(?P<{p}h>\d{{1,2}}):(?P<{p}m>\d{{2}})(?!\s*[ap]\.?m|[\d:])"
_LEAVES = r"(?:leaves?|leaving|departs?|departing|starts?|goes|left|takes\s+off)"
_ARRIVES = r"(?:gets?\s+in|arrives?|arriving|lands?|landing|gets?\s+there|ends?|reaches)"
_DEPART_ARRIVE = LazyPattern(
    rf"(?<![\d:]){_LEAVES}\s+(?:at\s+)?{_T24.format(p='a')}\s*(?:,|and)?\s*(?:it\s+)?"
    rf"{_ARRIVES}\s+(?:at\s+)?{_T24.format(p='b')}"
)
_ASKS_LENGTH = LazyPattern(
    r"how\s+long\s+(?:is|was|will)\s+(?:the|that|this|it|my)\b|how\s+long\s+(?:is\s+)?(?:that|it)"
    r"\s*[?.!]*\s*$|how\s+many\s+(?:hours|minutes)|how\s+long\s*[?.!]*\s*$"
)
_ANY_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def span_between_24h_times(s: str) -> tuple[str, str] | None:
    """("2 hours 35 minutes (…)", how) for "leaves 10:45 gets in 13:20 how long", else ``None``.

    Args:
        s: The question, normalised (NFKC, lower case).
    """
    m = _DEPART_ARRIVE.search(s)
    if m is None or _ASKS_LENGTH.search(s) is None or len(_ANY_CLOCK.findall(s)) != 2:
        return None
    ah, am, bh, bm = int(m["ah"]), int(m["am"]), int(m["bh"]), int(m["bm"])
    if ah > 23 or bh > 23 or am > 59 or bm > 59:
        return None
    start, end = ah * 60 + am, bh * 60 + bm
    if end <= start:
        return None  # over midnight or the other half of the day: not read
    span = end - start
    hours, rest = divmod(span, 60)
    words = f"{hours} hours {rest} minutes" if rest else f"{hours} hours"
    if hours == 0:
        words = f"{rest} minutes"
    how = f"{ah:02d}:{am:02d} → {bh:02d}:{bm:02d} = {span} min"
    return f"{words} ({span} min)", how
