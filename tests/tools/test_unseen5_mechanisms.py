"""The rules the fifth unseen set led to, each on inputs of its own (not the set's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.privacy import scan, scan_recent_turns
from tools.calculator import calculate
from tools.calculator_quantities import quantity_expression
from tools.calculator_rates import rate_expression
from tools.dates import answer_date_question
from tools.followups import resolve_in_conversation
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
