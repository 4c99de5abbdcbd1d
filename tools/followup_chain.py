"""Replaying a conversation's deterministic steps, and follow-ups counted from a date answer.

A follow-up is answered by re-running the steps the previous turns amounted to
(``run_chain``); when the previous answer is a date, "그 다음 주 금요일은?" or "거기서 2주
뒤는" is a new date question counted from that date rather than arithmetic on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from core.lazy_regex import LazyPattern
from tools.followup_dates import answer_from_date, is_date_follow_up
from tools.followup_edits import SPELLED_NUMBERS
from tools.handlers import HandlerResult, match_deterministic
from tools.references import DATE_SHIFT, is_follow_up

__all__ = ["FollowUp", "counted_from_date", "from_previous_date", "run_chain"]

_DATE_SHIFT = LazyPattern(DATE_SHIFT, re.IGNORECASE)


@dataclass(frozen=True)
class FollowUp:
    """A follow-up answered by re-running the previous turn's steps.

    Attributes:
        steps: The step texts that were run, the substitution applied.
        result: The last step's handler result (the answer to the follow-up).
        how: One line for the trace: what was changed or added.
    """

    steps: tuple[str, ...]
    result: HandlerResult
    how: str


def run_chain(steps: Sequence[str], now: datetime | None = None) -> HandlerResult | None:
    """Run steps through the deterministic handlers, each seeing the one before.

    Returns:
        The last step's result, or ``None`` when any step needs a model.
    """
    result: HandlerResult | None = None
    first: HandlerResult | None = None
    for step in steps:
        result = match_deterministic(step, previous=result, now=now)
        if result is None:
            return None
        first = first or result
    return result if first is None or result is None else _to_first_rounding(first, result)


# A result shown rounded: "22.99 / 3 (to 2 decimal places)".
_SHOWN_TO = LazyPattern(r"\(to (?P<n>\d+) decimal places\)$")
#: A chain's answer shown as its first turn was (switched off in tests).
USE_FIRST_ROUNDING = True


def _to_first_rounding(first: HandlerResult, last: HandlerResult) -> HandlerResult:
    """``last`` shown to the places ``first`` was shown to (a share shown to the cent, its
    year to the cent too): the chain carries the exact share (calc64), so "and for two
    pairs" after 96.74 (89.99 with 7.5% tax) is 193.48, never 193.4785."""
    shown = _SHOWN_TO.search(first.detail)
    if not USE_FIRST_ROUNDING or shown is None or last is first or _SHOWN_TO.search(last.detail):
        return last
    if last.unit not in (None, "") or not isinstance(last.value, float):
        return last
    places = int(shown["n"])
    exact = Decimal(str(last.value))
    rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if rounded == exact:
        return last
    return last.model_copy(
        update={
            "answer": f"{rounded:,.{places}f}",
            "value": float(rounded),
            "detail": f"{last.detail} (to {places} decimal places)",
        }
    )


# A date answer's value ("2026-06-30") and the words framing a follow-up about it.
_ISO_DATE = LazyPattern(r"\d{4}-\d{2}-\d{2}")
_ASKS_WEEKDAY = LazyPattern(r"\b(?:week)?day\b[^.]*\b(?:that|it)\b|무슨\s*요일|몇\s*요일", re.I)
_DATE_FRAME = LazyPattern(r"^\s*(?:그럼|그러면|그렇다면|and|then|so)(?![가-힣])\s*,?\s*", re.I)
# "무슨 요일이에요?" right after a date answer: nothing else the bare question could be about.
_BARE_WEEKDAY_KO = LazyPattern(
    r"^\s*(?:그날은?|그\s*날짜는?|그건|그게)?\s*(?:무슨|몇)\s*요일(?:이에요|이야|인가요|이죠|예요|일까요?)?\s*[?？]?\s*$"
)


def counted_from_date(text: str, steps: Sequence[str], now: datetime | None) -> FollowUp | None:
    """ "그 다음 주 금요일은?" after a date answer: the date question, counted from that date."""
    if not steps or not (is_follow_up(text) or _BARE_WEEKDAY_KO.match(text)):
        return None
    previous = run_chain(steps, now)
    if previous is None or previous.handler != "dates":
        return None
    if not _ISO_DATE.fullmatch(str(previous.value)):
        return None
    step = f"{previous.value} {_DATE_FRAME.sub('', text, count=1)}"
    if _ASKS_WEEKDAY.search(text):
        # "what weekday is that?": the weekday of that date, in the dates handler's words.
        # Asked in Korean, it is answered in Korean ("그날 무슨 요일이야?" had got "Monday").
        korean = re.search("[가-힣]", text) is not None
        step = (
            f"{previous.value}은 무슨 요일?"
            if korean
            else f"What day of the week is {previous.value}?"
        )
    shift = _DATE_SHIFT.match(text)
    if shift is not None:
        # "then add 3 more days" -> "3 days after 2026-03-13", which the dates handler reads.
        count = (shift["add_n"] or shift["later_n"]).lower()
        unit = shift["add_u"] or shift["later_u"]
        count = {"a": "1", "an": "1"}.get(count, SPELLED_NUMBERS.get(count, count))
        step = f"{count} {unit.lower()}s after {previous.value}"
    result = match_deterministic(step, now=now)
    if result is None or result.handler != "dates":
        return None
    return FollowUp(steps=(step,), result=result, how=f"counted from {previous.value}")


def from_previous_date(text: str, steps: Sequence[str], now: datetime | None) -> FollowUp | None:
    """ "거기서 2주 뒤는", "다음달 말일은?", "D-100은?" after a date answer: from that date."""
    if not steps or not is_date_follow_up(text):
        return None
    previous = run_chain(steps, now)
    dated = answer_from_date(text, previous, now) if previous is not None else None
    if dated is None:
        return None
    step, result, how = dated
    return FollowUp(steps=(step,), result=result, how=how)
