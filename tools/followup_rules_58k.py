"""Follow-up rules of set 49's Korean turns (helper opens58k), spliced into
:data:`tools.followup_change_rules.CHANGES` ahead of the older rules: each reads only after
its own first-turn form.

- "첫달도 그냥 20만원 넣으면?" after a first month priced apart from the months after it
  ("적금 첫달은 50만원 넣고 그담달부터 매달 20만원씩 넣으면 1년 원금 얼마",
  :mod:`tools.priced_first_month_58k`): the first month's amount said anew, the rest kept;
  "첫달도 똑같이 하면" is the monthly amount.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals
from tools.priced_first_month_58k import first_month_then_monthly, with_first_month

__all__ = ["CHANGES_58K", "first_month_changed"]

Resolved = tuple[list[str], str] | None

# "첫달도 그냥 20만원 넣으면?", "처음 달에 30만원만 내면", "첫달도 똑같이 하면", "첫 달도 매달이랑
# 같게 넣으면 얼마".
_FIRST_MONTH_SAID = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|아\s*|만약\s*)?(?:첫\s*(?:번째\s*)?(?:달|월|납입|회차?)|처음\s*(?:한\s*)?달)"
    r"\s*(?:도|에도|부터|만|은|는|에|에는)?\s*(?:그냥\s*|그대로\s*)?"
    r"(?:(?P<a>\d+)\s*원\s*(?:만|씩|으로|로)?"
    r"|(?P<same>똑같이|같이|같게|동일하게|(?:매달|다른\s*달|나머지)(?:이랑|과|하고|처럼)\s*(?:똑같이|같이|같게)?))"
    r"\s*(?:넣으면|내면|하면|부으면|납입하면|이면|면)\s*(?:얼마[가-힣]*|원금[은는]?\s*(?:얼마[가-힣]*)?)?"
    r"\s*[?？.]*\s*$"
)


def first_month_changed(text: str, steps: Sequence[str]) -> Resolved:
    """The first-month form re-run with its first month's amount said anew, or ``None``."""
    said = _FIRST_MONTH_SAID.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    read = first_month_then_monthly(step)
    if read is None:
        return None
    amount = said["a"] or read.each
    changed = with_first_month(step, amount)
    return None if changed is None else ([changed], f"첫달 {read.first}원 → {amount}원")


CHANGES_58K = (
    # "첫달도 그냥 20만원 넣으면?" after "적금 첫달은 50만원 넣고 그담달부터 매달 20만원씩 …".
    first_month_changed,
)
