"""The calculator as a step's matcher: a request read as arithmetic (or said again in a
form the calculator reads), shown to the places asked.
"""

from __future__ import annotations

import ast
import contextlib
import re
from decimal import Decimal

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.calculator_cents_implied import cents_implied
from tools.calculator_cents_shown_53b import cents_shown
from tools.calculator_charge_asked import charge_alone
from tools.calculator_charges_outside_60q import refuse_period_of_one_off
from tools.calculator_covered_part_asked_62m import covered_part_unstated
from tools.calculator_figure_roles_62c import figure_roles_expression, refuse_before_after_summed
from tools.calculator_places_asked import places_asked, shown_to_places
from tools.calculator_readers_44 import refuse_commute_fare_read_once
from tools.calculator_readers_54t import refuse_unstated_base_or_rate
from tools.calculator_restated_forms import restated_requests
from tools.calculator_save_each_period import saving_toward_a_goal
from tools.calculator_saving_asked import saving_of_one_amount
from tools.calculator_unread_cues_53x import refuse_unread_cues_53x
from tools.calculator_word_reader import ASKS_IN_DIGITS
from tools.calculator_wrong_roles_65a import refuse_wrong_roles_65a
from tools.handler_result import HandlerResult
from tools.korean_numbers import normalize_numerals

__all__ = ["read_calculation"]


def read_calculation(text: str) -> HandlerResult | None:
    if saving_of_one_amount(text) and not saving_toward_a_goal(text):
        return None  # "how much would I save" with one price: the other cost is unsaid
    if covered_part_unstated(text):
        return None  # "spent 34,000 a day, how much do i get back": no rule stated (set 54)
    # Which figure is before a change and which after it, when the words say so: "부가세
    # 빼고 10만원이면 부가세 포함하면" (100000 * 1.1), "세금 3.3% 떼고 290만원 받았으면 세전은".
    by_roles = figure_roles_expression(text)  # (raises to decline an unsure one)
    if by_roles is not None:
        amount, rest = by_roles.split(" ", 1)
        if re.search(r"[가-힣]", text):
            amount = f"{amount}원"  # a Korean figure with no other currency is in won
        elif "$" in text:
            amount = f"${amount}"
        read = _calculated(f"{amount} {rest}")
        return None if read is None else _to_places_asked(text, read)
    # Not read as typed: said again in a form the calculator reads, if one fits
    # (tools.calculator_restated_forms); otherwise the first reading or error stands.
    try:
        result = _calculated(text) or _restated(text)
    except ToolInputError:
        result = _restated(text)
        if result is None:
            raise
    if result is not None:  # a new total, a conversion with no rate, one's own part (set 46)
        refuse_unstated_base_or_rate(text, result.detail)
        refuse_period_of_one_off(text, result.detail)  # "dinner was 90 … each a year"
        refuse_before_after_summed(text, result.detail)  # "4만원 하던게 5만2천원 됐으면"
        refuse_wrong_roles_65a(text, result)  # a budget summed, "5G" as grams (65a)
    return None if result is None else _to_places_asked(text, result)


def _to_places_asked(text: str, result: HandlerResult) -> HandlerResult:
    """ "…, to the cent", "소수점 둘째 자리까지": a plain number or percentage rounded so."""
    asked = places_asked(text)
    if asked is None and _past_the_cent(result.value):
        # Money priced to the cent is shown to the cent when no places are asked and the
        # value runs past it ("64.917525" for 3 shirts with tax, set 39).
        asked = cents_implied(text)
    if asked is None and not result.unit:
        asked = cents_shown(text, result.value)  # "0.20", "1.00 an ounce" (sets 42-43)
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
                # Never a restatement that reads a fare ridden both ways once (set 44).
                refuse_commute_fare_read_once(normalize_numerals(text), result.detail)
                refuse_unread_cues_53x(text, result.detail)  # the cues of the words as typed
                # Shown to the places its restatement implies: "3 pizzas at 14.99 each …"
                # prices each in cents, as the words added say (set 42).
                return _to_places_asked(restated, result)
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
