"""Set 12-32 open turns closed by opens51a: each reader and follow-up rule on inputs of our own.

A test asks a request (read by a first-turn reader of tools/calculator_readers_51a.py) or a
short conversation (a follow-up rule of tools/followup_rules_51a.py), and where a reading
could go wrong, one the rule must leave alone. Every test fails with its rule switched off
(checked by replacing the reader with one reading nothing, or by taking the rule out of
tools.followup_change_rules.CHANGES).
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.tools.rule_switch import first_turn_answer, follow_up_answer

TODAY = datetime(2027, 3, 2, 10, 0)
_first_turn = partial(first_turn_answer, now=TODAY)
_follow_up = partial(follow_up_answer, now=TODAY)


# First turns and their follow-ups, Korean.


def test_monthly_rent_and_a_charge_for_a_year_then_the_rent_raised() -> None:
    # calculator_monthly_pair_yearly_51a, then monthly_label_raised_ko.
    earlier = ["오피스텔 월세 60만원에 관리비 12만원이면 1년에 얼마 나가"]
    assert _first_turn(earlier[0]) == "8,640,000원"
    assert _follow_up(earlier, "월세 3만원 올린대") == "9,000,000원"
    # A month asked is no year: never times 12.
    assert _first_turn("월세 60만원에 관리비 12만원이면 한 달에 얼마") != "8,640,000원"


def test_a_price_per_unit_plus_a_fee_then_more_units() -> None:
    # calculator_base_plus_per_unit_51a (Korean), then more_of_the_unit_too_ko.
    earlier = ["바닥 코팅 m²당 1만 8천원인데 방 15m²에 출장비 4만원 별도면 얼마"]
    assert _first_turn(earlier[0]) == "310,000원"
    assert _follow_up(earlier, "주방 6m²도 같이 할래") == "418,000원"


def test_a_base_fee_plus_per_unit_then_the_count_told() -> None:
    # calculator_base_plus_per_unit_51a (English), then count_of_the_unit_told_en.
    earlier = ["the gutter guy charges a 40 call-out fee plus 6 per meter and we have 15 meters"]
    assert _first_turn(earlier[0]) == "130"
    assert _follow_up(earlier, "actually it's 20 meters, I forgot the garage") == "160"


def test_a_monthly_price_plus_a_one_off_fee_then_the_fee_waived() -> None:
    # calculator_monthly_plus_joining_51a, then one_off_fee_waived_en.
    earlier = ["the pool is 38 a month plus a 50 joining fee, what's my first year going to cost"]
    assert _first_turn(earlier[0]) == "506"
    assert _follow_up(earlier, "they said they'd waive the joining fee") == "456"


def test_a_one_way_fare_both_ways_for_a_group_then_one_goes_one_way() -> None:
    # calculator_group_fares_ko_51a, then one_goes_one_way_ko.
    earlier = ["SRT 수서 광주 편도 46,800원인데 네 명 왕복하면 얼마"]
    assert _first_turn(earlier[0]) == "374,400원"
    assert _follow_up(earlier, "한 명은 편도로만 가") == "327,600원"


def test_a_price_a_head_with_a_guaranteed_headcount_then_more_guests() -> None:
    # buffet_guaranteed_plus_more, then more_guests_said_anew_ko.
    earlier = ["돌잔치 뷔페 1인 4만2천원 보증인원 60명인데 15명 더 오면 총 얼마"]
    assert _first_turn(earlier[0]) == "3,150,000원"
    assert _follow_up(earlier, "추가 인원이 22명이면?") == "3,444,000원"


def test_a_night_for_each_animal_then_one_stays_fewer_nights() -> None:
    # night_rate_animals_days, then one_animal_fewer_days_ko.
    earlier = ["고양이 호텔 1박 28,000원인데 세 마리 닷새 맡기면 얼마"]
    assert _first_turn(earlier[0]) == "420,000원"
    assert _follow_up(earlier, "한 마리는 이틀만 맡길게") == "336,000원"
    # Only 마리 is counted a night: a room for six is not six rooms.
    assert _first_turn("게스트하우스 1박 9만원인데 여섯 명 이틀 자면 얼마") != "1,080,000원"


def test_guests_past_a_base_headcount_then_one_more() -> None:
    # guests_past_base_ko, then more_guests_past_base_ko (never a larger base).
    earlier = [
        "독채 1박 25만원 3박인데 기준 6명이고 초과 1인당 1박에 15,000원 추가래 우리 8명이면 얼마"
    ]
    assert _first_turn(earlier[0]) == "840,000원"
    assert _follow_up(earlier, "두 명 더 온대") == "930,000원"


def test_places_in_two_groups_then_one_more_place() -> None:
    # groups_each_amount_ko, then one_more_place_ko.
    earlier = ["다음달 돌잔치 다섯 군데 가는데 네 군데는 3만원씩 하고 한 군데는 5만원 하면 총 얼마"]
    assert _first_turn(earlier[0]) == "170,000원"
    assert _follow_up(earlier, "한 군데 더 잡힘 거기는 3만원") == "200,000원"
    # The groups must add up to the places said.
    wrong_total = "여섯 군데 가는데 네 군데는 3만원씩 하고 한 군데는 5만원 하면 총 얼마"
    assert _first_turn(wrong_total) is None


def test_bundles_bought_then_a_coupon() -> None:
    # bundles_bought_ko, then coupon_off_bundles_ko.
    earlier = ["탄산수 500ml 20병 한 박스 12,900원인데 세 박스 사면"]
    assert _first_turn(earlier[0]) == "38,700원"
    assert _follow_up(earlier, "쿠폰 쓰면 5천원 할인된대") == "33,700원"


def test_sizes_named_by_number_then_one_size_recounted() -> None:
    # numbered_sizes_ko, then numbered_size_count_ko.
    earlier = ["피자 1호 18000원 2호 24000원인데 1호 하나 2호 세개 사면 얼마"]
    assert _first_turn(earlier[0]) == "90,000원"
    assert _follow_up(earlier, "1호를 세개로 하면?") == "126,000원"


def test_a_pack_priced_whole_one_unit_asked() -> None:
    # calculator_pack_unit_price_51a.
    assert _first_turn("메추리알 50구 한 판이 6,500원이면 한 알에 얼마야?") == "130원"
    assert _first_turn("a 4 kg bag of flour is 9.80 - what's that per kg?") == "2.45"
    assert _first_turn("a 6-pack is 8.70 - how much is one can in the 6-pack?") == "1.45"


def test_an_account_number_is_no_amount() -> None:
    # account_number_left_out.
    question = "제 국민 420-91-118273 통장에 매달 180만원씩 들어오는데 1년이면 총 얼마야?"
    assert _first_turn(question) == "21,600,000원"


def test_a_yearly_salary_a_month_before_tax() -> None:
    # yearly_salary_a_month_ko.
    assert _first_turn("동료 연봉이 6,000만원이면 월 세전으로 얼마야?") == "5,000,000원"


def test_codes_of_so_many_digits() -> None:
    # digit_code_count_ko.
    assert _first_turn("현관 비밀번호 숫자 6자리면 경우의 수가 몇 개야?") == "1,000,000"
    # A condition on the digits is another count: never 10 to the n.
    assert _first_turn("숫자 6자리 중복 없이 만들면 경우의 수가 몇 개야?") != "1,000,000"


def test_named_amounts_listed_with_slashes_are_added() -> None:
    # slash_list_sum_ko: never divided.
    question = "부조금 합계 얼마야? 김하늘 5만 / 이도윤 3만 / 박서준 10만"
    assert _first_turn(question) == "180,000원"


def test_the_mean_of_a_table_column() -> None:
    # column_average_of_table.
    table = "이 표에서 점수 평균 구해줘: | 이름 | 점수 | / | 가 | 80 | / | 나 | 91 | / | 다 | 72 |"
    assert _first_turn(table) == "81"


# First turns and their follow-ups, English.


def test_visits_a_week_over_weeks_then_a_new_price() -> None:
    # visits_a_week_over_weeks; the price told anew is an older rule's.
    earlier = ["the cleaner charges 55 a visit and comes 2 days a week, what's that over 6 weeks"]
    assert _first_turn(earlier[0]) == "660"


def test_a_first_block_then_each_unit_then_a_longer_span() -> None:
    # first_block_then_each, then hired_span_said_anew_en.
    earlier = [
        "renting the bouncy castle is 120 for the first 2 hours and 30 for every extra hour, "
        "we need it for 5 hours, what's the cost"
    ]
    assert _first_turn(earlier[0]) == "210"
    assert _follow_up(earlier, "the party's going 6 hours now") == "240"


def test_a_deposit_off_an_hourly_bill_then_longer() -> None:
    # deposit_off_hourly_bill, then hired_span_said_anew_en.
    earlier = [
        "the photographer charges 120 an hour and takes a 150 deposit that comes off the final "
        "bill, the session is 3 hours, what do I pay on the day"
    ]
    assert _first_turn(earlier[0]) == "210"
    assert _follow_up(earlier, "it went to 4 hours") == "330"


def test_a_rate_for_each_extra_kid_then_one_more_kid() -> None:
    # extra_per_kid_hourly, then one_more_kid_en.
    earlier = [
        "the sitter charges 20 an hour plus 3 an hour for each extra kid, we have 2 kids and "
        "need her for 4 hours, what do we owe"
    ]
    assert _first_turn(earlier[0]) == "92"
    assert _follow_up(earlier, "my cousin's kid is coming too") == "104"


def test_servings_a_week_for_people() -> None:
    # servings_a_week_for_people, then the weeks asked (an older rule).
    earlier = [
        "the salad box is 8.50 per serving, we get 4 lunches a week for 3 people, how much a week"
    ]
    assert _first_turn(earlier[0]) == "102"
    assert _follow_up(earlier, "and for 3 weeks?") == "306"


def test_things_at_a_visit_each_a_day_over_a_week() -> None:
    # things_at_a_visit_each_a_day.
    question = "I feed 2 cats at 12 a visit each, twice a day, what do I make in a 6-day week"
    assert _first_turn(question) == "288"


def test_diners_each_having_two_courses_taxed_then_one_skipped() -> None:
    # diners_each_course_taxed; skipping a course is an older rule's.
    earlier = [
        "dinner for 3, mains are 20 each and starters 10 each, plus 10% tax, what's the total"
    ]
    assert _first_turn(earlier[0]) == "99"


def test_two_kinds_of_tickets_with_a_fee_each_then_one_at_its_own_price() -> None:
    # tickets_two_kinds_fee_each, then one_ticket_at_own_price_en.
    earlier = ["2 adult tickets at 40 and 2 kids at 20 plus a 3 booking fee per ticket, total?"]
    assert _first_turn(earlier[0]) == "132"
    assert _follow_up(earlier, "one of the adults is a senior, seniors pay 30") == "122"


def test_a_cabin_a_night_plus_a_tour_each() -> None:
    # cabin_nights_plus_tour_each.
    question = (
        "the lodge is 200 a night for the cabin plus 15 per person for the boat tour, "
        "3 of us for 2 nights, total?"
    )
    assert _first_turn(question) == "445"
    # A tour paid a person every night is not paid once.
    nightly = question.replace("per person for", "per person per night for")
    assert _first_turn(nightly) != "445"


def test_one_bought_every_workday() -> None:
    # daily_buy_over_month.
    assert (
        _first_turn(
            "a bagel is 2.80 and I buy one every workday, 21 days a month - "
            "what's the monthly cost?"
        )
        == "58.8"
    )


def test_an_allowance_overage_then_more_used() -> None:
    # allowance_overage, then amount_used_said_anew_en.
    earlier = ["my plan has 10 GB and extra data costs 4 per GB. I used 13 GB, what's the overage"]
    assert _first_turn(earlier[0]) == "12"
    assert _follow_up(earlier, "next month I used 18 GB") == "32"


def test_a_fee_off_before_the_exchange_then_another_amount() -> None:
    # fee_off_before_exchange, then amount_exchanged_anew_en.
    earlier = [
        "the booth gives 0.8 pounds per dollar and takes a 5 dollar fee off the top, how many "
        "pounds do I get for 300 dollars"
    ]
    assert _first_turn(earlier[0]) == "236"
    assert _follow_up(earlier, "what if I exchange 400") == "316"


def test_a_second_kid_at_a_discount() -> None:
    # second_kid_discount.
    question = (
        "after-school care is 600 a month per kid and the second kid gets 20% off, "
        "we have 2 kids, what's a month"
    )
    assert _first_turn(question) == "1,080"


def test_a_deposit_and_the_first_month_then_a_shorter_deposit() -> None:
    # deposit_and_first_month, then deposit_months_said_anew_en.
    earlier = [
        "rent is 900 a month and the deposit is three months' rent, what do I pay before moving "
        "in if the first month is due too"
    ]
    assert _first_turn(earlier[0]) == "3,600"
    assert _follow_up(earlier, "they'll take a two-month deposit") == "2,700"


def test_a_count_in_words_then_some_free() -> None:
    # count_in_words_each_en, then some_go_free_en.
    earlier = ["passes are 7.25 each and we need six, how much"]
    assert _first_turn(earlier[0]) == "43.5"
    assert _follow_up(earlier, "two of the kids go free") == "29"


# Follow-ups of first turns older readers read: tools/followup_said_changes_51a.py


def test_back_at_a_time_instead() -> None:
    earlier = ["the sitter is 15 an hour and we're out from 7 pm to 10 pm, what do we pay her"]
    assert _first_turn(earlier[0]) == "45"
    assert _follow_up(earlier, "we'll be back at 11 pm instead") == "60"


def test_an_items_count_said() -> None:
    earlier = ["세탁소 바지 한 벌 4,000원 다섯 벌이랑 패딩 한 벌 15,000원 맡기면 얼마"]
    assert _first_turn(earlier[0]) == "35,000원"
    assert _follow_up(earlier, "아 패딩 세 벌이었음") == "65,000원"


def test_the_count_wanted_made_a_dozen() -> None:
    earlier = ["the bakery charges 2.50 a cupcake plus 6 for the box, I want 20 cupcakes, how much"]
    assert _first_turn(earlier[0]) == "56"
    assert _follow_up(earlier, "make it a dozen") == "36"


def test_a_down_payment_before_the_installments() -> None:
    earlier = [
        "the course is 4,800 and they let you pay it in 6 monthly installments, how much a month"
    ]
    assert _first_turn(earlier[0]) == "800"
    assert _follow_up(earlier, "what if I put 600 down first") == "700"


def test_extra_people_a_night() -> None:
    earlier = ["글램핑 1박 80,000원인데 2박 하면 얼마야"]
    assert _first_turn(earlier[0]) == "160,000원"
    assert _follow_up(earlier, "1인당 1박에 15,000원 추가래 우리 세 명 추가야") == "250,000원"


def test_a_flat_month_saving() -> None:
    earlier = ["독서실 1시간 1,500원인데 하루 5시간씩 24일 가면 얼마"]
    assert _first_turn(earlier[0]) == "180,000원"
    assert _follow_up(earlier, "월정액 한달 150,000원이면 얼마 아껴") == "30,000원"


def test_free_shipping_at_a_count() -> None:
    earlier = ["김치 한 통 만이천원 세개 사고 배송비 사천원이면 얼마"]
    assert _first_turn(earlier[0]) == "40,000원"
    assert _follow_up(earlier, "다섯개 사면 배송비 무료래") == "60,000원"


def test_a_kid_turned_the_adult_age() -> None:
    earlier = [
        (
            "museum tickets are 22 for adults and 12 for kids under 14, "
            "we're one adult and two kids, how much"
        )
    ]
    assert _first_turn(earlier[0]) == "46"
    assert _follow_up(earlier, "one of the kids just turned 14") == "56"
    # Still under the limit: no adult ticket.
    assert _follow_up(earlier, "one of the kids just turned 9") != "56"


def test_one_keeps_one_service() -> None:
    earlier = ["네일 젤 3만원 케어 2만원인데 언니랑 나 둘다 젤이랑 케어하면 얼마"]
    assert _first_turn(earlier[0]) == "100,000원"
    assert _follow_up(earlier, "나는 젤만 할래") == "80,000원"


def test_another_cut_per_100_grams() -> None:
    earlier = ["한우 등심 100g에 12,000원인데 500g 사면 얼마"]
    assert _first_turn(earlier[0]) == "60,000원"
    assert _follow_up(earlier, "안심도 300g 살건데 안심은 100g당 14,000원") == "102,000원"


def test_less_for_each_counted() -> None:
    earlier = ["고양이 미용 단모 5만원 장모 7만원인데 한 마리씩 맡기면 얼마"]
    assert _first_turn(earlier[0]) == "120,000원"
    assert _follow_up(earlier, "위생미용만 하면 마리당 3만원씩 빠진대") == "60,000원"
