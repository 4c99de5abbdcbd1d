"""A start time and how long something takes, its end asked, in Korean: said as the clock
sum the date tools read.

"회의가 오후 1시 50분에 시작해서 2시간 40분 걸리면 몇시에 끝나" (set 40) is "오후 1시 50분에서
2시간 40분 뒤는 몇시" (16:30), which reads; it went to a model. A clock time with 에 and a
start verb (시작해서, 시작하면, 출발해서), a span with a verb of lasting (걸리면, 하면, 진행하면),
and the end asked (몇시에 끝나, 언제 끝나, 몇시 도착): every figure is kept.
"""

from __future__ import annotations

import re

__all__ = ["clock_start_and_length"]

_FORM = re.compile(
    # (A lead word is never the part of the day: "저녁 7시40분에" keeps its 저녁, set 45.)
    r"^(?:(?!오전|오후|아침|저녁|밤|낮)[가-힣]+\s+)?(?:[가-힣]+(?:이|가|은|는)\s+)?"
    r"(?P<clock>(?:오전|오후|아침|저녁|밤|낮)?\s*\d{1,2}\s*시(?:\s*\d{1,2}\s*분|\s*반)?)\s*에\s*"
    r"(?:시작해서|시작하면|시작하는데|시작하고|출발해서|출발하면|출발하는데|들어가서|시작해)\s*,?\s*"
    r"(?P<span>\d+\s*시간(?:\s*\d+\s*분|\s*반)?|\d+\s*분)\s*(?:동안\s*)?"
    r"(?:걸리면|걸리는데|걸린다면|하면|진행하면|한다면|걸려|이면|짜리면)\s*,?\s*"
    r"(?:몇\s*시(?:\s*몇\s*분)?\s*에?\s*(?:끝나|끝남|끝날|도착|마쳐|마치)|언제\s*(?:끝나|끝남|끝날|도착|마쳐|마치))"
    r"[가-힣]*\s*[?？.!]*\s*$"
)


def clock_start_and_length(text: str) -> str:
    """``text`` said as "<clock>에서 <span> 뒤는 몇시", or unchanged."""
    found = _FORM.match(text.strip())
    if found is None:
        return text
    return f"{found['clock']}에서 {found['span']} 뒤는 몇시"
