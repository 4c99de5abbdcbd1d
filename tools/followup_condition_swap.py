"""A follow-up that only states another condition asks the previous question under it.

"딸 결혼식이면요?" after "제가 결혼하면 휴가 며칠 받아요?" asks how many days of leave a
daughter's wedding gives: the previous question with its opening condition ("제가
결혼하면") replaced by the new one. Alone, the turn names no subject (휴가) and was
declined, although the leave policy states it ("자녀 결혼은 1일").

Kept narrow: the follow-up is only a condition ("X이면요?", "X면요?", after an optional
그럼), and the previous question opens with a short condition clause (at most two words,
the last ending in -면) followed by what it asks. A previous question whose condition
holds its subject ("주차 1시간 넘으면 얼마예요?" has three words before -면) is left alone,
since replacing it would drop the subject. The caller takes the result only when the
documents answer it with a cited sentence.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["with_condition_swapped"]

# "딸 결혼식이면요?", "그럼 아들이면요?", "토요일이면요?": a condition and nothing else.
_CONDITION_ONLY = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?P<cond>[가-힣0-9]+(?:\s+[가-힣0-9]+)?(?:이)?면)요\s*[?？]\s*$"
)
# "제가 결혼하면 휴가 며칠 받아요?": one or two words ending in -면, then the question.
_OPENING_CONDITION = LazyPattern(
    r"^\s*(?P<cond>(?:[가-힣]+\s+)?[가-힣]+면)\s+(?P<rest>[^?？]*[가-힣][^?？]*[?？]?)\s*$"
)
_FIGURE = re.compile(r"\d")


def with_condition_swapped(text: str, previous_question: str) -> str | None:
    """The previous question asked under the follow-up's condition, or ``None``.

    Args:
        text: The follow-up ("딸 결혼식이면요?").
        previous_question: The user's previous question ("제가 결혼하면 휴가 며칠 받아요?").

    Returns:
        "딸 결혼식이면 휴가 며칠 받아요?"; ``None`` when the turn is more than a
        condition, states a figure, or the previous question opens with no short condition.
    """
    found = _CONDITION_ONLY.match(text)
    if found is None or _FIGURE.search(text):
        return None
    previous = _OPENING_CONDITION.match(previous_question)
    if previous is None or previous["cond"] == found["cond"]:
        return None
    return f"{found['cond']} {previous['rest'].strip()}"
