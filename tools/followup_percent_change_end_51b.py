"""One amount of a percent change told anew with the time it names: "올해 2억5천이면?",
"작년이 1억8천이었으면?".

Set 39: after "작년 매출 2억이었는데 올해 2억3천이면 몇프로 늘은거야" (15%), "올해 2억5천이면?"
went to the cloud. A word for the later time (올해, 이번, 지금) names the new amount (2억5천
over 2억: 25%); a word for the earlier time (작년, 원래, 처음, 전에) names the starting one.
A bare amount ("3680만원이었으면?" after "3200만원에서 3500만원으로") names neither end and
stays declined, as :mod:`tools.followup_edits` decides ("end_unsaid"). The previous
question must be one :func:`tools.calculator_percent_change_ko.percent_change_ko` reads,
and the turn that one amount with "이면/면/이었으면/였으면" after such a time word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_percent_change_ko import percent_change_ko
from tools.followup_previous_51b import one_step_read_by
from tools.korean_numbers import normalize_numerals

__all__ = ["percent_change_end_told"]

_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_TOLD = LazyPattern(
    r"^\s*(?:(?:그럼|만약|만일)\s*)?(?P<when>[가-힣]{1,4}(?:에는|엔|은|는|이)?\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:원)?\s*(?:이었으면|였으면|이면|면|라면|이라면)\s*[?？]*\s*$"
)
# "70키로까지 빼면 몇프로임", "3억까지 늘면?" (set 46): "까지" names the amount reached, the
# new end; its unit, if said, must be the one the question said.
_REACHED = LazyPattern(
    r"^\s*(?:(?:그럼|만약|만일)\s*)?(?P<n>\d+(?:\.\d+)?)\s*(?P<u>원|만원|키로|킬로|kg|g|그램)?\s*까지\s*"
    r"(?:빼면|빠지면|줄이면|줄면|내리면|떨어지면|가면|되면|늘면|늘리면|오르면|올리면|찌면)\s*"
    r"(?:몇\s*(?:%|퍼센트|퍼|프로)\S*)?\s*[?？]*\s*$",
    re.IGNORECASE,
)
_EARLIER = LazyPattern(r"^(?:작년|지난\s*해|전년|원래|처음|예전|전에)")
_LATER = LazyPattern(r"^(?:올해|금년|이번|지금|현재|나중)")


def percent_change_end_told(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The percent change with one of its two amounts told anew, or ``None``.

    Args:
        text: The follow-up turn ("3680만원이었으면?").
        steps: The previous turn's step texts.
    """
    digits = one_step_read_by(steps, percent_change_ko)
    if digits is None:
        return None
    said = normalize_numerals(text)
    reached = _REACHED.match(said)
    if reached is not None and (reached["u"] is None or reached["u"] in digits):
        figures = list(_FIGURE.finditer(digits))
        if len(figures) != 2:
            return None
        start, end = figures[1].span()
        changed = digits[:start] + reached["n"] + digits[end:]
        return [changed], f"the new amount {figures[1].group()} → {reached['n']}"
    told = _TOLD.match(said)
    if told is None:
        return None
    when = (told["when"] or "").strip()
    if not (_EARLIER.match(when) or _LATER.match(when)):
        # A bare amount ("60만원이었으면?") names neither end: declined by design (the
        # "end_unsaid" check of tools.followup_edits, test_wrongs_34); "월세는 …" names
        # something else.
        return None
    figures = list(_FIGURE.finditer(digits))
    if len(figures) != 2:
        return None
    which = 0 if _EARLIER.match(when) else 1
    start, end = figures[which].span()
    changed = digits[:start] + told["n"] + digits[end:]
    side = "starting" if which == 0 else "new"
    return [changed], f"the {side} amount {figures[which].group()} → {told['n']}"
