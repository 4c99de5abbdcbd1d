"""Mechanisms found by the third unseen workload set (turns3), pinned with other wordings.

The blind file itself (``bench/workload/cases/unseen3_mixed.yaml``) is replayed by
``tests/bench/test_workload_followups.py`` and run whole by the slow workload test; the
cases here state each rule with inputs of their own, and the near misses it must leave.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from agents.tool_problems import named_tool
from core.privacy.scanner import scan
from tools.currency import parse_currency_request
from tools.followups import resolve_in_conversation
from tools.handlers import match_deterministic
from tools.planner import split_steps

NOW = datetime(2026, 11, 30, 12, 0)
SERVERS = ["calc", "pol", "broken", "archive", "drift", "tasks", "time"]


def _answer(question: str) -> str | None:
    result = match_deterministic(question, now=NOW)
    return None if result is None else result.answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # A percentage is never an exchange rate; simple interest in English.
        ("I put $1,000 in the bank at 2% simple interest. How much interest after 3 years?",
         "$60.00"),
        # A product of two lengths is an area; 몇 평 asks one in 평.
        ("2.5m × 4m", "10 m2"),
        ("3m 곱하기 4", "12 m"),
        ("거실이 가로 5m 세로 4m인데 몇 평이야?", "6.05 평"),
        # A figure per period over a span: 365 days, 12 months, 14 days.
        ("하루에 커피 3잔 마시면 1년이면 몇 잔?", "1,095"),
        ("매달 20만 원씩 모으면 3년이면 얼마?", "7,200,000원"),
        ("If I spend $12 a day, how much in 2 weeks?", "$168.00"),
        # A price for one of something asked for N of it.
        ("호텔 1박에 90,000원이면 2박에 얼마?", "180,000원"),
        # A measure asked in another unit of its kind.
        ("500ml 우유 6팩이면 몇 리터?", "3 L"),
        # Feet and inches are one length; "what's" and "a day" read as a conversion.
        ("6 feet 2 inches in cm", "74 in = 187.96 cm"),
        ("What's 30°C in Fahrenheit?", "30 °C = 86 °F"),
        ("How many minutes are in a day?", "1 d = 1,440 min"),
        # Sentence forms.
        ("I bought 4 tickets at $12.50 each. What's the total?", "$50.00"),
        ("The bill was 90,000 won and there are 6 of us. How much?", "15,000원"),
        ("시급 12,000원으로 6시간 일하면 얼마?", "72,000원"),
        ("Prices went from $80 to $100. What percent increase is that?", "25%"),
        ("월급 300만 원인데 그중 20% 저축하면?", "600,000원"),
        ("정가 50,000원인데 10% 세일하면?", "45,000원"),
        ("81의 제곱근에 3을 곱하면?", "27"),
        ("What's 10% of 500, plus 20?", "70"),
        ("식비 90,000원 나왔는데 3명이서 나눠 내면 한 사람 얼마?", "30,000원"),
        ("커피 한 잔 4,000원, 빵 한 개 3,000원인데 커피 2잔이랑 빵 3개 사면 얼마?", "17,000원"),
        ("1시간 10분이랑 2시간 5분을 합치면 총 몇 분?", "195 min"),
        ("She ran 20 miles in 4 hours. What was her average speed?", "5 mph"),
        ("A cake needs 300 g of sugar for 6 people. How much for 8 people?", "400 g"),
        # Full age and a clock time moved by a span.
        ("2026년 11월 30일 기준으로 2000년 1월 1일생은 만 몇 살?", "만 26세"),
        ("2026년 3월 1일 기준으로 2000년 12월 31일생은 만 몇 살?", "만 25세"),
        ("오전 10시에 시작해서 2시간 30분 걸리면 몇 시에 끝나?", "12:30 (오후 12시 30분)"),
        ("11:50 pm plus 20 minutes", "00:10"),
    ],
)  # fmt: skip
def test_a_first_turn_is_answered_by_code(question: str, answer: str) -> None:
    assert _answer(question) == answer


@pytest.mark.parametrize(
    "question",
    [
        # An item counted but never priced: no total is invented.
        "커피 한 잔 4,000원인데 커피 2잔이랑 빵 3개 사면 얼마?",
        # Weeks in a month have no fixed count.
        "일주일에 3만 원이면 한 달이면 얼마?",
    ],
)
def test_near_misses_stay_with_a_model(question: str) -> None:
    assert _answer(question) is None


def test_a_percentage_is_not_an_exchange_rate() -> None:
    assert (
        parse_currency_request("I deposited $2,000 at 5% interest. How much after a year?") is None
    )
    assert parse_currency_request("How much is 100 dollars in won at 1,400?") is not None


@pytest.mark.parametrize(
    ("earlier", "text", "answer"),
    [
        (["오후 1시에 시작해서 50분 걸리면 몇 시에 끝나?"], "20분 더 늦어지면?",
         "14:10 (오후 2시 10분)"),
        (["몸무게 200파운드는 몇 킬로야?"], "거기서 20파운드 빠지면?", "180 lb = 81.6466 kg"),
        (["하루에 5,000보 걸으면 일주일이면 몇 보야?"], "한 달(31일)이면?", "155,000"),
        (["If I save $100 a week, how much will I have after a year?"], "and after only 10 weeks?",
         "$1,000.00"),
        (["시급 12,000원으로 하루 6시간 일하면 얼마 받아?"], "주 4일 일하면?", "288,000원"),
        (["식비 90,000원 나왔는데 3명이서 나눠 내면 한 사람 얼마?"],
         "한 명 더 와서 4명이 내야 된대", "22,500원"),
        (["47,000원을 3명이 나누면?"], "백 원 단위로 반올림하면?", "15,700원"),
        (["What's 20% of 3,000?"], "and how much is left after taking that off?", "2,400"),
        (["My salary went from $50,000 to $55,000. What percent increase is that?"],
         "what if it rises by the same percent again?", "$60,500.00"),
        (["커피 한 잔 4,000원, 빵 한 개 3,000원인데 커피 2잔이랑 빵 3개 사면 얼마?"],
         "2만 원 내면 거스름돈은 얼마야?", "3,000원"),
        (["5 feet 10 inches in cm"], "what about 6 feet?", "6 ft = 182.88 cm"),
        (["2026년 11월 30일 기준으로 2000년 1월 1일생은 만 몇 살?"], "2001년 12월 31일생이면?",
         "만 24세"),
        (["2026년 1월 1일부터 2026년 2월 1일까지 며칠?"], "3월 1일까지는?", "59일"),
        (["1유로에 1,500원이면 40유로는 얼마야?"], "60유로도 알려줘", "90,000원"),
        (["가로 5m 세로 4m 방의 넓이는?"], "평으로 치면?", "20 m2 = 6.05 평"),
        (["She ran 20 miles in 4 hours. What was her average speed?"], "in km/h?",
         "5 mph = 8.0467 km/h"),
        (["The dinner was 100,000 won and there are 4 of us. How much per person?"],
         "what if we add a 4,000 won tip first?", "26,000원"),
        (["What day of the week is March 1, 2027?"], "and a month after that?",
         "Thursday, April 1, 2027"),
        (["80,000원짜리 신발을 10% 할인하면?"], "거기에 쿠폰 할인 5천 원 더 빼면?", "67,000원"),
        (["5 곱하기 3은?"], "그 값을 제곱하면?", "225"),
        # The reading code assumed is said in the follow-up's language.
        (["호텔 1박에 150,000원이면 2박에 얼마?"], "4일이면?",
         "600,000원 (가정: 4일을 4박으로 보고 1박 요금으로 계산)"),
        (["A cabin is $80 per night. How much for 2 nights?"], "3일이면?",
         "$240.00 (가정: 3일을 3박으로 보고 1박 요금으로 계산)"),
        (["A cabin is $80 per night. How much for 2 nights?"], "and for 3 days?",
         "$240.00 (assuming 3 days means 3 nights at the rate per night)"),
        (["호텔 1박에 150,000원이면 2박에 얼마?"], "그럼 5박은?", "750,000원"),
    ],
)  # fmt: skip
def test_a_follow_up_is_resolved_by_code(earlier: list[str], text: str, answer: str) -> None:
    follow = resolve_in_conversation(earlier, text, NOW)
    assert follow is not None, text
    assert follow.result.answer == answer


def test_subtracting_from_the_result_is_not_a_change_of_the_input() -> None:
    # "빼면" is an operation on the result (28,000원), unlike the intransitive "빠지면".
    follow = resolve_in_conversation(["90,000원을 3명이 나누면?"], "거기서 2,000원을 빼면?", NOW)
    assert follow is not None and follow.result.answer == "28,000원"


def test_a_connector_at_the_end_of_a_turn_does_not_split_it() -> None:
    assert split_steps("and a week after that?") == ["and a week after that?"]
    assert len(split_steps("Convert 5 km to miles, after that double it")) == 2


def test_a_spoken_phone_number_joined_by_e_is_personal_data() -> None:
    found = scan("제 번호는 공일공에 일이삼사에 오육칠팔이에요")
    assert [f.type for f in found] == ["phone"]
    assert scan("삼월 이일에 오세요") == []


@pytest.mark.parametrize(
    ("text", "server", "tool"),
    [
        ("could you run drift's echo tool for me", "drift", "echo"),
        ("tasks 서버 ping으로 확인해 줘", "tasks", "ping"),
        ("archive 서버에서 echo 도구로 보내 줘", "archive", "echo"),
        ("Use the archive server to echo my notes back", "archive", ""),
    ],
)
def test_a_tool_named_in_prose_after_its_server(text: str, server: str, tool: str) -> None:
    named = named_tool(text, SERVERS)
    assert named is not None and (named.server, named.tool) == (server, tool)
