"""Follow-up arithmetic found open on the unseen sets 7 and 8, pinned with inputs of its own."""

from __future__ import annotations

import pytest

from tests.tools.followup_cases import NOW, assert_answered_in_code, assert_follow_up_resolves
from tools.calculator import calculate
from tools.calculator_tallies import tally_expression
from tools.followups import resolve_in_conversation
from tools.korean_numbers import normalize_numerals

_FLOUR = "밀가루 한 주에 5kg씩 4주면 몇 kg"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("kg당 3000원이면 얼마", "60,000원"),
        ("1kg에 3,000원이면 총 얼마야?", "60,000원"),
        ("at $3 per kg, what does it cost?", "$60.00"),
    ],
)
def test_a_price_per_unit_of_the_previous_result_prices_it(text: str, answer: str) -> None:
    assert_follow_up_resolves([_FLOUR], text, answer)


@pytest.mark.parametrize(
    "text",
    [
        "리터당 3000원이면 얼마",  # a price per litre: the previous result is in kg
        "kg당 3000이면?",  # no currency: maybe no price at all
    ],
)
def test_a_price_per_another_unit_or_without_currency_is_not_applied(text: str) -> None:
    assert resolve_in_conversation([_FLOUR], text, NOW) is None


@pytest.mark.parametrize(
    ("earlier", "text", "answer"),
    [
        ("점수가 70점 80점 90점 평균 몇점이야", "100점짜리 하나 더 넣으면?", "85"),
        ("점수가 70점 80점 90점 평균 몇점이야", "95점도 추가하면 평균은?", "83.75"),
        ("아침 기온이 -1도 2도 5도 평균 몇도야", "-4도인 날 하루 더 넣으면?", "0.5"),
    ],
)
def test_one_more_figure_of_the_run_joins_the_average(earlier: str, text: str, answer: str) -> None:
    assert_follow_up_resolves([earlier], text, answer)


def test_a_figure_in_another_unit_does_not_join_the_run() -> None:
    scores = "점수가 70점 80점 90점 평균 몇점이야"
    assert resolve_in_conversation([scores], "-6도도 넣으면?", NOW) is None


def test_a_result_cut_at_ten_decimals_also_shows_two_places() -> None:
    assert calculate("(4 + 2 - 4) / 3").display == "0.6666666667 (≈ 0.67)"
    # A result shown whole needs no rounded twin.
    assert calculate("7 / 8").display == "0.875"


def test_an_inch_is_not_a_share_per_person() -> None:
    split = "떡볶이 12000 순대 9000 3명이 나누면"
    assert tally_expression(f"{split} 1인당 얼마") == "(12000 + 9000) / 3"
    # "1인치" is a length in inches: a further figure, so the split is not read.
    assert tally_expression(f"{split} 1인치 얼마") is None


def test_a_short_turn_naming_the_result_and_an_operand_works_on_it() -> None:
    # Short enough to read as an ellipsis, yet "거기에" names the previous result.
    assert_follow_up_resolves(["7 곱하기 6은?"], "거기에 3 곱하면?", "126")


def test_a_product_said_without_the_object_particle_is_read() -> None:
    assert_answered_in_code("25에 4 곱하면?", "100")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("십이만원 셋이서 나누면 얼마씩", "40,000원"),
        ("구만 삼천원 넷이 나눠 내면 얼마", "23,250원"),
    ],
)
def test_a_native_number_of_people_splits_the_amount(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer)


def test_a_native_number_not_before_a_split_stays_a_word() -> None:
    assert normalize_numerals("둘이 가면 얼마") == "둘이 가면 얼마"
    assert normalize_numerals("셋이서 가면") == "3명이서 가면"
