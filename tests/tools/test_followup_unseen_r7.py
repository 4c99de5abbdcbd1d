"""Forms found by the second unseen follow-up set (round 7), resolved in code, and near misses.

The workload's threads are replayed by ``tests/bench/test_workload_followups.py``; these
pin each mechanism with wordings other than the workload's, and the turns that must stay
with a model.
"""

from __future__ import annotations

import pytest

from tests.tools.followup_cases import NOW, assert_answered_in_code, assert_follow_up_resolves
from tools.followups import about_previous_result, resolve_in_conversation
from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("earlier", "text", "answer"),
    [
        # 반값: half the result, like 반으로.
        (["12,000원짜리 케이크 3개면?"], "반값이면?", "18,000원"),
        # An operation followed by the unit it is asked in.
        (["10파운드는 몇 kg?"], "그 세 배는 몇 kg?", "13.6078 kg"),
        # "another", "again", "then" around English arithmetic on the result.
        (["What's 500 minus 20?"], "then minus another 30", "450"),
        (["What's 12 times 12?"], "times 2 again?", "288"),
        # Rounding to a number of decimals, or to a whole number.
        (["10 나누기 3은?"], "반올림해서 소수 둘째 자리까지", "3.33"),
        (["10 나누기 3은?"], "소수점 없이", "3"),
        (["20 나누기 3은?"], "소수점 버리고", "6"),
        # A date answer moved on by a span.
        (["What date is 5 days after June 1, 2026?"], "then add 2 more days",
         "Monday, June 8, 2026"),
        (["What day of the week is July 3, 2026?"], "and three weeks later?",
         "Friday, July 24, 2026"),
        # A quantity alone with a question mark, in a unit code converts.
        (["Convert 3 feet to centimeters."], "4 feet?", "4 ft = 121.92 cm"),
        # A rate asked for a longer span (12 months a year) or a near synonym, said so.
        (["A plan costs $20 a month. How much for a year?"], "what about three years?", "$720.00"),
        (
            ["A room is $90 per night. How much for 2 nights?"],
            "and for 4 days?",
            "$360.00 (assuming 4 days means 4 nights at the rate per night)",
        ),
        # 만약 frames a changed quantity like 그럼.
        (["200,000원을 8명이 나누면?"], "만약 10명이면?", "20,000원"),
        # One more of the same operation ("더") applies to the result, not the original.
        (["50,000원에서 20% 할인하면?"], "거기서 10% 더 깎아주면?", "36,000원"),
        # Shared half and half, with whom it is shared named.
        (["월세 500,000원에 관리비 60,000원이면 한 달에 얼마?"], "친구랑 반반 내면?", "280,000원"),
        # More people join: the head count grows.
        (["A boat costs $600 for the day, shared by 4 friends. How much each?"],
         "what if 2 more people join?", "$100.00"),
        (["택시비 24,000원을 3명이 나누면?"], "1명 더 오면?", "6,000원"),
        # A monthly price asked over several years.
        (["한 달 구독료가 10,000원이면 1년에 얼마?"], "2년이면?", "240,000원"),
        # A rate added at the end of the turn.
        (["100엔에 900원이면 10,000엔은 원화로 얼마?"], "그걸 달러로 바꾸면? 1달러 1,500원",
         "$60.00"),
        # Another currency at a rate the turn states (not a changed won rate: 375,000원).
        (["How much is 100 dollars in won at 1,400 won per dollar?"],
         "in euros instead, at 1,600 won per euro?", "€87.50"),
        # The same rate for another count (not the total spread over it: $14.40).
        (["I earn $1,000 for 40 hours of work. What is that per hour?"],
         "and for 50 hours at the same rate?", "$1,250.00"),
        # An area in 평.
        (["가로 5m, 세로 4m 방의 넓이는?"], "평으로는?", "20 m2 = 6.05 평"),
        # A span with one end moved: the end (까지) or the start (부터).
        (["2026년 3월 1일부터 2026년 12월 25일까지 며칠?"], "4월 1일부터면?", "268일"),
        (["2026년 5월 1일부터 60일 뒤는?"], "그 대신 6월 1일부터라면?", "2026년 7월 31일 (금)"),
        # A speed asked in another unit.
        (["10km를 2시간에 뛰면 시속 몇 km?"], "분당 몇 미터야?", "5 km/h = 83.3333 m/min"),
        (["10km를 2시간에 뛰면 시속 몇 km?"], "시속 몇 마일?", "5 km/h = 3.1069 mph"),
        # Split among "4 of us".
        (["What's 100 plus 20?"], "split that between 4 of us", "30"),
    ],
)  # fmt: skip
def test_unseen_follow_ups_resolve_against_the_thread(
    earlier: list[str], text: str, answer: str
) -> None:
    assert_follow_up_resolves(earlier, text, answer)


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        # A rate per night asked in hours: nothing says how the two relate.
        (["A room is $90 per night. How much for 2 nights?"], "and for 5 hours?"),
        # A speed unit after an answer that is no speed.
        (["What's 12 times 15?"], "분당 몇 미터야?"),
        # A date moved on after an answer that is no date.
        (["What's 12 times 12?"], "then add 3 more days"),
        # A question that merely starts like a follow-up, about a subject of its own.
        (["245 곱하기 4는?"], "그럼 병가는 1년에 며칠까지 쓸 수 있어요?"),
        (["What is 12 times 15?"], "And how much is a hotel night in Seoul reimbursed?"),
    ],
)
def test_near_misses_are_left_to_the_documents_or_a_model(earlier: list[str], text: str) -> None:
    assert resolve_in_conversation(earlier, text, NOW) is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("회식비가 총 480,000원 나왔어. 8명이 나누면 1인당?", "60,000원"),
        ("59,000원짜리 가방을 20% 할인하면?", "47,200원"),
        ("Lunch came to $50. Add a 20% tip — what's the total?", "$60.00"),
        ("한 달 구독료가 9,900원이면 1년에 얼마?", "118,800원"),
        ("월세 400,000원에 관리비 50,000원이면 한 달에 얼마?", "450,000원"),
        ("2,000원짜리 연필 6자루면?", "12,000원"),
        ("A villa costs $1,200 for the week, shared by 8 friends. How much each?", "$150.00"),
        ("100만 원을 연 5% 단리로 2년 맡기면 이자는?", "100,000원"),
        ("시속 60km로 1시간 30분 가면 몇 km?", "90 km"),
        ("한 상자에 12개씩 20상자면 몇 개?", "240"),
        ("10km를 2시간에 뛰면 시속 몇 km?", "5 km/h"),
        ("3,000원에 1,500원짜리 빵 2개 추가하면?", "6,000원"),
        ("1,000g을 4개로 나누면 하나에 몇 그램?", "250 g"),
        ("I made $600 for 3 days of work. What is that per day?", "$200.00"),
        # An area asked of two lengths is in square metres.
        ("가로 5m, 세로 4m 방의 넓이는?", "20 m2"),
    ],
)
def test_word_problems_of_the_second_set_are_arithmetic(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer)


@pytest.mark.parametrize(
    "text",
    [
        # A price and a count without a price per item ("짜리") is no sum of the two.
        "사과 3,000원에 배 2개 추가하면?",
        # A speed without a time.
        "시속 80km로 가면 몇 km?",
    ],
)
def test_near_misses_of_the_new_word_problems_are_not_answered(text: str) -> None:
    result = match_deterministic(text)
    assert result is None or result.handler != "calculator"


def test_rounding_keeps_the_decimals_asked_for() -> None:
    result = match_deterministic("2.345를 반올림해서 소수 둘째 자리까지")
    assert result is not None and result.answer == "2.35"
    result = match_deterministic("2.345를 반올림해서 소수 첫째 자리까지")
    assert result is not None and result.answer == "2.3"


@pytest.mark.parametrize(
    ("text", "about_result"),
    [
        # A subject of its own asked with a question word keeps its document search.
        ("그럼 병가는 1년에 며칠까지 쓸 수 있어요?", False),
        ("그럼 연차는 3년 차에 며칠이에요?", False),
        # A changed figure, per person or a rate is still about the last result.
        ("그럼 4명이면?", True),
        ("그럼 1인당은?", True),
        ("그럼 가격은 2배면 얼마?", True),
    ],
)
def test_a_follow_up_naming_its_own_subject_is_not_about_the_result(
    text: str, about_result: bool
) -> None:
    assert about_previous_result(text) is about_result


def test_won_to_another_currency_is_the_conversion_not_a_rate() -> None:
    # "345000 won to euros" was read as a rate of 345,000 won per euro: €0.00.
    result = match_deterministic("convert 345000 won to euros at 1,500 won per euro")
    assert result is not None and result.answer == "€230.00"
    # "to the dollar" still states a rate.
    result = match_deterministic("convert 250 dollars to won at 1,380 won to the dollar")
    assert result is not None and result.answer == "345,000원"
