"""Answer a step with plain code when plain code can (DESIGN.md principle 1).

``match_deterministic`` tries, in order: curated FAQ, currency conversion at a
stated rate, date arithmetic, unit conversion and the calculator. Each matcher
only accepts text that is *entirely* its kind of request, so a generative
request that merely contains a number falls through to a model (a false
positive is worse than a miss).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import datetime

from core.errors import ToolInputError
from tools.courtesy import without_courtesy
from tools.currency_named_rate_43 import read_named_rate_conversion
from tools.facing_turns_54e import read_facing
from tools.faq import FaqBook
from tools.followup_measure_asked_43 import asks_english_measure_got_money
from tools.handler_calculation import read_calculation
from tools.handler_measures import read_dates, read_rounding, read_units
from tools.handler_money import (
    read_cheaper_pack,
    read_currency,
    read_prices_each,
    read_ratio,
    read_two_figures,
)
from tools.handler_references import points_inside, substitute_previous
from tools.handler_result import HandlerName, HandlerResult
from tools.korean_numbers import numerals_read_once
from tools.references import (
    has_reference,
)
from tools.stated_rate import question_after_stated_rate
from tools.units_cup_weights_53b import cups_in_grams

__all__ = ["HandlerName", "HandlerResult", "match_deterministic"]

_MAX_STEP_CHARS = 300


def _faq(text: str, faq: FaqBook | None) -> HandlerResult | None:
    hit = faq.lookup(text) if faq is not None else None
    if hit is None:
        return None
    return HandlerResult(
        handler="faq",
        answer=hit.answer,
        value=hit.entry.id,
        detail=f"faq:{hit.entry.id} ({hit.match} match on {hit.matched_text!r})",
    )


@numerals_read_once
def match_deterministic(
    step_text: str,
    *,
    previous: HandlerResult | None = None,
    now: datetime | None = None,
    faq: FaqBook | None = None,
) -> HandlerResult | None:
    """Answer a step with plain code, or return None when a model is needed.

    Args:
        step_text: One step (see ``tools.planner.split_steps``).
        previous: The previous step's result, for references like "그걸 3명이 나누면".
        now: The current time for date questions (default: now in Asia/Seoul).
        faq: Curated answers to check first; skipped when None.

    Returns:
        The answer with the handler that produced it, or None.
    """
    raw = unicodedata.normalize("NFKC", step_text).strip()
    text = without_courtesy(raw)
    if not text or len(text) > _MAX_STEP_CHARS:
        return None
    # (A turns puzzle's "im facing north, " is its start, never a courtesy: set 45.)
    hit = _faq(text, faq) or read_facing(raw)
    if hit is not None:
        return hit
    matchers: tuple[Callable[[str], HandlerResult | None], ...] = (
        read_currency,
        # A currency with no table entry, at the rate the user states (set 43's 바트).
        read_named_rate_conversion,
        lambda t: read_dates(t, now),
        read_units,
        cups_in_grams,  # "2 and a half cups of flour" at a cup's standard weight (set 37)
        read_rounding,
        read_ratio,
        read_prices_each,
        read_cheaper_pack,
        read_two_figures,
        read_calculation,
    )
    if has_reference(text):
        substituted = substitute_previous(text, previous) if previous is not None else None
        if substituted is None and not points_inside(text):
            return None
        if substituted is None:
            # "$45 a month. How much is that per year?": the reference points inside the
            # sentence; only when the calculator reads the whole of it as arithmetic, or
            # the units reader as one measure asked in another unit ("its -10°C outside,
            # whats that in fahrenheit").
            matchers = (read_units, read_calculation)
        else:
            text = substituted
    for matcher in matchers:
        try:
            result = matcher(text)
        except ToolInputError:
            # The text looked like this kind of request but is not answerable
            # here (division by zero, unknown unit): let the next track explain.
            continue
        if result is not None and asks_english_measure_got_money(text, result):
            # "with 50 dollars at 3.89 a gallon how many gallons" read as dollars at a won
            # rate (195원): gallons were asked, so no sum of money answers it (set 43).
            continue
        if result is not None:
            return result
    return _after_stated_rate(text, previous, now)


def _after_stated_rate(
    text: str, previous: HandlerResult | None, now: datetime | None
) -> HandlerResult | None:
    """ "1달러=1,400원 기준으로 계산해줘. 삼만오천원짜리 4개 사면 얼마야": the sum, in won.

    The rate is for a later conversion; only a result in won is the question's answer
    (anything else would have needed the rate, which the rest does not use).
    """
    rest = question_after_stated_rate(text)
    if rest is None:
        return None
    result = match_deterministic(rest, previous=previous, now=now)
    if result is None or result.unit != "원":
        return None
    return result.model_copy(update={"detail": f"{result.detail} (rate stated for later)"})
