"""The early readers opens51a added to the calculator for sets 12 to 32, each with the unit
its answer is in.

Kept apart so :mod:`tools.calculator` stays one table of readers long: it splices these in
after opens50b's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.calculator_base_plus_per_unit_51a import base_fee_plus_per_unit_en, per_unit_plus_fee_ko
from tools.calculator_counted_ko_51a import (
    bundles_bought_ko,
    groups_each_amount_ko,
    guests_past_base_ko,
    numbered_sizes_ko,
)
from tools.calculator_group_fares_ko_51a import (
    buffet_guaranteed_plus_more,
    night_rate_animals_days,
    one_way_fare_both_ways_group,
)
from tools.calculator_group_orders_en_51a import (
    cabin_nights_plus_tour_each,
    daily_buy_over_month,
    diners_each_course_taxed,
    servings_a_week_for_people,
    things_at_a_visit_each_a_day,
    tickets_two_kinds_fee_each,
)
from tools.calculator_hired_time_en_51a import (
    deposit_off_hourly_bill,
    extra_per_kid_hourly,
    first_block_then_each,
    visits_a_week_over_weeks,
)
from tools.calculator_misc_forms_51a import (
    account_number_left_out,
    arrangements_in_a_row,
    column_average_of_table,
    count_in_words_each_en,
    digit_code_count_ko,
    slash_list_sum_ko,
    yearly_salary_a_month_ko,
)
from tools.calculator_money_forms_en_51a import (
    allowance_overage,
    deposit_and_first_month,
    fee_off_before_exchange,
    second_kid_discount,
)
from tools.calculator_monthly_pair_yearly_51a import monthly_pair_for_a_year_ko
from tools.calculator_monthly_plus_joining_51a import monthly_plus_one_off_fee
from tools.calculator_monthly_to_hourly_59m import monthly_pay_per_hour_ko
from tools.calculator_pack_unit_price_51a import pack_price_per_unit_en, pack_price_per_unit_ko

__all__ = ["readers_51a"]

_DOLLARS = re.compile(r"\$|\bdollars?\b|\bbucks\b", re.IGNORECASE)


def readers_51a(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    dollars = "$" if _DOLLARS.search(digits) else None
    return (
        # "원룸 월세 45만원에 관리비 7만원이면 1년에 나가는 돈 얼마".
        (monthly_pair_for_a_year_ko, "원"),
        (monthly_pay_per_hour_ko, "원"),  # "주40시간 한달 4주 … 월급 240만이면 시급" (set 51)
        # "the window cleaner charges a 25 base fee plus 4 per window and we've got 18 windows".
        (base_fee_plus_per_unit_en, dollars),
        # "장판 시공 m²당 2만 5천원인데 거실 24m²에 출장비 5만원 별도면 얼마".
        (per_unit_plus_fee_ko, "원"),
        # "the gym is 45 a month plus a 60 joining fee, what's my first year going to cost".
        (monthly_plus_one_off_fee, dollars),
        # "KTX 서울 부산 편도 59,800원인데 세 명 왕복하면 얼마".
        (one_way_fare_both_ways_group, "원"),
        # "예식장 뷔페 1인 5만8천원 보증인원 150명인데 20명 더 오면 식대 총 얼마임".
        (buffet_guaranteed_plus_more, "원"),
        # "강아지 호텔 1박 35,000원인데 두 마리 나흘 맡기면 얼마".
        (night_rate_animals_days, "원"),
        # "a 2.5 kg bag of rice is 18.75 - what's the price per kg?".
        (pack_price_per_unit_en, dollars),
        # "계란 30구 한 판이 8,970원이면 한 알에 얼마야?".
        (pack_price_per_unit_ko, "원"),
        # "the dog walker charges 18 a walk and comes 5 days a week, what's that over 4 weeks".
        (visits_a_week_over_weeks, dollars),
        # "450 for the first 3 hours and 95 for every extra hour, we need it for 5 hours".
        (first_block_then_each, dollars),
        # "150 an hour and takes a 100 deposit that comes off the final bill … on the day".
        (deposit_off_hourly_bill, dollars),
        # "16 an hour plus 2 an hour for each extra kid, we have 3 kids … 5 hours".
        (extra_per_kid_hourly, dollars),
        # "the meal kit is 11.99 per serving, we get 3 meals a week for 2 people, how much a week".
        (servings_a_week_for_people, dollars),
        # "I walk 3 dogs at 15 a walk each, twice a day, what do I make in a 5-day week".
        (things_at_a_visit_each_a_day, dollars),
        # "dinner for 4, mains are 24 each and desserts 9 each, plus 8% tax, what's the total".
        (diners_each_course_taxed, dollars),
        # "4 adult tickets at 28 and 3 kids at 14 plus a 2.50 booking fee per ticket, total?".
        (tickets_two_kinds_fee_each, dollars),
        # "140 a night for the cabin plus 12 per person for the farm tour, 4 of us for 3 nights".
        (cabin_nights_plus_tour_each, dollars),
        # "a coffee is 3.45 and I buy one every workday, 22 days a month - … monthly cost?".
        (daily_buy_over_month, dollars),
        # "my plan has 15 GB and extra data costs 3.25 per GB. I used 21 GB, what's the overage".
        (allowance_overage, dollars),
        # "gives 0.91 euros per dollar and takes a 6 dollar fee off the top, … for 500 dollars".
        (fee_off_before_exchange, None),
        # "daycare is 1,150 a month per kid and the second kid gets 10% off, we have 2 kids".
        (second_kid_discount, dollars),
        # "rent is 1,450 a month and the deposit is two months' rent, … first month is due too".
        (deposit_and_first_month, dollars),
        # "펜션 1박 18만원 2박인데 기준 4명이고 초과 1인당 1박에 2만원 추가래 우리 여섯 명이면".
        (guests_past_base_ko, "원"),
        # "결혼식 네 군데 가는데 세 군데는 오만원씩 하고 한 군데는 10만원 하면 축의금 총 얼마".
        (groups_each_amount_ko, "원"),
        # "생수 2리터 6병 한 묶음 5,980원인데 네 묶음 사면".
        (bundles_bought_ko, "원"),
        # "수제케이크 1호 32000원 2호 41000원인데 1호 두개 2호 하나 사면 얼마".
        (numbered_sizes_ko, "원"),
        # "제 신한 110-482-739150 통장에 매달 250만원씩 들어오는데 1년이면 총 얼마야?".
        (account_number_left_out, "원"),
        # "팀원 엄세린 연봉이 4,850만원이면 월 세전으로 얼마야?".
        (yearly_salary_a_month_ko, "원"),
        # "비밀번호를 숫자 4자리로 만들면 경우의 수가 몇 개야?".
        (digit_code_count_ko, None),
        (arrangements_in_a_row, None),  # "5명이 한줄로 서는 방법 몇가지야": 5! (opens56e)
        # "축의금 정리했는데 합계 얼마야? 변승우 10만 / 탁민지 5만 / 옥재현 20만 / 남궁하율 7만".
        (slash_list_sum_ko, "원"),
        # "이 표에서 나이 평균 구해줘: | 이름 | 나이 | 연락처 | / | 장서윤 | 34 | … |".
        (column_average_of_table, None),
        # "tickets are twelve fifty each and we need nine, how much".
        (count_in_words_each_en, dollars),
    )
