"""Time zones by city, and a clock time in one city read in another.

"When it's 3 p.m. in Seoul on January 15, 2027, what time is it in New York?" states a
time: it asks a conversion, not the current time (the time tool had answered with the
current time in Seoul). The rule: a request naming a clock time and two cities converts
that time from the first city named to the other, on the date stated (today if none),
with the zone rules of that date (so summer time counts).

The city table is shared with ``agents.mcp_dispatch``, which picks the zone of a
question for the current time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo, available_timezones

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_MONTHS

__all__ = [
    "ZONES",
    "clock_in_another_place",
    "clock_in_other_zone",
    "clock_times",
    "on_another_date",
    "states_a_date",
    "states_clock_time",
    "zones_named",
]

#: Zones by the names people write for their city or country.
ZONES = {
    "seoul": "Asia/Seoul",
    "서울": "Asia/Seoul",
    "korea": "Asia/Seoul",
    "한국": "Asia/Seoul",
    "tokyo": "Asia/Tokyo",
    "도쿄": "Asia/Tokyo",
    "도쿄의": "Asia/Tokyo",
    "new york": "America/New_York",
    "뉴욕": "America/New_York",
    "london": "Europe/London",
    "런던": "Europe/London",
    "paris": "Europe/Paris",
    "파리": "Europe/Paris",
    "los angeles": "America/Los_Angeles",
    "la": "America/Los_Angeles",
    "로스앤젤레스": "America/Los_Angeles",
    "utc": "UTC",
    "협정 세계시": "UTC",
    # Korean names of cities whose zone is named after them (English names are looked up
    # among the IANA zone names themselves).
    "싱가포르": "Asia/Singapore",
    "홍콩": "Asia/Hong_Kong",
    "상하이": "Asia/Shanghai",
    "베이징": "Asia/Shanghai",
    "타이베이": "Asia/Taipei",
    "방콕": "Asia/Bangkok",
    "자카르타": "Asia/Jakarta",
    "마닐라": "Asia/Manila",
    "두바이": "Asia/Dubai",
    "시드니": "Australia/Sydney",
    "베를린": "Europe/Berlin",
    "로마": "Europe/Rome",
    "마드리드": "Europe/Madrid",
    "모스크바": "Europe/Moscow",
    "시카고": "America/Chicago",
    "밴쿠버": "America/Vancouver",
    "토론토": "America/Toronto",
    # India's one zone is named after Kolkata; people name Mumbai, Delhi or the country (set 45).
    "mumbai": "Asia/Kolkata",
    "뭄바이": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "델리": "Asia/Kolkata",
    "india": "Asia/Kolkata",
    # (Not "인도": Korean names match with no right boundary, and 인도네시아 begins with it.)
}
# Every IANA zone by its city, spelled as people write it ("singapore", "los angeles").
_IANA_CITIES = {
    zone.rsplit("/", 1)[-1].replace("_", " ").lower(): zone
    for zone in sorted(available_timezones())
    if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "US/"))
}
# "3 p.m.", "3:30pm", "15:00", "오후 3시 30분"; "noon", "자정" (set 30: "noon in sydney"
# read no time, and the time tool's reply for Sydney now stood in for January's noon).
_CLOCK = LazyPattern(
    r"\b(?P<named>noon|midday|midnight)\b|(?P<ko_named>정오|자정)"
    r"|(?<![\d:])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
    r"|(?<![\d:])(?P<h24>\d{1,2}):(?P<m24>\d{2})(?![\d:])"
    r"|(?P<ko_ampm>오전|오후|아침|저녁|밤)?\s*(?P<ko_h>\d{1,2})\s*시(?!간)(?:\s*(?P<ko_m>\d{1,2})\s*분|\s*(?P<half>반))?",
    re.IGNORECASE,
)
_ON_DATE = LazyPattern(
    r"(?P<y>\d{4})\s*년\s*(?P<mo>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"
    r"|(?P<en_mo>january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
    r"\s+(?P<en_d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(?P<en_y>\d{4}))?(?!\d)"
    # "12 jan 2028", "the 5th of October" (set 35: the day first went to the documents).
    r"|(?<![\d:])(?P<d_first>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mo_after>january|february"
    r"|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr"
    r"|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?:,?\s*(?P<y_after>\d{4}))?(?!\d)",
    re.IGNORECASE,
)
# A year written anywhere: a request naming one the date reader did not read must not be
# answered for today ("6pm on the 5th of Oct 2027" is not today's 6 p.m.).
_A_YEAR = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MONTHS = ENGLISH_MONTHS


@functools.cache
def _city_pattern(name: str) -> re.Pattern[str]:
    # Compiled once per city: the ~530 names outnumber re's own cache (512 patterns), so
    # building them in the loop recompiled every one on every call and pushed the other
    # modules' patterns out of that cache too.
    return re.compile(rf"(?<![\w]){re.escape(name)}(?![a-z])")


def zones_named(text: str) -> list[str]:
    """The zones of the cities ``text`` names, in the order it names them (each once)."""
    lowered = text.lower()
    found: list[tuple[int, str]] = []
    for table in (ZONES, _IANA_CITIES):
        for name, zone in table.items():
            for m in _city_pattern(name).finditer(lowered):
                found.append((m.start(), zone))
    zones: list[str] = []
    for _, zone in sorted(found):
        if zone not in zones:
            zones.append(zone)
    return zones


def states_a_date(text: str) -> bool:
    """Whether ``text`` names a calendar date or a year ("january 15 2027", "2027년 3월 5일")."""
    return _ON_DATE.search(text) is not None or _A_YEAR.search(text) is not None


def states_clock_time(text: str) -> bool:
    """Whether ``text`` states a clock time of its own ("3 p.m.", "오후 3시")."""
    return _CLOCK.search(text) is not None


def clock_times(text: str) -> list[tuple[int, int]]:
    """Every clock time ``text`` states, as (hour on the 24-hour clock, minute).

    "10:30 PM" is (22, 30), "오후 3시 반" (15, 30); a time written without a.m./p.m.
    ("10:30", "10시") keeps the hour as written, so a reader comparing two times must
    allow the 12-hour reading of either.
    """
    return [hm for m in _CLOCK.finditer(text) if (hm := _hour_minute(m)) is not None]


def _hour_minute(m: re.Match[str]) -> tuple[int, int] | None:
    named = (m["named"] or m["ko_named"] or "").lower()
    if named:
        return (0, 0) if named in ("midnight", "자정") else (12, 0)
    if m["h"] is not None:
        hour, minute = int(m["h"]), int(m["m"] or 0)
        pm = m["ampm"].lower().startswith("p")
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if pm else 0)
    elif m["h24"] is not None:
        hour, minute = int(m["h24"]), int(m["m24"])
    else:
        hour, minute = int(m["ko_h"]), 30 if m["half"] else int(m["ko_m"] or 0)
        if m["ko_ampm"] in ("오후", "저녁", "밤") and hour < 12:
            hour += 12
    return (hour, minute) if hour < 24 and minute < 60 else None


def _date_of(text: str, today: date) -> date | None:
    m = _ON_DATE.search(text)
    if m is None:
        return None if _A_YEAR.search(text) else today
    try:
        if m["y"]:
            return date(int(m["y"]), int(m["mo"]), int(m["d"]))
        said_year, said_month = m["en_y"] or m["y_after"], m["en_mo"] or m["mo_after"]
        year = int(said_year) if said_year else today.year
        month = next(i for i, name in enumerate(_MONTHS) if name.startswith(said_month.lower()))
        return date(year, month + 1, int(m["en_d"] or m["d_first"]))
    except ValueError:
        return None


def clock_in_other_zone(text: str, today: date) -> tuple[str, str] | None:
    """A clock time in the first city named, read in the other; ``None`` if not asked.

    Args:
        text: The request, e.g. "When it's 3 p.m. in Seoul, what time is it in New York?".
        today: The date when the request states none.

    Returns:
        The time in the target zone ("01:00 (America/New_York, 2027-01-15)") and a line
        saying how it was worked out, or ``None``.
    """
    clocks = list(_CLOCK.finditer(text))
    zones = zones_named(text)
    if len(clocks) != 1 or len(zones) != 2:
        return None
    told = _hour_minute(clocks[0])
    on = _date_of(text, today)
    if told is None or on is None:
        return None
    source, target = ZoneInfo(zones[0]), ZoneInfo(zones[1])
    start = datetime(on.year, on.month, on.day, told[0], told[1], tzinfo=source)
    there = start.astimezone(target)
    answer = f"{there:%H:%M} ({zones[1]}, {there.date().isoformat()})"
    how = f"{start:%Y-%m-%d %H:%M} {zones[0]} = {there:%Y-%m-%d %H:%M} {zones[1]}"
    return answer, how


_ON_DATE_ONLY = LazyPattern(
    r"^\s*(?:and\s+|what\s+about\s+|how\s+about\s+|그럼\s*)?(?:on\s+)?(?P<date>"
    + _ON_DATE.pattern
    + r")\s*(?:은|는|이면|에는)?\s*[?？]?\s*$",
    re.IGNORECASE,
)


# "7월 15일이면?": a Korean date without its year, which keeps the year said before.
_KO_DATE_ONLY = LazyPattern(
    r"^\s*(?:그럼\s*)?(?P<mo>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일\s*(?:은|는|이면|에는)?\s*[?？]?\s*$"
)


def on_another_date(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``and on July 15?``: the last step asked again with its one date replaced."""
    match = _ON_DATE_ONLY.match(text)
    korean = _KO_DATE_ONLY.match(text) if match is None else None
    if (match is None and korean is None) or not steps:
        return None
    if zones_named(text):
        # "and in paris on march 3?": a new place too, which a new date alone leaves out.
        return None
    dates = list(_ON_DATE.finditer(steps[-1]))
    if len(dates) != 1:
        return None
    old = dates[0]
    if korean is not None:
        if old["y"] is None:
            return None
        new = f"{old['y']}년 {korean['mo']}월 {korean['d']}일"
        changed = steps[-1][: old.start()] + new + steps[-1][old.end() :]
        return [*steps[:-1], changed], f"{old.group(0)} → {new}"
    assert match is not None
    new = match["date"]
    if match["en_mo"] and not match["en_y"] and old["en_y"]:
        new = f"{new}, {old['en_y']}"  # "and on July 15?" keeps the year said before
    changed = steps[-1][: old.start()] + new + steps[-1][old.end() :]
    return [*steps[:-1], changed], f"{old.group(0)} → {new}"


# "and in paris?", "what about tokyo?", "그럼 파리는?": only a place, asked after a clock time
# read in another city ("and over in los angeles?": "over", "out", "back" say no more than
# "in"). The rule: the last step's target city is replaced by the new one and the same
# time is read there. A turn with anything besides the place (a time, a
# date, a question of its own) is left to the other rules.
_PLACE_ONLY = LazyPattern(
    r"^\s*(?:and|what\s+about|how\s+about|그럼|그러면)?\s*,?\s*(?:(?:over|out|back|up|down)\s+)?"
    r"(?:in\s+)?(?P<place>[^\d?？]{2,30}?)"
    r"\s*(?:은|는|이면|에서는|에선|는요|은요)?\s*[?？]?\s*$",
    re.IGNORECASE,
)


def _places(text: str) -> list[tuple[int, int, str]]:
    """Every city name ``text`` says: (start, end, zone), first the longest at a place."""
    lowered = text.lower()
    found: list[tuple[int, int, str]] = []
    for table in (ZONES, _IANA_CITIES):
        for name, zone in table.items():
            found.extend((m.start(), m.end(), zone) for m in _city_pattern(name).finditer(lowered))
    return sorted(found, key=lambda place: (place[0], -place[1]))


def clock_in_another_place(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``and in paris?`` after "3pm seoul time …, what time is it in los angeles": Paris."""
    match = _PLACE_ONLY.match(text)
    if match is None or not steps:
        return None
    place = match["place"].strip()
    named = _places(place)
    # The turn is the place and nothing else: one city, said whole.
    if not named or named[0][0] != 0 or named[0][1] != len(place):
        return None
    last = steps[-1]
    if clock_in_other_zone(last, date.today()) is None:
        return None
    target = zones_named(last)[1]
    spans = [(start, end) for start, end, zone in _places(last) if zone == target]
    if not spans or named[0][2] == target:
        return None
    start, end = spans[-1]
    return [*steps[:-1], last[:start] + place + last[end:]], f"{last[start:end]} → {place}"
