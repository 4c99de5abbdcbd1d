"""Open markers of sets 34 and 36 closed in code, pinned with inputs of their own.

Each rule: a loyalty cycle with one free (tools.calculator_nth_free), paint for an area
and coats (tools.calculator_paint_coverage, tools.followup_paint_coats), a weighted grade
average (tools.calculator_weighted_average, tools.followup_grade_changed), a count said
without its noun, later named (tools.followup_count_noun_named), and a recipe's servings
then the people asked for (tools.calculator_recipe_scaled, tools.followup_number_edits).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.followup_chain import run_chain
from tools.followups import resolve_in_conversation
from tools.planner import split_steps

_NOW = datetime(2026, 12, 5, 9, 0)


def _first(question: str) -> str | None:
    result = run_chain(split_steps(question), _NOW)
    return None if result is None else result.answer


def _follow(earlier: list[str], turn: str) -> str | None:
    follow = resolve_in_conversation(earlier, turn, _NOW)
    return None if follow is None else follow.result.answer


# --- One free after a paid cycle -----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # 25 teas, every 8th free: 3 full cycles give 3 free, 22 paid x 3.20 = 70.4.
        ("teas are 3.20 and every 8th one is free, I'll buy 25, how much do I pay", "70.4"),
        # buy 6 the 7th free: 15 bagels = 2 cycles (14) + 1 -> 2 free, 13 x 1.50 = 19.5.
        ("bagels cost 1.50 each, buy 6 and the 7th is free, what do 15 cost", "19.5"),
        # 도장 8개 찍으면 1잔 무료: 20잔 = 2 x 9 + 2 -> 2 free, 18 x 3,800 = 68,400.
        ("도장 8개 찍으면 라떼 한잔 무료인데 한잔 3800원이면 20잔 마실때 얼마 내", "68,400원"),
    ],
)
def test_a_paid_cycle_with_one_free_is_read(question: str, answer: str) -> None:
    assert _first(question) == answer


def test_a_cycle_the_ordinal_does_not_close_is_declined() -> None:
    # "buy 6 the 9th is free" is no cycle of paid + 1: never a guess.
    assert _first("bagels cost 1.50 each, buy 6 and the 9th is free, what do 15 cost") is None


def test_a_dozen_cycle_then_more_of_the_item_named() -> None:
    first = "scones are 2.10 each and if you buy a dozen the 13th is free, what do 13 cost"
    assert _first(first) == "25.2"
    # 39 = 3 full cycles: 36 paid x 2.10 = 75.6.
    assert _follow([first], "and 39 scones?") == "75.6"


# --- Paint for an area, coats and coverage ---------------------------------------------------
def test_paint_litres_korean_and_its_coats_changed() -> None:
    first = "천장 면적 30㎡를 세번 칠하는데 페인트 1L로 10㎡ 칠해지면 몇 L 필요해"
    assert _first(first) == "9 L"
    assert _follow([first], "두번 칠하면?") == "6 L"


def test_paint_litres_english_and_its_coats_changed() -> None:
    first = "the fence is 60 m2, three coats, a litre covers 15 m2, how many litres"
    assert _first(first) == "12 L"
    assert _follow([first], "and two coats?") == "8 L"


def test_coats_said_first_in_the_follow_up() -> None:
    first = "the fence is 60 m2, a litre covers 15 m2, how many litres"
    assert _first(first) == "4 L"  # no coats said: one coat
    assert _follow([first], "and two coats?") == "8 L"
    korean = "담장이 40제곱미터인데 페인트 1리터에 8제곱미터 칠하면 몇 리터 필요해"
    assert _first(korean) == "5 L"
    assert _follow([korean], "세 번 칠할 거면?") == "15 L"


def test_paint_with_a_range_of_coats_is_declined() -> None:
    assert _first("천장 면적 30㎡를 두세번 칠하는데 페인트 1L로 10㎡ 칠해지면 몇 L 필요해") is None


def test_paint_with_coats_said_in_a_way_not_read_is_declined() -> None:
    assert (
        _first("the fence is 60 m2, two or three coats, a litre covers 15 m2, how many litres")
        is None
    )


# --- Weighted grade averages --------------------------------------------------------------
def test_a_credit_weighted_average_and_one_grade_changed() -> None:
    first = "2학점 B+(3.5) 3학점 A0(4.0) 3학점 C+(2.5)이면 평점 얼마야"
    # (7 + 12 + 7.5) / 8 = 3.3125
    assert _first(first) == "3.3125 (≈ 3.31)"
    # C+ -> B0(3.0): (7 + 12 + 9) / 8 = 3.5
    assert _follow([first], "C+ 받은거 B0(3.0)로 바뀌면?") == "3.50"


def test_a_share_weighted_grade_and_one_score_changed() -> None:
    first = "labs are 25% and I got 92, quizzes 25% I got 70, exam 50% I got 64, what's my grade"
    # 23 + 17.5 + 32 = 72.5
    assert _first(first) == "72.5"
    # exam 80: 23 + 17.5 + 40 = 80.5
    assert _follow([first], "what if I get 80 on the exam") == "80.5"


def test_shares_that_do_not_make_a_whole_are_declined() -> None:
    # 25 + 25 + 40 = 90%: a part is missing, so no grade is given.
    question = "labs are 25% and I got 92, quizzes 25% I got 70, exam 40% I got 64, what's my grade"
    assert _first(question) is None


# --- A count said without its noun, later named ----------------------------------------------
_SEATS = (
    "concert seats are 40 each plus a 2.50 booking fee per seat and a 1.95 order fee, "
    "how much for 2"
)


def test_a_count_without_its_noun_is_the_named_items() -> None:
    first = _SEATS
    # 2 x 42.50 + 1.95 = 86.95; 5 seats: 212.50 + 1.95 = 214.45
    assert _first(first) == "86.95"
    assert _follow([first], "make it 5 seats") == "214.45"


def test_an_item_the_request_never_named_is_not_placed() -> None:
    first = _SEATS
    assert _follow([first], "make it 5 drinks") is None


# --- A recipe's servings, then the people asked for --------------------------------------------
def test_servings_then_people_asked_for_scale_the_ingredient() -> None:
    first = "recipe serves 6 and takes 450g of rice, how much rice for 4 people"
    assert _first(first) == "300 g"
    assert _follow([first], "and for 9?") == "675 g"


# --- A product's size said before its price ---------------------------------------------------
def test_a_size_before_the_price_names_the_product() -> None:
    # 2 x 8,000 = 16,000: the 500ml is which bottle, not a figure of the sum.
    assert _first("샴푸 500ml 8천원짜리 2개 사면 얼마") == "16,000원"


def test_a_size_asked_about_is_not_dropped() -> None:
    assert _first("샴푸 500ml 8천원짜리면 100ml당 얼마") is None


# --- A longer pass against shorter ones, and a price named by its period ------------------------
_PASSES = (
    "a daily ticket is 6.20 and a weekly one is 28, over 7 days how much would I save with "
    "the weekly"
)


def test_a_longer_pass_saving_over_the_shorter_ones() -> None:
    # 7 x 6.20 = 43.40 - 28 = 15.40
    assert _first(_PASSES) == "15.4"


def test_a_longer_pass_that_costs_more_is_no_saving() -> None:
    assert _first(_PASSES.replace("28", "48")) is None


def test_a_price_named_by_its_period_set_to_a_new_level() -> None:
    # 7 x 7 = 49 - 28 = 21
    assert _follow([_PASSES], "what if the daily goes up to 7") == "21"
    # "12.99 a month": the monthly price is the one figure priced per month.
    first = "the gym is 30 a month or 300 for the year, how much do i save paying yearly"
    assert _follow([first], "what if the monthly price goes up to 32") == "84"


# --- Whole tiles for a floor with a share spare --------------------------------------------------
def test_tiles_for_a_floor_are_rounded_up_to_whole_tiles() -> None:
    # 2.4 x 3 = 7.2 m2 / 0.16 = 45 tiles x 1.05 = 47.25 -> 48
    question = (
        "bathroom is 2.4m x 3m and the tiles are 40cm square, how many tiles do i need "
        "with 5% extra"
    )
    assert _first(question) == "48"


def test_tiles_with_another_figure_are_declined() -> None:
    question = (
        "bathroom is 2.4m x 3m with a 1m shower, the tiles are 40cm square, "
        "how many tiles do i need"
    )
    assert _first(question) is None
