"""The general rules that closed open turns of sets 24-29 (opens49a), on inputs of their own.

Each test reads a request or a short conversation in the form a rule reads, and (where a
reading could go wrong) one it must leave alone.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.tools.rule_switch import first_turn_answer, follow_up_answer
from tools.calculator_recipe_one_ingredient_49a import one_ingredient_recipe_expression
from tools.dates import answer_date_question
from tools.korean_numbers import normalize_numerals

NOW = datetime(2027, 6, 1, 9, 0)
_first_turn = partial(first_turn_answer, now=NOW)
_follow_up = partial(follow_up_answer, now=NOW)


# tools/dates_event_named_49a.py


def test_a_countdown_with_the_event_named_after_its_date() -> None:
    answer = answer_date_question(
        "오늘 2028년 1월 3일이고 2월 14일이 졸업식이야 며칠 남았어", now=NOW
    )
    assert answer is not None and answer.days == 42


# tools/followup_other_event_date_49a.py


def test_another_events_date_after_a_countdown_is_counted_from_the_same_today() -> None:
    earlier = ["오늘 2028년 1월 3일인데 3월 1일 개학까지 며칠 남았어"]
    assert _first_turn(earlier[0]) == "58일"
    assert _follow_up(earlier, "입학식은 2월 20일이래 그건?") == "48일"
    assert _follow_up(earlier, "오리엔테이션은 2월 10일에 하는데") == "38일"


def test_another_events_date_is_not_read_when_the_countdown_has_two_ends() -> None:
    # From one stated date to another: the turn's date could replace either end's role.
    earlier = ["2028년 1월 3일부터 3월 1일까지 며칠이야", "그럼 2028년 1월 10일부터는?"]
    assert _follow_up(earlier[:1], "오늘은 2월 20일이야 그건?") is None


# tools/korean_spaced_units_49a.py


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("2억 3천 4백만 원", "234000000 원"),
        ("4천 7백원", "4700원"),
        ("6천 2백 5십원", "6250원"),
    ],
)
def test_a_korean_figure_typed_with_spaces_inside_a_man_group_is_one_figure(
    said: str, digits: str
) -> None:
    assert normalize_numerals(said) == digits


def test_two_figures_that_do_not_descend_stay_two() -> None:
    assert normalize_numerals("2천 3천원") == "2000 3000원"


def test_a_percent_of_an_amount_typed_with_spaces() -> None:
    assert _first_turn("2억 3천 4백만 원의 3%는 얼마야") == "7,020,000원"


# tools/chat_adverbs_49a.py


def test_paying_all_at_once_changes_no_figure() -> None:
    assert _first_turn("헬스장 한 달에 9만 원인데 6개월 치 한꺼번에 내면 얼마야") == "540,000원"


# tools/followup_correction.py: chat after the right figure (was followup_correction_chat_49a)


def test_a_correction_with_chat_after_the_right_figure() -> None:
    earlier = ["헬스장 한 달에 9만 원인데 6개월 치 내면 얼마야"]
    assert _follow_up(earlier, "아 6개월 말고 4개월 치 낼래") == "360,000원"
    # The figure corrected must be the previous request's, with its unit.
    assert _follow_up(earlier, "아 6명 말고 4개월 치 낼래") is None


# tools/followup_price_raised_said_49a.py


def test_a_new_price_told_as_news_replaces_the_one_price() -> None:
    earlier = ["the gardener charges 60 a visit and comes 4 times a month, what's that monthly"]
    assert _first_turn(earlier[0]) == "240"
    assert _follow_up(earlier, "she's raising her rate to 70 next month") == "280"
    assert _follow_up(earlier, "she's going up to 75 a visit") == "300"


def test_a_new_rate_given_by_another_place() -> None:
    earlier = ["changing 2,000 dollars to euros at 0.9, how many euros do I get"]
    assert _follow_up(earlier, "the hotel desk only gives 0.85") == "€1,700.00"


def test_a_raise_by_an_amount_is_not_a_new_level() -> None:
    earlier = ["the gardener charges 60 a visit and comes 4 times a month, what's that monthly"]
    assert _follow_up(earlier, "she's going up by 10") is None


# tools/followup_korean_tails_49a.py


def test_a_noun_after_a_rates_jjari_names_what_has_that_rate() -> None:
    earlier = ["운동화 12만원인데 세일 20% 하면 얼마야"]
    assert _first_turn(earlier[0]) == "96,000원"
    assert _follow_up(earlier, "세일 30%짜리 매장이면?") == "84,000원"


def test_with_that_after_a_new_rate_points_at_the_rate() -> None:
    earlier = ["네일 2만원 페디 6만원인데 쿠폰으로 10% 할인되면 얼마 내"]
    assert _first_turn(earlier[0]) == "72,000원"
    assert _follow_up(earlier, "회원 할인은 20%래 그걸로 하면") == "64,000원"


def test_an_amount_heard_from_someone_is_the_new_amount() -> None:
    earlier = ["월세 50만원에 관리비 7만원이면 1년에 총 얼마 나가"]
    assert _first_turn(earlier[0]) == "6,840,000원"
    assert _follow_up(earlier, "관리비 10만원으로 오른대") == "7,200,000원"


def test_a_rate_heard_per_another_base_is_no_new_amount() -> None:
    # Two figures: "1엔에 9원" is a rate, which the slot reader would take for 1 yen.
    earlier = ["5만 엔을 100엔당 910원에 바꾸면 얼마야"]
    assert _follow_up(earlier, "1엔에 9원이래") is None


# tools/followup_english_restated_49a.py


def test_money_left_in_for_another_span() -> None:
    earlier = ["3,000 dollars at 4% simple interest a year, how much interest after 2 years"]
    assert _first_turn(earlier[0]) == "$240.00"
    assert _follow_up(earlier, "keep it there for 4 years instead") == "$480.00"


def test_a_share_of_the_result_that_goes_elsewhere_is_taken_off() -> None:
    earlier = ["I sold 10,000 dollars of cars this month on 5% commission, what did I earn"]
    assert _first_turn(earlier[0]) == "$500.00"
    assert _follow_up(earlier, "a fifth of that goes to tax, what do I keep") == "$400.00"
    assert _follow_up(earlier, "the dealership takes 30% of that, what's left for me") == "$350.00"


# tools/calculator_recipe_one_ingredient_49a.py


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("레시피가 2인분 기준 버터 40g인데 5인분이면 몇 g야", "100 g"),
        ("the recipe serves 6 and needs 450 ml of milk, how much for 8", "600 ml"),
    ],
)
def test_a_one_ingredient_recipe_scaled_to_other_servings(question: str, answer: str) -> None:
    assert _first_turn(question) == answer


@pytest.mark.parametrize(
    "question",
    [
        # Two amounts: which one is asked is not said.
        "the recipe serves 6 and needs 450 ml of milk and 2 eggs, how much for 8",
        # The unit asked is not the ingredient's.
        "레시피가 2인분 기준 버터 40g인데 5인분이면 몇 ml야",
    ],
)
def test_a_recipe_not_of_that_form_is_left_alone(question: str) -> None:
    assert one_ingredient_recipe_expression(question) is None


# tools/followup_recipe_servings_49a.py


def test_new_servings_after_a_one_ingredient_recipe() -> None:
    earlier = ["the recipe serves 6 and needs 450 ml of milk, how much for 8"]
    assert _follow_up(earlier, "now it's a party of 12") == "900 ml"
    assert _follow_up(earlier, "12인분이면?") == "900 ml"


# tools/calculator_rate_times_count_en.py (_SAME: students and kids)


def test_a_price_per_student_counts_the_kids() -> None:
    assert (
        _first_turn("the museum trip is 15 per student and 22 kids signed up, how much in total")
        == "330"
    )


# tools/priced_reading_en.py (_ITEM_AT: a name of two words after "of")


def test_items_named_with_two_words_after_of() -> None:
    assert _first_turn("4 boxes of green tea at 6 and 2 boxes of coffee at 8, what's that") == "40"
