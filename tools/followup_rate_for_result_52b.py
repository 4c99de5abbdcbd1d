"""A price for each of a counted result, or a wage for each hour of a timed one (sets 36, 39).

"how many tiles do i need …" (64) then "they're 12.50 each so how much is that" is 64 x 12.50;
"worked 8:45am to 5:15pm with a 30 min unpaid lunch, how many hours is that" (8 hours) then
"and at 18.50 an hour?" is 8 x 18.50. No rule read a rate given for the previous *result*:
the rate rules swap a rate the previous question already held, so both turns went to a model.

Read only when the turn is the rate and nothing else (one figure, "each"/"apiece"/"개당" for a
count, "an hour"/"시급"/"시간당" for a time), and the previous result is of the kind the rate
prices: a whole count from the calculator with no money in it, or a span of time. A previous
question that held money or a rate of its own is left alone: there the new rate would replace
one, which is another rule's reading (or none).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain
from tools.handler_result import HandlerResult
from tools.korean_numbers import normalize_numerals

__all__ = ["rate_for_previous_result"]

_N = r"\d+(?:\.\d+)?"
_MONEY = rf"(?P<dollar>\$)?\s*(?P<rate>{_N})\s*(?P<won>원)?"
_EACH_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok(?:ay)?\s*,?\s*)?(?:if\s+)?"
    r"(?:(?:they|those|these)\s*(?:'re|are|were|cost)|it'?s|at|each\s+(?:is|costs))?\s*"
    rf"{_MONEY}\s*(?:each|apiece|a\s+piece|per\s+(?:piece|one|item|unit))\b"
    r"(?:\s*,?\s*(?:so\s+)?(?:how\s+much\s+(?:is\s+that|would\s+that\s+be|will\s+that\s+be"
    r"|in\s+total|altogether|all\s+together)|what'?s\s+the\s+total))?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_HOUR_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok(?:ay)?\s*,?\s*)?(?:what\s+about\s+|how\s+about\s+)?"
    r"(?:at\s+|if\s+i\s+(?:get|got|make|earn|was|am)\s+(?:paid\s+)?)?"
    rf"{_MONEY}\s*(?:dollars?\s+)?(?:an|a|per|/)\s*(?:hour|hr)\b"
    r"(?:\s*,?\s*(?:how\s+much\s+(?:is\s+that|would\s+that\s+be|do\s+i\s+(?:get|make|earn))"
    r"|what\s+do\s+i\s+(?:get|make|earn)))?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_TAIL_KO = (
    r"\s*(?:이면|면|이라면|라면|일\s*때)\s*(?:얼마(?:야|예요|에요|죠|지|임)?|총\s*얼마\w*)?"
    r"\s*[?？!.]*\s*$"
)
_EACH_KO = LazyPattern(
    rf"^\s*(?:그럼\s*)?(?:개당|하나에|한\s*개에|1개에|장당)\s*{_MONEY}{_TAIL_KO}"
)
_HOUR_KO = LazyPattern(rf"^\s*(?:그럼\s*)?(?:시급|시간당)\s*{_MONEY}{_TAIL_KO}")
# Money or a rate in the previous question: the new rate would replace one, not price it.
_PRICED = LazyPattern(
    r"[$£€₩]|원|달러|dollars?\b|bucks?\b|\beach\b|\bapiece\b|\bper\b|\ba\s+(?:piece|hour|day)\b"
    r"|\ban\s+hour\b|당|씩|시급",
    re.IGNORECASE,
)
# How the dates handler writes a span of time it worked out ("… less 30 min = 480 min").
_SPAN_MINUTES = LazyPattern(r"=\s*(?P<min>\d+)\s*min\s*$")


def rate_for_previous_result(
    text: str, previous_steps: Sequence[str]
) -> tuple[list[str], str] | None:
    """The previous count times a price each, or its hours times a wage; ``None`` otherwise.

    Args:
        text: The follow-up turn ("they're 12.50 each so how much is that", "시급 1만원이면?").
        previous_steps: The step texts the previous turn amounted to.
    """
    if not previous_steps or any(_PRICED.search(step) for step in previous_steps):
        return None
    said = normalize_numerals(text)
    each = _EACH_EN.match(said) or _EACH_KO.match(said)
    hour = None if each else (_HOUR_EN.match(said) or _HOUR_KO.match(said))
    turn = each or hour
    if turn is None or len(re.findall(r"\d+(?:\.\d+)?", said)) != 1:
        return None
    rate = f"{'$' if turn['dollar'] else ''}{turn['rate']}{'원' if turn['won'] else ''}"
    previous = run_chain(previous_steps)
    if previous is None:
        return None
    if each is not None:
        if not _is_whole_count(previous):
            return None
        return [*previous_steps, f"that times {rate}"], f"the {previous.answer} at {rate} each"
    minutes = _minutes_of(previous)
    if minutes is None:
        return None
    # The hours as a figure of their own: a later turn changing the span is not read.
    return [f"{minutes} / 60 * {rate}"], f"{previous.answer} at {rate} an hour"


def _is_whole_count(result: HandlerResult) -> bool:
    """A whole number of things the calculator worked out, with no unit (no money, no measure)."""
    if result.handler != "calculator" or result.unit or not isinstance(result.value, float):
        return False
    return result.value > 0 and result.value == int(result.value)


def _minutes_of(result: HandlerResult) -> Decimal | None:
    """The minutes of a span of time the previous step gave, or ``None`` for anything else."""
    if result.handler == "calculator" and result.unit == "min":
        return Decimal(str(result.value)) if isinstance(result.value, float) else None
    if result.handler != "dates":
        return None
    span = _SPAN_MINUTES.search(result.detail)
    return Decimal(span["min"]) if span else None
