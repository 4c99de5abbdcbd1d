"""Passing days on to a later period (다음 해로 넘기다) is carrying them over: 이월.

"남은 연차 다음 해로 몇 일까지 넘길 수 있어요?" asks what a leave rule writes as "다음 해로
최대 5일까지 이월할 수 있습니다"; and "못 넘긴 건요?" after it asks of "이월하지 못한
연차". 넘기다 alone is no synonym of 이월 ("하루 4,000mg을 넘기지 마세요" is exceeding a
dose, "기한을 넘기면" missing a deadline), so only a 넘기다 whose destination is a later
period (다음 해, 내년, 이듬해, 다음 달) is written 이월하다, in the same form.
"""

from __future__ import annotations

import re

__all__ = ["with_carry_over_named"]

# A later period as the destination, words between (a count, 다, 못), then a form of 넘기다.
_CARRIED = re.compile(
    r"(?P<period>다음\s*해|내년|이듬해|다음\s*달|다음\s*연도)(?:로|으로|에)?"
    r"(?P<between>(?:\s+[^\s?.!]{1,6}){0,3}?\s*)"
    r"넘(?P<form>기|길|긴|겨|겼)"
)
_FORMS = {"기": "이월하", "길": "이월할", "긴": "이월한", "겨": "이월해", "겼": "이월했"}


def _as_carry_over(match: re.Match[str]) -> str:
    whole = match.group(0)
    verb_at = match.start("form") - match.start() - 1  # 넘 starts the verb
    return whole[:verb_at] + _FORMS[match.group("form")]


def with_carry_over_named(question: str) -> str:
    """``question`` with 넘기다 towards a later period written 이월하다.

    Args:
        question: The question, or a follow-up carried with the thread's words.

    Returns:
        "다음 해로 몇 일까지 이월할 수 있어요?" for "다음 해로 몇 일까지 넘길 수 있어요?";
        the question unchanged when no later period is the destination.
    """
    return _CARRIED.sub(_as_carry_over, question)
