"""A length said before the start it runs from: "영화 2시간28분짜리 저녁 7시40분 시작이면 몇시에
끝나" is "저녁 7시40분에 시작해서 2시간28분 걸리면 몇시에 끝나" (22:08, set 45).

:func:`tools.calculator_clock_start_and_length.clock_start_and_length` reads the start
first and the length after it; said the other way round ("…짜리", "… 걸리는 거"), the
question went to a model. Put in that order here, every figure kept; any other text is
returned unchanged.
"""

from __future__ import annotations

import re

__all__ = ["length_said_first"]

_SPAN = r"(?P<span>\d+\s*시간(?:\s*\d+\s*분|\s*반)?|\d+\s*분)"
_CLOCK = r"(?P<clock>(?:오전|오후|아침|저녁|밤|낮)?\s*\d{1,2}\s*시(?:\s*\d{1,2}\s*분|\s*반)?)"
_FORM = re.compile(
    rf"^(?:[가-힣]+\s+)?{_SPAN}\s*(?:짜리|동안\s*하는|걸리는)\s*(?:(?!오전|오후|아침|저녁|밤|낮)[가-힣]+\s*)?(?:을|를|인데|이고|,)?\s*"
    rf"{_CLOCK}\s*(?:에)?\s*(?:시작이면|시작하면|시작해서|시작인데|시작하는데|출발하면|출발이면|틀면|보면)"
    r"\s*,?\s*(?P<ask>(?:몇\s*시(?:\s*몇\s*분)?\s*에?|언제)\s*(?:끝나|끝남|끝날|끝내|마쳐|마치)[가-힣]*)"
    r"\s*[?？.!]*\s*$"
)


def length_said_first(text: str) -> str:
    """``text`` as "<clock>에 시작해서 <span> 걸리면 <ask>", or unchanged."""
    found = _FORM.match(text.strip())
    if found is None:
        return text
    return f"{found['clock']}에 시작해서 {found['span']} 걸리면 {found['ask']}"
