"""A condition followed by a question of its own asks that question, not the sum again.

"헬스 3개월 하면 몸 좀 바뀜?" (does 3 months at the gym change my body?) after a gym price
question was answered "153,000원": its "3개월 하면" read as a change of the months and the
sum re-run. A Korean follow-up that changes a figure ends with its condition ("3개월
하면?") or asks a figure after it ("3개월이면 얼마?", "넷이면 한명당?"); when the words after
the condition ask something else ("몸 좀 바뀜?", "효과 있어?", "괜찮아?"), the figure only sets
the scene of another question, which no re-run of the previous steps answers.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["asks_another_question"]

# The last condition of the turn ("하면", "이면", "으면", "되면") and what follows it.
_CONDITION_THEN = LazyPattern(r"(?:하|이|으|되|라)?면\s+(?P<tail>[^?？]*?)\s*[?？]*\s*$")
# Words after the condition that still ask for a figure of the sum.
_ASKS_A_FIGURE = LazyPattern(
    r"얼마|몇|총|합계|합치|금액|가격|비용|요금|계산|값|나와|나오|들어|내야|줘야|받아|받을|받나|받는"
    r"|남아|남는|남을|모여|모이|모으|모을|인당|명당|씩|각자|차이|이득|손해|싸|비싸|아껴|아끼|절약"
    r"|돈|비|금|료|세|달러|원|엔|유로|나머|잔액|어떻게\s*(?:돼|되)|\d"
)
# A tail that is only "돼?", "됨?" ("…내면 돼?": is that what to pay) or that names what is
# asked with a topic particle ("달러로는?", "주거비는?") asks the figure too.
# "그건?" ("40만 원 충전하면 그건?") points back at the question asked before, and so does
# "그것도?" ("설탕은 4인분에 30g이면 그것도": the same question of it, too).
_ASKS_WHAT_IT_IS = LazyPattern(
    r"^(?:돼|됨|되나|되나요|돼요|될까|되지|그건|이건|그거는|그럼|그러면|그건요"
    r"|그것도|이것도|그거도|그것도요)$|(?:은|는)$"
    # "쿠폰 먼저 쓰고 30% 하면 달라져?": whether the figure changes, nothing else named (set 49).
    r"|^(?:(?:값|가격|금액|결과)\s*(?:이|은|도)?\s*)?(?:달라져|달라지나|달라짐|달라지냐|바뀌어|바뀌나)$"
)
_HANGUL = re.compile(r"[가-힣]")
# A tail that itself ends in a condition ("… 하나 더 사면"): the last condition ends the turn.
_ENDS_IN_CONDITION = re.compile(r"(?:하|이|으|되|라|사|시키|있으|었으)?면$")


def asks_another_question(text: str) -> bool:
    """Whether ``text`` puts a condition and then asks something that is no figure.

    Args:
        text: A follow-up turn.
    """
    found = _CONDITION_THEN.search(text)
    if found is None:
        return False
    tail = found["tail"]
    if _ENDS_IN_CONDITION.search(tail) is not None:
        return False  # "컵라면 하나 더 사면": that 면 was a noun's; the turn ends in its condition
    if _HANGUL.search(tail) is None or _ASKS_WHAT_IT_IS.search(tail) is not None:
        return False
    return _ASKS_A_FIGURE.search(tail) is None
