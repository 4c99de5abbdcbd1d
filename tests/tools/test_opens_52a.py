"""opens52a's readers and follow-up rules (sets 24 to 35), on inputs of their own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.followups import resolve_in_conversation


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # Lines each priced and counted, the item before or after its price.
        ("김밥 3,500원 세 줄이랑 라면 4,500원 두 그릇 시키면 얼마", "19500"),
        ("만이천원짜리 꽃다발 두개랑 사천원짜리 카드 한 장이면 얼마", "28000"),
        # The fewest visits from which a monthly pass is cheaper (equal at 10, so 11).
        ("헬스 1회 8천원이고 월정액 9만원이면 몇번 넘게 가야 월정액이 이득이야", "12"),
        ("1회 5000원이고 월정액 50000원이면 몇번 넘게 가야 월정액이 이득이야", "11"),
        # Rent from the move-in day to the month's end, both days counted.
        ("월세 90만원인데 11월 21일에 입주하면 일할계산 얼마", "300000"),
        ("the mortgage is 2,100 and insurance runs 95 a month, what's that for a year", "26340"),
        ("beer is 2.25 a can and a pack of 24 gets 5% off, what's a pack", "51.3"),
        (
            "my invoice is 1,000 before VAT, add 19% VAT, and the client withholds 15% of the "
            "net. how much actually lands in my account",
            "1040",
        ),
        (
            "sending 500 dollars home at 83 rupees per dollar and the bank takes a 2% fee, "
            "how many rupees arrive",
            "40670",
        ),
        (
            "the cabin was 1,000 total, we split by person-nights, I stayed 2 nights and Ana "
            "stayed 3 and Raj stayed 5, what's my share",
            "200",
        ),
        (
            "the coach charges 40 an hour for beginners and 55 for advanced, my son is advanced "
            "and needs 2 hours a week, what's that for 5 weeks",
            "550",
        ),
        # An option's surcharge on every one ordered, or on the ones said.
        ("라면 4000원인데 곱빼기로 하면 1000원 추가래 세 그릇 다 곱빼기로 시키면 얼마", "15000"),
        (
            "라면 4000원인데 곱빼기로 하면 1000원 추가래 3그릇 중 1그릇만 곱빼기로 시키면 얼마",
            "13000",
        ),
        # Children by the hour, the parents' drinks once each.
        (
            "실내놀이터 아이 1명 1시간에 9000원이고 부모 커피 4000원인데 애 셋이 2시간 놀고 "
            "부모 2명이면 얼마",
            "62000",
        ),
    ],
)
def test_a_whole_form_is_read(question: str, value: str) -> None:
    assert calculate(question).value == Decimal(value)


def test_a_count_of_times_is_said_as_korean_says_it() -> None:
    assert (
        calculate("헬스 1회 8천원이고 월정액 9만원이면 몇번 넘게 가야 월정액이 이득이야").display
        == "12번"
    )


def test_a_swim_pace_is_said_per_hundred_metres() -> None:
    result = calculate("I swam 800 m in 14 minutes, what's my pace per 100 m")
    assert result.value == Decimal("1.75")
    assert "1 min 45 s per 100m" in result.display


def test_a_transfer_in_another_currency_carries_no_dollar_sign() -> None:
    result = calculate(
        "sending 500 dollars home at 83 rupees per dollar and the bank takes a 2% fee, "
        "how many rupees arrive"
    )
    assert "$" not in result.display


@pytest.mark.parametrize(
    "question",
    [
        # February's length depends on a year not given.
        "월세 90만원인데 2월 21일에 입주하면 일할계산 얼마",
        # Two rates and no kind named: which applies is unsaid.
        (
            "the coach charges 40 an hour for beginners and 55 for advanced, he needs 2 hours a "
            "week, what's that for 5 weeks"
        ),
    ],
)
def test_a_form_missing_what_settles_it_is_declined(question: str) -> None:
    with pytest.raises(ToolInputError):
        calculate(question)


@pytest.mark.parametrize(
    ("earlier", "turn", "answer"),
    [
        (
            "the cabin was 900 total, we split by person-nights, I stayed 2 nights and Ana "
            "stayed 4, what's my share",
            "actually Ana stayed 1 night",
            "600",
        ),
        (
            "beer is 2.25 a can and a pack of 24 gets 5% off, what's a pack",
            "and half a pack, no discount",
            "27",
        ),
        (
            "my invoice is 1,000 before VAT, add 19% VAT, and the client withholds 15% of the "
            "net. how much actually lands in my account",
            "what if the net is 2,000",
            "2,080",
        ),
        ("passes are 20 each and there's 5 of us", "2 of them are seniors at half price", "80"),
        (
            "시급 12000원 하루 6시간 일하면 일당 얼마야",
            "월급으로 치면? 209시간 기준",
            "2,508,000원",
        ),
        (
            "the bill is 50 before tax, tax is 10%, we tip 20% on the pre-tax amount, "
            "what's the total",
            "what if we tip on the after-tax amount instead",
            "66",
        ),
        ("a massage is 60 and I tip 15%, what do I pay", "and if I add a facial for 40?", "115"),
        (
            "라면 4000원인데 곱빼기로 하면 1000원 추가래 세 그릇 다 곱빼기로 시키면 얼마",
            "한 그릇만 곱빼기로 하면?",
            "13,000원",
        ),
        (
            "캠핑장 1인 20000원에 바베큐 1인 15000원인데 어른 둘 애 셋 다섯명이면 얼마",
            "애들은 바베큐 반값이래",
            "152,500원",
        ),
        # Only as the new rent does 60만원 keep the rise a rise.
        ("월세 50만원에서 55만원으로 올랐으면 몇 퍼 오른거야", "60만원이었으면?", "20%"),
        (
            "4 shirts at 20, 15, 30 and 25, the cheapest one is free, what do we pay",
            "add a belt for 12",
            "87",
        ),
        ("how many tablespoons is 1/4 of a cup", "and 1/3 cup?", "5.3333333333 (≈ 5.33)"),
        # A counter only one line is counted in names that line: not declined.
        ("칼국수 8,000원 두 그릇이랑 만두 6,000원 한 접시 시키면 얼마", "한 그릇 빼줘", "14,000원"),
    ],
)
def test_a_follow_up_changes_its_own_figure(earlier: str, turn: str, answer: str) -> None:
    follow_up = resolve_in_conversation([earlier], turn)
    assert follow_up is not None
    assert follow_up.result.answer == answer


@pytest.mark.parametrize(
    ("earlier", "turn"),
    [
        # The mortgage, the insurance, or both?
        (
            "the mortgage is 2,100 and insurance runs 95 a month, what's that for a year",
            "what if it goes up 3%",
        ),
        # The 칼국수 or the 만두?
        ("칼국수 8,000원 두 그릇이랑 만두 6,000원 한 접시 시키면 얼마", "하나 취소할게"),
        # 52만원 keeps the rise a rise as either end: which one changed is unsaid.
        ("월세 50만원에서 55만원으로 올랐으면 몇 퍼 오른거야", "52만원이었으면?"),
        # Another shirt joins the deal and might be the cheapest.
        (
            "4 shirts at 20, 15, 30 and 25, the cheapest one is free, what do we pay",
            "add a shirt for 10",
        ),
    ],
)
def test_a_change_to_an_unnamed_part_is_declined(earlier: str, turn: str) -> None:
    assert resolve_in_conversation([earlier], turn) is None
