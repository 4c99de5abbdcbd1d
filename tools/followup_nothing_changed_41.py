"""A turn that restates the previous request's own figures changes nothing: no follow-up.

"헬스 3개월 하면 몸 좀 바뀜?" (does 3 months at the gym change my body?) after "헬스 한달
6만원인데 3개월 끊으면 15%할인이래 총 얼마야" was answered "153,000원": a slot rule swapped
the 3개월 for 3개월 and re-ran the sum. A follow-up re-runs the previous steps *with a
change*; when every figure the turn says is one the previous request already said and the
re-run gives the very answer already given, the turn asks something else about the same
situation (an opinion, a fact), which no re-run answers. It is then left to the tracks
that read questions (a model with the previous turn).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation

from tools.followup_chain import run_chain
from tools.handlers import HandlerResult
from tools.korean_numbers import normalize_numerals

__all__ = ["changes_nothing"]

_FIGURE = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?")


def _figures(text: str) -> set[Decimal]:
    values = set()
    for match in _FIGURE.finditer(normalize_numerals(text)):
        try:
            values.add(Decimal(match.group(0).replace(",", "")))
        except InvalidOperation:
            continue
    return values


def changes_nothing(
    text: str, previous_steps: Sequence[str], result: HandlerResult, now: datetime | None
) -> bool:
    """Whether the follow-up ``text`` only restates figures and re-gives the same answer.

    Args:
        text: The follow-up turn.
        previous_steps: The steps the previous turn amounted to.
        result: What re-running them with the turn's change gave.
        now: The current time for date steps.
    """
    said = _figures(text)
    if not said or not previous_steps:
        return False  # "반올림하면?": an operation, no figure to restate
    if not said <= _figures(" ".join(previous_steps)):
        return False
    previous = run_chain(previous_steps, now)
    return previous is not None and previous.answer == result.answer
