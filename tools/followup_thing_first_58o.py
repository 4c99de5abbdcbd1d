"""Something shown first, before a timed thing, moves its end later (set 50).

After "오후 2시 40분 시작하는 영화 러닝타임 2시간25분이면 언제 끝나" (17:05), "광고 15분 먼저
하면?" went to a model: the ads run first, so the film ends 15 minutes later (17:20). The
turn names a thing (광고, 예고편, 인트로 …), a span in minutes, and says it comes first (먼저,
앞에) with a verb of showing (하면, 틀면, 나오면 …). It is read as "15분 더 걸리면", which
``tools.followup_changes.change_by_amount`` applies to the previous span, and only when the
previous turn asked a clock time's end. "15분 먼저 출발하면" (leaving earlier, the end
earlier) names no thing and stays unread.

Widened (opens64, set 54): "광고 20분 더 하면" (the thing runs that much more), "앞에 광고가
20분 있으면"; and in English, after "movie starts 7:50pm and runs 2h 28m, what time does it
finish" (22:18), "theres also 20 min of trailers before it" (22:38): a span *of* a named
thing (trailers, ads, previews, an intro) said to come first or on top ("before it",
"first", "also", "plus", "extra"), read only after a clock time plus a span the date reader
read (:func:`tools.followup_stop_on_way_61e.clock_end_later`). "20 min earlier", "20 min of
it" and a span with no thing named stay unread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.followup_changes import change_by_amount
from tools.followup_stop_on_way_61e import clock_end_later

__all__ = ["THING_FIRST_EN", "thing_shown_first"]

#: Set False to switch opens64's widening off (tests): "광고 20분 더 하면", the English turns.
THING_FIRST_EN = True

# The things a start is moved for, never the start itself ("출발", "시작", "우리 …").
_NOT_A_THING = re.compile(r"^(?:그럼|그러면|만약|출발|시작|입장|우리|내가|제가|나|저|걔|일찍|좀)$")
_TURN = re.compile(
    r"^\s*(?:그럼|그러면|만약)?\s*(?P<thing>[가-힣]{1,6}?)(?:을|를|이|가|도)?\s*"
    r"(?P<q>\d{1,3})\s*분\s*(?:정도\s*|쯤\s*)?(?:먼저|앞에|앞에서|전에)\s*"
    r"(?:하면|틀면|나오면|보여주면|해주면|틀어주면|한다면|나온다면|튼다면)요?\s*[?？]?\s*$"
)
# (opens64) "광고 20분 더 하면", "앞에 광고가 20분 있으면", "예고편도 15분 추가되면".
_TURN_MORE = re.compile(
    r"^\s*(?:그럼|그러면|만약|근데)?\s*(?:(?P<front>앞에|먼저|시작\s*전에)\s*)?"
    r"(?P<thing>[가-힣]{1,6}?)(?:을|를|이|가|도)?\s*"
    r"(?P<q>\d{1,3})\s*분\s*(?:정도\s*|쯤\s*)?(?P<more>더|추가로|먼저|앞에)?\s*"
    r"(?P<verb>하면|틀면|나오면|보여주면|해주면|틀어주면|한다면|나온다면|튼다면|있으면|있다면"
    r"|붙으면|추가되면)요?\s*[?？]?\s*$"
)
# "theres also 20 min of trailers before it", "plus 15 minutes of ads first", "what if
# there are 10 mins of previews": a span of a named thing, said to come first or on top.
_EN_THING = r"(?:the\s+|some\s+)?(?P<thing>[a-z]+(?:\s+[a-z]+)?)"
_EN_NOT_A_THING = re.compile(
    r"^(?:it|that|this|them|the\s+movie|the\s+film|the\s+show|the\s+game|movie|film|show"
    r"|time|driving|walking|work|sleep|delay)$"
)
_EN_TURN = re.compile(
    r"^\s*(?:and|ok(?:ay)?|oh|but|so|hmm|wait|also)?[\s,]*"
    r"(?:(?P<also>there(?:'s|s|\s+is|\s+are|\s+will\s+be|\s+are\s+also|\s+is\s+also)\s+(?:also\s+)?"
    r"|(?:what\s+)?if\s+there(?:'s|s|\s+is|\s+are|\s+were|\s+was)\s+(?:also\s+)?"
    r"|(?:plus|with|add|adding)\s+(?:another\s+)?))"
    r"(?:an?\s+)?(?:extra\s+)?(?P<q>\d{1,3})\s*(?:minutes?|mins?|m)\s+of\s+"
    + _EN_THING
    + r"(?:\s+(?P<where>before(?:\s+it|\s+that|\s+the\s+(?:movie|film|show|start))?|first"
    r"|beforehand|at\s+the\s+(?:start|beginning)|on\s+top|too|as\s+well))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The previous turn asked when something ends, a clock time given.
_END_ASKED = re.compile(
    r"시\s*(?:\d{1,2}\s*분|반)?[^?？]*(?:언제|몇\s*시)[^?？]*(?:끝|마치|마쳐|나와)"
)


def thing_shown_first(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``광고 15분 먼저 하면?``: the previous clock span made that many minutes longer."""
    said = _TURN.match(text)
    if said is None and THING_FIRST_EN and len(steps) == 1:
        return _thing_widened(text, steps)
    if said is None or len(steps) != 1 or _NOT_A_THING.match(said["thing"]):
        return None
    if _END_ASKED.search(steps[0]) is None:
        return None
    return change_by_amount(f"{said['q']}분 더 걸리면?", steps)


def _thing_widened(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "광고 20분 더 하면", "theres also 20 min of trailers before it" (opens64)."""
    said = _TURN_MORE.match(text)
    if said is not None:
        if _NOT_A_THING.match(said["thing"]) or not (said["front"] or said["more"]):
            return None  # "광고 20분 하면": neither first nor more said
        if _END_ASKED.search(steps[0]) is None:
            return None
        return change_by_amount(f"{said['q']}분 더 걸리면?", steps)
    found = _EN_TURN.match(text.strip())
    if found is None or _EN_NOT_A_THING.match(found["thing"].lower()):
        return None
    if found["also"] and not found["where"] and not re.search(r"\balso\b", text, re.I):
        return None  # "there's 20 min of trailers": neither first nor on top said
    added = int(found["q"])
    return clock_end_later(steps, added, ko=False) if added > 0 else None
