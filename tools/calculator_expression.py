"""Natural-language arithmetic rewritten as a Python expression and its unit.

The first reading of ``tools.calculator``: Korean numerals and operator words, currency
and measure marks, the fixed forms (periods, everyday, counts at a price, growth, verbs,
word problems), the special readers (fuel, recipes, rates included, lists, tallies) and,
when none of them reads the sentence, one amount with its rates or quantities in
proportion. ``tools.calculator.calculate`` validates and evaluates what this returns.
"""

from __future__ import annotations

import ast
import re

from core.errors import ToolInputError
from tools.calculator_chat_rates import chat_rate_expression
from tools.calculator_count_price_forms import COUNT_PRICE_FORMS
from tools.calculator_each_forms import each_expression
from tools.calculator_everyday_forms import EVERYDAY_FORMS
from tools.calculator_everyday_readers import read_everyday_problem
from tools.calculator_forms import NUMBER, PERCENT_CHANGE, VERB_FORMS
from tools.calculator_fuel_cost import fuel_cost_expression, fuel_litres_ko
from tools.calculator_fuel_per_100km import fuel_per_100km_expression
from tools.calculator_growth_forms import GROWTH_FORMS, UNIT_OF_FORM, square_roots_as_calls
from tools.calculator_lists import price_list_expression
from tools.calculator_pace import pace_expression
from tools.calculator_paid_amount_forms import paid_amount_expression
from tools.calculator_per_head_asked_62m import per_head_asked_of_a_product
from tools.calculator_per_period import per_period_expression
from tools.calculator_period_asked_55c import other_period_asked
from tools.calculator_period_forms import PERIOD_FORMS
from tools.calculator_periods import period_expression
from tools.calculator_phrasing import (
    LEADING_LABEL,
    percentages_as_arithmetic,
    with_operator_signs,
    without_asides,
    without_request_words,
)
from tools.calculator_plus_dropped import plus_item_dropped
from tools.calculator_pooled_forms import pooled_expression
from tools.calculator_quantities import quantity_expression
from tools.calculator_rate_included import rate_included_expression
from tools.calculator_rate_over_clock_span import wage_less_unpaid_break
from tools.calculator_rates import rate_expression
from tools.calculator_recipe_one_ingredient_49a import one_ingredient_recipe_expression
from tools.calculator_recipe_scaled import per_batch_expression, recipe_scaled_expression
from tools.calculator_scaled_by_count_54k import servings_scaled_ko
from tools.calculator_shop_forms import shop_expression
from tools.calculator_spans_total_57b import spans_total
from tools.calculator_taken_share import taken_share
from tools.calculator_tallies import tally_expression
from tools.calculator_unit_rate_forms import unit_rate_expression
from tools.calculator_units import HOURS_MINUTES, MEASURE, detect_measure, spans_in_minutes
from tools.calculator_vat_rate_unsaid import vat_unsaid_expression
from tools.calculator_word_problems import FUEL_FOR_DISTANCE, PERCENT_SHARE, WORD_PROBLEM_FORMS
from tools.calculator_word_reader import read_word_problem
from tools.korean_numbers import english_counts_as_digits, normalize_numerals
from tools.rate_charged_separately import TAX_SAID_SEPARATE
from tools.rate_compared_than import rate_compares_two_things
from tools.units import unit_symbol

__all__ = ["ALLOWED", "to_expression"]

_NUM = NUMBER

# An area asked of lengths: the answer's unit is the length squared.
_LENGTHS = frozenset({"m", "cm", "km", "mm", "ft", "in"})
_ASKS_AREA = re.compile(
    r"넓이|면적|제곱미터|평방미터|몇\s*평|\barea\b|\bsquare\s+(?:met|feet|foot)", re.IGNORECASE
)
# Two lengths multiplied and nothing else ("4.2m × 3m"): a product of lengths is an area.
_PRODUCT_OF_TWO = re.compile(rf"^\s*{_NUM}\s*\*\s*{_NUM}\s*$")
# The speed asked for ("시속 몇 km"), not one stated ("시속 60km로 … 몇 km", a distance).
_ASKS_SPEED = re.compile(r"시속\s*몇|how\s+fast|\bspeed\b", re.IGNORECASE)
_SPEED_OF_DISTANCE = {"km": "km/h", "mi": "mph"}
#: Spans of any form summed beside one of hours and minutes (switched off in tests).
USE_SPANS_OF_ANY_FORM = True
ALLOWED = re.compile(r"^[\da-z.\s+\-*/%(),]*$")


def _detect_unit(s: str) -> tuple[str, str | None]:
    """Strip currency markers next to numbers and report which currency was meant."""
    won = re.search(r"(?<=\d)\s*(?:원|won\b)|₩\s*(?=\d)", s, re.I) is not None
    usd = re.search(r"(?<=\d)\s*(?:달러|불|dollars?)|\$\s*(?=\d)", s, re.I) is not None
    if won and usd:
        raise ToolInputError(
            f"{s!r} mixes won and dollars: use convert_currency with an explicit rate"
        )
    s = re.sub(r"(?<=\d)\s*(?:원|won\b|달러|불|dollars?)(?:화)?|[₩$]\s*(?=\d)", "", s, flags=re.I)
    if won or usd:
        return s, ("원" if won else "$")
    return detect_measure(s)


def to_expression(text: str) -> tuple[str, str | None]:
    """Rewrite natural-language arithmetic into a Python expression string and unit.

    Args:
        text: For example "3만 5천원의 15%는 얼마야?" or "what is 15% of 200".

    Returns:
        The expression (not yet validated) and the currency unit if one was written.
    """
    s = without_asides(text)
    s = normalize_numerals(s)
    s = square_roots_as_calls(english_counts_as_digits(s))
    if HOURS_MINUTES.search(s) and USE_SPANS_OF_ANY_FORM:
        # "1시간 45분 + 2시간 30분 + 50분 다 더하면" (set 56): a span of minutes alone or hours
        # alone beside one of hours and minutes, the total of the spans alone asked.
        summed = spans_total(spans_in_minutes(s))
        if summed is not None:
            return summed, "min"
    if len(HOURS_MINUTES.findall(s)) >= 2:
        # "3시간 20분이랑 1시간 55분": spans of hours and minutes in one sum, in minutes.
        s = HOURS_MINUTES.sub(lambda m: f"{int(m['h']) * 60 + int(m['m'])} min", s)
        summed = spans_total(s)  # "…, total?": the total asked of the spans alone (set 49)
        if summed is not None:
            return summed, "min"
    lengths = sum(1 for m in MEASURE.finditer(s) if unit_symbol(m["u"]) in _LENGTHS)
    s, unit = _detect_unit(s)
    s = without_request_words(s)
    if unit in _LENGTHS and _ASKS_AREA.search(s):
        unit = f"{unit}2"  # "가로 4.5m, 세로 3.2m 방의 넓이": metres times metres
    elif unit in _SPEED_OF_DISTANCE and _ASKS_SPEED.search(text):
        # "42.195km를 4시간에 뛰면 시속 몇 km", "150 miles in 2.5 hours ... speed"
        unit = _SPEED_OF_DISTANCE[unit]
    for form, template in PERIOD_FORMS + EVERYDAY_FORMS + COUNT_PRICE_FORMS:
        period = form.match(s)
        if period:
            values = {k: v for k, v in period.groupdict().items() if k in ("a", "b", "c")}
            formed = template.format(**values)
            if plus_item_dropped(s, formed) is not None:
                continue  # "39 a month plus a 49 sign-up fee … 12 months": not "39 * 12"
            return formed, unit
    # "800km 연비 리터당 12km 휘발유 1650원이면 기름값"; "4인분 기준 밀가루 300g … 6인분 … 몇g"
    special = (
        fuel_cost_expression(text)
        or fuel_litres_ko(text)  # "연비 13키로짜리 차로 390키로 가면 기름 몇리터" (set 46)
        or fuel_per_100km_expression(normalize_numerals(text))  # "6.5 l/100km" (set 34)
        or recipe_scaled_expression(text)
        or per_batch_expression(text)  # "3/4 cup sugar per batch … 5 batches" (opens56e)
        or wage_less_unpaid_break(text)  # "worked 7:45 to 4:15 with a 30 min unpaid lunch"
        or one_ingredient_recipe_expression(text)  # "… 간장 60ml인데 10인분 몇 ml" (set 24)
        or servings_scaled_ko(text)  # "4인분 반죽에 밀가루 240그램이면 6인분은 몇그램" (set 48)
    )
    if special is not None:
        return special
    spread = (
        rate_included_expression(s)  # "33000 including 10% VAT … before VAT": 33000 / 1.1
        or vat_unsaid_expression(s)  # "공급가 850만원 부가세 별도면": 10% by Korean law
        or unit_rate_expression(text)  # "리터당 1685원인데 45리터", "시급 … 하루 6시간씩 5일"
        or period_expression(s)
        or per_period_expression(s)
        or price_list_expression(s)
        or tally_expression(s)
        or each_expression(s, text)
        or shop_expression(s, text)
        or pooled_expression(s, text)
    )
    if spread is not None:
        return spread, unit
    chat = pace_expression(normalize_numerals(text)) or chat_rate_expression(s, text, unit)
    chat = chat or paid_amount_expression(text)  # its own unit ("37.5 hours" is not one)
    if chat is not None:
        return chat
    whole = s  # the labels kept: a word problem's words give its figures their roles
    for form, template in GROWTH_FORMS:
        # Before the labels go: "루트", "매달" are what these forms read.
        grown = form.match(s)
        if grown:
            return template.format(**grown.groupdict()), UNIT_OF_FORM.get(template, unit) or None
    s = LEADING_LABEL.sub("", s)
    stated = s
    s = with_operator_signs(s)
    for form, template in VERB_FORMS + WORD_PROBLEM_FORMS:
        m = form.match(s)
        if m:
            # An optional operand left out ("2시간" without minutes) counts as 0.
            formed = template.format(
                **{k: v or "0" for k, v in m.groupdict().items() if k in "abcd"}
            )
            if plus_item_dropped(stated, formed) is not None:
                # "95 a night plus a 60 cleaning fee, … split between 3": not "95 / 3" (set 40).
                continue
            if per_head_asked_of_a_product(normalize_numerals(text), template, s[m.start("b") :]):
                continue  # "회비 42만원 걷어야되는데 7명이면 한명당": not 420000 * 7 (set 54)
            s = formed
            if template in (PERCENT_CHANGE, PERCENT_SHARE):
                unit = "%"  # "from $1,200 to $1,350, what percent": a share, not dollars
            elif template == FUEL_FOR_DISTANCE:
                # "12 km per litre ... for 300 km": litres, not the km taken out
                unit = "gal" if m["v"].lower().startswith("gal") else "L"
            break
    # "15% of 240, plus 30": a comma before an operator only joins the clauses.
    s = re.sub(r",\s*(?=[-+*/]\s)", " ", s)
    s = percentages_as_arithmetic(s)
    if unit in _LENGTHS and lengths == 2 and _PRODUCT_OF_TWO.match(s):
        unit = f"{unit}2"
    if not _reads_as_arithmetic(s):
        # No form read the sentence: one amount with its rates, or quantities in
        # proportion, may still be arithmetic.
        proportion = quantity_expression(stated)
        if proportion is not None:
            s, unit = proportion[0], proportion[1] or unit
        else:
            # "20% more than a tie … together 88": an equation between two unknowns, never
            # a share of the one amount stated (set 34).
            # Nor an amount said per one period and asked per another, "28 an hour … with
            # 20% tax, what per year" (calcwrongs55: 28 with 20% on top, 33.6, was given).
            unrated = rate_compares_two_things(whole) or other_period_asked(whole)
            # "부가세 별도 11만원인데 세율 10%면": the label cut off says the tax is on top.
            label_separate = TAX_SAID_SEPARATE.search(whole[: len(whole) - len(stated)])
            read = None if unrated else rate_expression(whole if label_separate else stated)
            word_problem = None if read else read_word_problem(whole, unit)
            if read is None and word_problem is None:
                word_problem = read_everyday_problem(whole, text)
            if word_problem is not None:
                read, unit = word_problem[0], unit if word_problem[1] is None else word_problem[1]
            s = read or s
    return taken_share(s.strip(), text), unit


def _reads_as_arithmetic(source: str) -> bool:
    """Whether the rewritten text is an expression the evaluator can parse."""
    if not ALLOWED.match(source):
        return False
    try:
        ast.parse(source.strip(), mode="eval")
    except SyntaxError:
        return False
    return True
