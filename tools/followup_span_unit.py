"""``18개월이면?`` after "매달 35만원씩 1년 모으면": the one span, given in another unit.

The rule: a short turn that is only a count of months or years ("18개월이면?", "6달이면",
"2년이면요?") re-runs the previous step with its one span of years or months replaced by
the new one, unit and all, when the units differ (the same unit is a new count, which
other rules read). Two spans in the step, or none, leave the turn alone: which one is
meant would be a guess.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = ["span_in_another_unit"]

_UNITS = {"년": "년", "개월": "개월", "달": "개월"}
_NEW = LazyPattern(
    r"^\s*(?:그럼|그러면|아)?\s*(?P<n>\d+)\s*(?P<u>년|개월|달)\s*(?:동안)?\s*"
    r"(?:이면요?|면요?|이라면|라면|은요?|는요?)\s*(?:얼마\S*)?\s*[?？]*\s*$"
)
_SPAN_IN_STEP = LazyPattern(r"(?<![\d.])(?P<n>\d+)\s*(?P<u>년|개월|달)(?![가-힣])")


def span_in_another_unit(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous step with its one span of years or months in the turn's unit, or None."""
    if not steps:
        return None
    new = _NEW.match(normalize_numerals(text))
    if new is None:
        return None
    last = normalize_numerals(steps[-1])
    olds = list(_SPAN_IN_STEP.finditer(last))
    if len(olds) != 1 or _UNITS[olds[0]["u"]] == _UNITS[new["u"]]:
        return None
    old = olds[0]
    span = f"{new['n']}{_UNITS[new['u']]}"
    return [*steps[:-1], last[: old.start()] + span + last[old.end() :]], f"{old.group()} → {span}"
