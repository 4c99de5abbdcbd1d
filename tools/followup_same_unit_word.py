"""A new figure with the unit word the previous question used once: "70키로면?" after "65키로".

Blind set 38: after "키 170에 몸무게 65키로면 bmi 얼마야", "70키로면?" went to a model: 키로
(kilo) is kg or km by context, so no unit table places it. Its context is the previous
question: when that question has exactly one figure written with the same unit word
("65키로"), the turn's figure replaces it, and the new question must be read by code. Any
other count of such figures (none, or two) is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.handlers import match_deterministic

__all__ = ["figure_of_same_unit_word"]

_TURN = re.compile(
    r"^\s*(?:그럼|그러면|만약)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>[가-힣A-Za-z]{1,4}?)\s*"
    r"(?:이면|면|이라면|라면|이었으면|였으면|으로는|로는|은|는|일\s*때는?)\s*요?\s*[?？]*\s*$"
)
# Words that are no unit of a figure but a count or a particle ("5명이면", "3개면" are read
# by the head-count and item rules, which know what they change).
_NOT_UNITS = frozenset({"명", "개", "이", "가", "도", "만", "원", "프로", "퍼"})


def figure_of_same_unit_word(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous step with its one figure of the turn's unit word replaced, or ``None``.

    Args:
        text: The follow-up ("70키로면?").
        steps: The previous turn's step texts.
    """
    said = _TURN.match(text)
    if said is None or len(steps) != 1 or said["u"] in _NOT_UNITS:
        return None
    unit = re.escape(said["u"])
    step = steps[0]
    # ("5피트 8인치": a compound measure, whose parts go together, is left alone.)
    found = list(re.finditer(rf"(?<![\d.])(?P<n>\d+(?:\.\d+)?)(?=\s*{unit}(?!\s*\d))", step))
    if len(found) != 1 or found[0]["n"] == said["n"]:
        return None
    old = found[0]
    changed = f"{step[: old.start()]}{said['n']}{step[old.end() :]}"
    if match_deterministic(step) is None or match_deterministic(changed) is None:
        return None
    return [changed], f"{old['n']}{said['u']} → {said['n']}{said['u']}"
