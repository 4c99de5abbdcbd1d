"""The rules the fifth unseen set led to, each on inputs of its own (not the set's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agents.mcp_dispatch import match_mcp_step
from core.privacy import scan, scan_recent_turns
from tools.calculator import calculate
from tools.calculator_quantities import quantity_expression
from tools.calculator_rates import rate_expression
from tools.dates import answer_date_question
from tools.followups import about_previous_result, resolve_in_conversation
from tools.korean_numbers import normalize_numerals
from tools.units import parse_unit_request


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # One amount and one rate with no change word: that share of it.
        ("용돈이 50만 원인데 그중 40%를 교통비로 쓰면 교통비가 얼마야?", Decimal(200000)),
        ("Our bill was $120. What's a 15% service charge?", Decimal(18)),
        # A cut or a rise moves the amount; several move it in turn.
        ("12만 원짜리 신발을 25% 할인하고 거기서 5% 더 깎으면 얼마야?", Decimal(85500)),
        ("What's 20% off $75?", Decimal(60)),
        ("월세 80만 원에서 3% 오르면 얼마야?", Decimal(824000)),
        # With interest, simple, over the years stated (one when none is).
        ("1,000만 원을 연 3%로 빌리면 2년 이자는 얼마야?", Decimal(600000)),
    ],
)
def test_one_amount_with_its_rates(text: str, value: Decimal) -> None:
    assert calculate(text).value == value


def test_rates_rule_stays_out_of_what_it_cannot_read() -> None:
    # Two amounts, a division, or years without interest (compounding) are not this rule.
    assert rate_expression("50000 and 30000 at 10%") is None
    assert rate_expression("90000을 3명이 나누고 10% 할인") is None
    assert rate_expression("1000000을 연 5%로 3년 맡기면") is None
    # An account number is never an operand: the one amount is still found.
    assert rate_expression("계좌 333-22-1234567로 2000000 들어와요. 그중 10% 저축") == (
        "2000000 * 10 / 100"
    )


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("계란 30개 한 판이 9,000원이면 한 개에 얼마꼴이야?", Decimal(300), "원"),
        ("A 4 kg bag of flour costs 10,000 won. What's that per kilo?", Decimal(2500), "원"),
        (
            "A recipe for 2 people needs 150 g of rice. How much rice for 5 people?",
            Decimal(375),
            "g",
        ),
        ("대전까지 150km인데 시속 60km로 가면 몇 시간 걸려?", Decimal("2.5"), "시간"),
        ("I earn $20 an hour and work 30 hours a week. What's my pay?", Decimal(600), "$"),
        ("2 shirts at $15 each and 3 socks at $4 each, what's the total?", Decimal(42), "$"),
    ],
)
def test_quantities_in_proportion(text: str, value: Decimal, unit: str) -> None:
    result = calculate(text)
    assert (result.value, result.unit) == (value, unit)


def test_proportion_rule_needs_its_whole_shape() -> None:
    assert quantity_expression("5개 묶음이 4350이면") is None  # nothing asked per one
    assert quantity_expression("3 apples at 2 each") is None  # one pair, no total asked


def test_change_from_a_sum_paid_for_a_price_list() -> None:
    text = "우유 한 개 2,000원, 빵 한 개 3,500원인데 우유 2개랑 빵 1개 사고 만 원 내면 거스름돈은?"
    assert calculate(text).value == Decimal(2500)


def test_how_much_each_and_named_totals() -> None:
    assert calculate("구만 원을 네 명이서 나눠 내면 얼마씩이야?").value == Decimal(22500)
    assert calculate("매달 10만 원씩 저축하면 3년 동안 총액이 얼마야?").value == Decimal(3600000)
    assert calculate("연봉 4,800만 원이면 세전 월급이 얼마야?").value == Decimal(4000000)
    text = "The rent went from 500 to 550. What's the percentage increase?"
    assert calculate(text).value == Decimal(10)


def test_native_counts_before_traditional_measures() -> None:
    assert normalize_numerals("소고기 세 근") == "소고기 3근"
    assert normalize_numerals("금 다섯 돈이면") == "금 5돈이면"
    assert normalize_numerals("돈가스 두 개") == "돈가스 2개"
    request = parse_unit_request("소고기 세 근은 몇 킬로그램이야?")
    assert request is not None and (request.value, request.from_unit) == (Decimal(3), "근")


def test_a_fraction_of_one_unit() -> None:
    request = parse_unit_request("How many metres is half a mile?")
    assert request is not None and request.value == Decimal("0.5")


def test_part_of_the_day_sets_the_clock() -> None:
    told = answer_date_question("저녁 9시 20분에 시작해서 2시간 50분 걸리면 몇 시에 끝나?")
    assert told is not None and told.answer.startswith("00:10")


def test_a_date_stated_with_its_weekday_is_the_base() -> None:
    told = answer_date_question("2027년 5월 5일이 수요일이면 다음 주 금요일은 며칠이야?")
    assert told is not None and told.detail == "2027-05-14"
    # A wrong weekday is not silently corrected.
    assert answer_date_question("2027년 5월 5일이 목요일이면 다음 주 금요일은 며칠이야?") is None


def test_weekday_follow_up_in_the_question_language() -> None:
    earlier = ["2027년 6월 28일에서 5일 뒤는 며칠이야?"]
    korean = resolve_in_conversation(earlier, "그날 무슨 요일이야?")
    bare = resolve_in_conversation(earlier, "몇 요일이에요?")
    assert korean is not None and korean.result.answer == "토요일"
    assert bare is not None and bare.result.answer == "토요일"


def test_card_number_typed_in_halves() -> None:
    found = scan_recent_turns(["제 카드번호 앞자리는 5312 0087이고요", "나머지는 1290 4471이에요"])
    assert [f.text for turn in found for f in turn] == ["5312 0087", "1290 4471"]
    # Without a card label four-digit groups are no card.
    assert scan("주문 번호는 5312 0087이에요") == []


def test_spoken_phone_before_the_copula_iya() -> None:
    found = scan("제 번호는 공일공 이삼사오 육칠팔구이야")
    assert [f.type for f in found] == ["phone"]


def _answer(earlier: list[str], text: str) -> str | None:
    resolved = resolve_in_conversation(earlier, text)
    return None if resolved is None else resolved.result.answer


def test_share_follow_ups_read_the_calculators_reading() -> None:
    tip = ["Lunch was $42.50. What's a 20% tip?"]
    assert _answer(tip, "and what's the total with the tip?") == "$51.00"
    deposit = ["2억 5천만 원 전세 보증금의 20%면 얼마야?"]
    assert _answer(deposit, "그럼 그거 내고 남는 돈은?") == "200,000,000원"


def test_an_amount_named_and_added() -> None:
    assert _answer(["450,000원의 10%는?"], "주차비 3만 원까지 더하면 총 얼마야?") == "75,000원"


def test_a_monthly_figure_over_a_longer_span() -> None:
    monthly = ["월급 250만 원에서 20%를 저축하면 얼마야?"]
    assert _answer(monthly, "2년 치로 치면?") == "12,000,000원"
    rent = ["Rent is $1,200 a month and I pay 25% of it. How much is my part?"]
    assert _answer(rent, "over a 6-month lease?") == "$1,800.00"
    # A span already counted is replaced, not multiplied again (36 months x 12 had been).
    assert _answer(["매달 10만 원씩 3년 동안 모으면 얼마야?"], "1년 치로 치면?") == "1,200,000원"


def test_split_plus_tax_and_more_people() -> None:
    assert _answer(["What's 25% of $96?"], "split between the four of us?") == "$6.00"
    assert _answer(["What's 25% of $96?"], "plus 10% sales tax?") == "$26.40"
    assert (
        _answer(["팔만 원을 네 명이서 나눠 내면 얼마씩이야?"], "동생 한 명 더 오면?") == "16,000원"
    )


def test_a_qualified_quantity_replaces_its_like() -> None:
    trip = ["광주까지 300km인데 시속 60km로 달리면 몇 시간 걸려?"]
    assert _answer(trip, "시속 75km로 가면?") == "4 시간"


def test_a_supposed_rate_and_the_count_asked_for() -> None:
    sale = ["6만 원짜리 가방을 20% 할인하고 거기서 5% 더 깎으면 얼마야?"]
    assert _answer(sale, "추가 할인이 10%였으면?") == "43,200원"
    recipe = ["A cake for 8 people needs 400 g of sugar. How much sugar for 12 people?"]
    assert _answer(recipe, "and for 4?") == "200 g"


def test_the_question_restated_with_a_new_quantity() -> None:
    loan = ["300만 원을 연 5%로 빌리면 1년 이자가 얼마야?"]
    assert _answer(loan, "2년 동안 빌리면 이자는?") == "300,000원"


def test_a_question_for_a_thing_is_not_arithmetic_on_the_result() -> None:
    assert not about_previous_result("그럼 연차 3일 넘게 쓰면 뭐 내야 돼요?")
    assert about_previous_result("그럼 3명이면 어떻게 돼?")
    assert about_previous_result("그럼 4명이면?")


def test_a_clock_time_in_one_city_read_in_another() -> None:
    winter = answer_date_question(
        "If it's 9 a.m. in London on February 2, 2027, what time is it in Tokyo?"
    )
    summer = answer_date_question(
        "If it's 9 a.m. in London on August 2, 2027, what time is it in Tokyo?"
    )
    assert winter is not None and winter.answer.startswith("18:00")
    assert summer is not None and summer.answer.startswith("17:00")  # British summer time
    # One city, or no stated time: not a conversion.
    assert answer_date_question("What time is it in Tokyo?") is None
    again = resolve_in_conversation(
        ["If it's 9 a.m. in London on February 2, 2027, what time is it in Tokyo?"],
        "and on August 2?",
    )
    assert again is not None and again.result.answer.startswith("17:00")


def test_a_stated_time_is_no_question_for_the_current_time() -> None:
    catalog = [("time", "get_current_time", True)]
    assert match_mcp_step("서울이 오후 3시일 때 파리는 몇 시야?", catalog) is None
    now = match_mcp_step("파리는 지금 몇 시야?", catalog)
    assert now is not None and now.args == {"timezone": "Europe/Paris"}
