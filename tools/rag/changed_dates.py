"""A date the asker wants to change is not a date the question asks for.

"예식날짜 변경하면 수수료 있어요?" asks whether changing the date costs a fee. Its word
날짜 made the question read as asking for a date (the datetime answer type), so the
sentence stating the fee ("그 뒤에는 변경 수수료 300,000원이 붙습니다") was never a candidate,
and a deposit sentence that happened to write 당일 and a cancellation row with 일 answered
instead (blind set 33). 날짜 written as the object of a verb of changing (변경, 바꾸다,
옮기다, 미루다, 연기) names what the asker does, not what they ask.

Closed-class only: 날짜/날짜를/날짜는/날짜도 directly followed by one of those verbs, in a
question that asks what the change costs (수수료, 비용, 요금, 위약금, 추가금, 돈, 얼마). A
question that also asks 언제 or 며칠 still asks for a time through those words. Whether the
date may be changed at all ("예약 날짜 바꿀 수 있어요?") is left as it was read: the FAQ's
rescheduling entry, which states by when, answered it, and lost it to this rule.
"""

from __future__ import annotations

import re

__all__ = ["without_changed_dates"]

_CHANGED_DATE = re.compile(
    r"날짜(?=\s*(?:를|을|는|도)?\s*(?:변경|바꾸|바꿔|바꿀|바꾼|옮기|옮겨|옮길|미루|미뤄|미룰|연기))"
)


# What the change costs, which the question asks instead of a date.
_ASKS_CHARGE = re.compile(r"수수료|비용|요금|위약금|추가금|돈|얼마")


def without_changed_dates(question: str) -> str:
    """The question with 날짜 left out where it is the object of a verb of changing.

    Args:
        question: The user's question.

    Returns:
        The question as the answer-type rules should read it ("예식 변경하면 수수료
        있어요" of "예식날짜 변경하면 수수료 있어요"); unchanged when no date is changed
        or the question asks no charge.
    """
    if _ASKS_CHARGE.search(question) is None:
        return question
    return _CHANGED_DATE.sub("", question)
