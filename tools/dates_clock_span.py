"""The time between two clock times of one night or day, in Korean.

"밤 11시 40분에 자서 아침 7시 15분에 일어나면 몇 시간 잔 거야?" asks a span, not a clock
time: the second time is the next one after the first, so the span wraps around
midnight. ``tools.dates`` asks this module next to :mod:`tools.dates_clock`.
"""

from __future__ import annotations

import re

__all__ = ["span_between_clocks"]

_PART = r"오전|오후|밤|저녁|새벽|아침|낮"
# "어제 밤 11시 반에 자서 오늘 아침 7시 15분에": the day named before a time only says
# which night it is; the span is still to the next such clock time.
_DAY_WORD = r"(?:(?:어제|오늘|내일|그날|다음\s*날|담날)\s*)?"
_AT = (
    _DAY_WORD
    + r"(?P<{p}ampm>"
    + _PART
    + r")?\s*(?P<{p}h>\d{{1,2}})\s*시\s*(?:(?P<{p}m>\d{{1,2}})\s*분|(?P<{p}half>반))?"
)
_BETWEEN = re.compile(
    "^"
    + _AT.format(p="a")
    # "9시 50분 출발해서 13시 5분 도착이면": the particles after the times may be dropped.
    + r"\s*(?:에|부터)?\s*[가-힣\s,]*?(?:서|고|부터)\s*,?\s*"
    + _AT.format(p="b")
    + r"\s*(?:에|까지)?\s*[가-힣\s]*?몇\s*시간(?:\s*몇\s*분)?[가-힣?!. ]{0,12}$"
)


def _minutes(match: re.Match[str], p: str, *, day_clock: bool = False) -> int | None:
    hour = int(match[f"{p}h"])
    minute = 30 if match[f"{p}half"] else int(match[f"{p}m"] or 0)
    part = match[f"{p}ampm"]
    if part is None and hour <= 12 and not day_clock:
        return None  # "10시에 자서 6시에": a.m. or p.m. is not said, so the span is not known
    # 밤/저녁 after six are p.m. ("밤 11시" is 23:00); 새벽/아침/오전 are a.m. as written.
    if hour < 12 and (part in ("오후", "낮") or (part in ("밤", "저녁") and hour >= 6)):
        hour += 12
    if hour == 12 and part in ("밤", "새벽", "오전"):
        hour = 0  # "밤 12시" is midnight, not noon
    if hour > 23 or minute > 59:
        return None
    return hour * 60 + minute


def span_between_clocks(s: str) -> tuple[str, str] | None:
    """The hours and minutes from one stated clock time to the next: (answer, how), or None.

    ``s`` is the question already normalised (NFKC, lower case).
    """
    match = _BETWEEN.match(s)
    if match is None:
        return None
    # "9시 50분 … 13시 5분": one time past 12 says the 24-hour clock is in use, so the
    # other, said without 오전/오후, is read on it as well.
    day_clock = not (match["aampm"] or match["bampm"]) and (
        int(match["ah"]) > 12 or int(match["bh"]) > 12
    )
    start = _minutes(match, "a", day_clock=day_clock)
    end = _minutes(match, "b", day_clock=day_clock)
    if start is None or end is None:
        return None
    span = (end - start) % (24 * 60)
    answer = f"{span // 60}시간 {span % 60}분" if span % 60 else f"{span // 60}시간"
    how = f"{start // 60:02d}:{start % 60:02d} → {end // 60:02d}:{end % 60:02d} = {span} min"
    return answer, how
