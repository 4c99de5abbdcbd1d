"""Word problems read by the roles of their figures, and follow-ups changing one figure
(found by the seventh unseen set), pinned with inputs of their own."""

from __future__ import annotations

import pytest

from tests.tools.followup_cases import assert_answered_in_code, assert_follow_up_resolves
from tools.calculator_word_reader import read_word_problem
from tools.followup_word_problems import figure_of_the_same_verb
from tools.handlers import match_deterministic
from tools.korean_numbers import normalize_numerals


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A return in percent from a buying and a selling price.
        ("주식 50,000원에 사서 62,500원에 팔면 수익률 몇 퍼센트야", "25%"),
        ("bought a bike for $200 and sold it for $150, what percent return is that", "-25%"),
        # Fuel cost: the distance over km per litre, times the price of a litre.
        ("연비 15km/L인 차로 450km 가면 리터당 1,700원일 때 주유비 얼마", "51,000원"),
        # A week's wage: an hourly rate times hours a day times days a week.
        ("시급 12,000원 하루 5시간 주 3일 일하면 일주일에 얼마 받아", "180,000원"),
        ("I make $15 an hour, 8 hours a day, 5 days a week. how much per week", "$600.00"),
        # A week's commute: a one-way trip, there and back, so many days a week.
        ("편도 35분인데 주 3일 왕복하면 일주일에 몇 시간이야", "3.5 h"),
        # One person's share taken off, the rest split among the others.
        ("the bill was $300, i pay 20% and my 4 friends split the rest. how much each", "$60.00"),
        # Items at a price each plus another amount, split among so many people.
        ("치킨 세마리 한마리에 18,000원이고 맥주 12,000원 4명이서 엔빵하면 얼마씩", "16,500원"),
        # The mean of a run of figures with one unit word, negative ones included.
        ("새벽 기온이 -4도 -1도 2도 -5도 였어 평균 몇도", "-2"),
        # A pace: the time over the distance, per the distance's own unit.
        ("i jogged 8 km in 44 min 24 sec. what was my pace", "5.55 min"),
    ],
)
def test_word_problems_are_read_by_the_roles_of_their_figures(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer)


@pytest.mark.parametrize(
    "text",
    [
        # A figure no role accounts for (a fee) makes the reader decline, not drop it.
        "50000에 사서 62500에 팔면 수수료 3000 빼고 수익률 몇퍼",
        "시급 12000 하루 5시간 주 3일 식비 8000 빼면 일주일에",
        # Two distances: which one is driven is unclear (the reader needs exactly one).
        "연비 15km/L 차로 450km 가고 120km 더 가면 리터당 1700이면 주유비",
        # Figures apart, with words between them, are no run to average.
        "3도 올랐다가 5도 내리고 2도 올랐는데 평균",
        # An amount taken off is no extra to add; a trip both ways is no one-way distance.
        "치킨 3마리 1마리에 18000이고 할인 5000 4명이서 엔빵하면",
        "연비 15km/L 차로 450km 왕복하면 리터당 1700이면 주유비",
    ],
)
def test_a_figure_without_a_role_makes_the_reader_decline(text: str) -> None:
    assert read_word_problem(text) is None


def test_a_pace_per_another_unit_than_the_distance_is_declined() -> None:
    # Kilometres run, the pace asked per mile: no conversion is guessed.
    assert read_word_problem("ran 5 in 27 min 30 sec, whats my pace per mile", "km") is None
    assert read_word_problem("ran 5 in 27 min 30 sec, whats my pace per km", "km") is not None


@pytest.mark.parametrize(
    ("earlier", "text", "answer"),
    [
        # The figure the repeated verb (팔-) follows is replaced, not the buying price.
        (
            ["주식 50,000원에 사서 62,500원에 팔면 수익률 몇 퍼센트야"],
            "45,000원에 팔았으면",
            "-10%",
        ),
        # A noun's figure set to a level (로): the rate becomes 3.6%, it does not fall by it.
        (["대출 2억 금리 연 4.8%면 한달 이자 얼마"], "금리 3.6%로 내리면", "600,000원"),  # 51x: won
        (
            ["연비 15km/L인 차로 450km 가면 리터당 1,700원일 때 주유비 얼마"],
            "리터당 1,800원으로 오르면",
            "54,000원",
        ),
        # The one dollar amount of the question, restated.
        (
            ["the bill was $300, i pay 20% and my 4 friends split the rest. how much each"],
            "what if the total was $500",
            "$100.00",
        ),
        # A week's amount times the weeks of a month.
        (["시급 12,000원 하루 5시간 주 3일 일하면 일주일에 얼마 받아"], "한달 4주면?", "720,000원"),
        # News that more people come changes the head count of the split.
        (
            ["치킨 세마리 한마리에 18,000원이고 맥주 12,000원 4명이서 엔빵하면 얼마씩"],
            "1명 더 온대",
            "13,200원",
        ),
    ],
)
def test_one_figure_of_a_word_problem_changed(earlier: list[str], text: str, answer: str) -> None:
    assert_follow_up_resolves(earlier, text, answer)


def test_a_verb_that_follows_two_figures_is_not_guessed() -> None:
    # 사- follows both prices: which one "40,000원에 샀으면" replaces is unclear.
    earlier = ["노트북 300,000원에 사고 마우스 20,000원에 사면 총 얼마"]
    assert figure_of_the_same_verb("40,000원에 샀으면", earlier) is None


def test_a_figure_in_number_words_is_found_by_its_verb() -> None:
    assert_follow_up_resolves(
        ["주식 4만원에 사서 5만원에 팔면 수익률 몇 퍼센트야"], "3만 6천원에 팔았으면", "-10%"
    )


def test_a_figure_asked_in_digits_is_written_out() -> None:
    assert_answered_in_code("이천오백만원 숫자로 쓰면", "25,000,000원")
    # A bare figure not asked in digits is still no calculation.
    assert match_deterministic("2500만원") is None


def test_the_particle_of_a_stated_rate_is_not_read_as_the_target_currency() -> None:
    # "…원 환율 1,300원으로 달러로": 으로 belongs to the rate, the target is 달러.
    assert_answered_in_code("120만원 환율 1,300원으로 달러로 얼마", "$923.08")


def test_counters_written_together_become_figures() -> None:
    assert normalize_numerals("사과 다섯개 사면") == "사과 5개 사면"
    assert normalize_numerals("세명이서 나누면") == "3명이서 나누면"
    # Words that only begin like a count stay as written.
    assert normalize_numerals("한판승 거뒀어") == "한판승 거뒀어"
    assert normalize_numerals("한명도 안 왔어") == "한명도 안 왔어"
