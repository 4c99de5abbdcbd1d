"""A safe calculator for arithmetic written in Korean or English.

The text is rewritten into a Python arithmetic expression (Korean numerals and
operator words, percentages, "X의 Y%", "Y% of X") and then evaluated by walking
the AST with a whitelist of node types over ``Decimal``. Nothing is ever passed
to ``eval``; anything outside the whitelist is a ``ToolInputError``.
"""

from __future__ import annotations

import ast
import re
from decimal import Decimal, localcontext

from core.errors import ToolInputError
from tools.calculator_appliance_energy import appliance_energy_cost
from tools.calculator_balance_after_deposit import balance_after_deposit
from tools.calculator_bmi import bmi_expression
from tools.calculator_bought_and_sold import bought_and_sold, bought_less_returned
from tools.calculator_bundle_free import bundle_free_en_expression
from tools.calculator_coupon_slots_en_58u import coupon_expression_en_slots
from tools.calculator_daily_time_span import daily_time_expression
from tools.calculator_discount_then_coupon import discount_and_coupon_en, discount_and_coupon_in_won
from tools.calculator_dropped_amounts import refuse_a_dropped_amount
from tools.calculator_each_takes_all import each_takes_all
from tools.calculator_eval import LIMIT, ArithmeticEvaluator, nesting_depth
from tools.calculator_every_n_periods import every_n_periods_in_won, every_n_periods_unnamed
from tools.calculator_expression import ALLOWED, to_expression
from tools.calculator_fee_halved import fee_halved
from tools.calculator_fee_per_unit_en import fee_per_unit_expression
from tools.calculator_forms_ko_53a import price_beside_supply
from tools.calculator_gap_to_target_64m import refuse_sum_for_a_gap
from tools.calculator_group_size import refuse_group_left_out
from tools.calculator_headcount_in_budget import headcount_in_budget
from tools.calculator_headcount_rest_62z import others_of_a_headcount, refuse_other_group_asked
from tools.calculator_hourly_to_yearly_en import hourly_to_yearly
from tools.calculator_installment_savings import installment_savings_expression
from tools.calculator_instalment_fee import instalment_fee_expression
from tools.calculator_instead_of_51x import refuse_a_set_aside_figure
from tools.calculator_interest_total_asked import interest_with_principal
from tools.calculator_itemized_total_64c import itemized_total
from tools.calculator_left_over_split import left_over_split_in_won, left_over_split_unnamed
from tools.calculator_minutes_in_hours import minutes_asked_in_hours
from tools.calculator_month_as_weeks import month_as_weeks, month_asked_in_full
from tools.calculator_monthly_items_span import monthly_items_for_span
from tools.calculator_net_after_fee import net_after_fee
from tools.calculator_opens_62o import readers_62o
from tools.calculator_order_alone_59k import refuse_an_order_without_a_price
from tools.calculator_overtime_en import overtime_pay
from tools.calculator_pace import pace_words
from tools.calculator_package_vs_single import package_in_won, package_unnamed
from tools.calculator_packs_for_count_ko_58s import packs_for_count_ko
from tools.calculator_part_discounted import part_discounted
from tools.calculator_per_head_asked_ko import per_head_amount_asked
from tools.calculator_percent_change_ko import amount_change_ko, percent_change_ko
from tools.calculator_percent_words_ko import percent_words_as_signs
from tools.calculator_periods_to_target import period_unit_asked, periods_to_target
from tools.calculator_price_per_pound import price_per_pound_expression
from tools.calculator_raise_then_add_58e import raise_then_add_expression
from tools.calculator_raise_then_add_ko_58s import raise_then_add_ko_expression
from tools.calculator_raised_yearly_58u import raised_yearly_total
from tools.calculator_rate_by_kind_52a import read_at_rate_named
from tools.calculator_rate_included import (
    refuse_rate_beside_other_charge,
    refuse_rate_of_charge_inside,
)
from tools.calculator_rate_times_count_en import fuel_to_fill_tank
from tools.calculator_rates import refuse_further_cut_on_unsaid_sale
from tools.calculator_ratio_of_amounts import is_ratio_of_amounts
from tools.calculator_readers_40 import readers_40
from tools.calculator_readers_41 import readers_41
from tools.calculator_readers_43 import readers_43
from tools.calculator_readers_44 import readers_44, refuse_commute_fare_read_once
from tools.calculator_readers_50a import readers_50a
from tools.calculator_readers_50b import readers_50b
from tools.calculator_readers_51a import readers_51a
from tools.calculator_readers_51b import readers_51b
from tools.calculator_readers_52a import readers_52a
from tools.calculator_readers_52b import readers_52b
from tools.calculator_readers_53a import readers_53a
from tools.calculator_readers_53b import readers_53b
from tools.calculator_readers_53t import (
    readers_53t,
    refuse_53t,
    refuse_money_for_a_headcount_asked,
    refuse_money_for_a_percent_asked,
)
from tools.calculator_readers_54e import readers_54e
from tools.calculator_readers_54k import readers_54k
from tools.calculator_readers_54t import readers_54t
from tools.calculator_readers_55t import readers_55t, refuse_part_paid_added
from tools.calculator_readers_56k import readers_56k
from tools.calculator_readers_56t import readers_56t
from tools.calculator_readers_57e import readers_57e
from tools.calculator_readers_57t import readers_57t
from tools.calculator_readers_58k import readers_58k
from tools.calculator_recipe_scaled import recipe_scaled_expression
from tools.calculator_refusals_63m import refuse_extra_added, refuse_one_of_two_asked
from tools.calculator_rent_conversion import rent_conversion_expression
from tools.calculator_result import CalcResult, hours_as_span, span_in_hours
from tools.calculator_said_plainly_43 import said_plainly_43
from tools.calculator_said_plainly_44 import said_plainly_44
from tools.calculator_said_plainly_54t import said_plainly_54t
from tools.calculator_said_plainly_56t import said_plainly_56t
from tools.calculator_said_plainly_62c import said_plainly_62c
from tools.calculator_said_plainly_63o import said_plainly_63o
from tools.calculator_same_rate_count_58u import same_rate_count
from tools.calculator_share_out_of import share_of_income, share_out_of
from tools.calculator_shared_bill_61c import shared_bill_expression
from tools.calculator_span_unread_59k import refuse_a_span_unread
from tools.calculator_spoken_amounts_en import spoken_amounts_as_digits, spoken_thousands_as_digits
from tools.calculator_time_at_pace import race_time_words, time_at_pace
from tools.calculator_tip_on_named_part_58n import tip_on_named_part
from tools.calculator_tip_on_pretax import (
    tip_on_part_of_bill,
    tip_on_pretax,
    tip_on_pretax_of_taxed_bill,
)
from tools.calculator_tip_on_rest_ko_58s import tip_on_rest_ko_expression
from tools.calculator_total_with_tip import total_with_tip
from tools.calculator_units import in_asked_unit
from tools.calculator_unread_cues_51w import race_k_as_km
from tools.calculator_unused_leave_pay import unused_leave_pay
from tools.calculator_weekly_holiday_pay import weekly_holiday_pay
from tools.calculator_won_by_words_51x import (
    pay_in_man_said,
    refuse_bare_thousands_as_big_money,
    won_by_money_words,
)
from tools.calculator_yearly_to_hourly_58u import hourly_from_yearly, salary_unit
from tools.couples_en import couples_as_digits
from tools.currency_unknown_name_51x import names_unknown_currency
from tools.dozens_en import dozens_as_digits
from tools.english_money_unit_58e import english_money_unit
from tools.korean_numbers import normalize_numerals
from tools.rate_charged_separately import (
    refuse_rate_beside_unrated_charge,
    refuse_share_of_separate_tax,
)
from tools.spoken_bill_en import spoken_bill_as_decimal
from tools.spoken_money_slang_en import money_slang_as_digits
from tools.spoken_prices_en import spoken_prices_as_decimals, unread_spoken_pair

__all__ = ["LIMIT", "CalcResult", "calculate", "to_expression"]

_MAX_LEN = 500
_MAX_DEPTH = 120


#: Minutes whose hours run past two places are kept in minutes (switched off in tests).
USE_MINUTES_KEPT = True


def _hours_run_past_two_places(hours: Decimal) -> bool:
    """Whether ``hours`` shown in hours would be a rounded figure (5.0833 for 305 min)."""
    return USE_MINUTES_KEPT and hours != hours.quantize(Decimal("0.01"))


def calculate(expression: str) -> CalcResult:
    """Evaluate arithmetic written in digits, Korean or English.

    Args:
        expression: For example "12*7", "3만 5천원의 15%", "15% of 35,000",
            "10 나누기 4" or "what is 2^10".

    Returns:
        The exact value, the normalized Python-style expression and the unit
        ("원" or "$") when the text named one.

    Raises:
        ToolInputError: On division by zero, results over 10^18, or text that
            is not a calculation.
    """
    if len(expression) > _MAX_LEN:
        raise ToolInputError(f"expression is longer than {_MAX_LEN} characters; shorten it")
    expression = said_plainly_43(expression)  # "2차 …", "한봉지 6개에", "주휴수당은 빼고" (set 43)
    expression = said_plainly_44(expression)  # "둘이 반띵하면", a fully glued sentence (set 44)
    expression = said_plainly_62c(expression)  # "여섯명이 똑같이 내면", "룸메랑 반반하면" (set 53)
    expression = said_plainly_63o(expression)  # "셋이 사는데 내몫은", "€1.450,00" (set 54)
    expression = said_plainly_56t(expression)  # "thats what % increase" (set 48)
    expression = said_plainly_54t(expression)  # "엔분의일", "@ 12.49", "7 and a half %", "yrs"
    expression = pay_in_man_said(expression)  # "월급 280에서 월세60": 만원 by habit (opens55k)
    expression = spoken_bill_as_decimal(expression)  # "the bill came to eighty four fifty"
    expression = money_slang_as_digits(expression)  # "a tenner for the first hour"
    # "a hundred and twenty bucks" is 120 dollars (set 39).
    expression = spoken_amounts_as_digits(expression)
    expression = spoken_thousands_as_digits(expression)  # "two thousand four hundred a month"
    expression = month_as_weeks(expression)  # "한달 4주 기준": the weeks said
    expression = month_asked_in_full(expression)  # "how much a mo" (opens52c)
    expression = race_k_as_km(expression)  # "ran a 10k … pace": 10 km, not 10000
    expression = dozens_as_digits(expression)  # "half a dozen donuts"
    expression = couples_as_digits(expression)  # "a couple of coffees" (set 36)
    # "twelve fifty a bottle" is 12.50 (it was read as the 12 of "a case of 12", set 33); a
    # spoken pair no reading settles ("two twenty a month") is never half read.
    expression = spoken_prices_as_decimals(expression)
    if unread_spoken_pair(expression):
        raise ToolInputError(f"could not read the price said in words in {expression!r}")
    # "11프로", "몇퍼": percent as chat types it (set 38).
    expression = percent_words_as_signs(expression)
    expression = per_head_amount_asked(expression)  # "… 4명이서 나누면 한명당?" (set 38)
    digits = normalize_numerals(expression)
    # Read before the forms (set 33): 적금 (each deposit for its months), a part "out of" a
    # whole, a price and a fee per night or ticket, an hourly wage by the year, monthly
    # prices for a span.
    early = (
        *readers_62o(digits),  # each's cost beside a shared one, amounts off a price (opens62)
        # "라떼 5,300 x3 / 크로플 7,900 / 합계?": items priced in a list, the total (opens55)
        (itemized_total, "원" if re.search(r"[가-힣]", digits) else english_money_unit(digits)),
        (installment_savings_expression, "원"),
        # 전월세 전환 at a yearly rate, per month (set 37: 5% of the deposit was a year's rent).
        # (Read as asked: "1억만 월세로" is declined, never the 1억 1만 of the numerals.)
        (lambda _digits: rent_conversion_expression(expression), "원"),
        # "10회 패키지가 50만원" beside "회당 6만원": another way to pay, never a fee (set 37).
        (package_in_won, "원"),
        (package_unnamed, None),
        # 연차수당: a day's wage for each day of leave left (set 37).
        (unused_leave_pay, "원"),
        # An amount paid in parts with a percent fee on it (set 37's 자동차세 분납).
        (instalment_fee_expression, "원"),
        # Overtime at time and a half past the hours said (set 37).
        (overtime_pay, None),
        # A tip on the pre-tax part of a total whose tax is said (set 37).
        (tip_on_pretax_of_taxed_bill, None),
        (tip_on_part_of_bill, None),  # "180 total, 40 of that was wine … tip 20% only on the food"
        (tip_on_rest_ko_expression, "원"),  # "12만원 … 술값 3만원 빼고 나머지에만 팁 10%"
        (tip_on_named_part, None),  # "96 on food and 34 on drinks, tip 18% only on the food"
        # A race's time at a runner's pace, "5:40 per km … a 10k" (set 37).
        # (Read as asked: "a 10k" is ten kilometres, never the 10000 the numerals give.)
        (lambda _digits: time_at_pace(expression), "min"),
        # A weight in pounds at a price a pound: money, never pounds sterling (set 38).
        (lambda _digits: price_per_pound_expression(_digits), "$" if "$" in expression else None),
        # Body mass index from a height and a weight (set 38).
        (bmi_expression, None),
        # The whole people a budget covers at a price each (set 38).
        (headcount_in_budget, "명"),
        # A percent and then an amount off a price, in the order said (set 38).
        (discount_and_coupon_in_won, "원"),
        # "120 with 25% off, then i use a 10 dollar coupon"; "1650 … raising it 4% and then
        # adding 35 for parking" (money shown with its cents, set 49).
        (discount_and_coupon_en, english_money_unit(digits)),
        (coupon_expression_en_slots, english_money_unit(digits)),  # by slots (cal58e3)
        (raise_then_add_expression, english_money_unit(digits)),
        (raise_then_add_ko_expression, "원"),  # "월세 75만원인데 3%올리고 관리비 5만원 추가래"
        (packs_for_count_ko, "원"),  # "6캔묶음에 5,400원인데 20캔 필요하면 … 얼마"
        # A daily time summed over a span, "45 mins on the treadmill every day … a week" (set 38).
        (daily_time_expression, "min"),
        (share_out_of, "%"),
        (share_of_income, "%"),  # "what % of my income goes to rent" (opens56e)
        # An appliance's electricity cost from watts, hours a day, days, a kWh price (set 39).
        (appliance_energy_cost, None),
        # Things bought at one price and sold at another, the gain asked (set 39).
        (bought_and_sold, None),
        (bought_less_returned, None),  # "… and returned 1 of them" (opens56e)
        # Periods a steady change takes to reach a target, "한달에 2키로씩 … 몇달" (set 39).
        (periods_to_target, period_unit_asked(digits)),
        # By how many percent an amount rose or fell, asked in Korean (set 39).
        (percent_change_ko, "%"),
        (amount_change_ko, "원"),  # "4만원 하던게 5만2천원 됐으면 얼마 오른거야" (opens52c)
        (fee_per_unit_expression, None),
        (hourly_to_yearly, None),
        (raised_yearly_total, salary_unit(digits)),  # "… goes up 3.5%, new yearly"
        (hourly_from_yearly, salary_unit(digits)),  # "62k a year … whats my hourly"
        (same_rate_count, english_money_unit(digits)),  # "12 eggs is 3.60, how much for 30"
        (fuel_to_fill_tank, english_money_unit(digits)),  # "tank takes 14 gal, gas is 4.15" (59e)
        (monthly_items_for_span, "원"),
        # What is left of an amount after a cost, split (set 34: "… 남은거 양가 반반하면").
        (left_over_split_in_won, "원"),
        (left_over_split_unnamed, None),
        # A cost every N months over a year (set 34: "6개월마다 2만4천원이면 1년 유지비").
        (every_n_periods_in_won, "원"),
        (every_n_periods_unnamed, None),
        # An amount for several of a unit, a whole at a steady pace, a share of pay saved.
        (bundle_free_en_expression, english_money_unit(digits)),  # "buy one get one free" (para58)
        *readers_58k(digits),  # an N+M deal by a shelf's counter, a first month apart (set 49)
        *readers_57t(digits),  # a price less an amount paid first, over months (set 49)
        *readers_57e(digits),  # packs priced a pack, a first thing then each extra (set 48)
        *readers_56t(digits),  # a weight priced, what a saving leaves, a score (set 48)
        *readers_55t(digits),  # a part paid toward a total, the rest split (set 47)
        *readers_54t(digits),  # a percent coupon used, gifts to groups counted in words (set 46)
        *readers_53t(digits),  # narrow whole forms of set 45 (turns45), before the broader
        *readers_44(digits),  # narrow whole forms of set 44, before the broader readers
        *readers_40(digits),
        *readers_41(digits),
        *readers_43(digits),
        *readers_50a(digits),
        *readers_50b(digits),
        *readers_51b(digits),
        *readers_51a(digits),
        *readers_52b(digits),
        *readers_52a(digits),
        *readers_53a(digits),
        *readers_53b(digits, expression),
        *readers_54e(digits, expression),
        *readers_54k(digits, expression),  # set 45's Korean forms (opens54k)
        *readers_56k(digits),  # set 47's Korean forms (opens56k)
        # "rent is 2,400 plus about 180 utilities, its me and 3 roommates … my share?" (52c)
        (shared_bill_expression, english_money_unit(digits)),
    )
    read_early = next(((r, u) for reader, u in early if (r := reader(digits))), None)
    source, unit = read_early or to_expression(expression)
    # "하루 45분씩 … 일주일에 몇시간": minutes summed, asked in hours (found fixing set 38).
    unit = minutes_asked_in_hours(digits, unit) or unit
    unit = won_by_money_words(expression, unit) or unit  # "보증금 2억인데 …": won
    refuse_bare_thousands_as_big_money(expression)  # "보증금 5천": 5천만원 or 5천원?
    if unit in ("$", "원") and names_unknown_currency(expression):
        # "50 dollars at 83 rupees per dollar": the product is rupees, never "$4,150".
        raise ToolInputError(f"{expression!r} names a currency this calculator cannot label")
    if is_ratio_of_amounts(digits, source, unit):
        unit = None  # money over money: a count
    # What the question asks of the figures read: the balance after a deposit, a tip on
    # the pre-tax bill or with the price, a fee split in half, simple interest's total,
    # 주휴수당 (set 33).
    refuse_other_group_asked(digits, source)  # "25% came late, how many came": not 10 (63c)
    refuse_rate_of_charge_inside(digits, source)  # "부가세 포함 11만원인데 세율 8%면": not 8,800
    refuse_rate_beside_other_charge(digits, source)  # "108 incl. shipping and 8% tax": parts
    refuse_share_of_separate_tax(digits, source)  # "부가세 따로 8만원, 10%면 얼마": not 8,000
    refuse_rate_beside_unrated_charge(digits, source)  # "부가세 별도 5만원, 팁 10%면" (calc65)
    for asked in (
        balance_after_deposit,
        tip_on_pretax,
        total_with_tip,
        fee_halved,
        interest_with_principal,
        # What comes in after a percent fee, asked instead of the fee (set 39).
        net_after_fee,
        others_of_a_headcount,  # "30명 중 20%가 결석하면 몇 명 왔어": 24, never 6 (62)
    ):
        source = asked(digits, source) or source
    source = weekly_holiday_pay(digits, source) or source
    # A pair with one member discounted, a group who all take the listed items: the group
    # put in; any other reading that leaves a stated group out declines.
    grouped = part_discounted(expression, source) or each_takes_all(expression, source)
    if grouped is None:
        refuse_group_left_out(expression, source)
    source = grouped or source
    if (
        recipe_scaled_expression(expression) is None
        and not read_at_rate_named(digits, source)
        and not price_beside_supply(digits, source)  # a bag's price beside its days (set 36)
    ):
        # (A scaled recipe uses the one ingredient asked; the others are left out by design.)
        refuse_a_dropped_amount(expression, source)
    refuse_a_set_aside_figure(expression, source)  # "3500만원 말고 3680만원이었으면?"
    refuse_commute_fare_read_once(digits, source)  # "1500원 출퇴근 왕복" read one way (set 44)
    refuse_part_paid_added(digits, source)  # a part paid toward a total is never added (set 47)
    refuse_extra_added(digits, source)  # "20만원 더 내고 나머지는 셋이": never added (set 55)
    refuse_one_of_two_asked(digits)  # "왕복이면 얼마고 4명이면 얼마야": one figure (set 55)
    refuse_sum_for_a_gap(digits, source)  # "얼마 더 담아야": a target less what one has (56m)
    refuse_53t(digits, source)  # a labelled list read in part, a percent read as a sum (set 45)
    refuse_a_span_unread(digits, source)  # "월 13,500 … 일년 구독하면 3명이": the year left out
    refuse_further_cut_on_unsaid_sale(digits)  # "세일가에서 또 10%" with no sale said (61q)
    refuse_an_order_without_a_price(digits)  # "put the $10 coupon before the 30%": no price
    refuse_money_for_a_percent_asked(expression, unit)  # 몇 퍼센트 asked, money read
    refuse_money_for_a_headcount_asked(digits, source, unit)  # "how many friends came": a tip
    if not source or not ALLOWED.match(source) or not re.search(r"\d|pi", source):
        raise ToolInputError(
            f"could not read {expression!r} as arithmetic: write it like '12 * 7', "
            "'3만 5천원의 15%' or '15% of 200'"
        )
    try:
        tree = ast.parse(source, mode="eval")
        too_deep = nesting_depth(tree) > _MAX_DEPTH
    except (SyntaxError, RecursionError, MemoryError):
        raise ToolInputError(
            f"could not read {expression!r} as arithmetic (got {source!r}): check the "
            "operators and parentheses"
        ) from None
    if too_deep:
        # The evaluator and ast.unparse recurse; refuse before they hit Python's limit.
        raise ToolInputError(
            f"expression {expression[:40]!r}... is nested too deeply (max {_MAX_DEPTH} levels); "
            "simplify it"
        )
    with localcontext() as ctx:
        ctx.prec = 34
        value = ArithmeticEvaluator(source, expression).eval(tree)
    asked_value, asked_unit = in_asked_unit(expression, value, unit)
    if not (unit == "min" and asked_unit == "h" and _hours_run_past_two_places(asked_value)):
        value, unit = asked_value, asked_unit
    # (Else minutes, said in hours and minutes too: "305 min (5시간 5분)", never "5.0833 h",
    # for "1시간 45분 + 2시간 30분 + 50분 … 몇시간", set 56.)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return CalcResult(
        value=value,
        expression=ast.unparse(tree),
        unit=unit,
        span_words=(race_time_words(value, expression) or span_in_hours(value, expression))
        if unit == "min"
        else hours_as_span(value, unit) or pace_words(value, unit, expression),
    )
