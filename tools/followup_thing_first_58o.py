"""Something shown first, before a timed thing, moves its end later (set 50).

After "오후 2시 40분 시작하는 영화 러닝타임 2시간25분이면 언제 끝나" (17:05), "광고 15분 먼저
하면?" went to a model: the ads run first, so the film ends 15 minutes later (17:20). The
turn names a thing (광고, 예고편, 인트로 …), a span in minutes, and says it comes first (먼저,
앞에) with a verb of showing (하면, 틀면, 나오면 …). It is read as "15분 더 걸리면", which
``tools.followup_changes.change_by_amount`` applies to the previous span, and only when the
previous turn asked a clock time's end. "15분 먼저 출발하면" (leaving earlier, the end
earlier) names no thing and stays unread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.followup_changes import change_by_amount

__all__ = ["thing_shown_first"]

# The things a start is moved for, never the start itself ("출발", "시작", "우리 …").
_NOT_A_THING = re.compile(r"^(?:그럼|그러면|만약|출발|시작|입장|우리|내가|제가|나|저|걔|일찍|좀)$")
_TURN = re.compile(
    r"^\s*(?:그럼|그러면|만약)?\s*(?P<thing>[가-힣]{1,6}?)(?:을|를|이|가|도)?\s*"
    r"(?P<q>\d{1,3})\s*분\s*(?:정도\s*|쯤\s*)?(?:먼저|앞에|앞에서|전에)\s*"
    r"(?:하면|틀면|나오면|보여주면|해주면|틀어주면|한다면|나온다면|튼다면)요?\s*[?？]?\s*$"
)
# The previous turn asked when something ends, a clock time given.
_END_ASKED = re.compile(
    r"시\s*(?:\d{1,2}\s*분|반)?[^?？]*(?:언제|몇\s*시)[^?？]*(?:끝|마치|마쳐|나와)"
)


def thing_shown_first(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``광고 15분 먼저 하면?``: the previous clock span made that many minutes longer."""
    said = _TURN.match(text)
    if said is None or len(steps) != 1 or _NOT_A_THING.match(said["thing"]):
        return None
    if _END_ASKED.search(steps[0]) is None:
        return None
    return change_by_amount(f"{said['q']}분 더 걸리면?", steps)
