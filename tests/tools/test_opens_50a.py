"""Set 24-29 open turns closed by opens50a: each reader and follow-up rule on inputs of our own.

A test asks a request (read by a first-turn reader) or a short conversation (a follow-up
rule), and where a reading could go wrong, one the rule must leave alone. Every test fails
with its rule switched off (checked by removing the rule from its table).
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.tools.rule_switch import first_turn_answer, follow_up_answer

TODAY = datetime(2027, 3, 2, 10, 0)
_first_turn = partial(first_turn_answer, now=TODAY)
_follow_up = partial(follow_up_answer, now=TODAY)


# First turns: tools/calculator_readers_50a.py


def test_simple_interest_over_months() -> None:
    # tools/calculator_interest_months_50a.py: a yearly rate for 4 of 12 months.
    assert _first_turn("1,800 at 5% simple interest, how much interest after 4 months") == "30"


def test_simple_interest_over_months_then_more_months() -> None:
    earlier = ["my 3,600 bonus sits at 2.5% simple interest, how much interest after 6 months"]
    assert _first_turn(earlier[0]) == "45"
    assert _follow_up(earlier, "what about after 16 months") == "120"


def test_an_instalment_over_months_with_its_fee_then_interest_free() -> None:
    # tools/calculator_instalment_months_50a.py and tools/followup_interest_free_50a.py
    earlier = ["냉장고 240만 원 12개월 할부 수수료 총 6% 붙으면 한 달에 얼마씩 내"]
    assert _first_turn(earlier[0]) == "212,000원"
    assert _follow_up(earlier, "무이자면?") == "200,000원"


def test_rent_for_the_days_lived_then_more_days() -> None:
    # tools/calculator_rent_prorated_50a.py and tools/followup_same_unit_part_50a.py
    earlier = ["월세 45만 원인데 이번 달 30일 중에 20일만 살고 나가면 일할로 얼마 내"]
    assert _first_turn(earlier[0]) == "300,000원"
    assert _follow_up(earlier, "이사가 밀려서 24일 살았어") == "360,000원"


def test_rent_for_days_is_not_read_without_the_months_days() -> None:
    # The month's length is never guessed: "20일만 살면" alone is no 일할 reading.
    assert _first_turn("월세 45만 원인데 20일만 살고 나가면 일할로 얼마 내") != "300,000원"


def test_fuel_with_a_discount_a_litre_then_more_litres() -> None:
    # tools/calculator_sum_forms_50a.py (fuel less a discount a litre), then the litres anew.
    earlier = ["카드 쓰면 리터당 50원 할인되는데 경유 1,600원일 때 30리터 넣으면 얼마야"]
    assert _first_turn(earlier[0]) == "46,500원"
    assert _follow_up(earlier, "꽉 채우면 45리터야") == "69,750원"


def test_fuel_use_per_100_km() -> None:
    # tools/calculator_fuel_use_50a.py
    assert (
        _first_turn("we drove 250 km on 20 litres, what's the fuel consumption per 100 km") == "8"
    )


def test_a_group_each_doing_sessions() -> None:
    # tools/calculator_each_doing_sessions_50a.py; "2-hour" describes the session (and the
    # listed-amounts guard no longer reads it as an item listed with the 4).
    earlier = ["climbing is 15 per 2-hour session and 4 of us are each doing 3 sessions, total?"]
    assert _first_turn(earlier[0]) == "180"
    assert _follow_up(earlier, "two of them dropped out") == "90"


def test_takings_at_one_price() -> None:
    # tools/calculator_sum_forms_50a.py (takings at one price)
    question = "the stall sells cookies at 2.50 and it sold 40 today, what did it take in"
    assert _first_turn(question) == "100"


def test_the_time_a_flow_takes_to_fill() -> None:
    # tools/calculator_sum_forms_50a.py (fill time, in minutes)
    answer = _first_turn("the tap puts out 12 liters a minute, how long to fill a 300 liter tank")
    assert answer is not None and answer.startswith("25 min")


def test_fill_time_needs_the_same_unit() -> None:
    question = "the pump moves 12 gallons a minute, how long to fill a 300 liter tank"
    assert _first_turn(question) is None


# Follow-ups: tools/followup_rules_50a.py


def test_the_supply_price_after_the_vat_was_asked() -> None:
    # tools/followup_other_part_50a.py
    earlier = ["문구점 영수증 55,000원 부가세 포함인데 부가세는 얼마야"]
    assert _first_turn(earlier[0]) == "5,000원"
    assert _follow_up(earlier, "그럼 공급가액은?") == "50,000원"


def test_the_fee_after_what_is_left_was_asked() -> None:
    earlier = ["중고로 자전거 20만 원에 팔았는데 수수료 5% 떼면 내 손에 얼마 들어와"]
    assert _first_turn(earlier[0]) == "190,000원"
    assert _follow_up(earlier, "수수료는 얼마야?") == "10,000원"


def test_the_total_after_the_interest_was_asked() -> None:
    earlier = [
        "I borrowed 5,000 at 6% simple interest a year, how much interest do I owe after 3 years"
    ]
    assert _first_turn(earlier[0]) == "900"
    assert _follow_up(earlier, "so what's the total I pay back") == "5,900"


def test_several_of_the_one_thing_priced_then_split() -> None:
    # tools/followup_count_of_one_50a.py, tools/followup_split_that_50a.py
    earlier = ["a canoe rental is 20 an hour and we want it from 9 to 12, what's that"]
    assert _first_turn(earlier[0]) == "60"
    assert _follow_up(earlier, "we're getting three canoes") == "180"
    earlier.append("we're getting three canoes")
    assert _follow_up(earlier, "what does each get if the 4 of us split that") == "45"


def test_a_new_length_is_not_a_count_of_the_thing() -> None:
    # "2 hours" after "20 an hour": a span, never two of the thing (which would be 120).
    earlier = ["a canoe rental is 20 an hour and we want it from 9 to 12, what's that"]
    assert _follow_up(earlier, "we'll need it for 2 hours") != "120"


def test_so_many_cleans_after_one_clean() -> None:
    earlier = [
        "a window cleaner quotes 3.50 per window and our house has 20 windows, "
        "how much is one clean"
    ]
    assert _first_turn(earlier[0]) == "70"
    assert _follow_up(earlier, "we'd want it monthly, so 12 cleans, what's that") == "840"


def test_a_new_frequency_a_day() -> None:
    # tools/followup_frequency_changed_50a.py
    earlier = ["the dog sitter comes twice a day at 15 a visit, we're away 6 days, what's that"]
    assert _first_turn(earlier[0]) == "180"
    assert _follow_up(earlier, "the trainer says three visits a day") == "270"


def test_an_ordinal_one_joins_the_sharers() -> None:
    # tools/followup_ordinal_joins_50a.py
    earlier = [
        "the cabin is 180 a night for 4 nights plus a 90 cleaning fee, split between 3 "
        "couples, what does each couple pay"
    ]
    assert _first_turn(earlier[0]) == "270"
    assert _follow_up(earlier, "a fourth couple is joining") == "202.5"


def test_an_ordinal_that_skips_a_count_is_not_read() -> None:
    earlier = [
        "the cabin is 180 a night for 4 nights plus a 90 cleaning fee, split between 3 "
        "couples, what does each couple pay"
    ]
    assert _follow_up(earlier, "a fifth couple is joining") != "162"


def test_the_end_of_a_span_later_by_half_an_hour() -> None:
    # tools/followup_later_by_50a.py
    earlier = ["the sitter charges 15 an hour and we're out from 7 to 10:30, what do we owe her"]
    assert _first_turn(earlier[0]) == "52.5"
    assert _follow_up(earlier, "we'll get back half an hour later than that") == "60"


def test_a_bare_monthly_figure_keeps_the_man_scale() -> None:
    # tools/followup_scale_carried_50a.py
    earlier = ["적금 한 달에 30만 원씩 2년 부으면 원금만 얼마야"]
    assert _first_turn(earlier[0]) == "7,200,000원"
    assert _follow_up(earlier, "월 40으로 올리면?") == "9,600,000원"


def test_a_charge_of_a_named_kind_added() -> None:
    # tools/followup_plus_charge_50a.py
    earlier = ["my company pays 0.50 a mile and I drove 120 miles for work, how much do I get back"]
    assert _first_turn(earlier[0]) == "60"
    assert _follow_up(earlier, "plus 8.25 in parking") == "68.25"


def test_a_discount_for_ordering_at_least_n() -> None:
    # tools/followup_threshold_discount_50a.py
    earlier = ["떡 단체 주문 하나 3,000원 40개면 총 얼마야"]
    assert _first_turn(earlier[0]) == "120,000원"
    assert _follow_up(earlier, "30개 이상이면 5% 빼준대") == "114,000원"


def test_a_discount_whose_threshold_is_not_reached_is_not_taken() -> None:
    earlier = ["떡 단체 주문 하나 3,000원 40개면 총 얼마야"]
    assert _follow_up(earlier, "50개 이상이면 5% 빼준대") != "114,000원"


def test_a_group_each_getting_things_then_more_each() -> None:
    # tools/calculator_sum_forms_50a.py (each gets), tools/followup_count_each_changed_50a.py
    earlier = ["each of the 40 guests gets 3 canapes at 2.50, what's the total"]
    assert _first_turn(earlier[0]) == "300"
    assert _follow_up(earlier, "we should allow 4 canapes a guest") == "400"


def test_a_pass_per_use_then_the_bigger_pass() -> None:
    # tools/calculator_pass_per_visit_50a.py, tools/followup_other_pass_50a.py
    earlier = ["a 12-visit pass is 150 dollars, what's that per visit"]
    assert _first_turn(earlier[0]) == "12.5"
    assert _follow_up(earlier, "the 30-visit one is 330") == "11"


def test_hours_on_named_days_then_one_day_at_time_and_a_half() -> None:
    # tools/calculator_hours_by_day_50a.py, tools/followup_day_rate_50a.py
    earlier = ["I tutor for 20 an hour and did 3 hours monday and 4 hours friday, what did I make"]
    assert _first_turn(earlier[0]) == "140"
    assert _follow_up(earlier, "friday's double time though") == "220"


def test_sessions_a_month_then_months_together() -> None:
    # tools/calculator_sessions_ko_50a.py
    earlier = ["수영 강습 월 8회에 한 번 12,000원이면 한 달 강습비 얼마야"]
    assert _first_turn(earlier[0]) == "96,000원"


def test_sessions_a_week_with_an_hour_as_one_session() -> None:
    question = "탁구장 1시간 8,000원 주2회 6주 다니면 얼마"
    assert _first_turn(question) == "96,000원"


def test_two_services_on_every_thing_then_one_dropped() -> None:
    # tools/calculator_two_services_per_unit_50a.py, tools/followup_service_dropped_50a.py
    earlier = ["세탁 한 벌 5,000원 다림질 한 벌 2,000원 네 벌 다 맡기면 얼마야"]
    assert _first_turn(earlier[0]) == "28,000원"
    assert _follow_up(earlier, "다림질은 안 할래 세탁만") == "20,000원"


def test_a_fare_both_ways_on_so_many_days() -> None:
    # tools/calculator_sum_forms_50a.py (a fare both ways on so many days)
    assert _first_turn("버스 1,500원 출퇴근 왕복으로 한달에 20일 타면 교통비 얼마") == "60,000원"


def test_a_fare_said_for_the_round_trip_is_not_doubled() -> None:
    assert _first_turn("버스 왕복 3,000원 한달에 20일 타면 교통비 얼마") != "120,000원"


def test_a_distance_at_the_speed_worked_out() -> None:
    # tools/followup_at_that_speed_50a.py (called in tools.followups)
    earlier = ["I ran 15 km in 1 hour 15 minutes, what was my average speed"]
    assert _first_turn(earlier[0]) == "12 km/h"
    assert _follow_up(earlier, "at that speed how long would 30 km take") == "2.5 hours"


def test_one_of_two_shared_costs_paid_by_the_speaker() -> None:
    # tools/followup_one_pays_item_50a.py
    earlier = ["펜션 60만 원이랑 바베큐 12만 원을 셋이서 나누면 인당 얼마야"]
    assert _first_turn(earlier[0]) == "240,000원"
    assert _follow_up(earlier, "바베큐는 내가 낼게 펜션만 나눠") == "200,000원"


def test_another_ingredient_told_with_its_amount_then_that_too() -> None:
    # tools/followup_recipe_other_amount_50a.py; "그것도" points back
    # (tools/followup_other_question_41.py).
    earlier = ["레시피가 2인분 기준 버터 40g인데 5인분 만들려면 몇 g이야"]
    assert _first_turn(earlier[0]) == "100 g"
    assert _follow_up(earlier, "우유는 2인분에 150ml면 그것도") == "375 ml"


def test_the_same_question_of_new_figures_pointing_back() -> None:
    # tools/followup_figures_restated_ko_50a.py
    earlier = ["상품권 20만 원 사면 10% 더 얹어준다는데 총 얼마 쓸 수 있는 거야"]
    assert _first_turn(earlier[0]) == "220,000원"
    assert _follow_up(earlier, "40만 사면 15% 준다는데 그건?") == "460,000원"


def test_the_same_activity_done_by_two() -> None:
    # tools/followup_group_items_ko_50a.py: same_activity_by_more
    earlier = ["당구 한 게임 6000원인데 네 게임 치면 얼마"]
    assert _first_turn(earlier[0]) == "24,000원"
    assert _follow_up(earlier, "동생이랑 둘이 치면?") == "48,000원"


def test_another_verb_is_not_the_same_activity() -> None:
    earlier = ["당구 한 게임 6000원인데 네 게임 치면 얼마"]
    assert _follow_up(earlier, "동생이랑 둘이 가면?") != "48,000원"


def test_one_item_swapped_for_another_at_its_price() -> None:
    # item_swapped_ko
    earlier = [
        "카페 아메리카노 한 잔 4,000원 라떼 한 잔 5,000원인데 아메리카노 두 잔 라떼 두 잔이면 얼마"
    ]
    assert _first_turn(earlier[0]) == "18,000원"
    assert (
        _follow_up(earlier, "라떼 대신 스무디 두 잔으로 바꿀게 스무디는 한 잔 6천원") == "20,000원"
    )


def test_one_item_fewer_where_the_count_was_each() -> None:
    # one_item_fewer_of_each
    earlier = ["빵집 식빵 한 개 4,000원 바게트 한 개 3,000원 세 개씩 사면 얼마"]
    assert _first_turn(earlier[0]) == "21,000원"
    assert _follow_up(earlier, "바게트는 한 개만 살래") == "15,000원"


def test_one_person_takes_the_dearer_option() -> None:
    # one_upgrades
    earlier = ["네일 1인 4만원 두 명 받고 팁은 1인당 5천원씩 주면 총 얼마"]
    assert _first_turn(earlier[0]) == "90,000원"
    assert _follow_up(earlier, "한 명은 젤 5만원짜리로 할래") == "100,000원"


def test_another_item_added_with_its_count_and_price() -> None:
    # priced_item_added_ko
    earlier = ["셔츠 세탁 한 장에 3,000원 다섯 장 맡기면"]
    assert _first_turn(earlier[0]) == "15,000원"
    assert _follow_up(earlier, "바지도 두 장 맡길건데 바지는 한 장 5,000원") == "25,000원"


def test_some_of_the_group_skip_a_per_head_extra() -> None:
    # tools/followup_some_skip_en_50a.py
    earlier = [
        "the set dinner is 60 a head and the dessert course is 15 a head, 6 of us all with "
        "dessert, total?"
    ]
    assert _first_turn(earlier[0]) == "450"
    assert _follow_up(earlier, "three of us will skip the dessert") == "405"
