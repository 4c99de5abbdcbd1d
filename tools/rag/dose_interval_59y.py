"""How long to wait before the next dose is the dosing interval a guide writes.

Why this exists: "아세트아미노펜 먹고나서 다음꺼 먹을때까지 얼마나 기다려요" asks what the
pharmacy guide states as "4~6시간 간격으로 복용하며", and was declined ("문서에 없는 내용:
걸리는 기간"): 다음 (the next one) and 기다리 (wait) are words no guide writes. "아세트아미노펜
몇 시간 간격으로 먹어요" is answered. A question that asks both a taking again (다음 거 먹을
때까지, 다시 먹으려면, 또 먹어도) and a length of waiting (얼마나 기다려, 몇 시간 지나야,
얼마나 있다가, 텀) asks that interval, and is worded so; what comes before it (the drug,
whose dose) is kept as typed.

Not a wait before another act ("약 먹고 얼마나 있다가 밥 먹어요": food, not a dose), nor
before the next visit ("다음 진료 때까지 얼마나 기다려요"), nor how soon a dose works ("효과
나올 때까지 얼마나 걸려요"): each lacks the taking again.
"""

from __future__ import annotations

import re

__all__ = ["with_dose_interval_named"]

# Taking the next one again: 다음 꺼/거/번 (약/알) 먹을, 다시 먹으려면, 또 복용해도.
_TAKEN_AGAIN = re.compile(
    r"(?:다음\s*(?:꺼|거|것|번|알|약|회차)?|다시|또)\s*(?:약\s*(?:을|를)?\s*|한\s*알\s*)?"
    r"(?:먹|복용|드시|드셔|투약)"
)
# A length of waiting: 얼마나 기다려, 몇 시간 지나야, 얼마나 있다가, 텀/간격을 둬야.
_WAIT = re.compile(
    r"(?:얼마나|몇\s*시간(?:이나)?|몇시간)\s*(?:더\s*)?"
    r"(?:기다|있다가|있어야|지나|참아야|쉬어야|텀|간격|떨어|띄워|두고|둬야)"
    r"|(?:텀|간격)\s*(?:을|를|은|는|이)?\s*(?:얼마나|몇\s*시간)"
)

# Off only in the test that shows what this rule changes.
use_dose_interval = True


def with_dose_interval_named(question: str) -> str:
    """``question`` asking "몇 시간 간격으로 먹어요?" where it asks the wait before a next dose."""
    if not use_dose_interval:
        return question
    again, wait = _TAKEN_AGAIN.search(question), _WAIT.search(question)
    if again is None or wait is None:
        return question
    before = question[: min(again.start(), wait.start())].rstrip()
    return f"{before} 몇 시간 간격으로 먹어요?".lstrip()
