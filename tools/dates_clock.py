"""A clock time moved by a span, in Korean and English.

"오후 2시 40분에 시작해서 95분 걸리면 몇 시에 끝나?" and "my flight leaves at 22:50 and takes 3
hours 25 minutes. what time do i land?" ask a clock time, not a date: the day the time falls
on is not asked, so the answer wraps around midnight. ``tools.dates`` asks this module
before it reads a question as date arithmetic.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

__all__ = ["clock_after_span"]

# "오후 2시 40분에 시작해서 95분 걸리면 몇 시에 끝나?", "2:40 pm plus 95 minutes": a clock
# time moved by a span is a clock time (the day it falls on is not asked).
_CLOCK = re.compile(
    r"^(?P<ampm>오전|오후|밤|저녁|새벽|아침)?\s*(?P<h>\d{1,2})\s*시\s*(?:(?P<m>\d{1,2})\s*분|(?P<half>반))?\s*"
    # ("밤 11시20분에 자서 7시간반 자면 몇시에 깨", set 51: gone to sleep at a time, then
    # asleep for the span: the time woken is the clock moved on by it.)
    r"(?:에|부터|에서)?\s*(?:시작(?:해서|하면|하고|하는데)|출발(?:해서|하면|하고)|들어가서"
    r"|(?:자|잠들어|잠\s*들어|누워)(?:서|고)|잠들면|자면)?\s*,?\s*"
    # (Hours and a half, "3시간반", "3.5시간": opens57k, set 48.)
    r"(?:(?P<dh>\d+(?:\.\d+)?)\s*시간\s*(?P<dhalf>반\s*)?)?(?:(?P<dm>\d+)\s*분\s*)?(?:동안\s*)?"
    # ("7시간45분 뒤면 몇시야": 뒤 with 면, opens56k)
    # (몇시간 asks the span, never the clock: "몇시간 잔거야" is left unread.)
    r"(?P<dir>걸리면|뒤|후|지나면|하면|전|자면|잠자면|일하면|놀면)(?:[은는]|면|이면|에는?)?\s*(?:몇\s*시(?!\s*간)(?:\s*몇\s*분)?(?:에|야|예요)?"
    r"\s*(?:끝나|도착|끝|되)?[가-힣?!. ]{0,8})?$"
    r"|^(?:what\s+time\s+is\s+it\s+)?(?P<en_h>\d{1,2}):(?P<en_m>\d{2})\s*(?P<en_ampm>am|pm)?\s*"
    r"(?P<en_dir>plus|\+|minus|-)\s*(?:(?P<en_dh>\d+(?:\.\d+)?)(?P<en_half>\s+and\s+a\s+half)?"
    r"\s*hours?\s*(?:and\s*)?)?"
    r"(?:(?P<en_dm>\d+)\s*min(?:ute)?s?)?\s*\??$"
)


# "my flight leaves at 22:50 and takes 3 hours 25 minutes. what time do i land?": a clock
# time and a span said in a sentence, read as "22:50 plus 3 hours 25 minutes".
_EN_CLOCK_SENTENCE = re.compile(
    r"^.*?\bat\s+(?P<t>\d{1,2}:\d{2}\s*(?:am|pm)?)\s*(?:,\s*|\s+and\s+)?(?:it\s+)?"
    r"(?:takes|lasts|runs\s+for|will\s+take)\s+"
    r"(?P<span>(?:\d+(?:\.\d+)?(?:\s+and\s+a\s+half)?\s*hours?\s*(?:and\s*)?)?(?:\d+\s*min(?:ute)?s?)?)"
    r"\s*[.,]?\s*"
    r"(?:what\s+time|when)\b[^.]*$"
)


# Read by slots (set 51: "flight leaves at 9:50pm and the flight is 7 hours 45 minutes, what
# time do we land (same time zone)"): one clock time (with a colon or am/pm), one span
# ("7 hours 45 minutes", "7h45m", "95 mins"), "what time"/"when" asked, and no other figure.
# A span back ("before", "ago"), a delay or another time zone leaves the sentence unread.
_SAME_ZONE = re.compile(r"\(?\s*(?:in\s+the\s+)?same\s+time\s*zones?\s*\)?")
_SLOT_CLOCK = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2})(?::(?P<m>\d{2})\s*(?P<ap>[ap]\.?m\.?)?|\s*(?P<ap2>[ap]\.?m\.?))"
    r"(?![\w:])"
)
_SLOT_SPAN = re.compile(
    r"(?<![\d:.])(?:(?P<h>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)(?![a-z])\s*(?:and\s*)?"
    r"(?:(?P<m>\d+)\s*(?:minutes?|mins?|m)(?![a-z]))?|(?P<m_only>\d+)\s*(?:minutes?|mins?)\b)"
)
_SLOT_ASKED = re.compile(r"\b(?:what\s+time|when|wat\s+time)\b")
_SLOT_OTHER = re.compile(
    r"\b(?:before|earlier|ago|back|late|later|delay(?:ed)?|early|zones?|ahead|behind|local"
    r"|gmt|utc|est|pst|cet|kst|layover|stop(?:over)?|connection|each|every|per|times)\b"
)
_ANY_FIGURE = re.compile(r"\d+")
# The clock must be said as a start ("leaves at 9:50pm", "we take off", "departure 11:15"):
# "the train arrives at 10:45am, trip is 95 minutes" ends there, and "the 10:45am train, 95
# minutes" does not say which; a break inside the span is a figure no one stated.
_SLOT_START = re.compile(
    r"\b(?:take\s+off|takes\s+off|depart(?:s|ure|ing)?|leav(?:e|es|ing)|head(?:s|ing)?\s+out"
    r"|start(?:s|ing)?|begin(?:s|ning)?|set(?:s|ting)?\s+off|kicks?\s+off|board(?:s|ing)?"
    r"|go(?:es)?\s+to\s+bed)\b"
)
_SLOT_BREAK = re.compile(r"\b(?:breaks?|pauses?|lunch|rest)\b")


def _clock_span_slots(s: str) -> str | None:
    """ "21:50 plus 7 hours 45 minutes" for one clock, one span and a time asked; else None."""
    s = _SAME_ZONE.sub(" ", s)
    clocks, spans = list(_SLOT_CLOCK.finditer(s)), list(_SLOT_SPAN.finditer(s))
    if len(clocks) != 1 or len(spans) != 1 or _SLOT_OTHER.search(s):
        return None
    if _SLOT_START.search(s) is None or _SLOT_BREAK.search(s) is not None:
        return None
    clock, span = clocks[0], spans[0]
    if not _SLOT_ASKED.search(s, max(clock.end(), span.end())):
        return None  # the time asked after both figures
    covered = [clock.span(), span.span()]
    if any(not any(a <= f.start() < b for a, b in covered) for f in _ANY_FIGURE.finditer(s)):
        return None  # a figure with no role
    ampm = (clock["ap"] or clock["ap2"] or "").replace(".", "")
    hours = f"{span['h']} hours " if span["h"] else ""
    return (
        f"{clock['h']}:{clock['m'] or '00'}{ampm} plus {hours}{span['m'] or span['m_only'] or ''}"
        + (" minutes" if span["m"] or span["m_only"] else "")
    )


def clock_after_span(s: str, lang: Literal["ko", "en"]) -> tuple[str, str] | None:
    """The clock time a span after (or before) a stated one: (answer, how), or None.

    ``s`` is the question already normalised (NFKC, lower case).
    """
    sentence = _EN_CLOCK_SENTENCE.match(s)
    if sentence is not None and sentence["span"].strip():
        s = f"{sentence['t']} plus {sentence['span'].strip()}"
    elif lang == "en" and not _CLOCK.match(s):
        s = _clock_span_slots(s) or s
    match = _CLOCK.match(s)
    if match is None or not (match["dh"] or match["dm"] or match["en_dh"] or match["en_dm"]):
        return None
    hour = int(match["h"] or match["en_h"])
    minute = 30 if match["half"] else int(match["m"] or match["en_m"] or 0)
    # A part of the day says a.m. or p.m. as 오전/오후 do: "밤 11시" is 23:00, "저녁 7시"
    # 19:00 ("밤 2시" stays 02:00: a night hour before six is after midnight).
    evening = match["ampm"] in ("저녁", "밤") and 6 <= hour < 12
    if (match["ampm"] == "오후" or match["en_ampm"] == "pm" or evening) and hour < 12:
        hour += 12
    if match["ampm"] in ("밤", "새벽") and hour == 12:
        hour = 0  # "밤 12시에 누워서": midnight, never noon
    if hour > 23 or minute > 59:
        return None
    half = match["dhalf"] or match["en_half"]
    hours = Decimal(match["dh"] or match["en_dh"] or 0) + (Decimal("0.5") if half else 0)
    if (half and "." in (match["dh"] or match["en_dh"] or "")) or (hours * 60) % 1:
        return None  # "3.5시간반", or hours that are no whole minutes: not read
    span = int(hours * 60) + int(match["dm"] or match["en_dm"] or 0)
    sign = -1 if match["dir"] == "전" or match["en_dir"] in ("minus", "-") else 1
    total = (hour * 60 + minute + sign * span) % (24 * 60)
    shown = f"{total // 60:02d}:{total % 60:02d}"
    if lang == "ko":
        half = "오전" if total < 12 * 60 else "오후"
        h12 = (total // 60) % 12 or 12
        shown = f"{shown} ({half} {h12}시 {total % 60}분)"
    start = f"{hour:02d}:{minute:02d}"
    return shown, f"{start} {'+' if sign > 0 else '-'} {span} min = {shown[:5]}"
