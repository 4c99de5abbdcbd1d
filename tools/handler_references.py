"""A step that points back at the previous step's result ("그걸 3명이 나누면", "that").

The previous result said as text a matcher reads, and whether a reference points inside
its own sentence rather than back (:func:`tools.handlers.match_deterministic` asks).
"""

from __future__ import annotations

import ast
import re
from decimal import Decimal, InvalidOperation, localcontext

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.calculator_eval import ArithmeticEvaluator
from tools.calculator_units import spans_in_minutes
from tools.handler_result import HandlerResult
from tools.korean_numbers import decimal_to_str
from tools.references import (
    KOREAN_REFERENCE_PATTERN,
    substitute_reference,
)

__all__ = ["points_inside", "previous_text", "substitute_previous"]


# A result shown to fewer places than it has ("22.99 / 3 (to 2 decimal places)"): its
# arithmetic, which gives the value before it was rounded for the eye.
_SHOWN_ROUNDED = LazyPattern(r"^(?P<e>[\d\s.+\-*/()]+?)\s*\(to \d+ decimal places\)$")
# The places a previous result is carried to: a share of 19.99 over 6 cut at ten places
# (3.3316666667) came out 39.9800000004 a year (calc64); past a float's own digits.
_CARRIED_PLACES = 15
#: The previous result carried exact, not as shown rounded (switched off in tests).
USE_EXACT_CARRY = True


def _carried_value(previous: HandlerResult) -> Decimal:
    """The previous result's value as exact as it is known: a share shown to the cent
    (7.66 for 22.99 over 3) is carried as the share itself, so "and per year?" is 91.96,
    never 7.66 x 12 = 91.92 (calc64: the cent lost a year over)."""
    shown = Decimal(str(previous.value))
    rounded = _SHOWN_ROUNDED.match(previous.detail) if USE_EXACT_CARRY else None
    if rounded is None:
        return shown
    try:
        with localcontext() as ctx:
            ctx.prec = 34
            exact = ArithmeticEvaluator(rounded["e"], rounded["e"]).eval(
                ast.parse(rounded["e"].strip(), mode="eval")
            )
    except (ToolInputError, SyntaxError, InvalidOperation, ZeroDivisionError):
        return shown
    # Only the arithmetic that gave the shown figure: rounded, the two agree to the cent.
    return exact if abs(exact - shown) < Decimal("0.01") else shown


def previous_text(previous: HandlerResult) -> str | None:
    """The previous result as text a matcher can read ("337500원", "62.1371 mi")."""
    if not isinstance(previous.value, float | int):
        return None
    try:
        places = _CARRIED_PLACES if USE_EXACT_CARRY else 10
        number = decimal_to_str(_carried_value(previous), places)
    except InvalidOperation:
        return None
    if previous.unit == "$":
        return f"${number}"
    if previous.unit and previous.handler == "units":
        return f"{number} {previous.unit}"
    return f"{number}{previous.unit or ''}"


# An English "that"/"it" in a sentence this long may point at its own subject.
_SENTENCE_WORDS = 7


# "보너스 54만원 나왔는데 이거 1.5배면": a Korean "이거" after a clause that states an
# amount and ends in 인데/는데 is that amount, not an earlier turn's result.
_KO_OWN_AMOUNT_THEN_REFERENCE = LazyPattern(
    r"\d[^?!.。]*?(?:인데|는데)\s*,?\s*(?:이거|그거|이걸|그걸|이게|그게)(?![가-힣])"
    # "15%세일 중이고 거기에 5천원 적립금 쓰면": "거기" after a clause of its own sentence
    # (set 49's coupon form, opens58k).
    r"|\d[^?!.。]*?(?:인데|는데|이고|하고)\s*,?\s*거기(?:서|에서|에|다가|에다가)(?![가-힣])"
    # "20만원 코트 30% 세일 거기서 또 10% 할인": a cut said as a noun, then "거기서" (wrongs61).
    r"|\d[^?!.。]*?\d\s*%\s*(?:할인|세일)\s*,?\s*거기(?:서|에서)(?![가-힣])"
)


def points_inside(text: str) -> bool:
    """ "I pay $45 a month. How much is that per year?": "that" is the sentence's own."""
    if _KO_OWN_AMOUNT_THEN_REFERENCE.search(text):
        return True
    return len(text.split()) >= _SENTENCE_WORDS and not re.search(KOREAN_REFERENCE_PATTERN, text)


_ADDS_OR_TAKES = LazyPattern(
    r"빼|더하|더\s*(?:걸리|늘|하)|추가|plus|minus|\badd|subtract|take\s+off|[+-]\s*\d", re.I
)


def substitute_previous(text: str, previous: HandlerResult) -> str | None:
    value = previous_text(previous)
    if value is None:
        return None
    if previous.unit == "min" and _ADDS_OR_TAKES.search(text):
        # "거기서 50분 빼면" after 255 minutes: the span said in minutes, like the result.
        # (Only a sum or difference: a span over a span, "2시간으로 나누면", is no span.)
        return spans_in_minutes(substitute_reference(text, value))
    return substitute_reference(text, value)
