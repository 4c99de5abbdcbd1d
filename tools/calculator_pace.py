"""A running pace: the minutes one kilometre (or mile) takes, from a distance and a time.

"마라톤 42.195km를 4시간에 뛰면 1km당 몇 분이야" asks for the time per kilometre, 240 min /
42.195 = 5.69 minutes, said as a runner says it: 5분 41초. The calculator read only the
speed (시속 몇 km) of such a sentence; this reads the pace, asked by "1km당 몇 분", "km당
몇 분", "몇 분에 1km", "minutes per km", "pace per mile". The distance and the time must
be the sentence's only two figures (besides the "1" of "1km당"), the time in hours,
minutes, or both ("3시간 30분").
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from core.lazy_regex import LazyPattern

__all__ = ["PACE_UNITS", "pace_expression", "pace_words"]

_NUM = r"\d+(?:\.\d+)?"
_KM = r"(?:km|킬로미터|킬로|kilomet(?:er|re)s?)"
_MI = r"(?:mi|miles?|마일)"
# The pace asked: minutes for one unit of distance.
_ASKS_PACE = LazyPattern(
    rf"(?:1\s*)?(?P<ko_u>{_KM}|{_MI})\s*(?:당|에)\s*몇\s*분|몇\s*분\s*에\s*1\s*(?P<ko_u2>{_KM}|{_MI})"
    rf"|\bmin(?:ute)?s?\s+(?:per|a|each)\s+(?P<en_u>{_KM}|{_MI})\b"
    rf"|\bpace\s+(?:per|a)\s+(?P<en_u2>{_KM}|{_MI})\b"
    # "1km 페이스가 얼마야", "km당 페이스": the pace named, for one unit of distance.
    rf"|(?<![\d.])(?:1\s*)?(?P<ko_u3>{_KM}|{_MI})\s*(?:당\s*)?페이스",
    re.IGNORECASE,
)
# A figure of a distance or a time, its digit runs bounded: an unbounded run retried from
# each of its digits made a long one quadratic (20,000 digits: 81 s).
_FIGURE = r"(?<![\d.])\d{1,6}(?:\.\d{1,6})?"
_DISTANCE = LazyPattern(rf"(?P<d>{_FIGURE})\s*(?P<u>{_KM}|{_MI})(?![a-z])", re.IGNORECASE)
_TIME = LazyPattern(
    rf"(?:(?P<h>{_FIGURE})\s*(?:시간|hours?|hrs?|h)(?![a-z]))?"
    rf"\s*(?:(?:,?\s*and\s+|,\s*)?(?P<m>{_FIGURE})\s*(?:분|minutes?|mins?)(?![a-z]))?"
    # "27분 30초": the seconds of a time in minutes (only after its minutes).
    rf"(?:(?<=[분a-z])\s*(?:,?\s*and\s+|,\s*)?(?P<s>{_FIGURE})\s*(?:초|seconds?|secs?)(?![a-z]))?",
    re.IGNORECASE,
)
# Times said in words, as figures: "an hour and a half", "2 and a half hours", "half an hour".
_TIME_IN_WORDS = (
    (
        r"\b(?:an|one)\s+hour\s+and\s+a\s+half\b|\b(?:an?|one)\s+and\s+a\s+half\s+hours?\b",
        "1.5 hours",
    ),
    (r"(?<![\d.])(\d{1,3})\s+and\s+a\s+half\s+hours?\b", r"\1.5 hours"),
    (r"(?<![\d.])(\d{1,3})\s*(?:hours?|hrs?)\s+and\s+a\s+half\b", r"\1.5 hours"),
    (r"\bhalf\s+an\s+hour\b|\ba\s+half[\s-]+hour\b", "30 minutes"),
    (r"\b(?:an|one)\s+hour\b", "1 hour"),
)
# A time word left without its figure ("an hour", "a quarter", "반"): a time this reading
# would drop, so no pace is read.
_TIME_WORD = LazyPattern(
    r"\b(?:hours?|hrs?|minutes?|mins?|half(?![\s-]*marathon)|quarter|seconds?|secs?)\b"
    r"|시간|(?<![가-힣])반(?![가-힣])|(?<=\d)초|(?<=\d )초"
    r"|(?<=[\s간])반(?=에|만)",
    re.IGNORECASE,
)
_ANY_FIGURE = LazyPattern(_NUM)
#: The units a pace is given in, by the distance unit.
PACE_UNITS = {"km": "min/km", "mi": "min/mi", "100m": "min/100m"}  # 100m: a swim (52a)


def _unit(word: str) -> str:
    return "mi" if re.fullmatch(_MI, word, re.IGNORECASE) else "km"


def pace_expression(text: str) -> tuple[str, str] | None:
    """The minutes per kilometre (or mile) a request asks for, and its unit.

    Args:
        text: The request as written, numerals as digits ("42.195km를 4시간에 뛰면 1km당 몇 분").

    Returns:
        ``("(4 * 60 + 0) / 42.195", "min/km")``, or None when the text asks no pace of one
        distance run in one time.
    """
    asked = _ASKS_PACE.search(text)
    if asked is None:
        return None
    unit = _unit(next(g for g in asked.groupdict().values() if g))
    rest = text[: asked.start()] + " " + text[asked.end() :]
    for words, figure in _TIME_IN_WORDS:
        rest = re.sub(words, figure, rest, flags=re.IGNORECASE)
    distances = [d for d in _DISTANCE.finditer(rest) if _unit(d["u"]) == unit]
    times = [t for t in _TIME.finditer(rest) if t["h"] or t["m"]]
    if len(distances) != 1 or len(times) != 1:
        return None
    time = times[0]
    if any(not time.start() <= w.start() < time.end() for w in _TIME_WORD.finditer(rest)):
        return None  # a time word outside the time read ("an hour and 5 minutes")
    figures = len(_ANY_FIGURE.findall(rest))
    if figures != 1 + sum(time[part] is not None for part in ("h", "m", "s")):
        return None  # another figure (a pause, a second leg) this reading would drop
    seconds = f" + {time['s']} / 60" if time["s"] else ""
    minutes = f"({time['h'] or 0} * 60 + {time['m'] or 0}{seconds})"
    return f"{minutes} / {distances[0]['d']}", PACE_UNITS[unit]


def pace_words(minutes: Decimal, unit: str | None, text: str) -> str | None:
    """ "1km당 5분 41초" (or "5 min 41 s per km") for a pace; None for any other unit."""
    if unit is None or unit not in PACE_UNITS.values():
        return None
    seconds = int((minutes * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    whole, rest = divmod(seconds, 60)
    distance = unit.split("/")[1]
    if re.search(r"[가-힣]", text):
        return f"1{distance}당 {whole}분 {rest}초" if rest else f"1{distance}당 {whole}분"
    return f"{whole} min {rest} s per {distance}" if rest else f"{whole} min per {distance}"
