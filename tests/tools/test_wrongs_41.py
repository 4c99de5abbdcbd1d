"""The mechanisms behind set 41's fixes, on inputs of our own (not the blind set's).

Each test fails with its rule switched off (checked by reverting the rule locally).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.calculator_half_measure_41 import half_measure_as_figure
from tools.calculator_period_count_41 import refuse_a_dropped_period_count
from tools.followup_document_subject_41 import names_own_subject_after_document
from tools.followup_other_question_41 import asks_another_question
from tools.followup_priced_swap import priced_figure_swapped
from tools.followups import resolve_in_conversation
from tools.handlers import match_deterministic
from tools.korean_numbers import normalize_numerals
from tools.priced_quantities import read_priced

NOW = datetime(2026, 12, 5, 9)


def _answer(earlier: list[str], turn: str) -> str | None:
    resolved = resolve_in_conversation(earlier, turn, NOW)
    return None if resolved is None else resolved.result.answer


# --- a price a period, a count of periods, a discount ------------------------------------


def test_a_monthly_price_is_taken_for_every_month_before_the_discount() -> None:
    # 80,000 x 6 x 0.8 (a form read one month at 20% off: 64,000).
    result = calculate("요가 한달 8만원인데 6개월 등록하면 20% 할인이래 얼마야")
    assert result.value == 384000


def test_a_reading_that_drops_the_count_of_periods_is_declined() -> None:
    question = "필라테스 월 9만원인데 4개월 끊으면 10% 할인"
    with pytest.raises(ToolInputError):
        refuse_a_dropped_period_count(question, "90000 * (1 - 10 / 100)")
    refuse_a_dropped_period_count(question, "90000 * 4 * (1 - 10 / 100)")  # uses the 4


def test_a_month_priced_with_ni_is_a_rate_a_month() -> None:
    found = read_priced("PT 한달에 25만원인데 6개월 등록하면 10% 할인해준대 얼마")
    assert found is not None and [r.unit for r in found.rates] == ["month"]
    assert calculate("PT 한달에 25만원인데 6개월 등록하면 10% 할인해준대 얼마").value == 1350000


# --- Korean counts and halves --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("엽서 네장 사면", "엽서 4장 사면"),
        ("맥주 두잔이면", "맥주 2잔이면"),
        ("책 다섯권", "책 5권"),
    ],
)
def test_native_counts_written_with_their_counter(text: str, read: str) -> None:
    assert normalize_numerals(text) == read


def test_native_count_glued_to_its_counter_is_priced() -> None:
    assert calculate("4,500원짜리 커피 두잔이면 얼마").value == 9000


def test_half_before_a_measure_is_a_figure() -> None:
    assert half_measure_as_figure("반근은?") == "0.5근은?"
    assert half_measure_as_figure("반평생 몇년") == "반평생 몇년"
    result = match_deterministic("돼지고기 반근이면 몇그램이야", now=NOW)
    assert result is not None and result.value == 300
    assert _answer(["소고기 2근은 몇 그램"], "반 근은?") == "0.5 근 = 300 g"


# --- turns that are no re-run of the previous sum ------------------------------------------


def test_a_condition_then_a_question_of_its_own_is_no_follow_up() -> None:
    first = ["필라테스 한달 9만원인데 3개월 하면 총 얼마야"]
    assert asks_another_question("필라테스 3개월 하면 살 빠져?")
    assert _answer(first, "필라테스 3개월 하면 살 빠져?") is None
    assert _answer(first, "4개월 하면?") == "360,000원"  # a change still re-runs


@pytest.mark.parametrize(
    "turn",
    [
        "1유로 1,450원이면 유로로는?",
        "넷이 나누면 얼마씩 내면 돼",
        "4개월 하면?",
        "30만 원 넣으면 그건?",
    ],
)
def test_a_condition_asking_a_figure_is_still_a_follow_up(turn: str) -> None:
    assert not asks_another_question(turn)


def test_a_turn_that_only_restates_the_figures_is_no_follow_up() -> None:
    first = ["bike rental is 15 an hour, 3 hours how much"]
    assert _answer(first, "3 hours enough to ride the whole trail?") is None
    assert _answer(first, "and 4 hours?") == "60"


def test_two_figures_for_one_slot_are_not_both_swapped_in() -> None:
    # "4박 대신 6박": which figure is the new one is not the swap rule's to say (it re-ran
    # 4박: 480,000원); the correction reads "4박 아니고 6박 …" (720,000원).
    stay = ["펜션 1박 12만원인데 4박 하면 얼마야"]
    assert priced_figure_swapped("4박 대신 6박 하면?", stay) is None
    assert _answer(stay, "아 4박 아니고 6박 한대") == "720,000원"


# --- English follow-ups on a bill ----------------------------------------------------------


def test_a_percent_taken_for_a_named_purpose() -> None:
    assert _answer(["worked 40 hours at 25 an hour, how much"], "take off 20% for tax") == "800"


def test_one_item_count_of_a_bill_changed() -> None:
    # 3 x 15 + 3 x 2.50 = 52.50
    bill = ["2 large pizzas at 15 and 3 sodas at 2.50, how much"]
    assert _answer(bill, "what if its 3 pizzas") == "52.5"


def test_one_priced_item_added_to_a_bill() -> None:
    # 12.75 + 6.20 + 2.75 = 21.70
    assert _answer(
        ["3 coffees at 4.25 and 2 muffins at 3.10, how much"], "add a bagel for 2.75"
    ) == ("21.7")


def test_a_coupon_said_to_be_missing_is_taken_off() -> None:
    assert (
        _answer(["치킨 2만원에 콜라 2천원인데 3천원 쿠폰 쓰면 얼마"], "쿠폰 없으면?") == "22,000원"
    )


def test_an_amount_in_another_unit_of_the_same_kind() -> None:
    assert _answer(["whats 2 miles in km"], "and 5000 feet?") == "5,000 ft = 1.524 km"
    assert _answer(["whats 2 miles in km"], "and 3 hours?") is None  # another kind of unit


def test_a_price_per_measure_makes_the_total_money() -> None:
    result = calculate("2 kg of rice at 3.40 a kg and 3 cans of beans at 1.20, total")
    assert result.value == Decimal("10.4") and result.unit is None


# --- a follow-up after a document answer ---------------------------------------------------


def test_a_new_thing_named_after_a_cited_answer_is_put_to_the_documents() -> None:
    answer = "We accept credit cards and debit cards. [1]"
    question = "can i pay by card"
    assert names_own_subject_after_document(
        "what if i only have a 20 dollar voucher", question, answer
    )
    # Not after an uncited (computed) answer, nor for a bare change of count.
    assert not names_own_subject_after_document(
        "what if i only have a 20 dollar voucher", question, "42"
    )
    assert not names_own_subject_after_document("what about 4 people?", question, answer)
