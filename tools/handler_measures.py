"""The deterministic matchers for dates, units of measure and rounding a figure."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation

from core.lazy_regex import LazyPattern
from tools.dates import answer_date_question
from tools.dates_said_after import in_reading_order
from tools.handler_result import HandlerResult
from tools.references import (
    DECIMAL_PLACES,
)
from tools.units import convert_units, parse_unit_request
from tools.units_running_k import running_k_in_km

__all__ = ["read_dates", "read_rounding", "read_units"]


def read_dates(text: str, now: datetime | None) -> HandlerResult | None:
    ans = answer_date_question(text, now=now)
    if ans is None and (reordered := in_reading_order(text)) != text:
        # "90 minutes after 11:40pm" is "11:40pm plus 90 minutes" in the order read.
        ans = answer_date_question(reordered, now=now)
    if ans is None:
        return None
    value: float | str | None = float(ans.days) if ans.days is not None else ans.detail
    return HandlerResult(handler="dates", answer=ans.answer, value=value, detail=ans.detail)


def read_units(text: str) -> HandlerResult | None:
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


def read_rounding(text: str) -> HandlerResult | None:
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
