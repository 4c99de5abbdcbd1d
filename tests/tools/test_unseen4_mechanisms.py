"""The mechanisms the fourth unseen set (turns4) found, each pinned with inputs of its own.

The blind file itself runs end to end in ``tests/bench/test_workload_unseen4.py``.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from agents.mcp_dispatch import _zone
from agents.tool_problems import named_tool
from core.privacy import scan
from tools.followups import resolve_in_conversation
from tools.handlers import match_deterministic

NOW = datetime(2026, 11, 30, 12, 0)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A price for one of something, times a count of it.
        ("한 봉지에 3,500원인데 네 봉지 사면?", "14,000원"),
        ("Movie tickets are $12 each. How much for 5?", "$60.00"),
        # Two unit prices, each times its count.
        ("4,000원짜리 2개랑 1,500원짜리 3개 사면?", "12,500원"),
        # A share each, the count spelled in English.
        ("We paid $90 for the cab, split three ways", "$30.00"),
        # Equal monthly instalments.
        ("600,000원을 12개월 할부로 하면 한 달에?", "50,000원"),
        # The share a part is of a whole, in percent (not in the amount's unit).
        ("There are 40 seats and 10 are empty. What percentage is empty?", "25%"),
        # A named part of an amount by a rate.
        ("총 500만 원인데 계약금 10% 먼저 내면 계약금은?", "500,000원"),
        ("Prices went from $50 to $60. By what percent did they rise?", "20%"),
        # The typographic minus between figures.
        ("(10 + 5) × 2 − 6", "24"),
        ("시급 10,000원에 주 20시간 일하면 한 주에 얼마?", "200,000원"),
        ("한 달 요금 5만 원이면 2년 약정 동안 총 얼마야?", "1,200,000원"),
        # A rate of the one amount a sentence states, "of it".
        ("My rent is $1,000 a month. What is 15% of it?", "$150.00"),
        # Units: British spelling with "how far is", the thing measured between the units,
        # "are there in".
        ("How far is 5 kilometres in miles?", "5 km = 3.1069 mi"),
        ("32인치 모니터는 몇 cm야?", "32 in = 81.28 cm"),
        ("How many minutes are there in 2 days?", "2 d = 2,880 min"),
        # A distance over the distance one unit of fuel covers, in that fuel's unit.
        ("The van does 8 km per litre. How many litres for a 200 km drive?", "25 L"),
        ("Our car gets 25 miles a gallon; how many gallons for 150 miles?", "6 gal"),
    ],
)
def test_word_problems_and_units_are_answered_by_code(text: str, answer: str) -> None:
    result = match_deterministic(text, now=NOW)
    assert result is not None and result.answer == answer


@pytest.mark.parametrize(
    ("earlier", "follow_up", "answer"),
    [
        # The amount priced in another currency is the rate; the other amount changes.
        ("1달러에 1,400원 기준으로 20만 원을 달러로 바꾸면?", "50만 원이면?", "$357.14"),
        # N more of what was bought.
        ("2,000원짜리 빵 3개면?", "두 개 더 사면?", "10,000원"),
        # Payers named when nothing was split before: the result is shared now.
        ("한 판에 20,000원인데 두 판 시키면?", "네 명이 똑같이 내면?", "10,000원"),
        # A quantity with one word naming it, then a condition.
        ("한 달 요금 5만 원이면 2년 약정 동안 총 얼마야?", "3년 약정이면?", "1,800,000원"),
        # The rest of an amount once a part is paid, in the amount's currency.
        ("총 300만 원인데 계약금 20% 먼저 내면 계약금은?", "나머지는?", "2,400,000원"),
        # N weeks of a figure for one week.
        ("시급 10,000원에 주 20시간 일하면 한 주에 얼마?", "3주 치면?", "600,000원"),
        # The weekday of a date answer.
        ("What date is 10 days after March 1, 2027?", "which day of the week is it?", "Thursday"),
        # The same rate, the conversion asked the other way.
        ("1달러가 1,250원이면 300달러는 얼마야?", "거꾸로 10만 원은 몇 달러야?", "$80.00"),
        ("What is 7 times 7?", "take the square root", "7"),
        # A percent paid back on the result.
        ("12,000원짜리 책 2권이면?", "5% 적립되면 적립금은?", "1,200원"),
        ("What is 10% of 300?", "instead 20%?", "60"),
        ("What is 10% of 300?", "or rather 30%?", "90"),
        # A quantity with the word that qualifies its unit.
        ("섭씨 20도는 화씨로?", "섭씨 100도는?", "100 °C = 212 °F"),
    ],
)
def test_follow_ups_rerun_the_previous_turn(earlier: str, follow_up: str, answer: str) -> None:
    resolved = resolve_in_conversation([earlier], follow_up, NOW)
    assert resolved is not None and resolved.result.answer == answer


def test_a_follow_up_keeps_the_rate_when_a_bare_amount_changes() -> None:
    # Before: "30만 원이면?" replaced the rate (100엔에 910원) and answered ¥33.
    earlier = "100엔에 850원 기준으로 17만 원은 몇 엔이야?"
    resolved = resolve_in_conversation([earlier], "34만 원이면?")
    assert resolved is not None and resolved.result.answer == "¥40,000"


@pytest.mark.parametrize(
    "text",
    [
        "My birthday is 2 May 1990. What should I eat before a blood test?",
        "제 생일은 1990년 5월 2일이에요. 검사 전에 뭘 먹으면 안 돼요?",
        "I was born on 1988-07-09 and need a check-up",
    ],
)
def test_the_speakers_own_birth_date_is_personal_data(text: str) -> None:
    assert any(f.type == "birth_date" for f in scan(text))


@pytest.mark.parametrize(
    "text",
    ["What day of the week is 2 May 1990?", "How old is someone born on May 2, 1990?"],
)
def test_a_date_that_is_nobodys_birth_date_is_not(text: str) -> None:
    assert scan(text) == []


def test_a_server_named_by_its_side_is_named() -> None:
    named = named_tool("archive 쪽 도구로 정리해 줘", ["archive", "calc"])
    assert named is not None and named.server == "archive"
    assert named_tool("오른쪽 도구로 정리해 줘", ["archive", "calc"]) is None


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("What time is it in Berlin?", "Europe/Berlin"),
        ("What time is it in Buenos Aires now?", "America/Buenos_Aires"),
        ("베를린은 지금 몇 시야?", "Europe/Berlin"),
        ("지금 몇 시야?", "Asia/Seoul"),
    ],
)
def test_a_time_question_asks_the_named_citys_zone(text: str, zone: str) -> None:
    assert _zone(text) == zone


def test_a_clock_time_and_a_span_said_in_a_sentence_give_the_end_time() -> None:
    text = "The meeting starts at 9:40 am and lasts 2 hours 30 minutes. When does it end?"
    result = match_deterministic(text, now=NOW)
    assert result is not None and result.answer == "12:10"
    later = resolve_in_conversation([text], "and if it is delayed by 15 minutes?", NOW)
    assert later is not None and later.result.answer == "12:25"


def test_an_english_count_in_words_is_a_count() -> None:
    text = "The hotel was $600, split four ways"
    result = match_deterministic(text, now=NOW)
    assert result is not None and result.answer == "$150.00"
    again = resolve_in_conversation([text], "ok, make it three ways", NOW)
    assert again is not None and again.result.answer == "$200.00"


def test_a_later_figure_moved_by_a_rate_after_a_change() -> None:
    earlier = "Fuel went from $2 to $2.50. By what percent did it rise?"
    first = match_deterministic(earlier, now=NOW)
    assert first is not None and first.answer == "25%"
    resolved = resolve_in_conversation([earlier], "and if it then falls 10%?", NOW)
    assert resolved is not None and resolved.result.answer == "$2.25"


def test_a_fee_on_each_item_adds_to_the_price_each() -> None:
    earlier = "Museum passes are $20 each. How much for 4?"
    resolved = resolve_in_conversation([earlier], "what about a $2.50 service fee per pass?", NOW)
    assert resolved is not None and resolved.result.answer == "$90.00"


def test_the_share_of_the_rest_of_a_whole() -> None:
    earlier = "There are 25 apples and 5 are rotten. What percentage is rotten?"
    first = match_deterministic(earlier, now=NOW)
    assert first is not None and first.answer == "20%"
    resolved = resolve_in_conversation([earlier], "and what percentage is fresh?", NOW)
    assert resolved is not None and resolved.result.answer == "80%"
    # The same word asks the same share again, not the rest.
    assert resolve_in_conversation([earlier], "what percentage is rotten?", NOW) is None


def test_the_fuel_a_trip_takes_priced_per_litre() -> None:
    earlier = "The van does 8 km per litre. How many litres for a 200 km drive?"
    for follow_up, answer in (
        ("and if diesel is 1,600 won a litre, what does that come to?", "40,000원"),
        ("what about at $2 per litre?", "$50.00"),
    ):
        resolved = resolve_in_conversation([earlier], follow_up, NOW)
        assert resolved is not None and resolved.result.answer == answer
    # A price per gallon does not price litres, nor does a price follow a sum of money.
    assert resolve_in_conversation([earlier], "and if fuel is $4 a gallon?", NOW) is None
    assert resolve_in_conversation(["What is 12 + 30?"], "and if fuel is $4 a litre?", NOW) is None
