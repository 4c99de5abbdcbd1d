"""A Korean span between two clock times said without 오전/오후, the second later on the dial.

Blind set 48 (turns48): "버스7시52분출발 9시18분도착이면 몇분걸린거야" went to the cloud.
:mod:`tools.dates_clock_span` reads a span asked in 몇 시간 and declines two times said
without the part of the day, since "10시에 자서 6시에" could wrap around midnight. When the
second time is later on the 12-hour dial than the first, both a.m. and both p.m. give the
same length (86분), as the English span reader reads "8:45 to 5:15" as said; the length
asked may be in minutes (몇 분), hours (몇 시간 몇 분) or how long it takes (얼마나 걸려).
Read only for exactly two clock times without a part of the day, joined as a start and an
end (출발/도착, 부터/까지, 에서, 시작/끝), the second later than the first.
"""

from __future__ import annotations

import re

__all__ = ["span_same_half_ko"]

_CLOCK = r"(?P<{p}h>\d{{1,2}})\s*시\s*(?:(?P<{p}m>\d{{1,2}})\s*분|(?P<{p}half>반))?"
_SPAN = re.compile(
    r"^(?:[가-힣]+\s*)?"
    + _CLOCK.format(p="a")
    + r"\s*(?:에\s*)?(?:출발(?:해서|하고|하면)?|부터|에서|시작(?:해서|하고)?|탑승(?:해서)?)\s*,?\s*"
    + _CLOCK.format(p="b")
    + r"\s*(?:에\s*)?(?:도착(?:이면|하면|했으면|해|한다면)?|까지(?:면|이면)?"
    r"|끝(?:나면|났으면)?|내리면)\s*"
    r"(?:몇\s*분|몇\s*시간(?:\s*몇\s*분)?|얼마나)\s*(?:걸린\s*거야|걸린거야|걸려|걸리는\s*거야|걸리는거야|"
    r"걸림|걸린거|걸린\s*거|이야|야|임)?\s*[?？.!]*$"
)
_PART = re.compile(r"오전|오후|밤|저녁|새벽|아침|낮|정오|자정")


def _minutes(match: re.Match[str], p: str) -> int | None:
    hour = int(match[f"{p}h"])
    minute = 30 if match[f"{p}half"] else int(match[f"{p}m"] or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    return hour * 60 + minute  # 12 stays 12: "10시 15분 … 12시 40분" is 2 h 25 min either way


def span_same_half_ko(s: str) -> tuple[str, str] | None:
    """("1시간 26분 (86분)", how) for two times on the dial, the second later, else ``None``.

    Args:
        s: The question, normalised (NFKC, lower case).
    """
    if _PART.search(s):
        return None  # a part of the day said: the span reader that reads it decides
    match = _SPAN.match(s.strip())
    if match is None:
        return None
    start, end = _minutes(match, "a"), _minutes(match, "b")
    if start is None or end is None or end <= start:
        return None  # over noon or midnight, or no later: the length is not known
    span = end - start
    hours, rest = divmod(span, 60)
    words = f"{hours}시간 {rest}분" if hours and rest else f"{hours}시간" if hours else f"{rest}분"
    how = f"{start // 60}:{start % 60:02d} → {end // 60}:{end % 60:02d} = {span} min"
    return f"{words} ({span}분)", how
