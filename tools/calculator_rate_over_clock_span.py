"""An hourly rate over a span between two clock times: "19 an hour from 8:45 to 5:15".

People price time by the hour and say the time as a span on the clock ("we're out from
6 to 11:30", "시급 12,000원에 9시부터 6시 반까지"). No form read the pair, so such wages
and rentals were declined as not in the documents. The span is the later clock less the
earlier; a clock said without am/pm (오전/오후) is read on the 12-hour dial, so "8:45 to
5:15" is eight and a half hours, as it is said. Only a sentence whose every figure is the
rate or one of the two clocks is read: a fee, a count or a break said besides ("two
kayaks", "plus a 85 call-out fee") is a sum this reader does not know, so it declines.
"""

from __future__ import annotations

import re
import unicodedata

from tools.korean_numbers import english_counts_as_digits, normalize_numerals

__all__ = ["rate_over_clock_span", "wage_less_unpaid_break"]

_RATE = re.compile(
    r"(?:\$\s*)?(?P<en>\d+(?:\.\d+)?)\s*(?:dollars?\s+|bucks\s+)?(?:an|a|per|/)\s*(?:hour|hr|h)\b"
    r"|(?:시급|시간당)\s*(?P<ko>\d[\d,]*(?:\.\d+)?)\s*원?",
    re.IGNORECASE,
)
_CLOCK_EN = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?"
_SPAN_EN = re.compile(
    rf"\bfrom\s+(?P<a>{_CLOCK_EN})\s*(?:to|until|till|-|–)\s*(?P<b>{_CLOCK_EN})(?![\d:])"
    rf"|\bbetween\s+(?P<c>{_CLOCK_EN})\s+and\s+(?P<d>{_CLOCK_EN})(?![\d:])"
    # "worked 7:45 to 4:15" (opens56e): a clock span right after the work verb, no "from";
    # a clock with minutes or am/pm must be said ("worked 3 to 4 days" is no span).
    rf"|\b(?:worked|working|work|clocked\s+in)\s+(?P<e>{_CLOCK_EN})\s*(?:to|until|till|-|–)\s*"
    rf"(?P<f>{_CLOCK_EN})(?![\d:])(?!\s*(?:days?|hours?|hrs?|weeks?|times?|shifts?)\b)",
    re.IGNORECASE,
)
# An unpaid break said with its minutes (opens56e): "with a 30 min unpaid lunch" comes off
# the span. Only "unpaid" said: a break that is paid (or unsaid) stays in the span.
_UNPAID_BREAK = re.compile(
    r"\b(?:with\s+|minus\s+|less\s+|and\s+|plus\s+)?(?:a\s+|an\s+)?(?P<m>\d{1,3})\s*-?\s*"
    r"(?:min(?:ute)?s?|mins?)\s+(?:of\s+)?(?:unpaid\s+(?:lunch|break|meal)(?:\s+break)?"
    r"|(?:lunch|break|meal)(?:\s+break)?\s*(?:,\s*)?(?:that'?s\s+|which\s+is\s+)?unpaid)\b",
    re.IGNORECASE,
)
# The numeral reader drops a minute's leading zero ("9:00" -> "9:0", "9:05" -> "9:5"), which
# no clock pattern reads; put back, a shift "from 9:00 to 5:30" is a span again (opens56e).
_CLOCK_ZEROS = re.compile(r"(?<![\d.:])(\d{1,2}):(\d)(?![\d:])")
_CLOCK_KO = r"(?:오전|오후|아침|저녁|밤)?\s*\d{1,2}\s*시(?:\s*\d{1,2}\s*분|\s*반)?"
_SPAN_KO = re.compile(rf"(?P<a>{_CLOCK_KO})\s*(?:부터|에서)\s*(?P<b>{_CLOCK_KO})\s*까지")
_PARTS_EN = re.compile(r"(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>[ap])?", re.IGNORECASE)
_PARTS_KO = re.compile(r"(?P<h>\d{1,2})\s*시\s*(?:(?P<m>\d{1,2})\s*분|(?P<half>반))?")
_AFTERNOON_KO = re.compile(r"오후|저녁|밤")
# A count said in words is a figure too ("two kayaks", "a couple of hours").
_COUNT_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen|couple"
    r"|pair|both|half)\b",
    re.IGNORECASE,
)
_LONGEST_SPAN = 16 * 60


def _clock(said: str) -> tuple[int, bool] | None:
    """Minutes after midnight (or after 12 on the dial) and whether am/pm was said."""
    korean = "시" in said
    parts = _PARTS_KO if korean else _PARTS_EN
    match = parts.search(said.replace(".", "").replace(" ", ""))
    if match is None:
        return None
    hour = int(match["h"])
    minute = 30 if korean and match["half"] else int(match["m"] or 0)
    if hour > 24 or minute > 59:
        return None
    noon = None if korean else match["ap"]
    marked = bool(noon) or bool(re.search(r"오전|오후|아침|저녁|밤", said))
    afternoon = (noon or "").lower() == "p" or bool(_AFTERNOON_KO.search(said))
    if marked:
        hour = hour % 12 + (12 if afternoon else 0)
    return hour * 60 + minute, marked


def _span_minutes(first: str, second: str) -> int | None:
    start, end = _clock(first), _clock(second)
    if start is None or end is None:
        return None
    begin, finish = start[0], end[0]
    step = 24 * 60 if start[1] and end[1] else 12 * 60
    while finish <= begin:
        finish += step
    minutes = finish - begin
    return minutes if 0 < minutes <= _LONGEST_SPAN else None


def rate_over_clock_span(text: str, *, less_unpaid_break: bool = False) -> str | None:
    """ "19 * 510 / 60" for "I worked from 8:45 to 5:15 at 19 an hour", else None.

    Args:
        text: The request as typed.
    """
    s = english_counts_as_digits(normalize_numerals(unicodedata.normalize("NFKC", text)))
    s = _CLOCK_ZEROS.sub(lambda m: f"{m[1]}:0{m[2]}", s)  # "9:00" back from "9:0" (56e)
    breaks = list(_UNPAID_BREAK.finditer(s)) if less_unpaid_break else []
    if len(breaks) > 1:
        return None
    unpaid = int(breaks[0]["m"]) if breaks else 0
    if breaks:  # blanked, so the check of figures left over below passes over it
        s = (
            s[: breaks[0].start()]
            + " " * (breaks[0].end() - breaks[0].start())
            + s[breaks[0].end() :]
        )
    rates = list(_RATE.finditer(s))
    spans = list(_SPAN_EN.finditer(s)) + list(_SPAN_KO.finditer(s))
    if len(rates) != 1 or len(spans) != 1:
        return None
    rate, span = rates[0], spans[0]
    if rate.start() < span.end() and span.start() < rate.end():
        return None
    rest = s[: min(rate.start(), span.start())] + " "
    rest += s[min(rate.end(), span.end()) : max(rate.start(), span.start())] + " "
    rest += s[max(rate.end(), span.end()) :]
    if re.search(r"\d", rest) or _COUNT_WORDS.search(rest):
        return None  # a fee, a count or a break besides: not this reader's sum
    first, second = next(
        (span[a], span[b])
        for a, b in (("a", "b"), ("c", "d"), ("e", "f"))
        if a in span.re.groupindex and span[a]
    )
    if span.re is _SPAN_EN and span["e"] and not re.search(r":|[ap]\.?\s?m", first + second, re.I):
        return None  # "worked 3 to 4": hours on the clock are not said
    minutes = _span_minutes(first, second)
    if minutes is None or minutes <= unpaid:
        return None
    hourly = (rate["en"] or rate["ko"]).replace(",", "")
    if unpaid:
        return f"{hourly} * ({minutes} - {unpaid}) / 60"
    return f"{hourly} * {minutes} / 60"


def wage_less_unpaid_break(text: str) -> tuple[str, str | None] | None:
    """ "22 * (510 - 30) / 60" for a shift's pay less an unpaid break, or ``None``.

    Read apart from :func:`rate_over_clock_span` (one hook of the calculator's special
    forms) because the break's "30 min" would otherwise make the answer minutes: it is
    money, in dollars when a dollar is said.
    """
    s = unicodedata.normalize("NFKC", text)
    if not _UNPAID_BREAK.search(s):
        return None
    expression = rate_over_clock_span(s, less_unpaid_break=True)
    if expression is None:
        return None
    return expression, "$" if re.search(r"\$|\bdollars?\b|\bbucks\b", s, re.I) else None
