"""Answer a step with plain code when plain code can (DESIGN.md principle 1).

``match_deterministic`` tries, in order: curated FAQ, currency conversion at a
stated rate, date arithmetic, unit conversion and the calculator. Each matcher
only accepts text that is *entirely* its kind of request, so a generative
request that merely contains a number falls through to a model (a false
positive is worse than a miss).
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import re
import unicodedata
from collections.abc import Callable
from datetime import datetime
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

from pydantic import BaseModel, ConfigDict

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.calculator import calculate
from tools.calculator_cents_implied import cents_implied
from tools.calculator_charge_asked import charge_alone
from tools.calculator_places_asked import places_asked, shown_to_places
from tools.calculator_restated_forms import restated_requests
from tools.calculator_save_each_period import saving_toward_a_goal
from tools.calculator_saving_asked import saving_of_one_amount
from tools.calculator_split_one_pays_more import split_one_pays_more
from tools.calculator_tax_parts import tax_parts
from tools.calculator_units import spans_in_minutes
from tools.calculator_word_reader import ASKS_IN_DIGITS
from tools.courtesy import without_courtesy
from tools.currency import (
    MoneyResult,
    convert_currency,
    describe_request,
    parse_currency_request,
)
from tools.currency_fee import fee_on_conversion
from tools.currency_flat_fee import flat_fee_on_conversion
from tools.dates import answer_date_question
from tools.dates_said_after import in_reading_order
from tools.faq import FaqBook
from tools.korean_numbers import decimal_to_str, normalize_numerals
from tools.ratio_split import split_in_ratio
from tools.references import (
    DECIMAL_PLACES,
    KOREAN_REFERENCE_PATTERN,
    has_reference,
    substitute_reference,
)
from tools.stated_rate import question_after_stated_rate
from tools.unit_price_cheaper import cheaper_pack
from tools.unit_prices_each import prices_per_unit_each
from tools.units import convert_units, parse_unit_request
from tools.units_running_k import running_k_in_km

__all__ = ["HandlerName", "HandlerResult", "match_deterministic"]

# "conversation": a recall question quoting the user's own earlier message (tools.said_earlier).
HandlerName = Literal["calculator", "units", "dates", "currency", "faq", "conversation"]
_MAX_STEP_CHARS = 300
_CURRENCY_UNIT = {"KRW": "원", "USD": "$"}


class HandlerResult(BaseModel):
    """A step answered by deterministic code."""

    model_config = ConfigDict(frozen=True)

    handler: HandlerName
    answer: str
    value: float | str | None
    detail: str
    unit: str | None = None


def _previous_text(previous: HandlerResult) -> str | None:
    """The previous result as text a matcher can read ("337500원", "62.1371 mi")."""
    if not isinstance(previous.value, float | int):
        return None
    try:
        number = decimal_to_str(Decimal(str(previous.value)))
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
)


def _points_inside(text: str) -> bool:
    """ "I pay $45 a month. How much is that per year?": "that" is the sentence's own."""
    if _KO_OWN_AMOUNT_THEN_REFERENCE.search(text):
        return True
    return len(text.split()) >= _SENTENCE_WORDS and not re.search(KOREAN_REFERENCE_PATTERN, text)


_ADDS_OR_TAKES = LazyPattern(
    r"빼|더하|더\s*(?:걸리|늘|하)|추가|plus|minus|\badd|subtract|take\s+off|[+-]\s*\d", re.I
)


def _substitute(text: str, previous: HandlerResult) -> str | None:
    value = _previous_text(previous)
    if value is None:
        return None
    if previous.unit == "min" and _ADDS_OR_TAKES.search(text):
        # "거기서 50분 빼면" after 255 minutes: the span said in minutes, like the result.
        # (Only a sum or difference: a span over a span, "2시간으로 나누면", is no span.)
        return spans_in_minutes(substitute_reference(text, value))
    return substitute_reference(text, value)


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


def _currency(text: str) -> HandlerResult | None:
    req = parse_currency_request(text)
    if req is None:
        return None
    fee = fee_on_conversion(normalize_numerals(text))
    if fee is False:
        return None  # a fee named, its direction not: the rate alone would drop it
    flat = flat_fee_on_conversion(normalize_numerals(text))
    if flat is False or (flat is not None and (fee is not None or flat >= req.amount)):
        return None  # a flat fee whose order is unsaid (or beside a percent): no one figure
    if flat is not None:
        req = dataclasses.replace(req, amount=req.amount - flat)
    result = convert_currency(req.amount, req.from_currency, req.to_currency, req.rate)
    detail = describe_request(req)
    if flat is not None:
        detail = f"{detail} ({flat} {req.from_currency} flat fee taken off first)"
    if fee is not None:
        factor = 1 + fee[0] / 100 if fee[1] == "added" else 1 - fee[0] / 100
        result = MoneyResult(result.amount * factor, result.currency)
        detail = f"{detail}; {'+' if fee[1] == 'added' else '-'} {fee[0]}% fee"
    return HandlerResult(
        handler="currency",
        answer=result.display,
        value=float(result.amount),
        detail=detail,
        unit=_CURRENCY_UNIT.get(result.currency, result.currency),
    )


def _dates(text: str, now: datetime | None) -> HandlerResult | None:
    ans = answer_date_question(text, now=now)
    if ans is None and (reordered := in_reading_order(text)) != text:
        # "90 minutes after 11:40pm" is "11:40pm plus 90 minutes" in the order read.
        ans = answer_date_question(reordered, now=now)
    if ans is None:
        return None
    value: float | str | None = float(ans.days) if ans.days is not None else ans.detail
    return HandlerResult(handler="dates", answer=ans.answer, value=value, detail=ans.detail)


def _ratio(text: str) -> HandlerResult | None:
    split = split_in_ratio(text)
    if split is None:
        return None
    # Several shares are no one value a follow-up could carry on from.
    return HandlerResult(handler="calculator", answer=split[0], value=None, detail=split[1])


def _prices_each(text: str) -> HandlerResult | None:
    each = prices_per_unit_each(text)
    if each is None:
        return None
    # Several prices are no one value a follow-up could carry on from.
    return HandlerResult(handler="calculator", answer=each[0], value=None, detail=each[1])


def _two_figures(text: str) -> HandlerResult | None:
    """Questions whose answer is two figures, both asked (set 38): never one of them alone.

    "부가세 포함 33만원 … 공급가랑 부가세 각각" (the net and the tax) and "rent is 1450 split 3
    ways but i pay 100 more than the other two" (the others' share and the one's).
    """
    parts = tax_parts(text)
    split = split_one_pays_more(text) if parts is None else None
    if parts is not None:
        answer, value, korean = parts.answer, parts.net, parts.korean
        detail = f"tax-included amount split: net {parts.net}, tax {parts.tax}"
    elif split is not None:
        answer, value, korean = split.answer, split.one, split.korean
        detail = f"even split less the difference: others {split.others}, one {split.one}"
    else:
        return None
    unit = "원" if korean else None
    return HandlerResult(
        handler="calculator", answer=answer, value=float(value), detail=detail, unit=unit
    )


def _cheaper_pack(text: str) -> HandlerResult | None:
    cheaper = cheaper_pack(text)
    if cheaper is None:
        return None
    # Two prices and a verdict are no one value a follow-up could carry on from.
    return HandlerResult(handler="calculator", answer=cheaper[0], value=None, detail=cheaper[1])


def _units(text: str) -> HandlerResult | None:
    req = parse_unit_request(text)
    if req is None and (in_km := running_k_in_km(text)) is not None:
        req = parse_unit_request(in_km)  # "how many miles is a 5k"
    if req is None:
        return None
    result = convert_units(req.value, req.from_unit, req.to_unit)
    return HandlerResult(
        handler="units",
        answer=result.display,
        value=float(result.value),
        detail=f"{req.value} {result.input_unit} -> {result.unit} ({result.dimension})",
        unit=result.unit,
    )


# "84375.5원을 반올림하면?", "$83.33를 올림", "round 83.333": rounding to a whole number.
_ROUNDING = LazyPattern(
    r"^\s*(?P<num>\$?-?[\d,]*\.?\d+)\s*(?P<unit>원|달러|\$|[A-Za-z]{1,5})?\s*(?:을|를|은|는)?\s*"
    r"(?P<op>반올림|올림|내림|버림)\s*(?:하면|해서|하여|해|해줘|해 줘|한 값|하기)?\s*(?:은|는)?\s*"
    # "반올림해서 소수 첫째 자리까지": the decimals kept (a whole number without them).
    rf"(?:{DECIMAL_PLACES})?\s*(?:얼마|몇)?\S{{0,4}}\s*[?？.]?\s*$"
    r"|^\s*(?P<en_op>round(?:\s+up|\s+down)?)\s+(?P<en_num>\$?-?[\d,]*\.?\d+)\s*"
    r"(?P<en_unit>[A-Za-z원$]{1,5})?\s*[?.]?\s*$",
    re.IGNORECASE,
)
# "첫째"/"한"/"1" decimal place, and so on.
_PLACES = {"첫째": 1, "한": 1, "둘째": 2, "두": 2, "셋째": 3, "세": 3}
_ROUNDING_MODES = {
    "반올림": ROUND_HALF_UP,
    "round": ROUND_HALF_UP,
    "올림": ROUND_CEILING,
    "round up": ROUND_CEILING,
    "내림": ROUND_FLOOR,
    "버림": ROUND_FLOOR,
    "round down": ROUND_FLOOR,
}


def _rounding(text: str) -> HandlerResult | None:
    match = _ROUNDING.match(text)
    if match is None:
        return None
    raw = match["num"] or match["en_num"]
    unit = match["unit"] or match["en_unit"]
    op = " ".join((match["op"] or match["en_op"]).lower().split())
    if raw.startswith("$"):
        raw, unit = raw[1:], "$"
    try:
        number = Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return None
    place = match["place"]
    places = (_PLACES[place] if place in _PLACES else int(place)) if place else 0
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=_ROUNDING_MODES[op])
    shown = f"{rounded:,}"
    answer = f"${shown}" if unit == "$" else f"{shown}{unit}" if unit in ("원", "달러") else shown
    if unit and unit not in ("$", "원", "달러"):
        answer = f"{shown} {unit}"
    return HandlerResult(
        handler="calculator",
        answer=answer,
        value=float(rounded),
        detail=f"{op}({number})",
        unit=unit,
    )


def _calculator(text: str) -> HandlerResult | None:
    if saving_of_one_amount(text) and not saving_toward_a_goal(text):
        return None  # "how much would I save" with one price: the other cost is unsaid
    # Not read as typed: said again in a form the calculator reads, if one fits
    # (tools.calculator_restated_forms); otherwise the first reading or error stands.
    try:
        result = _calculated(text) or _restated(text)
    except ToolInputError:
        result = _restated(text)
        if result is None:
            raise
    return None if result is None else _to_places_asked(text, result)


def _to_places_asked(text: str, result: HandlerResult) -> HandlerResult:
    """ "…, to the cent", "소수점 둘째 자리까지": a plain number or percentage rounded so."""
    asked = places_asked(text)
    if asked is None and _past_the_cent(result.value):
        # Money priced to the cent is shown to the cent when no places are asked and the
        # value runs past it ("64.917525" for 3 shirts with tax, set 39).
        asked = cents_implied(text)
    if asked is None or result.unit not in (None, "", "%") or not isinstance(result.value, float):
        return result
    rounded, shown = shown_to_places(Decimal(str(result.value)), asked)
    return result.model_copy(
        update={
            "answer": f"{shown}{result.unit or ''}",
            "value": float(rounded),
            "detail": f"{result.detail} (to {asked.places} decimal places)",
        }
    )


def _past_the_cent(value: object) -> bool:
    """Whether a float answer has more than two decimals."""
    if not isinstance(value, float):
        return False
    exact = Decimal(str(value))
    return exact != exact.quantize(Decimal("0.01"))


def _restated(text: str) -> HandlerResult | None:
    for restated in restated_requests(text):
        with contextlib.suppress(ToolInputError):
            result = _calculated(restated)
            if result is not None:
                return result
    return None


def _calculated(text: str) -> HandlerResult | None:
    result = calculate(text)
    result = charge_alone(text, result) or result
    tree = ast.parse(result.expression, mode="eval")
    # A bare number ("2024", "-5") is not a calculation request, unless the figure in
    # digits is what was asked ("3억 5천만원 숫자로 쓰면").
    is_bare = not any(isinstance(node, ast.BinOp | ast.Call) for node in ast.walk(tree))
    if is_bare and not ASKS_IN_DIGITS.search(text):
        return None
    return HandlerResult(
        handler="calculator",
        answer=result.display,
        value=float(result.value),
        detail=result.expression,
        unit=result.unit,
    )


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
    text = without_courtesy(unicodedata.normalize("NFKC", step_text).strip())
    if not text or len(text) > _MAX_STEP_CHARS:
        return None
    hit = _faq(text, faq)
    if hit is not None:
        return hit
    matchers: tuple[Callable[[str], HandlerResult | None], ...] = (
        _currency,
        lambda t: _dates(t, now),
        _units,
        _rounding,
        _ratio,
        _prices_each,
        _cheaper_pack,
        _two_figures,
        _calculator,
    )
    if has_reference(text):
        substituted = _substitute(text, previous) if previous is not None else None
        if substituted is None and not _points_inside(text):
            return None
        if substituted is None:
            # "$45 a month. How much is that per year?": the reference points inside the
            # sentence; only when the calculator reads the whole of it as arithmetic, or
            # the units reader as one measure asked in another unit ("its -10°C outside,
            # whats that in fahrenheit").
            matchers = (_units, _calculator)
        else:
            text = substituted
    for matcher in matchers:
        try:
            result = matcher(text)
        except ToolInputError:
            # The text looked like this kind of request but is not answerable
            # here (division by zero, unknown unit): let the next track explain.
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
