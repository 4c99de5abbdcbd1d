"""The rules that edit a whole short follow-up turn, in the order they are tried.

Split from :mod:`tools.followups`, whose :func:`~tools.followups.resolve_follow_up` tries
each of :data:`CHANGES` before the reference and ellipsis lists; a new rule goes in this
list, in its place in the order. Each takes the turn and the previous turn's steps and
gives the new steps with one line saying what changed, or ``None``.
"""

from __future__ import annotations

from tools.calculator_raised_yearly_58u import CHANGES_58U_RAISED
from tools.calculator_same_rate_count_58u import CHANGES_58U_PACKS
from tools.calculator_yearly_to_hourly_58u import CHANGES_58U_SALARY
from tools.dates_zones import clock_in_another_place, on_another_date
from tools.followup_add_on_dropped import add_on_dropped
from tools.followup_added_amount_ko_42 import amount_added_ko, coupon_taken_off_ko
from tools.followup_allowance_used import allowance_used_changed
from tools.followup_asked_period import another_period_asked
from tools.followup_balance_asked import balance_asked
from tools.followup_break_off_span_56t import break_off_span
from tools.followup_calc_60k import CHANGES_60K
from tools.followup_change_end import new_end_of_change
from tools.followup_changes import (
    change_by_amount,
    new_head_count,
    pay_with,
    replace_compound_length,
    rest_of_amount,
    reverse_conversion,
    round_to_unit,
    same_change_again,
)
from tools.followup_changes_42 import (
    amount_reached,
    asked_count_changed,
    named_count_changed,
    sharers_now,
)
from tools.followup_charge_out import added_charge_taken_out
from tools.followup_charge_part import charge_part_of_total
from tools.followup_clock_end_en import clock_end_moved_en
from tools.followup_clock_span import moved_span_end
from tools.followup_conversion_deposit import deposit_converted_anew
from tools.followup_correction import corrected_figure
from tools.followup_count_more_en import count_grown_by_more
from tools.followup_count_noun_named import count_with_item_named
from tools.followup_count_said_anew_en import just_a_count, only_some_needed
from tools.followup_count_step_58u import CHANGES_58U_COUNT
from tools.followup_coupon_order_58m import CHANGES_58M
from tools.followup_coupon_order_en_58u import CHANGES_58U_COUPON
from tools.followup_currency_swap import in_other_currency_again
from tools.followup_daily_time_span import daily_time_over_new_span
from tools.followup_deposit_dropped_57t import deposit_dropped
from tools.followup_discount_dropped import discount_dropped
from tools.followup_english_changes import asked_figure_instead, order_scaled, package_swapped
from tools.followup_everyday_changes import EVERYDAY_CHANGES
from tools.followup_first_block_span import first_block_span_changed
from tools.followup_foreign_rate import in_other_currency_at_rate
from tools.followup_fuel_figure import fuel_figure_changed
from tools.followup_grade_changed import grade_changed
from tools.followup_instalment_fee_dropped import instalment_fee_dropped
from tools.followup_item_count_en_41 import item_count_changed, priced_item_added
from tools.followup_item_left_out import item_left_out
from tools.followup_items import fee_per_item, new_unit_price, price_of_fuel, share_of_the_rest
from tools.followup_kind_count_changed import kind_count_changed
from tools.followup_labelled_figure_en import labelled_figure_changed
from tools.followup_labels import relabelled_rate
from tools.followup_line_added import line_added
from tools.followup_lists import one_more_item, one_more_of_the_run
from tools.followup_months_of_monthly import months_of_monthly
from tools.followup_named_figure_told import named_figure_told
from tools.followup_named_item_count import named_item_count_changed
from tools.followup_named_line_also import named_line_also
from tools.followup_named_price_en import named_price_to_level_en
from tools.followup_new_values_en import NEW_VALUE_CHANGES, price_before_included_tax
from tools.followup_one_item_more import one_item_more
from tools.followup_one_more_joins import one_more_joins_at_own_price
from tools.followup_one_more_night_ko import one_more_night
from tools.followup_one_swapped import one_swapped_for_another
from tools.followup_opens_61c import CHANGES_61C, LAST_61C
from tools.followup_opens_62o import CHANGES_62O
from tools.followup_opens_65o import CHANGES_65O
from tools.followup_ordinal_wants_one import ordinal_wants_one_too
from tools.followup_other_event_date_49a import other_event_date
from tools.followup_other_size import other_size_asked
from tools.followup_other_target_at_rate import other_target_at_rate
from tools.followup_overtime_hours import overtime_hours_changed
from tools.followup_paint_coats import coats_changed
from tools.followup_per_period_amount import per_period_amount_changed
from tools.followup_percent_on_top import percent_on_top
from tools.followup_period_span import respan_period_rate
from tools.followup_plain_restatements_en import count_said_alone
from tools.followup_plan_saving import plan_saving_over_year
from tools.followup_price_raised_said_49a import price_told_anew
from tools.followup_price_words import half_price_for_discount, yearly_of_monthly
from tools.followup_priced_swap import priced_figure_swapped
from tools.followup_race_distance import race_distance_changed
from tools.followup_rate_given import converted_at_stated_rate, rate_changed
from tools.followup_rate_moved_to import rate_moved_to
from tools.followup_rates import fewer_people, ordinal_sharer_joins
from tools.followup_ratio_changed_56t import ratio_changed
from tools.followup_recipe_ingredient import other_ingredient_asked
from tools.followup_recipe_servings_49a import recipe_servings_changed
from tools.followup_reference_day import reference_day_moved
from tools.followup_refund_count_51b import fewer_cancelled_refunded
from tools.followup_restated import restated_with_new_quantity
from tools.followup_round_trip import round_trip_of_previous
from tools.followup_rules_43 import CHANGES_43
from tools.followup_rules_44 import CHANGES_44
from tools.followup_rules_49b import CHANGES_49B
from tools.followup_rules_50a import CHANGES_50A
from tools.followup_rules_50b import CHANGES_50B
from tools.followup_rules_51a import CHANGES_51A, SAID_CHANGES_51A
from tools.followup_rules_51b import CHANGES_51B
from tools.followup_rules_52a import CHANGES_52A
from tools.followup_rules_52b import CHANGES_52B
from tools.followup_rules_53b import CHANGES_53B
from tools.followup_rules_53t import CHANGES_53T
from tools.followup_rules_54e import CHANGES_54E
from tools.followup_rules_54k import CHANGES_54K
from tools.followup_rules_54t import CHANGES_54T
from tools.followup_rules_55k import CHANGES_55K
from tools.followup_rules_56e import CHANGES_56E
from tools.followup_rules_56k import CHANGES_56K
from tools.followup_rules_57e import CHANGES_57E
from tools.followup_rules_57k import CHANGES_57K
from tools.followup_rules_58e import CHANGES_58E
from tools.followup_rules_58k import CHANGES_58K
from tools.followup_rules_58n import CHANGES_58N
from tools.followup_rules_58s import CHANGES_58S
from tools.followup_rules_ko_53a import KOREAN_CHANGES_53A
from tools.followup_said_plainly_62c import CHANGES_62C
from tools.followup_same_slot import figure_for_the_same_slot
from tools.followup_same_unit_word import figure_of_same_unit_word
from tools.followup_scales import bare_figure_in_scale, share_kept_of_result, share_of_result
from tools.followup_share_part import new_part_of_share
from tools.followup_shares import (
    add_named_amount,
    amount_with_share,
    amount_without_share,
    monthly_over_span,
    yearly_per_month,
)
from tools.followup_some_pay_fixed import some_pay_fixed_amount
from tools.followup_span_days import span_over_days
from tools.followup_span_unit import span_in_another_unit
from tools.followup_spans import replace_span_count
from tools.followup_speed_named import speed_named_by_verb
from tools.followup_spoken_changes import SPOKEN_CHANGES
from tools.followup_stop_on_way_61e import stop_on_way
from tools.followup_tax_included_restated import tax_included_restated
from tools.followup_thing_first_58o import thing_shown_first
from tools.followup_tiered_use import tiered_use_changed
from tools.followup_times_per_period import times_per_period
from tools.followup_tip_pretax_58u import CHANGES_58U
from tools.followup_unit_amount_41 import amount_in_other_unit
from tools.followup_unit_price import price_per_unit_of_result
from tools.followup_unit_price_count_63c import CHANGES_63C
from tools.followup_vat_added import vat_added
from tools.followup_vat_out import vat_taken_out
from tools.followup_verb_figure_en import figure_after_same_verb
from tools.followup_weeks_as_days import weeks_as_days
from tools.followup_weight_in_pounds import weight_in_pounds_changed
from tools.followup_word_problems import (
    days_a_week_changed,
    figure_of_the_same_verb,
    named_figure_to_level,
    start_delayed,
    the_one_amount_restated,
    weeks_in_a_month,
)
from tools.followup_yearly_plan_58u import CHANGES_58U_PLAN
from tools.followup_years_for_year import years_for_the_year_named

__all__ = ["CHANGES"]

# Edits of whole short turns, tried before the reference and ellipsis lists.
CHANGES = (
    *CHANGES_61C,  # set 52's follow-ups of an averaged list (opens52c): each after its own form
    *CHANGES_62O,  # set 52's whole packs and split counts (opens62): each after its own form
    *CHANGES_60K,  # set 51's follow-ups of first turns read by slots (calc60)
    *CHANGES_63C,  # "세팩 사면 총 얼마야" after a pack's price per roll (unseen53, calc63)
    *CHANGES_65O,  # "내년에도 같은 비율로 오르면", "how many grams is that if a cup is 125 g"
    *CHANGES_58U_COUPON,  # "flip it, coupon before the 40%" after an English coupon order (cal58e3)
    *CHANGES_58U_RAISED,  # "and the new monthly?" after a raised month's year (cal58e3)
    *CHANGES_58U_PLAN,  # the saving of a yearly plan over a monthly span (cal58e3)
    *CHANGES_58U_PACKS,  # "only full dozens" after a count at the same rate (cal58e3)
    *CHANGES_58U_SALARY,  # "and per month?" after a yearly pay's hourly (cal58e3)
    *CHANGES_58U,  # "plus a 20% tip on the pre-tax price" after a price and its tax (cal58e3)
    *CHANGES_58N,  # "make it 20" after "a 15 percent tip on 64.40": the percent (slot58e)
    *CHANGES_58M,  # set 50's Korean forms (slot58k): each only after its own first form
    *CHANGES_58S,  # probes58's Korean forms (cal58k3): each only after its own first form
    *CHANGES_58K,  # set 49's Korean forms (opens58k): each only after its own first form
    *CHANGES_57K,  # set 48's Korean forms (opens57k): each only after its own first form
    *CHANGES_56K,  # set 47's Korean forms (opens56k): each only after its own first form
    *CHANGES_55K,  # set 46's Korean forms (opens55k): each only after its own first form
    *CHANGES_54K,  # set 45's Korean forms (opens54k): each only after its own first form
    # Follow-ups of the first turns only opens51a's readers read (sets 24 to 32): each fires
    # only on such a reading, whose figures older rules misplace ("한명 더 온다는데" after a
    # base headcount and guests past it made the base 5).
    *CHANGES_51A,
    *CHANGES_52A,  # sets 24 to 35 (opens52a): each only after its own first-turn form
    *KOREAN_CHANGES_53A,  # sets 36 and 44 (opens53a): each only after its own first form
    # "make it 20% instead", "and if only 4 of us join", "5만원어치 넣으면 몇리터야?" (set 43):
    # narrow whole-turn forms that an older rule would read as another figure swapped.
    *CHANGES_43,
    *CHANGES_44,  # "그 다음해는?", "the year after?" after a dated question (set 44)
    *CHANGES_53T,  # "and 35k yen?" at a stated rate, a percent change moved on (set 45)
    *CHANGES_54T,  # "백원단위는 버려줘", "same date in 2028?" (set 46)
    *CHANGES_56E,  # set 47's English forms (opens56e): each only after its own first form
    *CHANGES_57E,  # set 48's English forms (opens57e): each only after its own first form
    *CHANGES_58E,  # set 49's English forms (opens58e): each only after its own first form
    thing_shown_first,  # "광고 15분 먼저 하면?" after a clock + span end (set 50)
    stop_on_way,  # "중간에 20분 쉬면?", "if i stay 45 min extra?" after a clock end (set 52)
    priced_figure_swapped,  # first: a new value for one figure of a priced first turn
    # "and over a 30 day month?" after "45 mins on the treadmill every day … a week" (set 38).
    daily_time_over_new_span,
    # "what about if it's just 3" after "… split between 4 of us": the one group count (set 38).
    just_a_count,
    # "what about yen at 151" after "250 dollars to euros at 0.92": another target at its
    # rate, never 151 dollars (set 38; tools.followups also tries it for "in pounds at 0.79").
    other_target_at_rate,
    # "make it 5 lbs" after "three and a half pounds of chicken … 4.29 a pound" (set 38).
    weight_in_pounds_changed,
    # "and if we get back at midnight" after "… from 6:30pm to 11pm" (set 38).
    clock_end_moved_en,
    # "and 21?" after "18 out of 24, what percent": the part, the whole kept.
    new_part_of_share,
    # "make it a week" after "45 for the first day and 20 for each extra day … 5 days".
    first_block_span_changed,
    # "17GB 썼으면?" after "월 55000원에 10GB 넘으면 1GB당 2200원 … 14GB": the amount used.
    allowance_used_changed,
    # "연비 16km짜리 차로 가면?", "gas just went up to 3.90": one figure of a fuel cost.
    fuel_figure_changed,
    # "전기는 안쓸래" after "1박 4만5천원이고 전기 쓰면 1박당 5천원 추가래": that charge at 0.
    add_on_dropped,
    # "애 하나는 안간대" after "대인 8만원 소인 6만원인데 어른 둘 애 셋이면": that kind's count.
    kind_count_changed,
    # "한명은 2만5천원만 낸대 나머지 일곱명은 얼마씩": the rest split what is left.
    some_pay_fixed_amount,
    # "우유는?", "and butter?" after a recipe scaled for the flour: that ingredient.
    other_ingredient_asked,
    # "쿠폰 기간 지나서 못 쓴대", "we missed the early bird": the first turn at 0% off.
    discount_dropped,
    # "swap one of the pizzas for a calzone at 13.50", "한 통은 … 26,000원으로 바꿔줘".
    one_swapped_for_another,
    # "셔츠 한벌 더 추가": the count after the item's name, when two counts share a counter.
    named_item_count_changed,
    # "grandma's coming too, seniors are 26": her price added (for each day counted).
    one_more_joins_at_own_price,
    one_item_more,  # "sold 8 more on sunday": the one item's count grown
    # "plus a couple more" after "12.50 each and we need 6": the count, never the total + 2.
    count_grown_by_more,
    # "scratch that, just 4": the count of a price × count, never the price.
    count_said_alone,
    # "make it 4 tickets" after "tickets are 85 each … how much for 3": the count said
    # without its noun is the named item's (set 34).
    count_with_item_named,
    # "세번 칠하면?", "and three coats?" after a paint request: its coats (set 34).
    coats_changed,
    # "B0 받은거 A0(4.0)로 바뀌면?", "what if I get 90 on the final": one grade (set 34).
    grade_changed,
    # "what if the weekly goes up to 36": the figure that noun names (sets 34, 36).
    named_price_to_level_en,
    # "and without tax?" after a total with the tax included: total / (1 + rate).
    price_before_included_tax,
    # Before any rule reading a figure as a new amount: here it is the exchange rate.
    converted_at_stated_rate,
    in_other_currency_at_rate,
    # "what about in euros at 1,450": the same foreign amount in another currency.
    in_other_currency_again,
    rate_changed,
    # "그중 30%는?": a share of the result, never the previous rate made 30%.
    share_of_result,
    # "at 100?", "and for 45 minutes?": the figure of the one slot it fits.
    figure_for_the_same_slot,
    # "what if i go 100?": a speed, by its verb, never the distance.
    speed_named_by_verb,
    # "세금 빼면?" after "… 부가세 10% 붙으면": the amount before the charge the turn added.
    added_charge_taken_out,
    # "how much of that is just the tax": the charge that turn added, alone.
    charge_part_of_total,
    # "231,000원이 부가세 포함 가격이래. 공급가액은?": that figure over 1.1, not the total.
    tax_included_restated,
    # "부가세 빼면?": the amount in won divided by 1.1, not less 10%.
    vat_taken_out,
    # "tax included?": the amount in won times 1.1, the VAT said with it.
    vat_added,
    # "she adds 15% for rush jobs", "20% 더 받는대": the amount raised, never 15% of it.
    percent_on_top,
    # "30% 말고 반값이면?": the discount made 50%, not the discounted price halved.
    half_price_for_discount,
    # "한달에 4번 급속 충전하면 한달에 얼마": a one-off result done 4 times that period.
    times_per_period,
    # "왕복이면?", "and the round trip" after a trip's cost: both ways.
    round_trip_of_previous,
    other_size_asked,  # "and the 15 one?" after a share by room size
    race_distance_changed,  # "and a half marathon?" after a 10k at a pace (set 37)
    overtime_hours_changed,  # "and if id done 50 hours" after a week with overtime (set 37)
    deposit_converted_anew,  # "보증금 오천만원만 돌리면?" after a 전월세 전환 (set 37)
    instalment_fee_dropped,  # "수수료 없으면" after a payment in parts with a fee (set 37)
    line_added,  # "부품 12만원 더" after a bill's lines
    # "아 식대 980만원이래": the amount beside that noun, told anew.
    named_figure_told,
    # "연봉으로는?" after a monthly wage: times 12.
    yearly_of_monthly,
    # "and over 2 years" after "… a month, the first year": that year said as 2 (set 37).
    years_for_the_year_named,
    # "3개월치 한번에 내면?", "over a 10 month school year": the monthly total times N.
    months_of_monthly,
    # "what about for 2 weeks" after "for 5 nights": 14 nights.
    weeks_as_days,
    # "per month instead" after "... how much is that each quarter": the period asked.
    another_period_asked,
    moved_span_end,
    break_off_span,  # "점심시간 1시간은 빼야지" after a clock span (set 48)
    deposit_dropped,  # "and with no down payment at all" after a deposit then months (set 49)
    ratio_changed,  # "2대1로 하자고 하면?" after a split in a ratio (set 48)
    span_over_days,
    corrected_figure,
    # "bump it up to 22 percent": the one rate set anew, never that share of the result.
    rate_moved_to,
    days_a_week_changed,
    figure_of_the_same_verb,
    # "what if we'd sold 100": the figure after "sold" in the question, never another one.
    figure_after_same_verb,
    named_figure_to_level,
    the_one_amount_restated,
    bare_figure_in_scale,
    weeks_in_a_month,
    start_delayed,
    relabelled_rate,
    # "맥주는 빼고 계산해줘": the order without that item.
    item_left_out,
    one_more_item,
    one_more_of_the_run,
    round_to_unit,
    replace_compound_length,
    # "1장만 취소하면?" after a refund less a cancellation fee: N tickets refunded, never the
    # count less N as change_by_amount reads it (opens51b).
    fewer_cancelled_refunded,
    change_by_amount,
    respan_period_rate,
    new_head_count,
    fewer_people,
    ordinal_sharer_joins,
    new_end_of_change,
    same_change_again,
    pay_with,
    rest_of_amount,
    reverse_conversion,
    fee_per_item,
    share_of_the_rest,
    price_of_fuel,
    new_unit_price,
    price_per_unit_of_result,
    amount_with_share,
    amount_without_share,
    share_kept_of_result,
    add_named_amount,
    monthly_over_span,
    yearly_per_month,
    restated_with_new_quantity,
    on_another_date,
    clock_in_another_place,
    reference_day_moved,
    replace_span_count,
    span_in_another_unit,
    *SPOKEN_CHANGES,
    *EVERYDAY_CHANGES,
    # "go 22 instead", "triple the order", "and the 2 kg bag for 10.40?"
    asked_figure_instead,
    order_scaled,
    package_swapped,
    # After every other rule: a new value in a sentence of its own (English).
    *NEW_VALUE_CHANGES,
    # Last, when no other rule placed it: "70키로면?" after "… 몸무게 65키로면 bmi", the one
    # figure said with that word (set 38).
    figure_of_same_unit_word,
    # "그럼 잔금은?" after "… 계약금 10%면 계약금 얼마야": the balance asked instead (set 39).
    balance_asked,
    # "한달에 1.5키로씩이면?": the one amount said with 씩 after that period (set 39).
    per_period_amount_changed,
    # "what if internet was only 45": the figure that label has in the list (set 40).
    labelled_figure_changed,
    # "염색 5만원도 같이하면?": one more priced line in the list, before the discount (set 40).
    named_line_also,
    # "a fourth friend wants a bike too" after "… 3 bikes for 2 days": 4 bikes (set 30).
    ordinal_wants_one_too,
    # "300kWh만 썼으면?" after a bill in tiers: the use, never a tier's bound (set 31).
    tiered_use_changed,
    # "멤버십이 월 59,000원이면 1년에 얼마 아끼는거야" after a year's total: less 12 months.
    plan_saving_over_year,
    # "하룻밤 더 있기로 함" after "… 2박하면 얼마": the stay's nights, one more (set 30).
    one_more_night,
    # "the shop says only 2 need replacing" after "… I need 4": the count needed (set 30).
    only_some_needed,
    # "상견례는 3월 13일이야 그건?" after a countdown: to that event's date (set 24).
    other_event_date,
    # "he's putting his price up to 155 next year": the one price set anew (set 26).
    price_told_anew,
    # "turns out it's a party of 14" after a one-ingredient recipe scaled (set 24).
    recipe_servings_changed,
    # Sets 30 to 37 (opens49b).
    *CHANGES_49B,
    # "what if its 5 tickets", "add a gallon of milk for 4.19" after a list of priced
    # lines: that line's count, or one more line (set 41).
    item_count_changed,
    priced_item_added,
    # "and 1.75 liters?" after "how many fl oz in 750 ml": the same conversion of another
    # amount in another unit of that kind (set 41).
    amount_in_other_unit,
    # Sets 8 to 29 (opens50a).
    *CHANGES_50A,
    # Sets 30 to 41 (opens50b).
    *CHANGES_50B,
    # "what about 3 tickets", "and for 3?", "its just 3 of us now", "what if i hit 25k"
    # after a one-step sum: its one figure meant (set 42).
    named_count_changed,
    asked_count_changed,
    sharers_now,
    amount_reached,
    # "3만원짜리 꽃다발도 같이 사면?", "배송비 15달러 붙으면?": one amount raised; "거기서
    # 오천원 쿠폰 더 쓰면?": the coupon off the result (set 42).
    amount_added_ko,
    coupon_taken_off_ko,
    # Sets 33 to 42 (opens51b).
    *CHANGES_51B,
    # Follow-ups of first turns older readers read, said in words no rule read (sets 26-32).
    *SAID_CHANGES_51A,
    # Sets 36 to 43 (opens52b).
    *CHANGES_52B,
    *CHANGES_53B,
    *CHANGES_54E,
    *CHANGES_58U_COUNT,  # last: "one less" after "… im ordering 6 things" (cal58e3)
    *LAST_61C,  # "1박만 하면 얼마씩?": chat words around a change no rule above read (opens52c)
    *CHANGES_62C,  # "13개월로 쪼개서 주는 회사면?", "4월 5만1천 나온거까지 넣으면" (set 53)
)
